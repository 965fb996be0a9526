"""The file behind a media asset, checked before anything reads it.

Asset ids and extensions come from ``project.json`` or from a received package, so
they are untrusted: an id like ``../../etc/passwd`` or a ``media/`` entry that is a
symbolic link would make an export ship a file from outside the project. Every
reader of media goes through ``media_file`` (the name is a sha256 and a short
extension, the file is a regular file directly inside ``media/``, not a link, of
the recorded size) and exporters call ``verify_media_file`` (the bytes still hash
to the id), which remembers files already verified while they stay unchanged.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
import threading
from pathlib import Path

from studio.errors import ExportError, MediaError, StudioError
from studio.model.assets import MediaAsset

_SHA256 = re.compile(r"[0-9a-f]{64}")
_EXT = re.compile(r"(\.[a-z0-9]{1,10})?")
_HASH_CHUNK = 1024 * 1024

# (device, inode, size, mtime_ns) of files whose content was verified against their id.
_verified: dict[tuple[int, int, int, int], str] = {}
_verified_lock = threading.Lock()


def is_asset_id(value: str) -> bool:
    return bool(_SHA256.fullmatch(value))


def name_problem(key: str, asset: MediaAsset) -> str | None:
    """Why this asset's stored name cannot be trusted, or None."""
    if not is_asset_id(asset.id):
        return f"its id {asset.id[:80]!r} is not a sha256 (a path outside media/ is refused)"
    if key != asset.id:
        return f"it is listed under {key[:80]!r} but its id is {asset.id!r}"
    if not _EXT.fullmatch(asset.ext):
        return f"its extension {asset.ext[:40]!r} is not a plain file extension"
    return None


def file_problem(media_dir: Path, asset: MediaAsset, key: str | None = None) -> str | None:
    """Why the asset's file cannot be used as it is (missing, a link, tampered), or None."""
    problem = name_problem(asset.id if key is None else key, asset)
    if problem is not None:
        return problem
    try:
        if stat.S_ISLNK(os.lstat(media_dir).st_mode):
            return "the project's media folder is a symbolic link (only real files are exported)"
        info = os.lstat(media_dir / asset.stored_name)
    except FileNotFoundError:
        return f"media/{asset.stored_name} is missing"
    except OSError as exc:
        return f"media/{asset.stored_name} cannot be read ({exc.strerror})"
    if stat.S_ISLNK(info.st_mode):
        return f"media/{asset.stored_name} is a symbolic link (only real files are exported)"
    if not stat.S_ISREG(info.st_mode):
        return f"media/{asset.stored_name} is not a regular file"
    if asset.size and info.st_size != asset.size:
        return (
            f"media/{asset.stored_name} has {info.st_size} bytes, not the {asset.size} "
            "recorded when it was added (the file was changed or replaced)"
        )
    return None


def media_file(
    media_dir: Path, asset: MediaAsset, error: type[StudioError] = MediaError
) -> Path:
    """The asset's file inside ``media_dir``; ``error`` when it cannot be trusted."""
    problem = file_problem(Path(media_dir), asset)
    if problem is not None:
        trusted_name = name_problem(asset.id, asset) is None
        raise error(
            f"media file {asset.filename!r} cannot be used: {problem}",
            path=Path(media_dir) / asset.stored_name if trusted_name else Path(media_dir),
            hint="add the original file again (Add media), or remove the block that uses it.",
        )
    return Path(media_dir) / asset.stored_name


def verify_media_file(media_dir: Path, asset: MediaAsset) -> Path:
    """For exporters: ``media_file`` plus a check that the bytes still hash to the id.

    Raises ``ExportError`` (the export cannot go on) naming the file and what to do.
    """
    path = media_file(media_dir, asset, ExportError)
    info = os.stat(path)
    key = (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)
    with _verified_lock:
        if _verified.get(key) == asset.id:
            return path
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(_HASH_CHUNK):
            digest.update(chunk)
    if digest.hexdigest() != asset.id:
        raise ExportError(
            f"media file {asset.filename!r} no longer matches the file that was added "
            "(its content changed)",
            path=path,
            hint="add the original file again (Add media), or remove the block that uses it.",
        )
    with _verified_lock:
        _verified[key] = asset.id
    return path
