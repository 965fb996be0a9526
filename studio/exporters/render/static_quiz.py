"""Answer keys for static quizzes (EPUB, print): the right answers in words."""

from __future__ import annotations

from typing import Any

from studio.model import (
    EssayQuestion,
    FillBlankQuestion,
    MatchingQuestion,
    MultipleResponseQuestion,
    NumericQuestion,
    OrderingQuestion,
    Question,
    QuizBlock,
    SingleChoiceQuestion,
    TrueFalseQuestion,
)
from studio.sanitize import plain_text


def _letters(indexes: list[int]) -> str:
    return ", ".join(f"({chr(ord('a') + i)})" if i < 26 else f"({i + 1})" for i in indexes)


def answer_text(q: Question) -> str:
    """The correct answer of a question, in plain words."""
    if isinstance(q, SingleChoiceQuestion | MultipleResponseQuestion):
        right = [i for i, c in enumerate(q.choices) if c.correct]
        words = "; ".join(q.choices[i].text for i in right)
        return f"{_letters(right)} {words}".strip()
    if isinstance(q, TrueFalseQuestion):
        return "True" if q.answer else "False"
    if isinstance(q, FillBlankQuestion):
        text = " or ".join(q.accepted) or "(no answer given)"
        return text + (" (capitals matter)" if q.case_sensitive else "")
    if isinstance(q, NumericQuestion):
        if q.mode == "range":
            return f"any number from {q.low:g} to {q.high:g}"
        if q.tolerance:
            return f"{q.value:g} (plus or minus {q.tolerance:g})"
        return f"{q.value:g}"
    if isinstance(q, MatchingQuestion):
        return "; ".join(f"{p.prompt}: {p.answer}" for p in q.pairs)
    if isinstance(q, OrderingQuestion):
        return ", then ".join(item.text for item in q.items)
    if isinstance(q, EssayQuestion):
        return q.guidance or "Answers vary; a person marks this question."
    return ""


def answer_key(block: QuizBlock, back_href: str = "") -> dict[str, Any]:
    """The view of one quiz's answer key for ``answer_key.html``."""
    answers = []
    for number, q in enumerate(block.quiz.questions, start=1):
        explanation = q.feedback.general
        answers.append(
            {
                "question": f"Question {number}: {plain_text(q.prompt)}",
                "answer": answer_text(q),
                "explanation": explanation,
            }
        )
    return {
        "id": block.id,
        "title": block.quiz.title or "Quiz",
        "answers": answers,
        "back_href": back_href,
    }
