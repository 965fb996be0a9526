"""Outline actions: add, rename, delete and move, each with a shortcut and a menu entry.

The actions act on the outline's current item and run ``studio.course_ops``
commands, so each is one undo step. Shortcuts that would clash with text editing
(F2, Delete, Alt+Up/Down) only fire while the outline has the focus.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from studio import course_ops
from studio.model import (
    Course,
    DiscussionBlock,
    Lesson,
    LinkBlock,
    Module,
    QuizBlock,
    TextBlock,
)
from studio.model.blocks import Block
from studio.model.quiz import Quiz
from studio.ui.qt import QAction, QKeySequence, QMenu, QObject, Qt, Signal, tr

if TYPE_CHECKING:
    from studio.ui.outline import OutlineTree

# Blocks made without a file; media blocks ask the window to import a file first.
SIMPLE_BLOCKS: dict[str, tuple[Callable[[], Block], str]] = {
    "text": (lambda: TextBlock(html="<p></p>"), "Ctrl+Shift+P"),
    "quiz": (lambda: QuizBlock(quiz=Quiz(title="Quiz")), "Ctrl+Shift+Q"),
    "link": (lambda: LinkBlock(url="https://example.org", title="Link"), ""),
    "discussion": (lambda: DiscussionBlock(title="Discussion", prompt="<p></p>"), ""),
}
MEDIA_KINDS = ("video", "audio", "image", "attachment")
BLOCK_MENU_NAMES = {
    "text": "&Page",
    "quiz": "&Quiz",
    "link": "&Web link",
    "discussion": "&Discussion prompt",
    "video": "&Video…",
    "audio": "&Audio…",
    "image": "&Image…",
    "attachment": "A&ttachment…",
}


class OutlineActions(QObject):
    """The QActions of the outline, shared by its context menu and the window's menus."""

    media_block_requested = Signal(str, object)  # kind, target Lesson
    message = Signal(str)  # a status-bar note ("Deleted lesson 'X' — Ctrl+Z undoes it")

    def __init__(self, tree: OutlineTree) -> None:
        super().__init__(tree)
        self.tree = tree

        def make(text: str, shortcut: Any, slot: Any, local: bool = False) -> QAction:
            action = QAction(tr(text), tree)
            action.setObjectName(text.replace("&", "").replace("…", "").strip())
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            if local:
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            tree.addAction(action)
            action.triggered.connect(slot)
            return action

        self.add_module = make("Add &module", "Ctrl+Alt+M", self.do_add_module)
        self.add_lesson = make("Add &lesson", "Ctrl+N", self.do_add_lesson)
        self.rename = make("&Rename", "F2", self.do_rename, local=True)
        self.delete = make("&Delete", QKeySequence.StandardKey.Delete, self.do_delete, local=True)
        self.move_up = make("Move &up", "Alt+Up", lambda: self.do_move(-1), local=True)
        self.move_down = make("Move do&wn", "Alt+Down", lambda: self.do_move(1), local=True)
        self.add_block: dict[str, QAction] = {}
        for kind, (_factory, shortcut) in SIMPLE_BLOCKS.items():
            self.add_block[kind] = make(
                BLOCK_MENU_NAMES[kind], shortcut, lambda _=False, k=kind: self.do_add_block(k)
            )
        for kind in MEDIA_KINDS:
            self.add_block[kind] = make(
                BLOCK_MENU_NAMES[kind], "", lambda _=False, k=kind: self.request_media(k)
            )
        for action in self.all_actions():
            action.setToolTip(action.text().replace("&", ""))
        self.update_enabled()

    def _stack(self) -> Any:
        assert self.tree.project is not None
        return self.tree.project.stack

    def all_actions(self) -> list[QAction]:
        return [
            self.add_module,
            self.add_lesson,
            self.rename,
            self.delete,
            self.move_up,
            self.move_down,
            *self.add_block.values(),
        ]

    # -- menus ---------------------------------------------------------------
    def fill_block_menu(self, menu: QMenu) -> QMenu:
        for action in self.add_block.values():
            menu.addAction(action)
        return menu

    def build_menu(self, menu: QMenu) -> QMenu:
        menu.addAction(self.add_module)
        menu.addAction(self.add_lesson)
        self.fill_block_menu(menu.addMenu(tr("Add &block")))
        menu.addSeparator()
        menu.addAction(self.rename)
        menu.addAction(self.delete)
        menu.addSeparator()
        menu.addAction(self.move_up)
        menu.addAction(self.move_down)
        obj = self.tree.current_object()
        if isinstance(obj, Lesson) and len(self.tree.course.modules) > 1:
            move_to = menu.addMenu(tr("Move &to module"))
            here = self.tree.module_of(obj)
            for module in self.tree.course.modules:
                if module is not here:
                    act = move_to.addAction(module.title)
                    act.triggered.connect(
                        lambda _=False, m=module, lesson=obj: self._move_lesson_to(lesson, m)
                    )
        return menu

    def update_enabled(self) -> None:
        has_project = self.tree.project is not None
        obj = self.tree.current_object() if has_project else None
        movable = obj is not None and not isinstance(obj, Course)
        self.add_module.setEnabled(has_project)
        self.add_lesson.setEnabled(has_project)
        for action in self.add_block.values():
            action.setEnabled(has_project)
        self.rename.setEnabled(obj is not None and hasattr(obj, "title"))
        self.delete.setEnabled(movable)
        self.move_up.setEnabled(movable)
        self.move_down.setEnabled(movable)

    # -- targets -------------------------------------------------------------
    def _target_module(self, at: Any = None) -> tuple[Module, int | None]:
        """Where a new lesson goes: after the current lesson (or ``at``), or at the end
        of a module."""
        tree, course = self.tree, self.tree.course
        obj = at if at is not None else tree.current_object()
        if isinstance(obj, Module):
            return obj, None
        if isinstance(obj, Lesson):
            module = tree.module_of(obj)
            return module, module.lessons.index(obj) + 1
        if obj is not None and not isinstance(obj, Course):
            lesson = tree.lesson_of(obj)
            module = tree.module_of(lesson)
            return module, module.lessons.index(lesson) + 1
        if course.modules:
            return course.modules[-1], None
        return course_ops.add_module(self._stack(), course, tr("Module 1")), None

    def target_lesson(self, at: Any = None) -> tuple[Lesson, int | None]:
        """Where a new block goes: after the current block (or ``at``), or at the end of
        a lesson."""
        tree = self.tree
        obj = at if at is not None else tree.current_object()
        if isinstance(obj, Lesson):
            return obj, None
        if obj is not None and not isinstance(obj, Course | Module):
            lesson = tree.lesson_of(obj)
            return lesson, lesson.blocks.index(obj) + 1
        if isinstance(obj, Module) and obj.lessons:
            return obj.lessons[-1], None
        module, index = self._target_module(at)
        lesson = course_ops.add_lesson(self._stack(), module, tr("New lesson"), index)
        return lesson, None

    # -- commands ------------------------------------------------------------
    def do_add_module(self) -> None:
        tree = self.tree
        if tree.project is None:
            return
        n = len(tree.course.modules) + 1
        module = course_ops.add_module(self._stack(), tree.course, tr("Module {n}").format(n=n))
        tree.select(module.id)

    def do_add_lesson(self) -> None:
        tree = self.tree
        if tree.project is None:
            return
        with self._stack().transaction(tr("Add lesson")):
            module, index = self._target_module()
            n = len(module.lessons) + 1
            lesson = course_ops.add_lesson(
                self._stack(), module, tr("Lesson {n}").format(n=n), index
            )
        tree.select(lesson.id)

    def do_add_block(self, kind: str) -> None:
        tree = self.tree
        if tree.project is None:
            return
        factory = SIMPLE_BLOCKS[kind][0]
        with self._stack().transaction(tr("Add block")):
            lesson, index = self.target_lesson()
            block = course_ops.add_block(self._stack(), lesson, factory(), index)
        tree.select(block.id)

    def request_media(self, kind: str) -> None:
        if self.tree.project is None:
            return
        obj = self.tree.current_object()
        lesson = obj if isinstance(obj, Lesson) else None
        if lesson is None and obj is not None and not isinstance(obj, Course | Module):
            lesson = self.tree.lesson_of(obj)
        self.media_block_requested.emit(kind, lesson)

    def do_rename(self) -> None:
        item = self.tree.currentItem()
        if item is not None and item.flags() & Qt.ItemFlag.ItemIsEditable:
            self.tree.editItem(item, 0)

    def do_delete(self) -> None:
        tree = self.tree
        obj = tree.current_object()
        if tree.project is None or obj is None or isinstance(obj, Course):
            return
        stack, course = self._stack(), tree.course
        item = tree.currentItem()
        parent_key = tree.key_of(item.parent() if item is not None else None)
        if isinstance(obj, Module):
            course_ops.remove_module(stack, course, obj)
            what = tr("module '{t}'").format(t=obj.title)
        elif isinstance(obj, Lesson):
            course_ops.remove_lesson(stack, tree.module_of(obj), obj)
            what = tr("lesson '{t}'").format(t=obj.title)
        else:
            course_ops.remove_block(stack, tree.lesson_of(obj), obj)
            what = tr("block")
        if parent_key is not None:
            tree.select(parent_key[1])
        self.message.emit(tr("Deleted {what}. Undo brings it back.").format(what=what))

    def _move_lesson_to(self, lesson: Lesson, module: Module) -> None:
        tree = self.tree
        src = tree.module_of(lesson)
        course_ops.move_lesson(self._stack(), lesson, src, module, len(module.lessons))
        tree.select(lesson.id)

    def do_move(self, step: int) -> None:
        """Move the current item one place; at an edge, into the neighbouring parent."""
        tree = self.tree
        obj = tree.current_object()
        if tree.project is None or obj is None or isinstance(obj, Course):
            return
        stack, course = self._stack(), tree.course
        if isinstance(obj, Module):
            i = course.modules.index(obj) + step
            if 0 <= i < len(course.modules):
                course_ops.move_module(stack, course, obj, i)
        elif isinstance(obj, Lesson):
            self._move_child(obj, tree.module_of(obj), course.modules, "lessons", step)
        else:
            lessons = [lesson for _, lesson in course.lessons()]
            self._move_child(obj, tree.lesson_of(obj), lessons, "blocks", step)
        tree.select(obj.id)

    def _move_child(self, obj: Any, parent: Any, parents: list[Any], attr: str, step: int) -> None:
        stack = self._stack()
        items: list[Any] = getattr(parent, attr)
        index = items.index(obj)
        mover = course_ops.move_lesson if attr == "lessons" else course_ops.move_block
        if 0 <= index + step < len(items):
            mover(stack, obj, parent, parent, index + step)
            return
        p = parents.index(parent) + step
        if 0 <= p < len(parents):
            dst = parents[p]
            mover(stack, obj, parent, dst, len(getattr(dst, attr)) if step < 0 else 0)
