"""Export dialog: choose an LMS preset or a format, check size and warnings, export, validate.

The format list and each format's option form are built from the registry
(``studio.exporters.EXPORTERS``: each spec's options dataclass, with ``help`` and
``choices`` metadata) and the LMS presets (``studio.exporters.presets.PRESETS``);
nothing here names a format. Export and validation run as jobs on a snapshot of
the course, so the author can keep working meanwhile.
"""

from __future__ import annotations

import dataclasses
import typing
from pathlib import Path
from typing import Any

from studio.project import Project
from studio.ui import dialogs
from studio.ui.jobs import Job, JobRunner
from studio.ui.qt import (
    QCheckBox,
    QComboBox,
    QDesktopServices,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    Qt,
    QUrl,
    QVBoxLayout,
    QWidget,
    tr,
)

PRESET, FORMAT = "preset", "format"
LIMITS_MB = (100, 250, 500)


def human_size(size: float) -> str:
    if size < 1024**2:
        return tr("{n} KB").format(n=max(1, round(size / 1024)))
    return tr("{n:.1f} MB").format(n=size / 1024**2)


def estimate_size(project: Project, options: Any) -> int:
    """Bytes the package will roughly take (``studio.exporters.checklist.estimate_size``)."""
    from studio.exporters.checklist import estimate_size as estimate

    return estimate(project.course, bool(getattr(options, "no_video", False)))


def size_notes(size: int) -> list[str]:
    mb = size / 1024**2
    over = [limit for limit in LIMITS_MB if mb > limit]
    if not over:
        return []
    return [tr("Over the {n} MB upload limit some LMSs use: choose a lower video quality "
               "or split the course.").format(n=over[-1])]


def _field_type(options_type: type, name: str) -> Any:
    try:
        return typing.get_type_hints(options_type)[name]
    except Exception:  # a forward reference we cannot resolve: fall back to the default's type
        return None


class OptionsForm(QWidget):
    """A form for one options dataclass: a widget per field, typed by the field.

    Labels and choices are the sentences the exporters declare for teachers
    (``label`` and ``choices`` metadata, translated here); the field name is only
    the widget's object name (what the CLI takes)."""

    def __init__(self, options_type: type, values: dict[str, Any], parent: QWidget | None = None):
        super().__init__(parent)
        from studio.exporters.base import choice_labels

        self.options_type = options_type
        self.widgets: dict[str, QWidget] = {}
        layout = QFormLayout(self)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for f in dataclasses.fields(options_type):
            default = values.get(f.name, f.default)
            kind = _field_type(options_type, f.name) or type(default)
            help_text = str(f.metadata.get("help", ""))
            label = tr(str(f.metadata.get("label") or f.name.replace("_", " ").capitalize()))
            choices = choice_labels(f)
            widget: QWidget
            if kind is bool:
                widget = QCheckBox(label)
                widget.setChecked(bool(default))
            elif choices:
                widget = QComboBox()
                widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                widget.setMinimumContentsLength(16)
                for value, text in choices.items():
                    widget.addItem(tr(text), value)
                widget.setCurrentIndex(max(0, widget.findData(default)))
            elif kind is int:
                widget = QSpinBox()
                widget.setRange(-10**6, 10**9)
                widget.setValue(int(default))
            elif kind is float:
                widget = QDoubleSpinBox()
                widget.setRange(-1e9, 1e9)
                widget.setValue(float(default))
            else:
                widget = QLineEdit("" if default is None else str(default))
            widget.setObjectName(f"option-{f.name}")
            widget.setToolTip(label.rstrip(":"))  # the CLI's help_text is for the terminal
            widget.setAccessibleName(label.rstrip(":"))
            widget.setWhatsThis(help_text)
            self.widgets[f.name] = widget
            if isinstance(widget, QCheckBox):
                layout.addRow(widget)
            else:
                layout.addRow(label, widget)

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, widget in self.widgets.items():
            if isinstance(widget, QCheckBox):
                out[name] = widget.isChecked()
            elif isinstance(widget, QComboBox):
                out[name] = widget.currentData()
            elif isinstance(widget, QSpinBox | QDoubleSpinBox):
                out[name] = widget.value()
            elif isinstance(widget, QLineEdit):
                out[name] = widget.text()
        return out

    def options(self) -> Any:
        return self.options_type(**self.values())


# Formats whose packages the validator names otherwise ("moodle" backups are "mbz").
VALIDATED_AS = {"moodle": "mbz"}


def package_path(out: Path, extension: str) -> Path:
    """``out`` with the target's extension: another package extension typed by habit
    (``course.imscc`` for a Moodle backup) is replaced, anything else kept and extended."""
    if out.suffix.lower() == extension:
        return out
    from studio.exporters import EXPORTERS

    if out.suffix.lower() in {spec.extension for spec in EXPORTERS.values()}:
        return out.with_suffix(extension)
    return out.with_name(out.name + extension)


class ExportDialog(QDialog):
    def __init__(self, project: Project, runner: JobRunner, parent: QWidget | None = None):
        super().__init__(parent)
        from studio.exporters import EXPORTERS
        from studio.exporters.presets import LMS_TITLES, PRESETS
        self.project = project
        self.runner = runner
        self.specs = dict(EXPORTERS)
        self.presets = {k: p for k, p in PRESETS.items() if p.format in self.specs}
        self.export_job: Job | None = None
        self.validate_job: Job | None = None
        self.result_path: Path | None = None
        self.validation: Any = None
        self.validation_applies = False
        self.setObjectName("export-dialog")
        self.setWindowTitle(tr("Export the course"))
        self.setAccessibleName(tr("Export the course"))
        self.target = QComboBox()
        self.target.setAccessibleName(tr("LMS or format"))
        for name, preset in self.presets.items():
            spec = self.specs[preset.format]
            self.target.addItem(
                tr("{lms} — {fmt}").format(lms=tr(LMS_TITLES.get(name, name)),
                                           fmt=tr(spec.label) if spec.label else spec.name),
                f"{PRESET}:{name}",
            )
        if self.presets:
            self.target.insertSeparator(self.target.count())
        for name, spec in self.specs.items():
            self.target.addItem(tr(spec.label) if spec.label else name, f"{FORMAT}:{name}")
        self.description = QLabel("")
        self.description.setWordWrap(True)
        self.options_box = QGroupBox(tr("Options"))
        self.options_layout = QVBoxLayout(self.options_box)
        self.form: OptionsForm | None = None
        from studio.ui.editors.growing_text import GrowingLineEdit

        self.output = GrowingLineEdit()  # a long path wraps instead of hiding its end
        self.output.setAccessibleName(tr("Package file"))
        browse = QPushButton(tr("&Browse…"))
        browse.setAccessibleName(tr("Choose where to save the package"))
        browse.clicked.connect(self._browse)
        out_row = QHBoxLayout()
        out_row.addWidget(self.output, 1)
        out_row.addWidget(browse)
        self.size_label = QLabel("")
        self.size_label.setAccessibleName(tr("Estimated package size"))
        self.warnings = QListWidget()
        self.warnings.setAccessibleName(tr("Warnings before export"))
        self.warnings.setFixedHeight(110)
        self.warnings.setWordWrap(True)
        self.result_label = QLabel("")
        self.result_label.setWordWrap(True)
        self.result_label.setAccessibleName(tr("Export result"))
        self.result_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The result scrolls in a box of its own, so a long report never squeezes the
        # option rows above it; the verdict stays in view above the details.
        self.verdict = QLabel("")
        self.verdict.setWordWrap(True)
        self.verdict.setAccessibleName(tr("Validation verdict"))
        bold = self.verdict.font()
        bold.setBold(True)
        self.verdict.setFont(bold)
        self.result_area = QScrollArea()
        self.result_area.setWidgetResizable(True)
        self.result_area.setWidget(self.result_label)
        self.result_area.setFixedHeight(110)
        self.result_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.export_button = QPushButton(tr("&Export"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.open_folder_button = QPushButton(tr("&Open folder"))
        self.open_folder_button.setEnabled(False)
        self.open_folder_button.clicked.connect(self.open_folder)
        close = QPushButton(tr("&Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.export_button, self.open_folder_button, close):
            buttons.addWidget(button)
        form = QFormLayout()
        form.addRow(tr("&Target"), self.target)
        form.addRow(self.description)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.options_box)
        layout.addWidget(QLabel(tr("Package file:")))
        layout.addLayout(out_row)
        layout.addWidget(self.size_label)
        layout.addWidget(QLabel(tr("Check before exporting:")))
        layout.addWidget(self.warnings)
        layout.addWidget(self.verdict)
        layout.addWidget(self.result_area)
        layout.addLayout(buttons)
        self.target.currentIndexChanged.connect(self._target_changed)
        self.target.currentIndexChanged.connect(lambda _i: self._fill_warnings())
        self._fill_warnings()
        self._target_changed()
        self.resize(640, 660)

    # -- choice ----------------------------------------------------------------
    def choose(self, kind: str, name: str) -> None:
        """Select a preset or format (as the user would in the list)."""
        index = self.target.findData(f"{kind}:{name}")
        if index < 0:
            raise KeyError(name)
        self.target.setCurrentIndex(index)

    def selection(self) -> tuple[str, str]:
        """("preset" | "format", name) of the current choice."""
        kind, _, name = str(self.target.currentData()).partition(":")
        return kind, name

    def current(self) -> tuple[str, Any, dict[str, Any]]:
        """(format name, spec, preset option values)."""
        kind, name = self.selection()
        if kind == PRESET:
            preset = self.presets[name]
            return preset.format, self.specs[preset.format], dict(preset.options)
        return name, self.specs[name], {}

    def _target_changed(self, *_: object) -> None:
        if self.target.currentData() is None:
            return
        fmt, spec, preset_values = self.current()
        kind, name = self.selection()
        text = tr(spec.description)
        if kind == PRESET:
            preset = self.presets[name]
            text = tr(preset.description)
            if preset.drops:
                text += "<br><b>" + tr("What this LMS changes:") + "</b><ul>" + "".join(
                    f"<li>{tr(d)}</li>" for d in preset.drops) + "</ul>"
            if preset.cmi5:
                text += "<p><b>" + tr("cmi5 packages:") + "</b> " + tr(preset.cmi5) + "</p>"
        self.description.setText(text)
        if self.form is not None:
            self.form.setParent(None)
            self.form.deleteLater()
        self.form = OptionsForm(spec.options_type, preset_values)
        self.options_layout.addWidget(self.form)
        for widget in self.form.widgets.values():
            signal = getattr(widget, "toggled", None) or getattr(widget, "currentIndexChanged", None)
            if signal is not None:
                signal.connect(self._update_size)
        suffix = name if kind == PRESET else fmt
        default = self.project.folder.parent / f"{self.project.name}-{suffix}{spec.extension}"
        self.output.setText(str(default))
        self._update_size()

    def _update_size(self, *_: object) -> None:
        assert self.form is not None
        try:
            options = self.form.options()
        except (TypeError, ValueError):
            options = None
        size = estimate_size(self.project, options)
        notes = size_notes(size)
        self.size_label.setText(
            tr("Estimated size: about {size}.").format(size=human_size(size))
            + ("  " + " ".join(notes) if notes else "")
        )

    def _fill_warnings(self) -> None:
        from studio.exporters.checklist import publish_checklist

        kind, name = self.selection() if self.target.currentData() else ("", "")
        preset = name if kind == PRESET else "generic"
        self.problems = publish_checklist(self.project.course, self.project.media_dir,
                                          preset).problems
        self.warnings.clear()
        if not self.problems:
            self.warnings.addItem(tr("No problems found."))
        for problem in self.problems:
            item = QListWidgetItem(f"{problem.severity}: {problem.where}: {problem.message}")
            self.warnings.addItem(item)

    def _browse(self) -> None:
        _fmt, spec, _ = self.current()
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Save the package as"), self.output.text(), f"*{spec.extension}"
        )
        if path:
            self.output.setText(path)

    # -- export and validation ---------------------------------------------------
    def start_export(self) -> Job | None:
        from studio.model.serialize import clone

        fmt, spec, _ = self.current()
        assert self.form is not None
        try:
            options = self.form.options()
        except (TypeError, ValueError) as exc:
            self.result_label.setText(tr("Check the options: {e}").format(e=exc))
            return None
        out = package_path(Path(self.output.text()).expanduser(), spec.extension)
        from studio.errors import ExportError
        from studio.exporters.output import check_export_target

        try:
            check_export_target(out, self.project.folder, overwrite=True)
        except ExportError as exc:
            self.result_label.setText(exc.describe())
            return None
        if out.exists() and not dialogs.ask_replace(self, out):
            return None
        snapshot = clone(self.project.course)
        media_dir = self.project.media_dir
        self.export_button.setEnabled(False)
        self.open_folder_button.setEnabled(False)
        self.result_label.setText(tr("Exporting… (see the Jobs panel)"))

        def run(progress: Any) -> Any:
            return spec.export(snapshot, media_dir, out, options, progress)

        self.export_job = self.runner.submit(
            tr("Export {fmt}").format(fmt=spec.label or fmt), run,
            on_done=self._exported, on_error=self._failed,
        )
        self.export_job.cancelled.connect(lambda: self._failed(tr("Export cancelled.")))
        return self.export_job

    def _failed(self, message: str) -> None:
        self.export_button.setEnabled(True)
        self.verdict.setText(tr("The package was not written."))
        self.result_label.setText(message)

    def _exported(self, report: Any) -> None:
        self.result_path = Path(report.path)
        lines = [tr("Exported {path} ({size}).").format(
            path=report.path, size=human_size(report.size))]
        lines += [tr("Warning: {w}").format(w=w) for w in report.warnings]
        lines += [tr("Changed by the target: {d}").format(d=d) for d in report.dropped]
        self.verdict.setText(tr("Exported; checking the package…"))
        self.result_label.setText("\n".join(lines))
        self.open_folder_button.setEnabled(True)
        self.export_button.setEnabled(True)
        path = self.result_path

        def check(progress: Any) -> Any:
            from studio.errors import StudioError
            from studio.exporters.validate.packages import ValidationResult, validate_package

            progress.update(0.1, tr("Validating the package"))
            try:
                return validate_package(path)
            except StudioError:  # not a package at all (Moodle XML questions): not judged
                return ValidationResult(path, "", [])

        fmt = self.current()[0]
        self.validate_job = self.runner.submit(
            tr("Validate {name}").format(name=path.name), check,
            on_done=lambda result: self._validated(lines, result, fmt), on_error=self._failed,
        )

    def _validated(self, lines: list[str], result: Any, fmt: str = "") -> None:
        self.validation = result
        # The validator knows SCORM, cmi5, Common Cartridge, EPUB and Moodle backups; a
        # package it reads as another kind (a QTI content package looks like a SCORM
        # manifest) is not judged.
        judged_as = VALIDATED_AS.get(fmt, fmt)
        self.validation_applies = bool(result.kind) and judged_as.startswith(result.kind)
        if not self.validation_applies:
            self.verdict.setText(tr("Exported (not checked)."))
            self.result_label.setText("\n".join([*lines, tr(
                "Studio's validator does not check {fmt} packages; import it into a test "
                "course of your LMS first.").format(fmt=fmt)]))
            return
        errors = len(result.errors)
        warnings = len(result.problems) - errors
        verdict = (tr("Valid {kind} package.") if result.ok else tr("INVALID {kind} package."))
        summary = verdict.format(kind=result.kind) + " " + tr(
            "Errors: {e}. Warnings: {w}.").format(e=errors, w=warnings)
        self.verdict.setText(summary)
        lines = [summary, *lines, *(str(p) for p in result.problems[:20])]
        self.result_label.setText("\n".join(lines))

    def open_folder(self) -> bool:
        """Show the package's folder; says so (with the path) when nothing could open it."""
        if self.result_path is None:
            return False
        folder = self.result_path.parent
        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        if not opened:
            self.verdict.setText(tr("No file manager could open the folder. The package is "
                                    "in {folder}").format(folder=folder))
        return bool(opened)
