"""Finishing recorded takes without Qt: join, picture-in-picture, audio only, crash leftovers."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PIL import Image

from studio.errors import MediaError
from studio.media.probe import probe_media
from studio.media.takes import (
    Segment,
    Take,
    add_take_to_lesson,
    finish_take,
    new_take_folder,
    unfinished_takes,
)
from studio.model import AudioBlock
from studio.project import Project


def _ffmpeg(*args: str) -> None:
    subprocess.run(["ffmpeg", "-v", "error", "-y", *args], check=True)


def _segment(path: Path, color: str, size: str, seconds: float, audio: bool = True) -> Path:
    """A segment like Qt writes: MPEG-4 Part 2 in Matroska, timestamps not starting at 0."""
    args = ["-f", "lavfi", "-i", f"color=c={color}:s={size}:r=30:d={seconds}"]
    if audio:
        args += ["-f", "lavfi", "-i", f"sine=frequency=400:duration={seconds}"]
    args += ["-c:v", "mpeg4", "-q:v", "3", "-output_ts_offset", "0.9"]
    args += ["-c:a", "aac"] if audio else []
    _ffmpeg(*args, str(path))
    return path


def _pixel(video: Path, at: tuple[int, int], tmp: Path) -> tuple[int, ...]:
    frame = tmp / "frame.png"
    _ffmpeg("-ss", "0.5", "-i", str(video), "-frames:v", "1", str(frame))
    with Image.open(frame) as img:
        return tuple(img.convert("RGB").getpixel(at))


def test_join_segments_with_camera_corner(tmp_path: Path) -> None:
    take = Take(folder=tmp_path, markers=[(1.2, "Second idea")])
    for n, seconds in enumerate((1.0, 1.5), start=1):
        _segment(tmp_path / f"seg-{n}.mkv", "blue", "640x480", seconds)
        _segment(tmp_path / f"cam-{n}.mkv", "red", "320x240", seconds, audio=False)
        take.segments.append(Segment(main=f"seg-{n}.mkv", pip=f"cam-{n}.mkv"))
    take.save()
    out = finish_take(take)
    info = probe_media(out)
    assert (info.video_codec, info.audio_codec, info.width, info.height) == (
        "h264", "aac", 640, 480,
    )  # fmt: skip
    assert info.duration is not None and abs(info.duration - 2.5) < 0.2
    corner = _pixel(out, (560, 420), tmp_path)  # camera: bottom-right, a quarter wide
    middle = _pixel(out, (200, 200), tmp_path)
    assert corner[0] > 180 and corner[2] < 80, corner
    assert middle[2] > 180 and middle[0] < 80, middle
    assert [c.title for c in take.chapters()] == ["Start", "Second idea"]


def test_audio_only_take_becomes_an_audio_block(tmp_project: Project) -> None:
    from studio.course_ops import add_lesson, add_module

    folder = new_take_folder(tmp_project.folder)
    _ffmpeg("-f", "lavfi", "-i", "sine=duration=1.5", "-c:a", "aac", str(folder / "seg-1.mkv"))
    take = Take(folder=folder, segments=[Segment(main="seg-1.mkv", duration=1.5)])
    take.state = "stopped"
    take.save()
    module = add_module(tmp_project.stack, tmp_project.course, "M")
    lesson = add_lesson(tmp_project.stack, module, "L")
    block = add_take_to_lesson(tmp_project, lesson.id, take, title="Narration")
    assert isinstance(block, AudioBlock) and lesson.blocks == [block]
    asset = tmp_project.course.media[block.asset]
    assert asset.ext == ".m4a" and asset.mime == "audio/mp4"
    assert asset.duration is not None and abs(asset.duration - 1.5) < 0.2
    tmp_project.stack.undo()
    assert lesson.blocks == [] and block.asset not in tmp_project.course.media


def test_crash_leftovers_are_listed_and_an_empty_last_segment_is_skipped(
    tmp_project: Project,
) -> None:
    folder = new_take_folder(tmp_project.folder)
    _segment(folder / "seg-0001.mkv", "green", "320x240", 1.0)
    (folder / "seg-0002.mkv").write_bytes(b"")  # the writer died before its first flush
    take = Take(folder=folder, segments=[Segment("seg-0001.mkv", duration=1.0),
                                         Segment("seg-0002.mkv")])  # fmt: skip
    take.save()  # state "recording": Studio never stopped it
    [found] = unfinished_takes(tmp_project.folder)
    assert found.folder == folder and len(found.segments) == 2
    out = finish_take(found)
    assert abs((probe_media(out).duration or 0) - 1.0) < 0.2
    # A broken segment in the middle of a cleanly stopped take is an error, not a skip.
    found.state = "stopped"
    found.segments.append(Segment("seg-0001.mkv"))
    found.segments[0], found.segments[1] = found.segments[1], found.segments[0]
    with pytest.raises(MediaError, match="cannot be read"):
        finish_take(found)


def test_empty_take_is_a_clear_error(tmp_path: Path) -> None:
    take = Take(folder=tmp_path, segments=[Segment("missing.mkv")])
    with pytest.raises(MediaError, match="no segments on disk"):
        finish_take(take)
