"""One way a file enters a project: staged (probe, then copy under its hash), then
registered through a command, so Undo forgets it and Redo brings it back."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.cli import main
from studio.errors import MediaError, ProjectError
from studio.importers import import_into
from studio.media.media_blocks import add_media, stage_media
from studio.model import ImageBlock
from studio.project import Project


def test_staging_never_touches_the_course(tmp_project: Project, media_files) -> None:
    asset = stage_media(tmp_project, media_files["image"])
    assert tmp_project.course.media == {} and not tmp_project.stack.can_undo
    assert (tmp_project.media_dir / asset.stored_name).is_file()
    assert asset.mime == "image/png" and asset.width == 320
    assert not list(tmp_project.media_dir.glob(".import-*"))


def test_add_media_is_one_undoable_command(tmp_project: Project, media_files) -> None:
    asset = add_media(tmp_project, media_files["video"])
    assert tmp_project.course.media == {asset.id: asset}
    tmp_project.stack.undo()
    assert tmp_project.course.media == {}
    tmp_project.stack.redo()
    assert tmp_project.course.media == {asset.id: asset}
    assert add_media(tmp_project, media_files["video"]) is asset  # known: no new step


def test_read_only_project_refuses_media(tmp_path: Path, media_files) -> None:
    Project.create(tmp_path / "p", title="P").close()
    with Project.open(tmp_path / "p", read_only=True) as project, pytest.raises(ProjectError):
        stage_media(project, media_files["image"])


def test_broken_file_is_named_and_nothing_is_copied(tmp_project: Project, tmp_path: Path) -> None:
    fake = tmp_path / "lecture.mp4"
    fake.write_bytes(b"not a video")
    with pytest.raises(MediaError) as caught:
        stage_media(tmp_project, fake)
    assert str(fake) in caught.value.describe()
    assert list(tmp_project.media_dir.iterdir()) == []


def test_cli_add_registers_through_the_stack(tmp_path: Path, media_files) -> None:
    folder = tmp_path / "c.studio"
    assert main(["new", str(folder), "--title", "C"]) == 0
    assert main(["add", str(folder), "--image", str(media_files["image"]), "--alt", "A diagram"]) == 0
    with Project.open(folder) as project:
        (block,) = [b for _, _, b in project.course.blocks()]
        assert isinstance(block, ImageBlock) and block.asset in project.course.media


def test_import_registers_media_undoably(tmp_project: Project, full_project: Project,
                                         tmp_path: Path) -> None:
    from studio.exporters import EXPORTERS
    from studio.jobs import null_progress

    spec = EXPORTERS["scorm12"]
    package = tmp_path / "course.zip"
    spec.export(full_project.course, full_project.media_dir, package, spec.default_options(),
                null_progress())
    import_into(tmp_project, package)
    imported = set(tmp_project.course.media)
    assert imported and imported <= set(full_project.course.media)
    tmp_project.stack.undo()
    assert tmp_project.course.media == {} and tmp_project.course.modules == []
    tmp_project.stack.redo()
    assert set(tmp_project.course.media) == imported
