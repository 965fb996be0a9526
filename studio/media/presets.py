"""Delivery presets: what a lecture video is encoded to before it ships.

Each preset caps the bitrate (constant quality with a ceiling), so the size
estimate shown before encoding is an upper bound learners can trust:
``duration x (video + audio bitrate)``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Preset:
    name: str
    label: str
    description: str
    height: int | None  # output frame height (never upscaled); None = audio only
    video_kbps: int  # bitrate ceiling of the video stream (0 = no video)
    audio_kbps: int
    audio_channels: int
    ext: str  # output extension when the caller does not choose one
    crf: int = 23

    @property
    def audio_only(self) -> bool:
        return self.height is None


PRESETS: dict[str, Preset] = {
    "hd720": Preset(
        "hd720",
        "HD 720p",
        "1280x720 H.264/AAC MP4, up to 2.5 Mbit/s: sharp slides and screen text.",
        720,
        2500,
        128,
        2,
        ".mp4",
        crf=23,
    ),
    "low360": Preset(
        "low360",
        "Low bandwidth 360p",
        "640x360 H.264/AAC MP4, up to 0.6 Mbit/s: for slow or metered connections.",
        360,
        600,
        64,
        1,
        ".mp4",
        crf=27,
    ),
    "audio": Preset(
        "audio",
        "Audio only",
        "AAC audio, 96 kbit/s mono (.m4a): listen anywhere, smallest download.",
        None,
        0,
        96,
        1,
        ".m4a",
    ),
}

# MP4 container overhead: about 1-2 %; we round the estimate up by this share.
_CONTAINER_OVERHEAD = 0.02


def estimate_size(duration: float, preset: Preset, *, has_video: bool = True) -> int:
    """Upper estimate of the output size in bytes for ``duration`` seconds."""
    kbps = preset.audio_kbps + (preset.video_kbps if has_video and not preset.audio_only else 0)
    return int(duration * kbps * 1000 / 8 * (1 + _CONTAINER_OVERHEAD))


def get_preset(name: str) -> Preset:
    from studio.errors import MediaError

    try:
        return PRESETS[name]
    except KeyError:
        raise MediaError(
            f"unknown delivery preset {name!r}",
            hint=f"choose one of: {', '.join(PRESETS)}.",
        ) from None
