"""Help > Keyboard shortcuts: every shortcut of the window and of the caption editor,
read from the actions themselves and from ``caption_panel.SHORTCUTS`` (one source)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from studio.ui.qt import (
    QDialog,
    QDialogButtonBox,
    QKeySequence,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    tr,
)

if TYPE_CHECKING:
    from studio.ui.main_window import MainWindow


def shortcut_rows(window: MainWindow) -> list[tuple[str, str, str]]:
    """(where, keys, what) for every shortcut, as the user reads them."""
    from studio.ui.editors.caption_panel import SHORTCUTS

    native = QKeySequence.SequenceFormat.NativeText
    rows: list[tuple[str, str, str]] = []
    for action in window.actions_.all_actions():
        keys = ", ".join(k.toString(native) for k in action.shortcuts())
        if keys:
            rows.append((tr("Window"), keys, action.text().replace("&", "").rstrip("…")))
    for keys, label, _run in SHORTCUTS:
        rows.append((tr("Caption editor"), QKeySequence(keys).toString(native), tr(label)))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("shortcuts-dialog")
        self.setWindowTitle(tr("Keyboard shortcuts"))
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 3)
        self.table.setAccessibleName(tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([tr("Where"), tr("Keys"), tr("What it does")])
        self.table.verticalHeader().setVisible(False)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 560)
