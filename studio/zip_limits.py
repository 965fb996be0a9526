"""The limits every zip Studio opens must respect, checked before anything is read.

Packages, PowerPoint decks, H5P and EPUB files are all zip archives that came from
somewhere else. Each entry is vetted up front: no absolute paths, no ``..``, no
backslashes or drive letters, no links or special files, no encryption, a bounded
entry count and total size, and a bounded compression ratio per entry and over the
whole archive (a bomb of many small entries is caught as surely as one big one).
"""

from __future__ import annotations

import stat
import zipfile
from dataclasses import dataclass
from pathlib import PurePosixPath

from studio.errors import ImportFormatError

MAX_ENTRIES = 20_000
MAX_TOTAL_BYTES = 4 * 1024**3  # 4 GiB of uncompressed content (lecture videos)
MAX_RATIO = 200  # uncompressed / compressed, for entries big enough to matter
RATIO_FLOOR = 1024 * 1024  # below this much content, no ratio is a bomb
MAX_TEXT_BYTES = 64 * 1024**2  # an XML/HTML/JSON file read into memory
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    max_entries: int = MAX_ENTRIES
    max_total_bytes: int = MAX_TOTAL_BYTES
    max_ratio: int = MAX_RATIO
    max_text_bytes: int = MAX_TEXT_BYTES


def bad_archive(where: str, message: str, hint: str = "") -> ImportFormatError:
    return ImportFormatError(
        message,
        path=where,
        hint=hint or "The package is damaged or unsafe; export it again from the tool that made it.",
    )


def check_member_name(name: str, where: str) -> str:
    """The entry's normalized relative path, or ``ImportFormatError`` if it could escape."""
    if not name or "\x00" in name:
        raise bad_archive(where, "an entry in the archive has an empty or invalid name")
    if "\\" in name:
        raise bad_archive(where, f"the entry {name!r} uses backslashes in its path")
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        raise bad_archive(where, f"the entry {name!r} has an absolute path")
    parts = PurePosixPath(name).parts
    if any(part == ".." for part in parts):
        raise bad_archive(where, f"the entry {name!r} points outside the package ('..')")
    clean = "/".join(p for p in parts if p not in ("", "."))
    if not clean:
        raise bad_archive(where, f"the entry {name!r} has no file name")
    return clean


def _is_special(info: zipfile.ZipInfo) -> bool:
    """True for symlinks, devices, fifos... (Unix mode in the high 16 bits)."""
    kind = stat.S_IFMT(info.external_attr >> 16)
    # 0: no type recorded (DOS attributes, or writers that store only permissions).
    return kind not in (0, stat.S_IFREG, stat.S_IFDIR)


def vet_entries(infos: list[zipfile.ZipInfo], where: str,
                limits: Limits | None = None) -> dict[str, zipfile.ZipInfo]:  # fmt: skip
    """The archive's files by normalized name; ``ImportFormatError`` on any unsafe entry."""
    limits = limits or Limits()
    if len(infos) > limits.max_entries:
        raise bad_archive(where, f"the archive has {len(infos)} entries (limit {limits.max_entries})")
    members: dict[str, zipfile.ZipInfo] = {}
    total = packed = 0
    for info in infos:
        name = check_member_name(info.filename, where)
        if _is_special(info):
            raise bad_archive(where, f"the entry {name!r} is a link or special file")
        if info.flag_bits & 0x1:
            raise bad_archive(where, f"the entry {name!r} is encrypted",
                       "Export the file again without a password.")
        if info.is_dir():
            continue
        if info.file_size < 0 or info.compress_size < 0:
            raise bad_archive(where, f"the entry {name!r} has a negative size")
        total += info.file_size
        packed += info.compress_size
        if total > limits.max_total_bytes:
            raise bad_archive(where, "the archive would unpack to more than the size limit (zip bomb?)")
        if info.file_size > RATIO_FLOOR and info.file_size > limits.max_ratio * max(
            info.compress_size, 1
        ):
            raise bad_archive(where, f"the entry {name!r} is compressed suspiciously well (zip bomb?)")
        if name in members:
            raise bad_archive(where, f"the entry {name!r} appears twice")
        members[name] = info
    # Many small entries, each under the floor, can add up to a bomb too.
    if total > RATIO_FLOOR and total > limits.max_ratio * max(packed, 1):
        raise bad_archive(where, f"the archive unpacks to {total} bytes from {packed}: compressed "
                   "suspiciously well (zip bomb?)")
    return members
