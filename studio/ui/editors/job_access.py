"""Find the window's JobRunner from an editor, so its jobs show in the jobs panel.

The shell passes the runner to ``create_editor`` or exposes it as a ``runner`` /
``job_runner`` attribute on a parent widget (the main window). An editor used on
its own (tests, a dialog) gets a private runner, so its jobs still run off the
GUI thread.
"""

from __future__ import annotations

from typing import Any

from studio.ui.jobs import JobRunner
from studio.ui.qt import QWidget

_fallback: JobRunner | None = None


def find_runner(widget: QWidget, explicit: Any = None) -> JobRunner:
    if explicit is not None:
        return explicit
    parent: Any = widget
    while parent is not None:
        for name in ("runner", "job_runner", "jobs"):
            candidate = getattr(parent, name, None)
            if isinstance(candidate, JobRunner):
                return candidate
        parent = parent.parent()
    global _fallback
    if _fallback is None:
        _fallback = JobRunner()
    return _fallback
