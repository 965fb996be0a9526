"""The editor area: shows the editor for the selected outline item.

Editors come from ``studio.ui.editors.create_editor(project, item, parent)``
(the editors package); when it has no editor for an item (or is not there), a
read-only summary is shown instead. The host only swaps widgets; editors keep
themselves in sync with the command stack.
"""

from __future__ import annotations

import html
import re
import traceback
from typing import Any

from studio.model import Course, Lesson, Module
from studio.project import Project
from studio.ui.outline import block_label
from studio.ui.qt import (
    QLabel,
    QPushButton,
    QScrollArea,
    Qt,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    Signal,
    tr,
)


def _text(value: Any) -> str:
    return html.escape(str(value))


def _plain(rich: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", rich).split())


def summary_html(project: Project, obj: Any) -> str:
    """A read-only description of a course item (used when no editor is available)."""
    if isinstance(obj, Course):
        lessons = sum(1 for _ in obj.lessons())
        blocks = sum(1 for _ in obj.blocks())
        parts = [
            f"<h2>{_text(obj.title)}</h2>",
            f"<p>{_text(obj.description)}</p>" if obj.description else "",
            "<p>"
            + _text(
                tr("{m} modules, {l} lessons, {b} blocks, {a} media files").format(
                    m=len(obj.modules), l=lessons, b=blocks, a=len(obj.media)
                )
            )
            + "</p>",
            "<ul>",
            *(
                f"<li>{_text(m.title)} ({_text(tr('{n} lessons').format(n=len(m.lessons)))})</li>"
                for m in obj.modules
            ),
            "</ul>",
        ]
        return "".join(parts)
    if isinstance(obj, Module):
        items = "".join(
            f"<li>{_text(lesson.title)} ({len(lesson.blocks)})</li>" for lesson in obj.lessons
        )
        return f"<h2>{_text(obj.title)}</h2><ol>{items}</ol>"
    if isinstance(obj, Lesson):
        items = "".join(f"<li>{_text(block_label(b))}</li>" for b in obj.blocks)
        empty = _text(tr("This lesson is empty: use Insert > Add block."))
        return f"<h2>{_text(obj.title)}</h2>" + (f"<ol>{items}</ol>" if items else f"<p>{empty}</p>")
    if obj is None:
        return ""
    rows = []
    for name, value in vars(obj).items():
        if name == "id":
            continue
        if name == "html" or name == "prompt":
            value = _plain(str(value))
        elif name == "quiz":
            value = tr("{n} questions").format(n=len(value.questions))
        elif name == "tracks":
            value = ", ".join(f"{t.label} ({t.review})" for t in value) or "—"
        elif isinstance(value, list):
            value = len(value)
        elif name in ("asset", "poster", "narration_audio") and value:
            asset = project.course.media.get(str(value))
            value = asset.filename if asset else value
        rows.append(f"<tr><th align='left'>{_text(name)}</th><td>{_text(value)}</td></tr>")
    return f"<h2>{_text(block_label(obj))}</h2><table cellpadding='3'>{''.join(rows)}</table>"


class SummaryView(QTextBrowser):
    """Read-only summary of the selected item."""

    def __init__(self, project: Project, obj: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.obj = obj
        self.setObjectName("summary")
        self.setAccessibleName(tr("Summary of the selected item"))
        self.setOpenExternalLinks(False)
        self.refresh()

    def refresh(self) -> None:
        self.setHtml(summary_html(self.project, self.obj))


class EmptyCourseView(QWidget):
    """What a course with nothing in it shows: the next steps, as buttons."""

    def __init__(self, host: EditorHost) -> None:
        super().__init__()
        self.setObjectName("empty-course")
        self.setAccessibleName(tr("An empty course: what to do next"))
        layout = QVBoxLayout(self)
        heading = QLabel(tr("This course is empty. Start with one of these:"))
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.buttons: dict[str, QPushButton] = {}
        for step, text in (
            ("module", tr("&Add a module (then lessons in it)")),
            ("video", tr("Add a &video lecture…")),
            ("import", tr("&Import a PowerPoint deck, a package or a quiz file…")),
        ):
            button = QPushButton(text)
            button.setAccessibleName(text.replace("&", ""))
            button.clicked.connect(lambda _=False, s=step: host.next_step_requested.emit(s))
            layout.addWidget(button)
            self.buttons[step] = button
        tip = QLabel(tr("Or drop videos, images, decks and packages onto the outline."))
        tip.setWordWrap(True)
        layout.addWidget(tip)
        layout.addStretch(1)


class EditorHost(QWidget):
    """Holds the current editor (or summary) for the selected item."""

    next_step_requested = Signal(str)  # "module" | "video" | "import" (the empty course)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Editor"))
        self.project: Project | None = None
        self.obj: Any = None
        self.editor: QWidget | None = None
        self.runner: Any = None  # the window's JobRunner, handed to editors that run jobs
        self.placeholder = QLabel(tr("Open or create a course to start (File menu)."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.area)
        self.area.hide()

    def show_item(self, project: Project | None, obj: Any) -> None:
        """Replace the editor with one for ``obj`` (None clears the area)."""
        if project is not None and obj is self.obj and project is self.project and self.editor:
            return
        self._drop_editor()
        self.project, self.obj = project, obj
        if project is None or obj is None:
            self.area.hide()
            self.placeholder.show()
            return
        editor = self._create_editor(project, obj)
        self.editor = editor
        self.area.setWidget(editor)
        self.placeholder.hide()
        self.area.show()

    def _create_editor(self, project: Project, obj: Any) -> QWidget:
        create_editor: Any
        try:
            from studio.ui.editors import create_editor
        except ImportError:
            create_editor = None
        if create_editor is not None:
            try:
                editor = create_editor(project, obj, None, runner=self.runner)
            except Exception:  # an editor bug must not take the window down
                traceback.print_exc()
                editor = None
            if editor is not None:
                return editor
        if isinstance(obj, Course) and not obj.modules:
            return EmptyCourseView(self)
        return SummaryView(project, obj)

    def _drop_editor(self) -> None:
        if self.editor is not None:
            widget = self.area.takeWidget()
            if widget is not None:
                widget.deleteLater()
            self.editor = None

    def refresh(self) -> None:
        """After an edit: summaries re-render (editors refresh themselves)."""
        if isinstance(self.editor, SummaryView):
            self.editor.refresh()
        empty = isinstance(self.obj, Course) and not self.obj.modules
        if isinstance(self.editor, EmptyCourseView) != empty and self.project is not None:
            project, obj = self.project, self.obj
            self._drop_editor()  # the course got its first module, or lost its last
            self.obj = None
            self.show_item(project, obj)
