"""The recorder panel: choose sources, watch the level, count down, drop markers,
pause and resume, stop; the take is then encoded as a job and added to the lesson
as a video (or audio) block with a chapter per marker.

It drives ``studio.media.recorder.Recorder`` (QtMultimedia). Encoding and
staging (``studio.media.takes.prepare_take_block``) run on the job runner; the
block is added on the GUI thread (``compose.add_video_block``, one undo step). No camera or microphone is a
message in the panel, never a crash.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from studio.errors import StudioError
from studio.model import Lesson
from studio.project import Project
from studio.ui.editors.job_access import find_runner
from studio.ui.qt import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QShortcut,
    QSpinBox,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
    tr,
    tr_noop,
)

_ENCODING: set[Path] = set()  # take folders whose encode job is running


class RecorderPanel(QWidget):
    """Record a lecture into ``lesson``."""

    block_added = Signal(object)
    failed = Signal(str)

    def __init__(
        self, project: Project, lesson: Lesson, parent: QWidget | None = None, runner: Any = None
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.lesson = lesson
        self.runner = runner
        self.recorder: Any = None
        self.job: Any = None
        layout = QVBoxLayout(self)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("Recorder status"))
        layout.addWidget(self.message)
        # A take left by a crash (segments on disk, never added): offer to finish it.
        self.recover_row = QHBoxLayout()
        self.recover_label = QLabel()
        self.recover_label.setWordWrap(True)
        self.recover_button = self._button(tr("&Finish and add it"), self.finish_unfinished)
        self.recover_row.addWidget(self.recover_label, 1)
        self.recover_row.addWidget(self.recover_button)
        layout.addLayout(self.recover_row)
        form = QFormLayout()
        self.screen_box = self._combo(tr("Screen"))
        self.camera_box = self._combo(tr("Camera"))
        self.mic_box = self._combo(tr("Microphone"))
        form.addRow(tr("&Screen:"), self.screen_box)
        form.addRow(tr("&Camera:"), self.camera_box)
        form.addRow(tr("&Microphone:"), self.mic_box)
        self.countdown = QSpinBox()
        self.countdown.setRange(0, 10)
        self.countdown.setValue(3)
        self.countdown.setSuffix(" s")
        self.countdown.setAccessibleName(tr("Countdown"))
        form.addRow(tr("Co&untdown:"), self.countdown)
        self.meter = QProgressBar()
        self.meter.setRange(0, 100)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(tr("Input level"))
        form.addRow(tr("Level:"), self.meter)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.record_button = self._button(tr("&Record"), self.start)
        self.pause_button = self._button(tr("&Pause"), self.toggle_pause)
        self.marker_button = self._button(tr("Add &marker"), self.add_marker)
        self.stop_button = self._button(tr("S&top"), self.stop)
        for button in (self.record_button, self.pause_button, self.marker_button, self.stop_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        marker_key = QShortcut(QKeySequence("Ctrl+M"), self)
        marker_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        marker_key.activated.connect(self.add_marker)
        self.time = QLabel("0:00")
        self.time.setAccessibleName(tr("Recorded time"))
        layout.addWidget(self.time)
        self.markers = QListWidget()
        self.markers.setAccessibleName(tr("Markers"))
        layout.addWidget(self.markers, 1)
        self.fill_sources()
        self._set_state("idle")
        self.show_unfinished()

    # -- interrupted takes --------------------------------------------------------------
    def unfinished(self) -> list[Any]:
        """Interrupted takes, leaving out any being encoded right now (by any panel)."""
        from studio.media.takes import unfinished_takes

        return [t for t in unfinished_takes(self.project.folder) if t.folder not in _ENCODING]

    def show_unfinished(self) -> None:
        takes = self.unfinished()
        self.recover_label.setVisible(bool(takes))
        self.recover_button.setVisible(bool(takes))
        if takes:
            self.recover_label.setText(
                tr("A recording from {when} was interrupted before it was added "
                   "({n} part(s) on disk).").format(when=takes[0].created, n=len(takes[0].segments))
            )  # fmt: skip

    def finish_unfinished(self) -> Any:
        """Encode the oldest interrupted take and add it to this lesson (a job)."""
        takes = self.unfinished()
        if not takes:
            return None
        self.recover_button.setEnabled(False)
        self._encode(takes[0])
        self.job.ended.connect(lambda: self.recover_button.setEnabled(True))
        self.job.ended.connect(self.show_unfinished)
        return self.job

    def _combo(self, name: str) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(name)
        return box

    def _button(self, label: str, slot: Any) -> QPushButton:
        button = QPushButton(label)
        button.setAccessibleName(label.replace("&", ""))
        button.clicked.connect(lambda _=False: slot())
        return button

    # -- sources ---------------------------------------------------------------------
    def fill_sources(self) -> None:
        try:
            from studio.media.recorder import available_sources

            sources = available_sources()
        except (ImportError, RuntimeError) as exc:
            self.message.setText(tr("Recording is not available here: {e}").format(e=exc))
            self.record_button.setEnabled(False)
            return
        for box, key in (
            (self.screen_box, "screens"),
            (self.camera_box, "cameras"),
            (self.mic_box, "microphones"),
        ):
            box.clear()
            box.addItem(tr("(off)"), None)
            for source in sources[key]:
                box.addItem(f"{source.name} {source.detail}".strip(), source.index)
            if len(sources[key]) and key != "cameras":
                box.setCurrentIndex(1)
        missing = [
            tr(name)
            for name, key in ((tr_noop("camera"), "cameras"), (tr_noop("microphone"), "microphones"))
            if not sources[key]
        ]
        if missing:
            self.message.setText(
                tr("No {what} found: you can still record the screen; connect one and reopen "
                   "this panel to use it.").format(what=tr(" or ").join(missing))
            )  # fmt: skip

    # -- recording -------------------------------------------------------------------------
    def start(self, audio_file: Path | None = None) -> bool:
        """Start (after the countdown). ``audio_file`` feeds a WAV instead of a microphone."""
        from studio.media.recorder import Recorder
        from studio.media.takes import new_take_folder

        try:
            folder = new_take_folder(self.project.folder)
            self.recorder = Recorder(
                folder,
                screen=self.screen_box.currentData(),
                camera=self.camera_box.currentData(),
                microphone=None if audio_file else self.mic_box.currentData(),
                audio_file=audio_file,
                parent=self,
            )
        except StudioError as exc:
            self._fail(str(exc))
            return False
        rec = self.recorder
        rec.levelChanged.connect(lambda level: self.meter.setValue(int(min(1.0, level * 3) * 100)))
        rec.countdownTick.connect(
            lambda n: self.message.setText(tr("Recording starts in {n}…").format(n=n) if n else "")
        )
        rec.durationChanged.connect(self._tick)
        rec.markerAdded.connect(lambda at, title: self.markers.addItem(f"{at:7.1f} s  {title}"))
        rec.stateChanged.connect(self._set_state)
        rec.errorOccurred.connect(self._fail)
        rec.finished.connect(self._encode)
        self.markers.clear()
        rec.start(countdown=self.countdown.value())
        return True

    def toggle_pause(self) -> None:
        if self.recorder is None:
            return
        if self.recorder.state == "recording":
            self.recorder.pause()
        elif self.recorder.state in ("paused", "pausing"):
            self.recorder.resume()

    def add_marker(self, title: str = "") -> None:
        if self.recorder is not None and self.recorder.state == "recording":
            self.recorder.add_marker(title)

    def stop(self) -> None:
        if self.recorder is not None:
            self.recorder.stop()

    def _tick(self, seconds: float) -> None:
        self.time.setText(f"{int(seconds // 60)}:{int(seconds % 60):02d}")

    def _set_state(self, state: str) -> None:
        recording = state in ("countdown", "recording", "pausing", "paused")
        self.record_button.setEnabled(not recording and state != "stopping")
        self.pause_button.setEnabled(state in ("recording", "paused"))
        self.pause_button.setText(tr("Resume") if state == "paused" else tr("&Pause"))
        self.marker_button.setEnabled(state == "recording")
        self.stop_button.setEnabled(recording)
        for box in (self.screen_box, self.camera_box, self.mic_box, self.countdown):
            box.setEnabled(not recording)
        if state in ("recording", "paused"):
            self.message.setText(tr("Recording…") if state == "recording" else tr("Paused"))

    def _encode(self, take: Any) -> None:
        """Encode and stage the take on a worker thread; add it on the GUI thread."""
        from studio.media.takes import prepare_take_block

        self.message.setText(tr("Encoding the recording… (see the jobs panel)"))
        title = tr("Recording {n}").format(n=len(self.lesson.blocks) + 1)
        runner = find_runner(self, self.runner)
        _ENCODING.add(take.folder)
        self.job = runner.submit(
            tr("Encode recording"),
            lambda progress: prepare_take_block(self.project, take, progress, title=title),
            on_done=lambda result: self._add(result, take), on_error=self._fail,
        )  # fmt: skip
        self.job.ended.connect(lambda: _ENCODING.discard(take.folder))

    def _add(self, result: tuple[Any, Any], take: Any) -> None:
        from studio.media.compose import add_video_block
        from studio.media.takes import discard_take

        block, asset = result
        try:
            add_video_block(self.project, self.lesson, block, asset, tr("Add recording"))
        except StudioError as exc:
            self._fail(str(exc))
            return
        discard_take(take)
        self.message.setText(tr("The recording was added to the lesson."))
        self.block_added.emit(block)

    def _fail(self, message: str) -> None:
        self.message.setText("⚠ " + message)
        self.failed.emit(message)
