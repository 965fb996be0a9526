"""The warm engine: one worker process that keeps Whisper models loaded between jobs.

Starting a worker and loading a model costs seconds; a ten-second clip transcribes in
about one. ``WarmWorker`` starts ``python -m studio.media.worker --serve`` once and sends
it job after job (the same jobs and protocol as ``run_in_worker``); the child keeps the
models it loaded (``studio.media.transcribe``'s cache), so only the first job pays.

* One job at a time per worker (a lock); callers on other threads wait their turn.
* Cancel kills the child at once; the next job starts a new one.
* A child that died (crash, out of memory, killed, idle-closed) is restarted by the
  next job; a child that dies *during* a job is that job's ``StudioError``.
* After ``idle_timeout`` seconds without work the child is closed, freeing its memory.
* If the environment it was started with changed (e.g. ``STUDIO_MODELS_DIR``), the
  next job starts a fresh child.

``shared_worker()`` is the process-wide worker: the window's caption jobs and the blocks
of ``studio caption --all`` all go through it. A pool for many inputs at once
(``studio batch``) holds several ``WarmWorker`` objects.
"""

from __future__ import annotations

import atexit
import json
import queue
import subprocess
import tempfile
import threading
from typing import IO, Any

from studio.errors import StudioError
from studio.jobs import Cancelled, Progress
from studio.media.worker import (
    JOBS,
    child_env,
    crash_error,
    error_from_message,
    kill,
    parse_message,
    read_lines,
    stderr_tail,
    worker_command,
)

DEFAULT_IDLE_TIMEOUT = 600.0  # seconds without a job before the child is closed


class WarmWorker:
    """A worker process kept alive between jobs (see the module docstring)."""

    def __init__(
        self,
        *,
        idle_timeout: float | None = DEFAULT_IDLE_TIMEOUT,
        env: dict[str, str] | None = None,
    ) -> None:
        self.idle_timeout = idle_timeout
        self.env = env
        self.starts = 0  # child processes started so far
        self.jobs_done = 0
        self._lock = threading.Lock()
        self._proc: subprocess.Popen[bytes] | None = None
        self._proc_env: dict[str, str] = {}
        self._lines: queue.Queue[bytes | None] = queue.Queue()
        self._stderr: IO[bytes] | None = None
        self._idle: threading.Timer | None = None

    # -- state -------------------------------------------------------------------------
    @property
    def pid(self) -> int | None:
        proc = self._proc
        return proc.pid if proc is not None and proc.poll() is None else None

    @property
    def alive(self) -> bool:
        return self.pid is not None

    # -- running a job -----------------------------------------------------------------
    def run(self, job: str, params: dict[str, Any], progress: Progress) -> dict[str, Any]:
        """Run ``job`` in the warm child; the same contract as ``run_in_worker``."""
        if job not in JOBS:
            raise StudioError(f"unknown worker job {job!r}", hint=f"Known jobs: {', '.join(JOBS)}")
        progress.check()
        with self._lock:
            self._cancel_idle()
            try:
                return self._run_locked(job, params, progress)
            except BaseException as exc:
                if not isinstance(exc, StudioError):  # cancel, Ctrl+C: the child is mid-job
                    self._stop()
                raise
            finally:
                self._arm_idle()

    def _run_locked(self, job: str, params: dict[str, Any], progress: Progress) -> dict[str, Any]:
        line = (json.dumps({"job": job, "params": params}) + "\n").encode("utf-8")
        for attempt in range(2):
            wanted_env = child_env(self.env)
            if self.alive and wanted_env != self._proc_env:
                self._stop(graceful=True)
            if not self.alive:
                self._start(wanted_env)
            proc, stderr = self._proc, self._stderr
            assert proc is not None and proc.stdin is not None and stderr is not None
            stderr.seek(0, 2)
            mark = stderr.tell()
            try:
                proc.stdin.write(line)
                proc.stdin.flush()
            except OSError:  # it died while idle: start another one
                self._stop()
                continue
            started = False
            while True:
                if progress.cancelled:
                    self._stop()
                    raise Cancelled()
                try:
                    raw = self._lines.get(timeout=0.1)
                except queue.Empty:
                    continue
                if raw is None:  # the child died
                    returncode = proc.wait()
                    tail = stderr_tail(stderr, mark)
                    self._stop()
                    if not started and attempt == 0:
                        break  # it died before taking the job: try once more
                    raise crash_error(job, returncode, tail)
                message = parse_message(raw)
                kind = message.get("type")
                if kind == "started":
                    started = True
                elif kind == "progress":
                    progress.update(float(message["fraction"]), str(message.get("message", "")))
                elif kind == "result":
                    self.jobs_done += 1
                    return dict(message.get("result") or {})
                elif kind == "error":
                    raise error_from_message(job, message)
        raise StudioError(
            f"the worker process for job {job!r} could not be started",
            hint="Check free memory, then try again.",
        )

    # -- process lifetime --------------------------------------------------------------
    def _start(self, env: dict[str, str]) -> None:
        if self._stderr is None:
            self._stderr = tempfile.TemporaryFile()
        self._lines = queue.Queue()
        proc = subprocess.Popen(
            worker_command(serve=True),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            env=env,
        )
        assert proc.stdout is not None
        threading.Thread(target=read_lines, args=(proc.stdout, self._lines), daemon=True).start()
        self._proc, self._proc_env = proc, env
        self.starts += 1

    def _stop(self, graceful: bool = False) -> None:
        """End the child: at once (cancel, crash), or ``graceful`` (idle, close) by
        closing its stdin first so it exits on its own."""
        proc, self._proc = self._proc, None
        if proc is None:
            return
        if proc.stdin is not None:
            try:
                proc.stdin.close()  # a healthy, idle child exits when its stdin closes
            except OSError:
                pass
        if graceful:
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                pass
        kill(proc)
        if proc.stdout is not None:
            proc.stdout.close()

    def _cancel_idle(self) -> None:
        if self._idle is not None:
            self._idle.cancel()
            self._idle = None

    def _arm_idle(self) -> None:
        if self.idle_timeout is None or not self.alive:
            return
        self._idle = threading.Timer(self.idle_timeout, self._close_if_idle)
        self._idle.daemon = True
        self._idle.start()

    def _close_if_idle(self) -> None:
        if self._lock.acquire(blocking=False):
            try:
                self._stop(graceful=True)
            finally:
                self._lock.release()

    def close(self) -> None:
        """Stop the child (a job running now ends with an error); the worker stays usable."""
        self._cancel_idle()
        self._stop(graceful=not self._lock.locked())
        if self._stderr is not None and self._lock.acquire(blocking=False):
            try:
                self._stderr.close()
                self._stderr = None
            finally:
                self._lock.release()


_shared: WarmWorker | None = None
_shared_lock = threading.Lock()


def shared_worker() -> WarmWorker:
    """The process-wide warm worker (created on first use, closed at exit)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = WarmWorker()
            atexit.register(close_shared_worker)
        return _shared


def close_shared_worker() -> None:
    """Stop the process-wide warm worker (the window calls this when it closes)."""
    with _shared_lock:
        if _shared is not None:
            _shared.close()


__all__ = ["DEFAULT_IDLE_TIMEOUT", "WarmWorker", "close_shared_worker", "shared_worker"]
