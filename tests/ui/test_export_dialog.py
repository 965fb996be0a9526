"""Export through the dialog to every registered format, then validate the package."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from studio.exporters import EXPORTERS
from studio.project import Project
from studio.ui.export_dialog import ExportDialog, OptionsForm, package_path
from studio.ui.jobs import DONE, JobRunner
from studio.ui.qt import QCheckBox, QComboBox

pytestmark = [pytest.mark.qt, pytest.mark.slow]


def run_export(qtbot, dialog: ExportDialog, out: Path) -> None:
    dialog.output.setText(str(out))
    qtbot.mouseClick(dialog.export_button, left())
    qtbot.waitUntil(lambda: dialog.export_job is not None and not dialog.export_job.running,
                    timeout=120_000)
    assert dialog.export_job.state == DONE, dialog.result_label.text()
    qtbot.waitUntil(lambda: dialog.validation is not None, timeout=120_000)


def left():
    from studio.ui.qt import Qt

    return Qt.MouseButton.LeftButton


def test_every_format_exports_and_validates(qtbot, full_project: Project, tmp_path: Path) -> None:
    runner = JobRunner()
    dialog = ExportDialog(full_project, runner)
    qtbot.addWidget(dialog)
    # The list comes from the registry and the presets, nothing hard-coded.
    listed = {dialog.target.itemData(i) for i in range(dialog.target.count())}
    assert {f"format:{name}" for name in EXPORTERS} <= listed
    assert any(str(item).startswith("preset:") for item in listed)
    # Warnings and size are shown before exporting.
    assert dialog.warnings.count() >= 1
    assert "Estimated size" in dialog.size_label.text()
    for name, spec in EXPORTERS.items():
        dialog.choose("format", name)
        assert set(dialog.form.widgets) == {f for f in spec.options_type.__dataclass_fields__}
        out = tmp_path / f"course-{name}{spec.extension}"
        run_export(qtbot, dialog, out)
        assert out.is_file(), name
        assert zipfile.is_zipfile(out) or spec.extension == ".xml"
        if name.startswith(("scorm", "cc", "epub", "cmi5", "moodle")) and name != "moodle-xml":
            # the kinds the validator knows (a Moodle backup is checked as "mbz")
            assert dialog.validation_applies, name
            assert dialog.validation.ok, (name, [str(p) for p in dialog.validation.problems])
            assert "Valid" in dialog.result_label.text()
        elif not dialog.validation_applies:
            assert "does not check" in dialog.result_label.text()
        assert dialog.open_folder_button.isEnabled()
        dialog.validation = None


def test_another_package_extension_is_replaced_not_doubled(tmp_path: Path) -> None:
    assert package_path(tmp_path / "course.imscc", ".mbz") == tmp_path / "course.mbz"
    assert package_path(tmp_path / "course.MBZ", ".mbz") == tmp_path / "course.MBZ"
    assert package_path(tmp_path / "course.mbz", ".mbz") == tmp_path / "course.mbz"
    # A name that merely has a dot keeps it: "Biology 2.1" is not a package extension.
    assert package_path(tmp_path / "Biology 2.1", ".zip") == tmp_path / "Biology 2.1.zip"


def test_preset_fills_the_options(qtbot, full_project: Project, tmp_path: Path) -> None:
    from studio.exporters.presets import PRESETS

    dialog = ExportDialog(full_project, JobRunner())
    qtbot.addWidget(dialog)
    name, preset = next((n, p) for n, p in PRESETS.items() if p.options)
    dialog.choose("preset", name)
    values = dialog.form.values()
    for key, value in preset.options.items():
        assert values[key] == value
    assert preset.description[:30] in dialog.description.text()
    out = tmp_path / f"{name}.pkg"
    run_export(qtbot, dialog, out)
    spec = EXPORTERS[preset.format]
    assert out.with_name(out.name + spec.extension).is_file()


def test_the_dialog_says_which_lms_take_cmi5(qtbot, full_project: Project) -> None:
    from studio.exporters.presets import CMI5_LMS, PRESETS

    dialog = ExportDialog(full_project, JobRunner())
    qtbot.addWidget(dialog)
    dialog.choose("preset", "moodle")
    assert "cmi5 packages:" in dialog.description.text()
    assert PRESETS["moodle"].cmi5 in dialog.description.text()
    dialog.choose("format", "cmi5")
    assert all(lms in dialog.description.text() for lms in CMI5_LMS)
    assert {"au_per_lesson", "move_on"} <= set(dialog.form.widgets)


def test_options_form_is_built_from_the_dataclass() -> None:
    import dataclasses

    @dataclasses.dataclass
    class Opts:
        flag: bool = dataclasses.field(default=True, metadata={"help": "a flag"})
        mode: str = dataclasses.field(default="b", metadata={"choices": ("a", "b")})
        count: int = 3
        name: str = "x"

    form = OptionsForm(Opts, {"count": 7})
    assert isinstance(form.widgets["flag"], QCheckBox)
    assert isinstance(form.widgets["mode"], QComboBox)
    assert form.widgets["flag"].whatsThis() == "a flag"  # the CLI help; the tooltip is the label
    assert form.options() == Opts(flag=True, mode="b", count=7, name="x")
    form.widgets["mode"].setCurrentIndex(0)
    assert form.values()["mode"] == "a"


def test_cancel_a_running_export_from_the_jobs_panel(qtbot, full_project: Project,
                                                     tmp_path: Path) -> None:
    """The EPUB export re-encodes the video at low quality: long enough to cancel."""
    from studio.ui.jobs import CANCELLED
    from studio.ui.jobs_panel import JobsPanel

    runner = JobRunner()
    panel = JobsPanel(runner)
    qtbot.addWidget(panel)
    dialog = ExportDialog(full_project, runner)
    qtbot.addWidget(dialog)
    dialog.choose("format", "epub")
    quality = dialog.form.widgets["video_quality"]
    quality.setCurrentIndex(quality.findData("low"))
    out = tmp_path / "cancelled.epub"
    dialog.output.setText(str(out))
    job = dialog.start_export()
    row = panel.row_for(job)
    qtbot.mouseClick(row.cancel_button, left())
    qtbot.waitUntil(lambda: not job.running, timeout=60_000)
    assert job.state == CANCELLED
    # The label and the button follow the job's "cancelled" signal, which reaches the
    # dialog on the GUI thread a moment later on a busy machine: wait for them.
    qtbot.waitUntil(lambda: "cancelled" in dialog.result_label.text().lower(), timeout=60_000)
    qtbot.waitUntil(dialog.export_button.isEnabled, timeout=60_000)
    assert not out.exists()  # nothing half-written
