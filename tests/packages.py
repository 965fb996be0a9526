"""Exporting a test project to a package: the one helper every package test uses."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.exporters import EXPORTERS, get_exporter
from studio.jobs import null_progress
from studio.project import Project


def export_package(project: Project, fmt: str, out: Path, **options: object) -> Path:
    """Export ``project`` as ``fmt`` to ``out`` (a file, or a folder for ``course-FMT.ext``)."""
    if fmt not in EXPORTERS:
        pytest.fail(f"EXPORTER {fmt!r} IS ABSENT")
    spec = get_exporter(fmt)
    if out.is_dir():
        out = out / f"course-{fmt}{spec.extension}"
    opts = spec.options_from(options) if options else spec.default_options()
    report = spec.export(project.course, project.media_dir, out, opts, null_progress())
    assert report.path == out and report.size == out.stat().st_size
    return out
