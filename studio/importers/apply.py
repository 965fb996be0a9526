"""Apply validated ``ImportedContent`` to a project as ONE undoable step.

Everything happens inside ``project.stack.transaction(...)``: if anything
fails (or the user cancels) the commands done so far are undone, the media
files this import added are deleted again, and the project is as it was.
"""

from __future__ import annotations

import contextlib
import dataclasses
from pathlib import Path
from typing import Any

from studio.commands import InsertItem, SetAttr, SetItem
from studio.course_text import clean_model
from studio.errors import StudioError
from studio.importers.content import ImportedContent
from studio.importers.report import ImportReport
from studio.jobs import Progress
from studio.media.media_blocks import register_media, stage_media
from studio.media_files import name_problem
from studio.model.assets import MediaAsset
from studio.model.blocks import QuizBlock
from studio.model.course import Course, Lesson, Module
from studio.model.ids import new_id
from studio.model.serialize import to_data
from studio.project import Project

COURSE_FIELDS_KEPT_BY_PROJECT = ("media",)


def _walk_ids(obj: Any, out: list[Any]) -> None:
    """Every model object with an ``id`` below ``obj`` (not media assets)."""
    if isinstance(obj, list):
        for item in obj:
            _walk_ids(item, out)
        return
    if isinstance(obj, dict):
        for item in obj.values():
            _walk_ids(item, out)
        return
    if not dataclasses.is_dataclass(obj) or isinstance(obj, MediaAsset | type):
        return
    if isinstance(getattr(obj, "id", None), str):
        out.append(obj)
    for f in dataclasses.fields(obj):
        if f.name != "id":
            _walk_ids(getattr(obj, f.name), out)


def fresh_ids_if_needed(course: Course, new_objects: list[Any]) -> None:
    """Give imported objects new ids when any of them already exists in ``course``."""
    existing: list[Any] = []
    _walk_ids(course.modules, existing)
    taken = {o.id for o in existing}
    incoming: list[Any] = []
    _walk_ids(new_objects, incoming)
    if not any(o.id in taken for o in incoming):
        return
    for o in incoming:
        prefix = o.id.split("-", 1)[0] if "-" in o.id else "id"
        o.id = new_id(prefix)


def _find_quiz(course: Course, block_id: str) -> QuizBlock:
    found = course.find_block(block_id)
    if found is None or not isinstance(found[1], QuizBlock):
        raise StudioError(
            f"no quiz block with id {block_id!r} in the project",
            hint="list the blocks with 'studio info PROJECT', or leave out --quiz to add a new quiz.",
        )
    return found[1]


def _media_files(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()} if folder.is_dir() else set()


def apply_content(
    project: Project,
    content: ImportedContent,
    report: ImportReport,
    *,
    label: str,
    progress: Progress,
    quiz_block_id: str | None = None,
    new_project: bool = False,
) -> None:
    course = project.course
    # Whatever the source held: no XML-illegal characters, rich text sanitized.
    clean_model(content)
    target_quiz = _find_quiz(course, quiz_block_id) if quiz_block_id else None
    if target_quiz is not None and content.course is not None:
        # Questions into an existing quiz: take the quizzes of a Studio package, not its course.
        content.quizzes = [block.quiz for _, _, block in content.course.quizzes()]
        content.course = None
        content.modules = []
        shown = " ".join(str(to_data(q)) for quiz in content.quizzes for q in quiz.questions)
        content.media.files = {k: v for k, v in content.media.files.items() if k in shown}
        content.assets = {k: v for k, v in content.assets.items() if k in shown}
    files_before = _media_files(project.media_dir)
    stack = project.stack
    try:
        with stack.transaction(label):
            remap = _import_media(project, content, report, progress.sub(0.0, 0.9))
            if remap:
                _remap_assets(content, remap)
            if content.course is not None:
                _apply_course(project, content, report, new_project)
            if content.quizzes:
                _apply_quizzes(project, content, report, target_quiz)
            if content.modules:
                fresh_ids_if_needed(course, content.modules)
                for module in content.modules:
                    stack.push(InsertItem(course.modules, None, module, "Add module"))
            if new_project and content.course is None:
                info = content.info
                for name in ("title", "description", "language", "authors", "keywords"):
                    value = getattr(info, name)
                    if value:
                        stack.push(SetAttr(course, name, value))
            progress.check()
    except BaseException:
        # The transaction undid every command; the copied files go too.
        for name in _media_files(project.media_dir) - files_before:
            with contextlib.suppress(OSError):
                (project.media_dir / name).unlink()
        raise
    _count(content, report)
    progress.update(1.0, "Imported")


def _import_media(
    project: Project, content: ImportedContent, report: ImportReport, progress: Progress
) -> dict[str, str]:
    """Copy each file in; returns old id -> new id for files whose bytes differ from the id."""
    course = project.course
    remap: dict[str, str] = {}
    failed: set[str] = set()
    files = sorted(content.media.files.items())
    for index, (asset_id, path) in enumerate(files):
        progress.update(index / max(1, len(files)), f"Copying {path.name}")
        try:
            # Probed before anything is copied: a broken file leaves nothing behind.
            known = content.assets.get(asset_id)
            ext = known.ext if known is not None and name_problem(asset_id, known) is None \
                and not path.suffix else None
            asset = stage_media(project, path, ext)
        except StudioError as exc:
            # One unreadable file does not sink the import: leave it out and say so.
            failed.add(asset_id)
            report.skipped(f"media {path.name}", f"cannot be imported ({exc.message})")
            continue
        if asset.id != asset_id:
            remap[asset_id] = asset.id
        if asset.id in course.media:
            continue  # the project has this file already: keep its record
        record = content.assets.get(asset_id)
        if record is not None:
            record = dataclasses.replace(record, id=asset.id, size=asset.size, ext=asset.ext)
        register_media(project, record or asset, f"Add {path.name}")
        report.media += 1
    if failed and content.course is None:
        _drop_media(content, failed)
    missing = set(content.assets) - (set(content.media.files) - failed)
    for asset_id in sorted(missing):
        asset = content.assets[asset_id]
        if name_problem(asset_id, asset) is not None:
            report.skipped(f"media {asset.filename}", "refused: its name points outside media/")
            continue
        report.skipped(f"media {asset.filename}", "the file is not in the package (left missing)")
        if asset_id not in course.media:
            project.stack.push(SetItem(course.media, asset_id, asset, f"Add {asset.filename}"))
    return remap


def _drop_media(content: ImportedContent, failed: set[str]) -> None:
    """Remove the blocks (and inline images/links) that use media which could not be imported."""
    import re

    def uses(block: Any) -> bool:
        return any(getattr(block, name, None) in failed for name in ("asset", "poster", "narration_audio"))

    for module in content.modules:
        for lesson in module.lessons:
            lesson.blocks = [b for b in lesson.blocks if not uses(b)]
            for block in lesson.blocks:
                for name in ("html", "prompt"):
                    value = getattr(block, name, None)
                    if isinstance(value, str) and "asset:" in value:
                        for asset_id in failed:
                            value = re.sub(rf'<img[^>]*src="asset:{asset_id}"[^>]*/?>', "", value)
                            value = value.replace(f' href="asset:{asset_id}"', "")
                        setattr(block, name, value)


def _remap_assets(content: ImportedContent, remap: dict[str, str]) -> None:
    """Point blocks at the ids of the files actually imported."""
    roots: list[Any] = [content.modules]
    if content.course is not None:
        roots.append(content.course.modules)

    def fix(obj: Any) -> None:
        if isinstance(obj, list):
            for item in obj:
                fix(item)
            return
        if not dataclasses.is_dataclass(obj) or isinstance(obj, type):
            return
        for f in dataclasses.fields(obj):
            value = getattr(obj, f.name)
            if isinstance(value, str):
                if f.name in ("asset", "poster", "narration_audio") and value in remap:
                    setattr(obj, f.name, remap[value])
                elif f.name in ("html", "prompt") and "asset:" in value:
                    for old, new in remap.items():
                        value = value.replace(f"asset:{old}", f"asset:{new}")
                    setattr(obj, f.name, value)
            else:
                fix(value)

    for root in roots:
        fix(root)


def _apply_course(project: Project, content: ImportedContent, report: ImportReport, new: bool) -> None:
    course = project.course
    incoming = content.course
    assert incoming is not None
    if new:
        for f in dataclasses.fields(Course):
            if f.name in COURSE_FIELDS_KEPT_BY_PROJECT:
                continue
            project.stack.push(SetAttr(course, f.name, getattr(incoming, f.name)))
        return
    fresh_ids_if_needed(course, incoming.modules)
    for module in incoming.modules:
        project.stack.push(InsertItem(course.modules, None, module, "Add module"))


def _apply_quizzes(
    project: Project, content: ImportedContent, report: ImportReport, target: QuizBlock | None
) -> None:
    stack = project.stack
    course = project.course
    if target is not None:
        questions = [q for quiz in content.quizzes for q in quiz.questions]
        fresh_ids_if_needed(course, questions)
        for question in questions:
            stack.push(InsertItem(target.quiz.questions, None, question, "Add question"))
        return
    lessons = [Lesson(title=quiz.title or "Quiz", blocks=[QuizBlock(quiz=quiz)]) for quiz in content.quizzes]
    fresh_ids_if_needed(course, lessons)
    for lesson in lessons:
        block = lesson.blocks[0]
        report.kept(f"quiz {lesson.title!r}", f"new quiz block {block.id} (add more with --quiz {block.id})")
    if course.modules and len(lessons) == 1:
        module = course.modules[-1]
        stack.push(InsertItem(module.lessons, None, lessons[0], "Add lesson"))
        return
    module = Module(title="Imported questions", lessons=lessons)
    stack.push(InsertItem(course.modules, None, module, "Add module"))


def _count(content: ImportedContent, report: ImportReport) -> None:
    modules = list(content.modules)
    if content.course is not None:
        modules += content.course.modules
    report.modules += len(modules)
    for module in modules:
        report.lessons += len(module.lessons)
        for lesson in module.lessons:
            report.blocks += len(lesson.blocks)
            for block in lesson.blocks:
                if isinstance(block, QuizBlock):
                    report.questions += len(block.quiz.questions)
    report.questions += sum(len(q.questions) for q in content.quizzes)
