"""``--path-map LOCAL=REMOTE``: the same shared folder under another name on the workers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from studio.errors import StudioError


@dataclass(frozen=True)
class PathMap:
    pairs: tuple[tuple[str, str], ...] = ()

    @classmethod
    def parse(cls, items: Sequence[str]) -> PathMap:
        pairs: list[tuple[str, str]] = []
        for item in items:
            local, sep, remote = item.partition("=")
            if not sep or not local.startswith("/") or not remote.startswith("/"):
                raise StudioError(
                    f"--path-map {item!r} is not LOCAL=REMOTE with two absolute folders",
                    hint="for example --path-map /home/me/lectures=/shared/lectures",
                )
            pairs.append((local.rstrip("/") or "/", remote.rstrip("/") or "/"))
        # The longest (most specific) local folder wins.
        return cls(tuple(sorted(pairs, key=lambda p: len(p[0]), reverse=True)))

    def remote(self, path: str) -> str:
        """Where the workers see the local ``path`` (unchanged when no folder matches)."""
        for local, remote in self.pairs:
            if path == local:
                return remote
            prefix = local if local.endswith("/") else local + "/"
            if path.startswith(prefix):
                return remote.rstrip("/") + "/" + path[len(prefix) :]
        return path
