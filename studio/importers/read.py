"""Read a source of any registered format into ``ImportedContent`` (nothing is changed yet)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from studio.errors import ImportFormatError
from studio.importers.content import ImportedContent
from studio.importers.folder_archive import open_archive
from studio.importers.registry import get_importer
from studio.importers.report import ImportReport
from studio.importers.spec import ReadRequest
from studio.jobs import Progress


def read_source(
    source: Path, fmt: str, workdir: Path, report: ImportReport, progress: Progress,
    options: Any = None,
) -> ImportedContent:
    """Parse and validate ``source``; extracted files go below ``workdir`` only.

    Raises ``ImportFormatError`` for anything wrong with the source (``Cancelled`` on cancel).
    """
    spec = get_importer(fmt, source)
    request = ReadRequest(source, workdir, report, progress,
                          options if options is not None else spec.default_options())
    try:
        if not spec.archive:
            return spec.read(request)
        with open_archive(source) as archive:
            request.archive = archive
            return spec.read(request)
    except (RecursionError, MemoryError) as exc:
        raise ImportFormatError(
            f"the file is too deeply nested or too large to read ({type(exc).__name__})",
            path=source,
            hint="Check that the file is what it claims to be.",
        ) from exc
