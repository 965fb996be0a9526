"""Answer keys for static quizzes (EPUB, print): the right answers in words."""

from __future__ import annotations

from typing import Any

from studio.exporters.render.strings import learner_strings
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


def answer_text(q: Question, lang: str = "en") -> str:
    """The correct answer of a question, in plain words of the course language."""
    t = learner_strings(lang)
    if isinstance(q, SingleChoiceQuestion | MultipleResponseQuestion):
        right = [i for i, c in enumerate(q.choices) if c.correct]
        words = "; ".join(q.choices[i].text for i in right)
        return f"{_letters(right)} {words}".strip()
    if isinstance(q, TrueFalseQuestion):
        return t["true"] if q.answer else t["false"]
    if isinstance(q, FillBlankQuestion):
        text = t["or"].join(q.accepted) or t["no_answer"]
        return text + (t["capitals_matter"] if q.case_sensitive else "")
    if isinstance(q, NumericQuestion):
        if q.mode == "range":
            return t["any_number"].format(low=f"{q.low:g}", high=f"{q.high:g}")
        if q.tolerance:
            return t["plus_minus"].format(value=f"{q.value:g}", tolerance=f"{q.tolerance:g}")
        return f"{q.value:g}"
    if isinstance(q, MatchingQuestion):
        return "; ".join(f"{p.prompt}: {p.answer}" for p in q.pairs)
    if isinstance(q, OrderingQuestion):
        return t["then"].join(item.text for item in q.items)
    if isinstance(q, EssayQuestion):
        return q.guidance or t["answers_vary"]
    return ""


def answer_key(block: QuizBlock, back_href: str = "", lang: str = "en") -> dict[str, Any]:
    """The view of one quiz's answer key for ``answer_key.html``."""
    t = learner_strings(lang)
    answers = []
    for number, q in enumerate(block.quiz.questions, start=1):
        explanation = q.feedback.general
        answers.append(
            {
                "question": f"{t['question'].format(n=number)}: {plain_text(q.prompt)}",
                "answer": answer_text(q, lang),
                "explanation": explanation,
            }
        )
    return {
        "id": block.id,
        "title": block.quiz.title or t["quiz"],
        "answers": answers,
        "back_href": back_href,
    }
