"""The status bar's job indicator: how many jobs run and how far they are.

The Jobs panel no longer pops up for every job (it took a third of the window
after each export); this small button shows that work is going on, with one
overall progress bar, and opens the panel when clicked. A failed job leaves the
button showing "1 failed" until the panel is opened.
"""

from __future__ import annotations

from collections.abc import Callable

from studio.ui.jobs import FAILED, Job, JobRunner
from studio.ui.qt import QHBoxLayout, QProgressBar, QToolButton, QWidget, tr


class JobsIndicator(QWidget):
    """``N jobs running`` and an overall progress bar; a click shows the Jobs panel."""

    def __init__(self, runner: JobRunner, open_panel: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.failed = 0
        self.button = QToolButton()
        self.button.setAutoRaise(True)
        self.button.setAccessibleName(tr("Jobs"))
        self.button.setToolTip(tr("Show the Jobs panel (Ctrl+4)"))
        self._open_panel = open_panel
        self.button.clicked.connect(self._clicked)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setMaximumWidth(120)
        self.bar.setMaximumHeight(14)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(tr("Progress of the running jobs"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.button)
        runner.job_added.connect(self._added)
        runner.job_ended.connect(self._ended)
        self.refresh()

    def _added(self, job: Job) -> None:
        job.progressed.connect(lambda *_: self.refresh())
        self.refresh()

    def _ended(self, job: Job) -> None:
        if job.state == FAILED:
            self.failed += 1
        self.refresh()

    def _clicked(self) -> None:
        self._open_panel()
        self.failed = 0
        self.refresh()

    def refresh(self) -> None:
        running = self.runner.running()
        parts = []
        if running:
            parts.append(tr("{n} job(s) running").format(n=len(running)))
        if self.failed:
            parts.append(tr("{n} failed").format(n=self.failed))
        self.button.setText(" · ".join(parts) or tr("Jobs"))
        self.bar.setVisible(bool(running))
        if running:
            self.bar.setValue(int(1000 * sum(j.fraction for j in running) / len(running)))
