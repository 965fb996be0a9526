"""Narrated slides: record (or choose) the narration of each slide, then compose the
lecture video, each slide shown for as long as its narration, a chapter per slide.

The slides are the lesson's image blocks (a PowerPoint import makes them), with
their speaker notes as the script to read. Narration is recorded with the
recorder back end (microphone only), encoded as a job, and attached with
``studio.media.compose.set_slide_narration`` (one undo step). Composition
(``render_lesson_video``: a worker process, then staging in ``media/``) runs on the
job runner; the block is added on the GUI thread with ``add_video_block``.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from studio.errors import StudioError
from studio.model import ImageBlock, Lesson, VideoBlock
from studio.project import Project
from studio.ui.editors.asset_picker import FILTERS, asset_label
from studio.ui.editors.job_access import find_runner
from studio.ui.qt import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPixmap,
    QPlainTextEdit,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
    tr,
)


class SlidesPanel(QWidget):
    """Record narration slide by slide and compose the lesson's lecture video."""

    video_added = Signal(object)
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
        self.message.setAccessibleName(tr("Narration status"))
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Slides"))
        self.list.currentRowChanged.connect(lambda _r: self._show_slide())
        row.addWidget(self.list, 1)
        side = QVBoxLayout()
        self.picture = QLabel()
        self.picture.setMinimumSize(240, 135)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        side.addWidget(self.picture)
        self.script = QPlainTextEdit()
        self.script.setReadOnly(True)
        self.script.setAccessibleName(tr("Narration script"))
        side.addWidget(self.script, 1)
        buttons = QHBoxLayout()
        self.record_button = QPushButton(tr("&Record narration"))
        self.record_button.clicked.connect(lambda _=False: self.record())
        self.stop_button = QPushButton(tr("&Stop"))
        self.stop_button.clicked.connect(lambda _=False: self.stop())
        self.stop_button.setEnabled(False)
        choose = QPushButton(tr("Use an audio &file…"))
        choose.clicked.connect(lambda _=False: self.choose_file())
        for button in (self.record_button, self.stop_button, choose):
            buttons.addWidget(button)
        side.addLayout(buttons)
        row.addLayout(side, 2)
        layout.addLayout(row, 1)
        self.compose_button = QPushButton(tr("&Compose lecture video"))
        self.compose_button.clicked.connect(lambda _=False: self.compose())
        layout.addWidget(self.compose_button)
        self.refresh()

    # -- slides ----------------------------------------------------------------------
    def slides(self) -> list[ImageBlock]:
        return [b for b in self.lesson.blocks if isinstance(b, ImageBlock)]

    def current_slide(self) -> ImageBlock | None:
        slides, row = self.slides(), self.list.currentRow()
        return slides[row] if 0 <= row < len(slides) else None

    def refresh(self) -> None:
        row = max(0, self.list.currentRow())
        self.list.blockSignals(True)
        self.list.clear()
        slides = self.slides()
        for n, slide in enumerate(slides, start=1):
            state = "🎙" if slide.narration_audio else "—"
            self.list.addItem(f"{state} {tr('Slide')} {n}: {slide.alt or slide.caption}"[:80])
        self.list.blockSignals(False)
        if slides:
            self.list.setCurrentRow(min(row, len(slides) - 1))
        done = sum(1 for s in slides if s.narration_audio)
        if not slides:
            self.message.setText(tr("This lesson has no slides: import a PowerPoint deck first."))
        else:
            self.message.setText(
                tr("{done} of {n} slides narrated (slides without narration show for 4 s).")
                .format(done=done, n=len(slides))
            )  # fmt: skip
        self.compose_button.setEnabled(bool(slides))
        self._show_slide()

    def _show_slide(self) -> None:
        slide = self.current_slide()
        self.record_button.setEnabled(slide is not None and self.recorder is None)
        if slide is None:
            self.picture.clear()
            self.script.setPlainText("")
            return
        path = self.project.shown_media(slide.asset)
        pixmap = QPixmap(str(path)) if path is not None and path.is_file() else QPixmap()
        if not pixmap.isNull():
            self.picture.setPixmap(pixmap.scaled(320, 180, Qt.AspectRatioMode.KeepAspectRatio))
        narration = asset_label(self.project, slide.narration_audio)
        self.script.setPlainText(f"{slide.narration}\n\n[{tr('Narration')}: {narration}]".strip())

    # -- narration -------------------------------------------------------------------------
    def set_narration(self, audio: Path) -> None:
        from studio.media.compose import set_slide_narration

        slide = self.current_slide()
        if slide is None:
            return
        try:
            set_slide_narration(self.project, slide.id, audio)
        except StudioError as exc:
            self._fail(str(exc))
            return
        self.refresh()

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Narration"), "", FILTERS["audio"])
        if path:
            self.set_narration(Path(path))

    def record(self, audio_file: Path | None = None) -> bool:
        """Record this slide's narration from the microphone (or ``audio_file``, for tests)."""
        from studio.media.recorder import Recorder
        from studio.media.takes import new_take_folder

        try:
            self.recorder = Recorder(
                new_take_folder(self.project.folder),
                microphone=None if audio_file else True,
                audio_file=audio_file,
                parent=self,
            )
        except StudioError as exc:
            self.recorder = None
            self._fail(str(exc))
            return False
        self.recorder.errorOccurred.connect(self._fail)
        self.recorder.finished.connect(self._encode)
        self.recorder.start(countdown=0)
        self.record_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        self.message.setText(tr("Recording the narration… read the script, then Stop."))
        return True

    def stop(self) -> None:
        if self.recorder is not None:
            self.recorder.stop()
            self.stop_button.setEnabled(False)

    def _encode(self, take: Any) -> None:
        from studio.media.takes import finish_take

        self.recorder = None
        runner = find_runner(self, self.runner)
        self.job = runner.submit(
            tr("Encode narration"), finish_take, take, None,
            on_done=lambda out: self._narration_done(Path(out), take), on_error=self._fail,
        )  # fmt: skip

    def _narration_done(self, output: Path, take: Any) -> None:
        self.set_narration(output)
        shutil.rmtree(take.folder, ignore_errors=True)

    # -- composition ----------------------------------------------------------------------------
    def compose(self) -> Any:
        """Compose the lecture video as a job; the video block is added when it is done."""
        if not self.slides():
            self._fail(tr("This lesson has no slides to compose."))
            return None
        from studio.media.compose import render_lesson_video

        self.compose_button.setEnabled(False)
        self.message.setText(tr("Composing the lecture video… (see the jobs panel)"))
        runner = find_runner(self, self.runner)
        self.job = runner.submit(
            tr("Compose “{t}”").format(t=self.lesson.title),
            render_lesson_video, self.project, self.lesson.id,
            on_done=self._composed, on_error=self._fail,
        )  # fmt: skip
        self.job.ended.connect(lambda: self.compose_button.setEnabled(True))
        return self.job

    def _composed(self, result: tuple[VideoBlock, Any]) -> None:
        from studio.media.compose import add_video_block

        block, asset = result
        add_video_block(self.project, self.lesson, block, asset, tr("Compose lecture video"))
        self.message.setText(tr("The lecture video was added at the end of the lesson."))
        self.video_added.emit(block)

    def _fail(self, message: str) -> None:
        self.recorder = None
        self.stop_button.setEnabled(False)
        self.message.setText("⚠ " + message)
        self.failed.emit(message)
