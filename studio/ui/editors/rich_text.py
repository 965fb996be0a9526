"""The rich-text page editor: a QTextEdit with a toolbar, producing the sanitized subset.

Headings, bold/italic, bullet and numbered lists, links, images from the project
(``asset:<id>`` with alt text, or marked decorative) and tables with a header
row. What is stored is ``rich_html.document_html``: semantic tags through
``sanitize_html``, never Qt's styled spans. ``bind_rich`` ties one editor to one
model field through the command stack.
"""

from __future__ import annotations

from typing import Any

from studio.errors import StudioError
from studio.project import Project
from studio.sanitize import is_safe_url
from studio.ui import dialogs
from studio.ui.drop_files import local_paths
from studio.ui.editors.asset_picker import AssetPicker
from studio.ui.editors.base import EditorBase
from studio.ui.editors.pasted_images import (
    ALT_PROMPT,
    PastedImages,
    add_pasted_images,
    ask_alt_texts,
    images_in,
)
from studio.ui.editors.rich_html import document_html
from studio.ui.qt import (
    QAction,
    QComboBox,
    QFont,
    QImage,
    QInputDialog,
    QKeySequence,
    QMessageBox,
    QMimeData,
    Qt,
    QTextCursor,
    QTextDocument,
    QTextEdit,
    QtGui,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
    tr,
    tr_noop,
)

HEADINGS = [(0, "Paragraph"), (2, "Heading 2"), (3, "Heading 3"), (4, "Heading 4")]
_HEADING_SIZE = {2: 1.5, 3: 1.25, 4: 1.1}
_ALT = QtGui.QTextFormat.Property.ImageAltText
_MAX_IMAGE_WIDTH = 480


class _AssetTextEdit(QTextEdit):
    """Shows ``asset:<id>`` images from the project's media folder; hands pasted or
    dropped images to ``images_pasted`` (a ``PastedImages``) instead of inserting them."""

    images_pasted = Signal(object)
    paste_refused = Signal(object)  # the StudioError naming the file

    def __init__(self, project: Project | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802 (Qt override)
        if self.project is not None and (source.hasImage() or local_paths(source)):
            return True
        return super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 (Qt override)
        if self.project is not None:
            try:
                pasted = images_in(source)
            except StudioError as exc:
                self.paste_refused.emit(exc)
                return
            if pasted is not None:
                self.images_pasted.emit(pasted)
                return
        super().insertFromMimeData(source)

    def loadResource(self, kind: int, name: Any) -> Any:  # noqa: N802 (Qt override)
        if self.project is not None and name.scheme() == "asset":
            path = self.project.shown_media(name.path())
            image = QImage(str(path)) if path is not None else QImage()
            if not image.isNull():
                if image.width() > _MAX_IMAGE_WIDTH:
                    image = image.scaledToWidth(
                        _MAX_IMAGE_WIDTH, Qt.TransformationMode.SmoothTransformation
                    )
                return image
        return super().loadResource(kind, name)


class RichTextEditor(QWidget):
    """Toolbar + text area; ``html_edited`` carries the sanitized HTML after each user edit."""

    html_edited = Signal(str)

    def __init__(
        self,
        project: Project | None = None,
        parent: QWidget | None = None,
        *,
        compact: bool = False,
        accessible_name: str = tr_noop("Page text"),
    ) -> None:
        super().__init__(parent)
        self.project = project
        self._source = ""  # the HTML last loaded or emitted
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.toolbar = QToolBar(tr("Formatting"))
        self.toolbar.setAccessibleName(tr("Formatting"))
        layout.addWidget(self.toolbar)
        self.text = _AssetTextEdit(project)
        self.text.setAccessibleName(tr(accessible_name))
        self.text.setTabChangesFocus(True)
        self.text.setAcceptRichText(True)
        self.text.setUndoRedoEnabled(False)  # one history: the project's (see base.py)
        if compact:
            self.text.setMinimumHeight(60)
            self.text.setMaximumHeight(96)
        layout.addWidget(self.text)
        self._build_toolbar(compact)
        # Qt's "»" button for the actions that do not fit has no name of its own.
        for button in self.toolbar.findChildren(QToolButton, "qt_toolbar_ext_button"):
            button.setAccessibleName(tr("More formatting"))
            button.setToolTip(tr("More formatting"))
        self.text.textChanged.connect(self._changed)
        self.text.cursorPositionChanged.connect(self._sync_toolbar)
        self.text.images_pasted.connect(self.paste_images)
        self.text.paste_refused.connect(
            lambda error: dialogs.show_error(self, tr("Cannot paste"), error)
        )

    # -- toolbar ---------------------------------------------------------------
    def _action(
        self, label: str, shortcut: str, slot: Any, checkable: bool = False, short: str = ""
    ) -> QAction:
        action = QAction(tr(label), self)
        if short:
            action.setIconText(tr(short))  # what the toolbar shows; the full label is the name
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(f"{tr(label)} ({QKeySequence(shortcut).toString()})")
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.addAction(action)
        self.toolbar.addAction(action)
        button = self.toolbar.widgetForAction(action)
        if button is not None:
            button.setAccessibleName(tr(label).rstrip("…"))
        return action

    def _build_toolbar(self, compact: bool) -> None:
        self.heading_box = QComboBox()
        self.heading_box.setAccessibleName(tr("Paragraph style"))
        for level, label in HEADINGS:
            self.heading_box.addItem(tr(label), level)
        self.heading_box.activated.connect(
            lambda index: self.set_heading(int(self.heading_box.itemData(index)))
        )
        if not compact:
            self.toolbar.addWidget(self.heading_box)
        bold_font = QFont()
        bold_font.setBold(True)
        self.bold_action = self._action("Bold", "Ctrl+B", self.toggle_bold, True, "B")
        self.italic_action = self._action("Italic", "Ctrl+I", self.toggle_italic, True, "I")
        self.bold_action.setFont(bold_font)
        italic_font = QFont()
        italic_font.setItalic(True)
        self.italic_action.setFont(italic_font)
        self._action("Bulleted list", "Ctrl+Shift+8", lambda: self.toggle_list(False), short="• —")
        self._action("Numbered list", "Ctrl+Shift+7", lambda: self.toggle_list(True), short="1. —")
        self._action("Link…", "Ctrl+K", self._ask_link, short="Link")
        self._action("Image…", "Ctrl+Shift+I", self._ask_image, short="Image")
        if not compact:
            self._action("Table…", "", self._ask_table, short="Table")
            for level, _label in HEADINGS:
                shortcut = QAction(self)
                shortcut.setShortcut(QKeySequence(f"Ctrl+Alt+{level}"))
                shortcut.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.triggered.connect(lambda _=False, lv=level: self.set_heading(lv))
                self.addAction(shortcut)

    def _sync_toolbar(self) -> None:
        fmt = self.text.currentCharFormat()
        self.bold_action.setChecked(fmt.fontWeight() >= int(QFont.Weight.DemiBold.value))
        self.italic_action.setChecked(fmt.fontItalic())
        level = self.text.textCursor().blockFormat().headingLevel()
        self.heading_box.setCurrentIndex(max(0, self.heading_box.findData(level)))

    # -- content -----------------------------------------------------------------
    def document(self) -> QTextDocument:
        return self.text.document()

    def html(self) -> str:
        """The current content as sanitized semantic HTML."""
        return document_html(self.text.document())

    def source(self) -> str:
        return self._source

    def set_html(self, html: str) -> None:
        """Show ``html`` (model -> widget); does not emit ``html_edited``."""
        self._source = html
        position = self.text.textCursor().position()
        self._loading = True
        try:
            self.text.setHtml(html)
        finally:
            self._loading = False
        cursor = self.text.textCursor()
        cursor.setPosition(min(position, max(0, self.text.document().characterCount() - 1)))
        self.text.setTextCursor(cursor)

    def _changed(self) -> None:
        if self._loading:
            return
        html = self.html()
        if html != self._source:
            self._source = html
            self.html_edited.emit(html)

    # -- formatting operations (also the toolbar's, callable from tests) -----------
    def _merge(self, fmt: QtGui.QTextCharFormat) -> None:
        cursor = self.text.textCursor()
        if not cursor.hasSelection():
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        cursor.mergeCharFormat(fmt)
        self.text.mergeCurrentCharFormat(fmt)

    def toggle_bold(self) -> None:
        fmt = QtGui.QTextCharFormat()
        bold = self.text.currentCharFormat().fontWeight() < int(QFont.Weight.DemiBold.value)
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        self._merge(fmt)

    def toggle_italic(self) -> None:
        fmt = QtGui.QTextCharFormat()
        fmt.setFontItalic(not self.text.currentCharFormat().fontItalic())
        self._merge(fmt)

    def set_heading(self, level: int) -> None:
        """0 = paragraph; 2-4 = heading (the page title is the h1)."""
        cursor = self.text.textCursor()
        cursor.beginEditBlock()
        block_fmt = QtGui.QTextBlockFormat()
        block_fmt.setHeadingLevel(level)
        cursor.mergeBlockFormat(block_fmt)
        char_fmt = QtGui.QTextCharFormat()
        char_fmt.setFontWeight(QFont.Weight.Bold if level else QFont.Weight.Normal)
        base = self.text.font().pointSizeF()
        char_fmt.setFontPointSize(base * _HEADING_SIZE.get(level, 1.0))
        cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
        cursor.mergeCharFormat(char_fmt)
        cursor.endEditBlock()

    def toggle_list(self, ordered: bool) -> None:
        style = (
            QtGui.QTextListFormat.Style.ListDecimal
            if ordered
            else QtGui.QTextListFormat.Style.ListDisc
        )
        cursor = self.text.textCursor()
        current = cursor.currentList()
        if current is not None and current.format().style() == style:
            cursor.beginEditBlock()
            block = cursor.block()
            current.remove(block)
            fmt = block.blockFormat()
            fmt.setIndent(0)
            cursor.setBlockFormat(fmt)
            cursor.endEditBlock()
            return
        cursor.createList(style)

    def insert_link(self, url: str, text: str = "") -> bool:
        """Link the selection (or insert ``text``/the URL); False for an unsafe URL."""
        url = url.strip()
        if not url or not is_safe_url(url):
            return False
        cursor = self.text.textCursor()
        fmt = QtGui.QTextCharFormat()
        fmt.setAnchor(True)
        fmt.setAnchorHref(url)
        fmt.setFontUnderline(True)
        fmt.setForeground(self.palette().link())
        if cursor.hasSelection():
            cursor.mergeCharFormat(fmt)
        else:
            cursor.insertText(text or url, fmt)
            cursor.setCharFormat(QtGui.QTextCharFormat())
            self.text.setCurrentCharFormat(QtGui.QTextCharFormat())
        return True

    def remove_link(self) -> None:
        """Unlink the selection (or the link under the cursor)."""
        cursor = self.text.textCursor()
        if not cursor.hasSelection():
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        fmt = QtGui.QTextCharFormat()
        fmt.setAnchor(False)
        fmt.setAnchorHref("")
        fmt.setFontUnderline(False)
        fmt.setForeground(self.palette().text())
        cursor.mergeCharFormat(fmt)

    def _image_cursor(self) -> QTextCursor | None:
        """A cursor selecting the image at (or just before) the text cursor."""
        cursor = self.text.textCursor()
        last = self.text.document().characterCount() - 1
        starts = [cursor.selectionStart()] if cursor.hasSelection() else []
        for start in [*starts, cursor.position() - 1, cursor.position()]:
            if not 0 <= start < last:
                continue
            probe = QTextCursor(self.text.document())
            probe.setPosition(start)
            probe.setPosition(start + 1, QTextCursor.MoveMode.KeepAnchor)
            if probe.charFormat().isImageFormat():
                return probe
        return None

    def image_at_cursor(self) -> QtGui.QTextImageFormat | None:
        probe = self._image_cursor()
        return None if probe is None else probe.charFormat().toImageFormat()

    def set_image_alt(self, alt: str) -> bool:
        """Change the alt text of the image at the cursor; False if there is none."""
        probe = self._image_cursor()
        if probe is None:
            return False
        fmt = probe.charFormat().toImageFormat()
        fmt.setProperty(_ALT, alt)
        probe.setCharFormat(fmt)
        return True

    def insert_image(self, asset_id: str, alt: str) -> None:
        """Insert a project image; ``alt`` = "" marks it decorative."""
        fmt = QtGui.QTextImageFormat()
        fmt.setName(f"asset:{asset_id}")
        fmt.setProperty(_ALT, alt)
        self.text.textCursor().insertImage(fmt)

    def paste_images(self, pasted: PastedImages) -> bool:
        """Add pasted images to the project and the page after asking their alt text.

        One undo step; False (and no change) if the instructor cancels or a file
        cannot be added.
        """
        if self.project is None:
            return False
        alts = ask_alt_texts(self, pasted)
        if alts is None:
            return False
        before = self._source
        try:
            add_pasted_images(self.project, pasted, alts, self.insert_image)
        except StudioError as exc:  # the step was rolled back: show the page as it is
            self.set_html(before)
            dialogs.show_error(self, tr("Cannot paste"), exc)
            return False
        return True

    def insert_table(self, rows: int, columns: int) -> None:
        """A table whose first row is the header row."""
        fmt = QtGui.QTextTableFormat()
        fmt.setHeaderRowCount(1)
        fmt.setCellPadding(4)
        fmt.setBorder(1)
        cursor = self.text.textCursor()
        table = cursor.insertTable(max(2, rows), max(1, columns), fmt)
        bold = QtGui.QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        for col in range(table.columns()):
            table.cellAt(0, col).firstCursorPosition().setBlockCharFormat(bold)
        self.text.setTextCursor(table.cellAt(0, 0).firstCursorPosition())  # type in the first cell

    # -- dialogs -------------------------------------------------------------------
    def _ask_link(self) -> None:
        current = self.text.textCursor().charFormat()
        url, ok = QInputDialog.getText(
            self,
            tr("Link"),
            tr("Web address (https://…); leave empty to remove the link:"),
            text=current.anchorHref() if current.isAnchor() else "",
        )
        if not ok:
            return
        if not url.strip():
            self.remove_link()
        elif not self.insert_link(url):
            QMessageBox.warning(
                self, tr("Link"), tr("Only http, https and mailto links are allowed.")
            )

    def _ask_image(self) -> None:
        if self.project is None:
            return
        image = self.image_at_cursor()
        if image is not None:  # on an image: edit its alt text
            alt, ok = QInputDialog.getText(
                self, tr("Alternative text"), tr(ALT_PROMPT), text=image.stringProperty(_ALT)
            )
            if ok:
                self.set_image_alt(alt.strip())
            return
        asset_id = AssetPicker.choose(self.project, "image", self)
        if not asset_id:
            return
        alt, ok = QInputDialog.getText(self, tr("Alternative text"), tr(ALT_PROMPT))
        if ok:
            self.insert_image(asset_id, alt.strip())

    def _ask_table(self) -> None:
        rows, ok = QInputDialog.getInt(
            self, tr("Table"), tr("Rows (with the header row):"), 3, 2, 50
        )
        if not ok:
            return
        cols, ok = QInputDialog.getInt(self, tr("Table"), tr("Columns:"), 2, 1, 12)
        if ok:
            self.insert_table(rows, cols)


def bind_rich(editor: EditorBase, widget: RichTextEditor, obj: Any, name: str, label: str) -> None:
    """Store ``widget``'s HTML in ``obj.name`` through the stack; reload it on undo/redo."""
    target = obj if callable(obj) else (lambda: obj)
    widget.html_edited.connect(lambda html: editor.edit(target(), name, html, label))
    editor._add(widget, target, name, widget.source, widget.set_html)


class TextBlockEditor(EditorBase):
    """The page editor for a ``TextBlock``."""

    def __init__(self, project: Project, block: Any, parent: QWidget | None = None) -> None:
        super().__init__(project, parent)
        self.block = block
        layout = QVBoxLayout(self)
        self.rich = RichTextEditor(project, self)
        layout.addWidget(self.rich)
        bind_rich(self, self.rich, block, "html", tr("Edit text"))
