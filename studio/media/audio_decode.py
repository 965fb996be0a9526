"""Audio as 16 kHz mono float32, decoded with PyAV block by block (no ffmpeg binary).

Streaming keeps memory flat for long lectures: callers get blocks of a few seconds and
decide what to keep (see ``vad_chunks``).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

from studio.errors import MediaError

SAMPLE_RATE = 16000


def _open(path: Path) -> Any:
    import av

    try:
        container = av.open(str(path))
    except (OSError, av.error.FFmpegError) as exc:
        raise MediaError(
            f"cannot read the audio ({exc})",
            path=path,
            hint="Check the file plays in a media player; Studio reads common audio and video.",
        ) from exc
    if not container.streams.audio:
        container.close()
        raise MediaError(
            "the file has no audio track",
            path=path,
            hint="Choose a recording with sound; captions come from the audio.",
        )
    return container


def media_duration(path: str | Path) -> float:
    """Length of the first audio stream in seconds (0.0 when the container does not say)."""
    container = _open(Path(path))
    try:
        stream = container.streams.audio[0]
        if stream.duration is not None and stream.time_base is not None:
            return float(stream.duration * stream.time_base)
        if container.duration is not None:
            return float(container.duration) / 1_000_000
        return 0.0
    finally:
        container.close()


def iter_audio(path: str | Path) -> Iterator[np.ndarray]:
    """Blocks of 16 kHz mono float32 samples, in order, covering the whole first audio stream."""
    import av

    path = Path(path)
    container = _open(path)
    try:
        stream = container.streams.audio[0]
        stream.thread_type = "AUTO"
        resampler = av.AudioResampler(format="flt", layout="mono", rate=SAMPLE_RATE)
        pending: list[np.ndarray] = []
        size = 0
        try:
            for frame in container.decode(stream):
                for out in resampler.resample(frame):
                    block = out.to_ndarray().reshape(-1)
                    pending.append(block)
                    size += block.size
                if size >= SAMPLE_RATE * 5:
                    yield np.concatenate(pending).astype(np.float32, copy=False)
                    pending, size = [], 0
            for out in resampler.resample(None):
                pending.append(out.to_ndarray().reshape(-1))
        except av.error.FFmpegError as exc:
            raise MediaError(
                f"the audio is damaged ({exc})",
                path=path,
                hint="Re-export the recording, or transcode it with `studio transcode`.",
            ) from exc
        if pending:
            yield np.concatenate(pending).astype(np.float32, copy=False)
    finally:
        container.close()


def decode_audio(path: str | Path) -> np.ndarray:
    """The whole audio at once (short clips only)."""
    blocks = list(iter_audio(path))
    if not blocks:
        return np.zeros(0, dtype=np.float32)
    return np.concatenate(blocks)
