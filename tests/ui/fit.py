"""Text-fit measurements of a live window: what a user would see cut off or scrolled.

``overflows(widget)`` lists every visible line edit whose text is wider than the
field, and every visible scroll area whose horizontal scroll bar shows (an editor
that scrolls sideways). Used by the laptop-screen tests at 1366x768.
"""

from __future__ import annotations

from studio.ui.qt import QComboBox, QLineEdit, QtWidgets, QWidget


def _name(widget: QWidget) -> str:
    return widget.accessibleName() or widget.objectName() or type(widget).__name__


def overflows(root: QWidget) -> list[str]:
    found: list[str] = []
    for edit in root.findChildren(QLineEdit):
        if not edit.isVisible() or edit.text() == "":
            continue
        if isinstance(edit.parent(), QtWidgets.QAbstractSpinBox):
            continue  # spin boxes show numbers sized to their range
        combo = edit.parent() if isinstance(edit.parent(), QComboBox) else None
        room = edit.contentsRect().width() - 8  # the frame's text margins
        wide = edit.fontMetrics().horizontalAdvance(edit.text())
        if wide > room:
            found.append(f"line edit {_name(combo or edit)!r}: text {wide}px in {room}px")
    for area in root.findChildren(QtWidgets.QAbstractScrollArea):
        if not area.isVisible() or isinstance(area, QtWidgets.QAbstractItemView):
            continue  # tables and lists may scroll wide columns on purpose
        if isinstance(area, QtWidgets.QPlainTextEdit | QtWidgets.QTextEdit):
            continue  # text fields wrap
        if area.property("scrolls_sideways"):
            continue  # a timeline is meant to be wider than the view
        bar = area.horizontalScrollBar()
        if bar.isVisible() and bar.maximum() > 0:
            found.append(f"scroll area {_name(area)!r} scrolls sideways by {bar.maximum()}px")
    return found
