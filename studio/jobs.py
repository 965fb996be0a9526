"""Long work as plain functions: a progress object with cancel, and sub-ranges.

A job is an ordinary function that takes a ``Progress`` as its last argument,
reports fractions in [0, 1] with ``progress.update(...)`` and calls
``progress.check()`` at safe points, which raises ``Cancelled`` once cancel was
requested. The CLI shows progress as a bar, the UI as a jobs panel; neither is
known to the job.

Multi-stage work hands each stage a slice: ``progress.sub(0.0, 0.6)`` maps the
stage's own 0..1 onto 0..0.6 of the parent (calibre's composite reporter).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

ProgressCallback = Callable[[float, str], None]


class Cancelled(Exception):
    """Raised inside a job when the user asked to cancel it."""

    def __init__(self, message: str = "Cancelled by the user.") -> None:
        super().__init__(message)


class CancelToken:
    """A thread-safe flag shared between the job and whoever may cancel it."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


class Progress:
    """Reports fractions of one job to a callback; checks the cancel token.

    Updates are throttled (at most one call every ``min_interval`` seconds,
    plus the first and the final 1.0) so a tight loop can report freely.
    """

    def __init__(
        self,
        callback: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
        *,
        min_interval: float = 0.05,
    ) -> None:
        self._callback = callback
        self.cancel_token = cancel or CancelToken()
        self._min_interval = min_interval
        self._last_emit = 0.0
        self.fraction = 0.0
        self.message = ""

    @property
    def cancelled(self) -> bool:
        return self.cancel_token.cancelled

    def check(self) -> None:
        """Raise ``Cancelled`` if cancel was requested."""
        if self.cancel_token.cancelled:
            raise Cancelled()

    def update(self, fraction: float, message: str | None = None) -> None:
        fraction = min(1.0, max(0.0, fraction))
        self.fraction = fraction
        if message is not None:
            self.message = message
        self._emit(fraction, self.message)
        self.check()

    def _emit(self, fraction: float, message: str) -> None:
        if self._callback is None:
            return
        now = time.monotonic()
        if fraction < 1.0 and now - self._last_emit < self._min_interval:
            return
        self._last_emit = now
        self._callback(fraction, message)

    def sub(self, start: float, end: float) -> Progress:
        """A child progress whose 0..1 maps onto ``start..end`` of this one."""
        return _SubProgress(self, start, end)


class _SubProgress(Progress):
    def __init__(self, parent: Progress, start: float, end: float) -> None:
        super().__init__(None, parent.cancel_token, min_interval=0.0)
        self._parent = parent
        self._start = start
        self._span = end - start

    def update(self, fraction: float, message: str | None = None) -> None:
        fraction = min(1.0, max(0.0, fraction))
        self.fraction = fraction
        if message is not None:
            self.message = message
        mapped = self._start + self._span * fraction
        # A stage that finishes is not the end of the whole job.
        if mapped >= 1.0 and fraction >= 1.0 and self._start + self._span < 1.0:
            mapped = self._start + self._span
        self._parent.update(mapped, message)


def null_progress() -> Progress:
    """A progress object that reports nowhere (for tests and quick calls)."""
    return Progress()
