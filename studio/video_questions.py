"""Timed questions of a video block: listing them (for timelines and players), checking
them, and changing them through commands on the project's undo stack.

A timed question pauses the video at its time and asks; every player counts its answer in
the score as one question of the block's "video questions" set (``question_set``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from studio.commands import CommandStack, InsertItem, RemoveItem, SetAttr
from studio.model import Question, Quiz, TimedQuestion, VideoBlock
from studio.phrases import Phrase, phrase
from studio.sanitize import plain_text

SET_PREFIX = "vq-"  # id of a block's question set in the player's tracking data


@dataclass(frozen=True)
class TimelineMark:
    """One timed question as a timeline or a list shows it."""

    id: str  # the TimedQuestion's id
    time: float
    label: str  # the question's text, plain and short
    kind: str  # the question kind, e.g. "single_choice"
    require_correct: bool
    rewind_to: float | None


def ordered(block: VideoBlock) -> list[TimedQuestion]:
    """The block's timed questions at valid times, by time (stable for equal times)."""
    return sorted((t for t in block.timed_questions if math.isfinite(t.time) and t.time >= 0),
                  key=lambda t: t.time)


def rewind_time(timed: TimedQuestion) -> float | None:
    """Where a wrong answer offers to watch again from (None: nowhere)."""
    back = timed.rewind_to
    return back if back is not None and math.isfinite(back) and 0 <= back < timed.time else None


def timeline_marks(block: VideoBlock, label_length: int = 80) -> list[TimelineMark]:
    """What a timeline draws for ``block``: one mark per timed question, by time."""
    marks = []
    for timed in ordered(block):
        text = plain_text(timed.question.prompt) or timed.question.KIND.replace("_", " ")
        if len(text) > label_length:
            text = text[: label_length - 1].rstrip() + "…"
        marks.append(TimelineMark(timed.id, timed.time, text, timed.question.KIND,
                                  timed.require_correct, timed.rewind_to))
    return marks


def question_set_id(block: VideoBlock) -> str:
    return SET_PREFIX + block.id


def question_set(block: VideoBlock) -> Quiz:
    """The timed questions as one quiz (by time): what players score and report.

    Every answer counts; there is no pass mark of its own (the course's applies to the total).
    """
    return Quiz(title=block.title or "Video", passing_score=0.0, attempts=0,
                questions=[t.question for t in ordered(block)], id=question_set_id(block))


def problems(block: VideoBlock, duration: float | None) -> list[Phrase]:
    """What is wrong with the block's timed questions (``duration``: the video's, if known)."""
    found = []
    for timed in block.timed_questions:
        at = timed.time
        if not math.isfinite(at) or at < 0:
            found.append(phrase("the timed question at {at:g} s is not at a time in the video",
                                at=at))
        elif duration and at >= duration:
            found.append(phrase("the timed question at {at:g} s is after the end of the video "
                                "({duration:g} s)", at=at, duration=duration))
        if timed.rewind_to is not None and rewind_time(timed) is None:
            found.append(phrase("the timed question at {at:g} s rewinds to {rewind:g} s, which "
                                "is not before its own time", at=at, rewind=timed.rewind_to))
    return found


# ------------------------------------------------------------------ commands


def add_timed_question(
    stack: CommandStack, block: VideoBlock, time: float, question: Question, *,
    require_correct: bool = False, rewind_to: float | None = None,
) -> TimedQuestion:
    timed = TimedQuestion(time=max(0.0, time), question=question, require_correct=require_correct,
                          rewind_to=rewind_to)
    stack.push(InsertItem(block.timed_questions, None, timed, "Add timed question"))
    return timed


def remove_timed_question(stack: CommandStack, block: VideoBlock, timed: TimedQuestion) -> None:
    stack.push(RemoveItem(block.timed_questions, block.timed_questions.index(timed),
                          "Remove timed question"))


def move_timed_question(stack: CommandStack, timed: TimedQuestion, time: float) -> None:
    stack.push(SetAttr(timed, "time", max(0.0, time), "Move timed question"))
