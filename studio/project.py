"""A project: a ``NAME.studio/`` folder holding ``project.json`` and ``media/``.

Opening takes a lock (one writer per project), reads and migrates the file,
and notices an autosave left by a crash. Saving is atomic and keeps the
previous version. Imported media are copied in under their sha256 and never
rewritten. See ``project_file.py`` for the file format.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from studio.commands import CommandStack
from studio.course_text import clean_text
from studio.errors import MediaError, ProjectError
from studio.fsutil import atomic_write_bytes
from studio.media_files import file_problem, media_file
from studio.model.assets import MediaAsset
from studio.model.course import Course
from studio.project_file import (
    BACKUP_FILE,
    PROJECT_FILE,
    decode_project,
    encode_project,
    read_project_file,
    write_failure,
    write_project_file,
)
from studio.project_lock import ProjectLock
from studio.tempfiles import clean_project_leftovers

AUTOSAVE_FILE = ".autosave.json"
MEDIA_DIR = "media"
PROJECT_SUFFIX = ".studio"


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


@dataclass
class Recovery:
    """Unsaved work found at open time (an autosave newer than the last save)."""

    path: Path
    saved_at: float


def _links_and_specials(folder: str, names: list[str]) -> set[str]:
    """``copytree`` ignore hook: everything in media/ that is not a regular file or folder."""
    base = Path(folder)
    return {n for n in names if (base / n).is_symlink() or not (base / n).is_file() and not (base / n).is_dir()}


def is_project_folder(path: str | Path) -> bool:
    """A Studio project folder (``NAME.studio/`` or any folder holding ``project.json``)."""
    p = Path(path)
    return p.is_dir() and ((p / PROJECT_FILE).is_file() or p.suffix == PROJECT_SUFFIX)


def normalize_project_path(path: str | Path) -> Path:
    """``course`` -> ``course.studio``; a path to ``project.json`` -> its folder."""
    p = Path(path)
    if p.name == PROJECT_FILE:
        p = p.parent
    if p.suffix != PROJECT_SUFFIX:
        p = p.with_name(p.name + PROJECT_SUFFIX)
    return p


class Project:
    """An open project. Use as a context manager or call ``close()``."""

    def __init__(self, folder: Path, course: Course, lock: ProjectLock | None) -> None:
        self.folder = folder
        self.course = course
        self.stack = CommandStack()
        self._lock = lock
        self.recovery: Recovery | None = None
        # Set when opened from a backup because project.json was damaged:
        # the damaged file is moved aside (not overwritten) at the first save.
        self._damaged_main = False

    # -- creation and opening ----------------------------------------------
    @classmethod
    def create(
        cls, path: str | Path, *, title: str, language: str = "en", lock: bool = True
    ) -> Project:
        folder = normalize_project_path(path)
        if (folder / PROJECT_FILE).exists():
            raise ProjectError(
                "a project already exists here",
                path=folder,
                hint="open it with 'studio open', or choose another name.",
            )
        try:
            (folder / MEDIA_DIR).mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise write_failure(folder, exc) from exc
        stamp = now_iso()
        course = Course(title=clean_text(title), language=clean_text(language), created=stamp,
                        modified=stamp)
        project = cls(folder, course, ProjectLock(folder) if lock else None)
        if project._lock:
            project._lock.acquire()
        project.save()
        return project

    @classmethod
    def open(
        cls, path: str | Path, *, read_only: bool = False, from_backup: bool = False
    ) -> Project:
        """Open a project; ``read_only`` takes no lock and refuses to save."""
        folder = normalize_project_path(path)
        if not folder.is_dir():
            raise ProjectError(
                "no project folder here",
                path=folder,
                hint="check the path; create a project with 'studio new PATH --title T'.",
            )
        lock = None if read_only else ProjectLock(folder)
        if lock:
            lock.acquire()
        try:
            source = folder / (BACKUP_FILE if from_backup else PROJECT_FILE)
            course = read_project_file(source, backup_dir=folder)
        except BaseException:
            if lock:
                lock.release()
            raise
        project = cls(folder, course, lock)
        project.read_only = read_only
        if lock is not None:  # the only writer: a killed import's half copies can go
            clean_project_leftovers(project.media_dir)
        if from_backup:
            project._damaged_main = True
            project.stack.mark_dirty()
        project._check_autosave()
        return project

    read_only = False

    def _check_autosave(self) -> None:
        autosave = self.folder / AUTOSAVE_FILE
        main = self.folder / PROJECT_FILE
        if not autosave.exists():
            return
        saved_main = main.stat().st_mtime if main.exists() else 0.0
        saved_auto = autosave.stat().st_mtime
        if saved_auto >= saved_main:
            self.recovery = Recovery(autosave, saved_auto)

    # -- paths ---------------------------------------------------------------
    @property
    def media_dir(self) -> Path:
        return self.folder / MEDIA_DIR

    @property
    def name(self) -> str:
        return self.folder.name.removesuffix(PROJECT_SUFFIX)

    def media_path(self, asset_id: str) -> Path:
        asset = self.course.media.get(asset_id)
        if asset is None:
            raise MediaError(
                f"the course refers to media {asset_id!r}, which is not in the project",
                path=self.folder / PROJECT_FILE,
                hint="remove the block that uses it, or add the file again.",
            )
        return media_file(self.media_dir, asset)

    def shown_media(self, asset_id: str | None) -> Path | None:
        """The file to show for an asset in the window, or None (unregistered, missing,
        or not trusted: see ``media_files``). Never raises: editors call it on refresh."""
        asset = self.course.media.get(asset_id) if asset_id else None
        if asset is None or file_problem(self.media_dir, asset) is not None:
            return None
        return self.media_dir / asset.stored_name

    def missing_media(self) -> list[MediaAsset]:
        """Assets the course uses whose files are gone from ``media/``."""
        used = referenced_assets(self.course)
        return [
            asset
            for asset_id, asset in sorted(self.course.media.items())
            if asset_id in used and not (self.media_dir / asset.stored_name).is_file()
        ]

    # -- saving ----------------------------------------------------------------
    def _refuse_if_read_only(self) -> None:
        if self.read_only:
            raise ProjectError(
                "the project was opened read-only",
                path=self.folder,
                hint="open it normally to change it.",
            )

    def save(self) -> None:
        self._refuse_if_read_only()
        self.course.modified = now_iso()
        payload = encode_project(self.course)
        if self._damaged_main:
            main = self.folder / PROJECT_FILE
            if main.exists():
                stamp = time.strftime("%Y%m%d-%H%M%S")
                try:
                    main.replace(self.folder / f"project.json.damaged-{stamp}")
                except OSError as exc:
                    raise write_failure(main, exc) from exc
            self._damaged_main = False
        write_project_file(self.folder, payload)
        self.stack.checkpoint()
        self.discard_autosave()

    def autosave(self) -> bool:
        """Write the unsaved state to the autosave file; True if something was written."""
        if self.read_only or not self.stack.dirty:
            return False
        try:
            atomic_write_bytes(self.folder / AUTOSAVE_FILE, encode_project(self.course))
        except OSError:
            return False  # autosave is best effort; the next manual save reports errors
        return True

    def discard_autosave(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            (self.folder / AUTOSAVE_FILE).unlink()
        self.recovery = None

    def recover(self) -> None:
        """Replace the course with the autosaved one (unsaved, so the title shows '*')."""
        if self.recovery is None:
            return
        raw = self.recovery.path.read_bytes()
        self.course = decode_project(raw, self.recovery.path)
        self.stack.clear()
        self.stack.mark_dirty()
        self.recovery = None

    def save_as(self, path: str | Path) -> Project:
        """Copy the project (with its media) to a new folder and return it opened."""
        target = normalize_project_path(path)
        if target.exists():
            raise ProjectError(
                "a file or folder already exists there", path=target, hint="choose another name."
            )
        staging = Path(tempfile.mkdtemp(prefix=".saving-", dir=target.parent))
        try:
            # Links are not followed: a link in media/ must not pull an outside file in.
            shutil.copytree(self.media_dir, staging / MEDIA_DIR, ignore=_links_and_specials)
            atomic_write_bytes(staging / PROJECT_FILE, encode_project(self.course))
            staging.rename(target)
        except OSError as exc:
            shutil.rmtree(staging, ignore_errors=True)
            raise write_failure(target, exc) from exc
        return Project.open(target)

    # -- closing ---------------------------------------------------------------
    def close(self) -> None:
        if self._lock:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Project:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def referenced_assets(course: Course) -> set[str]:
    """Ids of every media asset a block uses (media, posters, narration, inline images)."""
    from studio.model.blocks import (
        AttachmentBlock,
        AudioBlock,
        DiscussionBlock,
        ImageBlock,
        TextBlock,
        VideoBlock,
    )

    used: set[str] = set()
    for _, _, block in course.blocks():
        if isinstance(block, VideoBlock | AudioBlock | AttachmentBlock) and block.asset:
            used.add(block.asset)
        if isinstance(block, VideoBlock) and block.poster:
            used.add(block.poster)
        if isinstance(block, ImageBlock):
            if block.asset:
                used.add(block.asset)
            if block.narration_audio:
                used.add(block.narration_audio)
        if isinstance(block, TextBlock | DiscussionBlock):
            html = block.html if isinstance(block, TextBlock) else block.prompt
            used.update(_inline_assets(html))
    return used


def _inline_assets(html: str) -> set[str]:
    import re

    return set(re.findall(r'asset:([0-9a-f]{64})', html))
