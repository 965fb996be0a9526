"""Studio questions as Moodle 4.1 questions: one mapping for the backup and Moodle XML.

Each kind becomes its native Moodle type with Studio's points as its mark and the
fractions of ``studio.model.scoring`` (so Moodle grades as the player does):

==================  =========================================================
Studio              Moodle
==================  =========================================================
single choice       ``multichoice`` single, each choice's weight as fraction
multiple response   ``multichoice`` multiple; wrong choices negative by default
true/false          ``truefalse``
fill in the blank   ``shortanswer``: every accepted answer at 100 %, case rule
numeric             ``numerical``: value and tolerance (a range: its middle
                    and half its width)
matching            ``match`` (distractors are answers without a question)
ordering            ``ddwtos`` (drag and drop into text): Moodle 4.1 has no
                    ordering type; the items are dragged into a numbered list,
                    each item in its right place earning its share
essay               ``essay`` with the guidance as grader information
==================  =========================================================
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

from studio.model.quiz import (
    EssayQuestion,
    FillBlankQuestion,
    MatchingQuestion,
    MultipleResponseQuestion,
    NumericQuestion,
    OrderingQuestion,
    Question,
    SingleChoiceQuestion,
    TrueFalseQuestion,
)
from studio.model.scoring import choice_weights
from studio.sanitize import plain_text, sanitize_html

FORMAT_MOODLE, FORMAT_HTML, FORMAT_PLAIN = 0, 1, 2
QTYPES = {
    "single_choice": "multichoice",
    "multiple_response": "multichoice",
    "true_false": "truefalse",
    "fill_blank": "shortanswer",
    "numeric": "numerical",
    "matching": "match",
    "ordering": "ddwtos",
    "essay": "essay",
}
ORDER_GAPS_CLASS = "studio-order"  # marks the list of gaps of an ordering question


@dataclass
class MoodleAnswer:
    text: str  # HTML for choices, plain for short answers and numbers
    fraction: float  # -1..1
    feedback: str = ""  # HTML
    tolerance: float | None = None  # numerical only
    text_format: int = FORMAT_HTML


@dataclass
class MoodleQuestion:
    qtype: str
    name: str
    text: str  # HTML (sanitized; media as asset: references until a writer maps them)
    general_feedback: str  # HTML
    mark: float
    answers: list[MoodleAnswer] = field(default_factory=list)
    single: bool = True
    shuffle: bool = True
    case_sensitive: bool = False
    correct_feedback: str = ""
    partial_feedback: str = ""
    incorrect_feedback: str = ""
    subquestions: list[tuple[str, str]] = field(default_factory=list)  # match: (prompt, answer)
    drag_items: list[str] = field(default_factory=list)  # ddwtos choices, plain text
    grader_info: str = ""  # essay, HTML
    true_feedback: str = ""
    false_feedback: str = ""
    truth: bool = True


def _html(text: str) -> str:
    """Plain author text (choices, feedback) as HTML that shows it as written."""
    return escape(text, quote=False) if text else ""


def question_name(number: int, q: Question) -> str:
    text = plain_text(q.prompt) or q.KIND.replace("_", " ")
    return f"{number}. {text[:80]}" + ("..." if len(text) > 80 else "")


def order_gaps(count: int) -> str:
    items = "".join(f"<li>[[{i}]]</li>" for i in range(1, count + 1))
    return f'<ol class="{ORDER_GAPS_CLASS}">{items}</ol>'


def moodle_question(number: int, q: Question, shuffle: bool) -> MoodleQuestion:
    """The Moodle form of ``q`` (number: its position in the quiz, for its name)."""
    fb = q.feedback
    mq = MoodleQuestion(
        qtype=QTYPES[q.KIND], name=question_name(number, q), text=sanitize_html(q.prompt),
        general_feedback=_html(fb.general), mark=float(q.points), shuffle=shuffle,
        correct_feedback=_html(fb.correct), incorrect_feedback=_html(fb.incorrect),
        partial_feedback=_html(fb.incorrect),
    )
    if isinstance(q, SingleChoiceQuestion | MultipleResponseQuestion):
        mq.single = isinstance(q, SingleChoiceQuestion)
        mq.answers = [
            MoodleAnswer(_html(c.text), w / 100.0, _html(c.feedback))
            for c, w in zip(q.choices, choice_weights(q), strict=True)
        ]
    elif isinstance(q, TrueFalseQuestion):
        mq.truth = q.answer
        mq.answers = [
            MoodleAnswer("True", 1.0 if q.answer else 0.0, _html(q.true_feedback), text_format=0),
            MoodleAnswer("False", 0.0 if q.answer else 1.0, _html(q.false_feedback), text_format=0),
        ]
    elif isinstance(q, FillBlankQuestion):
        mq.case_sensitive = q.case_sensitive
        mq.answers = [MoodleAnswer(a, 1.0, mq.correct_feedback, text_format=0) for a in q.accepted]
        if fb.incorrect:
            mq.answers.append(MoodleAnswer("*", 0.0, mq.incorrect_feedback, text_format=0))
    elif isinstance(q, NumericQuestion):
        if q.mode == "range":
            value, tolerance = (q.low + q.high) / 2, (q.high - q.low) / 2
        else:
            value, tolerance = q.value, q.tolerance
        mq.answers = [MoodleAnswer(f"{value:g}", 1.0, mq.correct_feedback, tolerance, 0)]
        if fb.incorrect:
            mq.answers.append(MoodleAnswer("*", 0.0, mq.incorrect_feedback, 0.0, 0))
    elif isinstance(q, MatchingQuestion):
        mq.subquestions = [(_html(p.prompt), p.answer) for p in q.pairs]
        mq.subquestions += [("", d) for d in q.distractors]
    elif isinstance(q, OrderingQuestion):
        mq.text += order_gaps(len(q.items))
        mq.drag_items = [it.text for it in q.items]
    elif isinstance(q, EssayQuestion):
        mq.grader_info = _html(q.guidance)
    return mq
