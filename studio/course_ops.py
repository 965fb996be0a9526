"""Course edits as undoable commands: the one way the CLI and the UI change a course.

Each function builds a command, pushes it on the project's stack (so it is done
and can be undone) and returns what it created.
"""

from __future__ import annotations

from typing import Any

from studio.commands import CommandStack, InsertItem, MoveItem, RemoveItem, SetAttr
from studio.errors import StudioError
from studio.model.blocks import Block
from studio.model.course import Course, Lesson, Module


def add_module(stack: CommandStack, course: Course, title: str, index: int | None = None) -> Module:
    module = Module(title=title)
    stack.push(InsertItem(course.modules, index, module, f"Add module '{title}'"))
    return module


def add_lesson(stack: CommandStack, module: Module, title: str, index: int | None = None) -> Lesson:
    lesson = Lesson(title=title)
    stack.push(InsertItem(module.lessons, index, lesson, f"Add lesson '{title}'"))
    return lesson


def add_block(stack: CommandStack, lesson: Lesson, block: Block, index: int | None = None) -> Block:
    stack.push(InsertItem(lesson.blocks, index, block, f"Add {block.KIND} block"))
    return block


def remove_module(stack: CommandStack, course: Course, module: Module) -> None:
    stack.push(
        RemoveItem(course.modules, course.modules.index(module), f"Delete module '{module.title}'")
    )


def remove_lesson(stack: CommandStack, module: Module, lesson: Lesson) -> None:
    stack.push(
        RemoveItem(module.lessons, module.lessons.index(lesson), f"Delete lesson '{lesson.title}'")
    )


def remove_block(stack: CommandStack, lesson: Lesson, block: Block) -> None:
    stack.push(RemoveItem(lesson.blocks, lesson.blocks.index(block), f"Delete {block.KIND} block"))


def move_module(stack: CommandStack, course: Course, module: Module, index: int) -> None:
    src = course.modules.index(module)
    stack.push(MoveItem(course.modules, src, course.modules, index, "Move module"))


def move_lesson(stack: CommandStack, lesson: Lesson, src: Module, dst: Module, index: int) -> None:
    stack.push(MoveItem(src.lessons, src.lessons.index(lesson), dst.lessons, index, "Move lesson"))


def move_block(stack: CommandStack, block: Block, src: Lesson, dst: Lesson, index: int) -> None:
    stack.push(MoveItem(src.blocks, src.blocks.index(block), dst.blocks, index, "Move block"))


def set_field(stack: CommandStack, obj: Any, name: str, value: Any, description: str = "") -> None:
    """Change one field of any model object (title, alt text, passing score...)."""
    if not hasattr(obj, name):
        raise StudioError(f"{type(obj).__name__} has no field {name!r}")
    if getattr(obj, name) == value:
        return
    stack.push(SetAttr(obj, name, value, description))


def find_or_add_module(stack: CommandStack, course: Course, title: str | None) -> Module:
    """The module with this title, the last module, or a new one."""
    if title:
        for module in course.modules:
            if module.title == title:
                return module
        return add_module(stack, course, title)
    if course.modules:
        return course.modules[-1]
    return add_module(stack, course, "Module 1")
