"""Undo and Redo actions bound to a project's core ``CommandStack``.

The stack lives in the core; this only mirrors it: the actions are enabled when
there is something to undo/redo. Their text stays "Undo"/"Redo" so the toolbar
buttons never change width under the mouse; the step's name ("Undo Move lesson")
goes in the tooltip and the status tip.
"""

from __future__ import annotations

from studio.commands import CommandStack
from studio.ui.qt import QAction, QKeySequence, QObject, tr


class UndoBinding(QObject):
    """Keeps an Undo and a Redo ``QAction`` in step with the current stack."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stack: CommandStack | None = None
        self.undo_action = QAction(tr("&Undo"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(tr("&Redo"), self)
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        for extra in ("Ctrl+Y", "Ctrl+Shift+Z"):  # both, whatever the platform's default
            if QKeySequence(extra) not in redo_keys:
                redo_keys.append(QKeySequence(extra))
        self.redo_action.setShortcuts(redo_keys)
        self.redo_action.triggered.connect(self.redo)
        self.refresh()

    def bind(self, stack: CommandStack | None) -> None:
        if self.stack is not None:
            self.stack.remove_listener(self.refresh)
        self.stack = stack
        if stack is not None:
            stack.add_listener(self.refresh)
        self.refresh()

    def undo(self) -> None:
        if self.stack is not None:
            self.stack.undo()

    def redo(self) -> None:
        if self.stack is not None:
            self.stack.redo()

    def refresh(self) -> None:
        stack = self.stack
        can_undo = bool(stack and stack.can_undo)
        can_redo = bool(stack and stack.can_redo)
        self.undo_action.setEnabled(can_undo)
        self.redo_action.setEnabled(can_redo)
        undo_tip = tr("Undo {what}").format(what=stack.undo_text) if stack and can_undo else tr("Undo")
        redo_tip = tr("Redo {what}").format(what=stack.redo_text) if stack and can_redo else tr("Redo")
        for action, tip in ((self.undo_action, undo_tip), (self.redo_action, redo_tip)):
            action.setToolTip(tip)
            action.setStatusTip(tip)
