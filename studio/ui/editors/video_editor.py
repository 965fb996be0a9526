"""The video (and audio) block editor: player, captions, chapters, timed questions, details.

The player is QMediaPlayer with QVideoWidget/QAudioOutput (QtMultimedia is
loaded on first use, so the window opens fast). Its position drives the caption
editor's current-cue highlight; a click on a cue or a chapter seeks the player.
"""

from __future__ import annotations

from typing import Any

from studio.commands import InsertItem, RemoveItem, SetAttr
from studio.model import Chapter, VideoBlock
from studio.project import Project
from studio.ui.editors.asset_picker import AssetPicker, asset_label
from studio.ui.editors.base import EditorBase
from studio.ui.editors.caption_editor import CaptionEditor
from studio.ui.editors.caption_model import format_time, parse_time
from studio.ui.editors.job_access import find_runner
from studio.ui.editors.timed_questions import TimedQuestionsEditor
from studio.ui.editors.timeline import TimelineView
from studio.ui.editors.video_view import VideoView
from studio.ui.qt import (
    QFormLayout,
    QHBoxLayout,
    QImage,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QSplitter,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QUrl,
    QVBoxLayout,
    QWidget,
    multimedia,
    tr,
)


class Player(QWidget):
    """A minimal accessible player: picture, play/pause, position slider, time."""

    def __init__(self, video: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        mm = multimedia()
        self.player = mm.QMediaPlayer(self)
        self.audio = mm.QAudioOutput(self)
        self.player.setAudioOutput(self.audio)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.video: VideoView | None = None
        if video:
            self.video = VideoView()
            self.player.setVideoOutput(self.video.video_output())
            layout.addWidget(self.video, 1)
        controls = self.controls = QHBoxLayout()
        self.play_button = QPushButton(tr("Play"))
        self.play_button.setAccessibleName(tr("Play or pause"))
        self.play_button.clicked.connect(self.toggle)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setAccessibleName(tr("Position"))
        self.slider.sliderMoved.connect(lambda ms: self.player.setPosition(ms))
        self.time = QLabel("0:00.000")
        controls.addWidget(self.play_button)
        controls.addWidget(self.slider, 1)
        controls.addWidget(self.time)
        layout.addLayout(controls)
        self.player.durationChanged.connect(lambda ms: self.slider.setRange(0, ms))
        self.player.positionChanged.connect(self._moved)
        self.player.playbackStateChanged.connect(self._state)

    def set_source(self, path: str) -> None:
        self.player.setSource(QUrl.fromLocalFile(path) if path else QUrl())
        if self.video is not None:
            self.video.show_poster(True)

    def seek_by(self, seconds: float) -> None:
        self.seek(max(0.0, self.position() + seconds))

    def _moved(self, ms: int) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(ms)
        self.slider.blockSignals(False)
        self.time.setText(format_time(ms / 1000.0))

    def _state(self, state: Any) -> None:
        playing = state == multimedia().QMediaPlayer.PlaybackState.PlayingState
        self.play_button.setText(tr("Pause") if playing else tr("Play"))
        if self.video is not None and playing:
            self.video.show_poster(False)  # the poster is what shows *before* play

    def toggle(self) -> None:
        if self.player.playbackState() == multimedia().QMediaPlayer.PlaybackState.PlayingState:
            self.player.pause()
        else:
            self.player.play()

    def seek(self, seconds: float) -> None:
        self.player.setPosition(int(seconds * 1000))

    def position(self) -> float:
        return float(self.player.position()) / 1000.0


class ChaptersEditor(EditorBase):
    """The chapters of a video: start time and title, sorted by time."""

    def __init__(
        self, project: Project, block: VideoBlock, player: Player, parent: QWidget | None = None
    ) -> None:
        super().__init__(project, parent)
        self.block = block
        self.player = player
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 2)
        self.table.setAccessibleName(tr("Chapters"))
        self.table.setHorizontalHeaderLabels([tr("Start"), tr("Title")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemChanged.connect(self._item_changed)
        self.table.cellClicked.connect(self._clicked)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        add = QPushButton(tr("Add chapter at playhead"))
        add.clicked.connect(lambda: self.add_chapter(self.player.position()))
        remove = QPushButton(tr("Remove chapter"))
        remove.clicked.connect(lambda: self.remove_chapter(self.table.currentRow()))
        from_pauses = QPushButton(tr("Chapters from pauses"))
        from_pauses.setToolTip(tr("A chapter after each long silence in the first caption track"))
        from_pauses.clicked.connect(lambda: self.chapters_from_pauses())
        row.addWidget(add)
        row.addWidget(remove)
        row.addWidget(from_pauses)
        row.addStretch(1)
        layout.addLayout(row)
        self.refresh()

    def chapters_from_pauses(self, min_pause: float = 3.0, min_length: float = 30.0) -> bool:
        """Replace the chapters with one per long pause of the first track (one undo step)."""
        from studio.captions.commands import set_chapters
        from studio.captions.transcript import chapters_from_pauses

        if not self.block.tracks or not self.block.tracks[0].cues:
            return False
        chapters = chapters_from_pauses(self.block.tracks[0], min_pause, min_length)
        set_chapters(self.stack, self.block, chapters)
        return True

    def refresh(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.block.chapters))
        for i, chapter in enumerate(self.block.chapters):
            self.table.setItem(i, 0, QTableWidgetItem(format_time(chapter.start)))
            self.table.setItem(i, 1, QTableWidgetItem(chapter.title))
        self.table.blockSignals(False)

    def add_chapter(self, seconds: float, title: str = "") -> None:
        index = len([c for c in self.block.chapters if c.start <= seconds])
        chapter = Chapter(round(seconds, 3), title or tr("Chapter {n}").format(n=index + 1))
        self.stack.push(InsertItem(self.block.chapters, index, chapter, tr("Add chapter")))

    def remove_chapter(self, row: int) -> None:
        if 0 <= row < len(self.block.chapters):
            self.stack.push(RemoveItem(self.block.chapters, row, tr("Remove chapter")))

    def _clicked(self, row: int, _col: int) -> None:
        if 0 <= row < len(self.block.chapters):
            self.player.seek(self.block.chapters[row].start)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        row = item.row()
        if not 0 <= row < len(self.block.chapters):
            return
        chapter = self.block.chapters[row]
        if item.column() == 1:
            self.edit(chapter, "title", item.text(), tr("Rename chapter"))
            return
        seconds = parse_time(item.text())
        if seconds is None:
            self.refresh()
            return
        with self.stack.transaction(tr("Move chapter")):
            self.stack.push(SetAttr(chapter, "start", round(seconds, 3)))
            ordered = sorted(self.block.chapters, key=lambda c: c.start)
            if ordered != self.block.chapters:
                self.stack.push(SetAttr(self.block, "chapters", ordered))


class MediaBlockEditor(EditorBase):
    """A VideoBlock or AudioBlock: player on top, captions / chapters / details below."""

    def __init__(
        self, project: Project, block: Any, parent: QWidget | None = None, runner: Any = None
    ) -> None:
        super().__init__(project, parent)
        self.block = block
        is_video = isinstance(block, VideoBlock)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        self.player = Player(is_video)
        splitter.addWidget(self.player)
        self.timeline_view = TimelineView()
        self.timeline = self.timeline_view.timeline
        splitter.addWidget(self.timeline_view)
        self.tabs = QTabWidget()
        self.captions = CaptionEditor(project, block, runner=runner)
        self.tabs.addTab(self.captions, tr("&Captions"))
        self.chapters: ChaptersEditor | None = None
        self.timed: TimedQuestionsEditor | None = None
        if is_video:
            self.chapters = ChaptersEditor(project, block, self.player)
            self.tabs.addTab(self.chapters, tr("C&hapters"))
            self.timed = TimedQuestionsEditor(project, block, self.player)
            self.tabs.addTab(self.timed, tr("&Questions"))
        self.tabs.addTab(self._details(is_video), tr("&Details"))
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 3)
        splitter.setSizes([320, 120, 320] if is_video else [60, 140, 440])
        self.splitter = splitter
        layout.addWidget(splitter)
        self.runner = runner
        self.captions.seek_requested.connect(self.player.seek)
        self.captions.play_pause_requested.connect(self.player.toggle)
        self.captions.seek_by_requested.connect(self.player.seek_by)
        self.player.player.positionChanged.connect(self._position)
        self.player.player.durationChanged.connect(
            lambda ms: self.timeline.set_duration(ms / 1000.0))
        model = self.captions.model
        for signal in (model.modelReset, model.dataChanged, model.rowsInserted,
                       model.rowsRemoved):
            signal.connect(self._cues_changed)
        self.timeline.cue_retimed.connect(self._retimed)
        self.timeline.seek_requested.connect(self.player.seek)
        self.timeline.marker_activated.connect(self._marker_activated)
        self.poster_button: QPushButton | None = None
        if is_video:
            self.poster_button = QPushButton(tr("Use this frame as &poster"))
            self.poster_button.setAccessibleName(tr("Use this frame as poster"))
            self.poster_button.setToolTip(tr("The picture learners see before they press play"))
            self.poster_button.clicked.connect(lambda _=False: self.use_frame_as_poster())
            self.player.controls.addWidget(self.poster_button)
        self._poster_shown: str | None = None
        self._cues_changed()
        self._show_markers()
        self._position(0)
        self._load_media()
        self._load_waveform()
        self._load_poster()

    def _details(self, is_video: bool) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(tr("&Title:"), self.bind_line(QLineEdit(), self.block, "title", tr("Rename")))
        self.media_label = QLabel()
        choose = QPushButton(tr("Choose file…"))
        choose.clicked.connect(self._choose_media)
        row = QHBoxLayout()
        row.addWidget(self.media_label, 1)
        row.addWidget(choose)
        form.addRow(tr("Media:"), row)
        if is_video:
            self.poster_label = QLabel()
            poster = QPushButton(tr("Choose poster…"))
            poster.clicked.connect(self._choose_poster)
            prow = QHBoxLayout()
            prow.addWidget(self.poster_label, 1)
            prow.addWidget(poster)
            form.addRow(tr("Poster image:"), prow)
        transcript = QPlainTextEdit()
        transcript.setAccessibleName(tr("Transcript"))
        transcript.setPlaceholderText(
            tr("Leave empty to build the transcript from the first caption track.")
        )
        form.addRow(tr("T&ranscript:"), self.bind_plain(transcript, self.block, "transcript"))
        generate = QPushButton(tr("Write the transcript from the captions"))
        generate.setToolTip(tr("Paragraphs at the pauses of the first caption track; edit freely"))
        generate.clicked.connect(lambda: self.transcript_from_captions())
        form.addRow("", generate)
        self._update_labels()
        return page

    def transcript_from_captions(self) -> bool:
        """Fill the transcript from the first caption track (one undo step)."""
        from studio.captions.transcript import transcript_text

        if not self.block.tracks or not self.block.tracks[0].cues:
            return False
        text = transcript_text(self.block.tracks[0], timestamps=False).strip()
        self.edit(self.block, "transcript", text, tr("Transcript from captions"))
        self.stack.break_merge()
        return True

    def _update_labels(self) -> None:
        self.media_label.setText(asset_label(self.project, self.block.asset))
        if hasattr(self, "poster_label"):
            self.poster_label.setText(asset_label(self.project, self.block.poster))

    def _load_media(self) -> None:
        path = self.project.shown_media(self.block.asset)
        self.player.set_source(str(path) if path is not None and path.is_file() else "")

    def _choose_media(self) -> None:
        kind = "video" if isinstance(self.block, VideoBlock) else "audio"
        asset = AssetPicker.choose(self.project, kind, self)
        if asset:
            self.edit(self.block, "asset", asset, tr("Change media"))

    def _choose_poster(self) -> None:
        asset = AssetPicker.choose(self.project, "image", self)
        if asset:
            self.edit(self.block, "poster", asset, tr("Change poster"))

    def refresh(self) -> None:
        old = self.player.player.source()
        super().refresh()
        self._update_labels()
        path = self.project.shown_media(self.block.asset)
        if path is not None and QUrl.fromLocalFile(str(path)) != old:
            self._load_media()
            self._load_waveform()
        if getattr(self.block, "poster", None) != self._poster_shown:
            self._load_poster()
        self._show_markers()

    # -- timeline, caption overlay, poster -------------------------------------------
    def _position(self, ms: int) -> None:
        seconds = ms / 1000.0
        self.captions.set_playhead(seconds)
        self.timeline.set_playhead(seconds)
        row = self.captions.model.current_row
        self.timeline.set_current(row)
        if self.captions.follow_box.isChecked():
            self.timeline_view.show_time(seconds)
        if self.player.video is not None:
            cues = self.captions.model.cues
            self.player.video.set_caption(cues[row].text if 0 <= row < len(cues) else "")

    def _show_markers(self) -> None:
        """The video's timed questions, as markers on the timeline."""
        from studio.sanitize import plain_text
        from studio.ui.editors.timeline import TimelineMarker

        timed = getattr(self.block, "timed_questions", [])
        self.timeline.set_markers([
            TimelineMarker(t.time, plain_text(t.question.prompt)[:60] or tr("Question"), key=t)
            for t in timed])

    def _marker_activated(self, timed: Any) -> None:
        """A click on a question's marker: seek there and show it in the Questions tab."""
        if not hasattr(timed, "time"):
            return  # a marker someone else set
        self.player.seek(timed.time)
        if self.timed is not None:
            self.tabs.setCurrentWidget(self.timed)
            self.timed.select(timed)

    def _cues_changed(self, *_: object) -> None:
        self.timeline.set_cues(self.captions.model.cues)
        self.timeline.set_current(self.captions.model.current_row)

    def _retimed(self, row: int, start: float, end: float) -> None:
        """A drag on the timeline ended: one command for the whole drag."""
        self.captions.edit_timing(row, start, end)
        self.captions.select_row(row)

    def _load_waveform(self) -> None:
        from studio.ui.editors.media_jobs import load_waveform

        if self.block.asset:
            load_waveform(find_runner(self, self.runner), self.project, self.block.asset,
                          lambda w: self.timeline.set_waveform(w.peaks, w.rate))

    def _load_poster(self) -> None:
        """The block's poster image, or the automatic first non-black frame."""
        video = self.player.video
        self._poster_shown = getattr(self.block, "poster", None)
        if video is None:
            return
        if self._poster_shown:
            path = self.project.shown_media(self._poster_shown)
            image = QImage(str(path)) if path is not None else QImage()
            video.set_poster(None if image.isNull() else image)
            return
        from studio.ui.editors.media_jobs import load_auto_poster

        if self.block.asset:
            load_auto_poster(find_runner(self, self.runner), self.project, self.block.asset,
                             video.set_poster)

    def use_frame_as_poster(self, seconds: float | None = None) -> Any:
        """Make the frame at the playhead the video's poster (a job, then one undo step)."""
        from studio.ui.editors.media_jobs import stage_frame

        if not self.block.asset:
            return None
        at = self.player.position() if seconds is None else seconds
        project, block = self.project, self.block

        def done(asset: Any) -> None:
            from studio.commands import SetAttr
            from studio.media.media_blocks import register_media

            with project.stack.transaction(tr("Use this frame as poster")):
                registered = register_media(project, asset)
                project.stack.push(SetAttr(block, "poster", registered.id))

        return find_runner(self, self.runner).submit(
            tr("Poster from {t}").format(t=format_time(at)), stage_frame, project,
            block.asset, at, on_done=done, on_error=self.captions.show_error)
