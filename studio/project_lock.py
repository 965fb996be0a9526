"""A lock file that stops two Studio processes writing one project.

The lock holds the owner's pid and host name. A lock left behind by a process
that no longer runs on this machine is stale and is taken over; a lock from a
live process, or from another machine (which we cannot check), is refused
with a message that says how to proceed.

Taking the lock (checking for a stale one, removing it, creating ours) happens
while holding an operating-system lock on a guard file, so two processes that
find the same stale lock cannot both remove it and both take the project; the
OS releases the guard when a process dies, so the guard itself never goes stale.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import time
from pathlib import Path

from studio.errors import ProjectError, ProjectLockedError
from studio.fsutil import exclusive_lock

LOCK_NAME = ".studio.lock"
GUARD_NAME = ".studio.lock.guard"


def _hostname() -> str:
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket  # Windows: imported only there, to keep startup light elsewhere

    return socket.gethostname()


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - Windows
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
        handle = kernel32.OpenProcess(0x1000, False, pid)
        if not handle:
            return False
        kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie (exited, not yet reaped) holds no lock either.
    with contextlib.suppress(OSError):
        stat = Path(f"/proc/{pid}/stat").read_text()
        if stat.rsplit(")", 1)[1].split()[0] == "Z":
            return False
    return True


class ProjectLock:
    """Held while a project is open for writing; released by ``release()``."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_NAME
        self.held = False

    def acquire(self) -> None:
        owner = json.dumps({"pid": os.getpid(), "host": _hostname(), "since": time.time()})
        try:
            with exclusive_lock(self.path.with_name(GUARD_NAME)):
                self._clean_leftovers()
                for _ in range(3):
                    if self._create(owner):
                        self.held = True
                        return
                    if not self._remove_if_stale():
                        raise self._locked_error()
        except OSError as exc:
            raise ProjectError(
                f"cannot lock the project for writing ({exc.strerror or exc})",
                path=self.path.parent,
                hint="check that the folder is writable and the disk is not full, or open "
                "the project read-only.",
            ) from exc
        raise self._locked_error()

    def _create(self, owner: str) -> bool:
        """Create the lock with its content in one step (a link of a finished temp file),
        so a crash can never leave an empty lock behind."""
        tmp = self.path.with_name(f"{LOCK_NAME}.{os.getpid()}.tmp")
        try:
            tmp.write_text(owner, encoding="utf-8")
            os.link(tmp, self.path)
            return True
        except FileExistsError:
            return False
        except OSError as exc:
            if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES):
                raise
            # No hard links on this file system (FAT): exclusive create instead.
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                return False
            with os.fdopen(fd, "w") as handle:
                handle.write(owner)
            return True
        finally:
            with contextlib.suppress(OSError):
                tmp.unlink()

    def _clean_leftovers(self) -> None:
        """Temporary lock files of processes that died mid-write (a full disk, a kill)."""
        for tmp in self.path.parent.glob(f"{LOCK_NAME}.*.tmp"):
            pid_text = tmp.name[len(LOCK_NAME) + 1 : -len(".tmp")]
            if pid_text.isdigit() and not _pid_alive(int(pid_text)):
                with contextlib.suppress(OSError):
                    tmp.unlink()

    def _owner(self) -> dict[str, object]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def _remove_if_stale(self) -> bool:
        owner = self._owner()
        pid = owner.get("pid")
        host = owner.get("host")
        if not owner:
            # Unreadable or empty: a writer died between create and write.
            age = time.time() - self.path.stat().st_mtime if self.path.exists() else 99.0
            if age < 5.0:
                return False
        elif host != _hostname() or not isinstance(pid, int) or _pid_alive(pid):
            return False
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()
        return True

    def _locked_error(self) -> ProjectLockedError:
        owner = self._owner()
        who = f"process {owner.get('pid')} on {owner.get('host')}" if owner else "another process"
        return ProjectLockedError(
            f"this project is open in another Studio ({who})",
            path=self.path.parent,
            hint="close it there first. If no Studio is running there, delete the file "
            f"{self.path} and open the project again.",
        )

    def release(self) -> None:
        if self.held:
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()
            self.held = False
