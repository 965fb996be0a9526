"""Where the speaker departed from the script, under the caption table of a script-timed
track: each span (skipped, ad lib, changed) with both sides and a Script/Speech choice.
Choosing is one undoable command (``studio.captions.departures``); selecting a row seeks
the player there. Hidden when the track has no departures."""

from __future__ import annotations

from typing import TYPE_CHECKING

from studio.captions.departures import choose_departure
from studio.errors import StudioError
from studio.model.captions import CaptionTrack, Departure
from studio.ui.editors.caption_model import format_time
from studio.ui.qt import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    tr,
)

if TYPE_CHECKING:
    from studio.ui.editors.caption_editor import CaptionEditor

KIND_LABELS = {"skipped": "Skipped", "ad lib": "Ad lib", "changed": "Said differently"}


class DeparturesPanel(QWidget):
    """The departures of the editor's current track (see the module docstring)."""

    def __init__(self, editor: CaptionEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.track: CaptionTrack | None = None
        self._shown: list[tuple[str, str, str]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.table = QTableWidget(0, 5)
        self.table.setAccessibleName(tr("Departures from the script"))
        self.table.setHorizontalHeaderLabels(
            [tr("Time"), tr("Kind"), tr("Script"), tr("Speech"), tr("Captions show")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(150)
        self.table.cellClicked.connect(self._seek)
        layout.addWidget(self.table)
        self.setVisible(False)

    def show_track(self, track: CaptionTrack | None) -> None:
        """Show ``track``'s departures (rebuilt only when they changed)."""
        departures = track.departures if track is not None else []
        shown = [(d.id, str(d.choice), d.kind) for d in departures]
        if track is self.track and shown == self._shown:
            return
        self.track, self._shown = track, shown
        self.setVisible(bool(departures))
        self.heading.setText(
            tr(
                "The speaker departed from the script in {n} place(s). Listen, then choose "
                "what the captions show."
            ).format(n=len(departures))
        )
        self.table.setRowCount(len(departures))
        for row, departure in enumerate(departures):
            self._fill(row, departure)

    def _fill(self, row: int, departure: Departure) -> None:
        cells = [
            f"{format_time(departure.start)}–{format_time(departure.end)}",
            tr(KIND_LABELS.get(departure.kind, departure.kind)),
            Departure.text_of(departure.script) or tr("(nothing)"),
            Departure.text_of(departure.speech) or tr("(nothing)"),
        ]
        for col, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            self.table.setItem(row, col, item)
        choice = QComboBox()
        choice.setAccessibleName(tr("Captions show, at {t}").format(t=cells[0]))
        choice.addItem(tr("Script"), "script")
        choice.addItem(tr("Speech"), "speech")
        choice.setCurrentIndex(0 if departure.choice == "script" else 1)
        choice.currentIndexChanged.connect(
            lambda _i, d=departure.id, box=choice: self.choose(d, str(box.currentData()))
        )
        self.table.setCellWidget(row, 4, choice)

    def choose(self, departure_id: str, side: str) -> None:
        """Show ``side`` ("script" or "speech") for one departure (one undo step)."""
        if self.track is None:
            return
        try:
            choose_departure(
                self.editor.stack, self.track, departure_id, side, self.editor.model.profile
            )
        except StudioError as exc:
            self.editor.show_error(str(exc))

    def _seek(self, row: int, _col: int) -> None:
        if self.track is not None and 0 <= row < len(self.track.departures):
            self.editor.seek_requested.emit(self.track.departures[row].start)


__all__ = ["DeparturesPanel"]
