"""Quizzes and their question kinds.

Every question has an id, a prompt (sanitized HTML), points and overall
feedback; choice-based kinds carry per-choice feedback. The kinds match what
the learner player scores and what the SCORM/QTI writers map:

=====================  ==============================================
kind                   answer model
=====================  ==============================================
``single_choice``      one ``Choice`` is right (``correct=True``); others may
                       carry partial credit (``weight``)
``multiple_response``  one or more correct choices; the ticked choices'
                       weights add up (0..100 %, see ``studio.model.scoring``)
``true_false``         ``answer`` is True or False
``fill_blank``         any of ``accepted`` answers; ``case_sensitive``
``numeric``            ``value`` +/- ``tolerance``, or ``low``..``high``
``matching``           ``pairs`` of prompt -> answer, plus distractors
                       (each right pair earns its share)
``ordering``           ``items`` listed in their correct order (each item
                       in its right place earns its share)
``essay``              free text, scored by a person (``guidance``)
=====================  ==============================================
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar, Literal

from studio.model.ids import new_id


@dataclass
class Feedback:
    correct: str = ""  # shown when the answer is right
    incorrect: str = ""  # shown when it is wrong
    general: str = ""  # shown in review whatever the answer (the explanation)


@dataclass
class Choice:
    text: str = ""
    correct: bool = False
    feedback: str = ""  # shown when the learner picks this choice
    id: str = field(default_factory=lambda: new_id("ch"))
    # Partial credit in percent of the question's points (-100..100), as GIFT's
    # ``~%50%`` or Moodle's fractions say it; None = the kind's default
    # (``studio.model.scoring.choice_weights``).
    weight: float | None = None


@dataclass
class MatchPair:
    prompt: str = ""
    answer: str = ""
    id: str = field(default_factory=lambda: new_id("mp"))


@dataclass
class OrderItem:
    text: str = ""
    id: str = field(default_factory=lambda: new_id("oi"))


@dataclass
class SingleChoiceQuestion:
    KIND: ClassVar[str] = "single_choice"
    prompt: str = ""
    choices: list[Choice] = field(default_factory=list)
    points: float = 1.0
    feedback: Feedback = field(default_factory=Feedback)
    id: str = field(default_factory=lambda: new_id("q"))


@dataclass
class MultipleResponseQuestion:
    KIND: ClassVar[str] = "multiple_response"
    prompt: str = ""
    choices: list[Choice] = field(default_factory=list)
    points: float = 1.0
    feedback: Feedback = field(default_factory=Feedback)
    id: str = field(default_factory=lambda: new_id("q"))


@dataclass
class TrueFalseQuestion:
    KIND: ClassVar[str] = "true_false"
    prompt: str = ""
    answer: bool = True
    true_feedback: str = ""
    false_feedback: str = ""
    points: float = 1.0
    feedback: Feedback = field(default_factory=Feedback)
    id: str = field(default_factory=lambda: new_id("q"))


@dataclass
class FillBlankQuestion:
    """One blank. The prompt may show it as ``___``; otherwise it follows the prompt."""

    KIND: ClassVar[str] = "fill_blank"
    prompt: str = ""
    accepted: list[str] = field(default_factory=list)
    case_sensitive: bool = False
    points: float = 1.0
    feedback: Feedback = field(default_factory=Feedback)
    id: str = field(default_factory=lambda: new_id("q"))


@dataclass
class NumericQuestion:
    """Right when ``|x - value| <= tolerance`` (mode "exact") or ``low <= x <= high`` ("range")."""

    KIND: ClassVar[str] = "numeric"
    prompt: str = ""
    mode: Literal["exact", "range"] = "exact"
    value: float = 0.0
    tolerance: float = 0.0
    low: float = 0.0
    high: float = 0.0
    points: float = 1.0
    feedback: Feedback = field(default_factory=Feedback)
    id: str = field(default_factory=lambda: new_id("q"))

    def accepts(self, x: float) -> bool:
        if self.mode == "range":
            return self.low <= x <= self.high
        return abs(x - self.value) <= self.tolerance + 1e-12


@dataclass
class MatchingQuestion:
    KIND: ClassVar[str] = "matching"
    prompt: str = ""
    pairs: list[MatchPair] = field(default_factory=list)
    distractors: list[str] = field(default_factory=list)  # extra wrong answers
    points: float = 1.0
    feedback: Feedback = field(default_factory=Feedback)
    id: str = field(default_factory=lambda: new_id("q"))


@dataclass
class OrderingQuestion:
    KIND: ClassVar[str] = "ordering"
    prompt: str = ""
    items: list[OrderItem] = field(default_factory=list)  # in the correct order
    points: float = 1.0
    feedback: Feedback = field(default_factory=Feedback)
    id: str = field(default_factory=lambda: new_id("q"))


@dataclass
class EssayQuestion:
    KIND: ClassVar[str] = "essay"
    prompt: str = ""
    guidance: str = ""  # model answer / marking notes shown in review
    points: float = 1.0
    feedback: Feedback = field(default_factory=Feedback)
    id: str = field(default_factory=lambda: new_id("q"))


Question = (
    SingleChoiceQuestion
    | MultipleResponseQuestion
    | TrueFalseQuestion
    | FillBlankQuestion
    | NumericQuestion
    | MatchingQuestion
    | OrderingQuestion
    | EssayQuestion
)

QUESTION_TYPES: dict[str, type[Question]] = {
    cls.KIND: cls
    for cls in (
        SingleChoiceQuestion,
        MultipleResponseQuestion,
        TrueFalseQuestion,
        FillBlankQuestion,
        NumericQuestion,
        MatchingQuestion,
        OrderingQuestion,
        EssayQuestion,
    )
}

AUTO_SCORED_KINDS = frozenset(QUESTION_TYPES) - {"essay"}


@dataclass
class Quiz:
    title: str = "Quiz"
    instructions: str = ""  # sanitized HTML
    passing_score: float = 80.0  # percent of the points available
    attempts: int = 0  # 0 = unlimited
    shuffle_questions: bool = False
    shuffle_choices: bool = False
    # Draw this many questions at random for each attempt (0 = ask them all).
    draw: int = 0
    questions: list[Question] = field(default_factory=list)
    id: str = field(default_factory=lambda: new_id("quiz"))

    @property
    def asked_count(self) -> int:
        if self.draw and self.draw < len(self.questions):
            return self.draw
        return len(self.questions)
