"""New course: a title, the course language (the system's by default), and what to
start from: nothing, a PowerPoint deck, or a package or quiz file.

Starting from a file names the course folder after the file (as ``studio import``
does) and reads the file into it as one undo step, on a job.
"""

from __future__ import annotations

from pathlib import Path

from studio.ui.inspector import LANGUAGES
from studio.ui.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QLocale,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    tr,
)

EMPTY, DECK, FILE = "empty", "deck", "file"
FILE_FILTERS = {
    DECK: "PowerPoint (*.pptx)",
    FILE: "Packages and questions (*.zip *.imscc *.epub *.gift *.txt *.md *.csv *.xml)",
}


def system_language(locale: QLocale | None = None) -> str:
    """The system's language as a course language tag (``pt-BR``, ``fr``...)."""
    tag = (locale or QLocale.system()).name().replace("_", "-")
    if tag in LANGUAGES:
        return tag
    primary = tag.split("-")[0]
    return primary if primary.isalpha() and primary.islower() else "en"  # "C", "POSIX"


class NewCourseDialog(QDialog):
    """Asks for the title, the language and the starting point of a new course."""

    def __init__(self, documents: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("new-course-dialog")
        self.setWindowTitle(tr("New course"))
        self.documents = documents
        self.title = QLineEdit()
        self.title.setAccessibleName(tr("Course title"))
        self.title.setPlaceholderText(tr("e.g. Water in our world"))
        self.language = QComboBox()
        self.language.setEditable(True)
        self.language.addItems(LANGUAGES)
        self.language.setEditText(system_language())
        self.language.setAccessibleName(tr("Course language"))
        editor = self.language.lineEdit()
        if editor is not None:
            editor.setAccessibleName(tr("Course language"))
        self.start: dict[str, QRadioButton] = {
            EMPTY: QRadioButton(tr("An &empty course")),
            DECK: QRadioButton(tr("From a &PowerPoint deck (narrated slides)")),
            FILE: QRadioButton(tr("From a p&ackage or a quiz file (SCORM, Common Cartridge, "
                                  "EPUB, GIFT, Aiken, CSV, QTI)")),
        }
        self.start[EMPTY].setChecked(True)
        self.source = QLineEdit()
        self.source.setAccessibleName(tr("File to start from"))
        self.browse = QPushButton(tr("&Choose file…"))
        self.browse.setAccessibleName(tr("Choose the file to start from"))
        self.browse.clicked.connect(self._browse)
        source_row = QHBoxLayout()
        source_row.addWidget(self.source, 1)
        source_row.addWidget(self.browse)
        self.error = QLabel("")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(tr("Problem"))
        form = QFormLayout()
        form.addRow(tr("&Title:"), self.title)
        form.addRow(tr("&Language:"), self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(tr("Start from:")))
        for button in self.start.values():
            layout.addWidget(button)
            button.toggled.connect(self._update)
        layout.addLayout(source_row)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update()

    def kind(self) -> str:
        return next(k for k, b in self.start.items() if b.isChecked())

    def _update(self, *_: object) -> None:
        needs_file = self.kind() != EMPTY
        self.source.setEnabled(needs_file)
        self.browse.setEnabled(needs_file)

    def _browse(self) -> None:
        kind = self.kind()
        if kind == EMPTY:
            return
        path, _ = QFileDialog.getOpenFileName(self, tr("Start from"), str(self.documents),
                                              tr(FILE_FILTERS[kind]))
        if path:
            self.source.setText(path)

    def source_path(self) -> Path | None:
        text = self.source.text().strip()
        return Path(text).expanduser() if self.kind() != EMPTY and text else None

    def course_title(self) -> str:
        source = self.source_path()
        return self.title.text().strip() or (source.stem if source else "")

    def course_language(self) -> str:
        return self.language.currentText().strip() or "en"

    def problem(self) -> str:
        """Why OK cannot go on yet ("" when it can)."""
        from studio.model.course import is_bcp47

        if self.kind() != EMPTY:
            source = self.source_path()
            if source is None:
                return tr("Choose the file to start from.")
            if not source.is_file():
                return tr("{path} is not a file: choose the deck, package or quiz "
                          "file.").format(path=source)
        if not self.course_title():
            return tr("Give the course a title.")
        if not is_bcp47(self.course_language()):
            return tr("'{tag}' is not a language tag such as en, fr or pt-BR.").format(
                tag=self.course_language())
        return ""

    def _accept(self) -> None:
        problem = self.problem()
        self.error.setText(problem)
        if not problem:
            self.accept()

    def folder_name(self) -> str:
        """The course folder's name: the file's name when starting from one."""
        source = self.source_path()
        return (source.stem if source is not None else self.course_title()) + ".studio"
