"""SCORM 2004 4th Edition export: completion and success tracked separately, 64 KB resume data."""

from __future__ import annotations

from pathlib import Path

from studio.exporters.base import ExporterSpec, ExportReport
from studio.exporters.scorm.package import ScormOptions, export_scorm
from studio.jobs import Progress
from studio.model import Course


def export(
    course: Course, media_dir: Path, out_path: Path, options: ScormOptions, progress: Progress
) -> ExportReport:
    return export_scorm("scorm2004", course, media_dir, out_path, options, progress)


SPEC = ExporterSpec(
    name="scorm2004",
    extension=".zip",
    description="SCORM 2004 4th Edition package (SCORM Cloud, Canvas SCORM app, Moodle "
    "(partial), Blackboard, Brightspace)",
    options_type=ScormOptions,
    export=export,
    label="SCORM 2004 4th Ed.",
)
