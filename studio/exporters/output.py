"""Where a package may be written: never inside the project, never over a file unasked.

An export to ``PROJECT/project.json`` or into ``PROJECT/media/`` would destroy the
very project being exported, so any target inside the project folder is refused.
An existing file is replaced only when the user said so (``--overwrite`` on the
command line; the window asks first).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from studio.errors import ExportError
from studio.exporters.base import ExporterSpec, ExportReport
from studio.jobs import Progress
from studio.project import Project


def check_export_target(out: Path, project_folder: Path, *, overwrite: bool) -> None:
    """Raise ``ExportError`` when ``out`` must not be written (see the module docstring)."""
    target = Path(out).expanduser().resolve()
    folder = Path(project_folder).resolve()
    if target == folder or folder in target.parents:
        raise ExportError(
            "the package would be written inside the project folder, where it could "
            "overwrite the project itself",
            path=out,
            hint=f"choose a place outside {folder}, for example {folder.parent}.",
        )
    if target.is_dir():
        raise ExportError("a folder has that name", path=out,
                          hint="give the package a file name, e.g. course.zip.")
    if target.exists() and not overwrite:
        raise ExportError(
            "a file with that name exists already",
            path=out,
            hint="replace it with --overwrite (the window asks first), or choose another "
            "name with -o.",
        )


def package_name(project_folder: Path, spec: ExporterSpec) -> str:
    """The default package file name: ``course.studio`` -> ``course-scorm12.zip``."""
    return f"{Path(project_folder).resolve().stem}-{spec.name}{spec.extension}"


def export_project(
    project_path: Path,
    spec: ExporterSpec,
    options: Any,
    out: Path,
    *,
    overwrite: bool,
    progress: Progress,
) -> ExportReport:
    """Export the saved project at ``project_path`` (read-only, no lock) to ``out``:
    ``studio export`` and ``studio batch export`` both run this."""
    with Project.open(project_path, read_only=True) as project:
        check_export_target(Path(out), project.folder, overwrite=overwrite)
        return spec.export(project.course, project.media_dir, Path(out), options, progress)
