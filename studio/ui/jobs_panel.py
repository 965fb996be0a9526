"""The jobs panel: every job with its progress, time left and a Cancel button."""

from __future__ import annotations

from studio.ui.jobs import CANCELLED, DONE, FAILED, Job, JobRunner, format_time_left
from studio.ui.qt import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTimer,
    QVBoxLayout,
    QWidget,
    tr,
)


class JobRow(QFrame):
    """One job: title, message, progress bar, time left, Cancel."""

    def __init__(self, job: Job, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.job = job
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(tr("Job: {title}").format(title=job.title))
        self.title = QLabel(job.title)
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(self.message.fontMetrics().height() + 2)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setAccessibleName(tr("Progress of {title}").format(title=job.title))
        self.time_left = QLabel(format_time_left(None))
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setAccessibleName(tr("Cancel {title}").format(title=job.title))
        self.cancel_button.clicked.connect(self._cancel)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.time_left)
        top.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(top)
        layout.addWidget(self.bar)
        layout.addWidget(self.message)
        job.progressed.connect(self.refresh)
        job.ended.connect(self.refresh)
        self.refresh()

    def _cancel(self) -> None:
        self.job.cancel()
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText(tr("Cancelling…"))

    def refresh(self, *_: object) -> None:
        job = self.job
        self.bar.setValue(int(job.fraction * 1000))
        if job.running:
            self.message.setText(job.message)
            self.time_left.setText(format_time_left(job.seconds_left()))
            return
        self.cancel_button.hide()
        text = {
            DONE: tr("Finished"),
            CANCELLED: tr("Cancelled"),
            FAILED: tr("Failed"),
        }.get(job.state, "")
        self.time_left.setText(text)
        if job.state == FAILED:
            self.message.setText(job.error)
        if job.state == DONE:
            self.bar.setValue(1000)


class JobsPanel(QWidget):
    """Lists the runner's jobs, newest first; finished ones stay until cleared."""

    def __init__(self, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.setAccessibleName(tr("Jobs"))
        self.rows: dict[int, JobRow] = {}
        self.empty = QLabel(tr("No jobs running. Exports, imports and captioning show here."))
        self.empty.setWordWrap(True)
        self.clear_button = QPushButton(tr("Clear finished"))
        self.clear_button.setAccessibleName(tr("Clear finished jobs"))
        self.clear_button.clicked.connect(self.clear_finished)
        inner = QWidget()
        self.list_layout = QVBoxLayout(inner)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.addStretch(1)
        self.job_list = QScrollArea()
        self.job_list.setWidgetResizable(True)
        self.job_list.setWidget(inner)
        # Idle, the panel is one compact row: the message and the Clear button.
        idle = QHBoxLayout()
        idle.addWidget(self.empty, 1)
        idle.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.job_list, 1)
        layout.addLayout(idle)
        self.job_list.hide()
        runner.job_added.connect(self.add_job)
        # Time left changes even when a job reports nothing new.
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self._tick)
        self.ticker.start()
        for job in runner.jobs:
            self.add_job(job)

    def add_job(self, job: Job) -> None:
        row = JobRow(job)
        self.rows[id(job)] = row
        self.list_layout.insertWidget(0, row)
        self._update_empty()

    def row_for(self, job: Job) -> JobRow:
        return self.rows[id(job)]

    def _tick(self) -> None:
        for row in self.rows.values():
            if row.job.running:
                row.refresh()

    def clear_finished(self) -> None:
        for key, row in list(self.rows.items()):
            if not row.job.running:
                row.setParent(None)
                row.deleteLater()
                del self.rows[key]
        self.runner.clear_finished()
        self._update_empty()

    def _update_empty(self) -> None:
        self.empty.setVisible(not self.rows)
        self.job_list.setVisible(bool(self.rows))
