"""Run long work off the GUI thread: in-process on a thread, or in a worker process.

A job is a plain core function taking a ``studio.jobs.Progress`` last. ``JobRunner``
starts it on a Python thread; the progress callback emits Qt signals from that
thread, which Qt delivers to the GUI thread as queued calls, so no widget is ever
touched off the GUI thread. Out-of-process jobs (Whisper, video rendering) call
``studio.media.worker.run_in_worker`` on the thread: Cancel kills the child at once.
"""

from __future__ import annotations

import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

from studio.errors import StudioError
from studio.jobs import Cancelled, CancelToken, Progress
from studio.ui.qt import QObject, Signal, tr

RUNNING, DONE, FAILED, CANCELLED = "running", "done", "failed", "cancelled"


class Job(QObject):
    """One running or finished job; its signals arrive on the GUI thread."""

    progressed = Signal(float, str)
    finished = Signal(object)  # the function's result
    failed = Signal(str)  # a message for the user
    cancelled = Signal()
    ended = Signal()  # after any of the three above

    def __init__(self, title: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.token = CancelToken()
        self.state = RUNNING
        self.fraction = 0.0
        self.message = ""
        self.result: Any = None
        self.error = ""
        self.started_at = time.monotonic()
        self._thread: threading.Thread | None = None
        self.progressed.connect(self._store_progress)

    def _store_progress(self, fraction: float, message: str) -> None:
        self.fraction = fraction
        if message:
            self.message = message

    def cancel(self) -> None:
        """Ask the job to stop; it ends with ``cancelled`` at its next check."""
        self.token.cancel()

    @property
    def running(self) -> bool:
        return self.state == RUNNING

    def seconds_left(self) -> float | None:
        """Estimated seconds to finish from the progress so far (None before 2%)."""
        if self.fraction < 0.02 or self.state != RUNNING:
            return None
        elapsed = time.monotonic() - self.started_at
        return max(0.0, elapsed * (1.0 - self.fraction) / self.fraction)

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the thread ends (tests and shutdown only). True if it ended."""
        if self._thread is None:
            return True
        self._thread.join(timeout)
        return not self._thread.is_alive()


def format_time_left(seconds: float | None) -> str:
    if seconds is None:
        return tr("estimating…")
    if seconds < 60:
        return tr("{n} s left").format(n=int(seconds) + 1)
    minutes = int(seconds // 60)
    if minutes < 60:
        return tr("{m} min {s} s left").format(m=minutes, s=int(seconds % 60))
    return tr("{h} h {m} min left").format(h=minutes // 60, m=minutes % 60)


class JobRunner(QObject):
    """Starts jobs and keeps the list the jobs panel shows."""

    job_added = Signal(object)
    job_ended = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.jobs: list[Job] = []

    def submit(
        self,
        title: str,
        func: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[str], None] | None = None,
        **kwargs: Any,
    ) -> Job:
        """Run ``func(*args, progress, **kwargs)`` on a thread; callbacks run on the GUI thread."""
        job = Job(title, self)
        if on_done is not None:
            job.finished.connect(on_done)
        if on_error is not None:
            job.failed.connect(on_error)
        job.ended.connect(lambda: self.job_ended.emit(job))
        self.jobs.append(job)
        self.job_added.emit(job)

        def emit(signal: Any, *values: Any) -> None:
            try:
                signal.emit(*values)
            except RuntimeError:  # the window (and this Job) was deleted meanwhile
                job.token.cancel()

        def report(fraction: float, message: str) -> None:
            emit(job.progressed, fraction, message)

        progress = Progress(report, job.token, min_interval=0.1)

        def body() -> None:
            try:
                result = func(*args, progress, **kwargs)
            except Cancelled:
                job.state = CANCELLED
                emit(job.cancelled)
            except StudioError as exc:
                job.state, job.error = FAILED, exc.describe()
                emit(job.failed, job.error)
            except Exception as exc:  # a bug: show it rather than lose the thread silently
                traceback.print_exc()
                job.state = FAILED
                job.error = f"{type(exc).__name__}: {exc}"
                emit(job.failed, job.error)
            else:
                job.result = result
                job.state = DONE
                emit(job.progressed, 1.0, "")
                emit(job.finished, result)
            emit(job.ended)

        job._thread = threading.Thread(target=body, name=f"job: {title}", daemon=True)
        job._thread.start()
        return job

    def submit_worker(
        self,
        title: str,
        job_name: str,
        params: dict[str, Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[str], None] | None = None,
    ) -> Job:
        """Run a registered worker job (``studio.media.worker.JOBS``) in a child process."""
        from studio.media.worker import run_in_worker

        def run(progress: Progress) -> dict[str, Any]:
            return run_in_worker(job_name, params, progress)

        return self.submit(title, run, on_done=on_done, on_error=on_error)

    def running(self) -> list[Job]:
        return [job for job in self.jobs if job.running]

    def cancel_all(self, wait: float = 5.0) -> None:
        """Cancel every running job and give them ``wait`` seconds to stop (at quit)."""
        jobs = self.running()
        for job in jobs:
            job.cancel()
        deadline = time.monotonic() + wait
        for job in jobs:
            job.wait(max(0.0, deadline - time.monotonic()))

    def clear_finished(self) -> None:
        self.jobs = [job for job in self.jobs if job.running]
