"""The Publish checklist panel: for the chosen LMS, everything between the course and
a good publish, from ``studio.exporters.checklist.publish_checklist`` (the list
``studio info`` and ``studio validate PROJECT`` print). Activating an entry selects
its item in the outline; an entry whose fix needs no choice has a button for it.
The list is rebuilt a moment after each change (not on every keystroke).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from studio.ui.phrases import say, say_place
from studio.ui.qt import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    tr,
)

if TYPE_CHECKING:
    from studio.ui.main_window import MainWindow

FIX_LABELS = {
    "add_lesson": "Add a lesson",
    "delete_lesson": "Delete the lesson",
    "reflow_track": "Re-flow the captions",
}


class ChecklistPanel(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        from studio.exporters.presets import LMS_TITLES

        self.main_window = window
        self.problems: list[Any] = []
        self.setAccessibleName(tr("Publish checklist"))
        self.preset = QComboBox()
        self.preset.setAccessibleName(tr("Publish for"))
        for name, title in LMS_TITLES.items():
            self.preset.addItem(tr(title), name)
        self.preset.setCurrentIndex(max(0, self.preset.findData(
            str(window.settings.value("checklist/preset", "generic")))))
        self.preset.currentIndexChanged.connect(self._preset_changed)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(tr("Checklist summary"))
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Publish checklist"))
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._activated)
        self.list.currentRowChanged.connect(self._current_changed)
        self.fix_button = QPushButton(tr("Fix"))
        self.fix_button.setAccessibleName(tr("Fix the selected problem"))
        self.fix_button.clicked.connect(lambda _=False: self.fix(self.list.currentRow()))
        self.go_button = QPushButton(tr("&Go to"))
        self.go_button.setAccessibleName(tr("Go to the selected problem"))
        self.go_button.clicked.connect(lambda _=False: self.jump(self.list.currentRow()))
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("For:")))
        top.addWidget(self.preset, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.go_button)
        buttons.addWidget(self.fix_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(600)
        self.timer.timeout.connect(self.refresh)
        self._current_changed(-1)

    def preset_name(self) -> str:
        return str(self.preset.currentData())

    def _preset_changed(self, _index: int) -> None:
        self.main_window.settings.setValue("checklist/preset", self.preset_name())
        self.refresh()

    def schedule(self) -> None:
        """The course changed: rebuild the list shortly (only while it is shown)."""
        self.timer.start()

    def refresh(self) -> None:
        from studio.exporters.checklist import publish_checklist

        project = self.main_window.project
        self.list.clear()
        if project is None:
            self.problems = []
            self.summary.setText("")
            self._current_changed(-1)
            return
        checklist = publish_checklist(project.course, project.media_dir, self.preset_name())
        self.problems = checklist.problems
        errors = checklist.errors
        self.summary.setText(
            tr("Ready to publish: nothing to fix.") if not self.problems else
            tr("{e} to fix, {w} to check before publishing.").format(
                e=errors, w=len(self.problems) - errors))
        for problem in self.problems:
            mark = "✖" if problem.severity == "error" else "⚠"
            message = say(problem.said) if problem.said else problem.message
            where = say_place(problem.place) if problem.place else problem.where
            item = QListWidgetItem(f"{mark} {message}\n{where}")
            item.setToolTip(f"{message}\n{where}")
            item.setData(Qt.ItemDataRole.AccessibleTextRole,
                         f"{tr('Error') if problem.severity == 'error' else tr('Warning')}: "
                         f"{message}, {where}")
            self.list.addItem(item)
        self._current_changed(self.list.currentRow())

    def _current_changed(self, row: int) -> None:
        problem = self.problems[row] if 0 <= row < len(self.problems) else None
        self.go_button.setEnabled(problem is not None)
        label = FIX_LABELS.get(problem.fix, "") if problem is not None else ""
        self.fix_button.setVisible(bool(label))
        if label:
            self.fix_button.setText(tr(label))

    def _activated(self, item: QListWidgetItem) -> None:
        self.jump(self.list.row(item))

    def jump(self, row: int) -> bool:
        """Select the problem's item in the outline (the course when it has none)."""
        if not 0 <= row < len(self.problems) or self.main_window.project is None:
            return False
        ident = self.problems[row].item or self.main_window.project.course.id
        self.main_window.outline.select(ident)
        return True

    def fix(self, row: int) -> bool:
        """Apply the entry's fix (one undo step)."""
        from studio import course_ops

        project = self.main_window.project
        if project is None or not 0 <= row < len(self.problems):
            return False
        problem = self.problems[row]
        course = project.course
        if problem.fix == "delete_lesson":
            for module, lesson in course.lessons():
                if lesson.id == problem.item:
                    course_ops.remove_lesson(project.stack, module, lesson)
                    return True
        elif problem.fix == "add_lesson":
            target = course.find_module(problem.item)
            if target is not None:
                lesson = course_ops.add_lesson(project.stack, target, tr("Lesson 1"))
                self.main_window.outline.select(lesson.id)
                return True
        elif problem.fix == "reflow_track":
            from studio.captions.commands import reflow_track

            found = course.find_block(problem.item)
            if found is not None:
                with project.stack.transaction(tr("Re-flow the captions")):
                    for track in found[1].tracks:  # type: ignore[union-attr]
                        reflow_track(project.stack, track, "netflix")
                return True
        return False
