"""The course outline: course > modules > lessons > blocks, edited only through commands.

The tree is a view of the model: every change (rename, add, delete, move, drag and
drop) is a ``studio.course_ops`` command on the project's stack, and the tree is
rebuilt from the course whenever the stack changes (so undo/redo just work).
Drops are computed here from the drop position; Qt never moves the items itself.
"""

from __future__ import annotations

import re
from typing import Any

from studio import course_ops
from studio.model import Course, Lesson, Module
from studio.model.blocks import Block
from studio.project import Project
from studio.ui.outline_actions import OutlineActions
from studio.ui.qt import (
    QAbstractItemView,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QMenu,
    QPoint,
    Qt,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
    Signal,
    tr,
)

ROLE = Qt.ItemDataRole.UserRole
COURSE, MODULE, LESSON, BLOCK = "course", "module", "lesson", "block"
BLOCK_NAMES = {
    "text": "Page",
    "video": "Video",
    "audio": "Audio",
    "image": "Image",
    "quiz": "Quiz",
    "attachment": "Attachment",
    "link": "Link",
    "discussion": "Discussion",
}
ABOVE, BELOW, ON = "above", "below", "on"


def block_label(block: Block) -> str:
    """A short, readable label for a block in the outline."""
    kind = tr(BLOCK_NAMES.get(block.KIND, block.KIND))
    title = ""
    for name in ("title",):
        title = str(getattr(block, name, "") or "")
    if not title and block.KIND == "quiz":
        title = block.quiz.title  # type: ignore[union-attr]
    if not title and block.KIND == "image":
        title = block.caption or block.alt  # type: ignore[union-attr]
    if not title and block.KIND == "text":
        text = re.sub(r"<[^>]+>", " ", block.html)  # type: ignore[union-attr]
        title = " ".join(text.split())
    if len(title) > 48:
        title = title[:47].rstrip() + "…"
    return f"{kind}: {title}" if title else kind


class OutlineTree(QTreeWidget):
    """The outline widget; emits ``item_selected`` with the model object."""

    item_selected = Signal(object)  # Course | Module | Lesson | Block | None
    files_dropped = Signal(list, object)  # local paths from the desktop, the item under them

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project: Project | None = None
        self.setHeaderHidden(True)
        self.setAccessibleName(tr("Course outline"))
        self.setAccessibleDescription(
            tr("Modules, lessons and blocks. F2 renames, Delete removes, Alt+Up/Down moves.")
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.currentItemChanged.connect(self._current_changed)
        self.itemChanged.connect(self._item_renamed)
        self._signature: list[tuple[str, str, int]] = []
        self._items: dict[str, QTreeWidgetItem] = {}
        self._building = False
        self.actions_ = OutlineActions(self)

    # -- model access --------------------------------------------------------
    @property
    def course(self) -> Course:
        assert self.project is not None
        return self.project.course

    def set_project(self, project: Project | None) -> None:
        if self.project is not None:
            self.project.stack.remove_listener(self.refresh)
        self.project = project
        self._signature = []
        if project is not None:
            project.stack.add_listener(self.refresh)
        self.refresh()
        top = self.topLevelItem(0) if self.topLevelItemCount() else None
        if project is not None and top is not None:
            self.setCurrentItem(top)
        self.actions_.update_enabled()

    def key_of(self, item: QTreeWidgetItem | None) -> tuple[str, str] | None:
        if item is None:
            return None
        data = item.data(0, ROLE)
        return (data[0], data[1]) if data else None

    def object_of(self, item: QTreeWidgetItem | None) -> Any:
        """The model object behind a tree item (Course, Module, Lesson or block)."""
        key = self.key_of(item)
        if key is None or self.project is None:
            return None
        kind, ident = key
        if kind == COURSE:
            return self.course
        if kind == MODULE:
            return self.course.find_module(ident)
        if kind == LESSON:
            return self.course.find_lesson(ident)
        found = self.course.find_block(ident)
        return found[1] if found else None

    def current_object(self) -> Any:
        return self.object_of(self.currentItem())

    def item_for(self, ident: str) -> QTreeWidgetItem | None:
        return self._items.get(ident)

    def select(self, ident: str) -> None:
        item = self._items.get(ident)
        if item is not None:
            self.setCurrentItem(item)

    def module_of(self, lesson: Lesson) -> Module:
        return next(m for m in self.course.modules if lesson in m.lessons)

    def lesson_of(self, block: Block) -> Lesson:
        found = self.course.find_block(block.id)
        assert found is not None
        return found[0]

    # -- building ------------------------------------------------------------
    def _structure(self) -> list[tuple[str, str, int]]:
        course = self.course
        out = [(COURSE, course.id, 0)]
        for module in course.modules:
            out.append((MODULE, module.id, 1))
            for lesson in module.lessons:
                out.append((LESSON, lesson.id, 2))
                out.extend((BLOCK, block.id, 3) for block in lesson.blocks)
        return out

    def refresh(self) -> None:
        """Bring the tree in line with the course (cheap when only titles changed)."""
        if self.project is None:
            self.clear()
            self._items = {}
            self._signature = []
            return
        structure = self._structure()
        self._building = True
        try:
            if structure == self._signature:
                self._update_texts()
            else:
                self._rebuild(structure)
        finally:
            self._building = False
        self.actions_.update_enabled()

    def _texts(self) -> dict[str, str]:
        course = self.course
        texts = {course.id: course.title or tr("Untitled course")}
        for module in course.modules:
            texts[module.id] = module.title
            for lesson in module.lessons:
                texts[lesson.id] = lesson.title
                for block in lesson.blocks:
                    texts[block.id] = block_label(block)
        return texts

    def _update_texts(self) -> None:
        for ident, text in self._texts().items():
            item = self._items.get(ident)
            if item is not None and item.text(0) != text:
                item.setText(0, text)

    def _rebuild(self, structure: list[tuple[str, str, int]]) -> None:
        current = self.key_of(self.currentItem())
        collapsed = {i for i, item in self._items.items() if not item.isExpanded()}
        known = set(self._items)
        texts = self._texts()
        self.clear()
        self._items = {}
        parents: list[QTreeWidgetItem] = []
        flags_base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        for kind, ident, depth in structure:
            item = QTreeWidgetItem([texts[ident]])
            item.setData(0, ROLE, (kind, ident))
            flags = flags_base
            if kind in (COURSE, MODULE, LESSON):
                flags |= Qt.ItemFlag.ItemIsEditable
            if kind != COURSE:
                flags |= Qt.ItemFlag.ItemIsDragEnabled
            if kind != BLOCK:
                flags |= Qt.ItemFlag.ItemIsDropEnabled
            item.setFlags(flags)
            del parents[depth:]
            if parents:
                parents[-1].addChild(item)
            else:
                self.addTopLevelItem(item)
            parents.append(item)
            self._items[ident] = item
        for ident, item in self._items.items():
            kind = item.data(0, ROLE)[0]
            # New modules and lessons open; lessons start collapsed on first load.
            expand = ident not in collapsed and (kind != LESSON or ident not in known)
            if kind == LESSON and not known:
                expand = False
            if kind in (COURSE, MODULE) and ident not in collapsed:
                expand = True
            item.setExpanded(expand)
        self._signature = structure
        if current is not None and current[1] in self._items:
            self.setCurrentItem(self._items[current[1]])

    # -- renaming ------------------------------------------------------------
    def _item_renamed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._building or self.project is None:
            return
        obj = self.object_of(item)
        text = item.text(0).strip()
        if obj is None or not hasattr(obj, "title") or not text or text == obj.title:
            self.refresh()
            return
        course_ops.set_field(self.project.stack, obj, "title", text, tr("Rename"))
        self.project.stack.break_merge()

    # -- selection and menus -----------------------------------------------
    def _current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if self._building:
            return
        self.actions_.update_enabled()
        self.item_selected.emit(self.object_of(current))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt name)
        """Right click: menu for the item under the mouse; Menu key or Shift+F10: for the
        current item, shown beside it."""
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            current = self.currentItem()
            rect = self.visualItemRect(current) if current is not None else None
            pos = rect.bottomLeft() if rect is not None else QPoint(0, 0)
        else:
            pos = event.pos()  # mouse events arrive through the viewport, in its coordinates
            item = self.itemAt(pos)
            if item is not None:
                self.setCurrentItem(item)
        self.context_menu = self.actions_.build_menu(QMenu(self))
        self.context_menu.popup(self.viewport().mapToGlobal(pos))
        event.accept()

    # -- drag and drop -----------------------------------------------------
    def drop_region(self, item: QTreeWidgetItem, pos: QPoint) -> str:
        rect = self.visualItemRect(item)
        margin = max(2, rect.height() // 4)
        if pos.y() < rect.top() + margin:
            return ABOVE
        if pos.y() > rect.bottom() - margin:
            return BELOW
        return ON

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt name)
        if event.source() is None and event.mimeData().hasUrls():
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()  # files from the desktop
            return
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 (Qt name)
        if event.source() is None and event.mimeData().hasUrls():
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            return
        super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt name)
        pos = event.position().toPoint()
        if event.source() is None and event.mimeData().hasUrls():
            from studio.ui.drop_files import local_paths

            paths = local_paths(event.mimeData())
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            if paths and self.project is not None:
                self.files_dropped.emit(paths, self.object_of(self.itemAt(pos)))
            return
        source = self.currentItem()
        target = self.itemAt(pos)
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if source is None or target is None or source is target:
            return
        self.drop_on(source, target, self.drop_region(target, pos))

    def drop_on(self, source: QTreeWidgetItem, target: QTreeWidgetItem, region: str) -> bool:
        """Move the source item to ``region`` of the target; True if a command ran."""
        if self.project is None:
            return False
        moved = self.object_of(source)
        goal = self.object_of(target)
        kind = self.key_of(source)[0]  # type: ignore[index]
        tkind = self.key_of(target)[0]  # type: ignore[index]
        stack = self.project.stack
        dst: Any
        src: Any
        if kind == MODULE:
            mods = self.course.modules
            if tkind == COURSE:
                index = len(mods)
            else:
                anchor: Any = goal if tkind == MODULE else None
                if tkind == LESSON:
                    anchor = self.module_of(goal)
                elif tkind == BLOCK:
                    anchor = self.module_of(self.lesson_of(goal))
                index = mods.index(anchor) + (0 if region == ABOVE else 1)
            index -= 1 if mods.index(moved) < index else 0
            if index == mods.index(moved):
                return False
            course_ops.move_module(stack, self.course, moved, index)
        elif kind == LESSON:
            src = self.module_of(moved)
            if tkind == MODULE:
                dst, index = goal, (0 if region == ABOVE else len(goal.lessons))
                if region == ABOVE:  # above a module: end of the previous module
                    i = self.course.modules.index(goal)
                    if i == 0:
                        return False
                    dst = self.course.modules[i - 1]
                    index = len(dst.lessons)
            elif tkind == LESSON:
                dst = self.module_of(goal)
                index = dst.lessons.index(goal) + (0 if region == ABOVE else 1)
            elif tkind == BLOCK:
                lesson = self.lesson_of(goal)
                dst = self.module_of(lesson)
                index = dst.lessons.index(lesson) + 1
            else:
                return False
            if dst is src and src.lessons.index(moved) < index:
                index -= 1
            if dst is src and index == src.lessons.index(moved):
                return False
            course_ops.move_lesson(stack, moved, src, dst, index)
        elif kind == BLOCK:
            src = self.lesson_of(moved)
            if tkind == LESSON:
                dst, index = goal, (0 if region == ABOVE else len(goal.blocks))
            elif tkind == BLOCK:
                dst = self.lesson_of(goal)
                index = dst.blocks.index(goal) + (0 if region == ABOVE else 1)
            else:
                return False
            if dst is src and src.blocks.index(moved) < index:
                index -= 1
            if dst is src and index == src.blocks.index(moved):
                return False
            course_ops.move_block(stack, moved, src, dst, index)
        else:
            return False
        self.select(moved.id)
        return True
