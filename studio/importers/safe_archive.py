"""Zip archives checked before anything is read or extracted.

Every entry is vetted up front: no absolute paths, no ``..``, no backslashes or
drive letters, no symlinks or other special files (zip external attributes), a
bounded entry count, total uncompressed size and per-entry compression ratio
(zip bombs). Reads are capped at the declared size, so a lying header cannot
make us inflate more. Extraction only ever writes inside a fresh target folder.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path, PurePosixPath

from studio.errors import ImportFormatError
from studio.tempfiles import make_work_dir
from studio.zip_limits import (
    Limits,
    bad_archive,
    check_member_name,
    vet_entries,
)

_CHUNK = 1024 * 1024


class SafeArchive:
    """A vetted zip archive: ``names()``, ``read(name)``, ``extract_all(target)``."""

    def __init__(
        self, source: str | Path | bytes, where: str | None = None, limits: Limits | None = None
    ) -> None:
        self.limits = limits or Limits()
        self.where = where or (str(source) if not isinstance(source, bytes) else "<archive>")
        try:
            handle: io.BytesIO | str = io.BytesIO(source) if isinstance(source, bytes) else str(source)
            self._zip = zipfile.ZipFile(handle)
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
            raise bad_archive(self.where, f"not a readable zip archive ({exc})") from exc
        except (NotImplementedError, RuntimeError) as exc:
            raise bad_archive(self.where, f"unsupported zip archive ({exc})") from exc
        self._members: dict[str, zipfile.ZipInfo] = {}
        self._folded: dict[str, str] | None = None
        self._check(infos)

    def _check(self, infos: list[zipfile.ZipInfo]) -> None:
        self._members.update(vet_entries(infos, self.where, self.limits))

    # -- reading -----------------------------------------------------------------
    def names(self) -> list[str]:
        return sorted(self._members)

    def has(self, name: str) -> bool:
        return self.find(name) is not None

    def find(self, name: str) -> str | None:
        """The stored name matching ``name`` (exact, then case-insensitive), or None."""
        try:
            clean = check_member_name(name, self.where)
        except ImportFormatError:
            return None
        if clean in self._members:
            return clean
        if self._folded is None:
            self._folded = {}
            for member in sorted(self._members, reverse=True):
                self._folded[member.casefold()] = member
        return self._folded.get(clean.casefold())

    def size(self, name: str) -> int:
        return self._members[name].file_size

    def read(self, name: str, limit: int | None = None) -> bytes:
        """The bytes of one entry, refusing entries above ``limit`` (default: text limit)."""
        member = self.find(name)
        if member is None:
            raise bad_archive(self.where, f"the package has no file {name!r}")
        info = self._members[member]
        cap = self.limits.max_text_bytes if limit is None else limit
        if info.file_size > cap:
            raise bad_archive(self.where, f"the file {member!r} is too large to read ({info.file_size} bytes)")
        out = bytearray()
        try:
            with self._zip.open(info) as handle:
                while chunk := handle.read(_CHUNK):
                    out += chunk
                    if len(out) > cap:
                        raise bad_archive(self.where, f"the file {member!r} is larger than it claims")
        except ImportFormatError:
            raise
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError) as exc:
            raise bad_archive(self.where, f"the file {member!r} is damaged ({exc})") from exc
        except Exception as exc:  # zlib.error, lzma errors, NotImplementedError...
            raise bad_archive(self.where, f"the file {member!r} cannot be decompressed ({exc})") from exc
        return bytes(out)

    def extract(self, name: str, target: Path) -> Path:
        """Write one entry below ``target`` (a folder Studio created) and return its path."""
        member = self.find(name)
        if member is None:
            raise bad_archive(self.where, f"the package has no file {name!r}")
        info = self._members[member]
        root = target.resolve()
        dest = (root / member).resolve()
        if root != dest and root not in dest.parents:
            raise bad_archive(self.where, f"the entry {member!r} would be written outside the import folder")
        dest.parent.mkdir(parents=True, exist_ok=True)
        written = 0
        try:
            with self._zip.open(info) as handle, open(dest, "wb") as out:
                while chunk := handle.read(_CHUNK):
                    written += len(chunk)
                    if written > info.file_size:
                        raise bad_archive(self.where, f"the file {member!r} is larger than it claims")
                    out.write(chunk)
        except ImportFormatError:
            dest.unlink(missing_ok=True)
            raise
        except Exception as exc:
            dest.unlink(missing_ok=True)
            raise bad_archive(self.where, f"the file {member!r} cannot be extracted ({exc})") from exc
        return dest

    def extract_all(self, target: Path, names: list[str] | None = None) -> dict[str, Path]:
        """Extract (some) entries below ``target``; returns name -> path."""
        target.mkdir(parents=True, exist_ok=True)
        wanted = self.names() if names is None else names
        return {name: self.extract(name, target) for name in wanted}

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> SafeArchive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def is_zip(path: str | Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(4) in (b"PK\x03\x04", b"PK\x05\x06")
    except OSError:
        return False


def resolve_relative(base: str, href: str) -> str | None:
    """``href`` (a manifest or page link) relative to the entry ``base``, as an entry name.

    Returns None for URLs with a scheme, fragments-only links and links leaving the package.
    """
    from urllib.parse import unquote, urlsplit

    parts = urlsplit(href.strip())
    if parts.scheme or parts.netloc or not parts.path:
        return None
    path = unquote(parts.path)
    if path.startswith("/"):
        return None
    folder = PurePosixPath(base).parent
    stack: list[str] = [p for p in folder.parts if p not in ("", ".")]
    for piece in path.split("/"):
        if piece in ("", "."):
            continue
        if piece == "..":
            if not stack:
                return None
            stack.pop()
            continue
        stack.append(piece)
    return "/".join(stack) or None


def safe_temp_dir(kind: str = "import") -> Path:
    """A fresh scratch folder for extraction (named so a later start can clean it)."""
    return make_work_dir(kind)


__all__ = [
    "Limits",
    "SafeArchive",
    "check_member_name",
    "is_zip",
    "resolve_relative",
    "safe_temp_dir",
]
