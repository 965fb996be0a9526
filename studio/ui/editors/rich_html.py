"""A QTextDocument as Studio's semantic HTML subset.

Qt's own ``toHtml()`` writes a full page of ``<span style="font-weight:700">`` and
``<p style="margin...">``; the sanitizer would keep the text but lose the meaning.
So the document is walked instead (blocks, list membership, tables, character
formats) and written with semantic tags (``h2``, ``strong``, ``em``, ``ul``/``ol``,
``a``, ``img`` with alt, ``table`` with a ``thead`` of ``th scope="col"``), then
passed through ``studio.sanitize.sanitize_html`` like every author HTML.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from studio.sanitize import is_safe_url, sanitize_html
from studio.ui.qt import QFont, QTextCursor, QTextDocument, QtGui

_BOLD = int(QFont.Weight.DemiBold.value)
_UNORDERED = {
    QtGui.QTextListFormat.Style.ListDisc,
    QtGui.QTextListFormat.Style.ListCircle,
    QtGui.QTextListFormat.Style.ListSquare,
}
_ALT = QtGui.QTextFormat.Property.ImageAltText
_LINE_SEPARATOR = "\u2028"
_OBJECT = "\ufffc"


def _attr(value: str) -> str:
    return escape(value, quote=True)


def _image_html(fmt: QtGui.QTextImageFormat) -> str:
    if not fmt.name() or not is_safe_url(fmt.name()) or fmt.name().startswith("data:"):
        return ""  # a pasted file:/data: image is not part of the project: drop it
    parts = [f'<img src="{_attr(fmt.name())}" alt="{_attr(fmt.stringProperty(_ALT))}"']
    if fmt.width() > 0:
        parts.append(f' width="{round(fmt.width())}"')
    if fmt.height() > 0:
        parts.append(f' height="{round(fmt.height())}"')
    return "".join(parts) + "/>"


def _wrap(text: str, fmt: QtGui.QTextCharFormat, plain_weight: bool) -> str:
    """``text`` (already HTML) wrapped in the tags its character format means."""
    if fmt.fontFixedPitch() or fmt.fontFamilies() and "monospace" in str(fmt.fontFamilies()):
        text = f"<code>{text}</code>"
    valign = fmt.verticalAlignment()
    if valign == QtGui.QTextCharFormat.VerticalAlignment.AlignSuperScript:
        text = f"<sup>{text}</sup>"
    elif valign == QtGui.QTextCharFormat.VerticalAlignment.AlignSubScript:
        text = f"<sub>{text}</sub>"
    if fmt.fontStrikeOut():
        text = f"<s>{text}</s>"
    if fmt.fontUnderline() and not fmt.isAnchor():
        text = f"<u>{text}</u>"
    if fmt.fontItalic():
        text = f"<em>{text}</em>"
    if not plain_weight and fmt.fontWeight() >= _BOLD:
        text = f"<strong>{text}</strong>"
    if fmt.isAnchor() and fmt.anchorHref():
        text = f'<a href="{_attr(fmt.anchorHref())}">{text}</a>'
    return text


def inline_html(block: QtGui.QTextBlock, plain_weight: bool = False) -> str:
    """The inline content of one block; ``plain_weight`` ignores bold (headings, th)."""
    out: list[str] = []
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        it += 1
        if not fragment.isValid():
            continue
        fmt = fragment.charFormat()
        if fmt.isImageFormat():
            image = fmt.toImageFormat()
            out.append(_image_html(image) * fragment.text().count(_OBJECT))
            continue
        text = escape(fragment.text().replace(_OBJECT, ""), quote=False)
        if not text:
            continue
        text = text.replace(_LINE_SEPARATOR, "<br/>").replace("\n", "<br/>")
        out.append(_wrap(text, fmt, plain_weight))
    return "".join(out)


@dataclass
class _OpenList:
    indent: int
    tag: str
    key: int
    item_open: bool = False


class _Writer:
    def __init__(self) -> None:
        self.out: list[str] = []
        self.lists: list[_OpenList] = []

    def close_top(self) -> None:
        top = self.lists.pop()
        if top.item_open:
            self.out.append("</li>")
        self.out.append(f"</{top.tag}>")

    def close_lists(self) -> None:
        while self.lists:
            self.close_top()

    def list_item(self, block: QtGui.QTextBlock, text_list: QtGui.QTextList) -> None:
        fmt = text_list.format()
        indent = fmt.indent()
        tag = "ul" if fmt.style() in _UNORDERED else "ol"
        key = text_list.item(0).position() if text_list.count() else block.position()
        while self.lists and self.lists[-1].indent > indent:
            self.close_top()
        if self.lists and self.lists[-1].indent == indent and self.lists[-1].key != key:
            self.close_top()
        if not self.lists or self.lists[-1].indent < indent:
            self.out.append(f"<{tag}>")
            self.lists.append(_OpenList(indent, tag, key))
        top = self.lists[-1]
        if top.item_open:
            self.out.append("</li>")
        self.out.append("<li>" + inline_html(block))
        top.item_open = True

    def paragraph(self, block: QtGui.QTextBlock) -> None:
        self.close_lists()
        level = block.blockFormat().headingLevel()
        if level > 0:
            content = inline_html(block, plain_weight=True)
            if content:
                tag = f"h{min(max(level, 2), 6)}"
                self.out.append(f"<{tag}>{content}</{tag}>")
            return
        content = inline_html(block)
        if content:
            self.out.append(f"<p>{content}</p>")

    def table(self, doc: QTextDocument, table: QtGui.QTextTable) -> None:
        self.close_lists()
        header_rows = max(0, table.format().headerRowCount())
        rows: list[str] = []
        for row in range(table.rows()):
            cells: list[str] = []
            is_header = row < header_rows
            for col in range(table.columns()):
                cell = table.cellAt(row, col)
                if cell.row() != row or cell.column() != col:
                    continue  # covered by a spanning cell
                content = _cell_html(doc, cell, is_header)
                span = ""
                if cell.rowSpan() > 1:
                    span += f' rowspan="{cell.rowSpan()}"'
                if cell.columnSpan() > 1:
                    span += f' colspan="{cell.columnSpan()}"'
                if is_header:
                    cells.append(f'<th scope="col"{span}>{content}</th>')
                else:
                    cells.append(f"<td{span}>{content}</td>")
            rows.append("<tr>" + "".join(cells) + "</tr>")
        head = "".join(rows[:header_rows])
        body = "".join(rows[header_rows:])
        html = "<table>"
        if head:
            html += f"<thead>{head}</thead>"
        if body:
            html += f"<tbody>{body}</tbody>"
        self.out.append(html + "</table>")


def _cell_html(doc: QTextDocument, cell: QtGui.QTextTableCell, header: bool) -> str:
    parts: list[str] = []
    block = doc.findBlock(cell.firstPosition())
    while block.isValid() and block.position() <= cell.lastPosition():
        content = inline_html(block, plain_weight=header)
        if content:
            parts.append(content)
        block = block.next()
    return "<br/>".join(parts)


def document_html(doc: QTextDocument) -> str:
    """The document as sanitized semantic HTML ("" for an empty document)."""
    writer = _Writer()
    block = doc.begin()
    done_tables: set[int] = set()
    while block.isValid():
        table = QTextCursor(block).currentTable()
        if table is not None:
            start = table.firstPosition()
            if start not in done_tables:
                done_tables.add(start)
                writer.table(doc, table)
            after = doc.findBlock(table.lastPosition() + 1)
            block = after if after.position() > block.position() else block.next()
            continue
        text_list = block.textList()
        if text_list is not None:
            writer.list_item(block, text_list)
        else:
            writer.paragraph(block)
        block = block.next()
    writer.close_lists()
    return sanitize_html("".join(writer.out))
