"""The lesson editor: its title and what it holds, plus the recorder and the
narrated-slides panels (built when their tab is first opened: they load
QtMultimedia, which selecting a lesson should not pay for).
"""

from __future__ import annotations

from typing import Any

from studio.model import Lesson
from studio.project import Project
from studio.ui.editors.base import EditorBase
from studio.ui.qt import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    tr,
)


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
        self.tabs.addTab(
            self._placeholder(
                tr("Record the screen, a camera and a microphone into this lesson."),
                tr("Set up the &recorder"), self.open_recorder,
            ),
            tr("&Record a lecture"),
        )  # fmt: skip
        self.tabs.addTab(
            self._placeholder(
                tr("Record a narration for each slide, then compose the lecture video."),
                tr("Show the &slides"), self.open_slides,
            ),
            tr("&Narrated slides"),
        )  # fmt: skip
        self.recorder: Any = None
        self.slides: Any = None
        self.tabs.currentChanged.connect(self._tab_opened)  # the other tab, when chosen
        layout.addWidget(self.tabs, 1)
        self._update()

    def _placeholder(self, text: str, button_label: str, slot: Any) -> QWidget:
        """Shown until the panel is built (it loads QtMultimedia, so only on request)."""
        page = QWidget()
        layout = QVBoxLayout(page)
        label = QLabel(text)
        label.setWordWrap(True)
        button = QPushButton(button_label)
        button.clicked.connect(lambda _=False: slot())
        layout.addWidget(label)
        layout.addWidget(button)
        layout.addStretch(1)
        return page

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
        from studio.ui.outline import BLOCK_NAMES

        counts: dict[str, int] = {}
        for block in self.lesson.blocks:
            counts[block.KIND] = counts.get(block.KIND, 0) + 1
        text = ", ".join(tr("{kind}: {n}").format(kind=tr(BLOCK_NAMES.get(kind, kind)), n=n)
                         for kind, n in sorted(counts.items()))
        self.summary.setText(text or tr("no blocks yet"))

    def refresh(self) -> None:
        super().refresh()
        self._update()
        if self.slides is not None:
            self.slides.refresh()
