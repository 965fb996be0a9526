"""Choose a media asset of the project, or import a new file, undoably.

``import_asset`` copies a file into ``media/`` (content-addressed, so nothing is
ever overwritten) and registers it with a command, so Undo removes it from the
course again; the same pattern as ``studio.media.compose``.
"""

from __future__ import annotations

from pathlib import Path

from studio.errors import StudioError
from studio.model import MediaAsset
from studio.project import Project
from studio.ui.qt import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    tr,
)

FILTERS = {
    "image": "Images (*.png *.jpg *.jpeg *.gif *.webp *.svg)",
    "video": "Video (*.mp4 *.webm *.mov *.mkv *.m4v)",
    "audio": "Audio (*.m4a *.mp3 *.wav *.ogg *.opus *.flac *.aac)",
    "any": "All files (*)",
}


def asset_matches(asset: MediaAsset, kind: str) -> bool:
    if kind == "any":
        return True
    return asset.mime.startswith(kind + "/")


def import_asset(
    project: Project, path: str | Path, description: str = "Import media"
) -> MediaAsset:
    """Copy ``path`` into the project and register it as one undo step."""
    from studio.media.media_blocks import add_media

    return add_media(project, Path(path), description)


def asset_label(project: Project, asset_id: str | None) -> str:
    if not asset_id:
        return tr("(none)")
    asset = project.course.media.get(asset_id)
    if asset is None:
        return tr("missing file ({id})").format(id=asset_id[:12])
    return asset.filename


class AssetPicker(QDialog):
    """A list of the project's assets of one kind, plus "Import file…"."""

    def __init__(self, project: Project, kind: str = "image", parent: QWidget | None = None):
        super().__init__(parent)
        self.project = project
        self.kind = kind
        self.setWindowTitle(tr("Choose a file"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Files in this project:")))
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Project files"))
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout.addWidget(self.list)
        import_button = QPushButton(tr("&Import file…"))
        import_button.clicked.connect(self._import)
        layout.addWidget(import_button)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill()

    def _fill(self, select: str | None = None) -> None:
        self.list.clear()
        assets = sorted(self.project.course.media.values(), key=lambda a: a.filename.lower())
        for asset in assets:
            if not asset_matches(asset, self.kind):
                continue
            item = QListWidgetItem(asset.filename)
            item.setData(Qt.ItemDataRole.UserRole, asset.id)
            self.list.addItem(item)
            if asset.id == select:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)

    def _import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Import file"), "", FILTERS.get(self.kind, FILTERS["any"])
        )
        if not path:
            return
        try:
            asset = import_asset(self.project, path)
        except StudioError as exc:
            QMessageBox.warning(self, tr("Cannot import"), str(exc))
            return
        self._fill(select=asset.id)

    def selected_asset(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    @classmethod
    def choose(cls, project: Project, kind: str, parent: QWidget | None = None) -> str | None:
        dialog = cls(project, kind, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.selected_asset()
        return None
