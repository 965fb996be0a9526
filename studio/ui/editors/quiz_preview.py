"""A question as the author's preview HTML: what the learner sees, plus the key.

Rendered in a QTextBrowser (Qt's rich-text subset, no QtWebEngine), so it uses
plain tables and symbols rather than form controls: ○/☐ for choices, a ✓ on the
right answers, and every feedback text where the learner would meet it. Pure
Python, no Qt: the quiz builder calls it after every edit.
"""

from __future__ import annotations

from html import escape

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
from studio.sanitize import sanitize_html

KIND_LABELS = {
    "single_choice": "Single choice",
    "multiple_response": "Multiple response",
    "true_false": "True / false",
    "fill_blank": "Fill in the blank",
    "numeric": "Numeric",
    "matching": "Matching",
    "ordering": "Ordering",
    "essay": "Essay",
}

_OK = '<span style="color:#1a7f37">✓</span>'


def _note(label: str, text: str) -> str:
    if not text.strip():
        return ""
    return f"<p><small><i>{escape(label)}:</i> {escape(text)}</small></p>"


def _choices_html(question: SingleChoiceQuestion | MultipleResponseQuestion) -> str:
    marker = "○" if isinstance(question, SingleChoiceQuestion) else "☐"
    rows = []
    for choice in question.choices:
        mark = _OK if choice.correct else ""
        feedback = (
            f"<br/><small><i>{escape(choice.feedback)}</i></small>"
            if choice.feedback.strip()
            else ""
        )
        rows.append(
            f"<tr><td>{marker}</td><td>{escape(choice.text) or '<i>(empty)</i>'}{feedback}</td>"
            f"<td>{mark}</td></tr>"
        )
    return '<table cellpadding="3">' + "".join(rows) + "</table>"


def _body(question: Question) -> str:
    if isinstance(question, SingleChoiceQuestion | MultipleResponseQuestion):
        return _choices_html(question)
    if isinstance(question, TrueFalseQuestion):
        t = _OK if question.answer else ""
        f = "" if question.answer else _OK
        return (
            f'<table cellpadding="3"><tr><td>○</td><td>True</td><td>{t}</td></tr>'
            f"<tr><td>○</td><td>False</td><td>{f}</td></tr></table>"
            + _note("If True is chosen", question.true_feedback)
            + _note("If False is chosen", question.false_feedback)
        )
    if isinstance(question, FillBlankQuestion):
        accepted = ", ".join(escape(a) for a in question.accepted) or "<i>(none yet)</i>"
        case = " (case-sensitive)" if question.case_sensitive else ""
        return f"<p>[ ________ ]</p><p>{_OK} Accepted{case}: {accepted}</p>"
    if isinstance(question, NumericQuestion):
        if question.mode == "range":
            key = f"from {question.low:g} to {question.high:g}"
        else:
            key = f"{question.value:g}"
            if question.tolerance:
                key += f" ± {question.tolerance:g}"
        return f"<p>[ ________ ]</p><p>{_OK} Right answer: {escape(key)}</p>"
    if isinstance(question, MatchingQuestion):
        answers = sorted([p.answer for p in question.pairs] + list(question.distractors))
        rows = "".join(
            f"<tr><td>{escape(p.prompt)}</td><td>→ [ choose ]</td>"
            f"<td>{_OK} {escape(p.answer)}</td></tr>"
            for p in question.pairs
        )
        pool = ", ".join(escape(a) for a in answers)
        return f'<table cellpadding="3">{rows}</table><p>Answers offered: {pool}</p>'
    if isinstance(question, OrderingQuestion):
        items = "".join(f"<li>{escape(i.text)}</li>" for i in question.items)
        return f"<p>Put in order (shown shuffled). {_OK} Right order:</p><ol>{items}</ol>"
    if isinstance(question, EssayQuestion):
        return "<p>[ the learner writes an answer ]</p>" + _note(
            "Marking guidance", question.guidance
        )
    return ""


def question_html(question: Question, number: int = 1) -> str:
    """The preview of one question: prompt, answer area with the key, feedback."""
    kind = KIND_LABELS.get(question.KIND, question.KIND)
    points = f"{question.points:g} point" + ("" if question.points == 1 else "s")
    head = f"<p><small>Question {number} · {escape(kind)} · {escape(points)}</small></p>"
    prompt = sanitize_html(question.prompt) or "<p><i>(no prompt yet)</i></p>"
    feedback = (
        _note("When right", question.feedback.correct)
        + _note("When wrong", question.feedback.incorrect)
        + _note("Explanation", question.feedback.general)
    )
    return head + prompt + _body(question) + feedback


def quiz_summary(quiz: Quiz) -> str:
    """One line about the quiz settings, as the learner would be told."""
    parts = [f"{len(quiz.questions)} questions"]
    if quiz.draw and quiz.draw < len(quiz.questions):
        parts.append(f"{quiz.draw} drawn at random for each attempt")
    parts.append(f"pass at {quiz.passing_score:g}%")
    parts.append("unlimited attempts" if quiz.attempts == 0 else f"{quiz.attempts} attempts")
    if quiz.shuffle_questions:
        parts.append("questions shuffled")
    if quiz.shuffle_choices:
        parts.append("choices shuffled")
    return " · ".join(parts)
