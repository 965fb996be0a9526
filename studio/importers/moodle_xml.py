"""Moodle XML questions -> Studio quizzes (one quiz per category, or one for the file).

Reads what Moodle 4.1's "Export questions > Moodle XML" writes and what
``studio.exporters.moodle.moodle_xml`` writes: multichoice (single, with each
answer's fraction as the choice's weight; multiple), truefalse, shortanswer,
numerical (the first full-marks answer and its tolerance), matching, ddwtos in
Studio's ordering shape (a numbered list of gaps, one group), essay. Images
embedded as base64 ``<file>`` elements become project media. Other types
(calculated, cloze, drag and drop onto images...) are listed in the report.
"""

from __future__ import annotations

import base64
import binascii
import re
from pathlib import Path

from lxml import etree

from studio.errors import ImportFormatError
from studio.exporters.xml import parse_safely
from studio.importers.content import CourseInfo, ImportedContent, MediaFiles
from studio.importers.report import ImportReport
from studio.importers.spec import ImporterSpec, Probe, ReadRequest
from studio.importers.textutil import to_plain
from studio.model.quiz import (
    Choice,
    EssayQuestion,
    Feedback,
    FillBlankQuestion,
    MatchingQuestion,
    MatchPair,
    MultipleResponseQuestion,
    NumericQuestion,
    OrderingQuestion,
    OrderItem,
    Question,
    Quiz,
    SingleChoiceQuestion,
    TrueFalseQuestion,
)
from studio.sanitize import sanitize_html

_GAP = re.compile(r"\[\[(\d+)\]\]")
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]")


def looks_like_moodle_xml(head: str) -> bool:
    return "<quiz" in head and "<question" in head and "type=" in head


def _text(el: etree._Element | None, path: str = "text") -> str:
    if el is None:
        return ""
    found = el.find(path)
    return (found.text or "") if found is not None else ""


class _Reader:
    def __init__(self, source: Path, workdir: Path, report: ImportReport) -> None:
        self.source = source
        self.workdir = workdir
        self.report = report
        self.media = MediaFiles()

    def html(self, el: etree._Element | None) -> str:
        """The element's HTML text, its embedded files stored as media (``asset:`` links)."""
        if el is None:
            return ""
        text = _text(el)
        fmt = el.get("format", "html")
        if fmt in ("plain_text", "moodle_auto_format", "markdown") and "<" not in text:
            from html import escape

            text = "".join(f"<p>{escape(p)}</p>" for p in text.split("\n\n") if p.strip())
        for f in el.findall("file"):
            name = f.get("name") or ""
            try:
                data = base64.b64decode((f.text or "").strip(), validate=False)
            except (binascii.Error, ValueError):
                self.report.skipped(name, "an embedded file is not valid base64; left out")
                continue
            stored = self.workdir / f"moodle-{len(self.media.files)}-{_SAFE_NAME.sub('_', name)}"
            stored.write_bytes(data)
            asset = self.media.add(stored)
            for ref in (f"@@PLUGINFILE@@/{name}", f"@@PLUGINFILE@@{f.get('path', '/')}{name}"):
                text = text.replace(ref, f"asset:{asset}")
        return sanitize_html(text)

    def plain(self, el: etree._Element | None) -> str:
        return to_plain(_text(el)) if el is not None else ""

    def feedback(self, q: etree._Element) -> Feedback:
        return Feedback(correct=self.plain(q.find("correctfeedback")),
                        incorrect=self.plain(q.find("incorrectfeedback")),
                        general=self.plain(q.find("generalfeedback")))

    def question(self, q: etree._Element, where: str) -> Question | None:
        qtype = q.get("type", "")
        prompt = self.html(q.find("questiontext"))
        try:
            points = max(0.0, float(_text(q, "defaultgrade") or q.findtext("defaultgrade") or 1))
        except ValueError:
            points = 1.0
        fb = self.feedback(q)
        answers = [(float(a.get("fraction", "0")) / 100.0, a) for a in q.findall("answer")]
        if qtype == "multichoice":
            single = (q.findtext("single") or "true").strip().lower() in ("true", "1")
            choices = [Choice(self.plain(a), False, self.plain(a.find("feedback")),
                              weight=round(frac * 100, 5)) for frac, a in answers]
            if single:
                best = max((c.weight or 0.0 for c in choices), default=0.0)
                first = next((c for c in choices if c.weight == best and best > 0), None)
                if first is None:
                    self.report.skipped(where, "no answer gives marks")
                    return None
                first.correct = True
                return SingleChoiceQuestion(prompt=prompt, choices=choices, points=points,
                                            feedback=fb)
            for c in choices:
                c.correct = (c.weight or 0.0) > 0
            return MultipleResponseQuestion(prompt=prompt, choices=choices, points=points,
                                            feedback=fb)
        if qtype == "truefalse":
            truth = next((frac >= 1 for frac, a in answers
                          if _text(a).strip().lower() == "true"), True)
            feedback = {_text(a).strip().lower(): self.plain(a.find("feedback")) for _, a in answers}
            return TrueFalseQuestion(prompt=prompt, answer=truth, points=points, feedback=fb,
                                     true_feedback=feedback.get("true", ""),
                                     false_feedback=feedback.get("false", ""))
        if qtype == "shortanswer":
            accepted = [to_plain(_text(a)) for frac, a in answers if frac >= 1 and _text(a) != "*"]
            partial = [a for frac, a in answers if 0 < frac < 1]
            if partial:
                self.report.skipped(where, f"{len(partial)} partial-credit answer(s) not kept")
            if not accepted:
                self.report.skipped(where, "short answer without a full-marks answer")
                return None
            full = next((a for frac, a in answers if frac >= 1), None)
            wrong = next((a for frac, a in answers if _text(a) == "*"), None)
            fb.correct = fb.correct or self.plain(full.find("feedback") if full is not None else None)
            fb.incorrect = fb.incorrect or self.plain(wrong.find("feedback") if wrong is not None else None)
            return FillBlankQuestion(prompt=prompt, accepted=accepted, points=points, feedback=fb,
                                     case_sensitive=(q.findtext("usecase") or "0").strip() == "1")
        if qtype == "numerical":
            for frac, a in answers:
                if frac >= 1 and _text(a) != "*":
                    value = float(_text(a))
                    tolerance = abs(float(a.findtext("tolerance") or 0))
                    if len(answers) > 1:
                        self.report.kept(where, "only the full-marks answer is kept")
                    return NumericQuestion(prompt=prompt, value=value, tolerance=tolerance,
                                           points=points, feedback=fb)
            self.report.skipped(where, "numerical question without a full-marks answer")
            return None
        if qtype == "matching":
            pairs, distractors = [], []
            for sq in q.findall("subquestion"):
                left = self.plain(sq)
                right = to_plain(_text(sq, "answer/text"))
                if left:
                    pairs.append(MatchPair(left, right))
                elif right:
                    distractors.append(right)
            return MatchingQuestion(prompt=prompt, pairs=pairs, distractors=distractors,
                                    points=points, feedback=fb)
        if qtype == "ddwtos":
            return self.ordering(q, prompt, points, fb, where)
        if qtype == "essay":
            return EssayQuestion(prompt=prompt, guidance=self.plain(q.find("graderinfo")),
                                 points=points, feedback=fb)
        self.report.skipped(where, f"Moodle question type {qtype!r} is not supported")
        return None

    def ordering(self, q: etree._Element, prompt: str, points: float, fb: Feedback,
                 where: str) -> Question | None:
        """A ddwtos whose gaps 1..n form one list and whose items share one group."""
        boxes = [to_plain(_text(b)) for b in q.findall("dragbox")]
        groups = {(b.findtext("group") or "1").strip() for b in q.findall("dragbox")}
        gaps = [int(g) for g in _GAP.findall(prompt)]
        if not boxes or len(groups) != 1 or gaps != list(range(1, len(boxes) + 1)):
            self.report.skipped(where, "drag-and-drop into text that is not an ordering "
                                "(one list of gaps) is not supported")
            return None
        doc = etree.fromstring(f"<div>{prompt}</div>")
        for ol in doc.iter("ol", "ul"):
            if _GAP.search("".join(ol.itertext())):
                ol.getparent().remove(ol)
                break
        text = "".join(etree.tostring(c, encoding="unicode") for c in doc)
        return OrderingQuestion(prompt=(doc.text or "") + text,
                                items=[OrderItem(b) for b in boxes], points=points, feedback=fb)


def read_moodle_xml(source: Path, workdir: Path, report: ImportReport) -> ImportedContent:
    """The quizzes of a Moodle XML file (a category starts a new quiz)."""
    root = parse_safely(source.read_bytes(), str(source), what="Moodle XML file")
    if root.tag != "quiz":
        raise ImportFormatError("not a Moodle XML question file (no <quiz> root)", path=source,
                                hint="Export the questions from Moodle as 'Moodle XML format'.")
    reader = _Reader(source, workdir, report)
    quizzes: list[Quiz] = []
    current = Quiz(title=source.stem.replace("_", " "))
    for n, q in enumerate(root.findall("question"), start=1):
        if q.get("type") == "category":
            path = _text(q.find("category")).strip("/")
            if current.questions:
                quizzes.append(current)
            current = Quiz(title=path.rsplit("/", 1)[-1] or current.title)
            continue
        where = f"question {n} ({_text(q.find('name')) or q.get('type')})"
        try:
            question = reader.question(q, where)
        except (ValueError, TypeError, etree.XMLSyntaxError) as exc:
            report.skipped(where, f"answers not understood ({exc})")
            continue
        if question is not None:
            current.questions.append(question)
    if current.questions:
        quizzes.append(current)
    if not quizzes:
        raise ImportFormatError("no question could be imported", path=source,
                                hint="Check that the file is a Moodle XML question export.")
    return ImportedContent(quizzes=quizzes, media=reader.media,
                           info=CourseInfo(title=quizzes[0].title))


def _sniff(probe: Probe) -> int:
    # Below the QTI markers (an XML file naming both is QTI).
    return 80 if probe.archive is None and probe.xml_like and looks_like_moodle_xml(probe.head) else 0


def _read(request: ReadRequest) -> ImportedContent:
    return read_moodle_xml(request.source, request.workdir, request.report)


SPEC = ImporterSpec(
    name="moodle-xml", label="Moodle XML questions", description="questions exported from Moodle "
    "as Moodle XML (one quiz per category)", extensions=(".xml",), kind="questions", sniff=_sniff,
    read=_read,
)
