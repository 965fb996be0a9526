"""Damaged, newer, read-only, full-disk and missing-media projects: clear messages, nothing lost."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from studio import project_file
from studio.errors import MediaError, ProjectError, ProjectLockedError, ProjectTooNewError
from studio.media.media_blocks import add_media
from studio.model import Lesson, Module, TextBlock
from studio.model.serialize import course_to_data
from studio.project import Project


def _saved(tmp_path: Path) -> Path:
    project = Project.create(tmp_path / "p.studio", title="Keep me")
    project.course.modules = [Module("M", [Lesson("L", [TextBlock("<p>hi</p>")])])]
    project.save()
    project.course.title = "Keep me too"
    project.save()
    project.close()
    return project.folder


@pytest.mark.parametrize(
    ("damage", "expected"),
    [
        (lambda raw: raw[: len(raw) // 2], "invalid JSON"),
        (lambda raw: b"", "empty"),
        (lambda raw: b"{not json", "invalid JSON"),
        (lambda raw: b"\xff\xfe\x00garbage", "not UTF-8"),
        (lambda raw: b"[1, 2]", "top level is not an object"),
        (lambda raw: raw.replace(b'"schema_version":2', b'"schema_version":"2"'), "schema_version"),
        (
            lambda raw: raw.replace(b'"title":"Keep me too"', b'"title":42'),
            "course.title: expected text",
        ),
        (lambda raw: raw.replace(b'"kind":"text"', b'"kind":"hologram"'), "blocks[0].kind"),
        (lambda raw: raw.replace(b'"modules":[', b'"modules":{"a":['), "invalid JSON"),
    ],
)
def test_damaged_project_json_is_named_and_never_overwritten(tmp_path, damage, expected) -> None:
    folder = _saved(tmp_path)
    main = folder / "project.json"
    damaged = damage(main.read_bytes())
    main.write_bytes(damaged)
    with pytest.raises(ProjectError) as info:
        Project.open(folder)
    text = info.value.describe()
    assert expected in text
    assert str(main) in text
    assert "--from-backup" in text  # says what to do
    assert main.read_bytes() == damaged  # untouched
    assert not (folder / ".studio.lock").exists()  # the failed open released its lock


def test_open_from_backup_keeps_the_damaged_file_aside(tmp_path: Path) -> None:
    folder = _saved(tmp_path)
    (folder / "project.json").write_bytes(b"{broken")
    project = Project.open(folder, from_backup=True)
    assert project.course.title == "Keep me"  # the save before the last one
    assert project.stack.dirty
    project.save()
    project.close()
    aside = list(folder.glob("project.json.damaged-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == b"{broken"
    assert Project.open(folder, read_only=True).course.title == "Keep me"


def test_project_from_a_newer_studio_is_refused(tmp_path: Path) -> None:
    folder = _saved(tmp_path)
    main = folder / "project.json"
    doc = json.loads(main.read_text())
    doc["schema_version"] = project_file.SCHEMA_VERSION + 1
    doc["studio_version"] = "9.9.9"
    main.write_text(json.dumps(doc))
    before = main.read_bytes()
    with pytest.raises(ProjectTooNewError) as info:
        Project.open(folder)
    assert "9.9.9" in info.value.describe() and "newer Studio" in info.value.describe()
    assert main.read_bytes() == before


def test_older_project_is_migrated_after_a_backup(tmp_path: Path, monkeypatch) -> None:
    folder = _saved(tmp_path)
    main = folder / "project.json"
    doc = json.loads(main.read_text())
    # Pretend the next format renames a field: the file is the current format with the
    # old field name, the migration renames it.
    current = project_file.SCHEMA_VERSION
    doc["course"]["name"] = doc["course"].pop("title")
    main.write_text(json.dumps(doc))

    def rename_name_to_title(document):
        document["course"]["title"] = document["course"].pop("name")
        return document

    monkeypatch.setattr(project_file, "SCHEMA_VERSION", current + 1)
    monkeypatch.setitem(project_file.MIGRATIONS, current, rename_name_to_title)
    project = Project.open(folder)
    assert project.course.title == "Keep me too"
    backup = folder / f"project.v{current}.json.bak"
    assert backup.exists() and '"name"' in backup.read_text()
    project.save()
    project.close()
    assert json.loads(main.read_text())["schema_version"] == current + 1


def test_missing_migration_step_is_a_clear_error(tmp_path: Path, monkeypatch) -> None:
    folder = _saved(tmp_path)
    current = project_file.SCHEMA_VERSION
    monkeypatch.setattr(project_file, "SCHEMA_VERSION", current + 2)
    monkeypatch.setitem(project_file.MIGRATIONS, current, lambda d: d)
    with pytest.raises(ProjectError, match=f"no migration from project format {current + 1} "
                       f"to {current + 2}"):
        Project.open(folder)


def test_missing_media_file_is_named_with_what_to_do(tmp_path: Path, media_files) -> None:
    from studio.model import ImageBlock
    from studio.validate import validate_course

    project = Project.create(tmp_path / "m.studio", title="Media")
    asset = add_media(project, media_files["image"])
    project.course.modules = [Module("M", [Lesson("L", [ImageBlock(asset.id, alt="A diagram")])])]
    project.save()
    project.close()
    (project.media_dir / asset.stored_name).unlink()
    reopened = Project.open(project.folder)  # opening still works
    assert [a.id for a in reopened.missing_media()] == [asset.id]
    problems = [
        p for p in validate_course(reopened.course, reopened.media_dir) if p.severity == "error"
    ]
    assert any("diagram.png" in p.message and "missing" in p.message for p in problems)
    reopened.close()


def test_full_disk_while_saving_keeps_the_last_save(tmp_path: Path, monkeypatch) -> None:
    folder = _saved(tmp_path)
    before = (folder / "project.json").read_bytes()
    project = Project.open(folder)
    project.course.title = "Unsaved change"
    real_fsync = os.fsync

    def full_disk(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(ProjectError) as info:
        project.save()
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert "disk is full" in info.value.describe()
    assert "free some disk space" in info.value.describe()
    assert (folder / "project.json").read_bytes() == before
    assert not [p for p in folder.iterdir() if p.name.endswith(".tmp")]
    assert project.stack.dirty or project.course.title == "Unsaved change"
    project.save()  # space freed: the same project saves fine
    project.close()
    assert Project.open(folder, read_only=True).course.title == "Unsaved change"


def test_read_only_folder_is_reported(tmp_path: Path, monkeypatch) -> None:
    folder = _saved(tmp_path)
    before = (folder / "project.json").read_bytes()
    project = Project.open(folder)
    project.course.title = "Change"
    if os.geteuid() != 0:
        folder.chmod(0o555)
    else:  # root ignores permission bits: make the file system refuse instead
        import tempfile

        def read_only(*args, **kwargs):
            raise OSError(errno.EROFS, "Read-only file system")

        monkeypatch.setattr(tempfile, "mkstemp", read_only)
        monkeypatch.setattr(Path, "hardlink_to", read_only)
    try:
        with pytest.raises(ProjectError) as info:
            project.save()
    finally:
        folder.chmod(0o755)
    assert "read-only" in info.value.describe()
    assert (folder / "project.json").read_bytes() == before
    project.close()


def test_second_process_is_locked_out_but_a_stale_lock_is_taken_over(tmp_path: Path) -> None:
    folder = _saved(tmp_path)
    first = Project.open(folder)
    with pytest.raises(ProjectLockedError) as info:
        Project.open(folder)
    assert "open in another Studio" in info.value.describe()
    first.close()
    # A lock left by a process that no longer exists is stale.
    import socket

    (folder / ".studio.lock").write_text(
        json.dumps({"pid": 2**22 + 12345, "host": socket.gethostname(), "since": 0})
    )
    Project.open(folder).close()
    # A lock from another machine cannot be checked: refused, with the way out.
    (folder / ".studio.lock").write_text(json.dumps({"pid": 1, "host": "other-laptop"}))
    with pytest.raises(ProjectLockedError, match="other-laptop"):
        Project.open(folder)


def test_autosave_is_offered_back_after_a_crash(tmp_path: Path) -> None:
    folder = _saved(tmp_path)
    project = Project.open(folder)
    project.course.title = "Typed but not saved"
    project.stack.mark_dirty()
    assert project.autosave()
    # Crash: the process dies without saving or closing.
    project._lock = None
    (folder / ".studio.lock").unlink()
    reopened = Project.open(folder)
    assert reopened.course.title == "Keep me too"
    assert reopened.recovery is not None
    reopened.recover()
    assert reopened.course.title == "Typed but not saved" and reopened.stack.dirty
    reopened.save()
    assert not (folder / ".autosave.json").exists()
    reopened.close()


def test_save_keeps_previous_version_and_round_trips(full_project: Project) -> None:
    data = course_to_data(full_project.course)
    full_project.course.title = "Renamed"
    full_project.save()
    backup = json.loads((full_project.folder / "project.json.bak").read_text())
    assert backup["course"]["title"] == data["title"]
    full_project.close()
    reopened = Project.open(full_project.folder)
    again = course_to_data(reopened.course)
    assert again["title"] == "Renamed"
    again["title"], again["modified"] = data["title"], data["modified"]
    assert again == data
    reopened.close()


def test_import_media_is_content_addressed_and_never_rewritten(
    tmp_project: Project, media_files
) -> None:
    first = add_media(tmp_project, media_files["video"])
    stored = tmp_project.media_dir / first.stored_name
    mtime = stored.stat().st_mtime_ns
    again = add_media(tmp_project, media_files["video"])
    assert again is first and stored.stat().st_mtime_ns == mtime
    assert first.mime == "video/mp4" and first.width == 320 and abs(first.duration - 3.0) < 0.2
    with pytest.raises(MediaError, match="file not found"):
        add_media(tmp_project, tmp_project.folder / "nope.mp4")


def test_a_broken_media_file_is_named_and_not_copied_in(tmp_project: Project) -> None:
    fake = tmp_project.folder.parent / "lecture.mp4"
    fake.write_text("not a video", encoding="utf-8")
    with pytest.raises(MediaError) as info:
        add_media(tmp_project, fake)
    assert str(fake) in info.value.describe() and "What to do" in info.value.describe()
    assert list(tmp_project.media_dir.iterdir()) == []
    assert tmp_project.course.media == {}


def test_deeply_nested_or_non_finite_project_files_are_named_not_tracebacks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from studio.cli import main

    folder = tmp_path / "deep.studio"
    Project.create(folder, title="Deep").close()
    good = (folder / "project.json").read_text(encoding="utf-8")
    (folder / "project.json").write_text('{"schema_version": 1, "course": ' + "[" * 100_000
                                         + "]" * 100_000 + "}", encoding="utf-8")
    assert main(["info", str(folder)]) == 1
    assert "nested far deeper" in capsys.readouterr().err
    data = json.loads(good)
    data["course"]["modules"] = [{"title": "M", "lessons": [{"title": "L", "blocks": [
        {"kind": "video", "asset": "", "tracks": [{"cues": [
            {"start": float("nan"), "end": float("inf"), "text": "x"}]}]}]}]}]
    (folder / "project.json").write_text(json.dumps(data), encoding="utf-8")
    assert main(["info", str(folder)]) == 1
    err = capsys.readouterr().err
    assert "finite number" in err and "cues[0].start" in err


def test_a_format_1_project_opens_and_is_saved_as_format_2(tmp_path: Path) -> None:
    folder = _saved(tmp_path)
    main = folder / "project.json"
    doc = json.loads(main.read_text())
    doc["schema_version"] = 1
    main.write_text(json.dumps(doc))
    with Project.open(folder) as project:
        project.save()
    assert json.loads(main.read_text())["schema_version"] == 2
    assert (folder / "project.v1.json.bak").exists()
