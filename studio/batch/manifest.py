"""The manifest of done work: what a re-run may skip.

One append-only JSON-lines file per output folder (``.studio-batch.jsonl``). Each
line records an output's key, its input's sha256 (with size and mtime, so an unchanged
input is not hashed again), the settings that made it, the output's sha256 and its
summary row. A line is written with a single ``write`` and fsynced, so a kill leaves
at most a torn last line, which is ignored; the file is compacted when it doubles.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from studio.fsutil import atomic_write_text, sha256_file

MANIFEST_NAME = ".studio-batch.jsonl"


def fingerprint(settings: dict[str, Any]) -> str:
    """A short stable hash of the settings that shape an output."""
    text = json.dumps(settings, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


class Manifest:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path = folder / MANIFEST_NAME
        self.entries: dict[str, dict[str, Any]] = {}
        lines = 0
        with contextlib.suppress(FileNotFoundError):
            for line in self.path.read_text(encoding="utf-8").splitlines():
                try:
                    entry = json.loads(line)
                except ValueError:
                    continue  # a line torn by a kill
                if isinstance(entry, dict) and isinstance(entry.get("key"), str):
                    self.entries[entry["key"]] = entry
                    lines += 1
        if lines > 2 * len(self.entries) + 10:
            self._compact()

    def key(self, path: Path) -> str:
        """``path`` relative to the manifest's folder when inside it (stable if it moves)."""
        try:
            return Path(path).resolve().relative_to(self.folder.resolve()).as_posix()
        except ValueError:
            return Path(path).resolve().as_posix()

    def get(self, key: str) -> dict[str, Any] | None:
        return self.entries.get(key)

    def record(self, entry: dict[str, Any]) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        data = (json.dumps(entry, sort_keys=True, default=str) + "\n").encode("utf-8")
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            os.write(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        self.entries[entry["key"]] = entry

    def done(
        self,
        key: str,
        source: Path,
        state: InputState,
        settings: str,
        row: dict[str, Any],
        output: Path | None = None,
    ) -> None:
        """Record that ``source`` (in ``state``) made ``output`` with ``settings``."""
        entry = {"key": key, "input": str(source), "sha256": state.sha256, "size": state.size,
                 "mtime_ns": state.mtime_ns, "settings": settings, "row": row,
                 "at": time.strftime("%Y-%m-%dT%H:%M:%S%z")}  # fmt: skip
        if output is not None:
            entry["output_sha256"] = sha256_file(output)
        self.record(entry)

    def _compact(self) -> None:
        text = "".join(json.dumps(e, sort_keys=True) + "\n" for e in self.entries.values())
        with contextlib.suppress(OSError):  # only an optimisation
            atomic_write_text(self.path, text)


class Manifests:
    """The manifests of a run, one per folder, loaded once."""

    def __init__(self) -> None:
        self._by_folder: dict[Path, Manifest] = {}

    def at(self, folder: Path) -> Manifest:
        folder = Path(folder).resolve()
        if folder not in self._by_folder:
            self._by_folder[folder] = Manifest(folder)
        return self._by_folder[folder]


@dataclass
class InputState:
    sha256: str
    size: int
    mtime_ns: int

    @classmethod
    def of(cls, path: Path, previous: dict[str, Any] | None) -> InputState:
        """Hash ``path``, or trust the previous hash when size and mtime are unchanged."""
        st = path.stat()
        if (
            previous
            and previous.get("size") == st.st_size
            and previous.get("mtime_ns") == st.st_mtime_ns
            and isinstance(previous.get("sha256"), str)
        ):
            return cls(previous["sha256"], st.st_size, st.st_mtime_ns)
        return cls(sha256_file(path), st.st_size, st.st_mtime_ns)


def decide(
    entry: dict[str, Any] | None,
    state: InputState,
    settings: str,
    output: Path | None,
    force: bool,
) -> tuple[str, str]:
    """(``skip``|``run``|``refuse``, why). Done with the same input and settings is
    skipped (even if the output was edited since: that is the author's fix). A re-run
    never replaces an output it did not make, or one edited since, without ``--force``."""
    if (
        entry is not None
        and not force
        and entry.get("sha256") == state.sha256
        and entry.get("settings") == settings
        and (output is None or output.exists())
    ):
        return "skip", "done before with the same input and settings"
    if output is not None and output.exists() and not force:
        if entry is None:
            return "refuse", "the output exists and was not made by studio batch"
        if entry.get("output_sha256") != sha256_file(output):
            return "refuse", "the output was edited after studio batch made it"
    return "run", ""
