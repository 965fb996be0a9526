"""Questions from a spreadsheet saved as CSV: one row per question.

Columns (header row required, names case-insensitive, order free; comma,
semicolon or tab separated): ``type``, ``question``, ``points``, ``answer``,
``option 1`` ... ``option N`` (any number, also ``option1``/``choice 1``),
``correct feedback``, ``incorrect feedback``, ``explanation``. What ``answer``
and the options mean depends on ``type``; see ``docs/import.md``.
"""

from __future__ import annotations

import csv
import io
import re

from studio.errors import ImportFormatError
from studio.importers.report import ImportReport
from studio.importers.spec import CERTAIN, ImporterSpec, Probe, question_file
from studio.importers.textutil import parse_numeric_spec, prompt_html, to_float, truthy
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
    SingleChoiceQuestion,
    TrueFalseQuestion,
)

KIND_ALIASES = {
    "single_choice": "single_choice", "mc": "single_choice", "multiple choice": "single_choice",
    "multiple_choice": "single_choice", "single choice": "single_choice",
    "multiple_response": "multiple_response", "mr": "multiple_response",
    "multiple response": "multiple_response", "multiple answers": "multiple_response",
    "true_false": "true_false", "tf": "true_false", "true/false": "true_false",
    "true false": "true_false",
    "fill_blank": "fill_blank", "fib": "fill_blank", "fill in the blank": "fill_blank",
    "short answer": "fill_blank", "short_answer": "fill_blank",
    "numeric": "numeric", "num": "numeric", "numerical": "numeric", "number": "numeric",
    "matching": "matching", "match": "matching",
    "ordering": "ordering", "order": "ordering", "sequence": "ordering",
    "essay": "essay",
}
_KINDS = {" ".join(k.replace("_", " ").split()): v for k, v in KIND_ALIASES.items()}
_OPTION = re.compile(r"^(?:option|choice|answer option)\s*_?(\d+)$")
MAX_ROWS = 10_000


def _norm(name: str) -> str:
    return " ".join(name.strip().lower().replace("_", " ").split())


def _list(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"[|;]", text) if p.strip()]


def parse_csv_questions(text: str, where: str, report: ImportReport) -> list[Question]:
    text = text.lstrip("\ufeff")
    # The header row decides the separator (the sniffer guesses wrong on short files).
    header_line = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=header_line.count)
    try:
        rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    except csv.Error as exc:
        raise ImportFormatError(f"the CSV file cannot be read ({exc})", path=where,
                                hint="Save the spreadsheet again as CSV (UTF-8).") from exc
    rows = [r for r in rows if any(c.strip() for c in r)]
    if len(rows) > MAX_ROWS:
        raise ImportFormatError(
            f"too many rows ({len(rows):,}; a CSV file holds at most {MAX_ROWS:,} questions)",
            path=where, hint=f"Split the file into parts of at most {MAX_ROWS:,} rows.",
        )
    if not rows:
        raise ImportFormatError("the CSV file is empty", path=where, hint="Add a header row and questions.")
    header = [_norm(h) for h in rows[0]]
    if "type" not in header or "question" not in header:
        raise ImportFormatError(
            "the CSV header must name at least the columns 'type' and 'question'",
            path=where,
            hint="The first row is the header: type, question, points, answer, option 1, option 2...",
        )
    options = sorted(
        ((int(m.group(1)), i) for i, h in enumerate(header) if (m := _OPTION.match(h))),
    )
    questions: list[Question] = []
    for number, row in enumerate(rows[1:], start=2):
        cells = {h: (row[i].strip() if i < len(row) else "") for i, h in enumerate(header)}
        opts = [row[i].strip() for _, i in options if i < len(row) and row[i].strip()]
        try:
            question = _row(cells, opts, f"line {number}", report)
        except (ValueError, OverflowError) as exc:
            report.skipped(f"line {number}", f"not understood ({exc})")
            continue
        if question is not None:
            questions.append(question)
    return questions


def _row(cells: dict[str, str], opts: list[str], where: str, report: ImportReport) -> Question | None:
    kind = _KINDS.get(_norm(cells.get("type", "")))
    if kind is None:
        report.skipped(where, f"unknown question type {cells.get('type', '')!r}")
        return None
    prompt = prompt_html(cells.get("question", ""))
    points = to_float(cells["points"]) if cells.get("points") else 1.0
    fb = Feedback(
        correct=cells.get("correct feedback", ""),
        incorrect=cells.get("incorrect feedback", ""),
        general=cells.get("explanation", "") or cells.get("general feedback", ""),
    )
    answer = cells.get("answer", "")
    common = {"prompt": prompt, "points": max(0.0, points), "feedback": fb}
    if kind in ("single_choice", "multiple_response"):
        wanted = set()
        for part in _list(answer) if kind == "multiple_response" else [answer.strip()]:
            if part.isdigit() and 1 <= int(part) <= len(opts):
                wanted.add(int(part) - 1)
            elif len(part) == 1 and part.isalpha() and ord(part.upper()) - 65 < len(opts):
                wanted.add(ord(part.upper()) - 65)
            else:
                wanted.update(i for i, o in enumerate(opts) if o == part)
        choices = [Choice(o, i in wanted) for i, o in enumerate(opts)]
        if not wanted or len(opts) < 2:
            report.skipped(where, "needs two options and an answer naming the correct one(s)")
            return None
        if kind == "single_choice" and len(wanted) == 1:
            return SingleChoiceQuestion(choices=choices, **common)  # type: ignore[arg-type]
        return MultipleResponseQuestion(choices=choices, **common)  # type: ignore[arg-type]
    if kind == "true_false":
        value = truthy(answer)
        if value is None:
            report.skipped(where, f"answer {answer!r} is not true or false")
            return None
        return TrueFalseQuestion(answer=value, **common)  # type: ignore[arg-type]
    if kind == "fill_blank":
        accepted = _list(answer) + opts
        if not accepted:
            report.skipped(where, "no accepted answer")
            return None
        case = truthy(cells.get("case sensitive", "")) is True
        return FillBlankQuestion(accepted=accepted, case_sensitive=case, **common)  # type: ignore[arg-type]
    if kind == "numeric":
        spec = parse_numeric_spec(answer)
        if spec is None:
            report.skipped(where, f"answer {answer!r} is not a number, 'N +- T' or 'LOW .. HIGH'")
            return None
        mode, a, b = spec
        if mode == "range":
            return NumericQuestion(mode="range", low=a, high=b, **common)  # type: ignore[arg-type]
        return NumericQuestion(value=a, tolerance=b, **common)  # type: ignore[arg-type]
    if kind == "matching":
        pairs, distractors = [], []
        for o in opts:
            left, sep, right = o.partition("->")
            if sep:
                pairs.append(MatchPair(left.strip(), right.strip()))
            else:
                distractors.append(o)
        if not pairs:
            report.skipped(where, "matching needs options written 'left -> right'")
            return None
        return MatchingQuestion(pairs=pairs, distractors=distractors, **common)  # type: ignore[arg-type]
    if kind == "ordering":
        if len(opts) < 2:
            report.skipped(where, "ordering needs at least two options")
            return None
        return OrderingQuestion(items=[OrderItem(o) for o in opts], **common)  # type: ignore[arg-type]
    return EssayQuestion(guidance=answer, **common)  # type: ignore[arg-type]


def _sniff(probe: Probe) -> int:
    return CERTAIN if probe.archive is None and probe.suffix == ".csv" else 0


SPEC = ImporterSpec(
    name="csv", label="CSV questions", description="one question per spreadsheet row",
    extensions=(".csv",), kind="questions", sniff=_sniff,
    read=question_file(parse_csv_questions),
)
