"""LMS presets: each names a real format with options it accepts, and imports cleanly."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from studio.exporters import EXPORTERS
from studio.exporters.presets import PRESETS
from studio.jobs import Progress
from studio.project import Project
from tests.conftest import SHARED

LMS = ("moodle", "moodle-cc", "canvas", "blackboard", "brightspace", "openedx", "generic")


def test_every_lms_has_a_preset_with_a_description_and_drops() -> None:
    assert tuple(PRESETS) == LMS
    for name, preset in PRESETS.items():
        assert preset.name == name
        assert preset.format in EXPORTERS, name
        options = EXPORTERS[preset.format].options_from(preset.options)
        if preset.format.startswith("cc"):
            assert options.lms == name.removesuffix("-cc")
        assert preset.description and preset.drops
    assert PRESETS["moodle"].format == "moodle"  # the backup keeps everything
    assert PRESETS["moodle-cc"].format == "cc11"  # Moodle imports CC 1.0/1.1 only
    assert PRESETS["canvas"].options["canvas_extension"] is True


@pytest.mark.parametrize("name", LMS)
def test_preset_package_passes_the_shared_validator(
    name: str, full_project: Project, tmp_path: Path
) -> None:
    preset = PRESETS[name]
    spec = EXPORTERS[preset.format]
    out = tmp_path / f"{name}{spec.extension}"
    report = spec.export(
        full_project.course,
        full_project.media_dir,
        out,
        spec.options_from(preset.options),
        Progress(),
    )
    assert any(d.startswith(f"{name.removesuffix('-cc')}: ") for d in report.dropped)
    if preset.format == "moodle":  # the shared validators do not read Moodle backups
        assert studio("validate", str(out)).returncode == 0
        return
    # CC 1.3 (brightspace, openedx): the CC 1.3 QTI XSD is not vendored, so the validator
    # reports "incomplete" (exit 3); --allow-incomplete accepts that and nothing else.
    proc = subprocess.run(
        [
            sys.executable,
            str(SHARED / "validators" / "validate_package.py"),
            str(out),
            "--kind",
            preset.format,
            "--allow-incomplete",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout


def studio(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "studio", *args], capture_output=True, text=True, timeout=300
    )


def test_cli_lists_presets_and_exports_and_validates_with_one(
    full_project: Project, tmp_path: Path
) -> None:
    listing = studio("export", "--list-presets")
    assert listing.returncode == 0
    for name in LMS:
        assert f"{name} (" in listing.stdout
    out = tmp_path / "moodle.imscc"
    proc = studio("export", str(full_project.folder), "--preset", "moodle-cc", "-o", str(out),
                  "--quiet")
    assert proc.returncode == 0, proc.stderr
    assert "Dropped by the target: moodle:" in proc.stdout
    checked = studio("validate", str(out))
    assert checked.returncode == 0, checked.stdout
    assert "VALID [cc]" in checked.stdout
