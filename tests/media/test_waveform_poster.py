"""Waveform peaks and poster frames, on media made here with ffmpeg."""

from __future__ import annotations

import subprocess
import wave
from pathlib import Path

import numpy as np
import pytest

from studio.errors import MediaError
from studio.media.poster import BLACK_LUMA, frame_at, luma, poster_frame, save_jpeg
from studio.media.waveform import waveform_peaks
from tests.media_fixtures import ffmpeg_exe


def tone_burst(path: Path, seconds: float = 4.0, burst: tuple[float, float] = (1.5, 2.0)) -> Path:
    """Silence with a 440 Hz tone between ``burst`` seconds (16-bit mono WAV)."""
    rate = 16000
    t = np.arange(int(seconds * rate)) / rate
    signal = np.where((t >= burst[0]) & (t < burst[1]), 0.8 * np.sin(2 * np.pi * 440 * t), 0.0)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes((signal * 32767).astype("<i2").tobytes())
    return path


def fade_in_video(path: Path) -> Path:
    """One second of black, then a colourful test pattern (like a lecture fading in)."""
    subprocess.run(
        [ffmpeg_exe(), "-y", "-loglevel", "error",
         "-f", "lavfi", "-i", "color=c=black:s=160x120:r=10:d=1",
         "-f", "lavfi", "-i", "testsrc=s=160x120:r=10:d=2",
         "-filter_complex", "[0:v][1:v]concat=n=2:v=1:a=0[v]", "-map", "[v]",
         "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", str(path)],
        check=True,
    )  # fmt: skip
    return path


def test_the_waveform_of_a_tone_burst_peaks_where_the_burst_is(tmp_path: Path) -> None:
    wf = waveform_peaks(tone_burst(tmp_path / "burst.wav"))
    assert abs(wf.duration - 4.0) < 0.05
    loud = np.flatnonzero(wf.peaks > 0.4) / wf.rate
    assert loud.min() == pytest.approx(1.5, abs=0.02)
    assert loud.max() == pytest.approx(2.0, abs=0.02)
    assert wf.peak_at(0.5) < 0.01 and wf.peak_at(3.0) < 0.01 and wf.peak_at(1.75) > 0.7


def test_the_poster_is_the_first_frame_that_is_not_black(tmp_path: Path) -> None:
    video = fade_in_video(tmp_path / "fade.mp4")
    seconds, rgb = poster_frame(video)
    assert seconds >= 1.0 - 1e-6
    assert luma(rgb) > BLACK_LUMA
    assert luma(frame_at(video, 0.3)) < BLACK_LUMA  # the black start is really black
    out = save_jpeg(frame_at(video, 2.0), tmp_path / "poster.jpg")
    assert out.stat().st_size > 500


def test_audio_only_has_no_poster(tmp_path: Path) -> None:
    with pytest.raises(MediaError, match="no picture"):
        poster_frame(tone_burst(tmp_path / "a.wav"))
