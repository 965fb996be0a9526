"""The work a batch worker does: plain functions of plain data, the same in a pool or Dask.

Each task calls the function the one-input command calls (``transcribe_file``,
``export_project``, ``validate_package``). ``run_task`` never raises for a bad input:
the error comes back in the reply, so one bad file fails alone.
"""

from __future__ import annotations

import contextlib
import os
import socket
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from studio.errors import StudioError
from studio.jobs import Progress, null_progress

TaskFunction = Callable[[dict[str, Any], Progress], dict[str, Any]]


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


@contextlib.contextmanager
def task_input(params: dict[str, Any]) -> Iterator[Path]:
    """The input file: the (shared) path, or the shipped bytes in a scratch file.

    Errors name the file as the user knows it (``label``), not the worker's path.
    """
    from studio.tempfiles import work_dir

    with contextlib.ExitStack() as stack:
        data = params.get("data")
        if data is None:
            path = Path(str(params["path"]))
        else:
            path = stack.enter_context(work_dir("batch")) / Path(str(params["name"])).name
            path.write_bytes(data)
        try:
            yield path
        except StudioError as exc:
            if exc.path == str(path):
                exc.path = str(params.get("label") or path)
                if params.get("mapped"):
                    exc.message += f" (the worker looked for {path})"
                    exc.hint += " Check --path-map: the workers must see the folder there."
            raise


def transcribe_task(params: dict[str, Any], progress: Progress) -> dict[str, Any]:
    """Whisper on one media file: the transcribe result. The worker process keeps the
    models it loaded (``studio.media.transcribe``'s cache, the warm engine's), so only
    its first file pays for loading one."""
    from studio.media.transcribe import TranscribeOptions, transcribe_file

    options = TranscribeOptions.from_params(dict(params["options"]))
    if not options.threads:  # the runner's share of the cores, so workers do not contend
        options.threads = max(1, int(params.get("threads") or 1))
    with task_input(params) as path:
        return transcribe_file(path, options, progress)


def export_task(params: dict[str, Any], progress: Progress) -> dict[str, Any]:
    """Export one project (opened read-only) to ``params["out"]``, as ``studio export``."""
    from studio.exporters import get_exporter
    from studio.exporters.output import export_project

    spec = get_exporter(str(params["format"]))
    options = spec.options_from(dict(params["options"]))
    with task_input(params) as path:
        # The client decided whether an existing package may be replaced.
        report = export_project(
            path, spec, options, Path(str(params["out"])), overwrite=True, progress=progress
        )
    return {
        "size": report.size,
        "files": report.files,
        "warnings": list(report.warnings) + report.size_warnings(),
        "dropped": list(report.dropped),
    }


def validate_task(params: dict[str, Any], progress: Progress) -> dict[str, Any]:
    """Studio's package checks on one package, as ``studio validate``."""
    from studio.exporters.validate.packages import validate_package

    with task_input(params) as path:
        result = validate_package(path)
    return {
        "kind": result.kind,
        "ok": result.ok,
        "errors": len(result.errors),
        "warnings": len(result.problems) - len(result.errors),
        "problems": [str(p) for p in result.problems[:200]],
    }


TASKS: dict[str, TaskFunction] = {
    "transcribe": transcribe_task,
    "export": export_task,
    "validate": validate_task,
}


def _error(exc: StudioError) -> dict[str, Any]:
    return {"message": exc.message, "path": exc.path, "hint": exc.hint, "kind": type(exc).__name__}


def run_task(kind: str, params: dict[str, Any], progress: Progress | None = None) -> dict[str, Any]:
    """Run one task; the reply says ``ok`` with a result, or carries the error."""
    start = time.monotonic()
    reply: dict[str, Any] = {"worker": worker_name()}
    try:
        func = TASKS.get(kind)
        if func is None:
            raise StudioError(f"unknown batch task {kind!r}", hint=f"known: {', '.join(TASKS)}")
        reply.update(ok=True, result=func(params, progress or null_progress()))
    except StudioError as exc:
        reply.update(ok=False, error=_error(exc))
    except OSError as exc:
        reply.update(
            ok=False,
            error={
                "message": exc.strerror or str(exc),
                "path": str(params.get("label") or exc.filename or ""),
                "hint": "check the path, the permissions and the free disk space.",
                "kind": "OSError",
            },
        )
    except Exception as exc:  # a bug must still fail this file alone, with its traceback
        traceback.print_exc()
        reply.update(
            ok=False,
            error={
                "message": f"{kind} failed: {type(exc).__name__}: {exc}",
                "path": str(params.get("label") or ""),
                "hint": "This is a bug in Studio; the worker's log has the details.",
                "kind": "StudioError",
            },
        )
    reply["wall"] = round(time.monotonic() - start, 3)
    return reply
