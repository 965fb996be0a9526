"""Run the bundled ffmpeg as a job: progress, instant cancel, atomic output.

Studio never uses a system ffmpeg: the binary comes from imageio-ffmpeg (also
inside the PyInstaller bundle), or from ``STUDIO_FFMPEG`` when set. Every run
writes to a temporary file beside the target and renames it only on success, so
a failed or cancelled encode never leaves a half-written file in the project.
"""

from __future__ import annotations

import collections
import os
import secrets
import subprocess
import sys
import threading
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from studio.errors import MediaError
from studio.jobs import Cancelled, Progress, null_progress

_STDERR_LINES = 12


@lru_cache(maxsize=1)
def _bundled_ffmpeg() -> str | None:
    """The imageio-ffmpeg binary (never a system ffmpeg), or None."""
    try:
        from imageio_ffmpeg import _definitions
    except ImportError:
        return None
    name = _definitions.FNAME_PER_PLATFORM.get(_definitions.get_platform(), "")
    if not name:
        return None
    folders = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:  # PyInstaller: collected as data under imageio_ffmpeg/binaries
        folders.append(Path(bundle) / "imageio_ffmpeg" / "binaries")
    import imageio_ffmpeg

    folders.append(Path(imageio_ffmpeg.__file__).parent / "binaries")
    for folder in folders:
        exe = folder / name
        if exe.is_file():
            return str(exe)
    return None


def ffmpeg_exe() -> str:
    """Path of the ffmpeg binary Studio uses (``STUDIO_FFMPEG`` overrides)."""
    override = os.environ.get("STUDIO_FFMPEG")
    if override:
        return override
    exe = _bundled_ffmpeg()
    if exe is None:
        raise MediaError(
            "the ffmpeg program that ships with Studio is missing",
            hint="reinstall Studio (the imageio-ffmpeg package), or set STUDIO_FFMPEG "
            "to an ffmpeg binary.",
        )
    return exe


def temp_path_for(target: Path) -> Path:
    """A hidden temporary name beside ``target`` with the same extension (same folder,
    so the final rename is atomic and ffmpeg still picks the muxer from the name)."""
    return target.with_name(f".{target.stem}.{secrets.token_hex(4)}.part{target.suffix}")


def _parse_time(line: str) -> float | None:
    key, _, value = line.partition("=")
    if key in ("out_time_us", "out_time_ms"):  # both are microseconds in ffmpeg
        try:
            return int(value) / 1_000_000
        except ValueError:
            return None
    return None


def run_ffmpeg(
    args: Sequence[str],
    output: Path | None,
    *,
    duration: float | None = None,
    progress: Progress | None = None,
    message: str = "Encoding",
    output_args: Sequence[str] = (),
) -> str:
    """Run ``ffmpeg <args> [output_args] -threads 0 <tmp>`` and rename tmp to ``output``.

    ``args`` holds inputs and filters; ``output=None`` discards the output (``-f null``,
    for analysis passes). ``duration`` (seconds of output) turns ffmpeg's
    ``-progress`` reports into fractions. Returns ffmpeg's stderr (the analysis passes
    read it). Raises ``Cancelled`` (process killed, nothing written) or ``MediaError``
    with ffmpeg's last stderr lines.
    """
    progress = progress or null_progress()
    progress.check()
    tmp = temp_path_for(output) if output is not None else None
    cmd = [ffmpeg_exe(), "-hide_banner", "-nostdin", "-y", "-nostats", "-progress", "pipe:1"]
    cmd += list(args)
    cmd += list(output_args)
    cmd += ["-threads", "0"]
    cmd += [str(tmp)] if tmp is not None else ["-f", "null", "-"]
    stderr_tail: collections.deque[str] = collections.deque(maxlen=400)
    try:
        proc = subprocess.Popen(
            cmd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            errors="replace",
        )
    except OSError as exc:
        raise MediaError(
            f"cannot start ffmpeg ({exc})",
            path=cmd[0],
            hint="reinstall Studio or set STUDIO_FFMPEG to a working ffmpeg binary.",
        ) from exc

    def read_stderr() -> None:
        assert proc.stderr is not None
        for line in proc.stderr:
            stderr_tail.append(line.rstrip())

    position = [0.0]

    def read_stdout() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            seconds = _parse_time(line.strip())
            if seconds is not None and seconds >= 0:
                position[0] = seconds

    readers = [threading.Thread(target=f, daemon=True) for f in (read_stderr, read_stdout)]
    for reader in readers:
        reader.start()
    try:
        while True:
            try:
                proc.wait(timeout=0.1)
                break
            except subprocess.TimeoutExpired:
                pass
            if duration:
                progress.update(min(0.999, position[0] / duration), message)
            else:
                progress.check()
    except Cancelled:
        proc.kill()
        proc.wait()
        _remove(tmp)
        raise
    except BaseException:
        proc.kill()
        proc.wait()
        _remove(tmp)
        raise
    for reader in readers:
        reader.join(timeout=5)
    stderr = "\n".join(stderr_tail)
    if proc.returncode != 0:
        _remove(tmp)
        tail = "\n".join(list(stderr_tail)[-_STDERR_LINES:]) or "(no message)"
        raise MediaError(
            f"ffmpeg failed (exit status {proc.returncode}):\n{tail}",
            path=output,
            hint="check that the input files play in a media player and that the disk "
            "has free space.",
        )
    if tmp is not None and output is not None:
        try:
            os.replace(tmp, output)
        except OSError as exc:
            _remove(tmp)
            raise MediaError(f"cannot write the output ({exc})", path=output) from exc
    progress.update(1.0, message)
    return stderr


def _remove(path: Path | None) -> None:
    if path is not None:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            pass


def h264_args(*, crf: int = 23, preset: str = "veryfast", still: bool = False) -> list[str]:
    """Video encoder settings every Studio MP4 shares (plays everywhere, streams early)."""
    args = ["-c:v", "libx264", "-preset", preset, "-crf", str(crf), "-pix_fmt", "yuv420p"]
    if still:
        args += ["-tune", "stillimage"]
    return args


def aac_args(bitrate: str = "128k") -> list[str]:
    return ["-c:a", "aac", "-b:a", bitrate]


MP4_FLAGS = ["-movflags", "+faststart"]
