"""Cut a stream of audio blocks into chunks at silences, with exact sample offsets.

Whisper engines compute features for their whole input up front (a 61-minute file
needs more than 3.3 GB), so long recordings are fed in chunks of a few minutes. Each
cut falls in the quietest stretch of the chunk's last part (a short-window energy
measure is enough to find a pause between words), and each chunk carries its offset
in samples so timestamps map back exactly.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import numpy as np

from studio.media.audio_decode import SAMPLE_RATE

_FRAME = SAMPLE_RATE // 100  # 10 ms


def quietest_point(audio: np.ndarray, lo: int, hi: int, window: float = 0.3) -> int:
    """Sample index in ``[lo, hi)`` at the centre of the quietest ``window`` seconds."""
    lo = max(0, lo)
    hi = min(len(audio), hi)
    frames = (hi - lo) // _FRAME
    width = max(1, int(window * 100))
    if frames <= width:
        return (lo + hi) // 2
    section = audio[lo : lo + frames * _FRAME].reshape(frames, _FRAME)
    energy = np.square(section, dtype=np.float64).mean(axis=1)
    smooth = np.convolve(energy, np.ones(width) / width, mode="valid")
    best = int(np.argmin(smooth))
    return lo + (best + width // 2) * _FRAME


def iter_chunks(
    blocks: Iterable[np.ndarray],
    target_seconds: float = 240.0,
    max_seconds: float = 300.0,
) -> Iterator[tuple[int, np.ndarray]]:
    """``(offset_in_samples, audio)`` chunks of at most ``max_seconds``, cut at silences."""
    target = int(target_seconds * SAMPLE_RATE)
    limit = max(target + SAMPLE_RATE, int(max_seconds * SAMPLE_RATE))
    pending: list[np.ndarray] = []
    size = 0
    offset = 0
    for block in blocks:
        pending.append(block)
        size += block.size
        while size >= limit:
            audio = np.concatenate(pending)
            cut = quietest_point(audio, target, limit)
            yield offset, audio[:cut].copy()
            offset += cut
            rest = audio[cut:].copy()
            pending, size = [rest], rest.size
    if size:
        yield offset, np.concatenate(pending)
