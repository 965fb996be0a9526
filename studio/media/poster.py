"""Poster frames of a video: what shows before it plays.

``poster_frame`` finds the first frame that is not black about a second in (lectures
often fade in from black); ``frame_at`` grabs the frame at a time ("Use this frame as
poster"); ``save_jpeg`` writes a frame for ``stage_media``. All decode with PyAV.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from studio.errors import MediaError

BLACK_LUMA = 18.0  # mean luma (0-255) under which a frame counts as black
SEARCH_SECONDS = 12.0  # give up looking for a non-black frame after this long


def _frames(path: Path, start: float = 0.0):  # type: ignore[no-untyped-def]
    import av

    try:
        container = av.open(str(path))
    except (OSError, av.error.FFmpegError) as exc:
        raise MediaError(f"cannot read the video ({exc})", path=path,
                         hint="check the file plays in a media player.") from exc
    try:
        if not container.streams.video:
            raise MediaError("the file has no picture", path=path,
                             hint="a poster needs a video, not an audio file.")
        stream = container.streams.video[0]
        if start > 0 and stream.time_base is not None:
            container.seek(int(start / stream.time_base), stream=stream, backward=True)
        for frame in container.decode(stream):
            base = stream.time_base
            seconds = float(frame.pts * base) if frame.pts is not None and base else 0.0
            yield seconds, frame
    finally:
        container.close()


def _rgb(frame) -> np.ndarray:  # type: ignore[no-untyped-def]
    return np.asarray(frame.to_ndarray(format="rgb24"))


def luma(rgb: np.ndarray) -> float:
    return float((rgb[..., 0] * 0.299 + rgb[..., 1] * 0.587 + rgb[..., 2] * 0.114).mean())


def poster_frame(path: str | Path, around: float = 1.0) -> tuple[float, np.ndarray]:
    """(seconds, RGB frame) of the first non-black frame at or after ``around`` seconds
    (earlier in a shorter video); the brightest frame seen if every one is black."""
    path = Path(path)
    best: tuple[float, float, np.ndarray] | None = None
    for seconds, frame in _frames(path):
        if seconds > SEARCH_SECONDS:
            break
        rgb = _rgb(frame)
        bright = luma(rgb)
        if best is None or bright > best[0]:
            best = (bright, seconds, rgb)
        if seconds + 1e-6 >= around and bright > BLACK_LUMA:
            return seconds, rgb
    if best is None:
        raise MediaError("the video has no frames", path=path,
                         hint="re-export the video, or transcode it with `studio transcode`.")
    return best[1], best[2]  # a short or dark video: its brightest early frame


def frame_at(path: str | Path, seconds: float) -> np.ndarray:
    """The RGB frame shown at ``seconds``."""
    path = Path(path)
    last: np.ndarray | None = None
    for t, frame in _frames(path, max(0.0, seconds - 0.001)):
        last = _rgb(frame)
        if t + 1e-3 >= seconds:
            break
    if last is None:
        raise MediaError(f"no frame at {seconds:.2f} s", path=path,
                         hint="move the playhead inside the video.")
    return last


def save_jpeg(rgb: np.ndarray, path: str | Path, quality: int = 88) -> Path:
    from PIL import Image

    Image.fromarray(rgb).save(str(path), "JPEG", quality=quality)
    return Path(path)
