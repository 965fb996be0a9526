"""The captioning pipeline: media -> Whisper (in a worker process) -> caption-shaped track.

``caption_file`` returns a ``CaptionTrack`` marked "auto-generated"; ``caption_block``
and ``caption_course`` apply tracks to a project through undoable commands (one undo
step for a whole course). Transcription runs in a child process by default, so a
native crash or Cancel never touches the open project; that child is the warm worker
(``studio.media.engine``), so the model is loaded once per window session or per
``studio caption --all``.

With a script (the block's transcript: a composed video's speaker notes, a pasted
transcript; or ``--script FILE``) the cues are the script's words, timed by Whisper
(``studio.captions.align``), and the track is marked "from script". If the recording
clearly does not follow the script (fewer than half its words heard), the captions are
made from the speech and the result says why.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from studio.captions.align import MIN_DEPARTURE_WORDS, align_script
from studio.captions.commands import replace_track
from studio.captions.profiles import get_profile, profile_for
from studio.captions.quality import ProfileException
from studio.captions.script import script_text
from studio.captions.shaping import shape_track, words_from_segments
from studio.errors import StudioError
from studio.jobs import Progress, null_progress
from studio.media.transcribe import TranscribeOptions, transcribe_file
from studio.model.blocks import AudioBlock, VideoBlock
from studio.model.captions import CaptionTrack

MIN_SCRIPT_MATCH = 0.5  # below this share of script words heard, the script is not used

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
    warm: bool = True  # that child is the shared warm worker (models stay loaded)
    skip_captioned: bool = False  # caption_course: leave blocks that already have a track
    use_script: bool = True  # caption_block/course: time the block's script when it has one
    min_departure_words: int = MIN_DEPARTURE_WORDS


@dataclass
class Captioned:
    """A captioning result: the track, the cues outside the profile (and why), and notes
    for the report (e.g. why a script was not used)."""

    track: CaptionTrack
    exceptions: list[ProfileException] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    script_matched: float | None = None  # share of script words heard (None: no script)
    model: str = ""
    loads: int = 0  # models the transcription had to load (0: the warm worker had it)


def language_label(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)


def transcribe_media(
    media_path: str | Path,
    options: TranscribeOptions,
    progress: Progress,
    in_worker: bool,
    warm: bool = True,
) -> dict[str, Any]:
    """The transcribe job's result, run in the warm worker, a one-off child, or here."""
    if in_worker:
        params = {"path": str(Path(media_path).resolve()), "options": options.to_params()}
        if warm:
            from studio.media.engine import shared_worker

            return shared_worker().run("transcribe", params, progress)
        from studio.media.worker import run_in_worker

        return run_in_worker("transcribe", params, progress)
    return transcribe_file(media_path, options, progress)


def _labels(result: dict[str, Any]) -> tuple[str, str, bool]:
    translated = result.get("task") == "translate"
    language = "en" if translated else str(result.get("language") or "en")
    return language, language_label(language) + (" (translated)" if translated else ""), translated


def captioned_from_result(
    result: dict[str, Any],
    profile: str = "netflix",
    script: str | None = None,
    min_departure_words: int = MIN_DEPARTURE_WORDS,
    breaks: Sequence[float] = (),
) -> Captioned:
    """Shape a transcribe result into a track: from the script when there is one and the
    speech follows it, else from the speech. No cue spans one of ``breaks`` (slide
    changes of a composed video)."""
    language, label, translated = _labels(result)
    prof = profile_for(profile, language)
    speech = words_from_segments(result["segments"])
    source = f"{result.get('engine', 'whisper')} {Path(str(result.get('model', ''))).name}"
    notes: list[str] = []
    script = script_text(script or "")
    matched: float | None = None
    if script and not translated:
        alignment = align_script(script, speech, min_departure_words=min_departure_words)
        matched = alignment.matched
        if alignment.matched >= MIN_SCRIPT_MATCH:
            shaped = shape_track(alignment.words, prof, breaks)
            track = CaptionTrack(
                language=language,
                label=label,
                kind="captions",
                review="auto-generated",
                cues=shaped.cues,
                source=f"script timed by {source}",
                from_script=True,
                departures=alignment.departures,
            )
            if alignment.departures:
                notes.append(
                    f"the speaker departed from the script in {len(alignment.departures)} "
                    "place(s); the captions show the script there until you choose"
                )
            return Captioned(
                track, shaped.exceptions, notes, matched, str(result.get("model")),
                int(result.get("loads", 0)),
            )  # fmt: skip
        notes.append(
            f"the script was not used: only {alignment.matched:.0%} of its words were heard "
            "in the recording (is it the script of this recording?); the captions follow "
            "the speech"
        )
    elif script and translated:
        notes.append("the script was not used: these are translated subtitles")
    shaped = shape_track(speech, prof, breaks)
    track = CaptionTrack(
        language=language,
        label=label,
        kind="subtitles" if translated else "captions",
        review="auto-generated",
        cues=shaped.cues,
        source=source,
    )
    return Captioned(
        track, shaped.exceptions, notes, matched, str(result.get("model")),
        int(result.get("loads", 0)),
    )  # fmt: skip


def track_from_result(result: dict[str, Any], profile: str = "netflix") -> CaptionTrack:
    """A caption-shaped track from a transcribe result (segments with word times)."""
    return captioned_from_result(result, profile).track


def caption_media(
    media_path: str | Path,
    options: CaptionOptions | None = None,
    progress: Progress | None = None,
    script: str | None = None,
    breaks: Sequence[float] = (),
) -> Captioned:
    """Caption a bare media file (no project), from ``script`` when given; no cue spans
    one of ``breaks`` (times in seconds)."""
    options = options or CaptionOptions()
    progress = progress or null_progress()
    get_profile(options.profile)  # a bad profile fails before minutes of transcription
    result = transcribe_media(
        media_path, options.transcribe, progress, options.in_worker, options.warm
    )
    return captioned_from_result(
        result, options.profile, script, options.min_departure_words, breaks
    )


def caption_file(
    media_path: str | Path,
    options: CaptionOptions | None = None,
    progress: Progress | None = None,
    script: str | None = None,
) -> CaptionTrack:
    """Caption a bare media file (no project); the track only."""
    return caption_media(media_path, options, progress, script).track


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


def _with_course_language(options: CaptionOptions, project: Any) -> CaptionOptions:
    """The course's language picks the model and the language unless the user chose."""
    t = options.transcribe
    course_language = str(getattr(project.course, "language", "") or "").split("-")[0]
    if t.language or not course_language or t.task == "translate":
        return options
    return replace(options, transcribe=replace(t, language=course_language))


def _block_media(project: Any, block: VideoBlock | AudioBlock, many: bool = False) -> Path:
    media = Path(project.media_path(block.asset))
    if not media.is_file():
        raise StudioError(
            ("a block's media file" if many else "the block's media file")
            + " is missing from the project",
            path=media,
            hint="Re-import the media into the project.",
        )
    return media


def slide_changes(block: VideoBlock | AudioBlock) -> list[float]:
    """Where a video's chapters start (a composed video: its slide changes)."""
    return [c.start for c in getattr(block, "chapters", []) if c.start > 0]


def block_script(block: VideoBlock | AudioBlock, options: CaptionOptions) -> str | None:
    """The script a block's captions are timed from: its transcript (speaker notes of a
    composed video, a pasted transcript), unless scripts are turned off."""
    if not options.use_script:
        return None
    return script_text(block.transcript) or None


@dataclass
class BlockJob:
    """What captioning one block needs besides the transcription itself."""

    media: Path
    options: CaptionOptions  # with the course's language unless the user chose one
    script: str | None
    breaks: list[float]


def block_job(
    project: Any, block: VideoBlock | AudioBlock, options: CaptionOptions, many: bool = False
) -> BlockJob:
    """The block's media, options, script and slide changes: ``caption_block_result`` uses
    them here, ``studio batch`` sends the transcription to its workers."""
    options = _with_course_language(options, project)
    return BlockJob(
        _block_media(project, block, many), options, block_script(block, options),
        slide_changes(block),
    )  # fmt: skip


def caption_block_result(
    project: Any,
    block_id: str,
    options: CaptionOptions | None = None,
    progress: Progress | None = None,
    script: str | None = None,
    *,
    apply: bool = False,
) -> Captioned:
    """Caption one video/audio block (from ``script``, else its own script); ``apply``
    puts the track on the block (the window applies it itself, on the GUI thread)."""
    block = _media_block(project, block_id)
    job = block_job(project, block, options or CaptionOptions())
    done = caption_media(job.media, job.options, progress, script or job.script, job.breaks)
    if apply:
        replace_track(project.stack, block, done.track)
    return done


def caption_block(
    project: Any,
    block_id: str,
    options: CaptionOptions | None = None,
    progress: Progress | None = None,
    script: str | None = None,
) -> CaptionTrack:
    """Caption one video/audio block and apply the track (replacing its auto track)."""
    return caption_block_result(project, block_id, options, progress, script, apply=True).track


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


def caption_course_results(
    project: Any,
    options: CaptionOptions | None = None,
    progress: Progress | None = None,
    lesson_id: str | None = None,
) -> list[tuple[str, Captioned]]:
    """Caption every video/audio block (of one lesson if given) as one undo step; each
    block with its own script when it has one. Returns (block id, result) pairs."""
    options = _with_course_language(options or CaptionOptions(), project)
    progress = progress or null_progress()
    blocks = media_blocks(project, lesson_id)
    if options.skip_captioned:
        blocks = [b for b in blocks if not b.tracks]
    medias = [_block_media(project, b, many=True) for b in blocks]  # all there, first
    results: list[tuple[VideoBlock | AudioBlock, Captioned]] = []
    for i, (block, media) in enumerate(zip(blocks, medias, strict=True)):
        part = progress.sub(i / len(blocks), (i + 1) / len(blocks))
        script = block_script(block, options)
        results.append((block, caption_media(media, options, part, script, slide_changes(block))))
    if results:
        with project.stack.transaction(f"Caption {len(results)} media blocks"):
            for block, done in results:
                replace_track(project.stack, block, done.track)
    progress.update(1.0, "captioned")
    return [(block.id, done) for block, done in results]


def caption_course(
    project: Any,
    options: CaptionOptions | None = None,
    progress: Progress | None = None,
    lesson_id: str | None = None,
) -> list[tuple[str, CaptionTrack]]:
    """Caption every video/audio block (of one lesson if given) as one undo step."""
    return [
        (block_id, done.track)
        for block_id, done in caption_course_results(project, options, progress, lesson_id)
    ]
