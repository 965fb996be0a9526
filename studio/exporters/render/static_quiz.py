"""Answer keys for static quizzes (EPUB, print): the right answers in words.

This is the one place that writes a question's answer for learners to read: the
answer line, what the author wrote for each choice, and the explanations.
"""

from __future__ import annotations

from typing import Any

from studio import video_questions
from studio.exporters.render.quiz_data import dom_id, question_key, script_json
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
    VideoBlock,
)
from studio.sanitize import plain_text


def _letter(index: int) -> str:
    return f"({chr(ord('a') + index)})" if index < 26 else f"({index + 1})"


def _letters(indexes: list[int]) -> str:
    return ", ".join(_letter(i) for i in indexes)


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
        text = t["or"].join(f"“{a}”" for a in q.accepted) or t["no_answer"]
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


def choice_notes(q: Question, lang: str = "en") -> list[dict[str, str]]:
    """What the author wrote for each choice: ``{"choice", "feedback"}``."""
    t = learner_strings(lang)
    if isinstance(q, SingleChoiceQuestion | MultipleResponseQuestion):
        pairs = [(f"{_letter(i)} {c.text}", c.feedback) for i, c in enumerate(q.choices)]
    elif isinstance(q, TrueFalseQuestion):
        pairs = [(t["true"], q.true_feedback), (t["false"], q.false_feedback)]
    else:
        return []
    return [{"choice": label, "feedback": fb} for label, fb in pairs if fb.strip()]


def answer_view(q: Question, number: int, lang: str, anchor: str = "",
                back_href: str = "") -> dict[str, Any]:
    """One entry of an answer key: the answer, the choices' notes and the explanations."""
    t = learner_strings(lang)
    fb = q.feedback
    return {
        "id": anchor,
        "question": f"{t['question'].format(n=number)}: {plain_text(q.prompt)}",
        "answer": answer_text(q, lang),
        "choice_notes": choice_notes(q, lang),
        "explanation": fb.general,
        "if_right": fb.correct,
        "if_wrong": fb.incorrect,
        "back_href": back_href,
        "back_label": t["back_to_question"].format(n=number),
    }


def answer_anchor(question_dom: str) -> str:
    """The id of a question's entry in the answer key."""
    return f"answer--{question_dom}"


def _key(key_id: str, title: str, questions: list[tuple[str, Question]], lesson_href: str,
         lang: str, back_href: str, per_question: bool) -> dict[str, Any]:
    """``questions``: (DOM id of the question in its page, question), in order."""
    answers = [
        answer_view(q, number, lang,
                    anchor=answer_anchor(dom) if per_question else "",
                    back_href=f"{lesson_href}#{dom}" if per_question else "")
        for number, (dom, q) in enumerate(questions, start=1)
    ]  # fmt: skip
    return {"id": key_id, "title": title, "answers": answers, "back_href": back_href}


def answer_key(block: QuizBlock, back_href: str = "", lang: str = "en",
               lesson_href: str = "", per_question: bool = False) -> dict[str, Any]:
    """The view of one quiz's answer key for ``answer_key.html``.

    ``per_question``: every answer has its own anchor and a link back to its question in
    ``lesson_href`` (the book's answer key); else one link back to the quiz."""
    t = learner_strings(lang)
    questions = [(dom_id(block.id, q.id), q) for q in block.quiz.questions]
    return _key(block.id, block.quiz.title or t["quiz"], questions, lesson_href, lang,
                "" if per_question else back_href, per_question)


def timed_answer_key(block: VideoBlock, lesson_href: str, lang: str) -> dict[str, Any]:
    """The answer key of the questions that go with a video (static pages list them)."""
    t = learner_strings(lang)
    title = f"{t['timed_title']}: {block.title or t['video']}"
    questions = [(dom_id(block.id, tq.id), tq.question) for tq in video_questions.ordered(block)]
    return _key(f"{block.id}-timed", title, questions, lesson_href, lang, "", True)


_CHECK_STRINGS = ("check_answer", "correct", "not_quite", "answer_first", "your_answer",
                  "give_number", "answer_for_item", "position_of_item")


def check_key(block: QuizBlock | VideoBlock, views: list[dict[str, Any]], lang: str) -> str:
    """JSON for the book's checking script (``resources/epub/quiz.js``): each question's
    key by question id, and the words the script shows, in the course language."""
    if isinstance(block, QuizBlock):
        questions = list(block.quiz.questions)
    else:
        questions = [tq.question for tq in video_questions.ordered(block)]
    keys = {}
    for q, view in zip(questions, views, strict=True):
        data = question_key(q)
        if isinstance(q, OrderingQuestion):
            # The page lists the items shuffled; each shown item's key is its right position.
            data["order"] = [item["key"] for item in view["items"]]
        keys[q.id] = data
    t = learner_strings(lang)
    return script_json({"questions": keys, "t": {k: t[k] for k in _CHECK_STRINGS}})
