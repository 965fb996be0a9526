"""Atomic file writes and hashing.

Every file Studio writes goes through here: a temporary file in the same
folder, flushed and fsynced, then ``os.replace`` onto the target, so a crash or
a full disk leaves either the old file or the new one, never half of one.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

_CHUNK = 1024 * 1024


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable on POSIX; not possible (nor needed) on Windows.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _replace(src: str, dst: Path) -> None:
    # Windows refuses to replace a file another process has open; retry briefly.
    for attempt in range(5):
        try:
            os.replace(src, dst)
            return
        except PermissionError:
            if os.name != "nt" or attempt == 4:
                raise
            time.sleep(0.1 * (attempt + 1))


@contextlib.contextmanager
def atomic_open(path: str | Path, mode: str = "wb") -> Iterator[IO[bytes]]:
    """Open a temporary file that replaces ``path`` only if the block succeeds."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, mode) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(OSError):
            if target.exists():
                os.chmod(tmp, target.stat().st_mode & 0o777)
            else:
                umask = os.umask(0)
                os.umask(umask)
                os.chmod(tmp, 0o666 & ~umask)
        _replace(tmp, target)
        _fsync_dir(target.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def atomic_write_bytes(path: str | Path, data: bytes) -> None:
    with atomic_open(path, "wb") as handle:
        handle.write(data)


def atomic_write_text(path: str | Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def sha256_file(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def copy_atomic(src: str | Path, dst: str | Path) -> None:
    """Copy a file of any size into place atomically, in chunks."""
    with open(src, "rb") as source, atomic_open(dst, "wb") as out:
        while chunk := source.read(_CHUNK):
            out.write(chunk)


def copy_hashing(src: Path, folder: Path) -> tuple[str, str]:
    """Copy ``src`` to a temporary file in ``folder`` while hashing it, in one pass.

    Returns (sha256, temporary path); the caller renames or removes the file. The copy
    is fsynced, so a rename afterwards never exposes a half-written file.
    """
    digest = hashlib.sha256()
    fd, tmp = tempfile.mkstemp(prefix=".import-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as out, open(src, "rb") as handle:
            while chunk := handle.read(1024 * 1024):
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return digest.hexdigest(), tmp


@functools.lru_cache(maxsize=1)
def default_file_mode() -> int:
    """The mode a new file gets under the user's umask (mkstemp makes 0600 files).

    Read once: ``os.umask`` can only be read by setting it, which must not race with
    other threads creating files.
    """
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


@contextlib.contextmanager
def exclusive_lock(path: Path) -> Iterator[None]:
    """Hold an exclusive OS lock on ``path`` (released by the OS if the process dies)."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        if os.name == "nt":  # pragma: no cover - Windows
            import msvcrt

            while True:
                try:
                    msvcrt.locking(fd, msvcrt.LK_LOCK, 1)  # type: ignore[attr-defined,unused-ignore]
                    break
                except OSError:
                    continue  # LK_LOCK gives up after 10 s; keep waiting
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock
