"""Undo for every edit: commands, a command stack, transactions and a dirty flag.

Every change to a course is a ``Command`` with ``do()`` and ``undo()`` pushed
on the project's ``CommandStack``. Compound edits run inside
``with stack.transaction("Import slides"):``; if the block raises, the commands
already done are undone in reverse order and nothing is recorded. ``dirty`` is
derived from the stack position against the last ``checkpoint()`` (taken at
save), so undoing back to the saved state clears it (Pitivi's action log).
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable, Iterator
from typing import Any

from studio.course_text import clean_model, clean_text

Listener = Callable[[], None]


def clean_value(value: Any) -> Any:
    """Text entering the course loses XML-illegal characters (see ``course_text``)."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return [clean_text(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        clean_model(value, sanitize=False)
    return value


class Command:
    """Base class: subclasses set ``description`` and implement ``do``/``undo``."""

    description: str = "Edit"

    def do(self) -> None:
        raise NotImplementedError

    def undo(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        self.do()

    def merge_with(self, other: Command) -> bool:
        """Absorb ``other`` (already done) into this command; True if merged.

        Typing in one field produces one undo step instead of one per key.
        """
        return False


def _typed_text(value: Any) -> bool:
    """Values typed key by key (text, or a list of lines such as objectives or authors):
    successive edits of one field merge into one undo step."""
    return isinstance(value, str) or (
        isinstance(value, list) and all(isinstance(v, str) for v in value)
    )


class SetAttr(Command):
    """Set ``obj.name = value``; merges with a later SetAttr of the same field."""

    def __init__(self, obj: Any, name: str, value: Any, description: str = "") -> None:
        self.obj = obj
        self.name = name
        self.value = clean_value(value)
        self.old = getattr(obj, name)
        self.description = description or f"Change {name.replace('_', ' ')}"
        self.mergeable = True

    def do(self) -> None:
        setattr(self.obj, self.name, self.value)

    def undo(self) -> None:
        setattr(self.obj, self.name, self.old)

    def merge_with(self, other: Command) -> bool:
        if (
            isinstance(other, SetAttr)
            and self.mergeable
            and other.mergeable
            and other.obj is self.obj
            and other.name == self.name
            and _typed_text(self.value)
        ):
            self.value = other.value
            return True
        return False


class InsertItem(Command):
    """Insert ``item`` into ``items`` at ``index`` (``None`` appends)."""

    def __init__(
        self, items: list[Any], index: int | None, item: Any, description: str = "Insert"
    ) -> None:
        self.items = items
        self.index = len(items) if index is None else index
        self.item = clean_value(item)
        self.description = description

    def do(self) -> None:
        self.items.insert(self.index, self.item)

    def undo(self) -> None:
        del self.items[self.index]


class RemoveItem(Command):
    def __init__(self, items: list[Any], index: int, description: str = "Remove") -> None:
        self.items = items
        self.index = index
        self.item = items[index]
        self.description = description

    def do(self) -> None:
        del self.items[self.index]

    def undo(self) -> None:
        self.items.insert(self.index, self.item)


class MoveItem(Command):
    """Move ``src[src_index]`` to ``dst`` at ``dst_index`` (index after removal)."""

    def __init__(
        self,
        src: list[Any],
        src_index: int,
        dst: list[Any],
        dst_index: int,
        description: str = "Move",
    ) -> None:
        self.src = src
        self.src_index = src_index
        self.dst = dst
        self.dst_index = dst_index
        self.description = description

    def do(self) -> None:
        item = self.src.pop(self.src_index)
        self.dst.insert(self.dst_index, item)

    def undo(self) -> None:
        item = self.dst.pop(self.dst_index)
        self.src.insert(self.src_index, item)


class SetItem(Command):
    """Replace ``items[index]`` (or ``mapping[key]``) with a new value."""

    def __init__(self, container: Any, key: Any, value: Any, description: str = "Replace") -> None:
        self.container = container
        self.key = key
        self.value = clean_value(value)
        self.had_old = key in container if isinstance(container, dict) else True
        self.old = container.get(key) if isinstance(container, dict) else container[key]
        self.description = description

    def do(self) -> None:
        self.container[self.key] = self.value

    def undo(self) -> None:
        if self.had_old:
            self.container[self.key] = self.old
        else:
            del self.container[self.key]


class CompoundCommand(Command):
    """Several commands done and undone as one step."""

    def __init__(self, description: str, commands: list[Command] | None = None) -> None:
        self.description = description
        self.commands: list[Command] = commands or []

    def do(self) -> None:
        for command in self.commands:
            command.redo()

    def undo(self) -> None:
        for command in reversed(self.commands):
            command.undo()


class CommandStack:
    """The undo history of one project."""

    def __init__(self, limit: int = 1000) -> None:
        self._done: list[Command] = []
        self._undone: list[Command] = []
        self._open: list[CompoundCommand] = []
        self._clean_index: int | None = 0
        self._limit = limit
        self._listeners: list[Listener] = []
        self._merge_barrier = False

    # -- listeners ---------------------------------------------------------
    def add_listener(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: Listener) -> None:
        with contextlib.suppress(ValueError):
            self._listeners.remove(listener)

    def _changed(self) -> None:
        if self._open:
            return
        for listener in list(self._listeners):
            listener()

    # -- editing -----------------------------------------------------------
    def push(self, command: Command) -> Command:
        """Do ``command`` and record it (inside the open transaction, if any)."""
        command.do()
        if self._open:
            self._open[-1].commands.append(command)
            return command
        self._record(command)
        return command

    def _record(self, command: Command) -> None:
        self._undone.clear()
        if self._clean_index is not None and self._clean_index > len(self._done):
            self._clean_index = None  # the saved state can no longer be reached
        top = self._done[-1] if self._done else None
        at_clean = self._clean_index == len(self._done)
        if top is not None and not self._merge_barrier and not at_clean and top.merge_with(command):
            self._changed()
            return
        self._merge_barrier = False
        self._done.append(command)
        if len(self._done) > self._limit:
            del self._done[0]
            if self._clean_index is not None:
                self._clean_index -= 1
                if self._clean_index < 0:
                    self._clean_index = None
        self._changed()

    def break_merge(self) -> None:
        """The next command starts a new undo step even if it could merge."""
        self._merge_barrier = True

    @contextlib.contextmanager
    def transaction(self, description: str) -> Iterator[CompoundCommand]:
        """Group commands into one undo step; roll them back if the block raises."""
        compound = CompoundCommand(description)
        self._open.append(compound)
        try:
            yield compound
        except BaseException:
            self._open.pop()
            for command in reversed(compound.commands):
                command.undo()
            raise
        self._open.pop()
        if not compound.commands:
            return
        if self._open:
            self._open[-1].commands.append(compound)
        else:
            self._merge_barrier = True
            self._record(compound)
            self._merge_barrier = True

    # -- history -----------------------------------------------------------
    @property
    def can_undo(self) -> bool:
        return bool(self._done) and not self._open

    @property
    def can_redo(self) -> bool:
        return bool(self._undone) and not self._open

    @property
    def undo_text(self) -> str:
        return self._done[-1].description if self._done else ""

    @property
    def redo_text(self) -> str:
        return self._undone[-1].description if self._undone else ""

    def undo(self) -> None:
        if not self.can_undo:
            return
        command = self._done.pop()
        command.undo()
        self._undone.append(command)
        self._merge_barrier = True
        self._changed()

    def redo(self) -> None:
        if not self.can_redo:
            return
        command = self._undone.pop()
        command.redo()
        self._done.append(command)
        self._merge_barrier = True
        self._changed()

    def clear(self) -> None:
        self._done.clear()
        self._undone.clear()
        self._clean_index = 0
        self._changed()

    # -- saved state ---------------------------------------------------------
    def checkpoint(self) -> None:
        """Mark the current state as saved."""
        self._clean_index = len(self._done)
        self._merge_barrier = True
        self._changed()

    def mark_dirty(self) -> None:
        """Force unsaved state (e.g. after recovering an autosave)."""
        self._clean_index = None
        self._changed()

    @property
    def dirty(self) -> bool:
        return self._clean_index != len(self._done)
