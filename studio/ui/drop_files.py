"""Files dropped from the desktop onto the outline or the window.

They are added the way the menus add them: a video or an audio file becomes a
lesson, an image an image block, a PDF or office document an attachment, a
PowerPoint deck a module of narrated slides, a question file (GIFT, Aiken, quiz
text, CSV, QTI) a quiz and a package (Studio, SCORM, Common Cartridge, EPUB) its
content. Everything is read on a job first (copied, probed, parsed); then, on the
GUI thread, all the files go in as ONE undo step. If any file cannot be used, a
message names it and says why, and the course does not change.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from studio import course_ops
from studio.errors import StudioError
from studio.model import AttachmentBlock, AudioBlock, ImageBlock, VideoBlock
from studio.ui import dialogs
from studio.ui.qt import QMimeData, tr

if TYPE_CHECKING:
    from studio.ui.jobs import Job
    from studio.ui.main_window import MainWindow

# Files kept as attachments (learners download them) when no importer claims them.
ATTACHMENT_EXTENSIONS = frozenset({
    ".pdf", ".doc", ".docx", ".odt", ".rtf", ".xls", ".xlsx", ".ods", ".ppt", ".odp",
    ".zip", ".txt", ".md", ".csv", ".py", ".ipynb", ".ggb",
})


def local_paths(mime: QMimeData) -> list[Path]:
    """The local files of a drag (URLs that are not files are ignored)."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


@dataclass
class Staged:
    """One dropped file, read and ready to add (prepared on the job)."""

    path: Path
    kind: str  # video | audio | image | attachment | pptx | content
    asset: Any = None
    prepared: Any = None  # PreparedPptx, or (content, report) for packages and questions
    workdir: Path | None = None


@dataclass
class DropResult:
    staged: list[Staged] = field(default_factory=list)


def media_kind(path: Path) -> str | None:
    from studio.media.probe import guess_mime

    mime = guess_mime(path)
    for kind in ("video", "audio", "image"):
        if mime.startswith(kind + "/"):
            return kind
    return None


def _stage_one(project: Any, path: Path, progress: Any) -> Staged:
    """Read one file off the GUI thread; StudioError naming the file if it is unusable."""
    from studio.importers.detect import detect_format

    if path.is_dir() and not path.name.endswith(".studio"):
        raise StudioError("folders cannot be dropped in", path=path,
                          hint="drop the files inside it, or a package (.zip, .imscc, .epub).")
    suffix = path.suffix.lower()
    kind = media_kind(path)
    if kind is not None:
        from studio.media.media_blocks import stage_media

        return Staged(path, kind, asset=stage_media(project, path))
    if suffix == ".pptx":
        from studio.media.pptx_import import prepare_pptx_import

        return Staged(path, "pptx", prepared=prepare_pptx_import(project, path, progress))
    try:
        fmt = detect_format(path)
    except StudioError:
        if suffix in ATTACHMENT_EXTENSIONS:
            from studio.media.media_blocks import stage_media

            return Staged(path, "attachment", asset=stage_media(project, path))
        raise
    from studio.importers.read import read_source
    from studio.importers.registry import label
    from studio.importers.report import ImportReport
    from studio.importers.safe_archive import safe_temp_dir

    report = ImportReport(source=path.name, format=label(fmt))
    workdir = safe_temp_dir()
    try:
        content = read_source(path, fmt, workdir, report, progress)
    except BaseException:
        shutil.rmtree(workdir, ignore_errors=True)
        raise
    return Staged(path, "content", prepared=(content, report), workdir=workdir)


def stage_files(project: Any, paths: list[Path], progress: Any) -> DropResult:
    """The job: every file read, or the first unusable one reported (nothing added)."""
    result = DropResult()
    try:
        for n, path in enumerate(paths):
            progress.update(n / max(1, len(paths)), tr("Reading {name}").format(name=path.name))
            try:
                result.staged.append(
                    _stage_one(project, path, progress.sub(n / len(paths), (n + 1) / len(paths)))
                )
            except StudioError as exc:
                if exc.path is None:
                    exc.path = str(path)
                raise
    except BaseException:
        cleanup(result)
        raise
    return result


def cleanup(result: DropResult) -> None:
    for staged in result.staged:
        if staged.workdir is not None:
            shutil.rmtree(staged.workdir, ignore_errors=True)


class DropHandler:
    """Turns a drop on the window or the outline into one job and one undo step."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def drop(self, paths: list[Path], at: Any = None, *, new_course: bool = False) -> Job | None:
        """Add ``paths`` at the outline item ``at`` (None: the current selection).

        ``new_course``: the course was just made for these files; a package's title,
        language and authors become the course's, and the course is saved after."""
        window = self.window
        project = window.project
        if project is None or not paths:
            return None

        def done(result: DropResult) -> None:
            try:
                if window.project is project and self.apply(result, at, new_course) and new_course:
                    window.save()
            finally:
                cleanup(result)

        def failed(message: str) -> None:
            dialogs.show_error(window, tr("Cannot add the dropped files"), message)

        title = (tr("Adding {name}").format(name=paths[0].name) if len(paths) == 1
                 else tr("Adding {n} files").format(n=len(paths)))
        return window.runner.submit(title, stage_files, project, paths, on_done=done,
                                    on_error=failed)

    def apply(self, result: DropResult, at: Any, new_course: bool = False) -> bool:
        """Add every staged file as one undo step (GUI thread); False if it failed."""
        from studio.importers.apply import apply_content
        from studio.jobs import null_progress
        from studio.media.media_blocks import register_media
        from studio.media.pptx_import import apply_pptx_import

        window = self.window
        project = window.project
        assert project is not None
        actions = window.outline.actions_
        names = ", ".join(s.path.name for s in result.staged)
        label = (tr("Add {name}").format(name=names) if len(result.staged) == 1
                 else tr("Add {n} files").format(n=len(result.staged)))
        last: Any = None
        try:
            with project.stack.transaction(label):
                for staged in result.staged:
                    if staged.kind in ("video", "audio"):
                        asset = register_media(project, staged.asset)
                        module, index = actions._target_module(last or at)
                        lesson = course_ops.add_lesson(project.stack, module,
                                                       staged.path.stem, index)
                        block_type = VideoBlock if staged.kind == "video" else AudioBlock
                        course_ops.add_block(project.stack, lesson,
                                             block_type(asset=asset.id, title=staged.path.stem))
                        last = lesson
                    elif staged.kind in ("image", "attachment"):
                        asset = register_media(project, staged.asset)
                        lesson, index = actions.target_lesson(last or at)
                        block: Any = (ImageBlock(asset=asset.id, alt="")
                                      if staged.kind == "image"
                                      else AttachmentBlock(asset=asset.id, title=staged.path.name))
                        course_ops.add_block(project.stack, lesson, block, index)
                        last = block
                    elif staged.kind == "pptx":
                        apply_pptx_import(project, staged.prepared)
                    else:
                        content, report = staged.prepared
                        apply_content(project, content, report, label=f"Import {staged.path.name}",
                                      progress=null_progress(), new_project=new_course)
        except StudioError as exc:
            dialogs.show_error(window, tr("Cannot add the dropped files"), exc)
            return False
        if last is not None:
            window.outline.select(last.id)
        window.status(tr("Added {names}").format(names=names))
        return True
