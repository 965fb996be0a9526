"""Heavy jobs (Whisper, video rendering) in a child process: crash-proof, instantly cancellable.

Protocol: the parent writes one JSON job spec ``{"job": NAME, "params": {...}}`` to the
child's stdin; the child answers with JSON lines on stdout:
``{"type": "progress", "fraction": F, "message": M}`` any number of times, then exactly
one ``{"type": "result", "result": {...}}`` or ``{"type": "error", ...}``. Anything a
native library prints goes to stderr (the child moves fd 1 there), so stdout stays clean.

A job is a plain function ``fn(params: dict, progress: Progress) -> dict`` (JSON in, JSON
out) registered in ``JOBS`` as ``"module:function"``. Cancel kills the child at once; a
child that dies without a result (segfault, out of memory) becomes a ``StudioError``.

Child entry: ``python -m studio.media.worker`` or, in a PyInstaller build, ``studio worker``.
With ``--serve`` the child stays alive and runs one job per stdin line (each answered with
``{"type": "started"}``, progress, then its result or error) until stdin closes: the warm
worker of ``studio.media.engine`` keeps Whisper models loaded that way.
"""

from __future__ import annotations

import importlib
import json
import os
import queue
import signal
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from studio import errors
from studio.errors import StudioError
from studio.jobs import Cancelled, Progress

# Job name -> "module:function", one line per job.
JOBS: dict[str, str] = {
    "transcribe": "studio.media.transcribe:transcribe_job",
    "compose": "studio.media.compose:compose_job",
    "selftest.sleep": "studio.media.worker:selftest_sleep",
    "selftest.crash": "studio.media.worker:selftest_crash",
}

JobFunction = Callable[[dict[str, Any], Progress], dict[str, Any]]


def worker_command(serve: bool = False) -> list[str]:
    """How to start a child: the frozen executable's ``worker`` command, else ``-m``."""
    extra = ["--serve"] if serve else []
    if getattr(sys, "frozen", False):
        return [sys.executable, "worker", *extra]
    return [sys.executable, "-m", "studio.media.worker", *extra]


def child_env(env: dict[str, str] | None = None) -> dict[str, str]:
    """The environment of a child: this source tree first on its path, unbuffered."""
    out = dict(os.environ if env is None else env)
    root = str(Path(__file__).resolve().parents[2])
    out["PYTHONPATH"] = os.pathsep.join(p for p in (root, out.get("PYTHONPATH", "")) if p)
    out.setdefault("PYTHONUNBUFFERED", "1")
    return out


def resolve_job(name: str) -> JobFunction:
    """The function registered for ``name`` (imported lazily)."""
    target = JOBS.get(name)
    if target is None:
        raise StudioError(f"unknown worker job {name!r}", hint=f"Known jobs: {', '.join(JOBS)}")
    module_name, _, func_name = target.partition(":")
    func: JobFunction = getattr(importlib.import_module(module_name), func_name)
    return func


# ---------------------------------------------------------------- parent side


def parse_message(line: bytes) -> dict[str, Any]:
    """One protocol line as a dict ({} for anything that is not ours)."""
    try:
        message = json.loads(line)
    except ValueError:
        return {}
    return message if isinstance(message, dict) else {}


def error_from_message(job: str, message: dict[str, Any]) -> StudioError:
    cls = getattr(errors, str(message.get("kind", "")), StudioError)
    if not (isinstance(cls, type) and issubclass(cls, StudioError)):
        cls = StudioError
    return cls(
        str(message.get("message", f"job {job} failed")),
        path=message.get("path"),
        hint=str(message.get("hint", "")),
    )


def read_lines(stream: IO[bytes], out: queue.Queue[bytes | None]) -> None:
    for line in iter(stream.readline, b""):
        out.put(line)
    out.put(None)


def kill(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.kill()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:  # pragma: no cover - a child that ignores SIGKILL
        pass


def crash_error(job: str, returncode: int, stderr_tail: str) -> StudioError:
    if returncode < 0:
        try:
            what = f"was killed by signal {signal.Signals(-returncode).name}"
        except ValueError:
            what = f"was killed by signal {-returncode}"
    else:
        what = f"exited with status {returncode} without a result"
    detail = stderr_tail.strip().splitlines()[-8:]
    message = f"the worker process for job {job!r} {what}; your project was not changed"
    if detail:
        message += "\n    " + "\n    ".join(detail)
    return StudioError(
        message,
        hint="Try again; if it keeps crashing, try a smaller model or another engine, "
        "and check free memory.",
    )


def run_in_worker(
    job: str,
    params: dict[str, Any],
    progress: Progress,
    *,
    env: dict[str, str] | None = None,
) -> dict[str, Any]:
    """Run ``job`` in a child process, relaying its progress; returns its result dict.

    Raises ``Cancelled`` (after killing the child) when ``progress`` is cancelled, the
    child's own ``StudioError`` when the job failed cleanly, and a ``StudioError`` saying
    the worker crashed when it died without answering.
    """
    if job not in JOBS:
        raise StudioError(f"unknown worker job {job!r}", hint=f"Known jobs: {', '.join(JOBS)}")
    progress.check()
    with tempfile.TemporaryFile() as stderr_file:
        proc = subprocess.Popen(
            worker_command(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr_file,
            env=child_env(env),
        )
        assert proc.stdin is not None and proc.stdout is not None
        lines: queue.Queue[bytes | None] = queue.Queue()
        reader = threading.Thread(target=read_lines, args=(proc.stdout, lines), daemon=True)
        reader.start()
        result: dict[str, Any] | None = None
        failure: StudioError | None = None
        try:
            try:
                proc.stdin.write(json.dumps({"job": job, "params": params}).encode("utf-8"))
                proc.stdin.close()
            except BrokenPipeError:
                pass  # the child died at once; reported below from its exit status
            while True:
                if progress.cancelled:
                    raise Cancelled()
                try:
                    line = lines.get(timeout=0.1)
                except queue.Empty:
                    continue
                if line is None:
                    break
                message = parse_message(line)
                kind = message.get("type")
                if kind == "progress":
                    progress.update(float(message["fraction"]), str(message.get("message", "")))
                elif kind == "result":
                    result = dict(message.get("result") or {})
                elif kind == "error":
                    failure = error_from_message(job, message)
        except BaseException:
            kill(proc)
            raise
        returncode = proc.wait()
        reader.join(timeout=5)
        if failure is not None:
            raise failure
        if result is not None:
            return result
        raise crash_error(job, returncode, stderr_tail(stderr_file))


def stderr_tail(stderr_file: IO[bytes], since: int = 0) -> str:
    """The last few thousand characters a child wrote to its stderr file."""
    stderr_file.seek(0, os.SEEK_END)
    size = stderr_file.tell()
    stderr_file.seek(max(since, size - 4000))
    return stderr_file.read().decode("utf-8", errors="replace")


# ---------------------------------------------------------------- child side


class _Emitter:
    """Writes protocol lines to the saved real stdout."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.lock = threading.Lock()

    def send(self, message: dict[str, Any]) -> None:
        with self.lock:
            self.stream.write(json.dumps(message) + "\n")
            self.stream.flush()


def _protocol_stream() -> _Emitter:
    """Move fd 1 to stderr (native libraries print there) and keep the real stdout."""
    sys.stdout.flush()
    protocol_fd = os.dup(1)
    os.dup2(2, 1)  # native libraries that print to stdout now print to stderr
    sys.stdout = sys.stderr
    return _Emitter(os.fdopen(protocol_fd, "w", encoding="utf-8"))


def _run_spec(text: str, emitter: _Emitter) -> int:
    """Run one JSON job spec and answer it; returns the exit status it deserves."""
    try:
        spec = json.loads(text)
        name = str(spec["job"])
        params = dict(spec.get("params") or {})
    except (ValueError, KeyError, TypeError) as exc:
        emitter.send({"type": "error", "kind": "StudioError", "message": f"bad job spec: {exc}"})
        return 2

    def report(fraction: float, message: str) -> None:
        emitter.send({"type": "progress", "fraction": fraction, "message": message})

    progress = Progress(report, min_interval=0.1)
    try:
        func = resolve_job(name)
        result = func(params, progress)
    except StudioError as exc:
        emitter.send(
            {
                "type": "error",
                "kind": type(exc).__name__,
                "message": exc.message,
                "path": exc.path,
                "hint": exc.hint,
            }
        )
        return 1
    except Exception as exc:  # report anything else clearly instead of a bare crash
        traceback.print_exc()
        emitter.send(
            {
                "type": "error",
                "kind": "StudioError",
                "message": f"job {name} failed: {type(exc).__name__}: {exc}",
                "hint": "This is a bug in Studio; the details are in the log.",
            }
        )
        return 1
    emitter.send({"type": "result", "result": result})
    return 0


def child_main(stdin: IO[str] | None = None) -> int:
    """Read a job spec from stdin, run it, answer on stdout. Returns the exit status."""
    emitter = _protocol_stream()
    return _run_spec((stdin or sys.stdin).read(), emitter)


def serve_main(stdin: IO[str] | None = None) -> int:
    """Run one job per stdin line until stdin closes (the warm worker's child)."""
    emitter = _protocol_stream()
    for line in stdin or sys.stdin:
        if not line.strip():
            continue
        emitter.send({"type": "started", "pid": os.getpid()})
        _run_spec(line, emitter)
    return 0


# ------------------------------------------------------- jobs used by the tests


def selftest_sleep(params: dict[str, Any], progress: Progress) -> dict[str, Any]:
    """Reports progress for ``seconds`` then echoes ``params`` (tests cancel and relay)."""
    seconds = float(params.get("seconds", 1.0))
    steps = max(1, int(seconds / 0.05))
    for i in range(steps):
        time.sleep(seconds / steps)
        progress.update((i + 1) / steps, f"step {i + 1}")
    print("noise on stdout that must not break the protocol")
    return {"echo": params, "pid": os.getpid()}


def selftest_crash(params: dict[str, Any], progress: Progress) -> dict[str, Any]:
    """Dies like a native crash would (tests the crash path)."""
    progress.update(0.5, "about to crash")
    if params.get("raise"):
        raise errors.MediaError("the media is broken", path="x.mp4", hint="use another file")
    os.kill(os.getpid(), signal.SIGSEGV)
    return {}  # pragma: no cover


if __name__ == "__main__":
    sys.exit(serve_main() if "--serve" in sys.argv[1:] else child_main())
