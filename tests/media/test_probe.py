"""Probing media with PyAV: duration, frame size, codecs, MIME."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PIL import Image

from studio.errors import MediaError
from studio.media.probe import probe_media


def _ffmpeg(*args: str) -> None:
    subprocess.run(["ffmpeg", "-v", "error", "-y", *args], check=True)


def test_video_with_audio(tmp_path: Path) -> None:
    clip = tmp_path / "clip.mp4"
    _ffmpeg(
        "-f",
        "lavfi",
        "-i",
        "testsrc=size=320x240:rate=25:duration=2",
        "-f",
        "lavfi",
        "-i",
        "sine=duration=2:sample_rate=48000",
        "-c:v",
        "libx264",
        "-c:a",
        "aac",
        "-shortest",
        str(clip),
    )
    info = probe_media(clip)
    assert info.mime == "video/mp4"
    assert (info.width, info.height) == (320, 240)
    assert info.video_codec == "h264" and info.audio_codec == "aac"
    assert info.has_audio and info.has_video
    assert info.duration is not None and abs(info.duration - 2.0) < 0.2
    assert info.fps == pytest.approx(25.0)
    assert info.sample_rate == 48000


def test_silent_video_and_audio_only(tmp_path: Path) -> None:
    silent = tmp_path / "silent.webm"
    _ffmpeg(
        "-f",
        "lavfi",
        "-i",
        "testsrc=size=160x120:rate=10:duration=1",
        "-c:v",
        "libvpx-vp9",
        str(silent),
    )
    info = probe_media(silent)
    assert info.mime == "video/webm" and info.has_video and not info.has_audio
    wav = tmp_path / "tone.wav"
    _ffmpeg("-f", "lavfi", "-i", "sine=duration=1.5", str(wav))
    info = probe_media(wav)
    assert info.mime.startswith("audio/") and info.has_audio and not info.has_video
    assert info.duration is not None and abs(info.duration - 1.5) < 0.1
    # An MP4 holding only sound is audio, whatever its extension says.
    m4 = tmp_path / "sound.mp4"
    _ffmpeg("-i", str(wav), "-c:a", "aac", str(m4))
    assert probe_media(m4).mime == "audio/mp4"


def test_image_and_damaged_file(tmp_path: Path) -> None:
    png = tmp_path / "slide.png"
    Image.new("RGB", (64, 48), "white").save(png)
    info = probe_media(png)
    assert (info.mime, info.width, info.height) == ("image/png", 64, 48)
    assert info.duration is None and not info.has_video
    bad = tmp_path / "broken.mp4"
    bad.write_bytes(b"\x00" * 100)
    with pytest.raises(MediaError) as err:
        probe_media(bad)
    assert "broken.mp4" in err.value.describe()
