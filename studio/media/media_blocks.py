"""Media blocks in a project: stage files off the GUI thread, add blocks through commands.

``stage_media`` copies a file into ``media/`` under its hash and describes it
without touching the course (safe on a worker thread); ``add_video_block`` and
``set_slide_narration`` then register it and change the lesson in one undo step.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from studio.commands import InsertItem, SetAttr, SetItem
from studio.errors import MediaError, ProjectError
from studio.fsutil import copy_hashing, default_file_mode
from studio.model import AudioBlock, ImageBlock, Lesson, MediaAsset, VideoBlock
from studio.project import Project
from studio.project_file import write_failure


def stage_media(project: Project, path: Path, ext: str | None = None) -> MediaAsset:
    """Copy ``path`` into ``media/`` under its hash and describe it, WITHOUT registering it.

    The one way a file enters a project. The original is probed first, so a broken
    file is reported by its own name and never copied in; then it is copied and hashed
    in one pass and renamed to ``<sha256><ext>`` (same file, same asset, never
    rewritten). Safe on a worker thread: it never touches the course. Register the
    asset on the GUI thread through a command (``add_media``, ``add_video_block``).
    """
    from studio.media.probe import probe_media

    src = Path(path)
    if not src.is_file():
        raise MediaError("file not found", path=src, hint="check the path and the file name.")
    if project.read_only:
        raise ProjectError("the project was opened read-only", path=project.folder,
                           hint="open it normally to change it.")
    info = probe_media(src)
    # A package may store a file without its extension (a Moodle backup stores files by
    # hash): the importer passes the extension the course recorded.
    ext = src.suffix.lower() if ext is None else ext
    try:
        project.media_dir.mkdir(exist_ok=True)
        digest, tmp = copy_hashing(src, project.media_dir)
    except OSError as exc:
        raise write_failure(project.media_dir / src.name, exc) from exc
    final = project.media_dir / f"{digest}{ext}"
    try:
        if final.exists() and not final.is_symlink():
            os.unlink(tmp)
        else:
            os.chmod(tmp, default_file_mode())
            os.replace(tmp, final)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise write_failure(final, exc) from exc
    return MediaAsset(
        id=digest, filename=src.name, mime=info.mime, size=final.stat().st_size, ext=ext,
        duration=info.duration, width=info.width, height=info.height,
    )  # fmt: skip


def add_media(project: Project, path: Path, description: str = "") -> MediaAsset:
    """Stage ``path`` and register it through a command (one undo step); GUI thread.

    Returns the registered asset: the existing one when the course knows the file.
    """
    return register_media(project, stage_media(project, path), description)


def register_media(project: Project, asset: MediaAsset, description: str = "") -> MediaAsset:
    """Register a staged asset through a command unless the course knows it already."""
    known = project.course.media.get(asset.id)
    if known is not None:
        return known
    project.stack.push(
        SetItem(project.course.media, asset.id, asset, description or f"Add {asset.filename}")
    )
    return asset


def add_video_block(
    project: Project,
    lesson: Lesson,
    block: VideoBlock | AudioBlock,
    asset: MediaAsset | None,
    description: str,
    index: int | None = None,
) -> None:
    """Register the asset (if new) and insert the block: one undo step (GUI thread)."""
    with project.stack.transaction(description):
        if asset is not None and asset.id not in project.course.media:
            project.stack.push(SetItem(project.course.media, asset.id, asset))
        project.stack.push(InsertItem(lesson.blocks, index, block, f"Add {block.KIND} block"))


def set_slide_narration(project: Project, block_id: str, audio_file: Path) -> MediaAsset:
    """Attach a recorded (or chosen) narration to a slide, undoably."""
    found = project.course.find_block(block_id)
    if found is None or not isinstance(found[1], ImageBlock):
        raise MediaError(f"no slide (image block) with id {block_id!r}", path=project.folder)
    from studio.media.compose import _audio_duration

    _audio_duration(Path(audio_file))  # refuse files without sound before copying
    asset = stage_media(project, Path(audio_file))
    with project.stack.transaction("Set slide narration"):
        if asset.id not in project.course.media:
            project.stack.push(SetItem(project.course.media, asset.id, asset))
        project.stack.push(SetAttr(found[1], "narration_audio", asset.id, "Set narration"))
    return asset
