"""Moodle GIFT questions -> Studio questions.

Handles what Moodle's own GIFT export writes: ``// question: N name: T``
comments, ``$CATEGORY:`` lines, ``::title::``, ``[html]``/``[moodle]``/
``[plain]``/``[markdown]`` text formats, escapes (``\\~ \\= \\# \\{ \\} \\:``),
per-answer ``#feedback``, ``####general feedback``, ``%weight%`` answers, and
answer blocks in the middle of the text ("missing word"). Kinds: multiple choice
(single and multiple response), true/false, short answer (fill in the blank),
numeric (tolerance and range), matching and essay. ``%weight%`` on a choice is its
partial credit (``Choice.weight``); as in Moodle, a question with an ``=`` answer is
single choice, one without is multiple response. Anything else (descriptions,
partial-credit short or numeric answers) is listed in the report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from studio.errors import ImportFormatError
from studio.importers.report import ImportReport
from studio.importers.spec import ImporterSpec, Probe, question_file
from studio.importers.textutil import parse_numeric_spec, prompt_html, to_plain
from studio.model.quiz import (
    Choice,
    EssayQuestion,
    Feedback,
    FillBlankQuestion,
    MatchingQuestion,
    MatchPair,
    MultipleResponseQuestion,
    NumericQuestion,
    Question,
    SingleChoiceQuestion,
    TrueFalseQuestion,
)

# Escaped specials become private-use characters while parsing, then come back.
_ESCAPES = {"\\\\": "\ue000", "\\~": "\ue001", "\\=": "\ue002", "\\#": "\ue003",
            "\\{": "\ue004", "\\}": "\ue005", "\\:": "\ue006", "\\n": "\n"}
_RESTORE = {v: k[1] for k, v in _ESCAPES.items() if k != "\\n"}
_FORMAT = re.compile(r"^\s*\[(html|moodle|plain|markdown)\]", re.IGNORECASE)
_TITLE = re.compile(r"^\s*::(.*?)::", re.DOTALL)
_WEIGHT = re.compile(r"^%(-?\d+(?:\.\d+)?)%")
_TF = re.compile(r"^(T|F|TRUE|FALSE)\s*(#.*)?$", re.IGNORECASE | re.DOTALL)


def _escape(text: str) -> str:
    for seq, mark in _ESCAPES.items():
        text = text.replace(seq, mark)
    return text


def _restore(text: str) -> str:
    for mark, char in _RESTORE.items():
        text = text.replace(mark, char)
    return text


@dataclass
class _Answer:
    marker: str  # "=" or "~"
    weight: float | None
    text: str
    feedback: str


def _split_feedback(text: str) -> tuple[str, str]:
    head, _, feedback = text.partition("#")
    return head, feedback


def _answers(body: str) -> list[_Answer]:
    answers: list[_Answer] = []
    for match in re.finditer(r"([=~])([^=~]*)", body):
        marker, rest = match.group(1), match.group(2)
        weight = None
        wmatch = _WEIGHT.match(rest.strip())
        if wmatch:
            weight = float(wmatch.group(1))
            rest = rest.strip()[wmatch.end():]
        text, feedback = _split_feedback(rest)
        answers.append(_Answer(marker, weight, text.strip(), feedback.strip()))
    return answers


class _Text:
    """Turns GIFT text of one format into prompt HTML or plain strings."""

    def __init__(self, fmt: str) -> None:
        self.fmt = {"moodle": "plain"}.get(fmt, fmt)

    def html(self, text: str) -> str:
        return prompt_html(_restore(text), self.fmt if self.fmt != "plain" else "plain")

    def plain(self, text: str) -> str:
        return to_plain(_restore(text))


def parse_gift(text: str, where: str, report: ImportReport) -> list[Question]:
    """Every question of a GIFT file; unmappable items are listed in ``report``."""
    text = _escape(text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n"))
    questions: list[Question] = []
    _parse_lines(text.split("\n"), 1, report, questions)
    if not questions and not report.skipped_entries:
        raise ImportFormatError(
            "no GIFT questions found",
            path=where,
            hint="GIFT questions look like: What is 2+2? {=4 ~3 ~5}",
        )
    return questions


def _parse_lines(
    lines: list[str], first: int, report: ImportReport, questions: list[Question]
) -> None:
    """Parse ``lines`` (numbered from ``first``) into ``questions``."""
    block: list[str] = []
    start = first
    for number, line in enumerate([*lines, ""], start=first):
        stripped = line.strip()
        if stripped.startswith("//"):
            continue
        if stripped.startswith("$CATEGORY:"):
            report.kept(f"line {number}", f"category {_restore(stripped[10:].strip())!r} ignored")
            continue
        if stripped:
            if not block:
                start = number
            block.append(line)
            # A block ends at a blank line, unless its answer braces are still open.
            continue
        if block and _open_braces("\n".join(block)):
            block.append(line)
            continue
        if block:
            question = _parse_block("\n".join(block), f"line {start}", report)
            if question is not None:
                questions.append(question)
            block = []
    if block:
        # The file ended inside an answer block: the '{' at ``start`` was never closed.
        # Say so, and read the questions after that block's first blank line normally.
        report.skipped(f"line {start}", "its answer block '{' is never closed: add the "
                       "matching '}' (the questions after it are read on their own)")
        blank = next((i for i, text in enumerate(block) if not text.strip()), None)
        if blank is not None:
            _parse_lines(block[blank + 1 :], start + blank + 1, report, questions)


def _open_braces(block: str) -> bool:
    return block.count("{") > block.count("}")


def _parse_block(block: str, where: str, report: ImportReport) -> Question | None:
    title = ""
    match = _TITLE.match(block)
    if match:
        title = _restore(match.group(1)).strip()
        block = block[match.end():]
    fmt = "plain"
    match = _FORMAT.match(block)
    if match:
        fmt = match.group(1).lower()
        block = block[match.end():]
    label = f"{where}" + (f" ({title})" if title else "")
    opening = block.find("{")
    closing = block.rfind("}")
    if opening < 0 or closing < opening:
        if block.strip():
            report.skipped(label, "text without an answer block (a Moodle 'description') skipped")
        return None
    before, body, after = block[:opening], block[opening + 1 : closing], block[closing + 1 :]
    fmt_body = _FORMAT.match(body)
    if fmt_body:
        body = body[fmt_body.end():]
    txt = _Text(fmt)
    general = ""
    if "####" in body:
        body, _, general = body.partition("####")
    blank = bool(after.strip())
    prompt_src = f"{before.rstrip()} ___ {after.lstrip()}" if blank else before.strip()
    prompt = txt.html(prompt_src)
    feedback = Feedback(general=txt.plain(general))
    try:
        return _build(body.strip(), prompt, feedback, txt, label, report)
    except (ValueError, OverflowError) as exc:
        report.skipped(label, f"could not read the answers ({exc})")
        return None


def _build(
    body: str, prompt: str, feedback: Feedback, txt: _Text, label: str, report: ImportReport
) -> Question | None:
    if not body:
        return EssayQuestion(prompt=prompt, feedback=feedback)
    if body.startswith("#"):
        return _numeric(body[1:], prompt, feedback, txt, label, report)
    tf = _TF.match(body)
    if tf:
        answer = tf.group(1).upper().startswith("T")
        pieces = (tf.group(2) or "").split("#")[1:]
        wrong = txt.plain(pieces[0]) if pieces else ""
        right = txt.plain(pieces[1]) if len(pieces) > 1 else ""
        return TrueFalseQuestion(
            prompt=prompt,
            answer=answer,
            true_feedback=right if answer else wrong,
            false_feedback=wrong if answer else right,
            feedback=feedback,
        )
    answers = _answers(body)
    if not answers:
        report.skipped(label, "the answer block has no answers")
        return None
    if "->" in body and all(a.marker == "=" for a in answers):
        pairs, distractors = [], []
        for a in answers:
            left, _, right = a.text.partition("->")
            if left.strip():
                pairs.append(MatchPair(txt.plain(left), txt.plain(right)))
            else:
                distractors.append(txt.plain(right))
        return MatchingQuestion(prompt=prompt, pairs=pairs, distractors=distractors, feedback=feedback)
    if all(a.marker == "=" for a in answers):
        accepted = [txt.plain(a.text) for a in answers if (a.weight is None or a.weight >= 100)]
        partial = [a for a in answers if a.weight is not None and a.weight < 100]
        if partial:
            report.skipped(label, f"{len(partial)} partial-credit answer(s) not kept")
        correct_fb = next((txt.plain(a.feedback) for a in answers if a.feedback), "")
        feedback.correct = correct_fb
        return FillBlankQuestion(prompt=prompt, accepted=accepted, feedback=feedback)
    return _choice_question(answers, prompt, feedback, txt, label, report)


def _choice_question(
    answers: list[_Answer], prompt: str, feedback: Feedback, txt: _Text, label: str,
    report: ImportReport,
) -> Question | None:
    """Moodle's rule: with an ``=`` answer it is single choice (other answers may carry
    ``%n%`` partial credit), without one it is multiple response weighted by ``%n%``."""
    single = any(a.marker == "=" for a in answers)
    weights = [a.weight if a.weight is not None else (100.0 if a.marker == "=" else 0.0)
               for a in answers]
    explicit = any(a.weight is not None for a in answers)
    best = max(weights)
    choices = []
    for a, w in zip(answers, weights, strict=True):
        correct = w == best if single else w > 0
        choices.append(Choice(txt.plain(a.text), correct, txt.plain(a.feedback),
                              weight=w if explicit else None))
    n_correct = sum(c.correct for c in choices)
    if n_correct == 0 or best <= 0:
        report.skipped(label, "multiple choice question without a correct answer")
        return None
    if single and n_correct > 1 and not explicit:
        # Several "=" answers: Studio asks for all of them (Moodle accepts any one).
        return MultipleResponseQuestion(prompt=prompt, choices=choices, feedback=feedback)
    if single:
        if n_correct > 1:  # several answers share the best credit: the first counts as "the" answer
            for c in choices[[c.correct for c in choices].index(True) + 1:]:
                c.correct = False
        return SingleChoiceQuestion(prompt=prompt, choices=choices, feedback=feedback)
    return MultipleResponseQuestion(prompt=prompt, choices=choices, feedback=feedback)


def _numeric(
    body: str, prompt: str, feedback: Feedback, txt: _Text, label: str, report: ImportReport
) -> Question | None:
    body = body.strip()
    specs: list[tuple[float | None, str, str]] = []
    if body.startswith("="):
        for ans in _answers(body):
            specs.append((ans.weight, ans.text, ans.feedback))
    else:
        value, fb = _split_feedback(body)
        specs.append((None, value, fb))
    for weight, value, fb in specs:
        if weight is not None and weight < 100:
            continue
        spec = parse_numeric_spec(_restore(value).replace("..", " .. "))
        if spec is None:
            continue
        mode, first, second = spec
        feedback.correct = txt.plain(fb)
        extra = len(specs) - 1
        if extra:
            report.skipped(label, f"{extra} alternative numeric answer(s) not kept")
        if mode == "range":
            return NumericQuestion(prompt=prompt, mode="range", low=first, high=second, feedback=feedback)
        return NumericQuestion(prompt=prompt, value=first, tolerance=second, feedback=feedback)
    report.skipped(label, "numeric answer not understood")
    return None


def _sniff(probe: Probe) -> int:
    if probe.archive is not None or probe.xml_like:
        return 0
    if probe.suffix == ".gift":
        return 80
    return 10 if "{" in probe.text and "}" in probe.text else 0  # braces: weak evidence


SPEC = ImporterSpec(
    name="gift", label="Moodle GIFT", description="Moodle's GIFT question text format",
    extensions=(".gift", ".txt"), kind="questions", sniff=_sniff,
    read=question_file(parse_gift),
)
