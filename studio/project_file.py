"""Reading and writing ``project.json``: schema version, migrations, clear errors.

The file holds ``{"schema_version": N, "studio_version": ..., "course": {...}}``.
A file from a newer Studio is refused; an older one is migrated step by step
(``MIGRATIONS[n]`` turns version n into n+1) after a backup copy is made.
Nothing here ever writes over a file it could not read.
"""

from __future__ import annotations

import contextlib
import errno
import gc
import json
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from studio import __version__
from studio.errors import ProjectError, ProjectTooNewError
from studio.fsutil import atomic_write_bytes
from studio.model.course import Course
from studio.model.serialize import SchemaError, course_from_data, course_to_data

SCHEMA_VERSION = 2
PROJECT_FILE = "project.json"
BACKUP_FILE = "project.json.bak"

Migration = Callable[[dict[str, Any]], dict[str, Any]]


def _v1_to_v2(document: dict[str, Any]) -> dict[str, Any]:
    """Format 2 adds fields with defaults (choice weights, module descriptions, timed video
    questions, word confidences, the course dictionary, lesson descriptions, objectives and
    durations, credits and licences of media files): a format-1 file reads as it is.
    The number changes so that a Studio that knows only format 1 refuses a newer file
    instead of opening it and silently dropping what it does not know."""
    return document


# MIGRATIONS[n] upgrades a schema-n document to schema n+1.
MIGRATIONS: dict[int, Migration] = {1: _v1_to_v2}


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic GC while parsing: JSON trees have no cycles to collect."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def encode_project(course: Course) -> bytes:
    document = {
        "schema_version": SCHEMA_VERSION,
        "studio_version": __version__,
        "course": course_to_data(course),
    }
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _damaged(path: Path, detail: str) -> ProjectError:
    backup = path.with_name(BACKUP_FILE)
    if backup.exists() and backup != path:
        hint = (
            f"Studio has not changed the damaged file. The previous save is in {backup}: "
            "open it with 'studio open PROJECT --from-backup' (or choose 'Open backup' in "
            "the window); the damaged file is kept aside when you next save."
        )
    else:
        hint = "Studio has not changed the file. Restore it from a copy, or repair the JSON."
    return ProjectError(f"the project file is damaged: {detail}", path=path, hint=hint)


def decode_project(raw: bytes, path: Path, *, backup_dir: Path | None = None) -> Course:
    """Parse, migrate and check a project document; raises ``ProjectError``."""
    if not raw.strip():
        raise _damaged(path, "the file is empty (a crash or a full disk while saving?)")
    try:
        with _gc_paused():
            document = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise _damaged(path, f"not UTF-8 text (byte {exc.start})") from exc
    except json.JSONDecodeError as exc:
        raise _damaged(
            path, f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from exc
    except RecursionError as exc:
        raise _damaged(path, "the JSON is nested far deeper than any course") from exc
    if not isinstance(document, dict):
        raise _damaged(path, "the top level is not an object")
    version = document.get("schema_version")
    if type(version) is not int or version < 1:
        raise _damaged(path, f"schema_version is {version!r}, expected a whole number")
    if version > SCHEMA_VERSION:
        saved_by = document.get("studio_version", "a newer version")
        raise ProjectTooNewError(
            f"this project was saved by Studio {saved_by} (project format {version}); "
            f"this Studio {__version__} reads format {SCHEMA_VERSION} and older",
            path=path,
            hint="open it with a newer Studio. Studio did not change the file.",
        )
    if version < SCHEMA_VERSION:
        document = migrate(document, path, backup_dir)
    try:
        return course_from_data(document.get("course"))
    except SchemaError as exc:
        raise _damaged(path, f"{exc.where}: {exc.detail}") from exc
    except RecursionError as exc:
        raise _damaged(path, "the course is nested far deeper than any course") from exc


def migrate(document: dict[str, Any], path: Path, backup_dir: Path | None) -> dict[str, Any]:
    """Run one-step migrations up to the current schema, after backing up the file."""
    version = int(document["schema_version"])
    if backup_dir is not None and path.exists():
        backup = backup_dir / f"project.v{version}.json.bak"
        if not backup.exists():
            shutil.copyfile(path, backup)
    while version < SCHEMA_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise ProjectError(
                f"no migration from project format {version} to {version + 1}",
                path=path,
                hint="open the project with the Studio version that saved it and save it again.",
            )
        document = step(document)
        version += 1
        document["schema_version"] = version
    return document


def read_project_file(path: Path, *, backup_dir: Path | None = None) -> Course:
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise ProjectError(
            "project.json is missing",
            path=path,
            hint="check that this is a Studio project folder (NAME.studio); "
            "create one with 'studio new'.",
        ) from exc
    except OSError as exc:
        raise ProjectError(
            f"cannot read the project file ({exc.strerror})",
            path=path,
            hint="check the file's permissions and that the disk is connected.",
        ) from exc
    return decode_project(raw, path, backup_dir=backup_dir)


def write_failure(path: Path, exc: OSError) -> ProjectError:
    """A save error with advice that fits the cause."""
    if exc.errno == errno.ENOSPC:
        message, hint = (
            "the disk is full, so the project could not be saved",
            "free some disk space and save again. Your last saved version is intact.",
        )
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        message, hint = (
            "the project folder is read-only, so the project could not be saved",
            "save a copy elsewhere (File > Save As, or 'studio open' a copy), or fix the "
            "folder's permissions. Your last saved version is intact.",
        )
    else:
        message, hint = (
            f"the project could not be saved ({exc.strerror or exc})",
            "check the disk and save again. Your last saved version is intact.",
        )
    return ProjectError(message, path=path, hint=hint)


def write_project_file(folder: Path, payload: bytes) -> None:
    """Replace ``project.json`` atomically, keeping the previous one as ``project.json.bak``.

    At every instant ``project.json`` is either the old or the new complete file.
    """
    target = folder / PROJECT_FILE
    tmp_backup = folder / f".{BACKUP_FILE}.tmp"
    try:
        if target.exists():
            if tmp_backup.exists():
                tmp_backup.unlink()
            try:
                # A hard link is instant and atomic; copy where links are unsupported (FAT).
                tmp_backup.hardlink_to(target)
            except OSError:
                shutil.copyfile(target, tmp_backup)
            tmp_backup.replace(folder / BACKUP_FILE)
        atomic_write_bytes(target, payload)
    except OSError as exc:
        raise write_failure(target, exc) from exc
