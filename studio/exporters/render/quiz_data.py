"""Quizzes for the player: the markup's view model and the JSON answer key.

The questions are rendered as HTML forms on the server side (readable and
operable before any script runs); the player reads the answer key from a
``<script type="application/json">`` block and scores, gives feedback, counts
attempts, shuffles and draws questions. Keys written into SCORM interactions
are short identifiers (``a``, ``b``... for choices, ``1``, ``2``... for match
prompts) valid in both SCORM 1.2 and 2004.
"""

from __future__ import annotations

import hashlib
import json
import string
from typing import Any

from studio.model import (
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
from studio.model.scoring import choice_weights, right_choices
from studio.sanitize import plain_text, sanitize_html

_KEYS = string.ascii_lowercase + string.digits


def choice_key(index: int) -> str:
    """``a``..``z``, ``0``..``9``, then ``aa``...: short, valid SCORM identifiers."""
    if index < len(_KEYS):
        return _KEYS[index]
    return choice_key(index // len(_KEYS) - 1) + _KEYS[index % len(_KEYS)]


def stable_shuffle(items: list[Any], seed: str) -> list[Any]:
    """A deterministic permutation (same course, same bytes) that differs from the input."""
    if len(items) < 2:
        return list(items)
    order = sorted(
        range(len(items)),
        key=lambda i: hashlib.sha256(f"{seed}:{i}".encode()).hexdigest(),
    )
    if order == list(range(len(items))):
        order = order[1:] + order[:1]
    return [items[i] for i in order]


def dom_id(*parts: str) -> str:
    return "--".join(parts)


def _choice_views(prefix: str, choices: list[Any]) -> list[dict[str, Any]]:
    return [
        {"id": dom_id(prefix, choice_key(i)), "key": choice_key(i), "text": c.text}
        for i, c in enumerate(choices)
    ]


def question_view(block_id: str, number: int, q: Question, media_rewrite: Any,
                  t: dict[str, str] | None = None) -> dict[str, Any]:
    """What the question template needs: ids, labels, sanitized prompt."""
    prefix = dom_id(block_id, q.id)
    view: dict[str, Any] = {
        "kind": q.KIND,
        "qid": q.id,
        "dom": prefix,
        "number": number,
        "points": q.points,
        "prompt": media_rewrite(sanitize_html(q.prompt)),
    }
    if isinstance(q, SingleChoiceQuestion | MultipleResponseQuestion):
        view["choices"] = _choice_views(prefix, q.choices)
    elif isinstance(q, TrueFalseQuestion):
        view["choices"] = [
            {"id": dom_id(prefix, "true"), "key": "true", "text": (t or {}).get("true", "True")},
            {"id": dom_id(prefix, "false"), "key": "false",
             "text": (t or {}).get("false", "False")},
        ]
    elif isinstance(q, MatchingQuestion):
        answers = [p.answer for p in q.pairs] + list(q.distractors)
        options = sorted({a for a in answers}, key=str.casefold)
        keys = {text: choice_key(i) for i, text in enumerate(options)}
        view["rows"] = [
            {"id": dom_id(prefix, str(i + 1)), "key": str(i + 1), "text": p.prompt}
            for i, p in enumerate(q.pairs)
        ]
        view["options"] = [{"key": keys[t], "text": t} for t in options]
    elif isinstance(q, OrderingQuestion):
        items = [
            {"id": dom_id(prefix, choice_key(i)), "key": choice_key(i), "text": it.text}
            for i, it in enumerate(q.items)
        ]
        view["items"] = stable_shuffle(items, q.id)
    elif isinstance(q, FillBlankQuestion | NumericQuestion | EssayQuestion):
        view["input_id"] = dom_id(prefix, "answer")
    return view


def question_key(q: Question) -> dict[str, Any]:
    """The answer key and feedback of one question, as the player scores it."""
    data: dict[str, Any] = {
        "id": q.id,
        "kind": q.KIND,
        "points": q.points,
        "text": plain_text(q.prompt)[:250],
        "feedback": {
            "correct": q.feedback.correct,
            "incorrect": q.feedback.incorrect,
            "general": q.feedback.general,
        },
    }
    if isinstance(q, SingleChoiceQuestion | MultipleResponseQuestion):
        # The player scores with the weights (studio.model.scoring), and shows and reports
        # the "correct" choices as the right answer.
        right = right_choices(q)
        data["choices"] = [
            {"key": choice_key(i), "correct": i in right, "feedback": c.feedback, "weight": w}
            for i, (c, w) in enumerate(zip(q.choices, choice_weights(q), strict=True))
        ]
    elif isinstance(q, TrueFalseQuestion):
        data["answer"] = q.answer
        data["choices"] = [
            {"key": "true", "correct": q.answer, "feedback": q.true_feedback},
            {"key": "false", "correct": not q.answer, "feedback": q.false_feedback},
        ]
    elif isinstance(q, FillBlankQuestion):
        data["accepted"] = list(q.accepted)
        data["caseSensitive"] = q.case_sensitive
    elif isinstance(q, NumericQuestion):
        data.update(mode=q.mode, value=q.value, tolerance=q.tolerance, low=q.low, high=q.high)
    elif isinstance(q, MatchingQuestion):
        answers = [p.answer for p in q.pairs] + list(q.distractors)
        options = sorted({a for a in answers}, key=str.casefold)
        keys = {text: choice_key(i) for i, text in enumerate(options)}
        data["pairs"] = [
            {"key": str(i + 1), "answer": keys[p.answer]} for i, p in enumerate(q.pairs)
        ]
    elif isinstance(q, OrderingQuestion):
        data["order"] = [choice_key(i) for i in range(len(q.items))]
    elif isinstance(q, EssayQuestion):
        data["scored"] = False
    return data


def quiz_key(block_id: str, quiz: Quiz) -> dict[str, Any]:
    return {
        "id": block_id,
        "title": quiz.title,
        "passing": quiz.passing_score,
        "attempts": quiz.attempts,
        "shuffleQuestions": quiz.shuffle_questions,
        "shuffleChoices": quiz.shuffle_choices,
        "draw": quiz.asked_count if quiz.draw else 0,
        "questions": [question_key(q) for q in quiz.questions],
    }


def scorable_points(quiz: Quiz) -> float:
    """Points the player can score automatically (essays are marked by a person)."""
    return sum(q.points for q in quiz.questions if not isinstance(q, EssayQuestion))


def script_json(data: Any) -> str:
    """JSON safe inside ``<script type="application/json">`` in HTML and XHTML.

    ``<``, ``>`` and ``&`` become ``\\u`` escapes, so no ``</script>`` or ``]]>``
    or entity can appear; U+2028/2029 are escaped for old JS parsers.
    """
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )
