"""``studio batch export`` and ``batch validate`` on the local pool and on Dask: the same
packages, byte for byte, as ``studio export``; re-runs skip; bad inputs fail alone."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from studio.cli import main
from studio.project import Project
from tests.batch.batch_fixtures import dask_cluster, rows_by_input, run_studio, summary
from tests.conftest import build_full_course


@pytest.fixture(scope="module")
def three_projects(tmp_path_factory: pytest.TempPathFactory,
                   media_files: dict[str, Path]) -> Path:  # fmt: skip
    root = tmp_path_factory.mktemp("courses")
    for i in range(3):
        with Project.create(root / f"course{i}.studio", title=f"Course {i}") as project:
            build_full_course(project, media_files)
            project.save()
    return root


def test_batch_export_equals_studio_export_and_skips_unchanged(three_projects: Path,
                                                               tmp_path: Path) -> None:  # fmt: skip
    single = tmp_path / "single.zip"
    assert main(["export", str(three_projects / "course1.studio"), "--format", "scorm12",
                 "-o", str(single), "--quiet"]) == 0  # fmt: skip
    out = tmp_path / "out"
    stray = tmp_path / "notes.txt"
    stray.write_text("not a project")
    args = ["batch", "export", str(three_projects), str(stray), "--format", "scorm12",
            "--out", str(out), "--quiet"]  # fmt: skip
    assert main(args) == 1  # the stray file, alone
    rows = rows_by_input(summary(out / "studio-batch-export"))
    assert rows["notes.txt"]["status"] == "failed"
    assert "not a Studio project" in rows["notes.txt"]["error"]
    for i in range(3):
        row = rows[f"course{i}.studio"]
        assert row["status"] == "done" and row["size"] > 1000 and row["files"] > 5
    assert (out / "course1-scorm12.zip").read_bytes() == single.read_bytes()
    stray.unlink()
    args.remove(str(stray))
    assert main(args) == 0
    assert {r["status"] for r in summary(out / "studio-batch-export")["files"]} == {"skipped"}
    # A changed course is exported again; the others stay skipped.
    with Project.open(three_projects / "course2.studio") as project:
        project.course.title = "Course 2, revised"
        project.save()
    assert main(args) == 0
    rows = rows_by_input(summary(out / "studio-batch-export"))
    assert [rows[f"course{i}.studio"]["status"] for i in range(3)] == ["skipped", "skipped", "done"]


def test_batch_validate_reports_each_package(three_projects: Path, tmp_path: Path) -> None:
    out = tmp_path / "pk"
    assert main(["batch", "export", str(three_projects), "--format", "epub", "--out",
                 str(out), "--quiet"]) == 0  # fmt: skip
    (out / "broken.zip").write_bytes(b"PK\x03\x04 not really a zip")
    with zipfile.ZipFile(out / "empty.zip", "w") as zf:
        zf.writestr("readme.txt", "no manifest")
    code = main(["batch", "validate", str(out), "--out", str(tmp_path), "--quiet"])
    assert code == 1
    rows = rows_by_input(summary(tmp_path / "studio-batch-validate"))
    assert rows["broken.zip"]["status"] == "failed" and "not a zip package" in rows["broken.zip"]["error"]
    assert (rows["empty.zip"]["status"], rows["empty.zip"]["verdict"]) == ("done", "INVALID")
    for i in range(3):
        row = rows[f"course{i}-epub.epub"]
        assert (row["status"], row["verdict"], row["kind"], row["errors"]) == (
            "done", "VALID", "epub", 0)


@pytest.mark.slow
def test_export_and_validate_on_dask_match_the_local_pool(three_projects: Path,
                                                          tmp_path: Path) -> None:  # fmt: skip
    local = tmp_path / "local"
    assert main(["batch", "export", str(three_projects), "--format", "cc13", "--out",
                 str(local), "--quiet"]) == 0  # fmt: skip
    with dask_cluster(tmp_path / "dask") as (address, _workers):
        remote = tmp_path / "remote"
        done = run_studio("batch", "export", str(three_projects), "--format", "cc13", "--out",
                          str(remote), "--scheduler", address)  # fmt: skip
        assert done.returncode == 0, done.stderr
        checked = run_studio("batch", "validate", str(remote), "--scheduler", address,
                             "--ship-media", "--out", str(tmp_path))  # fmt: skip
        assert checked.returncode == 0, checked.stderr
    for i in range(3):
        name = f"course{i}-cc13.imscc"
        assert (remote / name).read_bytes() == (local / name).read_bytes()
    rows = summary(tmp_path / "studio-batch-validate")["files"]
    assert [r["verdict"] for r in rows] == ["VALID"] * 3
