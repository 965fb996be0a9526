"""Scratch folders that never outlive their process for long.

Every scratch folder is named ``studio-<kind>-<pid>-<random>`` in the system's
temporary folder. A process killed mid-work (SIGKILL, a power cut) cannot clean up,
so the next Studio start removes the folders of processes that no longer run.
SIGTERM is turned into a normal exit by the command line, so ``with`` blocks clean up.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

_NAME = re.compile(r"studio-[a-z0-9]+-(\d+)-")


def make_work_dir(kind: str) -> Path:
    """A new scratch folder for this process; the caller removes it."""
    return Path(tempfile.mkdtemp(prefix=f"studio-{kind}-{os.getpid()}-"))


@contextlib.contextmanager
def work_dir(kind: str) -> Iterator[Path]:
    """A scratch folder removed when the block ends (however it ends)."""
    folder = make_work_dir(kind)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    from studio.project_lock import _pid_alive

    return _pid_alive(pid)


def clean_leftovers(root: Path | None = None) -> int:
    """Remove scratch folders of Studio processes that died; returns how many."""
    root = Path(root or tempfile.gettempdir())
    removed = 0
    try:
        entries = list(os.scandir(root))
    except OSError:
        return 0
    for entry in entries:
        match = _NAME.match(entry.name)
        if match is None or not entry.is_dir(follow_symlinks=False):
            continue
        pid = int(match.group(1))
        if pid != os.getpid() and not _alive(pid):
            shutil.rmtree(entry.path, ignore_errors=True)
            removed += 1
    return removed


def clean_project_leftovers(media_dir: Path) -> None:
    """Half-copied media of an import that was killed (only the lock holder calls this)."""
    for tmp in media_dir.glob(".import-*.tmp"):
        with contextlib.suppress(OSError):
            tmp.unlink()
