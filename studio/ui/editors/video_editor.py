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
from studio.ui.editors.timed_questions import TimedQuestionsEditor
from studio.ui.qt import (
    QFormLayout,
    QHBoxLayout,
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
    multimedia_widgets,
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
        self.video = None
        if video:
            self.video = multimedia_widgets().QVideoWidget()
            self.video.setMinimumHeight(180)
            self.video.setAccessibleName(tr("Video"))
            self.player.setVideoOutput(self.video)
            layout.addWidget(self.video, 1)
        controls = QHBoxLayout()
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

    def _moved(self, ms: int) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(ms)
        self.slider.blockSignals(False)
        self.time.setText(format_time(ms / 1000.0))

    def _state(self, state: Any) -> None:
        playing = state == multimedia().QMediaPlayer.PlaybackState.PlayingState
        self.play_button.setText(tr("Pause") if playing else tr("Play"))

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
        self.player = Player(is_video)
        splitter.addWidget(self.player)
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
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter)
        self.captions.seek_requested.connect(self.player.seek)
        self.captions.play_pause_requested.connect(self.player.toggle)
        self.player.player.positionChanged.connect(
            lambda ms: self.captions.set_playhead(ms / 1000.0)
        )
        self._load_media()

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
