"""SCORM 1.2 export: one SCO for the course (or one per lesson), tracked by the player."""

from __future__ import annotations

from pathlib import Path

from studio.exporters.base import ExporterSpec, ExportReport
from studio.exporters.scorm.package import ScormOptions, export_scorm
from studio.jobs import Progress
from studio.model import Course


def export(
    course: Course, media_dir: Path, out_path: Path, options: ScormOptions, progress: Progress
) -> ExportReport:
    return export_scorm("scorm12", course, media_dir, out_path, options, progress)


SPEC = ExporterSpec(
    name="scorm12",
    extension=".zip",
    description="SCORM 1.2 package (Moodle, Chamilo, Canvas SCORM app, Blackboard, Brightspace, "
    "Open edX SCORM XBlock)",
    options_type=ScormOptions,
    export=export,
    label="SCORM 1.2",
)
