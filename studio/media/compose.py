"""Compose a narrated-slides lecture video: each slide as long as its narration.

``compose_lesson`` (parent side) gathers the lesson's slides (``ImageBlock``s) and
their narration (the block's ``narration_audio`` asset, or one audio file per
slide from a folder), runs ``compose_job`` in a worker process (moviepy timeline,
H.264/AAC through the bundled ffmpeg), then adds the video to the lesson as a
``VideoBlock`` with a chapter per slide and the speaker notes as draft
transcript, in one undoable command.

Stills are cheap to encode when the encoder knows they are stills: a low frame
rate, ``-tune stillimage``, and a keyframe at every slide change so chapter
seeks land exactly.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from studio.errors import MediaError
from studio.jobs import Progress, null_progress

# Re-exported: callers (the UI panels) import these from here.
from studio.media.media_blocks import add_video_block as add_video_block
from studio.media.media_blocks import set_slide_narration as set_slide_narration
from studio.media.media_blocks import stage_media as stage_media
from studio.model import Chapter, ImageBlock, Lesson, MediaAsset, TextBlock, VideoBlock
from studio.project import Project
from studio.tempfiles import work_dir

AUDIO_EXTENSIONS = (".wav", ".m4a", ".mp3", ".ogg", ".opus", ".flac", ".aac", ".webm", ".mp4")
STILL_FPS = 5  # slide changes land within 0.2 s; 6x fewer frames than 30 fps
SILENT_SLIDE_SECONDS = 4.0
TAIL_SECONDS = 0.5  # a breath after each narration before the next slide


@dataclass
class ComposeSlide:
    image: Path
    title: str
    audio: Path | None = None
    duration: float | None = None  # when there is no audio


@dataclass
class ComposeResult:
    output: Path
    duration: float
    chapters: list[Chapter] = field(default_factory=list)


# ----------------------------------------------------------------- the encode


def _even_size(path: Path) -> tuple[int, int]:
    from PIL import Image

    with Image.open(path) as img:
        width, height = img.size
    scale = min(1.0, 1920 / width, 1080 / height)  # never more than 1080p
    width, height = int(width * scale), int(height * scale)
    return width - width % 2, height - height % 2


def _fit_image(src: Path, size: tuple[int, int], dst: Path) -> Path:
    """Letterbox a slide image onto ``size`` so every clip has the same frame size."""
    from PIL import Image, ImageOps

    with Image.open(src) as img:
        rgb = img.convert("RGB")
    if rgb.size != size:
        canvas = Image.new("RGB", size, (0, 0, 0))
        fitted = ImageOps.contain(rgb, size)
        canvas.paste(fitted, ((size[0] - fitted.width) // 2, (size[1] - fitted.height) // 2))
        rgb = canvas
    rgb.save(dst, format="PNG")
    return dst


def _audio_duration(path: Path) -> float:
    from studio.media.probe import probe_media

    info = probe_media(path)
    if not info.has_audio or not info.duration:
        raise MediaError("this narration file has no sound", path=path, hint="record it again.")
    return info.duration


def _narration_track(
    slides: list[ComposeSlide], lengths: list[float], output: Path, progress: Progress
) -> Path:
    """The whole narration as one PCM WAV, each slide's sound padded to its length.

    One ffmpeg pass, far faster than mixing the sound through moviepy in Python; it
    stays PCM so the AAC encode runs in the video encoder, alongside x264.
    """
    from studio.media.ffmpeg import run_ffmpeg

    args: list[str] = []
    parts: list[str] = []
    labels = ""
    inputs = 0
    for n, (slide, length) in enumerate(zip(slides, lengths, strict=True)):
        if slide.audio is not None:
            args += ["-i", str(slide.audio)]
            parts.append(
                f"[{inputs}:a:0]aresample=44100,aformat=sample_fmts=fltp:channel_layouts=mono,"
                f"apad,atrim=duration={length:.4f}[a{n}]"
            )
            inputs += 1
        else:
            parts.append(f"anullsrc=r=44100:cl=mono,atrim=duration={length:.4f}[a{n}]")
        labels += f"[a{n}]"
    parts.append(f"{labels}concat=n={len(slides)}:v=0:a=1[out]")
    args += ["-filter_complex", ";".join(parts), "-map", "[out]", "-c:a", "pcm_s16le"]
    run_ffmpeg(args, output, duration=sum(lengths), progress=progress, message="Mixing narration")
    return output


def compose_slides(
    slides: list[ComposeSlide],
    output: Path,
    progress: Progress | None = None,
    *,
    fps: int = STILL_FPS,
    crf: int = 24,
) -> ComposeResult:
    """Encode ``slides`` to ``output`` (H.264/AAC MP4); in-process.

    moviepy lays out the timeline and feeds the frames; the narration track is made
    by one ffmpeg pass beforehand and muxed as is.
    """
    progress = progress or null_progress()
    if not slides:
        raise MediaError("there are no slides to compose", path=output)
    from studio.media.ffmpeg import ffmpeg_exe, temp_path_for

    os.environ["FFMPEG_BINARY"] = ffmpeg_exe()  # moviepy reads it when first imported
    os.environ["IMAGEIO_FFMPEG_EXE"] = ffmpeg_exe()
    from moviepy import ImageClip, concatenate_videoclips

    size = _even_size(slides[0].image)
    lengths: list[float] = []
    for slide in slides:
        if slide.audio is not None:
            seconds = _audio_duration(slide.audio) + TAIL_SECONDS
        else:
            seconds = slide.duration or SILENT_SLIDE_SECONDS
        lengths.append(max(1, round(seconds * fps)) / fps)
    starts = [sum(lengths[:n]) for n in range(len(lengths))]
    chapters = [Chapter(round(t, 3), s.title) for t, s in zip(starts, slides, strict=True)]
    clips: list[Any] = []
    tmp = temp_path_for(output)
    with work_dir("compose") as work:
        try:
            narration = None
            if any(s.audio is not None for s in slides):
                narration = _narration_track(
                    slides, lengths, Path(work) / "narration.wav", progress.sub(0.0, 0.08)
                )
            for n, (slide, length) in enumerate(zip(slides, lengths, strict=True)):
                progress.update(0.08 + 0.02 * n / len(slides), "Preparing slides")
                image = _fit_image(slide.image, size, Path(work) / f"{n:04d}.png")
                clips.append(ImageClip(str(image)).with_duration(length))
            video = concatenate_videoclips(clips, method="chain")
            keyframes = ",".join(f"{c.start:.3f}" for c in chapters)
            video.write_videofile(
                str(tmp),
                fps=fps,
                codec="libx264",
                preset="veryfast",
                audio=str(narration) if narration else False,
                audio_codec="aac",
                threads=os.cpu_count() or 2,
                ffmpeg_params=[
                    "-b:a",
                    "96k",
                    "-crf",
                    str(crf),
                    "-tune",
                    "stillimage",
                    "-pix_fmt",
                    "yuv420p",
                    "-force_key_frames",
                    keyframes,
                    "-movflags",
                    "+faststart",
                ],  # fmt: skip
                logger=_make_logger(progress.sub(0.1, 1.0)),
            )
            os.replace(tmp, output)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        finally:
            for clip in clips:
                clip.close()
    progress.update(1.0, "Video composed")
    return ComposeResult(output, round(sum(lengths), 3), chapters)


def _make_logger(progress: Progress) -> Any:
    """moviepy's proglog bars (the frames) -> a Studio ``Progress``.

    Built on first use: proglog pulls in tqdm, which the window need not load.
    """
    from proglog import ProgressBarLogger

    class _ProgressLogger(ProgressBarLogger):  # type: ignore[misc]
        def bars_callback(self, bar: str, attr: str, value: Any, old_value: Any = None) -> None:
            if attr != "index":
                return
            total = self.bars[bar].get("total") or 0
            if not total:
                progress.check()
                return
            share = value / total
            progress.update(share, "Encoding video")

        def callback(self, **changes: Any) -> None:
            progress.check()

    return _ProgressLogger()


def compose_job(params: dict[str, Any], progress: Progress) -> dict[str, Any]:
    """Worker entry (see ``studio.media.worker.JOBS``): JSON in, JSON out."""
    slides = [
        ComposeSlide(
            image=Path(s["image"]),
            title=str(s.get("title", "")),
            audio=Path(s["audio"]) if s.get("audio") else None,
            duration=s.get("duration"),
        )
        for s in params["slides"]
    ]
    result = compose_slides(
        slides, Path(params["output"]), progress, fps=int(params.get("fps", STILL_FPS))
    )
    return {
        "output": str(result.output),
        "duration": result.duration,
        "chapters": [[c.start, c.title] for c in result.chapters],
    }


# ---------------------------------------------------------------- the lesson


def _natural_key(path: Path) -> list[Any]:
    return [int(t) if t.isdigit() else t.lower() for t in re.split(r"(\d+)", path.name)]


def audio_files(folder: Path) -> list[Path]:
    """Narration files in ``folder``, in natural order (slide2 before slide10)."""
    if not folder.is_dir():
        raise MediaError("no such folder", path=folder, hint="check the --audio-dir path.")
    files = [p for p in folder.iterdir() if p.suffix.lower() in AUDIO_EXTENSIONS and p.is_file()]
    return sorted(files, key=_natural_key)


def _slide_title(lesson: Lesson, index: int, number: int) -> str:
    """The slide's title: the heading of the text block that follows it, else 'Slide N'."""
    if index + 1 < len(lesson.blocks):
        following = lesson.blocks[index + 1]
        if isinstance(following, TextBlock):
            match = re.match(r"\s*<h[2-6][^>]*>(.*?)</h[2-6]>", following.html, re.S)
            if match:
                import html

                title = html.unescape(re.sub(r"<[^>]+>", "", match.group(1))).strip()
                if title:
                    return title
    return f"Slide {number}"


def lesson_slides(
    project: Project,
    lesson: Lesson,
    audio_dir: Path | None = None,
    audio_files_given: list[Path] | None = None,
) -> tuple[list[ComposeSlide], list[ImageBlock]]:
    """The slides of ``lesson`` with their narration, ready for ``compose_slides``.

    Narration per slide, first found: ``audio_files_given[i]`` (None entries fall
    through), the i-th file of ``audio_dir``, the slide's ``narration_audio``.
    """
    blocks = [(i, b) for i, b in enumerate(lesson.blocks) if isinstance(b, ImageBlock)]
    if not blocks:
        raise MediaError(
            f"lesson '{lesson.title}' has no slides (image blocks) to compose",
            hint="import a PowerPoint deck first: studio import-pptx DECK.pptx PROJECT",
        )
    audio: list[Path | None] = [None] * len(blocks)
    if audio_dir is not None:
        files = audio_files(audio_dir)
        if len(files) != len(blocks):
            raise MediaError(
                f"{len(files)} audio files for {len(blocks)} slides",
                path=audio_dir,
                hint="put exactly one narration file per slide in the folder, named so "
                "they sort in slide order (slide01.wav, slide02.wav...).",
            )
        audio = list(files)
    if audio_files_given is not None:
        if len(audio_files_given) != len(blocks):
            raise MediaError(
                f"{len(audio_files_given)} audio files for {len(blocks)} slides",
                hint="give one narration file (or None) per slide.",
            )
        audio = [Path(a) if a else b for a, b in zip(audio_files_given, audio, strict=True)]
    slides = []
    for n, ((index, block), given) in enumerate(zip(blocks, audio, strict=True), start=1):
        if given is None and block.narration_audio:
            given = project.media_path(block.narration_audio)
        slides.append(
            ComposeSlide(
                image=project.media_path(block.asset),
                title=_slide_title(lesson, index, n),
                audio=given,
            )
        )
    return slides, [b for _, b in blocks]


def compose_lesson(
    project: Project,
    lesson_id: str,
    progress: Progress | None = None,
    *,
    audio_dir: Path | None = None,
    audio_files: list[Path] | None = None,
    in_worker: bool = True,
    fps: int = STILL_FPS,
) -> VideoBlock:
    """Compose ``lesson_id``'s narrated slides and add the video at the end of the lesson.

    The window runs ``render_lesson_video`` on a worker thread, then ``add_video_block``
    on the GUI thread; this does both (CLI, tests).
    """
    progress = progress or null_progress()
    block, asset = render_lesson_video(
        project, lesson_id, progress.sub(0.0, 0.99), audio_dir=audio_dir,
        audio_files=audio_files, in_worker=in_worker, fps=fps,
    )  # fmt: skip
    lesson = project.course.find_lesson(lesson_id)
    assert lesson is not None
    add_video_block(project, lesson, block, asset, "Compose lecture video")
    progress.update(1.0, "Lecture video added")
    return block


def render_lesson_video(
    project: Project,
    lesson_id: str,
    progress: Progress | None = None,
    *,
    audio_dir: Path | None = None,
    audio_files: list[Path] | None = None,
    in_worker: bool = True,
    fps: int = STILL_FPS,
) -> tuple[VideoBlock, MediaAsset]:
    """Encode the lesson video and stage it in ``media/``; changes nothing in the course.

    Returns the block to insert (not inserted) and its asset (not registered).
    """
    progress = progress or null_progress()
    lesson = project.course.find_lesson(lesson_id)
    if lesson is None:
        raise MediaError(
            f"no lesson with id {lesson_id!r}",
            path=project.folder,
            hint="list the lessons with 'studio info PROJECT'.",
        )
    slides, blocks = lesson_slides(project, lesson, audio_dir, audio_files)
    with work_dir("lecture") as work:
        output = Path(work) / f"{_safe_name(lesson.title)}.mp4"
        if in_worker:
            from studio.media.worker import run_in_worker

            params = {
                "slides": [
                    {"image": str(s.image), "title": s.title,
                     "audio": str(s.audio) if s.audio else None, "duration": s.duration}
                    for s in slides
                ],
                "output": str(output),
                "fps": fps,
            }  # fmt: skip
            data = run_in_worker("compose", params, progress.sub(0.0, 0.95))
            chapters = [Chapter(float(s), str(t)) for s, t in data["chapters"]]
        else:
            result = compose_slides(slides, output, progress.sub(0.0, 0.95), fps=fps)
            chapters = result.chapters
        progress.check()
        progress.update(0.96, "Copying the video into the project")
        asset = stage_media(project, output)
    transcript = "\n\n".join(b.narration.strip() for b in blocks if b.narration.strip())
    block = VideoBlock(asset=asset.id, title=lesson.title, chapters=chapters, transcript=transcript)
    progress.update(1.0, "Lecture video ready")
    return block, asset


def _safe_name(title: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", title).strip("-")[:60] or "lecture"
