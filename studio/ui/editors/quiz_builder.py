"""The quiz builder: settings, the question list, the selected question's form, a preview.

Settings cover passing score, attempts, shuffling and drawing N of the M
questions (a pool). Questions are added, removed and reordered with commands;
the preview (a QTextBrowser, no QtWebEngine) shows the selected question as the
learner meets it, with the answer key, after every edit.
"""

from __future__ import annotations

from studio.commands import InsertItem, MoveItem, RemoveItem
from studio.model import (
    Choice,
    MatchPair,
    OrderItem,
    Question,
    QuizBlock,
)
from studio.model.quiz import QUESTION_TYPES
from studio.project import Project
from studio.sanitize import plain_text
from studio.ui.editors.base import EditorBase
from studio.ui.editors.question_forms import QuestionForm
from studio.ui.editors.quiz_preview import KIND_LABELS, question_html, quiz_summary
from studio.ui.editors.rich_text import RichTextEditor, bind_rich
from studio.ui.qt import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QShortcut,
    QSpinBox,
    QSplitter,
    Qt,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    Signal,
    tr,
)


def new_question(kind: str) -> Question:
    """A question of ``kind`` with a starting shape the author fills in."""
    cls = QUESTION_TYPES[kind]
    question = cls()
    if kind in ("single_choice", "multiple_response"):
        question.choices = [Choice(correct=True), Choice()]  # type: ignore[union-attr]
    elif kind == "matching":
        question.pairs = [MatchPair(), MatchPair()]  # type: ignore[union-attr]
    elif kind == "ordering":
        question.items = [OrderItem(), OrderItem(), OrderItem()]  # type: ignore[union-attr]
    return question


class QuizBuilder(EditorBase):
    question_selected = Signal(object)  # the Question whose form shows (or None)

    def __init__(self, project: Project, block: QuizBlock, parent: QWidget | None = None) -> None:
        super().__init__(project, parent)
        self.block = block
        self.quiz = block.quiz
        self.form: QuestionForm | None = None
        self._form_question: Question | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self._settings())
        # The list on the left; the question's form above its live preview on the right
        # (side by side they get too narrow in a window with the outline and inspector).
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._question_list())
        right = QSplitter(Qt.Orientation.Vertical)
        self.form_area = QScrollArea()
        self.form_area.setWidgetResizable(True)
        self.form_area.setAccessibleName(tr("Question"))
        right.addWidget(self.form_area)
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(tr("Preview"))
        self.preview.setOpenLinks(False)
        self.preview.setMinimumHeight(110)  # drag the splitter handle to enlarge it
        right.addWidget(self.preview)
        right.setChildrenCollapsible(False)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        right.setSizes([300, 200])
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([170, 710])
        layout.addWidget(splitter, 1)
        self.refresh()
        if self.quiz.questions:
            self.list.setCurrentRow(0)

    # -- building --------------------------------------------------------------------
    def _settings(self) -> QWidget:
        box = QGroupBox(tr("Quiz settings"))
        form = QFormLayout(box)
        quiz = self.quiz
        self.title = self.bind_line(QLineEdit(), quiz, "title", tr("Rename quiz"))
        self.title.setAccessibleName(tr("Quiz title"))
        form.addRow(tr("&Title:"), self.title)
        self.instructions = RichTextEditor(
            self.project, compact=True, accessible_name="Instructions"
        )
        bind_rich(self, self.instructions, quiz, "instructions", tr("Edit instructions"))
        form.addRow(tr("&Instructions:"), self.instructions)
        row = QHBoxLayout()
        self.passing = QDoubleSpinBox()
        self.passing.setRange(0.0, 100.0)
        self.passing.setSuffix(" %")
        self.passing.setKeyboardTracking(False)
        self.passing.setAccessibleName(tr("Passing score"))
        self.bind_float(self.passing, quiz, "passing_score", tr("Change passing score"))
        self.attempts = QSpinBox()
        self.attempts.setRange(0, 100)
        self.attempts.setSpecialValueText(tr("Unlimited"))
        self.attempts.setKeyboardTracking(False)
        self.attempts.setAccessibleName(tr("Attempts allowed"))
        self.bind_int(self.attempts, quiz, "attempts", tr("Change attempts"))
        self.draw = QSpinBox()
        self.draw.setRange(0, 1000)
        self.draw.setSpecialValueText(tr("All"))
        self.draw.setKeyboardTracking(False)
        self.draw.setAccessibleName(tr("Questions drawn for each attempt"))
        self.bind_int(self.draw, quiz, "draw", tr("Change pool draw"))
        self.pool_label = QLabel()
        row.addWidget(QLabel(tr("Pass at:")))
        row.addWidget(self.passing)
        row.addWidget(QLabel(tr("Attempts:")))
        row.addWidget(self.attempts)
        row.addWidget(QLabel(tr("Draw:")))
        row.addWidget(self.draw)
        row.addWidget(self.pool_label)
        row.addStretch(1)
        form.addRow(row)
        row = QHBoxLayout()
        self.shuffle_q = self.bind_check(
            QCheckBox(tr("Shuffle &questions")), quiz, "shuffle_questions"
        )
        self.shuffle_c = self.bind_check(QCheckBox(tr("Shuffle &choices")), quiz, "shuffle_choices")
        row.addWidget(self.shuffle_q)
        row.addWidget(self.shuffle_c)
        row.addStretch(1)
        form.addRow(row)
        self.summary = QLabel()
        self.summary.setAccessibleName(tr("Quiz summary"))
        form.addRow(self.summary)
        return box

    def _question_list(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Questions"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(lambda _row: self._show_form())
        layout.addWidget(self.list, 1)
        add_row = QHBoxLayout()
        self.kind_box = QComboBox()
        self.kind_box.setAccessibleName(tr("Question kind"))
        for kind, label in KIND_LABELS.items():
            self.kind_box.addItem(tr(label), kind)
        add = QPushButton(tr("&Add question"))
        add.clicked.connect(lambda: self.add_question(str(self.kind_box.currentData())))
        add_row.addWidget(self.kind_box, 1)
        add_row.addWidget(add)
        layout.addLayout(add_row)
        row = QHBoxLayout()
        for label, keys, slot in (
            (tr("Remove"), "Ctrl+Shift+Del", self.remove_question),
            (tr("Up"), "Ctrl+Shift+Up", lambda: self.move_question(-1)),
            (tr("Down"), "Ctrl+Shift+Down", lambda: self.move_question(1)),
        ):
            button = QPushButton(label)
            button.setToolTip(f"{label} ({keys})")
            button.clicked.connect(lambda _=False, slot=slot: slot())
            row.addWidget(button)
            shortcut = QShortcut(QKeySequence(keys), self.list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        layout.addLayout(row)
        return panel

    # -- questions ---------------------------------------------------------------------
    def current_question(self) -> Question | None:
        row = self.list.currentRow()
        return self.quiz.questions[row] if 0 <= row < len(self.quiz.questions) else None

    def add_question(self, kind: str) -> Question:
        question = new_question(kind)
        row = self.list.currentRow()
        index = row + 1 if row >= 0 else len(self.quiz.questions)
        label = tr("Add {kind} question").format(kind=tr(KIND_LABELS[kind]).lower())
        self.stack.push(InsertItem(self.quiz.questions, index, question, label))
        self.list.setCurrentRow(index)
        return question

    def remove_question(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.quiz.questions):
            self.stack.push(RemoveItem(self.quiz.questions, row, tr("Remove question")))
            self.list.setCurrentRow(min(row, len(self.quiz.questions) - 1))

    def move_question(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        questions = self.quiz.questions
        if 0 <= row < len(questions) and 0 <= target < len(questions):
            self.stack.push(MoveItem(questions, row, questions, target, tr("Reorder questions")))
            self.list.setCurrentRow(target)

    # -- model -> widgets -------------------------------------------------------------------
    def refresh(self) -> None:
        super().refresh()
        current = self.current_question()
        self.list.blockSignals(True)
        self.list.clear()
        for i, question in enumerate(self.quiz.questions):
            prompt = plain_text(question.prompt) or tr("(no prompt)")
            kind = tr(KIND_LABELS.get(question.KIND, question.KIND))
            shown = prompt if len(prompt) <= 60 else prompt[:59] + "…"  # cut, and says so
            item = QListWidgetItem(f"{i + 1}. [{kind}] {shown}")
            item.setData(Qt.ItemDataRole.UserRole, question.id)
            self.list.addItem(item)
            if question is current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if current is None and self.quiz.questions and self.list.currentRow() < 0:
            self.list.setCurrentRow(0)
        self.pool_label.setText(tr("of {m} questions").format(m=len(self.quiz.questions)))
        self.summary.setText(quiz_summary(self.quiz))
        self._show_form()

    def _show_form(self) -> None:
        question = self.current_question()
        if question is not self._form_question:
            self._form_question = question
            old = self.form_area.takeWidget()
            if old is not None:
                old.deleteLater()
            self.form = QuestionForm(self.project, question) if question is not None else None
            self.form_area.setWidget(self.form if self.form is not None else QWidget())
            self.question_selected.emit(question)
        self.update_preview()

    def update_preview(self) -> None:
        question = self.current_question()
        if question is None:
            self.preview.setHtml(f"<p>{tr('Add a question to see its preview.')}</p>")
            return
        number = self.quiz.questions.index(question) + 1
        self.preview.setHtml(question_html(question, number))

    def preview_html(self) -> str:
        return self.preview.toHtml()
