"""The Properties panel: the properties of whatever is selected.

Course, module, lesson, each kind of block and the question selected in the quiz
builder show their own form (``forms.py``); every change is a command on the
project's stack (``EditorBase`` bindings), so Undo restores it. The panel is
emptied when the course closes, and the window remembers whether it is shown.
"""

from __future__ import annotations

from typing import Any

from studio.model import Course
from studio.project import Project
from studio.ui.inspector import CourseInspector
from studio.ui.qt import QLabel, QScrollArea, Qt, QVBoxLayout, QWidget, tr


class PropertiesPanel(QWidget):
    """Shows the properties form of the selected item (the course's by default)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Properties"))
        self.project: Project | None = None
        self.obj: Any = None
        self.course_form = CourseInspector()
        self.form: QWidget | None = None
        self.heading = QLabel("")
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(tr("Selected item"))
        bold = self.heading.font()
        bold.setBold(True)
        self.heading.setFont(bold)
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.area, 1)
        self._show(self.course_form)
        self.setEnabled(False)

    def set_project(self, project: Project | None) -> None:
        self.project = project
        self.course_form.set_project(project)
        self.setEnabled(project is not None)
        self.show_item(project.course if project is not None else None)

    def show_item(self, obj: Any) -> None:
        """Show the form for ``obj`` (a Course, Module, Lesson, block or Question)."""
        project = self.project
        if project is None or obj is None or isinstance(obj, Course):
            self.obj = project.course if project is not None else None
            self.heading.setText(tr("Course") if project is not None else "")
            self._show(self.course_form)
            return
        if obj is self.obj and self.form is not None:
            return
        from studio.ui.properties.forms import create_form, heading

        self.obj = obj
        self.heading.setText(heading(obj))
        self._show(create_form(project, obj))

    def item_changed(self) -> None:
        """After an edit: follow a rename in the heading; an item that is gone (undo of
        its creation) gives way to the course."""
        obj, project = self.obj, self.project
        if project is None or obj is None or isinstance(obj, Course):
            return
        from studio.ui.properties.forms import heading, still_there

        if not still_there(project.course, obj):
            self.show_item(None)
        else:
            self.heading.setText(heading(obj))

    def _show(self, widget: QWidget) -> None:
        old = self.area.takeWidget()
        if old is not None and old is not self.course_form:
            old.deleteLater()
        self.form = None if widget is self.course_form else widget
        self.area.setWidget(widget)

    def first_field(self) -> QWidget | None:
        """Where Ctrl+3 puts the focus."""
        widget = self.area.widget()
        if widget is self.course_form:
            return self.course_form.title
        return widget.nextInFocusChain() if widget is not None else None
