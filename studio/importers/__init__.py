"""Import into Studio: question files (GIFT, Aiken, quiz text, CSV, QTI 1.2/2.1) and
packages (Studio's own, SCORM 1.2/2004, Common Cartridge 1.0-1.3, EPUB 3).

``import_into(project, source, progress)`` adds what the source holds to an open
project in one undoable step; ``import_new(source, path, progress)`` makes a new
project from it. Both return an ``ImportReport``. Sources are fully read and
checked (safe archives, safe XML, sanitized HTML) before the project changes; a
broken or hostile file raises ``ImportFormatError`` and leaves it untouched.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from studio.errors import ImportFormatError, StudioError
from studio.importers.detect import detect_format
from studio.importers.registry import get_importer, importers
from studio.importers.report import ImportReport
from studio.jobs import Progress, null_progress
from studio.project import Project, normalize_project_path

__all__ = [
    "ImportReport",
    "detect_format",
    "get_importer",
    "import_into",
    "import_new",
    "importers",
]


def _check_format(source: Path, fmt: str | None) -> str:
    if fmt is None:
        return detect_format(source)
    get_importer(fmt, source)
    if not source.exists():
        raise ImportFormatError("file not found", path=source, hint="Check the path.")
    return fmt


def import_into(
    project: Project,
    source: str | Path,
    progress: Progress | None = None,
    *,
    fmt: str | None = None,
    quiz_block_id: str | None = None,
    keep_remote_images: bool = False,
    options: Any = None,
    _new: bool = False,
) -> ImportReport:
    """Add the content of ``source`` to ``project`` (one undo step); returns the report."""
    from studio.importers.apply import apply_content
    from studio.importers.read import read_source
    from studio.importers.safe_archive import safe_temp_dir

    progress = progress or null_progress()
    src = Path(source)
    kind = _check_format(src, fmt)
    report = ImportReport(source=src.name, format=get_importer(kind).label)
    workdir = safe_temp_dir()
    try:
        progress.update(0.0, f"Reading {src.name}")
        content = read_source(src, kind, workdir, report, progress.sub(0.0, 0.5), options)
        progress.check()
        if not keep_remote_images:
            from studio.importers.remote_media import drop_remote_images

            drop_remote_images(content, report)
        apply_content(project, content, report, label=f"Import {src.name}", progress=progress.sub(0.5, 1.0),
                      quiz_block_id=quiz_block_id, new_project=_new)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return report


def import_new(
    source: str | Path,
    new_project_path: str | Path,
    progress: Progress | None = None,
    *,
    fmt: str | None = None,
    keep_remote_images: bool = False,
    options: Any = None,
) -> ImportReport:
    """Create a project at ``new_project_path`` from ``source``, save and close it."""
    src = Path(source)
    kind = _check_format(src, fmt)
    folder = normalize_project_path(new_project_path)
    if folder.exists():
        raise StudioError("a file or folder already exists there", path=folder,
                          hint="choose another name for the new project.")
    project = Project.create(folder, title=src.stem or "Imported course")
    try:
        report = import_into(project, src, progress, fmt=kind, options=options, _new=True,
                             keep_remote_images=keep_remote_images)
        project.save()
    except BaseException:
        project.close()
        shutil.rmtree(folder, ignore_errors=True)
        raise
    project.close()
    return report
