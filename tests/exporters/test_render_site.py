"""The learner renderer: API, pages, media, captions, transcripts, static quizzes, XHTML."""

from __future__ import annotations

import json
import re
from pathlib import Path

from lxml import etree, html

from studio.exporters.render import PageInfo, RenderOptions, render_site, script_json
from studio.model import ImageBlock, Lesson, Module, TextBlock, VideoBlock
from studio.project import Project


def _text(site_file: bytes | Path) -> str:
    assert isinstance(site_file, bytes)
    return site_file.decode("utf-8")


def test_render_site_api_pages_media_and_relative_paths(full_project: Project) -> None:
    course = full_project.course
    site = render_site(course, full_project.media_dir, RenderOptions(target="cc"))
    lessons = [lesson for _, lesson in course.lessons()]
    assert site.index == "index.html"
    assert site.pages[0] == PageInfo("index.html", course.title)
    assert [p.lesson_id for p in site.pages[1:]] == [lesson.id for lesson in lessons]
    assert [p.title for p in site.pages[1:]] == [lesson.title for lesson in lessons]
    assert all(p.module_id for p in site.pages[1:])
    # Every used asset is mapped to a packaged media file that streams from the project.
    assert set(site.media_map) == set(course.media)
    for asset_id, path in site.media_map.items():
        source = site.files[path]
        assert isinstance(source, Path) and source.name == course.media[asset_id].stored_name
    for name in site.files:
        assert not name.startswith("/") and ".." not in name.split("/")
    # target="cc": no SCORM runtime anywhere.
    assert "player/scorm-runtime.js" not in site.files
    for page in site.pages:
        assert "scorm-runtime" not in _text(site.files[page.path])
        assert 'href="/' not in _text(site.files[page.path])


def test_single_page_holds_every_lesson_and_the_runtime(full_project: Project) -> None:
    course = full_project.course
    opts = RenderOptions(target="scorm12", runtime=True, single_page=True, suspend_limit=4096)
    site = render_site(course, full_project.media_dir, opts)
    page = _text(site.files["index.html"])
    assert [p.path for p in site.pages] == ["index.html"]
    for _, lesson in course.lessons():
        assert f'id="lesson-{lesson.id}"' in page
    assert "player/scorm-runtime.js" in site.files
    data = json.loads(re.search(r'id="course-data">(.*?)</script>', page, re.S).group(1))  # type: ignore[union-attr]
    assert data["standard"] == "1.2" and data["suspendLimit"] == 4096
    assert data["lessons"] == [lesson.id for _, lesson in course.lessons()]
    assert 0 < site.suspend_data_worst_case < 100


def test_video_tracks_are_webvtt_with_srclang_label_and_transcript(full_project: Project) -> None:
    course = full_project.course
    site = render_site(course, full_project.media_dir, RenderOptions(target="preview"))
    video = next(b for _, _, b in course.blocks() if isinstance(b, VideoBlock))
    page_path = next(
        p.path
        for p in site.pages
        if p.lesson_id and any(b is video for b in course.find_lesson(p.lesson_id).blocks)
    )  # type: ignore[union-attr]
    doc = html.fromstring(_text(site.files[page_path]))
    tracks = doc.xpath(f"//video[@id='media-{video.id}']/track")
    captions = [t for t in tracks if t.get("kind") in ("captions", "subtitles")]
    assert [(t.get("srclang"), t.get("label")) for t in captions] == [
        ("en", "English"),
        ("fr", "Français"),
    ]
    assert captions[0].get("default") is not None and captions[1].get("default") is None
    for t in tracks:
        assert t.get("src").endswith(".vtt")
        assert _text(site.files[t.get("src")]).startswith("WEBVTT")
    assert not any(name.endswith(".srt") for name in site.files)
    chapters = [t for t in tracks if t.get("kind") == "chapters"]
    assert len(chapters) == 1 and "Movement" in _text(site.files[chapters[0].get("src")])
    lines = doc.xpath(f"//button[contains(@class,'cue')][@data-media='media-{video.id}']")
    assert [line.get("data-start") for line in lines] == ["0.000", "1.500"]
    assert "Water is always moving." in lines[1].text_content()
    seeks = doc.xpath("//button[contains(@class,'chapter')]")
    assert [s.get("data-start") for s in seeks] == ["0.000", "1.500"]
    assert doc.xpath(f"//video[@id='media-{video.id}']/@poster")


def test_xhtml_static_quiz_pages_are_well_formed_with_answer_key(full_project: Project) -> None:
    course = full_project.course
    opts = RenderOptions(
        target="epub", xhtml=True, static_quiz=True, scripts=False, page_ext=".xhtml"
    )
    site = render_site(course, full_project.media_dir, opts)
    assert site.index == "index.xhtml"
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    for page in site.pages:
        root = etree.fromstring(site.files[page.path], parser)  # type: ignore[arg-type]
        assert root.tag == "{http://www.w3.org/1999/xhtml}html"
        assert not root.xpath(
            "//x:script | //x:form | //x:input", namespaces={"x": "http://www.w3.org/1999/xhtml"}
        )
        assert not root.xpath(
            "//x:track[@default]", namespaces={"x": "http://www.w3.org/1999/xhtml"}
        )
    answers = [p for p in site.pages if p.path.startswith("answers-")]
    assert len(answers) == 1
    key_page = _text(site.files[answers[0].path])
    quiz_page = _text(site.files[site.lesson_pages[answers[0].lesson_id]])  # type: ignore[index]
    assert "“condensation” or “condensing”" in key_page and "Evaporation, then Condensation" in key_page
    assert "condensing" not in quiz_page  # accepted answers live only in the answer key
    assert answers[0].path in quiz_page


def test_asset_images_in_rich_text_point_at_packaged_media(full_project: Project) -> None:
    course = full_project.course
    image = next(b for _, _, b in course.blocks() if isinstance(b, ImageBlock))
    course.modules.append(
        Module(
            title="Extra",
            lessons=[
                Lesson(
                    title="Inline",
                    blocks=[
                        TextBlock(
                            html=f'<p>See <img src="asset:{image.asset}" alt="the diagram"> and '
                            '<img src="asset:missing" alt="gone picture"></p>'
                        )
                    ],
                )
            ],
        )
    )
    site = render_site(course, full_project.media_dir, RenderOptions(target="cc"))
    page = _text(site.files[site.pages[-1].path])
    assert f'src="{site.media_map[image.asset]}"' in page
    assert "asset:" not in page
    assert "<span>gone picture</span>" in page


def test_quiz_key_json_cannot_break_out_of_its_script_block() -> None:
    payload = {"text": "</script><script>alert(1)</script> & ]]> \u2028"}
    encoded = script_json(payload)
    assert "<" not in encoded and ">" not in encoded and "&" not in encoded
    assert json.loads(encoded) == payload


def test_rendering_is_deterministic(full_project: Project) -> None:
    opts = RenderOptions(target="scorm2004", runtime=True, single_page=True)
    first = render_site(full_project.course, full_project.media_dir, opts)
    second = render_site(full_project.course, full_project.media_dir, opts)
    assert first.files == second.files


def test_imported_ids_with_odd_characters_give_safe_file_names(tmp_project: Project) -> None:
    from studio.model import Quiz, QuizBlock

    odd = Lesson(
        title="Odd", id="../les 1/'x'", blocks=[QuizBlock(quiz=Quiz(title="Q"), id="blk'<1>")]
    )
    twin = Lesson(title="Twin", id="../les-1/-x-")
    tmp_project.course.modules = [Module(title="M", lessons=[odd, twin])]
    site = render_site(
        tmp_project.course, tmp_project.media_dir, RenderOptions(target="cc", static_quiz=True)
    )
    names = [site.lesson_pages[odd.id], site.lesson_pages[twin.id]]
    assert len(set(names)) == 2
    for name in site.files:
        assert re.fullmatch(r"[A-Za-z0-9_./-]+", name) and ".." not in name.split("/"), name
    page = _text(site.files[names[0]])
    assert 'data-quiz="blk&#39;&lt;1&gt;"' in page
