"""PowerPoint import: decks made with python-pptx, into a real project, one undo step."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from studio.errors import ImportFormatError
from studio.media.pptx_import import import_pptx, slide_html
from studio.media.pptx_read import read_deck
from studio.model import ImageBlock, TextBlock
from studio.project import Project
from tests.media.pptx_decks import encrypted_looking, rich_deck


def test_read_deck_keeps_text_tables_groups_pictures_notes(tmp_path: Path) -> None:
    deck = read_deck(rich_deck(tmp_path / "deck.pptx"))
    assert deck.title == "Water Cycle Lecture"
    assert [s.title for s in deck.slides] == [
        "Evaporation",
        "Rainfall by month",
        "Grouped labels",
        "",
        "",
    ]
    s1, s2, s3, s4, s5 = deck.slides
    assert s1.paragraphs == [
        (0, "Sun heats the water", True),
        (1, "Vapour rises", True),
        (0, "Clouds <form> & grow", True),
    ]
    assert s1.notes.startswith("Today we look at evaporation.")
    assert s2.tables == [[["Month", "Rain (mm)"], ["March", "60"], ["April", "45"]]]
    assert [t for _, t, _ in s3.paragraphs] == ["Inside a group", "Nested group text"]
    assert s3.notes == ""
    assert [p.alt for p in s4.pictures] == ["Diagram of the water cycle"]
    assert s4.pictures[0].ext == ".png" and s4.pictures[0].blob.startswith(b"\x89PNG")
    assert not s5.has_text and not s5.pictures and s5.notes == ""
    assert deck.sections == []


def test_slide_html_is_sanitized_with_nested_lists(tmp_path: Path) -> None:
    deck = read_deck(rich_deck(tmp_path / "deck.pptx"))
    text = slide_html(deck.slides[0])
    assert text.startswith("<h3>Evaporation</h3><ul><li>Sun heats the water<ul><li>Vapour")
    assert "&lt;form&gt; &amp; grow" in text and "<form" not in text
    assert '<th scope="col">Month</th>' in slide_html(deck.slides[1])


def test_import_into_project_then_undo(tmp_project: Project, tmp_path: Path) -> None:
    deck_path = rich_deck(tmp_path / "deck.pptx")
    media_before = dict(tmp_project.course.media)
    report = import_pptx(tmp_project, deck_path, renderer="generated")
    assert report.slides == 5 and report.notes == 3 and report.renderer == "generated"
    course = tmp_project.course
    [module] = course.modules
    assert module.title == "Water Cycle Lecture"
    [lesson] = module.lessons  # no sections: one lesson
    kinds = [b.KIND for b in lesson.blocks]
    # image+text for the 3 slides with text, image only for the picture and empty slides
    assert kinds == ["image", "text", "image", "text", "image", "text", "image", "image"]
    images = [b for b in lesson.blocks if isinstance(b, ImageBlock)]
    assert images[0].narration.startswith("Today we look at evaporation")
    assert images[0].alt.startswith("Slide 1: Evaporation. Sun heats the water")
    assert "picture: Diagram of the water cycle" in images[3].alt
    assert images[4].alt == "Slide 5 (no text)" and images[4].narration == ""
    for block in images:
        asset = course.media[block.asset]
        with Image.open(tmp_project.media_path(asset.id)) as img:
            assert img.size == (1280, 720)
        assert asset.mime == "image/png" and asset.width == 1280
    texts = [b for b in lesson.blocks if isinstance(b, TextBlock)]
    assert "Inside a group" in texts[2].html and "Nested group text" in texts[2].html
    assert tmp_project.stack.undo_text.startswith("Import slides")
    tmp_project.stack.undo()
    assert course.modules == [] and course.media == media_before
    tmp_project.stack.redo()
    assert course.modules == [module]
    tmp_project.save()
    reopened_path = tmp_project.folder
    tmp_project.close()
    with Project.open(reopened_path) as again:
        assert [b.KIND for b in again.course.modules[0].lessons[0].blocks] == kinds


def test_sections_become_lessons(tmp_project: Project, tmp_path: Path) -> None:
    deck_path = rich_deck(tmp_path / "sections.pptx", sections=True)
    assert read_deck(deck_path).sections == [("Basics", [1, 2]), ("Details", [3, 4, 5])]
    import_pptx(tmp_project, deck_path)
    lessons = tmp_project.course.modules[0].lessons
    assert [lesson.title for lesson in lessons] == ["Basics", "Details"]
    assert [len(lesson.blocks) for lesson in lessons] == [4, 4]


def test_damaged_and_encrypted_files_are_clear_errors(tmp_project: Project, tmp_path: Path) -> None:
    good = rich_deck(tmp_path / "deck.pptx")
    truncated = tmp_path / "truncated.pptx"
    truncated.write_bytes(good.read_bytes()[:3000])
    broken_xml = tmp_path / "broken.pptx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(broken_xml, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "ppt/slides/slide1.xml":
                data = data[: len(data) // 2]
            dst.writestr(item, data)
    encrypted = encrypted_looking(tmp_path / "secret.pptx")
    for path, words in [
        (truncated, "damaged"),
        (broken_xml, "damaged"),
        (encrypted, "password-protected"),
    ]:
        with pytest.raises(ImportFormatError) as err:
            import_pptx(tmp_project, path)
        assert words in err.value.message
        assert err.value.path == str(path) and err.value.hint
    assert tmp_project.course.modules == [] and not tmp_project.stack.can_undo


@pytest.mark.skipif(
    not (shutil.which("soffice") and shutil.which("pdftoppm")),
    reason="LibreOffice Impress and poppler-utils are not installed",
)
def test_libreoffice_renders_the_real_slides(tmp_project: Project, tmp_path: Path) -> None:
    report = import_pptx(tmp_project, rich_deck(tmp_path / "deck.pptx"), renderer="libreoffice")
    assert report.renderer == "libreoffice"
    images = [b for b in tmp_project.course.modules[0].lessons[0].blocks
              if isinstance(b, ImageBlock)]  # fmt: skip
    assert len(images) == 5
    with Image.open(tmp_project.media_path(images[1].asset)) as img:
        assert img.size == (1280, 720)
        # The table header is drawn in the theme's blue: not a blank page.
        colors = img.convert("RGB").getcolors(maxcolors=1_000_000) or []
        assert any(b > 150 and r < 120 for _, (r, g, b) in colors)


def test_generated_slides_when_libreoffice_is_missing(
    tmp_project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from studio.errors import MediaError
    from studio.media import slide_render

    monkeypatch.setattr(slide_render, "libreoffice_exe", lambda: None)
    deck = rich_deck(tmp_path / "deck.pptx")
    assert import_pptx(tmp_project, deck).renderer == "generated"
    with pytest.raises(MediaError, match="LibreOffice"):
        import_pptx(tmp_project, deck, renderer="libreoffice")
