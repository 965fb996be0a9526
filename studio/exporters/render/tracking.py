"""The player's tracking data: course facts for the runtime and the suspend_data budget.

The suspend_data format (written by ``resources/player/scorm-runtime.js``)::

    1~<current lesson, base36>~<viewed lessons, hex bitmask>~<video %, 2 base36 chars each>
     ~<per quiz "attempts.best%.passed" joined by ",">

Everything has a fixed worst-case width, so the exporter can compute the largest
string a learner can ever produce and compare it with the standard's limit.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from studio.exporters.render.quiz_data import scorable_points
from studio.model import Course, Lesson, QuizBlock, VideoBlock
from studio.video_questions import ordered, question_set

SCORM12_SUSPEND_LIMIT = 4096
SCORM2004_SUSPEND_LIMIT = 64000
QUIZ_STATE_WIDTH = len("zz.2s.1") + 1  # attempts (max 1295), best % (<= 100), passed, comma


def _base36_len(n: int) -> int:
    length = 1
    while n >= 36:
        n //= 36
        length += 1
    return length


def suspend_worst_case(lessons: int, videos: int, quizzes: int) -> int:
    """Largest suspend_data string for a course of this shape (see module docstring)."""
    return (
        len("1~")
        + _base36_len(max(0, lessons - 1))
        + 1
        + math.ceil(lessons / 4)
        + 1
        + 2 * videos
        + 1
        + QUIZ_STATE_WIDTH * quizzes
    )


def course_shape(course: Course, lesson_ids: list[str] | None = None,
                 index: Mapping[str, Lesson] | None = None) -> tuple[int, int, int]:  # fmt: skip
    """(lessons, videos, quizzes) counted over ``lesson_ids`` (default: the whole course).

    ``index`` (lesson id -> lesson) lets a caller asking once per lesson avoid walking
    the whole course every time (that made large exports quadratic)."""
    lessons = videos = quizzes = 0
    for lesson in _chosen(course, lesson_ids, index):
        lessons += 1
        for block in lesson.blocks:
            if isinstance(block, VideoBlock) and block.asset in course.media:
                videos += 1
            if isinstance(block, QuizBlock) or (isinstance(block, VideoBlock) and ordered(block)):
                quizzes += 1  # a video's timed questions are scored as one set
    return lessons, videos, quizzes


def lesson_index(course: Course) -> dict[str, Lesson]:
    return {lesson.id: lesson for _, lesson in course.lessons()}


def _chosen(course: Course, lesson_ids: list[str] | None,
            index: Mapping[str, Lesson] | None) -> list[Lesson]:  # fmt: skip
    if lesson_ids is None:
        return [lesson for _, lesson in course.lessons()]
    if index is None:
        wanted = set(lesson_ids)
        return [lesson for _, lesson in course.lessons() if lesson.id in wanted]
    return [index[i] for i in lesson_ids if i in index]


def course_data(
    course: Course,
    target: str,
    lesson_ids: list[str],
    media_ids: list[str],
    suspend_limit: int,
    index: Mapping[str, Lesson] | None = None,
) -> dict[str, Any]:
    """Facts the player and the runtime need (no answers: those are in the quiz keys)."""
    quizzes = []
    for lesson in _chosen(course, lesson_ids, index):
        for block in lesson.blocks:
            if isinstance(block, QuizBlock):
                quiz, quiz_id = block.quiz, block.id
            elif isinstance(block, VideoBlock) and ordered(block):
                quiz = question_set(block)  # scored like a quiz: no pass mark or attempt limit
                quiz_id = quiz.id
            else:
                continue
            quizzes.append(
                {
                    "id": quiz_id,
                    "lesson": lesson.id,
                    "points": scorable_points(quiz),
                    "passing": quiz.passing_score,
                    "attempts": quiz.attempts,
                }
            )
    standard = {"scorm12": "1.2", "scorm2004": "2004", "cmi5": "cmi5"}.get(target, "")
    return {
        "v": 1,
        "title": course.title,
        "standard": standard,
        "lessons": lesson_ids,
        "videos": media_ids,
        "quizzes": quizzes,
        "completion": course.tracking.completion,
        "videoShare": course.tracking.video_share,
        "passing": course.tracking.passing_score,
        "suspendLimit": suspend_limit,
    }
