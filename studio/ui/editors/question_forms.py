"""One form per question kind: prompt, points, answer model, feedback.

``QuestionForm`` holds what every kind shares (prompt, points, overall feedback)
and adds the kind's own fields. Lists of rows (choices, matching pairs, ordering
items) are ``RowsEditor``s: they rebuild their rows only when the list itself
changes (add, remove, move, undo of those), and otherwise just refresh values,
so typing in a choice never loses focus.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from studio.commands import InsertItem, MoveItem, RemoveItem, SetAttr
from studio.model.quiz import (
    Choice,
    EssayQuestion,
    FillBlankQuestion,
    MatchingQuestion,
    MatchPair,
    MultipleResponseQuestion,
    NumericQuestion,
    OrderingQuestion,
    OrderItem,
    Question,
    SingleChoiceQuestion,
    TrueFalseQuestion,
)
from studio.project import Project
from studio.ui.editors.base import EditorBase
from studio.ui.editors.growing_text import GrowingLineEdit
from studio.ui.editors.rich_text import RichTextEditor, bind_rich
from studio.ui.qt import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    tr,
    tr_noop,
)


def _line(placeholder: str, name: str) -> GrowingLineEdit:
    edit = GrowingLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setAccessibleName(name)
    return edit


def _spin(low: float, high: float, decimals: int, name: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(low, high)
    box.setDecimals(decimals)
    box.setAccessibleName(name)
    box.setKeyboardTracking(False)  # one edit when the number is complete, not per digit
    return box


def _small_button(label: str, name: str, slot: Callable[[], None]) -> QPushButton:
    button = QPushButton(label)
    button.setAccessibleName(name)
    button.setToolTip(name)
    button.setFixedWidth(28)  # small, so the text fields get the width
    button.clicked.connect(lambda _=False: slot())
    return button


class RowsEditor(EditorBase):
    """Rows of a list on the model (``items()``), rebuilt when the list changes."""

    def __init__(
        self,
        project: Project,
        items: Callable[[], list[Any]],
        build_row: Callable[[RowsEditor, Any, int, QGridLayout], None],
        new_item: Callable[[], Any],
        noun: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(project, parent)
        self.items = items
        self.build_row = build_row
        self.new_item = new_item
        self.noun = noun
        outer = self._outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.rows = QWidget()
        outer.addWidget(self.rows)
        add = QPushButton(tr("Add {noun}").format(noun=tr(noun)))
        add.setAccessibleName(tr("Add {noun}").format(noun=tr(noun)))
        add.clicked.connect(lambda _=False: self.add())
        outer.addWidget(add)
        self._shape: list[int] = []
        self._rebuild()

    def add(self) -> Any:
        item = self.new_item()
        self.stack.push(InsertItem(self.items(), None, item, tr("Add {n}").format(n=tr(self.noun))))
        return item

    def remove(self, index: int) -> None:
        self.stack.push(RemoveItem(self.items(), index, tr("Remove {n}").format(n=tr(self.noun))))

    def move_item(self, index: int, step: int) -> None:
        items = self.items()
        target = index + step
        if 0 <= target < len(items):
            self.stack.push(MoveItem(items, index, items, target, tr("Reorder")))

    def _rebuild(self) -> None:
        self._bindings.clear()
        old = self.rows
        self.rows = QWidget()
        grid = QGridLayout(self.rows)
        grid.setContentsMargins(0, 0, 0, 0)
        items = self.items()
        for i, item in enumerate(items):
            self.build_row(self, item, i, grid)
        for col in range(grid.columnCount()):  # the text fields take the width
            grid.setColumnStretch(col, 1 if _has_line_edit(grid, col) else 0)
        self._shape = [id(x) for x in items]
        self._outer.replaceWidget(old, self.rows)
        old.deleteLater()

    def refresh(self) -> None:
        if [id(x) for x in self.items()] != self._shape:
            self._rebuild()
        else:
            super().refresh()


def _has_line_edit(grid: QGridLayout, col: int) -> bool:
    for row in range(grid.rowCount()):
        item = grid.itemAtPosition(row, col)
        if item is not None and isinstance(item.widget(), QLineEdit | GrowingLineEdit):
            return True
    return False


def _row_buttons(
    rows: RowsEditor, i: int, grid: QGridLayout, col: int, move: bool, at: int | None = None
) -> None:
    """Move up/down and remove buttons for item ``i``, on grid row ``at`` (default ``i``)."""
    n = len(rows.items())
    line = i if at is None else at
    if move:
        up = _small_button("↑", tr("Move up"), lambda: rows.move_item(i, -1))
        up.setEnabled(i > 0)
        down = _small_button("↓", tr("Move down"), lambda: rows.move_item(i, 1))
        down.setEnabled(i < n - 1)
        grid.addWidget(up, line, col)
        grid.addWidget(down, line, col + 1)
        col += 2
    grid.addWidget(_small_button("✕", tr("Remove"), lambda: rows.remove(i)), line, col)


def _choice_row(single: bool) -> Callable[[RowsEditor, Any, int, QGridLayout], None]:
    def build(rows: RowsEditor, choice: Choice, i: int, grid: QGridLayout) -> None:
        correct = QCheckBox()
        correct.setAccessibleName(tr("Choice {n} is correct").format(n=i + 1))
        correct.setToolTip(tr("A right answer"))
        if single:
            correct.toggled.connect(lambda on: _set_single_correct(rows, choice, on))
            rows._add(correct, lambda: choice, "correct", correct.isChecked, correct.setChecked)
        else:
            rows.bind_check(correct, choice, "correct")
        text = rows.bind_line(
            _line(tr("Choice text"), tr("Choice {n}").format(n=i + 1)), choice, "text"
        )
        feedback = rows.bind_line(
            _line(tr("Feedback when chosen"), tr("Feedback for choice {n}").format(n=i + 1)),
            choice,
            "feedback",
        )
        # Two grid rows per choice: the text with its buttons, then its feedback.
        grid.addWidget(correct, 2 * i, 0)
        grid.addWidget(text, 2 * i, 1)
        _row_buttons(rows, i, grid, 2, move=True, at=2 * i)
        grid.addWidget(feedback, 2 * i + 1, 1)

    return build


def _set_single_correct(rows: RowsEditor, choice: Choice, on: bool) -> None:
    """Exactly one right answer: ticking one choice unticks the others (one undo step)."""
    with rows.stack.transaction(tr("Set the right answer")):
        for other in rows.items():
            value = on if other is choice else (False if on else other.correct)
            if other.correct != value:
                rows.stack.push(SetAttr(other, "correct", value))


def _pair_row(rows: RowsEditor, pair: MatchPair, i: int, grid: QGridLayout) -> None:
    grid.addWidget(
        rows.bind_line(_line(tr("Prompt"), tr("Pair {n} prompt").format(n=i + 1)), pair, "prompt"),
        i, 0,
    )  # fmt: skip
    grid.addWidget(QLabel("→"), i, 1)
    grid.addWidget(
        rows.bind_line(_line(tr("Answer"), tr("Pair {n} answer").format(n=i + 1)), pair, "answer"),
        i, 2,
    )  # fmt: skip
    _row_buttons(rows, i, grid, 3, move=False)


def _item_row(rows: RowsEditor, item: OrderItem, i: int, grid: QGridLayout) -> None:
    grid.addWidget(QLabel(f"{i + 1}."), i, 0)
    grid.addWidget(
        rows.bind_line(_line(tr("Item"), tr("Item {n}").format(n=i + 1)), item, "text"), i, 1
    )
    _row_buttons(rows, i, grid, 2, move=True)


class QuestionForm(EditorBase):
    """The form of one question, whatever its kind."""

    def __init__(self, project: Project, question: Question, parent: QWidget | None = None):
        super().__init__(project, parent)
        self.question = question
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.prompt = RichTextEditor(project, compact=True, accessible_name="Question prompt")
        bind_rich(self, self.prompt, question, "prompt", tr("Edit question prompt"))
        form.addRow(tr("&Prompt:"), self.prompt)
        self.points = self.bind_float(_spin(0.0, 1000.0, 2, tr("Points")), question, "points")
        form.addRow(tr("P&oints:"), self.points)
        self.rows: RowsEditor | None = None
        self._kind_fields(form, layout)
        box = QGroupBox(tr("Feedback"))
        fb = QFormLayout(box)
        feedback = question.feedback
        self.fb_correct = self.bind_line(
            _line(tr("Shown when the answer is right"), tr("Feedback when right")),
            feedback, "correct",
        )  # fmt: skip
        self.fb_incorrect = self.bind_line(
            _line(tr("Shown when the answer is wrong"), tr("Feedback when wrong")),
            feedback, "incorrect",
        )  # fmt: skip
        self.fb_general = self.bind_line(
            _line(tr("The explanation, shown in review"), tr("Explanation")), feedback, "general"
        )
        fb.addRow(tr("When &right:"), self.fb_correct)
        fb.addRow(tr("When &wrong:"), self.fb_incorrect)
        fb.addRow(tr("E&xplanation:"), self.fb_general)
        layout.addWidget(box)
        layout.addStretch(1)

    def _rows(self, items: Callable[[], list[Any]], build: Any, new: Any, noun: str) -> RowsEditor:
        self.rows = RowsEditor(self.project, items, build, new, noun)
        return self.rows

    def _kind_fields(self, form: QFormLayout, layout: QVBoxLayout) -> None:
        q = self.question
        if isinstance(q, SingleChoiceQuestion | MultipleResponseQuestion):
            single = isinstance(q, SingleChoiceQuestion)
            form.addRow(
                tr("Choices:"),
                self._rows(lambda: q.choices, _choice_row(single), Choice, "choice"),
            )
        elif isinstance(q, TrueFalseQuestion):
            answer = QComboBox()
            answer.setAccessibleName(tr("Right answer"))
            answer.addItem(tr("True"), True)
            answer.addItem(tr("False"), False)
            form.addRow(tr("Right &answer:"), self.bind_combo(answer, q, "answer"))
            form.addRow(
                tr("If True is chosen:"),
                self.bind_line(_line("", tr("Feedback for True")), q, "true_feedback"),
            )
            form.addRow(
                tr("If False is chosen:"),
                self.bind_line(_line("", tr("Feedback for False")), q, "false_feedback"),
            )
        elif isinstance(q, FillBlankQuestion):
            self.accepted = GrowingLineEdit()
            self.accepted.setAccessibleName(tr("Accepted answers"))
            self.accepted.setPlaceholderText(tr("answers separated by ;"))
            self.accepted.editingFinished.connect(self._accepted_edited)
            self._add(
                self.accepted, lambda: q, "accepted",
                lambda: _split(self.accepted.text()),
                lambda v: self.accepted.setText("; ".join(v)),
            )  # fmt: skip
            form.addRow(tr("A&ccepted answers:"), self.accepted)
            form.addRow("", self.bind_check(QCheckBox(tr("Case-sensitive")), q, "case_sensitive"))
        elif isinstance(q, NumericQuestion):
            mode = QComboBox()
            mode.setAccessibleName(tr("Answer mode"))
            mode.addItem(tr("Exact value (± tolerance)"), "exact")
            mode.addItem(tr("Range"), "range")
            form.addRow(tr("&Mode:"), self.bind_combo(mode, q, "mode"))
            for name, label in (
                ("value", tr_noop("Value")), ("tolerance", tr_noop("Tolerance")),
                ("low", tr_noop("From")), ("high", tr_noop("To")),
            ):  # fmt: skip
                box = self.bind_float(_spin(-1e12, 1e12, 4, tr(label)), q, name)
                form.addRow(tr(label) + ":", box)
        elif isinstance(q, MatchingQuestion):
            form.addRow(tr("Pairs:"), self._rows(lambda: q.pairs, _pair_row, MatchPair, "pair"))
            self.distractors = GrowingLineEdit()
            self.distractors.setAccessibleName(tr("Distractors"))
            self.distractors.setPlaceholderText(tr("extra wrong answers separated by ;"))
            self.distractors.editingFinished.connect(self._distractors_edited)
            self._add(
                self.distractors, lambda: q, "distractors",
                lambda: _split(self.distractors.text()),
                lambda v: self.distractors.setText("; ".join(v)),
            )  # fmt: skip
            form.addRow(tr("&Distractors:"), self.distractors)
        elif isinstance(q, OrderingQuestion):
            form.addRow(
                tr("Items in the right order:"),
                self._rows(lambda: q.items, _item_row, OrderItem, "item"),
            )
        elif isinstance(q, EssayQuestion):
            guidance = QPlainTextEdit()
            guidance.setAccessibleName(tr("Marking guidance"))
            form.addRow(tr("&Guidance:"), self.bind_plain(guidance, q, "guidance"))

    def _accepted_edited(self) -> None:
        self.edit(self.question, "accepted", _split(self.accepted.text()), tr("Edit answers"))

    def _distractors_edited(self) -> None:
        self.edit(
            self.question, "distractors", _split(self.distractors.text()), tr("Edit distractors")
        )


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]
