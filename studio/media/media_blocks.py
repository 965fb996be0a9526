"""Media blocks in a project: stage files off the GUI thread, add blocks through commands.

``stage_media`` copies a file into ``media/`` under its hash and describes it
without touching the course (safe on a worker thread); ``add_video_block`` and
``set_slide_narration`` then register it and change the lesson in one undo step.
"""

from __future__ import annotations

from pathlib import Path

from studio.commands import InsertItem, SetAttr, SetItem
from studio.errors import MediaError
from studio.model import AudioBlock, ImageBlock, Lesson, MediaAsset, VideoBlock
from studio.project import Project


def stage_media(project: Project, path: Path) -> MediaAsset:
    """Copy ``path`` into ``media/`` under its hash and describe it, WITHOUT registering it.

    Safe on a worker thread (it never touches the course); register the asset on the
    GUI thread through a command (``add_video_block`` does). Same file, same asset.
    """
    from studio.fsutil import copy_atomic, sha256_file
    from studio.media.probe import probe_media

    src = Path(path)
    digest = sha256_file(src)
    ext = src.suffix.lower()
    final = project.media_dir / f"{digest}{ext}"
    if not final.exists():
        project.media_dir.mkdir(exist_ok=True)
        copy_atomic(src, final)
    info = probe_media(final)
    return MediaAsset(
        id=digest, filename=src.name, mime=info.mime, size=final.stat().st_size, ext=ext,
        duration=info.duration, width=info.width, height=info.height,
    )  # fmt: skip


def _import_detached(project: Project, path: Path) -> tuple[MediaAsset, bool]:
    """Stage ``path``; (asset, True) when the course does not know it yet (the UI uses it)."""
    asset = stage_media(project, path)
    known = project.course.media.get(asset.id)
    return (known, False) if known is not None else (asset, True)


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
