"""Small real media files made by the tests themselves (ffmpeg lavfi, Pillow, espeak-ng)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any


def ffmpeg_exe() -> str:
    import imageio_ffmpeg

    return str(imageio_ffmpeg.get_ffmpeg_exe())


def make_video(path: Path, seconds: float = 2.0, size: str = "320x240") -> Path:
    """An H.264/AAC MP4 test pattern with a tone."""
    subprocess.run(
        [
            ffmpeg_exe(), "-y", "-loglevel", "error",
            "-f", "lavfi", "-i", f"testsrc=size={size}:rate=15:duration={seconds}",
            "-f", "lavfi", "-i", f"sine=frequency=440:duration={seconds}",
            "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p",
            "-c:a", "aac", "-b:a", "64k", "-shortest", "-movflags", "+faststart",
            str(path),
        ],
        check=True,
    )  # fmt: skip
    return path


def make_audio(path: Path, seconds: float = 2.0) -> Path:
    """A tone as AAC in .m4a (or WAV if the suffix is .wav)."""
    codec = ["-c:a", "pcm_s16le"] if path.suffix == ".wav" else ["-c:a", "aac", "-b:a", "64k"]
    subprocess.run(
        [ffmpeg_exe(), "-y", "-loglevel", "error", "-f", "lavfi",
         "-i", f"sine=frequency=330:duration={seconds}", *codec, str(path)],
        check=True,
    )  # fmt: skip
    return path


def make_image(path: Path, text: str = "Diagram", size: tuple[int, int] = (320, 200)) -> Path:
    from PIL import Image, ImageDraw

    img = Image.new("RGB", size, (240, 248, 255))
    draw = ImageDraw.Draw(img)
    draw.rectangle((10, 10, size[0] - 10, size[1] - 10), outline=(0, 60, 120), width=4)
    draw.text((30, size[1] // 2 - 10), text, fill=(0, 0, 0))
    img.save(path)
    return path


def espeak_wav(path: Path, text: str, speed: int = 150) -> Path:
    """Synthetic speech (espeak-ng) as 16 kHz mono WAV."""
    raw = path.with_suffix(".raw.wav")
    espeak = shutil.which("espeak-ng") or "espeak-ng"
    subprocess.run([espeak, "-v", "en-us", "-s", str(speed), "-w", str(raw), text], check=True)
    subprocess.run(
        [ffmpeg_exe(), "-y", "-loglevel", "error", "-i", str(raw), "-ar", "16000", "-ac", "1",
         str(path)],
        check=True,
    )  # fmt: skip
    raw.unlink()
    return path


def ffprobe(path: Path) -> dict[str, Any]:
    """ffprobe's view of a media file (format and streams), for assertions."""
    out = subprocess.run(
        ["ffprobe", "-v", "error", "-show_format", "-show_streams", "-of", "json", str(path)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    data: dict[str, Any] = json.loads(out)
    return data
