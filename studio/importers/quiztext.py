"""Studio's plain-text / Markdown quiz format: fast entry of every question kind.

A file is optional header lines (``Title:``, ``Instructions:``, ``Pass:``,
``Attempts:``, ``Shuffle:``) then numbered questions (``1.`` or ``1)``). Under a
question, its prompt (Markdown-lite, several lines allowed) is followed by
answer lines; the kind comes from them:

* ``*a) right`` / ``b) wrong``       single choice (several ``*`` = multiple response)
* ``[x] right`` / ``[ ] wrong``      multiple response
* ``b) %50% half right``             partial credit (-100..100 %) on any choice line
* ``Answer: true`` / ``false``       true/false
* ``Answer: 97 +- 1`` / ``99 .. 101``numeric (tolerance / range)
* ``Accept: text`` (repeatable)      fill in the blank (``Case sensitive: yes``)
* ``Match: left -> right``           matching (``Distractor: extra``)
* ``Order: item`` (repeatable)       ordering, in the correct order
* ``Essay:`` [guidance]              essay

``... text`` under a choice is that choice's feedback; ``Correct:``,
``Incorrect:``, ``Explanation:``, ``True feedback:``, ``False feedback:`` and
``Points:`` apply to the question. ``docs/import.md`` is the user guide.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from studio.errors import ImportFormatError
from studio.importers.content import ImportedContent, quiz_content, title_from
from studio.importers.report import ImportReport
from studio.importers.spec import ImporterSpec, Probe, ReadRequest, read_text
from studio.importers.textutil import markdown_to_html, parse_numeric_spec, to_float, truthy
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

_START = re.compile(r"^\s{0,3}(?:\d+[.)]|Q:)\s+(.*)$", re.IGNORECASE)
_CHOICE = re.compile(r"^\s*(\*?)\s*([a-zA-Z])\)\s+(.*)$")
_BOX = re.compile(r"^\s*(?:[-*]\s+)?\[([ xX*])\]\s+(.*)$")
_KEY = re.compile(
    r"^\s*(points|answer|accept|case sensitive|match|distractor|order|essay|correct|incorrect"
    r"|explanation|true feedback|false feedback)\s*:\s*(.*)$",
    re.IGNORECASE,
)
_HEADER = re.compile(r"^\s*(title|instructions|pass|attempts|shuffle)\s*:\s*(.*)$", re.IGNORECASE)
_CHOICE_FEEDBACK = re.compile(r"^\s*\.\.\.\s*(.*)$")
_WEIGHT = re.compile(r"^%(-?\d+(?:\.\d+)?)%\s*")


def _choice(text: str, correct: bool) -> Choice:
    """A choice, with its ``%n%`` partial credit if the text starts with one."""
    weight = _WEIGHT.match(text)
    if weight is None:
        return Choice(text, correct)
    value = float(weight.group(1))
    return Choice(text[weight.end():].strip(), correct or value > 0, weight=value)


@dataclass
class _Draft:
    where: str
    prompt: list[str] = field(default_factory=list)
    choices: list[Choice] = field(default_factory=list)
    boxes: bool = False
    keys: list[tuple[str, str, int]] = field(default_factory=list)
    answered: bool = False  # an answer line was seen: no more prompt text


def looks_like_quiztext(text: str) -> bool:
    lines = text.splitlines()
    starts = sum(1 for line in lines if _START.match(line))
    answers = sum(1 for line in lines if _CHOICE.match(line) or _BOX.match(line) or _KEY.match(line))
    return starts > 0 and answers > 0


def parse_quiztext(text: str, where: str, report: ImportReport) -> Quiz:
    """A quiz (title, settings, questions) from the quiz text format."""
    quiz = Quiz(title="")
    drafts: list[_Draft] = []
    lines = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for number, line in enumerate(lines, start=1):
        start = _START.match(line)
        if start:
            drafts.append(_Draft(f"line {number}", [start.group(1)]))
            continue
        if not drafts:
            _header(quiz, line, number, report)
            continue
        _line(drafts[-1], line, number, report)
    for draft in drafts:
        question = _build(draft, report)
        if question is not None:
            quiz.questions.append(question)
    if not quiz.questions and not report.skipped_entries:
        raise ImportFormatError(
            "no questions found in the quiz text",
            path=where,
            hint="Start each question with a number ('1. What is...?') and list its answers below.",
        )
    return quiz


def _header(quiz: Quiz, line: str, number: int, report: ImportReport) -> None:
    if not line.strip() or line.lstrip().startswith(("<!--", "//")):
        return
    match = _HEADER.match(line)
    heading = re.match(r"^\s*#\s+(.*)$", line)
    if heading and not quiz.title:
        quiz.title = heading.group(1).strip()
        return
    if not match:
        report.skipped(f"line {number}", "text before the first question ignored")
        return
    key, value = match.group(1).lower(), match.group(2).strip()
    try:
        if key == "title":
            quiz.title = value
        elif key == "instructions":
            quiz.instructions = markdown_to_html(value)
        elif key == "pass":
            quiz.passing_score = min(100.0, max(0.0, to_float(value.rstrip("% "))))
        elif key == "attempts":
            quiz.attempts = max(0, int(value))
        elif key == "shuffle":
            quiz.shuffle_choices = bool(truthy(value))
    except ValueError:
        report.skipped(f"line {number}", f"{key}: {value!r} is not a number")


def _line(draft: _Draft, line: str, number: int, report: ImportReport) -> None:
    feedback = _CHOICE_FEEDBACK.match(line)
    if feedback and draft.choices:
        draft.choices[-1].feedback = (draft.choices[-1].feedback + " " + feedback.group(1)).strip()
        return
    choice = _CHOICE.match(line)
    if choice:
        draft.choices.append(_choice(choice.group(3).strip(), choice.group(1) == "*"))
        draft.answered = True
        return
    box = _BOX.match(line)
    if box:
        draft.choices.append(_choice(box.group(2).strip(), box.group(1) != " "))
        draft.boxes = True
        draft.answered = True
        return
    key = _KEY.match(line)
    if key:
        draft.keys.append((key.group(1).lower(), key.group(2).strip(), number))
        draft.answered = True
        return
    if not draft.answered:
        draft.prompt.append(line)
    elif line.strip():
        report.skipped(f"line {number}", f"line not understood: {line.strip()[:60]!r}")


def _build(draft: _Draft, report: ImportReport) -> Question | None:
    prompt = markdown_to_html("\n".join(draft.prompt))
    fb = Feedback()
    points = 1.0
    values: dict[str, list[str]] = {}
    for key, value, number in draft.keys:
        if key == "points":
            try:
                points = max(0.0, to_float(value))
            except ValueError:
                report.skipped(f"line {number}", f"points {value!r} is not a number")
        elif key == "correct":
            fb.correct = value
        elif key == "incorrect":
            fb.incorrect = value
        elif key == "explanation":
            fb.general = value
        else:
            values.setdefault(key, []).append(value)
    where = draft.where
    if draft.choices:
        starred = [c for c in draft.choices if c.correct and (c.weight is None or c.weight >= 100)]
        if not draft.boxes and len(starred) == 1 and any(c.weight is not None for c in draft.choices):
            # One right answer plus partial credit: still single choice.
            for c in draft.choices:
                c.correct = c is starred[0]
            return SingleChoiceQuestion(prompt=prompt, choices=draft.choices, points=points, feedback=fb)
        n_correct = sum(c.correct for c in draft.choices)
        if draft.boxes or n_correct > 1:
            return MultipleResponseQuestion(prompt=prompt, choices=draft.choices, points=points, feedback=fb)
        if n_correct == 0:
            report.skipped(where, "no choice is marked correct (put * before the right one)")
            return None
        return SingleChoiceQuestion(prompt=prompt, choices=draft.choices, points=points, feedback=fb)
    if "answer" in values:
        answer = values["answer"][0]
        tf = truthy(answer) if answer.lower() not in ("1", "0") else None
        if tf is not None:
            return TrueFalseQuestion(
                prompt=prompt,
                answer=tf,
                true_feedback=" ".join(values.get("true feedback", [])),
                false_feedback=" ".join(values.get("false feedback", [])),
                points=points,
                feedback=fb,
            )
        spec = parse_numeric_spec(answer)
        if spec is None:
            report.skipped(where, f"Answer: {answer!r} is neither true/false nor a number")
            return None
        mode, a, b = spec
        if mode == "range":
            return NumericQuestion(prompt=prompt, mode="range", low=a, high=b, points=points, feedback=fb)
        return NumericQuestion(prompt=prompt, value=a, tolerance=b, points=points, feedback=fb)
    if "accept" in values:
        accepted = [a for v in values["accept"] for a in [v.strip()] if a]
        case = truthy(" ".join(values.get("case sensitive", ["no"]))) is True
        return FillBlankQuestion(prompt=prompt, accepted=accepted, case_sensitive=case, points=points, feedback=fb)
    if "match" in values:
        pairs = []
        for value in values["match"]:
            left, sep, right = value.partition("->")
            if not sep:
                report.skipped(where, f"Match: {value!r} needs 'left -> right'")
                continue
            pairs.append(MatchPair(left.strip(), right.strip()))
        return MatchingQuestion(
            prompt=prompt, pairs=pairs, distractors=values.get("distractor", []), points=points, feedback=fb
        )
    if "order" in values:
        items = [OrderItem(v) for v in values["order"]]
        return OrderingQuestion(prompt=prompt, items=items, points=points, feedback=fb)
    if "essay" in values:
        return EssayQuestion(prompt=prompt, guidance=" ".join(values["essay"]).strip(), points=points, feedback=fb)
    report.skipped(where, "question without answers (add choices, Answer:, Accept:, Match:, Order: or Essay:)")
    return None


def _sniff(probe: Probe) -> int:
    if probe.archive is not None or probe.xml_like:
        return 0
    return 60 if probe.suffix in (".md", ".markdown") or looks_like_quiztext(probe.text) else 0


def _read(request: ReadRequest) -> ImportedContent:
    quiz = parse_quiztext(read_text(request.source), request.where, request.report)
    quiz.title = quiz.title or title_from(request.source)
    return quiz_content(request.source, [quiz], request.report)


SPEC = ImporterSpec(
    name="quiztext", label="Studio quiz text", description="numbered questions in plain text or Markdown",
    extensions=(".txt", ".md", ".markdown"), kind="questions", sniff=_sniff, read=_read,
)
