"""A one-paragraph text field that wraps and grows instead of hiding its text.

Choice, feedback and answer texts are often a full sentence; in a ``QLineEdit``
on a laptop screen only a dozen characters show. ``GrowingLineEdit`` offers the
``QLineEdit`` calls the editors use (``text``, ``setText``, ``textEdited``,
placeholder) so ``EditorBase.bind_line`` binds it unchanged, wraps at word
boundaries and is as tall as its text. Enter does not add a line (the stored
value is one paragraph); it moves to the next field like Tab.
"""

from __future__ import annotations

from typing import Any

from studio.ui.qt import (
    QKeyEvent,
    QPlainTextEdit,
    QSize,
    QSizePolicy,
    Qt,
    QTextCursor,
    QWidget,
    Signal,
)


class GrowingLineEdit(QPlainTextEdit):
    """A wrapping, self-sizing replacement for QLineEdit (one paragraph of text)."""

    textEdited = Signal(str)  # noqa: N815 (the QLineEdit signal name)
    editingFinished = Signal()  # noqa: N815 (the QLineEdit signal name)
    MAX_LINES = 8

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setUndoRedoEnabled(False)  # one history: the project's
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().setDocumentMargin(3)
        self._setting = False
        self.setText(text)
        self.textChanged.connect(self._changed)
        self.document().documentLayout().documentSizeChanged.connect(lambda _s: self._fit())
        self._fit()

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:  # noqa: N802 (QLineEdit name)
        self._setting = True
        try:
            self.setPlainText(text)
            self.moveCursor(QTextCursor.MoveOperation.End)  # as QLineEdit.setText does
        finally:
            self._setting = False
        self._fit()

    def _changed(self) -> None:
        if not self._setting and not self.signalsBlocked():
            self.textEdited.emit(self.toPlainText())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.editingFinished.emit()
            self.focusNextChild()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: Any) -> None:  # noqa: N802 (Qt name)
        super().focusOutEvent(event)
        self.editingFinished.emit()

    def insertFromMimeData(self, source: Any) -> None:  # noqa: N802 (Qt name)
        """Pasted line breaks become spaces: the value is one paragraph."""
        text = " ".join(source.text().split()) if source.hasText() else ""
        if text:
            self.insertPlainText(text)

    def _fit(self) -> None:
        line = self.fontMetrics().lineSpacing()
        # QPlainTextDocumentLayout measures the document in visual lines.
        lines = max(1, min(self.MAX_LINES, int(self.document().size().height())))
        margins = self.contentsMargins()
        frame = 2 * self.frameWidth() + 2 * int(self.document().documentMargin())
        height = lines * line + frame + margins.top() + margins.bottom()
        if self.height() != height or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(200, self.height())

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._fit()
