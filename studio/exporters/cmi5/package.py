"""cmi5 export: the SCORM learner player (which speaks cmi5 when launched so) + ``cmi5.xml``.

One AU for the whole course (the player navigates and bookmarks), or one per lesson
grouped in a block per module. moveOn comes from the course's completion rule and
masteryScore from its passing score; the player reads both back from LMS.LaunchData.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from studio.errors import ExportError
from studio.exporters.base import ExporterSpec, ExportOptions, ExportReport, option
from studio.exporters.cmi5.structure import (
    FILE_NAME,
    MOVE_ON_VALUES,
    AssignableUnit,
    Block,
    MoveOn,
    course_structure,
    iri,
    mastery_text,
    move_on_for,
)
from studio.exporters.embed import EMBED_PATH, embedded_project
from studio.exporters.package import PackageWriter
from studio.exporters.presets import cmi5_summary
from studio.exporters.render import RenderOptions, render_site
from studio.exporters.render.tracking import SCORM2004_SUSPEND_LIMIT
from studio.exporters.scorm.package import check_course, has_scored_quiz, quiz_warnings
from studio.jobs import Progress
from studio.model import Course, Lesson


@dataclass
class Cmi5Options(ExportOptions):
    au_per_lesson: bool = option(
        False,
        "one assignable unit (AU) per lesson, grouped in a block per module; by default the "
        "whole course is one AU and the player navigates and bookmarks",
        cli="--au-per-lesson",
    )
    move_on: str = option(
        "auto",
        "what satisfies each AU in the LMS: 'auto' follows the course's completion rule "
        "(Completed, or CompletedAndPassed / Passed when the AU has a scored quiz); or one of "
        + ", ".join(MOVE_ON_VALUES),
        choices=("auto", *MOVE_ON_VALUES),
    )


def _au(course: Course, lessons: list[Lesson], au_id: str, title: str, description: str,
        url: str, options: Cmi5Options) -> AssignableUnit:  # fmt: skip
    scored = has_scored_quiz(lessons)
    move_on: MoveOn = (
        move_on_for(course.tracking.completion, scored)
        if options.move_on == "auto"
        else options.move_on  # type: ignore[assignment]  # checked against MOVE_ON_VALUES
    )
    mastery = mastery_text(course.tracking.passing_score) if scored else None
    return AssignableUnit(au_id, title, description, url, move_on, mastery)


def _check_options(options: Cmi5Options) -> None:
    if options.move_on != "auto" and options.move_on not in MOVE_ON_VALUES:
        raise ExportError(
            f"unknown moveOn value {options.move_on!r}",
            hint=f"use auto or one of {', '.join(MOVE_ON_VALUES)}.",
        )


def export(
    course: Course, media_dir: Path, out_path: Path, options: Cmi5Options, progress: Progress
) -> ExportReport:
    """Write a cmi5 course package of ``course`` to ``out_path`` (atomically)."""
    check_course(course)
    _check_options(options)
    per_lesson = options.au_per_lesson
    render_opts = RenderOptions(
        target="cmi5",
        runtime=True,
        single_page=not per_lesson,
        nav=not per_lesson,
        pager=not per_lesson,
        suspend_limit=SCORM2004_SUSPEND_LIMIT,
    )
    site = render_site(course, media_dir, render_opts, progress.sub(0.0, 0.1))
    writer = PackageWriter(Path(out_path))
    for name, content in sorted(site.files.items()):
        if isinstance(content, Path):
            writer.add_file(name, content)
        else:
            writer.add_bytes(name, content)
    if options.embed_project:
        writer.add_bytes(EMBED_PATH, embedded_project(course, site.media_map))
    items: list[AssignableUnit | Block] = []
    if per_lesson:
        for module in course.modules:
            if not module.lessons:
                continue
            block = Block(iri(course.id, module.id), module.title, module.title)
            for lesson in module.lessons:
                block.aus.append(
                    _au(course, [lesson], iri(course.id, lesson.id), lesson.title,
                        f"{module.title}: {lesson.title}", site.lesson_pages[lesson.id], options)
                )  # fmt: skip
            items.append(block)
    else:
        lessons = [lesson for _, lesson in course.lessons()]
        description = course.description or course.title
        items.append(
            _au(course, lessons, iri(course.id, "course"), course.title, description,
                site.index, options)
        )  # fmt: skip
    writer.add_bytes(FILE_NAME, course_structure(course, items))
    size = writer.write(progress.sub(0.1, 1.0))
    report = ExportReport(path=Path(out_path), format="cmi5", size=size, files=len(writer.names))
    report.warnings.extend(site.warnings)
    report.warnings.extend(quiz_warnings(course))
    report.warnings.extend(report.size_warnings())
    progress.update(1.0, "Exported")
    return report


SPEC = ExporterSpec(
    name="cmi5",
    extension=".zip",
    description="cmi5 course package: xAPI statements to the LMS's Learning Record Store "
    f"(every answer, pages and video chapters watched). Taken by: {cmi5_summary()}",
    options_type=Cmi5Options,
    export=export,
    label="cmi5 (xAPI)",
)
