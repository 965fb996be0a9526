"""The questions that pause a video: the list by time, each one's time and settings, and
its question form. Every change is a command on the project's stack (``video_questions``)."""

from __future__ import annotations

from studio import video_questions
from studio.model import TimedQuestion, VideoBlock
from studio.project import Project
from studio.ui.editors.base import EditorBase
from studio.ui.editors.caption_model import format_time, parse_time
from studio.ui.editors.question_forms import QuestionForm
from studio.ui.editors.quiz_builder import new_question
from studio.ui.editors.quiz_preview import KIND_LABELS
from studio.ui.qt import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    Qt,
    QVBoxLayout,
    QWidget,
    tr,
)


class TimedQuestionsEditor(EditorBase):
    def __init__(self, project: Project, block: VideoBlock, player: object, parent: QWidget | None = None) -> None:
        super().__init__(project, parent)
        self.block = block
        self.player = player  # position() and seek(seconds), like the video editor's Player
        self._form_for: TimedQuestion | None = None
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Questions that pause the video"))
        self.list.currentRowChanged.connect(lambda _row: self._selected())
        left.addWidget(self.list, 1)
        add_row = QHBoxLayout()
        self.kind_box = QComboBox()
        self.kind_box.setAccessibleName(tr("Question kind"))
        for kind, label in KIND_LABELS.items():
            self.kind_box.addItem(tr(label), kind)
        add = QPushButton(tr("&Add question at playhead"))
        add.clicked.connect(lambda: self.add_question(str(self.kind_box.currentData())))
        add_row.addWidget(self.kind_box, 1)
        add_row.addWidget(add)
        left.addLayout(add_row)
        remove = QPushButton(tr("Remove question"))
        remove.clicked.connect(lambda: self.remove_question())
        left.addWidget(remove)
        layout.addLayout(left, 1)
        right = QVBoxLayout()
        settings = QFormLayout()
        self.time = QLineEdit()
        self.time.setAccessibleName(tr("Time of the question"))
        self.time.editingFinished.connect(self._time_edited)
        settings.addRow(tr("&Time:"), self.time)
        self.required = self.bind_check(QCheckBox(tr("The video goes on only after the right answer")),
                                        self.current, "require_correct", tr("Require the right answer"))
        settings.addRow(self.required)
        self.rewind = QLineEdit()
        self.rewind.setAccessibleName(tr("After a wrong answer, watch again from"))
        self.rewind.setPlaceholderText(tr("empty: no"))
        self.rewind.editingFinished.connect(self._rewind_edited)
        settings.addRow(tr("After a wrong answer, &watch again from:"), self.rewind)
        right.addLayout(settings)
        self.form_area = QScrollArea()
        self.form_area.setWidgetResizable(True)
        right.addWidget(self.form_area, 1)
        layout.addLayout(right, 2)
        self.refresh()

    # -- selection -------------------------------------------------------------
    def current(self) -> TimedQuestion | None:
        item = self.list.currentItem()
        wanted = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return next((t for t in self.block.timed_questions if t.id == wanted), None)

    def select(self, timed: TimedQuestion) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == timed.id:
                self.list.setCurrentRow(row)

    def _selected(self) -> None:
        timed = self.current()
        if timed is not None:
            self.player.seek(timed.time)  # type: ignore[attr-defined]
        self.refresh()

    # -- changes ---------------------------------------------------------------
    def add_question(self, kind: str) -> TimedQuestion:
        at = round(float(self.player.position()), 3)  # type: ignore[attr-defined]
        timed = video_questions.add_timed_question(self.stack, self.block, at, new_question(kind))
        self.select(timed)
        return timed

    def remove_question(self) -> None:
        timed = self.current()
        if timed is not None:
            video_questions.remove_timed_question(self.stack, self.block, timed)

    def _time_edited(self) -> None:
        timed = self.current()
        seconds = parse_time(self.time.text())
        if timed is not None and seconds is not None and round(seconds, 3) != timed.time:
            video_questions.move_timed_question(self.stack, timed, round(seconds, 3))
        self.refresh()

    def _rewind_edited(self) -> None:
        timed = self.current()
        text = self.rewind.text().strip()
        seconds = parse_time(text) if text else None
        if timed is not None and (seconds is not None or not text):
            value = round(seconds, 3) if seconds is not None else None
            if value != timed.rewind_to:
                self.edit(timed, "rewind_to", value, tr("Set where to watch again"))
        self.refresh()

    # -- model -> widgets ------------------------------------------------------
    def refresh(self) -> None:
        current = self.current()
        self.list.blockSignals(True)
        self.list.clear()
        for mark in video_questions.timeline_marks(self.block, 60):
            item = QListWidgetItem(f"{format_time(mark.time)}  {mark.label}")
            item.setData(Qt.ItemDataRole.UserRole, mark.id)
            self.list.addItem(item)
            if current is not None and mark.id == current.id:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        super().refresh()
        timed = self.current()
        for widget in (self.time, self.required, self.rewind):
            widget.setEnabled(timed is not None)
        if not self.time.hasFocus():
            self.time.setText(format_time(timed.time) if timed is not None else "")
        if not self.rewind.hasFocus():
            back = timed.rewind_to if timed is not None else None
            self.rewind.setText(format_time(back) if back is not None else "")
        if timed is not self._form_for:
            self._form_for = timed
            old = self.form_area.takeWidget()
            if old is not None:
                old.deleteLater()
            self.form_area.setWidget(QuestionForm(self.project, timed.question) if timed is not None else QWidget())
