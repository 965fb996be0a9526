"""An unzipped package (a folder) read through the same interface as ``SafeArchive``.

Instructional designers often hold packages unzipped. Only regular files inside the
folder are visible: symbolic links and anything resolving outside it are ignored, and
the same entry-count, size and read limits apply. Files are never copied here; the
importer copies what it keeps into the project.
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

from studio.errors import ImportFormatError
from studio.importers.safe_archive import Limits, SafeArchive, check_member_name


class FolderArchive(SafeArchive):
    def __init__(self, folder: str | Path, limits: Limits | None = None) -> None:  # noqa: D107
        self.limits = limits or Limits()
        self.root = Path(folder).resolve()
        self.where = str(folder)
        self._members = {}
        self._sizes: dict[str, int] = {}
        self._folded = None
        total = 0
        for dirpath, dirnames, filenames in os.walk(self.root, followlinks=False):
            dirnames[:] = sorted(d for d in dirnames if not (Path(dirpath) / d).is_symlink())
            for filename in sorted(filenames):
                path = Path(dirpath) / filename
                if path.is_symlink() or not path.is_file():
                    continue
                name = path.relative_to(self.root).as_posix()
                try:
                    check_member_name(name, self.where)
                except ImportFormatError:
                    continue
                size = path.stat().st_size
                total += size
                self._sizes[name] = size
                if len(self._sizes) > self.limits.max_entries:
                    raise ImportFormatError(
                        f"the folder holds more than {self.limits.max_entries} files",
                        path=self.where, hint="Choose the package folder itself, not a folder above it.")
                if total > self.limits.max_total_bytes:
                    raise ImportFormatError("the folder is larger than the import size limit",
                                            path=self.where, hint="Choose the package folder itself.")
        for name, size in self._sizes.items():
            info = zipfile.ZipInfo(name)
            info.file_size = size
            self._members[name] = info

    def size(self, name: str) -> int:
        return self._sizes[name]

    def _path(self, name: str) -> Path:
        member = self.find(name)
        if member is None:
            raise ImportFormatError(f"the package has no file {name!r}", path=self.where,
                                    hint="The package folder is incomplete; copy it again.")
        path = (self.root / member).resolve()
        if self.root not in path.parents or path.is_symlink():
            raise ImportFormatError(f"the file {member!r} leads outside the package folder",
                                    path=self.where, hint="Remove links from the package folder.")
        return path

    def read(self, name: str, limit: int | None = None) -> bytes:
        path = self._path(name)
        cap = self.limits.max_text_bytes if limit is None else limit
        if path.stat().st_size > cap:
            raise ImportFormatError(f"the file {name!r} is too large to read", path=self.where,
                                    hint="Check that the file is what it claims to be.")
        try:
            return path.read_bytes()
        except OSError as exc:
            raise ImportFormatError(f"cannot read {name!r} ({exc.strerror})", path=self.where,
                                    hint="Check the folder's permissions.") from exc

    def extract(self, name: str, target: Path) -> Path:
        """The file itself (nothing is copied out of a folder)."""
        return self._path(name)

    def close(self) -> None:
        return None


def open_archive(source: Path) -> SafeArchive:
    """A vetted view of a zip file or of an unzipped package folder."""
    if source.is_dir():
        return FolderArchive(source)
    return SafeArchive(source)
