"""Moodle XML questions ("Import questions > Moodle XML format"), every quiz of the course.

One file holds a category tree: ``$course$/top/<quiz title>`` per quiz, then its
questions in the native types of ``question_data``. Images in question text are
embedded as base64 ``<file>`` elements, referenced as ``@@PLUGINFILE@@/name``, as
Moodle's own export writes them. ``studio.importers.moodle_xml`` reads it back.
"""

from __future__ import annotations

import base64
import posixpath
from dataclasses import dataclass
from pathlib import Path

from lxml import etree
from lxml import html as lxml_html

from studio.exporters.base import ExporterSpec, ExportOptions, ExportReport
from studio.exporters.moodle.question_data import MoodleQuestion, moodle_question
from studio.exporters.render.media_map import build_media_map, rewrite_asset_refs
from studio.exporters.xml import element, sub, to_bytes
from studio.fsutil import atomic_write_bytes
from studio.jobs import Progress
from studio.model import Course

PLUGINFILE = "@@PLUGINFILE@@/"


@dataclass
class MoodleXmlOptions(ExportOptions):
    """Questions only: the course itself is not embedded."""


def _text(parent: etree._Element, tag: str, text: str, fmt: str | None = "html") -> etree._Element:
    el = sub(parent, tag, format=fmt) if fmt else sub(parent, tag)
    sub(el, "text", text)
    return el


def _flag(value: bool) -> str:
    return "true" if value else "false"


def _percent(fraction: float) -> str:
    return f"{fraction * 100:.7g}"


def _embed(html: str, media_files: dict[str, Path | bytes]) -> tuple[str, dict[str, bytes]]:
    """Question HTML with local files as ``@@PLUGINFILE@@/name`` and those files' bytes."""
    if not html.strip() or "src=" not in html:
        return html, {}
    wrapper = lxml_html.fragment_fromstring(html, create_parent="div")
    found: dict[str, bytes] = {}
    for el in wrapper.iter():
        if not isinstance(el.tag, str):
            continue
        for attr in ("src", "href"):
            value = el.get(attr) or ""
            if value in media_files:
                name = posixpath.basename(value)
                content = media_files[value]
                found[name] = content if isinstance(content, bytes) else content.read_bytes()
                el.set(attr, PLUGINFILE + name)
    from html import escape

    out = escape(wrapper.text or "", quote=False) + "".join(
        etree.tostring(c, encoding="unicode", method="html") for c in wrapper)
    return out, found


def question_element(parent: etree._Element, mq: MoodleQuestion, files: dict[str, bytes]) -> None:
    qtype = "matching" if mq.qtype == "match" else mq.qtype
    q = sub(parent, "question", type=qtype)
    _text(q, "name", mq.name, None)
    qt = _text(q, "questiontext", mq.text)
    for name, content in sorted(files.items()):
        sub(qt, "file", base64.b64encode(content).decode("ascii"), name=name, path="/",
            encoding="base64")
    _text(q, "generalfeedback", mq.general_feedback)
    sub(q, "defaultgrade", f"{mq.mark:.7f}")
    sub(q, "penalty", "0.0000000")
    sub(q, "hidden", "0")
    sub(q, "idnumber", "")

    def combined() -> None:
        _text(q, "correctfeedback", mq.correct_feedback)
        _text(q, "partiallycorrectfeedback", mq.partial_feedback)
        _text(q, "incorrectfeedback", mq.incorrect_feedback)
        sub(q, "shownumcorrect")

    def answers(fmt: str) -> None:
        for a in mq.answers:
            ans = sub(q, "answer", fraction=_percent(a.fraction), format=fmt)
            sub(ans, "text", a.text)
            _text(ans, "feedback", a.feedback)
            if a.tolerance is not None:
                sub(ans, "tolerance", f"{a.tolerance:g}")

    if mq.qtype == "multichoice":
        sub(q, "single", _flag(mq.single))
        sub(q, "shuffleanswers", _flag(mq.shuffle))
        sub(q, "answernumbering", "abc")
        sub(q, "showstandardinstruction", "1")
        combined()
        answers("html")
    elif mq.qtype == "truefalse":
        for a in mq.answers:
            ans = sub(q, "answer", fraction=_percent(a.fraction), format="moodle_auto_format")
            sub(ans, "text", a.text.lower())
            _text(ans, "feedback", a.feedback)
    elif mq.qtype == "shortanswer":
        sub(q, "usecase", "1" if mq.case_sensitive else "0")
        answers("moodle_auto_format")
    elif mq.qtype == "numerical":
        answers("moodle_auto_format")
        sub(q, "unitgradingtype", "0")
        sub(q, "unitpenalty", "0.1000000")
        sub(q, "showunits", "3")
        sub(q, "unitsleft", "0")
    elif mq.qtype == "match":
        sub(q, "shuffleanswers", "true")
        combined()
        for prompt, answer in mq.subquestions:
            sq = _text(q, "subquestion", prompt)
            sub(sub(sq, "answer"), "text", answer)
    elif mq.qtype == "ddwtos":
        sub(q, "shuffleanswers", "1")
        combined()
        for item in mq.drag_items:
            box = sub(q, "dragbox")
            sub(box, "text", item)
            sub(box, "group", "1")
    elif mq.qtype == "essay":
        sub(q, "responseformat", "editor")
        sub(q, "responserequired", "1")
        sub(q, "responsefieldlines", "10")
        sub(q, "attachments", "0")
        sub(q, "attachmentsrequired", "0")
        _text(q, "graderinfo", mq.grader_info)
        _text(q, "responsetemplate", "")


def moodle_xml(course: Course, media_dir: Path) -> bytes:
    """Every quiz of ``course`` as one Moodle XML document (a category per quiz)."""
    media_map, media_files = build_media_map(course, media_dir)
    packaged: dict[str, Path | bytes] = dict(media_files)
    root = element("quiz")
    for _, lesson, block in course.quizzes():
        quiz = block.quiz
        cat = sub(root, "question", type="category")
        title = (quiz.title or lesson.title or "Quiz").replace("/", "-")
        _text(cat, "category", f"$course$/top/{title}", None)
        _text(cat, "info", f"Questions of the quiz '{quiz.title}' (Studio).", "moodle_auto_format")
        for n, q in enumerate(quiz.questions, start=1):
            mq = moodle_question(n, q, quiz.shuffle_choices)
            mq.text, files = _embed(rewrite_asset_refs(mq.text, media_map), packaged)
            question_element(root, mq, files)
    return to_bytes(root)


def export_moodle_xml(course: Course, media_dir: Path, out_path: Path, options: MoodleXmlOptions,
                      progress: Progress) -> ExportReport:
    data = moodle_xml(course, media_dir)
    atomic_write_bytes(Path(out_path), data)
    report = ExportReport(path=Path(out_path), format="moodle-xml", size=len(data), files=1)
    if not any(True for _ in course.quizzes()):
        report.warnings.append("the course has no quiz: the file holds no question")
    report.dropped.append("moodle-xml: quiz settings (attempts, pass mark, draw N) are not part of "
                          "a question file; use the Moodle backup (--format moodle) for them")
    progress.update(1.0, "Moodle XML written")
    return report


SPEC = ExporterSpec(
    name="moodle-xml",
    extension=".xml",
    description="Moodle XML questions (every quiz as a category, native question types, "
    "images embedded)",
    options_type=MoodleXmlOptions,
    export=export_moodle_xml,
    label="Moodle XML questions",
)
