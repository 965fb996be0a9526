"""Deterministic, atomic package writing.

Entries are collected first and written in sorted order (``first`` entries,
such as EPUB's ``mimetype``, go before the rest) with a fixed timestamp, so the
same course gives the same bytes. Media files are streamed in stored (not
deflated: video does not compress) and never read whole into memory. The zip
is written to a temporary file beside the target and renamed on success only.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import zipfile
from pathlib import Path
from types import TracebackType

from studio.errors import ExportError
from studio.exporters.image_metadata import IMAGE_SUFFIXES, strip_metadata
from studio.fsutil import default_file_mode
from studio.jobs import Progress

FIXED_DATE = (1980, 1, 1, 0, 0, 0)
_COPY_CHUNK = 1024 * 1024
_MAX_PHOTO_BYTES = 256 * 1024**2
# Already-compressed media gain nothing from deflate and cost CPU time.
STORED_SUFFIXES = frozenset(
    {".mp4", ".m4a", ".m4v", ".mp3", ".webm", ".ogg", ".opus", ".png", ".jpg", ".jpeg",
     ".gif", ".webp", ".zip", ".pdf", ".woff", ".woff2", ".mov", ".mkv", ".aac", ".flac"}
)  # fmt: skip


class PackageWriter:
    """Collect entries, then ``write()`` them into ``out_path`` atomically."""

    def __init__(self, out_path: Path, *, first: tuple[str, ...] = (),
                 keep_photo_metadata: bool = False) -> None:  # fmt: skip
        self.out_path = Path(out_path)
        self.first = first
        # Photos lose their GPS position, author and camera data unless asked otherwise.
        self.keep_photo_metadata = keep_photo_metadata
        self._entries: dict[str, bytes | Path] = {}
        self._stored: set[str] = set()

    def add_bytes(self, name: str, data: bytes, *, stored: bool = False) -> None:
        self._check_name(name)
        self._entries[name] = data
        if stored:
            self._stored.add(name)

    def add_text(self, name: str, text: str) -> None:
        self.add_bytes(name, text.encode("utf-8"))

    def add_file(self, name: str, source: Path, *, stored: bool | None = None) -> None:
        self._check_name(name)
        if not Path(source).is_file():
            raise ExportError(
                "a media file of the course is missing",
                path=source,
                hint="put the file back into the project's media folder, or remove the block.",
            )
        self._entries[name] = Path(source)
        if stored is None:
            stored = Path(name).suffix.lower() in STORED_SUFFIXES
        if stored:
            self._stored.add(name)

    def _strips(self, name: str, source: Path) -> bool:
        """Photos are read whole and cut down (they are small; video is never read whole)."""
        return (
            not self.keep_photo_metadata
            and Path(name).suffix.lower() in IMAGE_SUFFIXES
            and source.stat().st_size <= _MAX_PHOTO_BYTES
        )

    def __contains__(self, name: str) -> bool:
        return name in self._entries

    @property
    def names(self) -> list[str]:
        return self._ordered()

    def _check_name(self, name: str) -> None:
        if not name or name.startswith("/") or "\\" in name or ".." in name.split("/"):
            raise ValueError(f"bad package path {name!r}")

    def _ordered(self) -> list[str]:
        head = [n for n in self.first if n in self._entries]
        return head + sorted(n for n in self._entries if n not in self.first)

    def total_size(self) -> int:
        return sum(
            v.stat().st_size if isinstance(v, Path) else len(v) for v in self._entries.values()
        )

    def write(self, progress: Progress | None = None) -> int:
        """Write the zip; returns its size in bytes."""
        names = self._ordered()
        total = max(1, self.total_size())
        done = 0
        folder = self.out_path.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{self.out_path.name}.", suffix=".tmp", dir=folder)
        except OSError as exc:
            raise _write_error(self.out_path, exc) from exc
        os.close(fd)
        try:
            with zipfile.ZipFile(tmp, "w", allowZip64=True) as zf:
                for name in names:
                    content = self._entries[name]
                    info = zipfile.ZipInfo(name, FIXED_DATE)
                    info.external_attr = 0o644 << 16
                    info.create_system = 3  # Unix, whatever machine builds it
                    stored = name in self._stored
                    info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
                    if isinstance(content, Path) and self._strips(name, content):
                        original = content.read_bytes()
                        stripped = strip_metadata(original, Path(name).suffix)
                        if stripped != original:
                            content = stripped
                    if isinstance(content, Path):
                        info.file_size = content.stat().st_size
                        with open(content, "rb") as src, zf.open(info, "w", force_zip64=True) as dst:
                            while chunk := src.read(_COPY_CHUNK):
                                dst.write(chunk)
                                done += len(chunk)
                                if progress is not None:
                                    progress.update(done / total, f"Writing {name}")
                    else:
                        zf.writestr(info, content)
                        done += len(content)
                        if progress is not None:
                            progress.update(done / total, f"Writing {name}")
            with open(tmp, "rb+") as handle:
                os.fsync(handle.fileno())
            # mkstemp makes the file 0600; a package is a normal file of the user's.
            os.chmod(tmp, default_file_mode())
            os.replace(tmp, self.out_path)
        except BaseException as exc:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            if isinstance(exc, OSError):
                raise _write_error(self.out_path, exc) from exc
            raise
        return self.out_path.stat().st_size

    def __enter__(self) -> PackageWriter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        return None


def _write_error(out_path: Path, exc: OSError) -> ExportError:
    return ExportError(
        f"the package could not be written ({exc.strerror or exc})",
        path=out_path,
        hint="choose a folder you can write to (for example your Documents folder), "
        "and check the free disk space.",
    )


def copy_tree_sorted(src: Path, dst: Path) -> None:
    """Copy a folder (for unpacked previews), replacing ``dst``."""
    if dst.exists():
        shutil.rmtree(dst)
    shutil.copytree(src, dst)
