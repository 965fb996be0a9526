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
from studio.ui.qt import tr

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
            f"<tr><td>{marker}</td><td>{escape(choice.text) or '<i>' + escape(tr('(empty)')) + '</i>'}{feedback}</td>"
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
            f'<table cellpadding="3"><tr><td>○</td><td>{escape(tr("True"))}</td><td>{t}</td></tr>'
            f"<tr><td>○</td><td>{escape(tr('False'))}</td><td>{f}</td></tr></table>"
            + _note(tr("If True is chosen"), question.true_feedback)
            + _note(tr("If False is chosen"), question.false_feedback)
        )
    if isinstance(question, FillBlankQuestion):
        accepted = (", ".join(escape(a) for a in question.accepted)
                    or f"<i>{escape(tr('(none yet)'))}</i>")
        label = tr("Accepted (case-sensitive)") if question.case_sensitive else tr("Accepted")
        return f"<p>[ ________ ]</p><p>{_OK} {escape(label)}: {accepted}</p>"
    if isinstance(question, NumericQuestion):
        if question.mode == "range":
            key = tr("from {low} to {high}").format(low=f"{question.low:g}", high=f"{question.high:g}")
        else:
            key = f"{question.value:g}"
            if question.tolerance:
                key += f" ± {question.tolerance:g}"
        return f"<p>[ ________ ]</p><p>{_OK} {escape(tr('Right answer'))}: {escape(key)}</p>"
    if isinstance(question, MatchingQuestion):
        answers = sorted([p.answer for p in question.pairs] + list(question.distractors))
        rows = "".join(
            f"<tr><td>{escape(p.prompt)}</td><td>→ [ {escape(tr('choose'))} ]</td>"
            f"<td>{_OK} {escape(p.answer)}</td></tr>"
            for p in question.pairs
        )
        pool = ", ".join(escape(a) for a in answers)
        offered = escape(tr("Answers offered"))
        return f'<table cellpadding="3">{rows}</table><p>{offered}: {pool}</p>'
    if isinstance(question, OrderingQuestion):
        items = "".join(f"<li>{escape(i.text)}</li>" for i in question.items)
        shuffled = escape(tr("Put in order (shown shuffled)."))
        return f"<p>{shuffled} {_OK} {escape(tr('Right order'))}:</p><ol>{items}</ol>"
    if isinstance(question, EssayQuestion):
        return f"<p>[ {escape(tr('the learner writes an answer'))} ]</p>" + _note(
            tr("Marking guidance"), question.guidance
        )
    return ""


def question_html(question: Question, number: int = 1) -> str:
    """The preview of one question: prompt, answer area with the key, feedback."""
    kind = tr(KIND_LABELS.get(question.KIND, question.KIND))
    points = (tr("1 point") if question.points == 1
              else tr("{n} points").format(n=f"{question.points:g}"))
    head = (f"<p><small>{escape(tr('Question {n}').format(n=number))} · {escape(kind)} · "
            f"{escape(points)}</small></p>")
    prompt = sanitize_html(question.prompt) or f"<p><i>{escape(tr('(no prompt yet)'))}</i></p>"
    feedback = (
        _note(tr("When right"), question.feedback.correct)
        + _note(tr("When wrong"), question.feedback.incorrect)
        + _note(tr("Explanation"), question.feedback.general)
    )
    return head + prompt + _body(question) + feedback


def quiz_summary(quiz: Quiz) -> str:
    """One line about the quiz settings, as the learner would be told."""
    parts = [tr("{n} questions").format(n=len(quiz.questions))]
    if quiz.draw and quiz.draw < len(quiz.questions):
        parts.append(tr("{n} drawn at random for each attempt").format(n=quiz.draw))
    parts.append(tr("pass at {score}%").format(score=f"{quiz.passing_score:g}"))
    parts.append(tr("unlimited attempts") if quiz.attempts == 0
                 else tr("{n} attempts").format(n=quiz.attempts))
    if quiz.shuffle_questions:
        parts.append(tr("questions shuffled"))
    if quiz.shuffle_choices:
        parts.append(tr("choices shuffled"))
    return " · ".join(parts)
