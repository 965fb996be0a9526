"""EPUB export of the every-block, every-question-kind course: validity, structure, quizzes."""

from __future__ import annotations

import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from studio.errors import ExportError
from studio.exporters import get_exporter
from studio.exporters.base import ExportReport
from studio.media.media_blocks import add_media
from studio.model import Course, Lesson, Module, QuizBlock, VideoBlock
from studio.project import Project
from tests.exporters.epub_helpers import (
    OPF_NS,
    XHTML_NS,
    export,
    problems,
    read_doc,
    read_opf,
    validate,
)


@pytest.fixture(scope="module")
def book(
    full_project_module: Project, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, ExportReport]:
    out = tmp_path_factory.mktemp("epub-out") / "course.epub"
    return out, export(full_project_module, out)


def test_registered_in_the_exporter_registry() -> None:
    spec = get_exporter("epub")
    assert spec.extension == ".epub"
    names = {f for f in spec.options_type.__dataclass_fields__}
    assert {"video_quality", "no_video", "embed_project", "cover_image"} <= names


def test_full_course_book_passes_epubcheck_without_warnings(
    book: tuple[Path, ExportReport], shared_dir: Path
) -> None:
    path, report = book
    verdict = validate(path, shared_dir)
    assert verdict["errors"] == 0 and verdict["warnings"] == 0, problems(verdict)
    assert verdict["status"] == "VALID"
    assert report.size == path.stat().st_size > 0


def test_one_document_per_lesson_in_reading_order(
    full_project_module: Project, book: tuple[Path, ExportReport]
) -> None:
    path, _ = book
    opf = read_opf(path)
    manifest = {i.get("id"): i.get("href") for i in opf.iterfind(".//opf:item", OPF_NS)}
    spine = [manifest[r.get("idref")] for r in opf.iterfind(".//opf:itemref", OPF_NS)]
    lessons = [h for h in spine if h.startswith("text/lesson-")]
    titles = [lesson.title for _, lesson in full_project_module.course.lessons()]
    assert len(lessons) == len(titles)
    for href, title in zip(lessons, titles, strict=True):
        doc = read_doc(path, f"EPUB/{href}")
        assert doc.findtext(".//x:h1", namespaces=XHTML_NS) == title
    assert spine[0] == "text/cover.xhtml" and spine[-1] == "text/answers.xhtml"
    # Navigation: modules with their lessons, and landmarks.
    nav = read_doc(path, "EPUB/nav.xhtml")
    toc_text = " ".join(nav.find(".//x:nav[@id='toc']", XHTML_NS).itertext())
    for module in full_project_module.course.modules:
        assert module.title in toc_text
    landmarks = nav.find(".//x:nav[@id='landmarks']", XHTML_NS)
    kinds = {
        a.get("{http://www.idpf.org/2007/ops}type") for a in landmarks.iter(f"{{{XHTML_NS['x']}}}a")
    }
    assert {"cover", "toc", "bodymatter", "backmatter"} <= kinds


def test_package_metadata_names_language_licence_authors(
    full_project_module: Project, book: tuple[Path, ExportReport]
) -> None:
    opf = read_opf(book[0])
    assert opf.findtext(".//dc:language", namespaces=OPF_NS) == full_project_module.course.language
    assert opf.findtext(".//dc:title", namespaces=OPF_NS) == full_project_module.course.title
    creators = [c.text for c in opf.iterfind(".//dc:creator", OPF_NS)]
    assert creators == full_project_module.course.authors
    assert "creativecommons.org/licenses/by/4.0" in opf.findtext(".//dc:rights", namespaces=OPF_NS)
    modified = opf.findtext(".//opf:meta[@property='dcterms:modified']", namespaces=OPF_NS)
    assert modified == full_project_module.course.modified[:19] + "Z"
    cover = opf.find(".//opf:item[@properties='cover-image']", OPF_NS)
    assert cover is not None and cover.get("media-type") == "image/png"


def test_video_has_mp4_poster_tracks_without_default_and_transcript(
    book: tuple[Path, ExportReport],
) -> None:
    path, _ = book
    doc = read_doc(path, "EPUB/text/lesson-01-02.xhtml")
    video = doc.find(".//x:video", XHTML_NS)
    source = video.find("x:source", XHTML_NS)
    assert source.get("src", "").endswith(".mp4") and source.get("type") == "video/mp4"
    assert video.get("poster", "").startswith("../media/")
    tracks = video.findall("x:track", XHTML_NS)
    assert [(t.get("kind"), t.get("srclang")) for t in tracks] == [
        ("captions", "en"), ("subtitles", "fr"), ("chapters", "en")]
    assert all(t.get("default") is None for t in tracks)
    with zipfile.ZipFile(path) as zf:
        for t in tracks:
            assert zf.read("EPUB/" + t.get("src")[3:]).startswith(b"WEBVTT")
    # The transcript is printed after the player, from the English captions.
    section = doc.find(".//x:section[@class='block block-video']", XHTML_NS)
    text = " ".join(section.itertext())
    assert text.index("Transcript") > 0
    assert "0:00  Welcome to the lecture." in text and "0:01  Water is always moving." in text


def test_quizzes_are_static_with_answer_links_both_ways(
    full_project_module: Project, book: tuple[Path, ExportReport]
) -> None:
    path, _ = book
    quiz_page = "EPUB/text/lesson-02-02.xhtml"
    doc = read_doc(path, quiz_page)
    answers = read_doc(path, "EPUB/text/answers.xhtml")
    quiz = next(
        b for _, _, b in full_project_module.course.blocks() if isinstance(b, QuizBlock)
    ).quiz
    questions = doc.findall(".//x:section[@data-quiz]//x:li[@class='question']", XHTML_NS)
    assert [q.get("data-kind") for q in questions] == [q.KIND for q in quiz.questions]
    answer_ids = {s.get("id") for s in answers.iterfind(".//x:li[@class='answer']", XHTML_NS)}
    for section in questions:
        assert section.find(".//x:ol[@class='choices static-choices']", XHTML_NS) is not None or (
            section.get("data-kind") in ("fill_blank", "numeric", "essay", "matching", "ordering")
        )
        link = section.find(".//x:p[@class='answer-link']/x:a", XHTML_NS)
        target = link.get("href").split("#")[1]
        assert link.get("href").startswith("answers.xhtml#") and target in answer_ids
        back = answers.find(f".//x:li[@id='{target}']//x:p[@class='back-link']/x:a", XHTML_NS)
        assert back.get("href") == f"lesson-02-02.xhtml#{section.get('id')}"
    # The answer key states each answer and the explanation.
    key_text = " ".join(answers.itertext())
    assert "(a) The heat of the sun" in key_text
    assert "Solar energy turns liquid water into vapour." in key_text
    assert "“condensation” or “condensing”" in key_text
    # Only the quiz page carries the checking script and the scripted property.
    opf = read_opf(path)
    scripted = {
        i.get("href")
        for i in opf.iterfind(".//opf:item", OPF_NS)
        if "scripted" in (i.get("properties") or "")
    }
    assert scripted == {"text/lesson-02-02.xhtml"}
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            if name.endswith(".xhtml") and name != quiz_page:
                assert b"<script" not in zf.read(name), name


def test_ordering_question_does_not_print_its_answer(book: tuple[Path, ExportReport]) -> None:
    doc = read_doc(book[0], "EPUB/text/lesson-02-02.xhtml")
    section = doc.find(".//x:li[@data-kind='ordering']", XHTML_NS)
    shown = ["".join(li.itertext()) for li in section.iterfind(".//x:ul/x:li", XHTML_NS)]
    assert sorted(shown) == sorted(["Evaporation", "Condensation", "Precipitation", "Collection"])
    assert shown != ["Evaporation", "Condensation", "Precipitation", "Collection"]


def test_embedded_project_is_a_manifest_resource(
    full_project_module: Project, book: tuple[Path, ExportReport], tmp_path: Path
) -> None:
    import json

    path, _ = book
    with zipfile.ZipFile(path) as zf:
        data = json.loads(zf.read("EPUB/studio/course.json"))
        names = set(zf.namelist())
    assert data["course"]["title"] == full_project_module.course.title
    assert all(target in names for target in data["media"].values())
    opf = read_opf(path)
    assert opf.find(".//opf:item[@href='studio/course.json']", OPF_NS) is not None
    bare = export(full_project_module, tmp_path / "bare.epub", embed_project=False)
    with zipfile.ZipFile(bare.path) as zf:
        assert "EPUB/studio/course.json" not in zf.namelist()


def test_same_course_same_bytes(
    full_project_module: Project, book: tuple[Path, ExportReport], tmp_path: Path
) -> None:
    again = export(full_project_module, tmp_path / "again.epub")
    assert again.path.read_bytes() == book[0].read_bytes()
    with zipfile.ZipFile(again.path) as zf:
        infos = zf.infolist()
    assert infos[0].filename == "mimetype" and infos[0].compress_type == zipfile.ZIP_STORED
    assert {i.date_time for i in infos} == {(1980, 1, 1, 0, 0, 0)}


def test_empty_course_is_refused_with_a_hint(tmp_project: Project, tmp_path: Path) -> None:
    with pytest.raises(ExportError) as err:
        export(tmp_project, tmp_path / "empty.epub")
    assert "no lessons" in err.value.message and err.value.hint
    assert not (tmp_path / "empty.epub").exists()


def test_author_cover_image_is_used(
    full_project_module: Project, media_files: dict[str, Path], tmp_path: Path
) -> None:
    report = export(
        full_project_module, tmp_path / "cover.epub", cover_image=str(media_files["poster"])
    )
    with zipfile.ZipFile(report.path) as zf:
        assert zf.read("EPUB/images/cover.png") == media_files["poster"].read_bytes()


def test_missing_media_file_names_the_file(
    tmp_project: Project, media_files: dict[str, Path], tmp_path: Path
) -> None:
    asset = add_media(tmp_project, media_files["video"])
    course: Course = tmp_project.course
    course.modules = [
        Module(lessons=[Lesson(blocks=[VideoBlock(asset=asset.id, title="Lecture")])])
    ]
    (tmp_project.media_dir / asset.stored_name).unlink()
    with pytest.raises(ExportError) as err:
        export(tmp_project, tmp_path / "broken.epub")
    assert asset.stored_name in str(err.value.path) and err.value.hint
    assert not (tmp_path / "broken.epub").exists()


def test_lessons_come_from_the_shared_renderer(book: tuple[Path, ExportReport]) -> None:
    doc = read_doc(book[0], "EPUB/text/lesson-02-01.xhtml")
    classes = {el.get("class") for el in doc.iter() if el.get("class")}
    # Every block from the renderer; an attachment is shown or named, never linked.
    assert {"block block-text", "block block-image", "block block-attachment"} <= classes
    assert not [a for a in doc.iter(f"{{{XHTML_NS['x']}}}a") if "media/" in a.get("href", "")]
    img = doc.find(".//x:img", XHTML_NS)
    assert img.get("src").startswith("../media/")


def test_book_facts_count_what_the_pages_hold(full_project_module: Project, tmp_path: Path) -> None:
    """The accessibility metadata's counts come from the course and the book's copies."""
    from studio.exporters.epub.media import MediaPreparer
    from studio.exporters.epub.prepare import book_facts, prepare_media
    from studio.jobs import null_progress

    course = full_project_module.course
    media = MediaPreparer(course, full_project_module.media_dir, tmp_path)
    facts = book_facts(course, prepare_media(course, media, null_progress()))
    assert facts.images == 1 and facts.videos == 1 and facts.audios == 1
    assert facts.videos_with_captions == 1 and facts.transcripts == 2 and facts.quizzes == 1
    assert facts.media_without_text == 0 and facts.videos_left_out == 0


def test_command_line_export_with_low_bandwidth_flags(
    full_project_module: Project, tmp_path: Path
) -> None:
    from studio.cli import main

    out = tmp_path / "cli.epub"
    code = main(["export", str(full_project_module.folder), "--format", "epub", "-o", str(out), "--no-video",
                 "--quiet"])  # fmt: skip
    assert code == 0
    with zipfile.ZipFile(out) as zf:
        assert not [n for n in zf.namelist() if n.endswith(".mp4")]


@pytest.mark.skipif(shutil.which("ebook-convert") is None, reason="Calibre is not installed")
def test_calibre_reads_every_chapter(
    full_project_module: Project, book: tuple[Path, ExportReport], tmp_path: Path
) -> None:
    """Another reading system's parser (Calibre) converts every chapter of the book."""
    out = tmp_path / "book.txt"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    proc = subprocess.run(
        ["ebook-convert", str(book[0]), str(out)],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    text = out.read_text(encoding="utf-8")
    for _, lesson in full_project_module.course.lessons():
        assert lesson.title in text
    for needle in ("Welcome to the lecture.", "Answer key", "Back to question 9", "Worksheet"):
        assert needle in text


def test_right_to_left_course_and_hostile_text(tmp_project: Project, tmp_path: Path) -> None:
    from studio.model import LinkBlock, TextBlock

    course = tmp_project.course
    course.title = 'دورة <الماء> & "النهر"'
    course.language = "ar"
    html = '<p>مرحبا <img src="https://example.org/x.png" alt="صورة"/> <a href="javascript:x()">x</a></p>'
    blocks = [TextBlock(html=html), LinkBlock(url="javascript:alert(1)", title="bad")]
    course.modules = [Module(title="وحدة", lessons=[Lesson(title="درس <1>", blocks=blocks)])]
    report = export(tmp_project, tmp_path / "rtl.epub")
    opf = read_opf(report.path)
    assert opf.find(".//opf:spine", OPF_NS).get("page-progression-direction") == "rtl"
    assert opf.findtext(".//dc:title", namespaces=OPF_NS) == course.title
    doc = read_doc(report.path, "EPUB/text/lesson-01-01.xhtml")
    assert doc.get("dir") == "rtl" and doc.get("lang") == "ar"
    assert doc.find(".//x:img", XHTML_NS) is None  # a remote image is not part of a book
    assert "[صورة]" in "".join(doc.itertext())
    assert not [
        a for a in doc.iter(f"{{{XHTML_NS['x']}}}a") if "javascript" in (a.get("href") or "")
    ]


def test_cancel_during_a_video_encode_leaves_nothing(
    full_project_module: Project, tmp_path: Path
) -> None:
    from studio.exporters.epub.book import EpubOptions, export_epub
    from studio.jobs import Cancelled, CancelToken, Progress

    token = CancelToken()

    def on_progress(fraction: float, message: str) -> None:
        if "small copy" in message:
            token.cancel()

    out = tmp_path / "cancelled.epub"
    with pytest.raises(Cancelled):
        export_epub(full_project_module.course, full_project_module.media_dir, out, EpubOptions(video_quality="low"),
                    Progress(on_progress, token, min_interval=0.0))  # fmt: skip
    assert list(tmp_path.iterdir()) == []


def test_blank_titles_still_give_titled_pages(tmp_project: Project, tmp_path: Path) -> None:
    from studio.model import TextBlock

    tmp_project.course.title = "  "
    tmp_project.course.modules = [
        Module(title="", lessons=[Lesson(title="", blocks=[TextBlock(html="<p>Hi</p>")])])
    ]
    report = export(tmp_project, tmp_path / "blank.epub")
    assert tmp_project.course.title == "  "  # the course itself is never changed
    opf = read_opf(report.path)
    assert opf.findtext(".//dc:title", namespaces=OPF_NS) == "Untitled course"
    with zipfile.ZipFile(report.path) as zf:
        for name in zf.namelist():
            if name.endswith(".xhtml"):
                title = etree.fromstring(zf.read(name)).findtext(".//x:title", namespaces=XHTML_NS)
                assert title and title.strip(), name
