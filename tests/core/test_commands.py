"""Every core command: do, undo, redo give back the same course (gaupol's reversion test)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from studio import course_ops
from studio.commands import CommandStack, InsertItem, MoveItem, RemoveItem, SetAttr, SetItem
from studio.model import Course, Lesson, MediaAsset, Module, TextBlock
from studio.model.serialize import course_to_data


def _course() -> Course:
    return Course(
        title="C",
        modules=[
            Module(
                "M1", [Lesson("L1", [TextBlock("<p>a</p>"), TextBlock("<p>b</p>")]), Lesson("L2")]
            ),
            Module("M2", [Lesson("L3")]),
        ],
    )


def reversion(edit: Callable[[CommandStack, Course], None]) -> Course:
    """Apply ``edit``, then undo and redo twice, comparing the whole course each time."""
    course = _course()
    stack = CommandStack()
    before = course_to_data(course)
    edit(stack, course)
    after = course_to_data(course)
    assert after != before, "the edit changed nothing"
    for _ in range(2):
        stack.undo()
        assert course_to_data(course) == before
        stack.redo()
        assert course_to_data(course) == after
    return course


EDITS: dict[str, Callable[[CommandStack, Course], None]] = {
    "add_module": lambda s, c: course_ops.add_module(s, c, "New"),
    "add_lesson": lambda s, c: course_ops.add_lesson(s, c.modules[0], "New", 0),
    "add_block": lambda s, c: course_ops.add_block(
        s, c.modules[0].lessons[1], TextBlock("<p>x</p>")
    ),
    "remove_module": lambda s, c: course_ops.remove_module(s, c, c.modules[0]),
    "remove_lesson": lambda s, c: course_ops.remove_lesson(
        s, c.modules[0], c.modules[0].lessons[0]
    ),
    "remove_block": lambda s, c: course_ops.remove_block(
        s, c.modules[0].lessons[0], c.modules[0].lessons[0].blocks[1]
    ),
    "move_module": lambda s, c: course_ops.move_module(s, c, c.modules[0], 1),
    "move_lesson": lambda s, c: course_ops.move_lesson(
        s, c.modules[0].lessons[0], c.modules[0], c.modules[1], 1
    ),
    "move_block": lambda s, c: course_ops.move_block(
        s, c.modules[0].lessons[0].blocks[0], c.modules[0].lessons[0], c.modules[1].lessons[0], 0
    ),
    "set_field": lambda s, c: course_ops.set_field(s, c, "title", "Renamed"),
    "set_item_list": lambda s, c: s.push(SetItem(c.modules, 0, Module("Replaced"))),
    "set_item_dict": lambda s, c: s.push(SetItem(c.media, "k", MediaAsset("k", "a.png", "image/png", 1))),
    "insert_item": lambda s, c: s.push(InsertItem(c.keywords, None, "water")),
    "remove_item": lambda s, c: s.push(RemoveItem(c.modules, 1)),
    "move_item": lambda s, c: s.push(MoveItem(c.modules, 1, c.modules, 0)),
}


@pytest.mark.parametrize("name", sorted(EDITS))
def test_command_round_trip(name: str) -> None:
    reversion(EDITS[name])


def test_transaction_is_one_undo_step() -> None:
    def edit(stack: CommandStack, course: Course) -> None:
        with stack.transaction("Import"):
            module = course_ops.add_module(stack, course, "Imported")
            course_ops.add_lesson(stack, module, "One")
            course_ops.add_lesson(stack, module, "Two")

    course = reversion(edit)
    assert [m.title for m in course.modules][-1] == "Imported"


def test_transaction_rolls_back_on_error() -> None:
    course = _course()
    stack = CommandStack()
    before = course_to_data(course)
    with pytest.raises(RuntimeError), stack.transaction("Broken import"):
        course_ops.add_module(stack, course, "Half")
        course_ops.set_field(stack, course, "title", "Half done")
        raise RuntimeError("disk on fire")
    assert course_to_data(course) == before
    assert not stack.can_undo and not stack.dirty


def test_dirty_follows_the_saved_position() -> None:
    course = _course()
    stack = CommandStack()
    assert not stack.dirty
    course_ops.set_field(stack, course, "title", "A")
    assert stack.dirty
    stack.checkpoint()
    assert not stack.dirty
    course_ops.add_module(stack, course, "B")
    assert stack.dirty
    stack.undo()
    assert not stack.dirty  # back at the saved state
    stack.undo()
    assert stack.dirty
    stack.redo()
    assert not stack.dirty


def test_typing_merges_into_one_step_but_not_across_a_save() -> None:
    course = _course()
    stack = CommandStack()
    for text in ("W", "Wa", "Wat", "Water"):
        stack.push(SetAttr(course, "title", text))
    stack.undo()
    assert course.title == "C"
    stack.redo()
    stack.checkpoint()
    stack.push(SetAttr(course, "title", "Water!"))
    stack.undo()
    assert course.title == "Water" and not stack.dirty


def test_listeners_hear_changes_once_per_transaction() -> None:
    course = _course()
    stack = CommandStack()
    calls: list[int] = []
    stack.add_listener(lambda: calls.append(1))
    with stack.transaction("Two edits"):
        course_ops.set_field(stack, course, "title", "X")
        course_ops.set_field(stack, course, "version", "2")
    assert len(calls) == 1
    stack.undo()
    assert len(calls) == 2
