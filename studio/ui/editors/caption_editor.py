"""The caption editor: the cue list of a video or audio block, synced with playback.

Every change is a ``studio.captions.commands`` command (one undo step each; typing
in one cue merges). The cue under the playhead is highlighted; clicking a cue
asks the player to seek there (``seek_requested``). The caption profile's quality
warnings show in the table and, with the suggested fix, under the current cue.
"Caption with Whisper" runs the captioning pipeline as a job (Whisper in the warm worker
process) and applies the track on the GUI thread when it is done; a block with a script
(speaker notes, a pasted transcript) gets the script timed to the recording. Low-confidence
words are marked in the table (``confidence_delegate``) and departures from the script
listed under it (``departures_panel``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from studio.captions import commands as caption_commands
from studio.captions.commands import ReplaceCues
from studio.captions.io import read_caption_file
from studio.captions.profiles import DEFAULT_PROFILE
from studio.errors import StudioError
from studio.model.captions import CaptionTrack, Cue
from studio.project import Project
from studio.ui.editors.base import EditorBase
from studio.ui.editors.caption_model import COL_TEXT, CueTableModel
from studio.ui.editors.caption_panel import NUDGE, CueDetail, build_toolbar
from studio.ui.editors.confidence_delegate import ConfidenceDelegate
from studio.ui.editors.departures_panel import DeparturesPanel
from studio.ui.editors.job_access import find_runner
from studio.ui.editors.spell_check import SpellCheck
from studio.ui.qt import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QHeaderView,
    QItemSelectionModel,
    QLabel,
    QLineEdit,
    QPushButton,
    QtWidgets,
    QVBoxLayout,
    QWidget,
    Signal,
    tr,
)

__all__ = ["NUDGE", "CaptionEditor"]


class CaptionEditor(EditorBase):
    """Edit the caption tracks of ``block`` (a VideoBlock or AudioBlock)."""

    seek_requested = Signal(float)
    seek_by_requested = Signal(float)  # seconds, relative to the playhead
    play_pause_requested = Signal()
    captioning_finished = Signal(object)  # the new track (or None if it failed)
    # Built by caption_panel.build_toolbar:
    track_box: QComboBox
    profile_box: QComboBox
    reviewed_box: QCheckBox
    follow_box: QCheckBox
    shift_box: QDoubleSpinBox
    whisper_button: QPushButton
    find_box: QLineEdit
    whole_word_box: QCheckBox
    regex_box: QCheckBox
    replace_box: QLineEdit
    track_widgets: list[QWidget]

    def __init__(
        self, project: Project, block: Any, parent: QWidget | None = None, runner: Any = None
    ) -> None:
        super().__init__(project, parent)
        self.block = block
        self.runner = runner
        self.playhead = 0.0
        self.job: Any = None
        self._track_labels: list[str] | None = None
        self.whisper_model = "auto"
        self.whisper_language: str | None = project.course.language or "en"
        self.whisper_task = "transcribe"
        self.model = CueTableModel(self.stack, DEFAULT_PROFILE)
        self.model.error.connect(self.show_error)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(build_toolbar(self))
        self.status = QLabel()
        self.status.setAccessibleName(tr("Caption status"))
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.table = QtWidgets.QTableView()
        self.table.setAccessibleName(tr("Captions"))
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(COL_TEXT, ConfidenceDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 44)
        self.table.setColumnWidth(1, 88)
        self.table.setColumnWidth(2, 88)
        self.table.setColumnWidth(4, 80)
        self.table.clicked.connect(lambda index: self.seek_to_row(index.row()))
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        layout.addWidget(self.table, 1)
        self.detail = CueDetail(self)
        layout.addWidget(self.detail)
        self.departures = DeparturesPanel(self)
        layout.addWidget(self.departures)
        self.speller: Any = None  # set by the spell check once its dictionary is loaded
        self.spelling: SpellCheck | None = None
        self.refresh_tracks()
        self.spelling = SpellCheck(self)
        self.spelling.follow()

    # -- tracks --------------------------------------------------------------------
    @property
    def track(self) -> CaptionTrack | None:
        return self.model.track

    def refresh_tracks(self) -> None:
        """Fill the track chooser; keep the current track if it is still there."""
        tracks = self.block.tracks
        current = self.model.track
        labels = [
            f"{t.label} ({t.language}) — {tr('reviewed') if t.reviewed else tr('auto-generated')}"
            + (f", {tr('from script')}" if t.from_script else "")
            for t in tracks
        ]
        if labels != self._track_labels:  # rebuilding the chooser on every keystroke is slow
            self._track_labels = labels
            self.track_box.blockSignals(True)
            self.track_box.clear()
            for track, label in zip(tracks, labels, strict=True):
                self.track_box.addItem(label, track.id)
            self.track_box.blockSignals(False)
        if current is None or all(t is not current for t in tracks):
            current = tracks[0] if tracks else None
        if current is not None:
            index = next(i for i, t in enumerate(tracks) if t is current)
            if self.track_box.currentIndex() != index:
                self.track_box.blockSignals(True)
                self.track_box.setCurrentIndex(index)
                self.track_box.blockSignals(False)
        if current is not self.model.track:
            self.model.set_track(current)
        self._update_state()

    def select_track(self, index: int) -> None:
        if 0 <= index < len(self.block.tracks):
            self.model.set_track(self.block.tracks[index])
            self._update_state()

    def set_profile(self, name: str) -> None:
        self.model.set_profile(name)
        self._update_state()

    def add_track(self) -> None:
        track = CaptionTrack(language=self.project.course.language or "en", label=tr("Captions"))
        caption_commands.add_track(self.stack, self.block, track)
        self.select_track(len(self.block.tracks) - 1)

    def import_file(self, path: str | Path | None = None) -> None:
        """Add a track read from a WebVTT or SRT file (one undo step)."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, tr("Import captions"), "", tr("Captions (*.vtt *.srt)")
            )
            if not path:
                return
        try:
            cues = read_caption_file(path)
        except StudioError as exc:
            self.show_error(str(exc))
            return
        language = self.project.course.language or "en"
        track = CaptionTrack(
            language=language,
            label=Path(path).stem,
            cues=cues,
            source=f"imported {Path(path).name}",
        )
        caption_commands.add_track(self.stack, self.block, track)
        self.select_track(len(self.block.tracks) - 1)

    # -- model -> widgets ------------------------------------------------------------
    def refresh(self) -> None:
        super().refresh()
        row = self.current_row()
        self.refresh_tracks()
        self.model.sync()
        if row >= 0 and self.model.rowCount() and self.current_row() < 0:
            self.select_row(min(row, self.model.rowCount() - 1))
        self.detail.show_cue(self.current_row())
        self._update_state()

    def _update_state(self) -> None:
        if self.spelling is not None:
            self.spelling.follow()
        track = self.model.track
        self.departures.show_track(track)
        has = track is not None
        for widget in self.track_widgets:
            widget.setEnabled(has)
        self.reviewed_box.blockSignals(True)
        self.reviewed_box.setChecked(bool(track and track.reviewed))
        self.reviewed_box.blockSignals(False)
        if track is None:
            self.status.setText(
                tr("No captions yet: caption with Whisper, import a file or add a track.")
            )
            return
        count = self.model.issue_count()
        text = tr("{n} captions").format(n=len(track.cues))
        text += " · " + (
            tr("{n} warnings for the {p} profile").format(n=count, p=self.model.profile.name)
            if count
            else tr("no warnings")
        )
        if not track.reviewed:
            text += " · " + tr("auto-generated: check the text, then mark it reviewed")
        self.status.setText(text)

    def show_error(self, message: str) -> None:
        self.status.setText("⚠ " + message)

    # -- selection and playback -----------------------------------------------------------
    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def selected_rows(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self.current_row() >= 0:
            rows = [self.current_row()]
        return rows

    def select_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        index = self.model.index(row, COL_TEXT)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def _current_changed(self, current: Any, _previous: Any) -> None:
        self.stack.break_merge()  # typing in another cue is another undo step
        self.detail.show_cue(current.row() if current.isValid() else -1)

    def request_play_pause(self) -> None:
        self.play_pause_requested.emit()

    def seek_to_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.seek_requested.emit(self.model.cues[row].start)

    def set_playhead(self, seconds: float) -> None:
        """The player moved: highlight the cue on screen (and follow it if asked)."""
        self.playhead = seconds
        row = self.model.row_at(seconds)
        if row != self.model.current_row:
            self.model.set_current(row)
            if row >= 0 and self.follow_box.isChecked():
                self.table.scrollTo(self.model.index(row, COL_TEXT))

    def seek_by(self, seconds: float) -> None:
        """Move the playhead back or forward (the seek keys)."""
        self.seek_by_requested.emit(seconds)

    def problem_rows(self) -> list[int]:
        """Rows with a profile warning or a misspelled word, in order."""
        rows = {row for row, found in self.model.issues.items() if found}
        speller = getattr(self, "speller", None)
        if speller is not None:
            rows |= set(speller.misspelled_rows(self.model.cues))
        return sorted(rows)

    def next_problem(self, step: int = 1) -> int:
        """Select (and seek to) the next caption with a problem; -1 when there is none."""
        rows = self.problem_rows()
        if not rows:
            self.status.setText(tr("No problems left in this track."))
            return -1
        current = self.current_row()
        after = [r for r in rows if (r > current if step > 0 else r < current)]
        row = (after[0] if step > 0 else after[-1]) if after else (
            rows[0] if step > 0 else rows[-1])
        self.select_row(row)
        self.seek_to_row(row)
        return row

    def step_cue(self, step: int) -> None:
        row = self.current_row()
        self.select_row(max(0, row + step) if row >= 0 else 0)
        self.seek_to_row(self.current_row())

    # -- edits (the toolbar's and the shortcuts') -----------------------------------------------
    def _run(self, edit: Any, *args: Any) -> bool:
        if self.model.track is None:
            return False
        try:
            edit(self.stack, self.model.track, *args)
        except StudioError as exc:
            self.show_error(str(exc))
            return False
        return True

    def edit_text(self, row: int, text: str) -> None:
        if 0 <= row < self.model.rowCount() and text.strip() != self.model.cues[row].text:
            self._run(caption_commands.edit_text, row, text)

    def edit_timing(self, row: int, start: float, end: float) -> None:
        if 0 <= row < self.model.rowCount():
            self._run(caption_commands.edit_timing, row, start, end)

    def nudge(self, which: str, seconds: float) -> None:
        row = self.current_row()
        if row < 0:
            return
        cue = self.model.cues[row]
        start = cue.start + seconds if which == "start" else cue.start
        end = cue.end + seconds if which == "end" else cue.end
        self.edit_timing(row, max(0.0, start), end)

    def set_from_playhead(self, which: str) -> None:
        row = self.current_row()
        if row < 0:
            return
        cue = self.model.cues[row]
        if which == "start":
            self.edit_timing(row, self.playhead, cue.end)
        else:
            self.edit_timing(row, cue.start, self.playhead)

    def split(self, at_char: int | None = None) -> None:
        row = self.current_row()
        if row >= 0 and self._run(caption_commands.split_cue, row, at_char):
            self.select_row(row)

    def split_at_cursor(self) -> None:
        """Split at the text cursor when the text box has focus, else in the middle."""
        at = self.detail.text.textCursor().position() if self.detail.text.hasFocus() else None
        self.split(at)

    def merge(self) -> None:
        row = self.current_row()
        if row >= 0 and self._run(caption_commands.merge_cues, row):
            self.select_row(row)

    def shift(self, seconds: float, rows: list[int] | None = None) -> None:
        """Shift the selected cues (all cues if ``rows`` is empty) by ``seconds``."""
        rows = rows if rows is not None else self.selected_rows()
        if not rows:
            rows = list(range(self.model.rowCount()))
        if rows and seconds:
            self._run(caption_commands.shift_range, rows[0], rows[-1], seconds)

    def delete_cue(self) -> None:
        row = self.current_row()
        track = self.model.track
        if track is None or row < 0:
            return
        cues = track.cues[:row] + track.cues[row + 1 :]
        self.stack.push(ReplaceCues(track, cues, tr("Delete caption")))
        self.select_row(min(row, len(cues) - 1))

    def insert_cue(self) -> None:
        """A new empty cue after the current one (or at the playhead)."""
        track = self.model.track
        if track is None:
            return
        row = self.current_row()
        start = track.cues[row].end + 0.1 if row >= 0 else self.playhead
        nxt = track.cues[row + 1].start if 0 <= row + 1 < len(track.cues) else start + 2.0
        end = max(start + 0.5, min(start + 2.0, nxt - 0.1))
        at = row + 1 if row >= 0 else len([c for c in track.cues if c.start <= start])
        cues = track.cues[:at] + [Cue(round(start, 3), round(end, 3), "")] + track.cues[at:]
        self.stack.push(ReplaceCues(track, cues, tr("Add caption")))
        self.select_row(at)
        self.detail.text.setFocus()

    def replace_all(self, find: str, replace: str, *, whole_word: bool = False,
                    regex: bool = False) -> int:
        """Replace ``find`` in every track of the block; returns how many were replaced."""
        try:
            count = caption_commands.find_replace(self.stack, self.block.tracks, find, replace,
                                                  whole_word=whole_word, regex=regex)
        except StudioError as exc:
            self.show_error(str(exc))
            return 0
        self.status.setText(tr("{n} replaced").format(n=count) + " · " + self.status.text())
        return count

    def set_reviewed(self, reviewed: bool) -> None:
        if self.model.track is not None:
            caption_commands.mark_reviewed(self.stack, self.model.track, reviewed)

    def reflow(self) -> None:
        if self._run(caption_commands.reflow_track, self.model.profile.name):
            self.select_row(0)

    # -- Whisper -----------------------------------------------------------------------
    def set_whisper_language(self, language: str | None, task: str = "transcribe") -> None:
        """``language`` None = detect; task "translate" = English subtitles."""
        self.whisper_language, self.whisper_task = language, task

    def caption_with_whisper(self) -> Any:
        """Run the captioning pipeline as a job; the track is applied when it finishes.
        The block's script, if it has one, is timed to the recording."""
        from studio.media.captioning import (
            CaptionOptions,
            block_script,
            caption_media,
            slide_changes,
        )
        from studio.media.transcribe import TranscribeOptions

        if not self.block.asset:
            self.show_error(tr("Choose the media file of this block first."))
            return None
        media = self.project.media_path(self.block.asset)
        if not Path(media).is_file():
            self.show_error(tr("The media file is missing from the project: {p}").format(p=media))
            return None
        runner = find_runner(self, self.runner)
        options = CaptionOptions(
            transcribe=TranscribeOptions(
                model=self.whisper_model, language=self.whisper_language, task=self.whisper_task
            ),
            profile=self.model.profile.name,
        )
        # Read on the GUI thread; the job only gets plain values.
        script, breaks = block_script(self.block, options), slide_changes(self.block)
        title = tr("Caption “{t}”").format(t=getattr(self.block, "title", "") or tr("media"))
        self.whisper_button.setEnabled(False)
        self.status.setText(
            tr("Timing the script to the recording… (see the jobs panel)")
            if script
            else tr("Captioning with Whisper… (see the jobs panel)")
        )
        self.job = runner.submit(
            title, caption_media, media, options, script=script, breaks=breaks,
            on_done=self._captioned, on_error=self._caption_failed,
        )  # fmt: skip
        self.job.ended.connect(lambda: self.whisper_button.setEnabled(True))
        self.job.cancelled.connect(lambda: self.show_error(tr("Captioning was cancelled.")))
        return self.job

    def _captioned(self, done: Any) -> None:
        """Apply a captioning result (``studio.media.captioning.Captioned``)."""
        track: CaptionTrack = done.track
        caption_commands.replace_track(self.stack, self.block, track)
        self.refresh_tracks()
        for i, t in enumerate(self.block.tracks):
            if t is track:
                self.track_box.setCurrentIndex(i)
                self.select_track(i)
        if done.notes:
            self.status.setText("; ".join(done.notes))
        self.captioning_finished.emit(track)

    def _caption_failed(self, message: str) -> None:
        self.show_error(tr("Captioning failed: {m}").format(m=message))
        self.captioning_finished.emit(None)
