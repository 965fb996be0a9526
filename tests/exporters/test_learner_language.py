"""Learners read their course's language: a Spanish and an Arabic course exported as
SCORM 2004, Common Cartridge for Moodle, the EPUB and the preview have no English learner
text in any page or in the player's string table (the book's checking script's words too); Arabic pages are right to left; axe finds no
serious problem."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from lxml import html as lxml_html

from studio.exporters.presets import PRESETS
from studio.exporters.render import RenderOptions, render_site
from studio.exporters.render.strings import learner_strings
from studio.jobs import null_progress
from studio.media.media_blocks import add_media
from studio.model import (
    CaptionTrack,
    Choice,
    Cue,
    Lesson,
    Module,
    NumericQuestion,
    OrderingQuestion,
    OrderItem,
    QuizBlock,
    SingleChoiceQuestion,
    TextBlock,
    TrueFalseQuestion,
    VideoBlock,
)
from studio.model.quiz import Quiz
from studio.project import Project
from tests.conftest import SHARED
from tests.exporters.epub_helpers import export as export_epub
from tests.exporters.scorm_helpers import export
from tests.media_fixtures import make_video

TEXT = {
    "es": ["El ciclo del agua", "El agua del mar sube al cielo.", "La lluvia", "¿Qué calienta el mar?",
           "El sol", "La luna", "Muy bien.", "Vuelve a leer la lección.", "Evaporación",
           "Condensación", "¿Cuántas etapas tiene el ciclo?"],
    "ar": ["دورة الماء", "يصعد ماء البحر إلى السماء.", "المطر", "ما الذي يسخّن البحر؟",
           "الشمس", "القمر", "أحسنت.", "اقرأ الدرس مرة أخرى.", "التبخر", "التكاثف",
           "كم مرحلة في الدورة؟"],
}


def course_in(lang: str, folder: Path, video: Path) -> Project:
    w = TEXT[lang]
    project = Project.create(folder / f"{lang}.studio", title=w[0], language=lang)
    course = project.course
    course.description = w[1]
    course.authors = [w[2]]
    asset = add_media(project, video)
    quiz = Quiz(title=w[2], questions=[
        SingleChoiceQuestion(prompt=f"<p>{w[3]}</p>", choices=[
            Choice(text=w[4], correct=True, feedback=w[6]), Choice(text=w[5], feedback=w[7])]),
        TrueFalseQuestion(prompt=f"<p>{w[1]}</p>", answer=True),
        NumericQuestion(prompt=f"<p>{w[10]}</p>", value=4, tolerance=0),
        OrderingQuestion(prompt=f"<p>{w[10]}</p>", items=[OrderItem(text=w[8]),
                                                         OrderItem(text=w[9])]),
    ], attempts=2)
    track = CaptionTrack(language=lang, label=w[2], cues=[Cue(0.0, 1.0, w[1])], review="reviewed")
    course.modules = [Module(title=w[0], lessons=[
        Lesson(title=w[2], blocks=[TextBlock(html=f"<p>{w[1]}</p>")]),
        Lesson(title=w[8], blocks=[VideoBlock(asset=asset.id, title=w[8], tracks=[track],
                                              transcript=w[1])]),
        Lesson(title=w[9], blocks=[QuizBlock(quiz=quiz)]),
    ])]
    project.save()
    return project


@pytest.fixture(scope="module")
def courses(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Path]]:
    folder = tmp_path_factory.mktemp("learner-language")
    video = make_video(folder / "clip.mp4", seconds=1.0)
    out: dict[str, dict[str, Path]] = {}
    for lang in TEXT:
        project = course_in(lang, folder, video)
        moodle = PRESETS["moodle-cc"]  # the .mbz backup keeps its pages inside XML
        out[lang] = {
            "scorm": export(project, "scorm2004", folder / f"{lang}-scorm.zip", sco_per_lesson=True),
            "moodle": export(project, moodle.format, folder / f"{lang}-moodle-cc.imscc",
                             **moodle.options),
            "epub": folder / f"{lang}.epub",
        }
        export_epub(project, out[lang]["epub"])
        site = render_site(project.course, project.media_dir, RenderOptions(target="preview"),
                           null_progress())
        preview = folder / f"{lang}-preview"
        for name, data in site.files.items():
            path = preview / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data if isinstance(data, bytes) else Path(data).read_bytes())
        out[lang]["preview"] = preview
        project.close()
    return out


def files_of(package: Path) -> dict[str, bytes]:
    if package.is_dir():
        return {p.relative_to(package).as_posix(): p.read_bytes()
                for p in package.rglob("*") if p.is_file()}
    with zipfile.ZipFile(package) as z:
        return {n: z.read(n) for n in z.namelist()}


def english_fragments(lang: str) -> set[str]:
    """Pieces of the English table (between placeholders) that the language's own table
    does not also use ("Audio" is Spanish too)."""
    own = " ".join(learner_strings(lang).values())
    out = set()
    for value in learner_strings("en").values():
        for piece in re.split(r"\{\w+\}", value):
            piece = piece.strip(" .:;,()")
            if len(re.sub(r"[^A-Za-z]", "", piece)) >= 4 and piece not in own:
                out.add(piece)
    return out


def learner_text(data: bytes) -> str:
    """What a learner can read or hear on a page: text, alt, aria-label, title, labels."""
    doc = lxml_html.fromstring(data)
    for bad in doc.xpath("//script|//style"):
        bad.drop_tree()
    parts = [doc.text_content()]
    for attr in ("alt", "aria-label", "title", "label", "placeholder"):
        parts += doc.xpath(f"//@{attr}")
    return " ".join(str(p) for p in parts)


def phrases_in(script: str) -> list[str]:
    """The string literals of a script that hold words a learner could read (a space
    in them: code's own names such as 'position' have none); comments are left out."""
    script = re.sub(r"/\*.*?\*/", "", script, flags=re.S)
    script = re.sub(r"(?m)^\s*//.*$|\s//.*$", "", script)
    literals = re.findall(r"""("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')""", script)
    return [text[1:-1] for text in literals if " " in text]


@pytest.mark.parametrize("lang", ["es", "ar"])
@pytest.mark.parametrize("kind", ["scorm", "moodle", "preview", "epub"])
def test_no_english_learner_text(courses, lang: str, kind: str) -> None:
    english = english_fragments(lang)
    assert "Course contents" in english and "Submit answers" in english
    files = files_of(courses[lang][kind])
    pages = {n: d for n, d in files.items() if n.endswith((".html", ".xhtml"))}
    assert pages
    for name, data in pages.items():
        text = learner_text(data)
        found = sorted(f for f in english if f in text)
        assert not found, f"{kind} {lang} {name}: English learner text {found}"
        root = lxml_html.fromstring(data).getroottree().getroot()
        assert root.get("lang") == lang, name
        assert (root.get("dir") or "ltr") == ("rtl" if lang == "ar" else "ltr"), name
    if kind == "epub":  # the book's checking script shows the words its quiz keys carry
        keys = [json.loads(k.text) for d in pages.values()
                for k in lxml_html.fromstring(d).xpath("//script[@class='quiz-key']")]
        assert keys and all(k["t"]["correct"] == learner_strings(lang)["correct"] for k in keys)
        # The NCX table of contents (EPUB 2 reading systems) too.
        labels = " ".join(lxml_html.fromstring(files["EPUB/toc.ncx"]).xpath("//text()"))
        assert learner_strings(lang)["about_course"] in labels
        assert not sorted(f for f in english if f in labels), labels
    elif kind != "moodle":  # CC pages have no player scripts (the LMS runs the quizzes)
        table_js = files["player/strings.js"].decode("utf-8")
        table = json.loads(table_js.split("=", 1)[1].strip().rstrip(";"))
        assert table == learner_strings(lang)
        assert not [f for f in english if f in " ".join(table.values())]
        # The scripts' own words all come from that table (cmi5.js's messages too).
        scripts = {n: d.decode("utf-8") for n, d in files.items()
                   if n.startswith("player/") and n.endswith(".js") and n != "player/strings.js"}
        assert "player/cmi5.js" in scripts or kind == "preview"
        for name, script in scripts.items():
            found = sorted(f for f in english for text in phrases_in(script) if f in text)
            assert not found, f"{kind} {lang} {name}: English learner text {found}"


@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.parametrize("lang", ["es", "ar"])
def test_axe_finds_nothing_serious(courses, lang: str, tmp_path: Path) -> None:
    for kind in ("scorm", "moodle", "epub"):
        proc = subprocess.run(
            [sys.executable, str(SHARED / "harness" / "a11y_check.py"), str(courses[lang][kind]),
             "--json", str(tmp_path / f"{kind}.json")],
            capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-2000:]
