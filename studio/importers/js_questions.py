"""Questions kept as plain data in a player's scripts (see ``js_data``) -> Studio questions.

Players spell the same thing many ways: ``{question|q|prompt|text: ..., answers|choices|
options: [...], correct|answer|correctAnswer: 1 | "b" | "the text" | [0, 2] | true}``, or
choices as objects ``{text: ..., correct: true}``. Indexes are 0-based (JavaScript
arrays) unless only a 1-based reading fits. What cannot be read this way is reported.
"""

from __future__ import annotations

from typing import Any

from studio.importers.report import ImportReport
from studio.importers.textutil import prompt_html, to_plain, truthy
from studio.model.quiz import (
    Choice,
    Feedback,
    FillBlankQuestion,
    MultipleResponseQuestion,
    Question,
    SingleChoiceQuestion,
    TrueFalseQuestion,
)

PROMPT_KEYS = ("question", "q", "prompt", "stem", "query", "text", "title")
CHOICE_KEYS = ("answers", "choices", "options", "alternatives", "responses", "a")
CORRECT_KEYS = ("correct", "correctanswer", "correct_answer", "answer", "right", "solution",
                "correctindex", "key", "ans")
FEEDBACK_KEYS = ("feedback", "explanation", "rationale")
CHOICE_TEXT_KEYS = ("text", "answer", "label", "value", "choice", "option")
CHOICE_FLAG_KEYS = ("correct", "iscorrect", "is_correct", "right")


def _get(item: dict[str, Any], keys: tuple[str, ...]) -> Any:
    folded = {k.lower(): v for k, v in item.items()}
    return next((folded[k] for k in keys if k in folded), None)


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value) if isinstance(value, int | float) and not isinstance(value, bool) else ""


def question_list(value: Any) -> list[Any] | None:
    """The list of question records in a literal: itself, or under ``questions``/``items``."""
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        return value
    if isinstance(value, dict):
        for key in ("questions", "items", "quiz", "data"):
            inner = _get(value, (key,))
            found = question_list(inner)
            if found:
                return found
    return None


def _choice(raw: Any) -> tuple[str, bool | None]:
    if isinstance(raw, dict):
        flag = _get(raw, CHOICE_FLAG_KEYS)
        return _text(_get(raw, CHOICE_TEXT_KEYS)), (flag if isinstance(flag, bool) else None)
    return _text(raw), None


def _index(value: Any, texts: list[str]) -> int | None:
    """Which choice ``value`` names: an index, a letter, or the choice's own text."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float) and float(value).is_integer():
        n = int(value)
        if 0 <= n < len(texts):
            return n
        return n - 1 if n == len(texts) else None  # only a 1-based reading fits
    if isinstance(value, str):
        key = value.strip()
        if len(key) == 1 and key.isalpha() and ord(key.lower()) - 97 < len(texts):
            return ord(key.lower()) - 97
        if key.isdigit():
            return _index(int(key), texts)
        plain = [to_plain(t).casefold() for t in texts]
        if to_plain(key).casefold() in plain:
            return plain.index(to_plain(key).casefold())
    return None


def record_question(item: dict[str, Any]) -> Question | None:
    """One question record, or None when its shape is not one Studio reads."""
    prompt = prompt_html(_text(_get(item, PROMPT_KEYS)), "auto")
    if not prompt:
        return None
    feedback = Feedback(general=to_plain(_text(_get(item, FEEDBACK_KEYS))))
    raw_choices = _get(item, CHOICE_KEYS)
    correct = _get(item, CORRECT_KEYS)
    if isinstance(raw_choices, list) and raw_choices:
        pairs = [_choice(c) for c in raw_choices]
        texts = [t for t, _ in pairs]
        if any(not to_plain(t) for t in texts):
            return None
        flags = {i for i, (_, flag) in enumerate(pairs) if flag}
        if not flags:
            wanted = correct if isinstance(correct, list) else [correct]
            found = [_index(w, texts) for w in wanted if w is not None]
            if not found or None in found:
                return None
            flags = {i for i in found if i is not None}
        choices = [Choice(text=to_plain(t), correct=i in flags) for i, t in enumerate(texts)]
        if len(flags) == 1:
            return SingleChoiceQuestion(prompt=prompt, choices=choices, feedback=feedback)
        return MultipleResponseQuestion(prompt=prompt, choices=choices, feedback=feedback)
    if isinstance(correct, bool) or (isinstance(correct, str) and truthy(correct) is not None
                                     and correct.strip().lower() in ("true", "false")):
        answer = correct if isinstance(correct, bool) else bool(truthy(correct))
        return TrueFalseQuestion(prompt=prompt, answer=answer, feedback=feedback)
    accepted = [to_plain(_text(a)) for a in (correct if isinstance(correct, list) else [correct])]
    accepted = [a for a in accepted if a]
    if accepted:
        return FillBlankQuestion(prompt=prompt, accepted=accepted, feedback=feedback)
    return None


def questions_from_literal(value: Any, where: str, report: ImportReport) -> list[Question]:
    """The questions of one literal (empty when it holds no question records)."""
    records = question_list(value)
    if not records:
        return []
    read = [record_question(item) for item in records]
    questions = [q for q in read if q is not None]
    if questions:  # a list of questions: say which records were not
        for number, question in enumerate(read, 1):
            if question is None:
                report.skipped(f"{where} item {number}", "not a question Studio can read (no text, "
                               "choices or right answer it recognises)")
    return questions
