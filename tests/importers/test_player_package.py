"""A single-SCO SCORM 2004 package whose launch page is a JavaScript player walking through
20 content pages in chapter folders, with images and per-chapter question scripts."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.cli import main
from studio.errors import ImportFormatError
from studio.importers import import_new
from studio.importers.scorm import ScormOptions
from studio.model import ImageBlock, QuizBlock, TextBlock
from studio.model.quiz import (
    FillBlankQuestion,
    MultipleResponseQuestion,
    SingleChoiceQuestion,
    TrueFalseQuestion,
)
from studio.project import Project
from tests.importers.builders import write_zip
from tests.media_fixtures import make_image

SCORM2004_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="com.example.water" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3">
  <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
  <organizations default="ORG">
    <organization identifier="ORG"><title>Water (player)</title>
      <item identifier="I1" identifierref="R1"><title>Water</title></item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="R1" type="webcontent" adlcp:scormType="sco" href="index.html">
      {files}
    </resource>
  </resources>
</manifest>
"""
CHAPTERS = 4
PAGES = ("intro", "water", "summary", "extra", "more")  # the player's order; the manifest sorts
QUESTIONS = {
    1: """// Chapter 1 questions
var questions = [
  {question: "What makes water evaporate?", answers: ["The moon", "The sun", "Salt"], correct: 1,
   feedback: "The sun gives the energy."},
];""",
    2: """window.chapterQuiz = {title: 'Chapter 2 check', questions: [
  {q: 'Clouds are made of water.', correct: true},
  {prompt: "Which are precipitation?", choices: [{text: "Rain", correct: true},
   {text: "Snow", correct: true}, {text: "Fog"}]},
]};""",
    3: """const QUIZ = [{"stem": "Water freezes at ___ degrees Celsius.", "answer": ["0", "zero"]},
  {"text": "Which letter is second?", "options": ["A", "B"], "answer": "b"}];""",
    4: "var questions = makeQuestions(window.data); // built at run time",
}
PLAYER = """var pages = [%s];
var current = 0;
function show(i) { document.getElementById('frame').src = pages[i]; current = i; }
window.onload = function () { show(0); };
"""


def _page(chapter: int, name: str) -> str:
    return (f"<!DOCTYPE html><html><head><title>Chapter {chapter}: {name}</title></head><body>"
            f"<h1>Chapter {chapter}: {name}</h1><p>Text of {name} in chapter {chapter}.</p>"
            f'<p><img src="img/fig{chapter}.png" alt="Figure {chapter}"/></p></body></html>')


def _package(tmp_path: Path, *, page_list: bool) -> Path:
    entries: dict[str, bytes | str] = {}
    ordered = [f"content/ch{c}/{p}.html" for c in range(1, CHAPTERS + 1) for p in PAGES]
    for c in range(1, CHAPTERS + 1):
        for p in PAGES:
            entries[f"content/ch{c}/{p}.html"] = _page(c, p)
        entries[f"content/ch{c}/img/fig{c}.png"] = make_image(tmp_path / f"fig{c}.png", f"Figure {c}").read_bytes()
        entries[f"content/ch{c}/questions.js"] = QUESTIONS[c]
    listed = ", ".join(f'"{p}"' for p in ordered) if page_list else ""
    entries["js/player.js"] = PLAYER % listed if page_list else \
        "function show(i) { fetch('toc.json').then(function (r) { return r.json(); }); }"
    entries["index.html"] = ('<!DOCTYPE html><html><head><title>Water</title><script src="js/player.js">'
                             '</script></head><body><iframe id="frame" title="Course"></iframe>'
                             '<button type="button">Previous</button><button type="button">Next</button>'
                             "</body></html>")
    files = "".join(f'<file href="{name}"/>' for name in sorted(entries))  # manifest: sorted
    entries["imsmanifest.xml"] = SCORM2004_MANIFEST.format(files=files)
    return write_zip(tmp_path / "player.zip", entries)


def _lessons(project: Project) -> list[tuple[str, list[object]]]:
    return [(lesson.title, list(lesson.blocks)) for _, lesson in project.course.lessons()]


@pytest.mark.parametrize("page_list", [True, False], ids=["player-page-list", "manifest-order"])
def test_every_page_image_and_question_comes_in(
    tmp_path: Path, page_list: bool
) -> None:
    package = _package(tmp_path, page_list=page_list)
    report = import_new(package, tmp_path / "water.studio")
    with Project.open(tmp_path / "water.studio") as project:
        lessons = _lessons(project)
        pages = [(t, b) for t, b in lessons if not any(isinstance(x, QuizBlock) for x in b)]
        order = PAGES if page_list else tuple(sorted(PAGES))
        assert [t for t, _ in pages] == [f"Chapter {c}: {p}" for c in range(1, CHAPTERS + 1) for p in order]
        for title, blocks in pages:
            chapter, name = title.removeprefix("Chapter ").split(": ")
            html = "".join(b.html for b in blocks if isinstance(b, TextBlock))
            assert f"Text of {name} in chapter {chapter}." in html
            assert 'src="asset:' in html and f'alt="Figure {chapter}"' in html
        assert len(project.course.media) == CHAPTERS  # one figure per chapter, each once
        quizzes = [(t, b[0].quiz) for t, b in lessons if b and isinstance(b[0], QuizBlock)]
        # Each chapter's questions follow its pages; chapter 4's script is code, not data.
        titles = [t for t, _ in lessons]
        assert titles.index("Questions: ch1") == titles.index(f"Chapter 1: {order[-1]}") + 1
        assert titles.index("Chapter 2 check") == titles.index(f"Chapter 2: {order[-1]}") + 1
        kinds = {t: [type(q) for q in quiz.questions] for t, quiz in quizzes}
        assert kinds == {
            "Questions: ch1": [SingleChoiceQuestion],
            "Chapter 2 check": [TrueFalseQuestion, MultipleResponseQuestion],
            "Questions: ch3": [FillBlankQuestion, SingleChoiceQuestion],
        }
        first = quizzes[0][1].questions[0]
        assert isinstance(first, SingleChoiceQuestion)
        assert [c.correct for c in first.choices] == [False, True, False]
        assert first.feedback.general == "The sun gives the energy."
        fill = quizzes[2][1].questions[0]
        assert isinstance(fill, FillBlankQuestion) and fill.accepted == ["0", "zero"]
        assert not any(isinstance(b, ImageBlock) for _, blocks in lessons for b in blocks)
    text = report.format_text()
    source = "the page list in js/player.js" if page_list else "the files of resource R1 (manifest order)"
    assert f"page content/ch3/water.html: from {source}" in text
    assert "page index.html: a player page (JavaScript): the 20 content pages it shows" in text
    assert "file content/ch4/questions.js: a script that holds no plain question data" in text
    if page_list:
        assert "file js/player.js: the package's JavaScript player: not imported" in text
    assert report.questions == 5


def test_the_player_option_turns_it_off(tmp_path: Path) -> None:
    package = _package(tmp_path, page_list=True)
    with pytest.raises(ImportFormatError, match="nothing in this SCORM package could be imported"):
        import_new(package, tmp_path / "off.studio", fmt="scorm", options=ScormOptions(player_pages=False))
    assert not (tmp_path / "off.studio").exists()
    assert main(["import", str(package), str(tmp_path / "on.studio"), "--option", "player_pages=yes",
                 "--quiet"]) == 0
