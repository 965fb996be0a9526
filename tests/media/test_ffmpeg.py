"""The ffmpeg runner: bundled binary, progress, cancel, atomic output, clear errors."""

from __future__ import annotations

import subprocess
import threading
from pathlib import Path

import pytest

from studio.errors import MediaError
from studio.jobs import Cancelled, CancelToken, Progress
from studio.media import ffmpeg


def _probe(path: Path, entry: str) -> str:
    return subprocess.run(
        ["ffprobe", "-v", "error", "-show_entries", entry, "-of", "csv=p=0", str(path)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()


def _testsrc(seconds: float, size: str = "320x240") -> list[str]:
    return [
        "-f",
        "lavfi",
        "-i",
        f"testsrc=size={size}:rate=25:duration={seconds}",
        "-f",
        "lavfi",
        "-i",
        f"sine=frequency=440:duration={seconds}",
    ]


def test_uses_bundled_binary_not_system(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("STUDIO_FFMPEG", raising=False)
    exe = ffmpeg.ffmpeg_exe()
    assert "imageio_ffmpeg" in exe
    assert Path(exe).is_file()
    monkeypatch.setenv("STUDIO_FFMPEG", "/opt/custom/ffmpeg")
    assert ffmpeg.ffmpeg_exe() == "/opt/custom/ffmpeg"


def test_encode_reports_progress_and_writes_output(tmp_path: Path) -> None:
    out = tmp_path / "out.mp4"
    seen: list[float] = []
    progress = Progress(lambda f, m: seen.append(f), min_interval=0.0)
    ffmpeg.run_ffmpeg(
        _testsrc(2) + ffmpeg.h264_args() + ffmpeg.aac_args() + ["-shortest"],
        out,
        duration=2.0,
        progress=progress,
    )
    assert seen[-1] == 1.0
    assert seen == sorted(seen)
    assert _probe(out, "stream=codec_name").split() == ["h264", "aac"]
    assert abs(float(_probe(out, "format=duration")) - 2.0) < 0.2
    assert [p.name for p in tmp_path.iterdir()] == ["out.mp4"]


def test_cancel_kills_at_once_and_leaves_nothing(tmp_path: Path) -> None:
    out = tmp_path / "long.mp4"
    out.write_bytes(b"previous version")  # an existing file must survive a cancel
    token = CancelToken()
    progress = Progress(lambda f, m: None, token)
    threading.Timer(0.8, token.cancel).start()
    with pytest.raises(Cancelled):
        ffmpeg.run_ffmpeg(
            _testsrc(600, "1280x720") + ffmpeg.h264_args(preset="slow") + ["-shortest"],
            out,
            duration=600.0,
            progress=progress,
        )
    assert out.read_bytes() == b"previous version"
    assert [p.name for p in tmp_path.iterdir()] == ["long.mp4"]


def test_failure_is_a_media_error_with_ffmpeg_message(tmp_path: Path) -> None:
    bad = tmp_path / "bad.mp4"
    bad.write_bytes(b"this is not a video")
    out = tmp_path / "out.mp4"
    with pytest.raises(MediaError) as err:
        ffmpeg.run_ffmpeg(["-i", str(bad)], out, duration=1.0)
    text = err.value.describe()
    assert "ffmpeg failed" in text
    assert "Invalid data" in text or "bad.mp4" in text
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["bad.mp4"]


def test_missing_binary_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("STUDIO_FFMPEG", str(tmp_path / "no-such-ffmpeg"))
    with pytest.raises(MediaError, match="cannot start ffmpeg"):
        ffmpeg.run_ffmpeg(_testsrc(1), tmp_path / "x.mp4")
