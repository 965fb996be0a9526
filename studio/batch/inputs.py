"""What the user named: files, folders searched recursively, and Studio projects."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from studio.project import is_project_folder

PACKAGE_SUFFIXES = (".zip", ".imscc", ".epub", ".mbz")


def is_media(path: Path) -> bool:
    from studio.media.probe import guess_mime

    return guess_mime(path).startswith(("audio/", "video/"))


def is_package(path: Path) -> bool:
    return path.suffix.lower() in PACKAGE_SUFFIXES


@dataclass(frozen=True)
class Found:
    path: Path
    root: Path  # the folder the user named (outputs mirror the tree below it)


@dataclass
class Inputs:
    files: list[Found] = field(default_factory=list)
    projects: list[Path] = field(default_factory=list)
    problems: list[tuple[Path, str, str]] = field(default_factory=list)  # path, what, hint
    notes: list[str] = field(default_factory=list)


def find_inputs(
    paths: Sequence[Path],
    wanted: Callable[[Path], bool],
    what: tuple[str, str],
    *,
    projects: bool,
    search_projects: bool = False,
) -> Inputs:
    """Files ``wanted`` by name (searching folders), and project folders if ``projects``
    (also those found in folders if ``search_projects``; otherwise they are only noted,
    so a batch never writes to a project nobody named). ``what`` names one wanted file and
    many, for the messages.

    Hidden entries are skipped, folder links are not followed, and the inside of a
    project is never searched: its media belongs to the project.
    """
    one, many = what
    hint = f"give {many}, or folders holding them."
    found = Inputs()
    seen: set[Path] = set()

    def add_file(path: Path, root: Path) -> None:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            found.files.append(Found(path, root))

    def add_project(path: Path) -> None:
        if path.resolve() not in seen:
            seen.add(path.resolve())
            found.projects.append(path)

    for given in paths:
        path = Path(given).expanduser()
        if is_project_folder(path):
            if projects:
                add_project(path)
            else:
                found.problems.append((path, f"a Studio project, not {one}", hint))
        elif path.is_dir():
            before = len(found.files) + len(found.projects)
            files, inner = _walk(path)
            for file in files:
                if wanted(file):
                    add_file(file, path)
            for project in inner:
                if search_projects:
                    add_project(project)
                elif projects:
                    found.notes.append(f"{project}: a project; name it to do its blocks too")
            if len(found.files) + len(found.projects) == before:
                found.notes.append(f"{path}: no {many} in this folder")
        elif path.is_file():
            if wanted(path):
                add_file(path, path.parent)
            else:
                found.problems.append((path, f"not {one}", hint))
        else:
            found.problems.append((path, "no such file or folder", "check the path."))
    return found


def _walk(root: Path) -> tuple[list[Path], list[Path]]:
    """(files, project folders) below ``root``, in a stable order."""
    files: list[Path] = []
    projects: list[Path] = []
    for folder, dirs, names in os.walk(root):
        base = Path(folder)
        keep = []
        for name in sorted(dirs):
            if name.startswith("."):
                continue
            if is_project_folder(base / name):
                projects.append(base / name)
            else:
                keep.append(name)
        dirs[:] = keep
        files.extend(base / n for n in sorted(names) if not n.startswith("."))
    return files, projects
