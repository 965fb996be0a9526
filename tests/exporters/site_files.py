"""Write a rendered site (``render_site(...).files``) to a folder, for the browser tests."""

from __future__ import annotations

import shutil
from collections.abc import Mapping
from pathlib import Path


def write_site_files(files: Mapping[str, bytes | Path], folder: Path) -> None:
    """Each page as bytes, each media file copied from the project."""
    for name, content in files.items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, Path):
            shutil.copyfile(content, target)
        else:
            target.write_bytes(content)
