"""Editing jobs with real ffmpeg encodes on tiny lavfi clips, checked with ffprobe."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from studio.errors import MediaError
from studio.jobs import Cancelled, CancelToken, Progress
from studio.media import edit
from studio.media.presets import PRESETS, estimate_size
from studio.units import human_size as format_size
from tests.media_fixtures import ffprobe


def _ffmpeg(*args: str) -> None:
    subprocess.run(["ffmpeg", "-v", "error", "-y", *args], check=True)


def _summary(path: Path) -> tuple[float, list[str], tuple[int, int] | None]:
    data = ffprobe(path)
    codecs = [s["codec_name"] for s in data["streams"]]
    video = [s for s in data["streams"] if s["codec_type"] == "video"]
    size = (video[0]["width"], video[0]["height"]) if video else None
    return float(data["format"]["duration"]), codecs, size


@pytest.fixture(scope="module")
def clip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("edit") / "clip.mp4"
    _ffmpeg(
        "-f",
        "lavfi",
        "-i",
        "testsrc=size=640x480:rate=25:duration=3",
        "-f",
        "lavfi",
        "-i",
        "sine=frequency=300:duration=3:sample_rate=48000",
        "-c:v",
        "libx264",
        "-c:a",
        "aac",
        "-shortest",
        str(path),
    )
    return path


def test_trim(clip: Path, tmp_path: Path) -> None:
    out = edit.trim(clip, tmp_path / "t.mp4", 0.5, 2.0)
    duration, codecs, size = _summary(out)
    assert abs(duration - 1.5) < 0.2
    assert codecs == ["h264", "aac"] and size == (640, 480)


def test_cut_segment(clip: Path, tmp_path: Path) -> None:
    out = edit.cut_segment(clip, tmp_path / "c.mp4", 1.0, 2.0)
    duration, codecs, _ = _summary(out)
    assert abs(duration - 2.0) < 0.2
    assert codecs == ["h264", "aac"]


def test_join_scales_and_fills_missing_audio(clip: Path, tmp_path: Path) -> None:
    small = tmp_path / "small_silent.mp4"
    _ffmpeg(
        "-f",
        "lavfi",
        "-i",
        "testsrc=size=320x240:rate=15:duration=1",
        "-c:v",
        "libx264",
        str(small),
    )
    out = edit.join_clips([clip, small], tmp_path / "j.mp4")
    duration, codecs, size = _summary(out)
    assert abs(duration - 4.0) < 0.2
    assert codecs == ["h264", "aac"] and size == (640, 480)


def test_bad_range_is_clear(clip: Path, tmp_path: Path) -> None:
    with pytest.raises(MediaError, match="outside the clip"):
        edit.trim(clip, tmp_path / "x.mp4", 2.0, 9.0)
    assert not (tmp_path / "x.mp4").exists()


def test_loudness_normalisation_reaches_target(tmp_path: Path) -> None:
    quiet = tmp_path / "quiet.mp4"
    _ffmpeg(
        "-f",
        "lavfi",
        "-i",
        "testsrc=size=160x120:rate=10:duration=3",
        "-f",
        "lavfi",
        "-i",
        "sine=frequency=500:duration=3,volume=0.05",
        "-c:v",
        "libx264",
        "-c:a",
        "aac",
        "-shortest",
        str(quiet),
    )
    before = edit.measure_loudness(quiet)["input_i"]
    out = edit.normalize_loudness(quiet, tmp_path / "loud.mp4")
    after = edit.measure_loudness(out)["input_i"]
    assert before < -30
    assert abs(after - edit.DEFAULT_LOUDNESS) < 1.5
    duration, codecs, size = _summary(out)
    assert codecs == ["h264", "aac"] and size == (160, 120)


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Path:
    src = tmp_path_factory.mktemp("big") / "big.mp4"
    _ffmpeg(
        "-f", "lavfi", "-i", "testsrc=size=1920x1080:rate=25:duration=2",
        "-f", "lavfi", "-i", "sine=duration=2",
        "-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac", "-shortest", str(src),
    )  # fmt: skip
    return src


@pytest.mark.parametrize("name", ["hd720", "low360", "audio"])
def test_delivery_presets(name: str, big: Path, tmp_path: Path) -> None:
    src = big
    preset = PRESETS[name]
    out = edit.transcode(src, tmp_path / f"out{preset.ext}", name)
    duration, codecs, size = _summary(out)
    assert abs(duration - 2.0) < 0.2
    if name == "audio":
        assert codecs == ["aac"] and size is None
    else:
        assert codecs == ["h264", "aac"]
        assert size == (1280, 720) if name == "hd720" else size == (640, 360)
    assert out.stat().st_size <= estimate_size(2.0, preset) * 1.5


def test_presets_never_upscale(clip: Path, tmp_path: Path) -> None:
    out = edit.transcode(clip, tmp_path / "hd.mp4", "hd720")
    assert _summary(out)[2] == (640, 480)


def test_size_estimate() -> None:
    hour = 3600.0
    hd, low, audio = PRESETS["hd720"], PRESETS["low360"], PRESETS["audio"]
    assert estimate_size(hour, low) < estimate_size(hour, hd)
    assert estimate_size(hour, audio) < estimate_size(hour, low)
    assert 1.1e9 < estimate_size(hour, hd) < 1.3e9  # 2.628 Mbit/s for an hour
    assert estimate_size(hour, hd, has_video=False) == estimate_size(hour, audio) * 128 // 96
    assert format_size(1_234_567) == "1.2 MB"


def test_transcode_cancel_leaves_no_file(tmp_path: Path) -> None:
    src = tmp_path / "long.mp4"
    _ffmpeg(
        "-f",
        "lavfi",
        "-i",
        "testsrc=size=1280x720:rate=5:duration=60",
        "-c:v",
        "libx264",
        "-preset",
        "ultrafast",
        str(src),
    )
    token = CancelToken()

    def cancel_once_started(fraction: float, _message: str) -> None:
        if fraction > 0:  # mid-encode, whatever the machine's speed
            token.cancel()

    with pytest.raises(Cancelled):
        edit.transcode(
            src, tmp_path / "out.mp4", "hd720", Progress(cancel_once_started, token, min_interval=0)
        )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["long.mp4"]
