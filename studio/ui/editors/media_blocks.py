"""Editors for the simple blocks: image, attachment, link and discussion.

An image needs alt text unless it is marked decorative; the editor says so next
to the field (the exporters' validation refuses it too), and the narration
script of a slide is editable here as well.
"""

from __future__ import annotations

from typing import Any

from studio.model import AttachmentBlock, DiscussionBlock, ImageBlock, LinkBlock
from studio.project import Project
from studio.sanitize import is_safe_url
from studio.ui.editors.asset_picker import AssetPicker, asset_label
from studio.ui.editors.base import EditorBase
from studio.ui.editors.growing_text import GrowingLineEdit
from studio.ui.editors.rich_text import RichTextEditor, bind_rich
from studio.ui.qt import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPixmap,
    QPlainTextEdit,
    QPushButton,
    Qt,
    QWidget,
    tr,
)


class _AssetRow(QWidget):
    """The chosen file's name and a "Choose…" button."""

    def __init__(self, editor: EditorBase, block: Any, kind: str, field: str = "asset") -> None:
        super().__init__()
        self.editor = editor
        self.block = block
        self.kind = kind
        self.field = field
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setAccessibleName(tr("Chosen file"))
        button = QPushButton(tr("Choose file…"))
        button.setAccessibleName(tr("Choose file"))
        button.clicked.connect(self.choose)
        row.addWidget(self.label, 1)
        row.addWidget(button)
        self.refresh()

    def choose(self) -> None:
        asset = AssetPicker.choose(self.editor.project, self.kind, self)
        if asset:
            self.editor.edit(self.block, self.field, asset, tr("Change file"))

    def refresh(self) -> None:
        self.label.setText(asset_label(self.editor.project, getattr(self.block, self.field)))


class ImageBlockEditor(EditorBase):
    def __init__(self, project: Project, block: ImageBlock, parent: QWidget | None = None) -> None:
        super().__init__(project, parent)
        self.block = block
        form = QFormLayout(self)
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumHeight(120)
        form.addRow(self.preview)
        self.asset_row = _AssetRow(self, block, "image")
        form.addRow(tr("Image:"), self.asset_row)
        self.alt = self.bind_line(GrowingLineEdit(), block, "alt", tr("Edit alt text"))
        self.alt.setAccessibleName(tr("Alternative text"))
        self.alt.setPlaceholderText(tr("What the image shows, for people who cannot see it"))
        form.addRow(tr("&Alt text:"), self.alt)
        self.decorative = self.bind_check(
            QCheckBox(tr("&Decorative (no alt text needed)")), block, "decorative"
        )
        form.addRow("", self.decorative)
        self.alt_warning = QLabel()
        self.alt_warning.setAccessibleName(tr("Alt text check"))
        self.alt_warning.setWordWrap(True)
        form.addRow("", self.alt_warning)
        self.caption = self.bind_line(GrowingLineEdit(), block, "caption", tr("Edit caption"))
        self.caption.setAccessibleName(tr("Caption"))
        form.addRow(tr("&Caption:"), self.caption)
        self.narration = self.bind_plain(QPlainTextEdit(), block, "narration")
        self.narration.setAccessibleName(tr("Narration script"))
        self.narration.setPlaceholderText(tr("Speaker notes / narration script of this slide"))
        form.addRow(tr("&Narration:"), self.narration)
        self.narration_audio = QLabel()
        form.addRow(tr("Recorded narration:"), self.narration_audio)
        self._update()

    @property
    def alt_missing(self) -> bool:
        return not self.block.decorative and not self.block.alt.strip()

    def _update(self) -> None:
        self.asset_row.refresh()
        self.alt.setEnabled(not self.block.decorative)
        if self.alt_missing:
            self.alt_warning.setText(
                "⚠ " + tr("Alt text is required: describe the image, or mark it decorative.")
            )
        else:
            self.alt_warning.setText("")
        self.narration_audio.setText(asset_label(self.project, self.block.narration_audio))
        path = self.project.shown_media(self.block.asset)
        pixmap = QPixmap(str(path)) if path is not None and path.is_file() else QPixmap()
        if pixmap.isNull():
            self.preview.setText(tr("(no image)"))
        else:
            self.preview.setPixmap(
                pixmap.scaled(
                    360, 200, Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )  # fmt: skip
        self.preview.setAccessibleName(self.block.alt or tr("Decorative image"))

    def refresh(self) -> None:
        super().refresh()
        self._update()


class AttachmentBlockEditor(EditorBase):
    def __init__(
        self, project: Project, block: AttachmentBlock, parent: QWidget | None = None
    ) -> None:
        super().__init__(project, parent)
        self.block = block
        form = QFormLayout(self)
        self.asset_row = _AssetRow(self, block, "any")
        form.addRow(tr("File:"), self.asset_row)
        self.title = self.bind_line(GrowingLineEdit(), block, "title", tr("Rename attachment"))
        self.title.setAccessibleName(tr("Title"))
        form.addRow(tr("&Title:"), self.title)
        self.description = self.bind_plain(QPlainTextEdit(), block, "description")
        self.description.setAccessibleName(tr("Description"))
        form.addRow(tr("&Description:"), self.description)

    def refresh(self) -> None:
        super().refresh()
        self.asset_row.refresh()


class LinkBlockEditor(EditorBase):
    def __init__(self, project: Project, block: LinkBlock, parent: QWidget | None = None) -> None:
        super().__init__(project, parent)
        self.block = block
        form = QFormLayout(self)
        self.url = self.bind_line(GrowingLineEdit(), block, "url", tr("Edit link"))
        self.url.setAccessibleName(tr("Web address"))
        self.url.setPlaceholderText("https://")
        form.addRow(tr("&Address:"), self.url)
        self.url_warning = QLabel()
        form.addRow("", self.url_warning)
        self.title = self.bind_line(GrowingLineEdit(), block, "title", tr("Rename link"))
        self.title.setAccessibleName(tr("Title"))
        form.addRow(tr("&Title:"), self.title)
        self.description = self.bind_plain(QPlainTextEdit(), block, "description")
        self.description.setAccessibleName(tr("Description"))
        form.addRow(tr("&Description:"), self.description)
        self._update()

    def _update(self) -> None:
        url = self.block.url.strip()
        ok = not url or (is_safe_url(url) and url.startswith(("http:", "https:", "mailto:")))
        self.url_warning.setText("" if ok else "⚠ " + tr("Use an http, https or mailto address."))

    def refresh(self) -> None:
        super().refresh()
        self._update()


class DiscussionBlockEditor(EditorBase):
    def __init__(
        self, project: Project, block: DiscussionBlock, parent: QWidget | None = None
    ) -> None:
        super().__init__(project, parent)
        self.block = block
        form = QFormLayout(self)
        self.title = self.bind_line(GrowingLineEdit(), block, "title", tr("Rename discussion"))
        self.title.setAccessibleName(tr("Title"))
        form.addRow(tr("&Title:"), self.title)
        self.prompt = RichTextEditor(project, accessible_name="Discussion prompt")
        bind_rich(self, self.prompt, block, "prompt", tr("Edit discussion prompt"))
        form.addRow(tr("&Prompt:"), self.prompt)
