"""Start the window from the command line, with a clear message when Qt cannot run."""

from __future__ import annotations

import sys
from pathlib import Path


def launch_window(project: Path | None) -> int:
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
