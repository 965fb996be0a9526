"""Zip archives checked before anything is read or extracted.

Every entry is vetted up front: no absolute paths, no ``..``, no backslashes or
drive letters, no symlinks or other special files (zip external attributes), a
bounded entry count, total uncompressed size and per-entry compression ratio
(zip bombs). Reads are capped at the declared size, so a lying header cannot
make us inflate more. Extraction only ever writes inside a fresh target folder.
"""

from __future__ import annotations

import io
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from studio.errors import ImportFormatError

MAX_ENTRIES = 20_000
MAX_TOTAL_BYTES = 4 * 1024**3  # 4 GiB of uncompressed content (lecture videos)
MAX_RATIO = 200  # uncompressed / compressed, for entries big enough to matter
RATIO_FLOOR = 1024 * 1024  # entries smaller than this are never "bombs"
MAX_TEXT_BYTES = 64 * 1024**2  # an XML/HTML/JSON file read into memory
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    max_entries: int = MAX_ENTRIES
    max_total_bytes: int = MAX_TOTAL_BYTES
    max_ratio: int = MAX_RATIO
    max_text_bytes: int = MAX_TEXT_BYTES


def _bad(where: str, message: str, hint: str = "") -> ImportFormatError:
    return ImportFormatError(
        message,
        path=where,
        hint=hint or "The package is damaged or unsafe; export it again from the tool that made it.",
    )


def check_member_name(name: str, where: str) -> str:
    """The entry's normalized relative path, or ``ImportFormatError`` if it could escape."""
    if not name or "\x00" in name:
        raise _bad(where, "an entry in the archive has an empty or invalid name")
    if "\\" in name:
        raise _bad(where, f"the entry {name!r} uses backslashes in its path")
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        raise _bad(where, f"the entry {name!r} has an absolute path")
    parts = PurePosixPath(name).parts
    if any(part == ".." for part in parts):
        raise _bad(where, f"the entry {name!r} points outside the package ('..')")
    clean = "/".join(p for p in parts if p not in ("", "."))
    if not clean:
        raise _bad(where, f"the entry {name!r} has no file name")
    return clean


def _is_special(info: zipfile.ZipInfo) -> bool:
    """True for symlinks, devices, fifos... (Unix mode in the high 16 bits)."""
    kind = stat.S_IFMT(info.external_attr >> 16)
    # 0: no type recorded (DOS attributes, or writers that store only permissions).
    return kind not in (0, stat.S_IFREG, stat.S_IFDIR)


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
            raise _bad(self.where, f"not a readable zip archive ({exc})") from exc
        except (NotImplementedError, RuntimeError) as exc:
            raise _bad(self.where, f"unsupported zip archive ({exc})") from exc
        self._members: dict[str, zipfile.ZipInfo] = {}
        self._folded: dict[str, str] | None = None
        self._check(infos)

    def _check(self, infos: list[zipfile.ZipInfo]) -> None:
        limits = self.limits
        if len(infos) > limits.max_entries:
            raise _bad(self.where, f"the archive has {len(infos)} entries (limit {limits.max_entries})")
        total = 0
        for info in infos:
            name = check_member_name(info.filename, self.where)
            if _is_special(info):
                raise _bad(self.where, f"the entry {name!r} is a link or special file")
            if info.flag_bits & 0x1:
                raise _bad(
                    self.where,
                    f"the entry {name!r} is encrypted",
                    "Export the package again without a password.",
                )
            if info.is_dir():
                continue
            if info.file_size < 0 or info.compress_size < 0:
                raise _bad(self.where, f"the entry {name!r} has a negative size")
            total += info.file_size
            if total > limits.max_total_bytes:
                raise _bad(self.where, "the archive would unpack to more than the size limit (zip bomb?)")
            if info.file_size > RATIO_FLOOR and info.file_size > limits.max_ratio * max(
                info.compress_size, 1
            ):
                raise _bad(
                    self.where,
                    f"the entry {name!r} is compressed suspiciously well (zip bomb?)",
                )
            if name in self._members:
                raise _bad(self.where, f"the entry {name!r} appears twice")
            self._members[name] = info

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
            raise _bad(self.where, f"the package has no file {name!r}")
        info = self._members[member]
        cap = self.limits.max_text_bytes if limit is None else limit
        if info.file_size > cap:
            raise _bad(self.where, f"the file {member!r} is too large to read ({info.file_size} bytes)")
        out = bytearray()
        try:
            with self._zip.open(info) as handle:
                while chunk := handle.read(_CHUNK):
                    out += chunk
                    if len(out) > cap:
                        raise _bad(self.where, f"the file {member!r} is larger than it claims")
        except ImportFormatError:
            raise
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError) as exc:
            raise _bad(self.where, f"the file {member!r} is damaged ({exc})") from exc
        except Exception as exc:  # zlib.error, lzma errors, NotImplementedError...
            raise _bad(self.where, f"the file {member!r} cannot be decompressed ({exc})") from exc
        return bytes(out)

    def extract(self, name: str, target: Path) -> Path:
        """Write one entry below ``target`` (a folder Studio created) and return its path."""
        member = self.find(name)
        if member is None:
            raise _bad(self.where, f"the package has no file {name!r}")
        info = self._members[member]
        root = target.resolve()
        dest = (root / member).resolve()
        if root != dest and root not in dest.parents:
            raise _bad(self.where, f"the entry {member!r} would be written outside the import folder")
        dest.parent.mkdir(parents=True, exist_ok=True)
        written = 0
        try:
            with self._zip.open(info) as handle, open(dest, "wb") as out:
                while chunk := handle.read(_CHUNK):
                    written += len(chunk)
                    if written > info.file_size:
                        raise _bad(self.where, f"the file {member!r} is larger than it claims")
                    out.write(chunk)
        except ImportFormatError:
            dest.unlink(missing_ok=True)
            raise
        except Exception as exc:
            dest.unlink(missing_ok=True)
            raise _bad(self.where, f"the file {member!r} cannot be extracted ({exc})") from exc
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


def safe_temp_dir(prefix: str = "studio-import-") -> Path:
    import tempfile

    return Path(tempfile.mkdtemp(prefix=prefix))


__all__ = [
    "Limits",
    "SafeArchive",
    "check_member_name",
    "is_zip",
    "resolve_relative",
    "safe_temp_dir",
]
