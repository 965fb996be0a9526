"""What an importer produces, before anything touches the project.

Readers build an ``ImportedContent`` (modules, a quiz, or a whole course, plus
the files to copy in as media) from a source they have fully validated. Only
then does ``apply.apply_content`` change the project, in one undoable step.
"""

from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass, field
from pathlib import Path

from studio.errors import ImportFormatError
from studio.importers.report import ImportReport
from studio.model.assets import MediaAsset
from studio.model.course import Course, Module
from studio.model.quiz import Quiz


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


@dataclass
class MediaFiles:
    """Files to import as media, keyed by the asset id (sha256) the content already uses."""

    files: dict[str, Path] = field(default_factory=dict)

    def add(self, path: Path) -> str:
        """Register ``path`` and return its future asset id."""
        digest = file_digest(path)
        self.files.setdefault(digest, path)
        return digest

    def mime(self, asset_id: str) -> str:
        path = self.files[asset_id]
        return mimetypes.guess_type(path.name)[0] or "application/octet-stream"


@dataclass
class CourseInfo:
    """Course-level metadata a package carries (used for a new project)."""

    title: str = ""
    description: str = ""
    language: str = ""
    authors: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)


@dataclass
class ImportedContent:
    modules: list[Module] = field(default_factory=list)
    quizzes: list[Quiz] = field(default_factory=list)  # question formats
    course: Course | None = None  # Studio's own packages: the exact course
    # Exact asset records from an embedded course (id -> asset), for ``course``.
    assets: dict[str, MediaAsset] = field(default_factory=dict)
    media: MediaFiles = field(default_factory=MediaFiles)
    info: CourseInfo = field(default_factory=CourseInfo)


def title_from(source: Path) -> str:
    """A quiz title from a question file's name."""
    return source.stem.replace("_", " ").replace("-", " ").strip() or "Imported quiz"


def quiz_content(source: Path, quizzes: list[Quiz], report: ImportReport) -> ImportedContent:
    """Question formats: the quizzes that hold questions, or an error naming the file (and
    the first reasons the report gives)."""
    quizzes = [q for q in quizzes if q.questions]
    if not quizzes:
        why = "; ".join(f"{e.where}: {e.message}" for e in report.skipped_entries[:5])
        raise ImportFormatError(
            "no question could be imported" + (f" ({why})" if why else ""),
            path=source,
            hint="Fix the lines named, or check the file against the format description "
            "in docs/import.md.",
        )
    return ImportedContent(quizzes=quizzes, info=CourseInfo(title=quizzes[0].title))
