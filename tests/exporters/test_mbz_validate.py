"""``studio validate`` knows Moodle backups: ours pass, Moodle's own pass, broken ones fail."""

from __future__ import annotations

import re
import subprocess
import zipfile
from pathlib import Path

import pytest

from studio.cli import main
from studio.exporters import get_exporter
from studio.exporters.validate.packages import validate_package
from studio.jobs import null_progress
from studio.project import Project
from tests.exporters.moodle_kit import KIT, moodle_import, require_kit


@pytest.fixture(scope="module")
def backup(full_project_module: Project, tmp_path_factory: pytest.TempPathFactory) -> Path:
    spec = get_exporter("moodle")
    out = tmp_path_factory.mktemp("mbz") / "course.mbz"
    spec.export(full_project_module.course, full_project_module.media_dir, out,
                spec.default_options(), null_progress())
    return out


def _rewrite(src: Path, dst: Path, change: dict[str, bytes | None]) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            if info.filename in change:
                data = change[info.filename]
                if data is None:
                    continue
            else:
                data = zin.read(info)
            zout.writestr(info, data)
    return dst


def test_our_backup_is_valid(backup: Path, capsys: pytest.CaptureFixture[str]) -> None:
    result = validate_package(backup)
    assert result.kind == "mbz" and result.ok, [str(p) for p in result.problems]
    assert main(["validate", str(backup)]) == 0
    assert "VALID [mbz]" in capsys.readouterr().out


def test_a_missing_file_and_a_question_without_a_right_answer_are_errors(
    backup: Path, tmp_path: Path
) -> None:
    with zipfile.ZipFile(backup) as zf:
        stored = next(n for n in zf.namelist() if n.startswith("files/"))
        questions = zf.read("questions.xml").decode("utf-8")
    broken_questions = re.sub(r"<fraction>1(\.0+)?</fraction>", "<fraction>0</fraction>",
                              questions, count=1)
    bad = _rewrite(backup, tmp_path / "bad.mbz",
                   {stored: None, "questions.xml": broken_questions.encode("utf-8")})
    result = validate_package(bad)
    messages = " | ".join(str(p) for p in result.errors)
    assert not result.ok
    assert stored in messages and "is missing" in messages
    assert "full marks" in messages


def test_a_broken_manifest_is_named(backup: Path, tmp_path: Path) -> None:
    bad = _rewrite(backup, tmp_path / "bad.mbz", {"moodle_backup.xml": b"<moodle_backup><"})
    result = validate_package(bad)
    assert any("moodle_backup.xml" in p.where and "well-formed" in p.message
               for p in result.errors)


def test_moodles_own_backup_is_valid(backup: Path, tmp_path: Path) -> None:
    """A backup Moodle itself wrote (gzip tar) of the course our backup restored into."""
    require_kit()
    verdict = moodle_import(backup)
    assert verdict["ok"], verdict["errors"]
    out = subprocess.run([str(KIT / "backup.sh"), str(verdict["courseid"]), str(tmp_path)],
                         capture_output=True, text=True, timeout=600, check=True)
    theirs = Path(out.stdout.strip().splitlines()[-1])
    result = validate_package(theirs)
    assert result.kind == "mbz" and result.ok, [str(p) for p in result.problems]
