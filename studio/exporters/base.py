"""What every exporter declares and returns.

An exporter module exposes ``SPEC = ExporterSpec(...)``: its name, file
extension, description, options dataclass and the export function
``export(course, media_dir, out_path, options, progress) -> ExportReport``.
The function never mutates the course and writes its package atomically.
Options are dataclasses whose fields carry ``metadata={"help": ...}`` so the CLI
and the export dialog can build their forms from them.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from studio.course_text import clean_model, illegal_text_places
from studio.jobs import Progress
from studio.model.course import Course
from studio.model.serialize import clone
from studio.options import choice_labels as choice_labels  # re-exported
from studio.options import option as option  # re-exported: exporters declare options with it
from studio.options import options_from
from studio.units import UPLOAD_LIMITS_MB, human_size

# Common LMS upload limits (bytes) the report warns about.
UPLOAD_LIMITS = tuple(mb * 1_000_000 for mb in UPLOAD_LIMITS_MB)



@dataclass
class ExportOptions:
    """Options every exporter understands."""

    embed_project: bool = option(
        True,
        "embed the course (as JSON, not the media twice) so Studio can re-open the package; "
        "turn off for licences that forbid derivatives",
        label="Let Studio re-open the package later (the course is embedded, not the media "
        "twice)",
    )
    keep_photo_metadata: bool = option(
        False,
        "keep the camera, author and GPS (location) data stored in photos; by default it is "
        "removed from every image in the package",
        cli="--keep-photo-metadata",
        label="Keep the camera, author and location data stored in photos",
    )


@dataclass
class ExportReport:
    path: Path
    format: str
    size: int = 0
    files: int = 0
    warnings: list[str] = field(default_factory=list)
    # What a target LMS will drop or change (e.g. question kinds outside a QTI profile).
    dropped: list[str] = field(default_factory=list)

    def size_warnings(self) -> list[str]:
        notes = []
        for limit in UPLOAD_LIMITS:
            if self.size > limit:
                notes.append(
                    f"the package is {human_size(self.size)}, over the "
                    f"{limit // 1_000_000} MB upload limit common in LMSs; consider "
                    "a lower video quality"
                )
                break
        return notes


ExportFunction = Callable[[Course, Path, Path, Any, Progress], ExportReport]


def _text_safe(export: ExportFunction) -> ExportFunction:
    """Exporters never see XML-illegal characters, even from a project saved before
    Studio removed them at input: such a course is exported from a cleaned copy."""
    if getattr(export, "text_safe", False):
        return export

    @functools.wraps(export)
    def run(course: Course, media_dir: Path, out: Path, options: Any,
            progress: Progress) -> ExportReport:  # fmt: skip
        if illegal_text_places(course):
            course = clone(course)
            clean_model(course, sanitize=False)
        return export(course, media_dir, out, options, progress)

    run.text_safe = True  # type: ignore[attr-defined]
    return run


@dataclass(frozen=True)
class ExporterSpec:
    name: str  # "scorm12", "cc11", "epub"...
    extension: str  # ".zip", ".imscc", ".epub"
    description: str
    options_type: type[ExportOptions]
    export: ExportFunction
    label: str = ""  # short human name, e.g. "SCORM 1.2"

    def __post_init__(self) -> None:
        object.__setattr__(self, "export", _text_safe(self.export))

    def default_options(self) -> Any:
        return self.options_type()

    def options_from(self, values: dict[str, Any]) -> Any:
        """Options from a dict of field values (unknown names are an error)."""
        return options_from(self.name, self.options_type, values)
