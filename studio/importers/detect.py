"""Which format a source is: every registered importer sniffs it; the surest wins."""

from __future__ import annotations

from pathlib import Path

from studio.errors import ImportFormatError
from studio.importers.folder_archive import open_archive
from studio.importers.registry import archive_extensions, importers, offered
from studio.importers.safe_archive import is_zip
from studio.importers.spec import CERTAIN, Probe


def sniff(probe: Probe) -> str | None:
    """The name of the format surest that ``probe`` is its own (ties: registry order)."""
    best, best_score = None, 0
    for name, spec in importers().items():
        score = spec.sniff(probe)
        if score >= CERTAIN:
            return name
        if score > best_score:
            best, best_score = name, score
    return best


def detect_format(source: Path) -> str:
    """The format name of ``source``, or ``ImportFormatError`` saying what is supported."""
    if not source.exists():
        raise ImportFormatError("file not found", path=source, hint="Check the path.")
    if source.is_dir() or is_zip(source):
        with open_archive(source) as archive:
            found = sniff(Probe(source, archive))
    else:
        if source.suffix.lower() in archive_extensions():
            raise ImportFormatError("the file is not a zip archive", path=source,
                                    hint="The package is damaged; export it again.")
        found = sniff(Probe(source))
    if found is None:
        raise _unknown(source)
    return found


def _unknown(source: Path) -> ImportFormatError:
    kinds = ", ".join(f"{s.label} ({', '.join(s.extensions)})" for s in offered())
    return ImportFormatError(
        "Studio cannot tell what kind of file this is",
        path=source,
        hint=f"Supported: {kinds}. Name the format with --format.",
    )
