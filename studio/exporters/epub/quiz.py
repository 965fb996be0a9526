"""Quizzes in the book: readable without scripting, checkable where scripts run.

Each question is static XHTML (prompt, choices lettered A, B, C...) with a link
to its entry in the answer key, and each answer-key entry links back. The
answer data for ``js/quiz.js`` sits in a JSON data block; that script adds
inputs and a "Check" button where the reader runs scripts (progressive
enhancement), so only lesson documents that hold a quiz are ``scripted``.
Ordering questions list their items in a stable shuffled order, so the printed
question does not give its answer away.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from studio.exporters.epub.xhtml import esc, xml_id
from studio.exporters.render.quiz_data import choice_key, question_key, script_json, stable_shuffle
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
from studio.sanitize import sanitize_html

RichText = Callable[[str], str]  # sanitized-HTML rewriter for the current page

KIND_HINTS = {
    "single_choice": "Choose one answer.",
    "multiple_response": "Choose all the answers that apply.",
    "true_false": "True or false?",
    "fill_blank": "Write the missing word or words.",
    "numeric": "Give a number.",
    "matching": "Match each item with one answer (a letter).",
    "ordering": "Put the items in the right order.",
    "essay": "Write your answer in a few sentences.",
}


def letter(index: int) -> str:
    return choice_key(index).upper() if index < 26 else str(index + 1)


def _num(value: float) -> str:
    return f"{value:g}"


def _points(points: float) -> str:
    return f"{_num(points)} point" + ("" if points == 1 else "s")


@dataclass
class AnswerEntry:
    """One answer-key entry, collected while the lessons render."""

    qid: str  # XML id of the question in its lesson
    aid: str  # XML id of the answer in the answer key
    number: int
    lesson_href: str  # href of the lesson page, relative to the answer key page
    html: str


@dataclass
class AnswerSection:
    quiz_title: str
    lesson_title: str
    entries: list[AnswerEntry] = field(default_factory=list)


def _matching_options(q: MatchingQuestion) -> list[str]:
    answers = [p.answer for p in q.pairs] + list(q.distractors)
    return sorted(set(answers), key=str.casefold)


def _choices_list(texts: list[str]) -> str:
    items = "".join(
        f'<li><span class="letter">{letter(i)}.</span> {esc(t)}</li>' for i, t in enumerate(texts)
    )
    return f'<ol class="choices">{items}</ol>'


def _question_body(q: Question) -> str:
    if isinstance(q, SingleChoiceQuestion | MultipleResponseQuestion):
        return _choices_list([c.text for c in q.choices])
    if isinstance(q, TrueFalseQuestion):
        return _choices_list(["True", "False"])
    if isinstance(q, MatchingQuestion):
        rows = "".join(f"<li>{esc(p.prompt)}</li>" for p in q.pairs)
        return (
            f'<p class="match-label">Items:</p><ol class="match-items">{rows}</ol>'
            f'<p class="match-label">Answers:</p>{_choices_list(_matching_options(q))}'
        )
    if isinstance(q, OrderingQuestion):
        shown = stable_shuffle(list(enumerate(q.items)), q.id)
        return _choices_list([item.text for _, item in shown])
    return '<p class="answer-space">Your answer: ____________________</p>'


def _answer_body(q: Question) -> str:
    """The right answer and every explanation the author wrote."""
    parts: list[str] = []
    if isinstance(q, SingleChoiceQuestion | MultipleResponseQuestion):
        right = [f"{letter(i)}. {esc(c.text)}" for i, c in enumerate(q.choices) if c.correct]
        parts.append(f"<p><strong>Answer:</strong> {'; '.join(right) or 'none'}</p>")
        notes = [
            f"<li><strong>{letter(i)}. {esc(c.text)}</strong>: {esc(c.feedback)}</li>"
            for i, c in enumerate(q.choices)
            if c.feedback.strip()
        ]
        if notes:
            parts.append(f'<ul class="choice-feedback">{"".join(notes)}</ul>')
    elif isinstance(q, TrueFalseQuestion):
        parts.append(f"<p><strong>Answer:</strong> {'A. True' if q.answer else 'B. False'}</p>")
        pairs = [("A. True", q.true_feedback), ("B. False", q.false_feedback)]
        tf = [f"<li><strong>{t}</strong>: {esc(f)}</li>" for t, f in pairs if f.strip()]
        if tf:
            parts.append(f'<ul class="choice-feedback">{"".join(tf)}</ul>')
    elif isinstance(q, FillBlankQuestion):
        accepted = " or ".join(f"“{esc(a)}”" for a in q.accepted) or "(none given)"
        case = " (capital letters matter)" if q.case_sensitive else ""
        parts.append(f"<p><strong>Answer:</strong> {accepted}{case}</p>")
    elif isinstance(q, NumericQuestion):
        if q.mode == "range":
            text = f"any number from {_num(q.low)} to {_num(q.high)}"
        elif q.tolerance:
            text = f"{_num(q.value)} (± {_num(q.tolerance)})"
        else:
            text = _num(q.value)
        parts.append(f"<p><strong>Answer:</strong> {esc(text)}</p>")
    elif isinstance(q, MatchingQuestion):
        options = _matching_options(q)
        rows = "".join(
            f"<li>{esc(p.prompt)}: {letter(options.index(p.answer))}. {esc(p.answer)}</li>"
            for p in q.pairs
        )
        parts.append(f"<p><strong>Answer:</strong></p><ol>{rows}</ol>")
    elif isinstance(q, OrderingQuestion):
        shown = stable_shuffle(list(enumerate(q.items)), q.id)
        position = {index: letter(i) for i, (index, _) in enumerate(shown)}
        rows = "".join(f"<li>{position[i]}. {esc(it.text)}</li>" for i, it in enumerate(q.items))
        parts.append(f"<p><strong>Answer, in order:</strong></p><ol>{rows}</ol>")
    elif isinstance(q, EssayQuestion):
        guidance = esc(q.guidance) if q.guidance.strip() else "Marked by your teacher."
        parts.append(f"<p><strong>What a good answer covers:</strong> {guidance}</p>")
    fb = q.feedback
    if fb.general.strip():
        parts.append(f"<p><strong>Explanation:</strong> {esc(fb.general)}</p>")
    if fb.correct.strip():
        parts.append(f"<p><strong>If you got it right:</strong> {esc(fb.correct)}</p>")
    if fb.incorrect.strip():
        parts.append(f"<p><strong>If not:</strong> {esc(fb.incorrect)}</p>")
    return "".join(parts)


def render_quiz(
    block_id: str,
    quiz: Quiz,
    rich: RichText,
    *,
    answers_href: str,
    lesson_href_from_answers: str,
    section: AnswerSection,
    times: dict[str, str] | None = None,
) -> str:
    """The quiz as static XHTML; appends one answer-key entry per question to ``section``.

    ``times`` (question id -> "m:ss"): a video's timed questions, each shown with its time."""
    qz = xml_id("quiz", block_id)
    out = [
        f'<section class="quiz" id="{qz}" aria-labelledby="{qz}-title" data-quiz="{qz}">',
        f'<h2 id="{qz}-title">{esc(quiz.title or "Quiz")}</h2>',
    ]
    if quiz.instructions.strip():
        out.append(f'<div class="instructions">{rich(sanitize_html(quiz.instructions))}</div>')
    count = len(quiz.questions)
    asked = " Each goes with the moment of the video shown beside it." if times else ""
    out.append(
        f'<p class="quiz-about">{count} question{"" if count == 1 else "s"}.{asked} '
        "Each question links to its answer and explanation in the answer key "
        "at the end of the book.</p>"
    )
    def at(q: Question) -> str:
        time = (times or {}).get(q.id)
        return f', at <span class="time">{esc(time)}</span>' if time else ""

    for number, q in enumerate(quiz.questions, start=1):
        qid = xml_id("q", block_id, q.id)
        aid = xml_id("a", block_id, q.id)
        out.append(
            f'<section class="question" id="{qid}" data-kind="{esc(q.KIND)}" '
            f'data-key="{esc(q.id)}" aria-labelledby="{qid}-h">'
            f'<h3 id="{qid}-h">Question {number}{at(q)} <span class="points">({_points(q.points)})</span></h3>'
            f'<div class="prompt">{rich(sanitize_html(q.prompt))}</div>'
            f'<p class="hint">{KIND_HINTS.get(q.KIND, "")}</p>'
            f"{_question_body(q)}"
            f'<p class="answer-link"><a href="{esc(answers_href)}#{aid}">'
            f"Answer to question {number}</a></p></section>"
        )
        section.entries.append(
            AnswerEntry(
                qid=qid,
                aid=aid,
                number=number,
                lesson_href=lesson_href_from_answers,
                html=_answer_body(q),
            )
        )
    key = {
        "questions": {q.id: _script_key(q) for q in quiz.questions},
    }
    out.append(f'<script type="application/json" class="quiz-key">{script_json(key)}</script>')
    out.append("</section>")
    return "".join(out)


def _script_key(q: Question) -> dict[str, object]:
    data = question_key(q)
    if isinstance(q, MatchingQuestion):
        data["options"] = len(_matching_options(q))
    if isinstance(q, OrderingQuestion):
        # The page shows the items shuffled: map each shown letter to its right position.
        shown = stable_shuffle(list(range(len(q.items))), q.id)
        data["order"] = [choice_key(shown.index(i)) for i in range(len(q.items))]
    return data


def render_answer_key(sections: list[AnswerSection]) -> str:
    """The body of the answer-key document."""
    out = ['<main id="answer-key" aria-labelledby="answer-key-title">',
           '<h1 id="answer-key-title">Answer key</h1>']  # fmt: skip
    for index, sec in enumerate(sections, start=1):
        sid = f"answers-{index}"
        out.append(f'<section aria-labelledby="{sid}">')
        out.append(
            f'<h2 id="{sid}">{esc(sec.quiz_title)} '
            f'<span class="lesson-name">({esc(sec.lesson_title)})</span></h2>'
        )
        for entry in sec.entries:
            out.append(
                f'<section class="answer" id="{entry.aid}" aria-labelledby="{entry.aid}-h">'
                f'<h3 id="{entry.aid}-h">Question {entry.number}</h3>{entry.html}'
                f'<p class="back-link"><a href="{esc(entry.lesson_href)}#{entry.qid}">'
                f"Back to question {entry.number}</a></p></section>"
            )
        out.append("</section>")
    out.append("</main>")
    return "\n".join(out)
