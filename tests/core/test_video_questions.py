"""Timed questions in a video block: model, saved form, commands (undo/redo), timeline, checks."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from studio import video_questions
from studio.commands import CommandStack
from studio.model import (
    Choice,
    Course,
    FillBlankQuestion,
    Lesson,
    MediaAsset,
    Module,
    SingleChoiceQuestion,
    TimedQuestion,
    TrueFalseQuestion,
    VideoBlock,
)
from studio.model.serialize import course_from_data, course_to_data
from studio.project import Project
from studio.validate import validate_course


def _video() -> VideoBlock:
    return VideoBlock(asset="a" * 64, title="Lecture", timed_questions=[
        TimedQuestion(time=12.0, question=TrueFalseQuestion(prompt="<p>Rain is water.</p>")),
        TimedQuestion(time=3.5, require_correct=True, rewind_to=0.0, question=SingleChoiceQuestion(
            prompt="<p>What makes water <b>evaporate</b>?</p>",
            choices=[Choice("The sun", True), Choice("The moon")])),
    ])


def _course(block: VideoBlock) -> Course:
    course = Course(title="C", modules=[Module("M", [Lesson("L", [block])])])
    course.media["a" * 64] = MediaAsset(id="a" * 64, filename="talk.mp4", mime="video/mp4", ext=".mp4",
                                        size=10, duration=20.0)
    return course


def test_timed_questions_are_saved_and_reopened(tmp_path: Path) -> None:
    block = _video()
    data = course_to_data(_course(block))
    again = course_from_data(data)
    reopened = again.modules[0].lessons[0].blocks[0]
    assert isinstance(reopened, VideoBlock)
    assert reopened.timed_questions == block.timed_questions
    # A project saved before timed questions existed opens with none.
    del data["modules"][0]["lessons"][0]["blocks"][0]["timed_questions"]
    old = course_from_data(data).modules[0].lessons[0].blocks[0]
    assert isinstance(old, VideoBlock) and old.timed_questions == []
    project = Project.create(tmp_path / "p.studio", title="P")
    project.course.modules = _course(block).modules
    project.save()
    project.close()
    with Project.open(tmp_path / "p.studio") as project:
        saved = project.course.modules[0].lessons[0].blocks[0]
        assert isinstance(saved, VideoBlock) and saved.timed_questions == block.timed_questions


def test_the_timeline_lists_them_by_time() -> None:
    marks = video_questions.timeline_marks(_video(), label_length=20)
    assert [(m.time, m.kind, m.require_correct, m.rewind_to) for m in marks] == [
        (3.5, "single_choice", True, 0.0), (12.0, "true_false", False, None)]
    assert marks[0].label == "What makes water ev…"  # plain text, shortened
    assert marks[1].label == "Rain is water."
    block = _video()
    quiz = video_questions.question_set(block)
    assert [q.KIND for q in quiz.questions] == ["single_choice", "true_false"]
    assert quiz.id == f"vq-{block.id}" and quiz.passing_score == 0 and quiz.attempts == 0


def reversion(edit: Callable[[CommandStack, VideoBlock], object]) -> VideoBlock:
    block = _video()
    course = _course(block)
    stack = CommandStack()
    before = course_to_data(course)
    edit(stack, block)
    after = course_to_data(course)
    assert after != before
    for _ in range(2):
        stack.undo()
        assert course_to_data(course) == before
        stack.redo()
        assert course_to_data(course) == after
    return block


@pytest.mark.parametrize("name", ["add", "remove", "move"])
def test_every_change_is_one_undoable_command(name: str) -> None:
    edits: dict[str, Callable[[CommandStack, VideoBlock], object]] = {
        "add": lambda s, b: video_questions.add_timed_question(
            s, b, 8.0, FillBlankQuestion(prompt="<p>Water turns to ___.</p>", accepted=["vapour"]),
            require_correct=True),
        "remove": lambda s, b: video_questions.remove_timed_question(s, b, b.timed_questions[0]),
        "move": lambda s, b: video_questions.move_timed_question(s, b.timed_questions[1], 6.0),
    }
    block = reversion(edits[name])
    times = sorted(t.time for t in block.timed_questions)
    assert times == {"add": [3.5, 8.0, 12.0], "remove": [3.5], "move": [6.0, 12.0]}[name]


def test_checks_name_times_outside_the_video_and_bad_questions() -> None:
    block = _video()
    block.timed_questions.append(TimedQuestion(time=25.0, question=SingleChoiceQuestion(prompt="")))
    block.timed_questions[1].rewind_to = 9.0  # after its own time (3.5 s)
    found = [str(p) for p in validate_course(_course(block))]
    assert any("after the end of the video (20 s)" in p for p in found)
    assert any("rewinds to 9 s, which is not before its own time" in p for p in found)
    assert any("timed question 3 (single_choice): the question has no text" in p for p in found)
