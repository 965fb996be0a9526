"""Studio's own packages come back exactly: export ``full_project`` to each format, import, compare."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from studio.exporters import EXPORTER_MODULES
from studio.fsutil import sha256_file
from studio.importers import detect_format, import_into, import_new
from studio.jobs import null_progress
from studio.model.serialize import course_to_data
from studio.project import Project
from tests.packages import export_package

# Every package format; Moodle XML is a question file (its round trip is in
# tests/exporters/test_moodle_questions.py), not a package that can carry the course.
FORMATS = sorted(set(EXPORTER_MODULES) - {"moodle-xml"})


def _carried_media(package: Path) -> dict[str, str]:
    with zipfile.ZipFile(package) as zf:
        entry = next(n for n in zf.namelist() if n.endswith("studio/course.json"))
        media: dict[str, str] = json.loads(zf.read(entry))["media"]
    return media


def _comparable(data: dict[str, Any]) -> dict[str, Any]:
    data = dict(data)
    data.pop("modified")  # set by every save
    return data


@pytest.mark.parametrize("name", FORMATS)
def test_export_then_import_restores_the_same_course(full_project: Project, tmp_path: Path, name: str) -> None:
    package = export_package(full_project, name, tmp_path)
    assert detect_format(package) == "studio"
    report = import_new(package, tmp_path / "restored.studio")
    assert report.modules == len(full_project.course.modules)
    with Project.open(tmp_path / "restored.studio", read_only=True) as restored:
        assert _comparable(course_to_data(restored.course)) == _comparable(course_to_data(full_project.course))
        # Every media file the package carried is back, byte for byte (same hash = same id).
        carried = _carried_media(package)
        if name not in ("qti12", "qti21"):  # the sample quiz shows no media
            assert carried, "the package carries no media"
        for asset_id in carried:
            asset = restored.course.media[asset_id]
            assert sha256_file(restored.media_dir / asset.stored_name) == asset_id
        missing = {a.id for a in restored.missing_media()}
        assert not missing & set(carried)
        if name not in ("qti12", "qti21", "epub"):  # these carry only the media they can show
            assert not missing


@pytest.fixture
def sample_project(tmp_path: Path) -> Iterator[Project]:
    """The shipped sample course (resources/sample), copied."""
    from studio.cli.demo_cmd import copy_sample

    with Project.open(copy_sample(tmp_path / "sample")) as project:
        yield project


@pytest.mark.parametrize("name", FORMATS)
def test_sample_course_round_trip(sample_project: Project, tmp_path: Path, name: str) -> None:
    package = export_package(sample_project, name, tmp_path)
    import_new(package, tmp_path / "again.studio")
    with Project.open(tmp_path / "again.studio", read_only=True) as restored:
        assert _comparable(course_to_data(restored.course)) == _comparable(course_to_data(sample_project.course))
        for asset_id in _carried_media(package):
            path = restored.media_dir / restored.course.media[asset_id].stored_name
            assert sha256_file(path) == asset_id


def test_import_into_an_existing_project_appends_and_undoes_in_one_step(
    full_project: Project, tmp_path: Path, tmp_project: Project
) -> None:
    package = export_package(full_project, "scorm12", tmp_path)
    before = course_to_data(tmp_project.course)
    import_into(tmp_project, package, null_progress())
    assert len(tmp_project.course.modules) == len(full_project.course.modules)
    tmp_project.stack.undo()
    assert course_to_data(tmp_project.course) == before
    tmp_project.stack.redo()
    # Importing the same package twice gives the copies fresh ids (no duplicates).
    import_into(tmp_project, package, null_progress())
    ids = [m.id for m in tmp_project.course.modules]
    assert len(ids) == len(set(ids)) == 2 * len(full_project.course.modules)


def test_questions_of_a_studio_package_join_an_existing_quiz(
    full_project: Project, tmp_path: Path, tmp_project: Project
) -> None:
    from studio.importers import import_into as into
    from studio.model import Lesson, Module, Quiz, QuizBlock

    package = export_package(full_project, "qti21", tmp_path)
    block = QuizBlock(quiz=Quiz(title="Mine"))
    tmp_project.course.modules.append(Module(lessons=[Lesson(blocks=[block])]))
    report = into(tmp_project, package, null_progress(), quiz_block_id=block.id)
    assert report.questions == len(block.quiz.questions) == 9
    assert len(tmp_project.course.modules) == 1 and not tmp_project.course.media
