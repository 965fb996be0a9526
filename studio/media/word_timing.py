"""Word times snapped to the pauses heard in the audio.

Whisper's word timestamps drift by a few tenths of a second, mostly late at the start of
a phrase; captions start where phrases start, so that drift is what a learner sees.
Here the audio's pauses (runs of 10 ms frames well below the speech level, at least
``MIN_PAUSE`` long) are matched, in order, to the nearest gap between two recognised
words (within ``MAX_SHIFT`` of the pause's middle), and the words on either side are moved
to the pause's edges (at most twice that far). Words inside connected speech keep Whisper's times. Recordings without clear
pauses (music under the voice) are left alone.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from studio.media.audio_decode import SAMPLE_RATE

FRAME = 0.01  # seconds per level frame
MIN_PAUSE = 0.1  # a silence shorter than this is a stop consonant, not a pause
MAX_SHIFT = 0.5  # a word edge moves at most this far
_MIN_RANGE_DB = 15.0  # speech must stand this far above the floor to tell pauses


def frame_levels(audio: np.ndarray) -> np.ndarray:
    """Loudness (dB) of each 10 ms frame of 16 kHz mono audio."""
    size = int(SAMPLE_RATE * FRAME)
    count = len(audio) // size
    if count == 0:
        return np.zeros(0)
    frames = audio[: count * size].astype(np.float64).reshape(count, size)
    power = np.mean(frames * frames, axis=1)
    levels: np.ndarray = 10.0 * np.log10(power + 1e-12)
    return levels


def find_pauses(audio: np.ndarray, min_pause: float = MIN_PAUSE) -> list[tuple[float, float]]:
    """(start, end) of every pause in ``audio``, in seconds; [] when speech and silence
    cannot be told apart."""
    levels = frame_levels(audio)
    if len(levels) < 10:
        return []
    floor, peak = np.percentile(levels, 5), np.percentile(levels, 95)
    if peak - floor < _MIN_RANGE_DB:
        return []
    quiet = levels < floor + 0.25 * (peak - floor)
    pauses: list[tuple[float, float]] = []
    start: int | None = None
    for i, is_quiet in enumerate([*quiet.tolist(), False]):
        if is_quiet and start is None:
            start = i
        elif not is_quiet and start is not None:
            if (i - start) * FRAME >= min_pause:
                pauses.append((round(start * FRAME, 3), round(i * FRAME, 3)))
            start = None
    return pauses


def snap_to_pauses(
    words: Sequence[list[float | str]],
    pauses: Sequence[tuple[float, float]],
    max_shift: float = MAX_SHIFT,
) -> None:
    """Move word edges (``[start, end, text, probability]`` lists, in place) to the
    edges of the pauses matched to the gaps between them."""
    if not words or not pauses:
        return
    starts = [float(w[0]) for w in words]
    ends = [float(w[1]) for w in words]
    # Gap k lies before word k (k = 0: before the first word; k = n: after the last).
    n = len(words)
    gaps = [starts[0]] + [(ends[k - 1] + starts[k]) / 2 for k in range(1, n)] + [ends[-1]]
    last = -1
    for p_start, p_end in pauses:
        middle = (p_start + p_end) / 2
        best: int | None = None
        for k in range(last + 1, n + 1):
            if gaps[k] - middle > max_shift:
                break
            if abs(gaps[k] - middle) <= max_shift and (
                best is None or abs(gaps[k] - middle) < abs(gaps[best] - middle)
            ):
                best = k
        if best is None:
            continue
        last = best
        if best > 0:  # the word before ends where the pause starts
            k = best - 1
            edge = max(p_start, starts[k] + FRAME)
            if abs(edge - ends[k]) <= 2 * max_shift:
                words[k][1] = round(edge, 3)
        if best < n:  # the word after starts where the pause ends
            edge = min(p_end, ends[best] - FRAME) if ends[best] > p_end else p_end
            if abs(edge - starts[best]) <= 2 * max_shift:
                words[best][0] = round(edge, 3)
                if float(words[best][1]) <= edge:
                    words[best][1] = round(edge + FRAME, 3)


__all__ = ["find_pauses", "frame_levels", "snap_to_pauses"]
