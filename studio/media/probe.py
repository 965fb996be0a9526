"""Probe media files (duration, frame size, codecs) with PyAV."""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass
from pathlib import Path

from studio.errors import MediaError

_EXTRA_TYPES = {
    ".vtt": "text/vtt",
    ".srt": "application/x-subrip",
    ".m4a": "audio/mp4",
    ".webm": "video/webm",
    ".mkv": "video/x-matroska",
    ".flac": "audio/flac",
    ".opus": "audio/ogg",
    ".md": "text/markdown",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
}


def guess_mime(path: Path) -> str:
    ext = path.suffix.lower()
    if ext in _EXTRA_TYPES:
        return _EXTRA_TYPES[ext]
    mime, _ = mimetypes.guess_type(path.name)
    return mime or "application/octet-stream"


@dataclass
class MediaInfo:
    mime: str
    duration: float | None = None
    width: int | None = None
    height: int | None = None
    video_codec: str | None = None
    audio_codec: str | None = None
    fps: float | None = None
    sample_rate: int | None = None
    channels: int | None = None

    @property
    def has_audio(self) -> bool:
        return self.audio_codec is not None

    @property
    def has_video(self) -> bool:
        return self.video_codec is not None


def probe_media(path: Path) -> MediaInfo:
    """Read what Studio needs to know about a media file; images and documents pass through."""
    mime = guess_mime(path)
    if not (mime.startswith("video/") or mime.startswith("audio/")):
        info = MediaInfo(mime=mime)
        if mime.startswith("image/"):
            try:
                from PIL import Image

                with Image.open(path) as img:
                    info.width, info.height = img.size
            except Exception:  # noqa: BLE001 - unreadable images are reported by validation
                pass
        return info
    import av

    try:
        with av.open(str(path)) as container:
            info = MediaInfo(mime=mime)
            if container.duration is not None:
                info.duration = container.duration / 1_000_000
            longest = 0.0
            for stream in container.streams:
                if stream.duration is not None and stream.time_base is not None:
                    longest = max(longest, float(stream.duration * stream.time_base))
                if isinstance(stream, av.VideoStream) and info.video_codec is None:
                    if stream.disposition & av.stream.Disposition.attached_pic:
                        continue  # cover art of an audio file is not a video
                    video = stream.codec_context
                    info.video_codec = video.name
                    info.width, info.height = video.width, video.height
                    rate = stream.average_rate or stream.guessed_rate
                    info.fps = float(rate) if rate else None
                elif isinstance(stream, av.AudioStream) and info.audio_codec is None:
                    audio = stream.codec_context
                    info.audio_codec = audio.name
                    info.sample_rate = audio.sample_rate
                    info.channels = audio.layout.nb_channels
            if info.duration is None and longest > 0:
                info.duration = longest
            if mime.startswith("video/") and info.video_codec is None and info.audio_codec:
                info.mime = "audio/" + mime.split("/", 1)[1]
            return info
    except av.error.FFmpegError as exc:
        raise MediaError(
            f"cannot read this media file ({exc})",
            path=path,
            hint="check that the file plays in a media player; re-export it as MP4 (H.264/AAC).",
        ) from exc
