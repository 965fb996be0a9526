"""Start the window from the command line, with a clear message when Qt cannot run."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def no_display() -> bool:
    """True on Linux/BSD without an X11 or Wayland session (Qt would abort there)."""
    if sys.platform in ("darwin", "win32") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def launch_window(project: Path | None) -> int:
    if no_display():
        print(
            "studio: error: no display found, so the window cannot open.\n"
            "  What to do: run Studio in a desktop session, or use the command line "
            "(studio --help); 'studio demo OUTDIR' writes the sample course and every package.",
            file=sys.stderr,
        )
        return 1
    try:
        from studio.ui.app import run_app
    except ImportError as exc:
        print(
            f"studio: error: the window needs PySide6, which could not be loaded ({exc}).\n"
            "  What to do: install Studio with its GUI dependencies (make run), "
            "or use the command line: studio --help",
            file=sys.stderr,
        )
        return 1
    result: int = run_app(project)
    return result
