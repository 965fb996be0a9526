"""Fuzzing: over 10,000 mutated question files, QTI, manifests and archives go through the
importers. The only failure allowed is ``ImportFormatError``; nothing is written outside the
import folder; memory stays bounded; a failed import leaves the project as it was.

Hypothesis runs with ``database=None`` (nothing written to the repository) and random seeds;
a failure prints the reproducing example.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import zipfile
from pathlib import Path
from typing import Any

import psutil
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studio.errors import ImportFormatError
from studio.exporters.embed import EMBED_PATH, embedded_project
from studio.importers import import_into
from studio.importers.aiken import parse_aiken
from studio.importers.csv_questions import parse_csv_questions
from studio.importers.gift import parse_gift
from studio.importers.qti_files import quizzes_from_xml
from studio.importers.quiztext import parse_quiztext
from studio.importers.read import read_source
from studio.importers.report import ImportReport
from studio.importers.safe_xml import parse_xml
from studio.jobs import null_progress
from studio.model import Course, Lesson, Module, TextBlock
from studio.model.serialize import course_to_data
from studio.project import Project
from studio.sample_content import full_quiz
from tests.importers import h5p_samples as h5p
from tests.importers.builders import SCORM12_MANIFEST
from tests.importers.qti_samples import (
    CANVAS_MANIFEST,
    CANVAS_QTI,
    QTI21_ITEMS,
    QTI21_MANIFEST,
    QTI21_TEST,
)
from tests.importers.test_packages import (
    CC_MANIFEST,
    CC_QUIZ,
    CONTAINER,
    DISCUSSION,
    NAV,
    OPF,
    SRT,
    WEBLINK,
)
from tests.importers.test_question_formats import AIKEN, CSV, MOODLE_GIFT, QUIZTEXT

# STUDIO_FUZZ_SCALE=10 runs ten times as many examples (for a long local session).
SCALE = max(1, int(os.environ.get("STUDIO_FUZZ_SCALE", "1")))


def fuzz(max_examples: int) -> settings:
    return settings(FUZZ, max_examples=max_examples)


FUZZ = settings(
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much,
                           HealthCheck.function_scoped_fixture],
)
MEMORY_GROWTH_LIMIT = 400 * 1024**2

TOKENS = ["<", ">", "</", "/>", '"', "'", "&", "&amp;", "&#0;", "<!ENTITY x 'y'>", "<!DOCTYPE a>", "]]>",
          "<![CDATA[", "../", "/", "\\", "{", "}", "~", "=", "#", "::", "->", "%50%", "\n", "\n\n", "\r",
          "\x00", "\ufeff", "1.", "*a)", "[x]", "Answer:", "Match:", "Order:", "Accept:", "ANSWER: A",
          "A.", "..", "1e309", "nan", "-0", "<item>", "</item>", "<varequal>", "<respcondition>",
          "identifierref=\"R1\"", "href=\"../../x\"", "href=\"/etc/passwd\"", "<video src=\"v.mp4\">",
          "<track src=\"v.srt\"/>", ",", ";", "\t", "|", "<not>", "<and>", "<or>", "<other/>", "9" * 40]

GIFT_SEEDS = [MOODLE_GIFT, "::A:: q {=a ~b}\n\n::B:: {#1..2}\n\n::C:: x {T#a#b}\n"]
TEXT_SEEDS = {"gift": GIFT_SEEDS, "aiken": [AIKEN], "quiztext": [QUIZTEXT], "csv": [CSV]}
QTI_SEEDS = [CANVAS_QTI, CC_QUIZ, *QTI21_ITEMS.values()]


@st.composite
def mutated_text(draw: st.DrawFn, seeds: list[str]) -> str:
    text = draw(st.sampled_from(seeds))
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["delete", "insert", "dup", "replace", "cut"]))
        i = draw(st.integers(0, len(text)))
        j = draw(st.integers(i, min(len(text), i + 60)))
        if op == "delete":
            text = text[:i] + text[j:]
        elif op == "insert":
            text = text[:i] + draw(st.sampled_from(TOKENS) | st.text(max_size=6)) + text[i:]
        elif op == "dup":
            text = text[:j] + text[i:j] * draw(st.integers(1, 4)) + text[j:]
        elif op == "replace":
            text = text[:i] + draw(st.text(max_size=6)) + text[j:]
        else:
            text = text[:i]
    return text


@st.composite
def mutated_bytes(draw: st.DrawFn, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(draw(st.integers(1, 8))):
        if not out:
            break
        i = draw(st.integers(0, len(out) - 1))
        op = draw(st.sampled_from(["flip", "set", "cut", "insert"]))
        if op == "flip":
            out[i] ^= 1 << draw(st.integers(0, 7))
        elif op == "set":
            out[i] = draw(st.integers(0, 255))
        elif op == "cut":
            del out[i:i + draw(st.integers(1, 64))]
        else:
            out[i:i] = draw(st.binary(min_size=1, max_size=8))
    return bytes(out)


def _zip(entries: dict[str, bytes], symlink: str | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(zipfile.ZipInfo(name), data)
        if symlink:
            info = zipfile.ZipInfo(symlink)
            info.create_system = 3
            info.external_attr = 0o120777 << 16
            zf.writestr(info, "/etc/passwd")
    return buffer.getvalue()


FAKE_MP4 = b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 64


def _studio_package() -> dict[str, bytes]:
    course = Course(title="Tiny", modules=[Module(title="M", lessons=[Lesson(
        title="L", blocks=[TextBlock(html="<p>Hi</p>")])])])
    quiz_course = course
    from studio.model import QuizBlock

    quiz_course.modules[0].lessons[0].blocks.append(QuizBlock(quiz=full_quiz()))
    return {"index.html": b"<p>Hi</p>", EMBED_PATH: embedded_project(course, {})}


def _text(entries: dict[str, str | bytes]) -> dict[str, bytes]:
    return {k: v.encode() if isinstance(v, str) else v for k, v in entries.items()}


SCORM_SEED = _text({
    "imsmanifest.xml": SCORM12_MANIFEST.format(
        title="T", items='<item identifier="I1" identifierref="R1"><title>One</title></item>'
        '<item identifier="M"><title>Mod</title><item identifier="I2" identifierref="R2"><title>Two</title></item></item>',
        resources='<resource identifier="R1" type="webcontent" adlcp:scormtype="sco" href="p/a.html"/>'
        '<resource identifier="R2" type="webcontent" adlcp:scormtype="sco" href="q.xml"><file href="q.xml"/></resource>'),
    "p/a.html": '<h1>A</h1><p>x<img src="i.png" alt="i"/><a href="../doc.pdf">d</a></p>'
                '<video src="v.mp4"><track src="v.srt" kind="captions"/><track src="c.vtt" kind="chapters"/></video>',
    "p/i.png": b"\x89PNG\r\n\x1a\n", "doc.pdf": b"%PDF", "p/v.mp4": FAKE_MP4, "p/v.srt": SRT,
    "p/c.vtt": "WEBVTT\n\n00:00.000 --> 00:01.000\nIntro\n", "q.xml": CANVAS_QTI,
})
CC_SEED = _text({"imsmanifest.xml": CC_MANIFEST, "wiki_content/reading.html": "<p>R</p>",
                 "web_resources/map.pdf": b"%PDF", "RLINK.xml": WEBLINK, "RDISC.xml": DISCUSSION,
                 "RQUIZ/assessment.xml": CC_QUIZ})
EPUB_SEED = _text({"mimetype": "application/epub+zip", "META-INF/container.xml": CONTAINER,
                   "OEBPS/content.opf": OPF, "OEBPS/nav.xhtml": NAV,
                   "OEBPS/text/ch1.xhtml": "<html><body><p>One</p></body></html>",
                   "OEBPS/text/ch2.xhtml": "<html><body><p>Two</p></body></html>"})
QTI12_SEED = _text({"imsmanifest.xml": CANVAS_MANIFEST, "g0a1/g0a1.xml": CANVAS_QTI})
QTI21_SEED = _text({"imsmanifest.xml": QTI21_MANIFEST, "tests/test.xml": QTI21_TEST,
                    **{f"items/{k}": v for k, v in QTI21_ITEMS.items()}})
H5P_SEED = _text({
    "h5p.json": json.dumps({"title": "IV", "language": "en", "mainLibrary": "H5P.InteractiveVideo"}),
    "content/content.json": json.dumps(h5p.interactive_video()), "content/videos/talk.mp4": FAKE_MP4,
    "content/videos/captions.vtt": h5p.VTT, "content/images/poster.png": b"\x89PNG\r\n\x1a\n",
    "H5P.InteractiveVideo-1.27/main.js": "alert(1)"})
H5P_SET_SEED = _text({"h5p.json": json.dumps({"title": "Set", "mainLibrary": "H5P.QuestionSet"}),
                      "content/content.json": json.dumps(h5p.question_set())})
H5P_SLIDES_SEED = _text({"h5p.json": json.dumps({"title": "CP", "mainLibrary": "H5P.CoursePresentation"}),
                         "content/content.json": json.dumps(h5p.course_presentation()),
                         "content/images/slide1.png": b"\x89PNG\r\n\x1a\n"})
GIFTZIP_SEED = _text({"questions.txt": "::Q1::[html]Rain? <img src\\=\"@@PLUGINFILE@@/img/r.png\" alt\\=\"r\"/> "
                      "{=yes ~no}\n\n::Q2:: Snow {TRUE}\n", "img/r.png": b"\x89PNG\r\n\x1a\n"})
PLAYER_SEED = _text({
    "imsmanifest.xml": SCORM12_MANIFEST.format(
        title="P", items='<item identifier="I1" identifierref="R1"><title>One</title></item>',
        resources='<resource identifier="R1" type="webcontent" adlcp:scormtype="sco" href="index.html">'
        '<file href="index.html"/><file href="js/player.js"/><file href="c/a.html"/><file href="c/b.html"/>'
        '<file href="c/q.js"/></resource>'),
    "index.html": '<html><head><script src="js/player.js"></script></head><body><iframe></iframe></body></html>',
    "js/player.js": 'var pages = ["c/b.html", "c/a.html"]; function go(i) { frame.src = pages[i]; }',
    "c/a.html": "<h1>A</h1><p>a</p>", "c/b.html": '<h1>B</h1><p>b<img src="i.png" alt="i"/></p>',
    "c/i.png": b"\x89PNG\r\n\x1a\n",
    "c/q.js": "var questions = [{question: 'Q?', answers: ['a', 'b'], correct: 1}, {q: 'T?', correct: true}];",
})
PACKAGES: dict[str, dict[str, bytes]] = {"scorm": SCORM_SEED, "cc": CC_SEED, "epub": EPUB_SEED,
                                         "qti12": QTI12_SEED, "qti21": QTI21_SEED, "studio": _studio_package(),
                                         "h5p": H5P_SEED, "h5p-set": H5P_SET_SEED, "h5p-slides": H5P_SLIDES_SEED,
                                         "giftzip": GIFTZIP_SEED, "scorm-player": PLAYER_SEED}
MANIFEST_OF = {"scorm": "imsmanifest.xml", "cc": "imsmanifest.xml", "epub": "OEBPS/content.opf",
               "qti12": "g0a1/g0a1.xml", "qti21": "imsmanifest.xml", "studio": EMBED_PATH,
               "h5p": "content/content.json", "h5p-set": "content/content.json",
               "h5p-slides": "content/content.json", "giftzip": "questions.txt", "scorm-player": "c/q.js"}
FORMAT_OF = {"h5p-set": "h5p", "h5p-slides": "h5p", "scorm-player": "scorm"}  # seed -> importer
BAD_NAMES = ["../escape.txt", "/abs.txt", "a\\b.txt", "C:/x.txt", "p/../../up.txt", "", "./", "a/./b"]


@st.composite
def mutated_package(draw: st.DrawFn) -> tuple[str, bytes]:
    fmt = draw(st.sampled_from(sorted(PACKAGES)))
    entries = dict(PACKAGES[fmt])
    names = sorted(entries)
    for _ in range(draw(st.integers(0, 3))):
        op = draw(st.sampled_from(["content", "manifest", "drop", "rename", "add"]))
        name = draw(st.sampled_from(names))
        if op == "manifest":
            name = MANIFEST_OF[fmt]
        if name not in entries:
            continue
        if op in ("content", "manifest"):
            text = entries[name].decode("utf-8", "replace")
            entries[name] = draw(mutated_text([text])).encode("utf-8", "surrogatepass")
        elif op == "drop":
            del entries[name]
        elif op == "rename":
            entries[draw(st.sampled_from(BAD_NAMES) | st.text(min_size=1, max_size=12))] = entries.pop(name)
        else:
            entries[draw(st.sampled_from(BAD_NAMES))] = b"x"
    symlink = draw(st.none() | st.just("link"))
    data = _zip(entries, symlink)
    if draw(st.booleans()):
        data = draw(mutated_bytes(data))
    return FORMAT_OF.get(fmt, fmt), data


class Tracker:
    """Counts examples; checks the folder around the import stays as it was and memory is bounded."""

    def __init__(self, base: Path) -> None:
        self.base = base
        self.count = 0
        self.rss = psutil.Process(os.getpid()).memory_info().rss
        (base / "in").mkdir()
        self.before = self.snapshot()

    def snapshot(self) -> set[str]:
        return {str(p.relative_to(self.base)) for p in self.base.rglob("*") if "job" not in p.parts}

    def check(self) -> None:
        self.count += 1
        assert self.snapshot() == self.before, "a file was written outside the import folder"

    def finish(self, wanted: int) -> None:
        assert self.count >= wanted
        growth = psutil.Process(os.getpid()).memory_info().rss - self.rss
        assert growth < MEMORY_GROWTH_LIMIT, f"memory grew by {growth / 1024**2:.0f} MB"


def _run_reader(path: Path, fmt: str, tracker: Tracker) -> None:
    workdir = tracker.base / "job" / "work"
    workdir.mkdir(parents=True, exist_ok=True)
    try:
        read_source(path, fmt, workdir, ImportReport(), null_progress())
    except ImportFormatError:
        pass
    finally:
        shutil.rmtree(tracker.base / "job", ignore_errors=True)
    tracker.check()


@pytest.mark.parametrize("fmt", ["gift", "aiken", "quiztext", "csv"])
def test_fuzz_question_text(fmt: str, tmp_path: Path) -> None:
    parse = {"gift": parse_gift, "aiken": parse_aiken, "quiztext": parse_quiztext,
             "csv": parse_csv_questions}[fmt]
    tracker = Tracker(tmp_path)
    n = 1100 * SCALE

    @fuzz(n)
    @given(text=mutated_text(TEXT_SEEDS[fmt]))
    def run(text: str) -> None:
        try:
            parse(text, "fuzz", ImportReport())  # type: ignore[operator]
        except ImportFormatError:
            pass
        tracker.check()

    run()
    tracker.finish(n)


def test_fuzz_qti_xml(tmp_path: Path) -> None:
    tracker = Tracker(tmp_path)
    n = 2600 * SCALE

    @fuzz(n)
    @given(text=mutated_text(QTI_SEEDS))
    def run(text: str) -> None:
        try:
            root = parse_xml(text.encode("utf-8", "surrogatepass"), "fuzz.xml")
            quizzes_from_xml(root, "fuzz.xml", ImportReport(), "Quiz")
        except ImportFormatError:
            pass
        tracker.check()

    run()
    tracker.finish(n)


JS_SEEDS = [PLAYER_SEED["c/q.js"].decode(), PLAYER_SEED["js/player.js"].decode(),
            "window.q = {title: 'T', questions: [{prompt: \"P\", choices: [{text: 'x', correct: true}, "
            "{text: 'y'}]}]}; /* c */ const Z = [{\"stem\": \"S\", \"answer\": [\"0\", 1e3]},];"]


def test_fuzz_player_scripts(tmp_path: Path) -> None:
    """Scripts are read as data only: any mutation gives data, questions or nothing, never an error."""
    from studio.importers.js_data import literals
    from studio.importers.js_questions import questions_from_literal

    tracker = Tracker(tmp_path)
    n = 1500 * SCALE

    @fuzz(n)
    @given(text=mutated_text(JS_SEEDS))
    def run(text: str) -> None:
        for _, value in literals(text):
            questions_from_literal(value, "fuzz.js", ImportReport())
        tracker.check()

    run()
    tracker.finish(n)


@pytest.mark.parametrize("part", [0, 1])
def test_fuzz_packages_and_manifests(part: int, tmp_path: Path) -> None:
    tracker = Tracker(tmp_path)
    source = tmp_path / "in" / "package.zip"
    n = 1600 * SCALE

    @fuzz(n)
    @given(package=mutated_package(), detect=st.booleans())
    def run(package: tuple[str, bytes], detect: bool) -> None:
        fmt, data = package
        source.write_bytes(data)
        tracker.before = tracker.snapshot()
        if detect:
            from studio.importers.detect import detect_format

            try:
                fmt = detect_format(source)
            except ImportFormatError:
                tracker.check()
                return
        _run_reader(source, fmt, tracker)

    run()
    tracker.finish(n)


def test_fuzz_full_import_leaves_project_untouched_on_error(tmp_path: Path) -> None:
    """Mutated packages through ``import_into``: an error changes nothing; success is one undo step."""
    tracker = Tracker(tmp_path)
    project = Project.create(tmp_path / "in" / "p.studio", title="Fuzz target")
    source = tmp_path / "in" / "package.zip"
    n = 400 * SCALE
    outcomes: dict[str, int] = {"ok": 0, "refused": 0}

    @fuzz(n)
    @given(package=mutated_package())
    def run(package: tuple[str, bytes]) -> None:
        fmt, data = package
        source.write_bytes(data)
        before: dict[str, Any] = course_to_data(project.course)
        media = set(os.listdir(project.media_dir))
        tracker.before = tracker.snapshot()
        try:
            import_into(project, source, null_progress(), fmt=fmt)
        except ImportFormatError:
            outcomes["refused"] += 1
            assert course_to_data(project.course) == before
            assert set(os.listdir(project.media_dir)) == media
            assert not project.stack.can_undo
        else:
            outcomes["ok"] += 1
            project.stack.undo()
            assert course_to_data(project.course) == before
            project.stack.clear()
        tracker.before = {p for p in tracker.snapshot() if "media" not in p}
        tracker.count += 1
        assert {p for p in tracker.snapshot() if "media" not in p} == tracker.before

    try:
        run()
    finally:
        project.close()
    tracker.finish(n)
    assert outcomes["ok"] > 0 and outcomes["refused"] > 0


def test_fuzz_import_then_export_every_format(tmp_path: Path) -> None:
    """Whatever a fuzzed package brings in, every exporter either writes a package or
    says why it cannot (a ``StudioError``): never a traceback."""
    from studio.errors import StudioError
    from studio.exporters import EXPORTERS

    source = tmp_path / "in" / "package.zip"
    source.parent.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    n = 40 * SCALE
    counts = {"imported": 0, "exported": 0}

    @fuzz(n)
    @given(package=mutated_package())
    def run(package: tuple[str, bytes]) -> None:
        fmt, data = package
        source.write_bytes(data)
        folder = tmp_path / "p.studio"
        shutil.rmtree(folder, ignore_errors=True)
        with Project.create(folder, title="Fuzz export") as project:
            try:
                import_into(project, source, null_progress(), fmt=fmt)
            except ImportFormatError:
                return
            counts["imported"] += 1
            for name, spec in EXPORTERS.items():
                target = out / f"{name}{spec.extension}"
                try:
                    spec.export(project.course, project.media_dir, target,
                                spec.default_options(), null_progress())
                    counts["exported"] += 1
                except StudioError:
                    pass

    run()
    assert counts["imported"] > 0 and counts["exported"] > 0, counts
