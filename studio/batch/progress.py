"""Batch progress: files done, audio hours done, real-time factor and time left.

Headless: ``line()`` is the text; whoever shows it (the CLI) decides where. In-flight
fractions reported by the local pool count towards audio done, so the estimate moves
during long lectures too.
"""

from __future__ import annotations

import time
from collections.abc import Callable


def _clock(seconds: float) -> str:
    seconds = max(0, int(round(seconds)))
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


class BatchTracker:
    def __init__(
        self,
        label: str,
        *,
        audio: bool,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.label = label
        self.audio = audio  # weights are audio seconds (captions), else one per file
        self.clock = clock
        self.start = clock()
        self.total = 0
        self.total_weight = 0.0
        self.files_done = 0
        self.failed = 0
        self.skipped = 0
        self.weight_done = 0.0
        self._weights: dict[str, float] = {}
        self._partial: dict[str, float] = {}

    def add(self, task_id: str, weight: float) -> None:
        self._weights[task_id] = weight
        self.total += 1
        self.total_weight += weight

    def skip(self, count: int = 1) -> None:
        self.skipped += count

    def partial(self, task_id: str, fraction: float) -> None:
        self._partial[task_id] = min(1.0, max(0.0, fraction))

    def finished(self, task_id: str, failed: bool) -> None:
        self._partial.pop(task_id, None)
        self.files_done += 1
        self.failed += int(failed)
        self.weight_done += self._weights.get(task_id, 0.0)

    @property
    def elapsed(self) -> float:
        return max(1e-6, self.clock() - self.start)

    def _progressed(self) -> float:
        live = sum(self._weights.get(t, 0.0) * f for t, f in self._partial.items())
        return self.weight_done + live

    def speed(self) -> float:
        """Audio seconds per wall second (10 means ten times real time)."""
        return self._progressed() / self.elapsed

    def time_left(self) -> float | None:
        progressed = self._progressed()
        if progressed <= 0:
            return None
        if not self.audio and self.files_done:
            return (self.total - self.files_done) * self.elapsed / self.files_done
        return max(0.0, self.total_weight - progressed) * self.elapsed / progressed

    def line(self) -> str:
        parts = [f"{self.files_done}/{self.total} files"]
        extra = [f"{n} {what}" for n, what in ((self.failed, "failed"), (self.skipped, "skipped")) if n]
        if extra:
            parts[0] += f" ({', '.join(extra)})"
        if self.audio:
            parts.append(f"audio {_clock(self.weight_done)}/{_clock(self.total_weight)}")
            speed = self.speed()
            if speed > 0:
                parts.append(f"RTF {1 / speed:.3f} ({speed:.1f}x real time)")
        left = self.time_left()
        if self.files_done < self.total:
            parts.append("estimating time left" if left is None else f"{_clock(left)} left")
        else:
            parts.append(f"done in {_clock(self.elapsed)}")
        return f"{self.label}: " + ", ".join(parts)
