"""The captioning pipeline: media -> Whisper (in a worker process) -> caption-shaped track.

``caption_file`` returns a ``CaptionTrack`` marked "auto-generated"; ``caption_block``
and ``caption_course`` apply tracks to a project through undoable commands (one undo
step for a whole course). Transcription runs in a child process by default, so a
native crash or Cancel never touches the open project.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from studio.captions.commands import replace_track
from studio.captions.profiles import get_profile
from studio.captions.shaping import shape_cues, words_from_segments
from studio.errors import StudioError
from studio.jobs import Progress, null_progress
from studio.media.transcribe import TranscribeOptions, transcribe_file
from studio.model.blocks import AudioBlock, VideoBlock
from studio.model.captions import CaptionTrack

LANGUAGE_NAMES = {
    "en": "English",
    "fr": "Français",
    "de": "Deutsch",
    "es": "Español",
    "it": "Italiano",
    "pt": "Português",
    "nl": "Nederlands",
    "pl": "Polski",
    "sv": "Svenska",
    "da": "Dansk",
    "fi": "Suomi",
    "no": "Norsk",
    "cs": "Čeština",
    "tr": "Türkçe",
    "ru": "Русский",
    "uk": "Українська",
    "ar": "العربية",
    "he": "עברית",
    "hi": "हिन्दी",
    "zh": "中文",
    "ja": "日本語",
    "ko": "한국어",
}


@dataclass
class CaptionOptions:
    transcribe: TranscribeOptions = field(default_factory=TranscribeOptions)
    profile: str = "netflix"
    in_worker: bool = True  # run Whisper in a child process (crash- and cancel-safe)
    skip_captioned: bool = False  # caption_course: leave blocks that already have a track


def language_label(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)


def transcribe_media(
    media_path: str | Path, options: TranscribeOptions, progress: Progress, in_worker: bool
) -> dict[str, Any]:
    """The transcribe job's result, run in a worker process or in this one."""
    if in_worker:
        from studio.media.worker import run_in_worker

        params = {"path": str(Path(media_path).resolve()), "options": options.to_params()}
        return run_in_worker("transcribe", params, progress)
    return transcribe_file(media_path, options, progress)


def track_from_result(result: dict[str, Any], profile: str = "netflix") -> CaptionTrack:
    """A caption-shaped track from a transcribe result (segments with word times)."""
    cues = shape_cues(words_from_segments(result["segments"]), get_profile(profile))
    translated = result.get("task") == "translate"
    language = "en" if translated else str(result.get("language") or "en")
    label = language_label(language) + (" (translated)" if translated else "")
    return CaptionTrack(
        language=language,
        label=label,
        kind="subtitles" if translated else "captions",
        review="auto-generated",
        cues=cues,
        source=f"{result.get('engine', 'whisper')} {Path(str(result.get('model', ''))).name}",
    )


def caption_file(
    media_path: str | Path, options: CaptionOptions | None = None, progress: Progress | None = None
) -> CaptionTrack:
    """Caption a bare media file (no project)."""
    options = options or CaptionOptions()
    progress = progress or null_progress()
    get_profile(options.profile)  # a bad profile fails before minutes of transcription
    result = transcribe_media(media_path, options.transcribe, progress, options.in_worker)
    return track_from_result(result, options.profile)


def _media_block(project: Any, block_id: str) -> VideoBlock | AudioBlock:
    found = project.course.find_block(block_id)
    if found is None:
        raise StudioError(f"no block with id {block_id!r} in this project")
    block = found[1]
    if not isinstance(block, VideoBlock | AudioBlock) or not block.asset:
        raise StudioError(
            f"block {block_id!r} is not a video or audio block with media",
            hint="Caption a video or audio block.",
        )
    return block


def caption_block(
    project: Any,
    block_id: str,
    options: CaptionOptions | None = None,
    progress: Progress | None = None,
) -> CaptionTrack:
    """Caption one video/audio block and apply the track (replacing its auto track)."""
    options = options or CaptionOptions()
    block = _media_block(project, block_id)
    media = project.media_path(block.asset)
    if not Path(media).is_file():
        raise StudioError(
            "the block's media file is missing from the project",
            path=media,
            hint="Re-import the media into the project.",
        )
    track = caption_file(media, options, progress)
    replace_track(project.stack, block, track)
    return track


def media_blocks(project: Any, lesson_id: str | None = None) -> list[VideoBlock | AudioBlock]:
    """Video and audio blocks with media, in course order (of one lesson if given)."""
    if lesson_id is not None and project.course.find_lesson(lesson_id) is None:
        raise StudioError(f"no lesson with id {lesson_id!r} in this project")
    blocks: list[VideoBlock | AudioBlock] = []
    for _module, lesson, block in project.course.blocks():
        if lesson_id is not None and lesson.id != lesson_id:
            continue
        if isinstance(block, VideoBlock | AudioBlock) and block.asset:
            blocks.append(block)
    return blocks


def caption_course(
    project: Any,
    options: CaptionOptions | None = None,
    progress: Progress | None = None,
    lesson_id: str | None = None,
) -> list[tuple[str, CaptionTrack]]:
    """Caption every video/audio block (of one lesson if given) as one undo step."""
    options = options or CaptionOptions()
    progress = progress or null_progress()
    blocks = media_blocks(project, lesson_id)
    if options.skip_captioned:
        blocks = [b for b in blocks if not b.tracks]
    results: list[tuple[VideoBlock | AudioBlock, CaptionTrack]] = []
    for i, block in enumerate(blocks):
        part = progress.sub(i / len(blocks), (i + 1) / len(blocks))
        media = project.media_path(block.asset)
        if not Path(media).is_file():
            raise StudioError(
                "a block's media file is missing from the project",
                path=media,
                hint="Re-import the media into the project.",
            )
        results.append((block, caption_file(media, options, part)))
    if results:
        with project.stack.transaction(f"Caption {len(results)} media blocks"):
            for block, track in results:
                replace_track(project.stack, block, track)
    progress.update(1.0, "captioned")
    return [(block.id, track) for block, track in results]
