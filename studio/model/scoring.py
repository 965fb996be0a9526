"""How a question is scored: one rule for the player, SCORM, QTI and Moodle.

Every exporter writes these numbers and the learner player (``quiz.js``) computes
the same ones, so a learner gets the same grade wherever the quiz runs. The rules
are Moodle's own (so a Moodle backup grades exactly as the player does):

- single choice: the picked choice's weight (may be negative: a penalty);
- multiple response: the ticked choices' weights added up, kept within 0..100 %;
  without explicit weights each right choice weighs ``100/k`` (k right choices)
  and each wrong one ``-100/w`` (w wrong ones), so ticking every box scores 0;
- matching: the share of prompts given their right answer;
- ordering: the share of items put in their right place;
- true/false, fill in the blank, numeric: all or nothing; essays are marked by a person.

Weights are percents of the question's points; a fraction is a weight / 100.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from studio.model.quiz import (
    EssayQuestion,
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

ChoiceQuestion = SingleChoiceQuestion | MultipleResponseQuestion


def default_weight(q: ChoiceQuestion, correct: bool) -> float:
    """The weight of a choice that carries none, from its ``correct`` flag."""
    if isinstance(q, SingleChoiceQuestion):
        return 100.0 if correct else 0.0
    right = sum(1 for c in q.choices if c.correct)
    wrong = len(q.choices) - right
    if correct:
        return 100.0 / right
    return -100.0 / wrong if right else 0.0


def choice_weights(q: ChoiceQuestion) -> list[float]:
    """Each choice's weight in percent (explicit, else the kind's default)."""
    return [c.weight if c.weight is not None else default_weight(q, c.correct) for c in q.choices]


def has_partial_credit(q: Question) -> bool:
    """True when a choice question gives something other than all or nothing per choice."""
    if not isinstance(q, SingleChoiceQuestion | MultipleResponseQuestion):
        return False
    if isinstance(q, MultipleResponseQuestion):
        return True
    return any(w not in (0.0, 100.0) for w in choice_weights(q))


def right_choices(q: ChoiceQuestion) -> list[int]:
    """Indices of the choices that make the answer right (the SCORM/QTI correct response):
    the best-weighted choice of a single choice, every positive one of a multiple response."""
    weights = choice_weights(q)
    if not weights:
        return []
    if isinstance(q, SingleChoiceQuestion):
        best = max(weights)
        return [i for i, w in enumerate(weights) if w == best and w > 0][:1]
    return [i for i, w in enumerate(weights) if w > 0]


def normalise_text(text: str) -> str:
    return " ".join(str(text).split())


def parse_number(text: str) -> float | None:
    """What the player accepts as a number: spaces removed, a decimal comma allowed."""
    t = "".join(str(text).split()).replace(",", ".", 1)
    try:
        return float(t)
    except ValueError:
        return None


def question_fraction(q: Question, response: Any) -> float | None:
    """The share of ``q``'s points a response earns (None: a person marks it).

    Responses: a choice index (single), a collection of indices (multiple), a bool
    (true/false), text (fill in the blank, numeric), a mapping prompt index ->
    answer text (matching), a sequence of item indices in the learner's order
    (ordering). ``None`` is no answer.
    """
    if isinstance(q, EssayQuestion):
        return None
    if response is None:
        return 0.0
    if isinstance(q, SingleChoiceQuestion):
        return float(choice_weights(q)[int(response)]) / 100.0
    if isinstance(q, MultipleResponseQuestion):
        weights = choice_weights(q)
        total = float(sum(weights[i] for i in set(response))) / 100.0
        return min(1.0, max(0.0, total))
    if isinstance(q, TrueFalseQuestion):
        return 1.0 if bool(response) == q.answer else 0.0
    if isinstance(q, FillBlankQuestion):
        given = normalise_text(response)
        for accepted in q.accepted:
            a = normalise_text(accepted)
            if given and (a == given if q.case_sensitive else a.casefold() == given.casefold()):
                return 1.0
        return 0.0
    if isinstance(q, NumericQuestion):
        x = parse_number(response)
        return 1.0 if x is not None and q.accepts(x) else 0.0
    if isinstance(q, MatchingQuestion):
        answers: Mapping[int, str] = response
        if not q.pairs:
            return 0.0
        right = sum(1 for i, p in enumerate(q.pairs) if answers.get(i) == p.answer)
        return right / len(q.pairs)
    if isinstance(q, OrderingQuestion):
        order: Sequence[int] = response
        if not q.items:
            return 0.0
        return sum(1 for pos, i in enumerate(order) if pos == i) / len(q.items)
    raise TypeError(f"unknown question kind {type(q).__name__}")


def quiz_score(quiz: Quiz, responses: Mapping[str, Any]) -> tuple[float, float]:
    """(points earned, points possible) for responses by question id, as the player and
    Moodle's gradebook count them: essays left out, the total never below 0."""
    earned = possible = 0.0
    for q in quiz.questions:
        fraction = question_fraction(q, responses.get(q.id))
        if fraction is None:
            continue
        possible += q.points
        earned += fraction * q.points
    return max(0.0, earned), possible
