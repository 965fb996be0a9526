"""Import dialog: PowerPoint slides, question files and packages into the open course.

Reading (parsing, rendering slides, unpacking archives) runs as a job; the
result is applied to the course on the GUI thread as one undo step, so stack
listeners (the outline, editors) are only ever called from the GUI thread.
The format list, the file filters and each format's options form come from the
importer registry (``studio.importers.registry``), as the CLI's do.
"""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path
from typing import Any

from studio.project import Project
from studio.ui.export_dialog import OptionsForm
from studio.ui.jobs import Job, JobRunner
from studio.ui.qt import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    tr,
)

PPTX, AUTO = "pptx", "auto"


class ImportDialog(QDialog):
    def __init__(
        self,
        project: Project,
        runner: JobRunner,
        parent: QWidget | None = None,
        quiz_block_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.runner = runner
        self.job: Job | None = None
        self.report: Any = None
        self.setObjectName("import-dialog")
        self.setWindowTitle(tr("Import into the course"))
        self.setAccessibleName(tr("Import into the course"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(tr("What to import"))
        self.kind.addItem(tr("PowerPoint slides (.pptx) as narrated slides"), PPTX)
        self.kind.addItem(tr("Questions or a package (format detected)"), AUTO)
        from studio.importers.registry import offered

        self.specs = {spec.name: spec for spec in offered()}
        for spec in self.specs.values():
            self.kind.addItem(tr(spec.label), spec.name)
        self.options_form: OptionsForm | None = None
        self.options_box = QVBoxLayout()
        self.path = QLineEdit()
        self.path.setAccessibleName(tr("File to import"))
        browse = QPushButton(tr("&Browse…"))
        browse.setAccessibleName(tr("Choose the file to import"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.into_quiz = QCheckBox(tr("Add the questions to the selected quiz"))
        self.quiz_block_id = quiz_block_id
        self.into_quiz.setChecked(quiz_block_id is not None)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.report_view = QPlainTextEdit()
        self.report_view.setReadOnly(True)
        self.report_view.setAccessibleName(tr("Import report"))
        self.report_view.setPlaceholderText(tr("What was imported, kept as is, or skipped shows here."))
        self.import_button = QPushButton(tr("&Import"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        close = QPushButton(tr("&Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(close)
        form = QFormLayout()
        form.addRow(tr("&Kind"), self.kind)
        file_label = QLabel(tr("&File"))
        file_label.setBuddy(self.path)
        form.addRow(file_label, row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(self.options_box)
        layout.addWidget(self.into_quiz)
        layout.addWidget(QLabel(tr("Report:")))
        layout.addWidget(self.report_view, 1)
        layout.addLayout(buttons)
        self.resize(600, 420)

    def _kind_changed(self, *_: object) -> None:
        """"Into the selected quiz" only makes sense for questions and a selected quiz; a
        chosen format shows its options (detected formats use their defaults)."""
        kind = self.kind.currentData()
        self.into_quiz.setVisible(self.quiz_block_id is not None and kind != PPTX)
        if self.options_form is not None:
            self.options_box.removeWidget(self.options_form)
            self.options_form.deleteLater()
            self.options_form = None
        spec = self.specs.get(kind)
        if spec is not None and dataclasses.fields(spec.options_type):
            self.options_form = OptionsForm(spec.options_type, {}, self)
            self.options_box.addWidget(self.options_form)

    def _filters(self, kind: str) -> str:
        """File dialog filters from the registry: the chosen format's, or every format's."""
        if kind == PPTX:
            return tr("PowerPoint (*.pptx)")
        specs = [self.specs[kind]] if kind in self.specs else list(self.specs.values())
        patterns = sorted({f"*{ext}" for spec in specs for ext in spec.extensions})
        rows = [tr("Questions and packages ({p})").format(p=" ".join(patterns))]
        if kind not in self.specs:
            rows += [f"{tr(s.label)} ({' '.join(f'*{e}' for e in s.extensions)})" for s in specs]
        rows.append(tr("All files (*)"))
        return ";;".join(rows)

    def _browse(self) -> None:
        pattern = self._filters(self.kind.currentData())
        path, _ = QFileDialog.getOpenFileName(self, tr("Choose a file to import"), "", pattern)
        if path:
            self.path.setText(path)

    def choose(self, kind: str) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))

    def start_import(self) -> Job | None:
        source = Path(self.path.text()).expanduser()
        if not source.is_file():
            self.report_view.setPlainText(tr("Choose a file to import first (no file at {p}).").format(
                p=source))
            return None
        kind = self.kind.currentData()
        self.import_button.setEnabled(False)
        self.report_view.setPlainText(tr("Reading {name}…").format(name=source.name))
        if kind == PPTX:
            self.job = self._start_pptx(source)
        else:
            options = self.options_form.options() if self.options_form is not None else None
            self.job = self._start_content(source, None if kind == AUTO else kind, options)
        self.job.cancelled.connect(lambda: self._failed(tr("Import cancelled.")))
        return self.job

    def _failed(self, message: str) -> None:
        self.import_button.setEnabled(True)
        self.report_view.setPlainText(message)

    # -- PowerPoint ------------------------------------------------------------
    def _start_pptx(self, source: Path) -> Job:
        from studio.media.pptx_import import apply_pptx_import, prepare_pptx_import

        project = self.project

        def read(progress: Any) -> Any:
            return prepare_pptx_import(project, source, progress)

        def apply(prepared: Any) -> None:
            report = apply_pptx_import(project, prepared)
            self.report = report
            lines = [tr("Imported {n} slides from {name} as a new module ({notes} with speaker "
                        "notes; slide images: {how}).").format(
                n=report.slides, name=source.name, notes=report.notes, how=report.renderer)]
            lines += report.warnings
            self.report_view.setPlainText("\n".join(lines))
            self.import_button.setEnabled(True)

        return self.runner.submit(tr("Import {name}").format(name=source.name), read,
                                  on_done=apply, on_error=self._failed)

    # -- questions and packages ------------------------------------------------
    def _start_content(self, source: Path, fmt: str | None, options: Any = None) -> Job:
        from studio.importers import detect_format, get_importer
        from studio.importers.read import read_source
        from studio.importers.report import ImportReport
        from studio.importers.safe_archive import safe_temp_dir

        quiz_id = self.quiz_block_id if self.into_quiz.isChecked() else None

        def read(progress: Any) -> Any:
            kind = fmt or detect_format(source)
            report = ImportReport(source=source.name, format=get_importer(kind).label)
            workdir = safe_temp_dir()
            try:
                content = read_source(source, kind, workdir, report, progress, options)
            except BaseException:
                shutil.rmtree(workdir, ignore_errors=True)
                raise
            return content, report, workdir

        def apply(result: Any) -> None:
            from studio.errors import StudioError
            from studio.importers.apply import apply_content
            from studio.jobs import null_progress

            content, report, workdir = result
            try:
                apply_content(self.project, content, report, label=f"Import {source.name}",
                              progress=null_progress(), quiz_block_id=quiz_id)
            except StudioError as exc:
                self._failed(exc.describe())
                return
            finally:
                shutil.rmtree(workdir, ignore_errors=True)
            self.report = report
            self.report_view.setPlainText(report.format_text())
            self.import_button.setEnabled(True)

        return self.runner.submit(tr("Import {name}").format(name=source.name), read,
                                  on_done=apply, on_error=self._failed)
