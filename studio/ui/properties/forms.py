"""One properties form per kind of course item, each an ``EditorBase``: every field is
bound to the model, every change a command on the stack (typing merges into one step).
"""

from __future__ import annotations

from typing import Any

from studio.model import (
    AttachmentBlock,
    AudioBlock,
    DiscussionBlock,
    ImageBlock,
    Lesson,
    LinkBlock,
    Module,
    QuizBlock,
    TextBlock,
    VideoBlock,
)
from studio.model.course import KNOWN_LICENSES
from studio.model.quiz import QUESTION_TYPES
from studio.project import Project
from studio.ui.editors.base import EditorBase
from studio.ui.editors.growing_text import GrowingLineEdit
from studio.ui.outline import block_label
from studio.ui.qt import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    tr,
)


def heading(obj: Any) -> str:
    """What the panel says is selected ("Lesson: Evaporation")."""
    if isinstance(obj, Module):
        return tr("Module: {t}").format(t=obj.title)
    if isinstance(obj, Lesson):
        return tr("Lesson: {t}").format(t=obj.title)
    if isinstance(obj, tuple(QUESTION_TYPES.values())):
        return tr("Quiz and question")
    return block_label(obj)


def still_there(course: Any, obj: Any) -> bool:
    """Is ``obj`` (module, lesson, block or question) still part of ``course``?"""
    for module in course.modules:
        if module is obj:
            return True
        for lesson in module.lessons:
            if lesson is obj:
                return True
            for block in lesson.blocks:
                if block is obj:
                    return True
                if isinstance(block, QuizBlock) and any(q is obj for q in block.quiz.questions):
                    return True
    return False


def _quiz_of(course: Any, question: Any) -> QuizBlock | None:
    for _, _, block in course.blocks():
        if isinstance(block, QuizBlock) and any(q is question for q in block.quiz.questions):
            return block
    return None


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class ItemForm(EditorBase):
    """A form of labelled, bound fields for one item."""

    def __init__(self, project: Project, obj: Any, parent: QWidget | None = None) -> None:
        super().__init__(project, parent)
        self.obj = obj
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        outer.addLayout(self.form)
        outer.addStretch(1)  # rows stay together at the top
        self.fields: dict[str, QWidget] = {}

    def _row(self, label: str, name: str, widget: QWidget, accessible: str) -> QWidget:
        widget.setAccessibleName(accessible)
        self.fields[name] = widget
        self.form.addRow(label, widget)
        return widget

    def line(self, obj: Any, name: str, label: str, accessible: str, what: str = "") -> QWidget:
        edit = self.bind_line(GrowingLineEdit(), obj, name, what)
        return self._row(label, name, edit, accessible)

    def plain(self, obj: Any, name: str, label: str, accessible: str, what: str = "") -> QWidget:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setMaximumHeight(90)
        return self._row(label, name, self.bind_plain(edit, obj, name, what), accessible)

    def lines(self, obj: Any, name: str, label: str, accessible: str, what: str) -> QWidget:
        """A list of strings, one per line."""
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setUndoRedoEnabled(False)
        edit.setMaximumHeight(90)
        target = self._target(obj)
        edit.textChanged.connect(
            lambda: self.edit(target(), name, _lines(edit.toPlainText()), what)
        )
        self._add(edit, target, name, lambda: _lines(edit.toPlainText()),
                  lambda v: edit.setPlainText("\n".join(v)))
        return self._row(label, name, edit, accessible)

    def check(self, obj: Any, name: str, text: str, what: str = "") -> QCheckBox:
        box = self.bind_check(QCheckBox(text), obj, name, what)
        box.setAccessibleName(text.replace("&", ""))
        self.fields[name] = box
        self.form.addRow(box)
        return box

    def note(self, text: str) -> None:
        label = QLabel(text)
        label.setWordWrap(True)
        self.form.addRow(label)


def _module(form: ItemForm, module: Module) -> None:
    form.line(module, "title", tr("&Title:"), tr("Module title"), tr("Rename"))
    form.plain(module, "description", tr("&Description:"), tr("Module description"))


def _lesson(form: ItemForm, lesson: Lesson) -> None:
    form.line(lesson, "title", tr("&Title:"), tr("Lesson title"), tr("Rename"))
    form.plain(lesson, "description", tr("&Description:"), tr("Lesson description"))
    form.lines(lesson, "objectives", tr("&Objectives:"),
               tr("Learning objectives, one per line"), tr("Change objectives"))
    minutes = QSpinBox()
    minutes.setRange(0, 24 * 60)
    minutes.setSuffix(tr(" min"))
    minutes.setSpecialValueText(tr("not said"))
    minutes.setKeyboardTracking(False)
    form._row(tr("D&uration:"), "duration_minutes",
              form.bind_int(minutes, lesson, "duration_minutes", tr("Change duration")),
              tr("Expected duration in minutes"))


def _media_file(form: ItemForm, block: Any) -> None:
    """Credits and licence of the block's media file (shared by every block using it)."""
    def asset() -> Any:
        return form.project.course.media.get(block.asset)

    if asset() is None:
        form.note(tr("No media file yet: choose one in the editor."))
        return
    form.line(asset, "credits", tr("C&redits:"), tr("Credits of the media file"),
              tr("Change credits"))
    licence = QComboBox()
    licence.setEditable(True)
    licence.addItem("")
    licence.addItems(list(KNOWN_LICENSES))
    field = licence.lineEdit()
    assert field is not None  # editable
    field.setPlaceholderText(tr("the course's licence"))
    field.setAccessibleName(tr("Licence of the media file"))
    licence.editTextChanged.connect(
        lambda text: form.edit(asset(), "license", text.strip(), tr("Change licence"))
    )
    form._add(licence, asset, "license", lambda: licence.currentText().strip(),
              licence.setEditText)
    form._row(tr("&Licence:"), "license", licence, tr("Licence of the media file"))


def _block(form: ItemForm, block: Any) -> None:
    if hasattr(block, "title") and not isinstance(block, QuizBlock):
        form.line(block, "title", tr("&Title:"), tr("Title"), tr("Rename"))
    if isinstance(block, VideoBlock | AudioBlock):
        if isinstance(block, VideoBlock):
            from studio.ui.editors.asset_picker import asset_label

            poster = QLabel(asset_label(form.project, block.poster))
            poster.setWordWrap(True)
            form._row(tr("Poster:"), "poster", poster, tr("Poster image"))
            form.note(tr("Set the poster in the editor: “Use this frame as poster” or "
                         "Details > Choose poster."))
        _media_file(form, block)
    elif isinstance(block, ImageBlock):
        form.plain(block, "alt", tr("&Alt text:"), tr("Alternative text"),
                   tr("Change alt text"))
        form.check(block, "decorative", tr("&Decorative (no alt text needed)"))
        form.line(block, "caption", tr("&Caption:"), tr("Caption"), tr("Change caption"))
        _media_file(form, block)
    elif isinstance(block, AttachmentBlock):
        form.plain(block, "description", tr("&Description:"), tr("Description"))
        _media_file(form, block)
    elif isinstance(block, LinkBlock):
        form.line(block, "url", tr("&Address:"), tr("Link address"), tr("Change link"))
        form.plain(block, "description", tr("&Description:"), tr("Description"))
    elif isinstance(block, QuizBlock):
        _quiz(form, block)
    elif isinstance(block, TextBlock):
        form.note(tr("Edit the page's text in the editor; its images keep their alt text "
                     "there (Image… on an image)."))
    elif isinstance(block, DiscussionBlock):
        form.note(tr("Learners answer the prompt in the LMS's forum."))


def _quiz(form: ItemForm, block: QuizBlock) -> None:
    quiz = block.quiz
    form.line(quiz, "title", tr("&Title:"), tr("Quiz title"), tr("Rename quiz"))
    passing = QDoubleSpinBox()
    passing.setRange(0.0, 100.0)
    passing.setSuffix(" %")
    passing.setKeyboardTracking(False)
    form._row(tr("&Pass at:"), "passing_score",
              form.bind_float(passing, quiz, "passing_score", tr("Change passing score")),
              tr("Passing score"))
    attempts = QSpinBox()
    attempts.setRange(0, 100)
    attempts.setSpecialValueText(tr("Unlimited"))
    attempts.setKeyboardTracking(False)
    form._row(tr("A&ttempts:"), "attempts",
              form.bind_int(attempts, quiz, "attempts", tr("Change attempts")),
              tr("Attempts allowed"))
    form.check(quiz, "shuffle_questions", tr("Shuffle &questions"))
    form.check(quiz, "shuffle_choices", tr("Shuffle &choices"))


def _question(form: ItemForm, question: Any) -> None:
    points = QDoubleSpinBox()
    points.setRange(0.0, 1000.0)
    points.setKeyboardTracking(False)
    form._row(tr("P&oints:"), "points", form.bind_float(points, question, "points"),
              tr("Points"))
    feedback = question.feedback
    form.line(feedback, "correct", tr("When &right:"), tr("Feedback when right"))
    form.line(feedback, "incorrect", tr("When &wrong:"), tr("Feedback when wrong"))
    form.line(feedback, "general", tr("E&xplanation:"), tr("Explanation"))


def create_form(project: Project, obj: Any) -> ItemForm:
    """The form for ``obj`` (Module, Lesson, block or Question)."""
    form = ItemForm(project, obj)
    if isinstance(obj, Module):
        _module(form, obj)
    elif isinstance(obj, Lesson):
        _lesson(form, obj)
    elif isinstance(obj, tuple(QUESTION_TYPES.values())):
        quiz = _quiz_of(project.course, obj)
        if quiz is not None:  # the quiz's settings, then the selected question's
            _quiz(form, quiz)
            number = next(i for i, q in enumerate(quiz.quiz.questions) if q is obj) + 1
            title = QLabel(tr("Question {n}").format(n=number))
            bold = title.font()
            bold.setBold(True)
            title.setFont(bold)
            form.form.addRow(title)
        _question(form, obj)
    else:
        _block(form, obj)
    return form
