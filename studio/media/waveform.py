"""The waveform of a recording: the loudest sample of every short slice of time.

The caption timeline draws it so the author sees where speech starts and stops.
Computed block by block from ``iter_audio`` (memory stays flat for a long lecture),
as a job: ``waveform_peaks(path, progress)``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from studio.jobs import Progress, null_progress
from studio.media.audio_decode import SAMPLE_RATE, iter_audio, media_duration

PEAKS_PER_SECOND = 100  # one peak per 10 ms: finer than a caption edge needs


@dataclass(frozen=True)
class Waveform:
    """``peaks[i]`` is the largest absolute sample (0..1) between ``i / rate`` and
    ``(i + 1) / rate`` seconds."""

    peaks: np.ndarray
    rate: int = PEAKS_PER_SECOND

    @property
    def duration(self) -> float:
        return len(self.peaks) / self.rate

    def peak_at(self, seconds: float) -> float:
        index = int(seconds * self.rate)
        return float(self.peaks[index]) if 0 <= index < len(self.peaks) else 0.0


def has_audio(path: str | Path) -> bool:
    import av

    try:
        with av.open(str(path)) as container:
            return bool(container.streams.audio)
    except (OSError, av.error.FFmpegError):
        return True  # let iter_audio report the damaged file by name


def waveform_peaks(path: str | Path, progress: Progress | None = None,
                   rate: int = PEAKS_PER_SECOND) -> Waveform:
    """Peaks of the first audio stream of ``path`` (a video or an audio file)."""
    progress = progress or null_progress()
    if not has_audio(path):
        return Waveform(np.zeros(0, dtype=np.float32), rate)  # a silent video: no waveform
    step = SAMPLE_RATE // rate
    try:
        total = max(media_duration(path), 0.001)
    except Exception:  # unknown duration: progress stays indeterminate
        total = 0.0
    chunks: list[np.ndarray] = []
    carry = np.zeros(0, dtype=np.float32)
    done = 0
    for block in iter_audio(path):
        progress.check()
        samples = np.concatenate([carry, block]) if carry.size else block
        whole = samples.size - samples.size % step
        if whole:
            chunks.append(np.abs(samples[:whole]).reshape(-1, step).max(axis=1))
        carry = samples[whole:]
        done += block.size
        if total:
            progress.update(min(0.99, done / SAMPLE_RATE / total), "Reading the audio")
    if carry.size:
        chunks.append(np.array([np.abs(carry).max()], dtype=np.float32))
    peaks = np.concatenate(chunks) if chunks else np.zeros(0, dtype=np.float32)
    return Waveform(np.clip(peaks, 0.0, 1.0).astype(np.float32), rate)
