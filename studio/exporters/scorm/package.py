"""The SCORM export shared by 1.2 and 2004: render, plan the manifest, zip atomically."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from studio.errors import ExportError
from studio.exporters.base import ExportOptions, ExportReport, option
from studio.exporters.embed import EMBED_PATH, embedded_project
from studio.exporters.package import PackageWriter
from studio.exporters.render import RenderOptions, render_site
from studio.exporters.render.quiz_data import scorable_points
from studio.exporters.render.tracking import SCORM12_SUSPEND_LIMIT, SCORM2004_SUSPEND_LIMIT
from studio.exporters.scorm.manifest import (
    ManifestPlan,
    ScoItem,
    manifest_scorm12,
    manifest_scorm2004,
    ncname,
)
from studio.jobs import Progress
from studio.model import Course, Lesson, QuizBlock

Standard = Literal["scorm12", "scorm2004"]


@dataclass
class ScormOptions(ExportOptions):
    sco_per_lesson: bool = option(
        False,
        "one SCO per lesson (the LMS shows the lessons and tracks each); by default the whole "
        "course is one SCO and the player navigates and bookmarks",
        label="Track each lesson on its own in the LMS (one SCO per lesson)",
        cli="--sco-per-lesson",
    )


def has_scored_quiz(lessons: list[Lesson]) -> bool:
    return any(
        isinstance(b, QuizBlock) and scorable_points(b.quiz) > 0
        for lesson in lessons
        for b in lesson.blocks
    )


def check_course(course: Course) -> None:
    if not any(True for _ in course.lessons()):
        raise ExportError(
            "the course has no lessons to export",
            hint="add at least one lesson (with a module) before exporting.",
        )


def quiz_warnings(course: Course) -> list[str]:
    notes = []
    passing = course.tracking.passing_score
    for _, lesson, block in course.quizzes():
        if block.quiz.passing_score != passing:
            notes.append(
                f"quiz {block.quiz.title!r} in {lesson.title!r} passes at "
                f"{block.quiz.passing_score:g} %, but the course reports pass/fail to the LMS at "
                f"{passing:g} % (Course settings > Tracking)"
            )
    return notes


def export_scorm(
    standard: Standard,
    course: Course,
    media_dir: Path,
    out_path: Path,
    options: ScormOptions,
    progress: Progress,
) -> ExportReport:
    """Write a SCORM package of ``course`` to ``out_path`` (atomically)."""
    check_course(course)
    limit = SCORM12_SUSPEND_LIMIT if standard == "scorm12" else SCORM2004_SUSPEND_LIMIT
    per_lesson = options.sco_per_lesson
    render_opts = RenderOptions(
        target=standard,
        runtime=True,
        single_page=not per_lesson,
        nav=not per_lesson,
        pager=not per_lesson,
        suspend_limit=limit,
    )
    site = render_site(course, media_dir, render_opts, progress.sub(0.0, 0.1))
    writer = PackageWriter(Path(out_path), keep_photo_metadata=options.keep_photo_metadata)
    for name, content in sorted(site.files.items()):
        if isinstance(content, Path):
            writer.add_file(name, content)
        else:
            writer.add_bytes(name, content)
    if options.embed_project:
        writer.add_bytes(EMBED_PATH, embedded_project(course, site.media_map))
    all_files = sorted(writer.names)
    passing = course.tracking.passing_score
    lessons = [lesson for _, lesson in course.lessons()]
    if per_lesson:
        pages = set(site.lesson_pages.values())
        items = [
            ScoItem(
                identifier=ncname(lesson.id),
                title=lesson.title,
                href=site.lesson_pages[lesson.id],
                files=[site.lesson_pages[lesson.id]],
                passing=passing if has_scored_quiz([lesson]) else None,
                dependencies=["RES-SHARED"],
            )
            for lesson in lessons
        ]
        plan = ManifestPlan(course, items, shared_files=[f for f in all_files if f not in pages])
    else:
        item = ScoItem(
            identifier="COURSE",
            title=course.title,
            href=site.index,
            files=all_files,
            passing=passing if has_scored_quiz(lessons) else None,
        )
        plan = ManifestPlan(course, [item])
    manifest = manifest_scorm12(plan) if standard == "scorm12" else manifest_scorm2004(plan)
    writer.add_bytes("imsmanifest.xml", manifest)
    size = writer.write(progress.sub(0.1, 1.0))
    report = ExportReport(path=Path(out_path), format=standard, size=size, files=len(writer.names))
    report.warnings.extend(site.warnings)
    report.warnings.extend(quiz_warnings(course))
    report.warnings.extend(report.size_warnings())
    progress.update(1.0, "Exported")
    return report
