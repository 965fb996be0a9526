"""The inspector: the course's metadata and tracking rule, edited through commands.

Each field pushes a ``SetAttr`` on the project's stack when it changes (typing in
one field merges into one undo step); after undo/redo the form reloads from the
course, leaving the field being typed in alone.
"""

from __future__ import annotations

from typing import Any

from studio import course_ops
from studio.model import Course
from studio.model.course import KNOWN_LICENSES, is_bcp47
from studio.project import Project
from studio.ui.qt import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimer,
    QVBoxLayout,
    QWidget,
    tr,
    tr_noop,
)

LANGUAGES = ["en", "en-GB", "en-US", "fr", "es", "de", "it", "pt", "pt-BR", "nl", "ar",
             "zh", "ja", "ko", "ru", "hi", "sw", "pl", "tr", "sv"]
COMPLETION_RULES = [  # labels translated where shown
    ("all_lessons", "Learner views every lesson"),
    ("video_share", "Learner watches a share of every video"),
    ("quiz_passed", "Learner passes the quizzes"),
]


def split_list(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


class CourseInspector(QWidget):
    """Form for course title, description, language, authors, licence, keywords, version."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project: Project | None = None
        self._loading = False
        self.setAccessibleName(tr("Course properties"))
        outer = QVBoxLayout(self)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        self.title = QLineEdit()
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(90)
        self.language = QComboBox()
        self.language.setEditable(True)
        self.language.addItems(LANGUAGES)
        self.language_warning = QLabel("")
        self.language_warning.setWordWrap(True)
        self.language_warning.hide()
        self.authors = QLineEdit()
        self.authors.setPlaceholderText(tr("Names, separated by commas"))
        self.license = QComboBox()
        self.license.setEditable(True)
        self._licences_filled = False
        self.keywords = QLineEdit()
        self.keywords.setPlaceholderText(tr("Keywords, separated by commas"))
        self.version = QLineEdit()
        self.completion = QComboBox()
        for key, text in COMPLETION_RULES:
            self.completion.addItem(tr(text), key)
        self.video_share = QSpinBox()
        self.video_share.setRange(1, 100)
        self.video_share.setSuffix(" %")
        self.passing = QDoubleSpinBox()
        self.passing.setRange(0, 100)
        self.passing.setDecimals(0)
        self.passing.setSuffix(" %")
        rows: list[tuple[str, QWidget, str]] = [
            (tr_noop("&Title"), self.title, tr_noop("Course title")),
            (tr_noop("&Description"), self.description, tr_noop("Course description")),
            (tr_noop("&Language"), self.language, tr_noop("Course language (BCP 47 tag, e.g. en or pt-BR)")),
            ("", self.language_warning, tr_noop("Language warning")),
            (tr_noop("&Authors"), self.authors, tr_noop("Authors")),
            (tr_noop("Li&cence"), self.license, tr_noop("Licence (SPDX identifier)")),
            (tr_noop("&Keywords"), self.keywords, tr_noop("Keywords")),
            (tr_noop("&Version"), self.version, tr_noop("Version")),
            (tr_noop("Com&pletion"), self.completion, tr_noop("Completion rule for tracked packages")),
            (tr_noop("Video &share"), self.video_share, tr_noop("Share of each video to watch")),
            (tr_noop("Pa&ssing score"), self.passing, tr_noop("Passing score of the course")),
        ]
        for label, widget, name in rows:
            widget.setAccessibleName(tr(name))
            editable = widget.lineEdit() if isinstance(widget, QComboBox) else None
            if editable is not None:
                editable.setAccessibleName(tr(name))  # what screen readers focus
            if label:
                form.addRow(tr(label), widget)
            else:
                form.addRow(widget)
        self.title.textEdited.connect(lambda t: self._set_course("title", t))
        self.description.textChanged.connect(
            lambda: self._set_course("description", self.description.toPlainText())
        )
        self.language.editTextChanged.connect(self._language_changed)
        self.authors.textEdited.connect(lambda t: self._set_course("authors", split_list(t)))
        self.license.editTextChanged.connect(
            lambda t: self._set_course("license", t.strip())
        )
        self.keywords.textEdited.connect(
            lambda t: self._set_course("keywords", split_list(t))
        )
        self.version.textEdited.connect(lambda t: self._set_course("version", t.strip()))
        self.completion.currentIndexChanged.connect(
            lambda _i: self._set_tracking("completion", self.completion.currentData())
        )
        self.video_share.valueChanged.connect(
            lambda v: self._set_tracking("video_share", v / 100.0)
        )
        self.passing.valueChanged.connect(
            lambda v: self._set_tracking("passing_score", float(v))
        )
        self.setEnabled(False)

    @property
    def course(self) -> Course:
        assert self.project is not None
        return self.project.course

    def fill_licences(self) -> None:
        """The licence list, filled once the panel is first shown."""
        if self._licences_filled:
            return
        self._licences_filled = True
        current = self.license.currentText()
        self._loading = True
        try:
            self.license.addItems([k for k in KNOWN_LICENSES if k != current])
            self.license.setEditText(current)
        finally:
            self._loading = False

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        QTimer.singleShot(0, self.fill_licences)

    def set_project(self, project: Project | None) -> None:
        if self.project is not None:
            self.project.stack.remove_listener(self.reload)
        self.project = project
        if project is not None:
            project.stack.add_listener(self.reload)
        self.setEnabled(project is not None)
        self.reload()

    def _set_course(self, name: str, value: Any) -> None:
        if self.project is not None:
            self._set(self.project.course, name, value)

    def _set_tracking(self, name: str, value: Any) -> None:
        if self.project is not None:
            self._set(self.project.course.tracking, name, value)

    def _set(self, obj: Any, name: str, value: Any) -> None:
        if self._loading or self.project is None:
            return
        course_ops.set_field(self.project.stack, obj, name, value)

    def _language_changed(self, text: str) -> None:
        tag = text.strip()
        ok = is_bcp47(tag)
        self.language_warning.setText(
            "" if ok else tr("'{tag}' is not a language tag such as en, fr or pt-BR.").format(tag=tag)
        )
        self.language_warning.setVisible(not ok)
        if ok:
            self._set_course("language", tag)

    def reload(self) -> None:
        """Show the course's values (skipping the field that has the focus); empty when
        no course is open, so a closed course never lingers in the panel."""
        if self.project is None:
            self._loading = True
            try:
                for edit in (self.title, self.authors, self.keywords, self.version):
                    edit.clear()
                self.description.clear()
                self.language.setEditText("")
                self.license.setEditText("")
            finally:
                self._loading = False
            return
        course = self.course
        focus = self.focusWidget() if self.hasFocus() or self.isAncestorOf(self.focusWidget()) else None
        self._loading = True
        try:
            values: list[tuple[QWidget, Any]] = [
                (self.title, course.title),
                (self.description, course.description),
                (self.language, course.language),
                (self.authors, ", ".join(course.authors)),
                (self.license, course.license),
                (self.keywords, ", ".join(course.keywords)),
                (self.version, course.version),
            ]
            for widget, value in values:
                if widget is focus or (focus is not None and widget.isAncestorOf(focus)):
                    continue
                if isinstance(widget, QLineEdit) and widget.text() != value:
                    widget.setText(value)
                elif isinstance(widget, QPlainTextEdit) and widget.toPlainText() != value:
                    widget.setPlainText(value)
                elif isinstance(widget, QComboBox) and widget.currentText() != value:
                    widget.setEditText(value)
            tracking = course.tracking
            index = self.completion.findData(tracking.completion)
            self.completion.setCurrentIndex(max(0, index))
            self.video_share.setValue(round(tracking.video_share * 100))
            self.passing.setValue(tracking.passing_score)
            self.language_warning.setText("")
            self.language_warning.hide()
        finally:
            self._loading = False
