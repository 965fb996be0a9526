"""Recorded takes on disk: segments, manifest, recovery, and the final H.264/AAC encode.

The recorder (``recorder.py``, the Qt side) writes each take into its own folder
under ``<project>/recordings/``: Matroska segments (a new one at every resume;
Matroska stays readable when the writer dies mid-file, so a crash or power loss
keeps what was recorded) and ``take.json``, rewritten atomically whenever a
segment starts, a marker is dropped or the take stops. This module has no Qt:
it joins the segments, lays the camera over the screen as a picture-in-picture
corner, transcodes to H.264/AAC MP4 with the bundled ffmpeg as a job, and adds
the result to a lesson as a ``VideoBlock`` whose chapters are the markers.
"""

from __future__ import annotations

import json
import shutil
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from studio.errors import MediaError
from studio.fsutil import atomic_write_text
from studio.jobs import Progress, null_progress
from studio.media.ffmpeg import MP4_FLAGS, aac_args, h264_args, run_ffmpeg
from studio.model import AudioBlock, Chapter, MediaAsset, VideoBlock
from studio.project import Project

RECORDINGS_DIR = "recordings"
MANIFEST = "take.json"
OUTPUT_FPS = 30
PIP_SHARE = 0.25  # camera width as a share of the screen width


@dataclass
class Segment:
    main: str  # file name inside the take folder
    pip: str | None = None  # the camera's file when it is laid over the screen
    duration: float | None = None  # seconds of media, when the segment was closed cleanly


@dataclass
class Take:
    folder: Path
    created: str = ""
    sources: dict[str, str] = field(default_factory=dict)
    segments: list[Segment] = field(default_factory=list)
    markers: list[tuple[float, str]] = field(default_factory=list)
    state: str = "recording"  # recording | stopped | finalized
    has_video: bool = True

    def save(self) -> None:
        data = asdict(self)
        data.pop("folder")
        data["version"] = 1
        atomic_write_text(self.folder / MANIFEST, json.dumps(data, indent=2))

    @classmethod
    def load(cls, folder: Path) -> Take:
        path = folder / MANIFEST
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(
                folder=folder,
                created=str(data.get("created", "")),
                sources=dict(data.get("sources", {})),
                segments=[Segment(**s) for s in data.get("segments", [])],
                markers=[(float(t), str(title)) for t, title in data.get("markers", [])],
                state=str(data.get("state", "recording")),
                has_video=bool(data.get("has_video", True)),
            )
        except (OSError, ValueError, TypeError, KeyError) as exc:
            raise MediaError(
                f"the recording's manifest cannot be read ({exc})",
                path=path,
                hint="the segment files beside it are intact; join them with "
                "'studio transcode' or contact support.",
            ) from exc

    def chapters(self) -> list[Chapter]:
        out = [Chapter(round(t, 3), title or f"Marker {n}") for n, (t, title) in
               enumerate(sorted(self.markers), start=1)]  # fmt: skip
        if out and out[0].start > 0.5:
            out.insert(0, Chapter(0.0, "Start"))
        return out


def new_take_folder(project_folder: Path) -> Path:
    """A fresh ``recordings/take-YYYYmmdd-HHMMSS[-n]`` folder in the project."""
    base = Path(project_folder) / RECORDINGS_DIR
    base.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    folder, n = base / f"take-{stamp}", 1
    while folder.exists():
        n += 1
        folder = base / f"take-{stamp}-{n}"
    folder.mkdir()
    return folder


def unfinished_takes(project_folder: Path) -> list[Take]:
    """Takes a crash (or a failed encode) left behind, oldest first, ready to finish."""
    base = Path(project_folder) / RECORDINGS_DIR
    takes = []
    for manifest in sorted(base.glob(f"take-*/{MANIFEST}")):
        try:
            take = Take.load(manifest.parent)
        except MediaError:
            continue
        if take.state != "finalized" and any(
            (take.folder / s.main).is_file() for s in take.segments
        ):
            takes.append(take)
    return takes


# ----------------------------------------------------------- the final encode


@dataclass
class _Span:
    offset: float  # where the video starts, on ffmpeg's input timeline
    duration: float
    has_audio: bool
    has_video: bool
    width: int = 0


def _span(path: Path) -> _Span:
    """First/last video timestamps (demux only), so every stream can be cut to the video."""
    import av

    try:
        with av.open(str(path)) as container:
            base = (container.start_time or 0) / 1_000_000
            has_audio = bool(container.streams.audio)
            if not container.streams.video:
                return _audio_span(container, base)
            stream = container.streams.video[0]
            width = int(stream.codec_context.width or 0)
            first = last = None
            for packet in container.demux(stream):
                if packet.pts is None or packet.time_base is None:
                    continue
                t = float(packet.pts * packet.time_base)
                first = t if first is None else min(first, t)
                last = t if last is None else max(last, t)
    except (av.error.FFmpegError, OSError) as exc:
        raise MediaError(f"a recording segment cannot be read ({exc})", path=path) from exc
    if first is None or last is None:
        return _Span(0.0, 0.0, has_audio, True, width)
    frame = 1 / OUTPUT_FPS
    return _Span(max(0.0, first - base), last - first + frame, has_audio, True, width)


def _audio_span(container: Any, base: float) -> _Span:
    """An audio-only segment: Qt writes one priming packet, then the sound about a
    second later; the take starts at the sound (a lone leading packet is skipped)."""
    stream = container.streams.audio[0]
    times: list[tuple[float, float]] = []
    for packet in container.demux(stream):
        if packet.pts is None or packet.time_base is None:
            continue
        length = float(packet.duration * packet.time_base) if packet.duration else 0.0
        times.append((float(packet.pts * packet.time_base), length))
    times.sort()
    if len(times) > 1 and times[1][0] - times[0][0] > 0.5:
        times = times[1:]
    if not times:
        return _Span(0.0, 0.0, True, False)
    rate = stream.codec_context.sample_rate or 48000
    frame = (stream.codec_context.frame_size or 1024) / rate
    first, last = times[0][0], times[-1][0]
    return _Span(max(0.0, first - base), last - first + frame, True, False)


def finish_take(take: Take, output: Path | None = None, progress: Progress | None = None) -> Path:
    """Join the take's segments and encode H.264/AAC MP4 (or AAC .m4a without video)."""
    progress = progress or null_progress()
    progress.update(0.0, "Reading the recording")
    segments = [s for s in take.segments if (take.folder / s.main).is_file()]
    if not segments:
        raise MediaError(
            "this recording has no segments on disk",
            path=take.folder,
            hint="record again; check free disk space and folder permissions.",
        )
    spans = []
    for n, segment in enumerate(segments):
        try:
            spans.append(_span(take.folder / segment.main))
        except MediaError:
            # The segment being written when Studio died may be empty or cut short.
            if take.state != "recording" or n != len(segments) - 1:
                raise
            segments = segments[:-1]
    pairs = [(s, sp) for s, sp in zip(segments, spans, strict=True) if sp.duration > 0.05]
    if not pairs:
        raise MediaError("the recording is empty", path=take.folder, hint="record again.")
    has_video = any(sp.has_video for _, sp in pairs)
    has_audio = any(sp.has_audio for _, sp in pairs)
    if output is None:
        output = take.folder / ("take.mp4" if has_video else "take.m4a")
    args: list[str] = []
    parts: list[str] = []
    labels = ""
    n_in = 0
    for k, (seg, sp) in enumerate(pairs):
        args += ["-i", str(take.folder / seg.main)]
        main = n_in
        n_in += 1
        trim = f"start={sp.offset:.4f}:duration={sp.duration:.4f}"
        if has_video:
            parts.append(
                f"[{main}:v:0]trim={trim},setpts=PTS-STARTPTS,fps={OUTPUT_FPS},"
                f"scale=trunc(iw/2)*2:trunc(ih/2)*2,setsar=1[m{k}]"
            )
            video = f"m{k}"
            if seg.pip and (take.folder / seg.pip).is_file():
                cam = _span(take.folder / seg.pip)
                args += ["-i", str(take.folder / seg.pip)]
                pip = n_in
                n_in += 1
                ctrim = f"start={cam.offset:.4f}"
                parts.append(
                    f"[{pip}:v:0]trim={ctrim},setpts=PTS-STARTPTS,fps={OUTPUT_FPS},"
                    f"scale={int((sp.width or 640) * PIP_SHARE) // 2 * 2}:-2[c{k}]"
                )
                # Camera in the bottom-right corner, 2 % margin; the screen sets the length.
                parts.append(
                    f"[m{k}][c{k}]overlay=W-w-W*0.02:H-h-H*0.02:eof_action=pass:shortest=0[o{k}]"
                )
                video = f"o{k}"
            parts.append(f"[{video}]format=yuv420p[v{k}]")
            labels += f"[v{k}]"
        if has_audio:
            if sp.has_audio:
                parts.append(
                    f"[{main}:a:0]atrim=start={sp.offset:.4f},asetpts=PTS-STARTPTS,"
                    f"aresample=48000:async=1,apad,atrim=duration={sp.duration:.4f}[a{k}]"
                )
            else:
                parts.append(f"anullsrc=r=48000:cl=mono,atrim=duration={sp.duration:.4f}[a{k}]")
            labels += f"[a{k}]"
    outs = ("[v]" if has_video else "") + ("[a]" if has_audio else "")
    parts.append(f"{labels}concat=n={len(pairs)}:v={int(has_video)}:a={int(has_audio)}{outs}")
    args += ["-filter_complex", ";".join(parts)]
    if has_video:
        args += ["-map", "[v]", *h264_args(crf=22, preset="veryfast")]
    if has_audio:
        args += ["-map", "[a]", *aac_args("128k")]
    args += MP4_FLAGS
    total = sum(sp.duration for _, sp in pairs)
    run_ffmpeg(args, output, duration=total, progress=progress.sub(0.02, 1.0),
               message="Encoding the recording")  # fmt: skip
    take.state = "stopped" if take.state == "recording" else take.state
    take.has_video = has_video
    take.save()
    return output


def prepare_take_block(
    project: Project,
    take: Take,
    progress: Progress | None = None,
    *,
    title: str = "Recording",
) -> tuple[VideoBlock | AudioBlock, MediaAsset]:
    """Encode ``take`` and stage it in ``media/``; changes nothing in the course.

    Safe on a worker thread; then call ``compose.add_video_block`` on the GUI thread
    and ``discard_take(take)``.
    """
    from studio.media.media_blocks import stage_media

    progress = progress or null_progress()
    output = finish_take(take, None, progress.sub(0.0, 0.95))
    asset = stage_media(project, output)
    block: VideoBlock | AudioBlock
    if asset.is_video:
        block = VideoBlock(asset=asset.id, title=title, chapters=take.chapters())
    else:
        block = AudioBlock(asset=asset.id, title=title)
    progress.update(1.0, "Recording ready")
    return block, asset


def discard_take(take: Take, *, keep_segments: bool = False) -> None:
    """Mark the take done (it is in the project) and remove its segments."""
    take.state = "finalized"
    take.save()
    if not keep_segments:
        shutil.rmtree(take.folder, ignore_errors=True)


def add_take_to_lesson(
    project: Project,
    lesson_id: str,
    take: Take,
    progress: Progress | None = None,
    *,
    title: str = "Recording",
    keep_segments: bool = False,
) -> VideoBlock | AudioBlock:
    """Encode ``take`` and add it to the lesson in one undo step (CLI, tests)."""
    from studio.media.media_blocks import add_video_block

    progress = progress or null_progress()
    lesson = project.course.find_lesson(lesson_id)
    if lesson is None:
        raise MediaError(f"no lesson with id {lesson_id!r}", path=project.folder)
    block, asset = prepare_take_block(project, take, progress.sub(0.0, 0.99), title=title)
    add_video_block(project, lesson, block, asset, "Add recording")
    discard_take(take, keep_segments=keep_segments)
    progress.update(1.0, "Recording added")
    return block


def describe(take: Take) -> dict[str, Any]:
    """A summary for the UI's recovery prompt."""
    return {
        "folder": str(take.folder),
        "created": take.created,
        "segments": len(take.segments),
        "markers": len(take.markers),
        "state": take.state,
    }
