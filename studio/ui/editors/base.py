"""What every editor shares: edits go through the project's command stack, and the
widgets refresh from the model whenever the stack changes (edit, undo, redo).

A field binding connects one widget to one model attribute. User edits become
``set_field`` commands (typing in one field merges into one undo step, see
``SetAttr.merge_with``); ``refresh()`` writes the model back into the widgets
with their signals blocked, so an undo shows at once and never loops back into
another command.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from studio.course_ops import set_field
from studio.project import Project
from studio.ui.qt import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QEvent,
    QKeySequence,
    QLineEdit,
    QObject,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QtWidgets,
    QWidget,
)

if TYPE_CHECKING:
    from studio.ui.editors.growing_text import GrowingLineEdit

LineLike = TypeVar("LineLike", "QLineEdit", "GrowingLineEdit")
_TEXT_WIDGETS = (QLineEdit, QTextEdit, QPlainTextEdit, QtWidgets.QAbstractSpinBox)


class Binding:
    """One widget shows and edits ``getattr(target(), name)``."""

    def __init__(
        self,
        widget: QWidget,
        target: Callable[[], Any],
        name: str,
        read: Callable[[], Any],
        write: Callable[[Any], None],
    ) -> None:
        self.widget = widget
        self.target = target
        self.name = name
        self.read = read  # the widget's current value
        self.write = write  # show a value in the widget

    def refresh(self) -> None:
        obj = self.target()
        if obj is None:
            return
        value = getattr(obj, self.name)
        if self.read() != value:
            self.widget.blockSignals(True)
            try:
                self.write(value)
            finally:
                self.widget.blockSignals(False)


class _UndoKeysToProject(QObject):
    """Ctrl+Z / Ctrl+Shift+Z in an editor's text field undo the *project*, not the field.

    Qt's text widgets claim the undo keys for their own little history, which would
    split undo in two and hide the window's Edit > Undo. On ShortcutOverride the
    claim is refused, so the window's Undo action gets the key; with no such
    action (an editor on its own) the key press itself undoes the project stack.
    """

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(obj, _TEXT_WIDGETS):
            return False
        undo = event.matches(QKeySequence.StandardKey.Undo)  # type: ignore[attr-defined]
        redo = event.matches(QKeySequence.StandardKey.Redo)  # type: ignore[attr-defined]
        if not (undo or redo):
            return False
        editor = _editor_of(obj)
        if editor is None:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.ignore()  # let the window's Undo/Redo shortcut have it
            return True
        if undo:
            editor.stack.undo()
        else:
            editor.stack.redo()
        return True


def _editor_of(widget: QObject) -> EditorBase | None:
    parent: QObject | None = widget
    while parent is not None:
        if isinstance(parent, EditorBase):
            return parent
        parent = parent.parent()
    return None


_undo_filter: _UndoKeysToProject | None = None


def route_undo_keys() -> None:
    """Install the undo-key filter once on the application (see ``_UndoKeysToProject``)."""
    global _undo_filter
    app = QApplication.instance()
    if _undo_filter is None and app is not None:
        _undo_filter = _UndoKeysToProject(app)
        app.installEventFilter(_undo_filter)


class EditorBase(QWidget):
    """A widget editing part of ``project.course``; subclasses build the UI and bind fields."""

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.stack = project.stack
        self._bindings: list[Binding] = []
        self._refreshing = False
        listener = self._stack_changed
        self.stack.add_listener(listener)
        # Stop listening when Qt deletes the widget (the shell replaces editors on selection).
        self.destroyed.connect(functools.partial(self.stack.remove_listener, listener))
        route_undo_keys()

    # -- model -> widgets ---------------------------------------------------
    def _stack_changed(self) -> None:
        if self._refreshing:
            return
        self._refreshing = True
        try:
            self.refresh()
        except RuntimeError:  # the C++ widget is already gone
            self.stack.remove_listener(self._stack_changed)
        finally:
            self._refreshing = False

    def refresh(self) -> None:
        """Show the model's current state; subclasses extend it."""
        for binding in self._bindings:
            binding.refresh()

    # -- widgets -> model -----------------------------------------------------
    def edit(self, obj: Any, name: str, value: Any, description: str = "") -> None:
        """Change one field through the command stack (one undo step, merged while typing)."""
        set_field(self.stack, obj, name, value, description)

    def _target(self, obj: Any) -> Callable[[], Any]:
        return obj if callable(obj) else (lambda: obj)

    def bind_line(self, widget: LineLike, obj: Any, name: str, description: str = "") -> LineLike:
        target = self._target(obj)
        widget.textEdited.connect(lambda text: self.edit(target(), name, text, description))
        self._add(widget, target, name, widget.text, widget.setText)
        return widget

    def bind_plain(
        self, widget: QPlainTextEdit, obj: Any, name: str, description: str = ""
    ) -> QPlainTextEdit:
        target = self._target(obj)
        widget.setUndoRedoEnabled(False)  # one history: the project's

        def changed() -> None:
            self.edit(target(), name, widget.toPlainText(), description)

        widget.textChanged.connect(changed)

        def show(value: str) -> None:
            widget.setPlainText(value)

        self._add(widget, target, name, widget.toPlainText, show)
        return widget

    def bind_check(
        self, widget: QCheckBox, obj: Any, name: str, description: str = ""
    ) -> QCheckBox:
        target = self._target(obj)
        widget.toggled.connect(lambda on: self.edit(target(), name, bool(on), description))
        self._add(widget, target, name, widget.isChecked, widget.setChecked)
        return widget

    def bind_int(self, widget: QSpinBox, obj: Any, name: str, description: str = "") -> QSpinBox:
        target = self._target(obj)
        widget.valueChanged.connect(lambda v: self.edit(target(), name, int(v), description))
        self._add(widget, target, name, widget.value, widget.setValue)
        return widget

    def bind_float(
        self, widget: QDoubleSpinBox, obj: Any, name: str, description: str = ""
    ) -> QDoubleSpinBox:
        target = self._target(obj)
        widget.valueChanged.connect(lambda v: self.edit(target(), name, float(v), description))
        self._add(widget, target, name, widget.value, widget.setValue)
        return widget

    def bind_combo(
        self, widget: QComboBox, obj: Any, name: str, description: str = ""
    ) -> QComboBox:
        """A combo box whose items carry the model values as item data."""
        target = self._target(obj)

        def chosen(index: int) -> None:
            if index >= 0:
                self.edit(target(), name, widget.itemData(index), description)

        def show(value: Any) -> None:
            widget.setCurrentIndex(max(0, widget.findData(value)))

        widget.currentIndexChanged.connect(chosen)
        self._add(widget, target, name, widget.currentData, show)
        return widget

    def _add(
        self,
        widget: QWidget,
        target: Callable[[], Any],
        name: str,
        read: Callable[[], Any],
        write: Callable[[Any], None],
    ) -> None:
        binding = Binding(widget, target, name, read, write)
        self._bindings.append(binding)
        binding.refresh()


def accessible(widget: QWidget, name: str, description: str = "") -> QWidget:
    """Give ``widget`` an accessible name (and description) for screen readers."""
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
        widget.setToolTip(description)
    return widget
