"""The lesson editor: its title and what it holds, plus the recorder and the
narrated-slides panels (built when their tab is first opened: they load
QtMultimedia, which selecting a lesson should not pay for).
"""

from __future__ import annotations

from typing import Any

from studio.model import Lesson
from studio.project import Project
from studio.ui.editors.base import EditorBase
from studio.ui.qt import QFormLayout, QLabel, QLineEdit, QTabWidget, QVBoxLayout, QWidget, tr


class LessonEditor(EditorBase):
    def __init__(
        self, project: Project, lesson: Lesson, parent: QWidget | None = None, runner: Any = None
    ) -> None:
        super().__init__(project, parent)
        self.lesson = lesson
        self.runner = runner
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.title = self.bind_line(QLineEdit(), lesson, "title", tr("Rename lesson"))
        self.title.setAccessibleName(tr("Lesson title"))
        form.addRow(tr("&Title:"), self.title)
        self.summary = QLabel()
        form.addRow(tr("Contents:"), self.summary)
        layout.addLayout(form)
        self.tabs = QTabWidget()
        self.tabs.addTab(QLabel(tr("Open this tab to record a lecture.")), tr("&Record a lecture"))
        self.tabs.addTab(QLabel(tr("Open this tab to narrate slides.")), tr("&Narrated slides"))
        self.tabs.setCurrentIndex(-1)
        self.recorder: Any = None
        self.slides: Any = None
        self.tabs.currentChanged.connect(self._tab_opened)
        layout.addWidget(self.tabs, 1)
        self._update()

    def _tab_opened(self, index: int) -> None:
        if index == 0 and self.recorder is None:
            from studio.ui.editors.recorder_panel import RecorderPanel

            self.recorder = RecorderPanel(self.project, self.lesson, runner=self.runner)
            self._replace(0, self.recorder, tr("&Record a lecture"))
        elif index == 1 and self.slides is None:
            from studio.ui.editors.slides_panel import SlidesPanel

            self.slides = SlidesPanel(self.project, self.lesson, runner=self.runner)
            self._replace(1, self.slides, tr("&Narrated slides"))

    def open_recorder(self) -> Any:
        self.tabs.setCurrentIndex(0)
        self._tab_opened(0)
        return self.recorder

    def open_slides(self) -> Any:
        self.tabs.setCurrentIndex(1)
        self._tab_opened(1)
        return self.slides

    def _replace(self, index: int, widget: QWidget, label: str) -> None:
        self.tabs.blockSignals(True)
        old = self.tabs.widget(index)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, widget, label)
        self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(False)
        if old is not None:
            old.deleteLater()

    def _update(self) -> None:
        counts: dict[str, int] = {}
        for block in self.lesson.blocks:
            counts[block.KIND] = counts.get(block.KIND, 0) + 1
        text = ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items()))
        self.summary.setText(text or tr("no blocks yet"))

    def refresh(self) -> None:
        super().refresh()
        self._update()
        if self.slides is not None:
            self.slides.refresh()
