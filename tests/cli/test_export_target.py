"""An export never destroys the project and never replaces a file unasked."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from studio.cli import main
from studio.project import Project


@pytest.mark.parametrize("inside", ["project.json", "media/x.zip", "."])
def test_export_inside_the_project_is_refused_and_the_project_still_opens(
    full_project: Project, capsys: pytest.CaptureFixture[str], inside: str
) -> None:
    folder = full_project.folder
    full_project.close()
    before = (folder / "project.json").read_bytes()
    code = main(["export", str(folder), "--format", "scorm12", "-o", str(folder / inside),
                 "--overwrite", "--quiet"])
    assert code == 1
    err = capsys.readouterr().err
    assert "inside the project folder" in err and "What to do" in err
    assert (folder / "project.json").read_bytes() == before
    with Project.open(folder, read_only=True) as again:
        assert again.course.modules


def test_an_existing_package_is_replaced_only_with_overwrite(
    full_project: Project, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = full_project.folder
    full_project.close()
    out = tmp_path / "out" / "course.zip"
    out.parent.mkdir()
    out.write_bytes(b"someone's file")
    assert main(["export", str(folder), "--format", "scorm12", "-o", str(out), "--quiet"]) == 1
    assert "--overwrite" in capsys.readouterr().err
    assert out.read_bytes() == b"someone's file"
    assert main(["export", str(folder), "--format", "scorm12", "-o", str(out), "--overwrite",
                 "--quiet"]) == 0
    assert out.read_bytes()[:2] == b"PK"


def test_packages_get_normal_permissions(full_project: Project, tmp_path: Path) -> None:
    folder = full_project.folder
    full_project.close()
    old = os.umask(0o022)
    try:
        out = tmp_path / "course.zip"
        assert main(["export", str(folder), "--format", "cc11", "-o", str(out), "--quiet"]) == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
