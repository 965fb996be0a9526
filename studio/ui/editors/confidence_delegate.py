"""The caption text column with its low-confidence words marked (amber, underlined), so the
reviewer knows where to listen first. Cells without such words paint as usual."""

from __future__ import annotations

import html
from typing import Any

from studio.ui.editors.caption_model import LOW_WORDS_ROLE
from studio.ui.qt import QPainter, QStyle, QtCore, QTextDocument, QtGui, QtWidgets

LOW_STYLE = "background-color:#ffd54f;color:#000000;text-decoration:underline;"


def marked_html(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` as rich text with each (start, end) span marked."""
    out: list[str] = []
    at = 0
    for start, end in sorted(spans):
        out.append(html.escape(text[at:start]))
        out.append(f'<span style="{LOW_STYLE}">{html.escape(text[start:end])}</span>')
        at = end
    out.append(html.escape(text[at:]))
    return "".join(out)


class ConfidenceDelegate(QtWidgets.QStyledItemDelegate):
    """Paints the text column's low-confidence words marked; editing is unchanged."""

    def paint(self, painter: QPainter, option: Any, index: Any) -> None:
        spans = index.data(LOW_WORDS_ROLE)
        if not spans:
            super().paint(painter, option, index)
            return
        opt = QtWidgets.QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QtWidgets.QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        document = QTextDocument()
        document.setDefaultFont(opt.font)
        document.setDocumentMargin(2)
        document.setHtml(marked_html(text, list(spans)))
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        painter.save()
        painter.translate(area.topLeft())
        painter.setClipRect(QtCore.QRectF(0, 0, area.width(), area.height()))
        context = QtGui.QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QtGui.QPalette.ColorRole.HighlightedText if selected else QtGui.QPalette.ColorRole.Text
        context.palette.setColor(QtGui.QPalette.ColorRole.Text, opt.palette.color(role))
        top = max(0.0, (area.height() - document.size().height()) / 2)
        painter.translate(0, top)
        document.documentLayout().draw(painter, context)
        painter.restore()


__all__ = ["ConfidenceDelegate", "marked_html"]
