"""A progress bar on stderr for CLI jobs (plain lines when stderr is not a terminal)."""

from __future__ import annotations

import sys
import time
from typing import TextIO

from studio.jobs import CancelToken, Progress


class ProgressBar:
    """Draws ``[#####.....]  42%  message`` on a terminal, or prints a line per 10 %."""

    def __init__(self, label: str, stream: TextIO | None = None) -> None:
        self.label = label
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self._last_decile = -1
        self._start = time.monotonic()

    def __call__(self, fraction: float, message: str) -> None:
        percent = int(fraction * 100)
        if self.tty:
            filled = int(fraction * 30)
            bar = "#" * filled + "." * (30 - filled)
            text = f"\r{self.label} [{bar}] {percent:3d}%  {message[:50]:<50}"
            self.stream.write(text)
            if fraction >= 1.0:
                self.stream.write("\n")
            self.stream.flush()
            return
        decile = percent // 10
        if decile != self._last_decile or fraction >= 1.0:
            self._last_decile = decile
            suffix = f" {message}" if message else ""
            print(f"{self.label}: {percent}%{suffix}", file=self.stream, flush=True)

    def finish(self) -> None:
        elapsed = time.monotonic() - self._start
        if self.tty:
            self.stream.write("\n")
        print(f"{self.label}: done in {elapsed:.1f} s", file=self.stream, flush=True)


def cli_progress(label: str, quiet: bool = False) -> Progress:
    """A ``Progress`` that draws on stderr (or nowhere when ``quiet``)."""
    if quiet:
        return Progress(cancel=CancelToken())
    return Progress(ProgressBar(label), CancelToken(), min_interval=0.1)
