"""Map Studio's question kinds onto the Common Cartridge QTI profile.

Five kinds map one to one (single choice, multiple response, true/false, fill
in the blank, essay). The profile has no numeric, matching or ordering items,
so each gets a documented conversion, chosen per target LMS by ``QtiPolicy``:

``numeric``
    ``"fib"``: fill-in-the-blank listing every accepted answer at the question's
    precision (97 +/- 1 -> 96, 96.0, 97, 97.0, 98, 98.0); when the range cannot be
    listed (too many values), an essay with a marking note giving the range.
    ``"drop"``: left out.
``matching``
    ``"split"``: one multiple-choice question per prompt, every answer (and
    distractor) offered, the points shared out. ``"drop"``: left out.
``ordering``
    ``"choice"``: one multiple-choice question "which order is right?" with the
    right order and up to three near misses (neighbours swapped), same points.
    ``"drop"``: left out.

Every conversion and drop is returned as a note for the export report. The
course itself is never changed: converted questions are new objects.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from decimal import Decimal
from html import escape
from typing import Literal

from studio.exporters.qti.items12 import ProfileQuestion
from studio.model.quiz import (
    Choice,
    EssayQuestion,
    Feedback,
    FillBlankQuestion,
    MatchingQuestion,
    MultipleResponseQuestion,
    NumericQuestion,
    OrderingQuestion,
    Question,
    Quiz,
    SingleChoiceQuestion,
    TrueFalseQuestion,
)
from studio.sanitize import plain_text

MAX_LISTED_NUMBERS = 41  # values a numeric answer may expand to before it becomes an essay
MAX_ORDER_OPTIONS = 4

NumericPolicy = Literal["fib", "drop"]
MatchingPolicy = Literal["split", "drop"]
OrderingPolicy = Literal["choice", "drop"]


@dataclass(frozen=True)
class QtiPolicy:
    """How kinds outside the CC QTI profile are written (see the module docstring)."""

    numeric: NumericPolicy = "fib"
    matching: MatchingPolicy = "split"
    ordering: OrderingPolicy = "choice"


@dataclass
class ProfileEntry:
    """One CC-profile item: its ident, the question it is built from, and its source."""

    ident: str
    question: ProfileQuestion
    source: Question


def _decimals(x: float) -> int:
    exponent = Decimal(repr(float(x))).normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def number_forms(x: Decimal, places: int) -> list[str]:
    """The ways a learner may type ``x``: 97 -> 97, 97.0; 2.50 -> 2.5, 2.50."""
    candidates = [format(x.normalize(), "f"), f"{x:.{places}f}"]
    if places == 0:
        candidates.append(f"{x:.1f}")
    forms: list[str] = []
    for form in candidates:
        if form not in forms:
            forms.append(form)
    return forms


def accepted_numbers(q: NumericQuestion) -> list[str] | None:
    """Every accepted answer at the question's precision, or None if too many."""
    def dec(x: float) -> Decimal:
        return Decimal(repr(float(x)))

    if q.mode == "range":
        low, high = dec(q.low), dec(q.high)
        places = max(_decimals(q.low), _decimals(q.high))
    else:
        low, high = dec(q.value) - dec(q.tolerance), dec(q.value) + dec(q.tolerance)
        places = max(_decimals(q.value), _decimals(q.tolerance))
    if low > high:
        return None
    step = Decimal(1).scaleb(-places)
    start = low.quantize(step)
    if start < low:
        start += step
    stop = high.quantize(step)
    if stop > high:
        stop -= step
    count = int((stop - start) / step) + 1 if stop >= start else 0
    if count <= 0 or count > MAX_LISTED_NUMBERS:
        return None
    forms: list[str] = []
    for i in range(count):
        for form in number_forms(start + step * i, places):
            if form not in forms:
                forms.append(form)
    return forms


def _numeric_range_text(q: NumericQuestion) -> str:
    if q.mode == "range":
        return f"any value from {q.low:g} to {q.high:g}"
    return f"{q.value:g} (plus or minus {q.tolerance:g})"


def _stable_rotation(seed: str, n: int) -> int:
    return int(hashlib.sha256(seed.encode("utf-8")).hexdigest()[:8], 16) % max(1, n)


def whole_shares(points: float, parts: int) -> list[float]:
    """Whole-number points for ``parts`` items (LMSs truncate fractional cc_weighting):
    the points shared out as evenly as whole numbers allow, each at least 1."""
    total = max(parts, round(points))
    base, extra = divmod(total, parts) if parts else (0, 0)
    return [float(base + (1 if i < extra else 0)) for i in range(parts)]


def split_matching(q: MatchingQuestion) -> list[SingleChoiceQuestion]:
    answers = [p.answer for p in q.pairs] + list(q.distractors)
    unique: list[str] = []
    for a in answers:
        if a not in unique:
            unique.append(a)
    shares = whole_shares(q.points, len(q.pairs))
    parts = []
    for i, (pair, share) in enumerate(zip(q.pairs, shares, strict=True), start=1):
        choices = [
            Choice(text=a, correct=(a == pair.answer), id=f"{q.id}-{i}-c{j}")
            for j, a in enumerate(unique, start=1)
        ]
        prompt = f"{q.prompt}<p><strong>{escape(plain_text(pair.prompt) or pair.prompt)}</strong></p>"
        parts.append(
            SingleChoiceQuestion(
                prompt=prompt, choices=choices, points=share,
                feedback=Feedback(q.feedback.correct, q.feedback.incorrect, q.feedback.general),
                id=f"{q.id}-{i}",
            )
        )
    return parts


def order_as_choice(q: OrderingQuestion) -> SingleChoiceQuestion:
    texts = [plain_text(item.text) or item.text for item in q.items]
    orders = [list(texts)]
    for i in range(len(texts) - 1):
        if len(orders) >= MAX_ORDER_OPTIONS:
            break
        swapped = list(texts)
        swapped[i], swapped[i + 1] = swapped[i + 1], swapped[i]
        if swapped not in orders:
            orders.append(swapped)
    # Deterministic position for the right order (not always first).
    turn = _stable_rotation(q.id, len(orders))
    ordered = orders[turn:] + orders[:turn]
    choices = [
        Choice(text=" \u2192 ".join(order), correct=(order == texts), id=f"{q.id}-o{k}")
        for k, order in enumerate(ordered, start=1)
    ]
    return SingleChoiceQuestion(
        prompt=q.prompt + "<p>Which order is right?</p>", choices=choices, points=q.points,
        feedback=Feedback(q.feedback.correct, q.feedback.incorrect, q.feedback.general),
        id=q.id,
    )


def to_profile(quiz: Quiz, policy: QtiPolicy) -> tuple[list[ProfileEntry], list[str]]:
    """The quiz as CC-profile questions, plus one note per conversion or drop."""
    entries: list[ProfileEntry] = []
    notes: list[str] = []
    for n, q in enumerate(quiz.questions, start=1):
        where = f"quiz {quiz.title!r}, question {n} ({q.KIND})"
        if isinstance(
            q, SingleChoiceQuestion | MultipleResponseQuestion | TrueFalseQuestion
            | FillBlankQuestion | EssayQuestion,
        ):
            entries.append(ProfileEntry(q.id, q, q))
            if isinstance(q, SingleChoiceQuestion | MultipleResponseQuestion) and any(
                c.weight is not None and c.weight not in (0.0, 100.0) for c in q.choices
            ):
                notes.append(f"{where}: partial credit per choice is not in the CC QTI profile; "
                             "the LMS scores it right or wrong (the Moodle backup and SCORM "
                             "keep it)")
        elif isinstance(q, NumericQuestion):
            if policy.numeric == "drop":
                notes.append(f"{where}: dropped (numeric is not in the CC QTI profile)")
                continue
            forms = accepted_numbers(q)
            if forms is not None:
                fib = FillBlankQuestion(prompt=q.prompt, accepted=forms, points=q.points,
                                        feedback=q.feedback, id=q.id)
                entries.append(ProfileEntry(q.id, fib, q))
                notes.append(f"{where}: became fill-in-the-blank accepting "
                             f"{', '.join(forms)}")
            else:
                essay = EssayQuestion(
                    prompt=q.prompt, points=q.points, feedback=q.feedback, id=q.id,
                    guidance=f"Accept {_numeric_range_text(q)}.",
                )
                entries.append(ProfileEntry(q.id, essay, q))
                notes.append(f"{where}: became an essay marked by hand (accept "
                             f"{_numeric_range_text(q)}): too many values to list")
        elif isinstance(q, MatchingQuestion):
            if policy.matching == "drop" or not q.pairs:
                notes.append(f"{where}: dropped (matching is not in the CC QTI profile)")
                continue
            parts = split_matching(q)
            entries.extend(ProfileEntry(p.id, p, q) for p in parts)
            total = sum(p.points for p in parts)
            notes.append(f"{where}: split into {len(parts)} multiple-choice questions worth "
                         f"{', '.join(f'{p.points:g}' for p in parts)} point(s)"
                         + (f" ({total:g} in all instead of {q.points:g}: whole points only)"
                            if total != q.points else ""))
        elif isinstance(q, OrderingQuestion):
            if policy.ordering == "drop" or len(q.items) < 2:
                notes.append(f"{where}: dropped (ordering is not in the CC QTI profile)")
                continue
            entries.append(ProfileEntry(q.id, order_as_choice(q), q))
            notes.append(f"{where}: became one multiple-choice question "
                         "(choose the right order)")
    seen: set[str] = set()
    for entry in entries:
        # A question pasted twice keeps its id; QTI idents must differ within a file.
        n = 1
        while entry.ident in seen:
            n += 1
            entry.ident = f"{entry.question.id}-copy{n}"
        seen.add(entry.ident)
        if not float(entry.question.points).is_integer():
            notes.append(
                f"quiz {quiz.title!r}: item {entry.ident} is worth {entry.question.points:g} "
                "points; Moodle reads whole points only (cc_weighting) and will round it down"
            )
    return entries, notes
