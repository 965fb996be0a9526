"""Caption edits as undoable commands on a project's ``CommandStack``.

Each function checks its input, builds one command (or one transaction) and pushes it,
so every caption edit is a single undo step: edit text or timing, shift or stretch a
range, split and merge cues, re-flow to a profile, find and replace across tracks,
mark reviewed, add or replace a track. Cue-list edits swap the whole list of ``Cue``
objects (``ReplaceCues``), so undo restores exactly what was there.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from studio.commands import Command, CommandStack, InsertItem, SetAttr, SetItem
from studio.errors import StudioError
from studio.model.blocks import AudioBlock, VideoBlock
from studio.model.captions import CaptionTrack, Chapter, Cue, CueWord

if TYPE_CHECKING:
    from studio.captions.profiles import CaptionProfile

MediaBlock = VideoBlock | AudioBlock


class ReplaceCues(Command):
    """Swap a track's cue list for another (used by every structural cue edit)."""

    def __init__(self, track: CaptionTrack, cues: list[Cue], description: str) -> None:
        self.track = track
        self.old = list(track.cues)
        self.new = list(cues)
        self.description = description

    def do(self) -> None:
        self.track.cues[:] = self.new

    def undo(self) -> None:
        self.track.cues[:] = self.old


class SetCueTiming(Command):
    def __init__(self, cue: Cue, start: float, end: float) -> None:
        self.cue = cue
        self.new = (start, end)
        self.old = (cue.start, cue.end)
        self.description = "Change caption timing"

    def do(self) -> None:
        self.cue.start, self.cue.end = self.new

    def undo(self) -> None:
        self.cue.start, self.cue.end = self.old


def _cue(track: CaptionTrack, index: int) -> Cue:
    if not 0 <= index < len(track.cues):
        raise StudioError(
            f"there is no caption {index + 1} in this track ({len(track.cues)} captions)"
        )
    return track.cues[index]


def _check_times(start: float, end: float) -> None:
    if start < 0 or end <= start:
        raise StudioError(
            f"a caption must start at or after 0 s and end after it starts ({start:.3f}-{end:.3f})",
            hint="Choose an end time later than the start time.",
        )


def _range(track: CaptionTrack, first: int, last: int) -> range:
    if not (0 <= first <= last < len(track.cues)):
        raise StudioError(f"captions {first + 1}-{last + 1} are not in this track")
    return range(first, last + 1)


def _sorted(cues: Iterable[Cue]) -> list[Cue]:
    return sorted(cues, key=lambda c: (c.start, c.end))


def _retimed(cue: Cue, move: Callable[[float], float]) -> Cue:
    """``cue`` with its times (and its words' times) passed through ``move``."""
    words = [CueWord(move(w.start), move(w.end), w.text, w.confidence, w.span) for w in cue.words]
    return Cue(move(cue.start), move(cue.end), cue.text, words)


def edit_text(stack: CommandStack, track: CaptionTrack, index: int, text: str) -> None:
    """Change one cue's text (consecutive edits of the same cue merge into one undo step)."""
    cue = _cue(track, index)
    stack.push(SetAttr(cue, "text", text.strip(), "Edit caption text"))


def edit_timing(
    stack: CommandStack, track: CaptionTrack, index: int, start: float, end: float
) -> None:
    """Set one cue's start and end (seconds)."""
    cue = _cue(track, index)
    _check_times(start, end)
    stack.push(SetCueTiming(cue, round(start, 3), round(end, 3)))


def shift_range(
    stack: CommandStack, track: CaptionTrack, first: int, last: int, seconds: float
) -> None:
    """Move cues ``first..last`` (inclusive) by ``seconds`` (negative = earlier)."""
    span = _range(track, first, last)
    if track.cues[first].start + seconds < 0:
        raise StudioError(
            f"shifting by {seconds:+.3f} s would start caption {first + 1} before 0 s",
            hint="Shift by a smaller amount.",
        )
    cues = [
        _retimed(c, lambda t: round(t + seconds, 3)) if i in span else c
        for i, c in enumerate(track.cues)
    ]
    stack.push(ReplaceCues(track, _sorted(cues), f"Shift captions by {seconds:+.2f} s"))


def stretch_range(
    stack: CommandStack,
    track: CaptionTrack,
    first: int,
    last: int,
    factor: float,
    anchor: float | None = None,
) -> None:
    """Scale cue times of ``first..last`` around ``anchor`` (default: the first cue's start).

    Fixes captions made for a different frame rate or an edited recording.
    """
    span = _range(track, first, last)
    if factor <= 0:
        raise StudioError("the stretch factor must be positive")
    pivot = track.cues[first].start if anchor is None else anchor

    def scale(t: float) -> float:
        return round(pivot + (t - pivot) * factor, 3)

    cues = [_retimed(c, scale) if i in span else c for i, c in enumerate(track.cues)]
    if any(c.start < 0 for c in cues):
        raise StudioError(
            "stretching would move a caption before 0 s", hint="Choose another anchor."
        )
    stack.push(ReplaceCues(track, _sorted(cues), f"Stretch captions x{factor:g}"))


def split_cue(
    stack: CommandStack, track: CaptionTrack, index: int, at_char: int | None = None
) -> None:
    """Split a cue in two at a word boundary (near ``at_char``, default the middle).

    Time is shared in proportion to the text on each side.
    """
    cue = _cue(track, index)
    flat = " ".join(cue.text.split())
    words = flat.split(" ")
    if len(words) < 2:
        raise StudioError("a caption of one word cannot be split")
    target = len(flat) // 2 if at_char is None else at_char
    bounds = [len(" ".join(words[:k])) for k in range(1, len(words))]
    k = min(range(len(bounds)), key=lambda i: abs(bounds[i] - target)) + 1
    left, right = " ".join(words[:k]), " ".join(words[k:])
    cut = round(cue.start + (cue.end - cue.start) * len(left) / (len(left) + len(right)), 3)
    first_words: list[CueWord] = []
    rest_words: list[CueWord] = []
    if "".join(w.text for w in cue.words).split() == words:  # words still match the text
        first_words, rest_words = cue.words[:k], cue.words[k:]
        if rest_words:
            cut = round(max(cue.start, min(cue.end, rest_words[0].start)), 3)
    if not cue.start < cut < cue.end:
        cut = round((cue.start + cue.end) / 2, 3)
    cues = list(track.cues)
    cues[index : index + 1] = [
        Cue(cue.start, cut, left, first_words),
        Cue(cut, cue.end, right, rest_words),
    ]
    stack.push(ReplaceCues(track, cues, "Split caption"))


def merge_cues(stack: CommandStack, track: CaptionTrack, index: int) -> None:
    """Merge cue ``index`` with the one after it (text laid out again in lines)."""
    from studio.captions.profiles import get_profile
    from studio.captions.shaping import layout_text

    first = _cue(track, index)
    second = _cue(track, index + 1) if index + 1 < len(track.cues) else None
    if second is None:
        raise StudioError("the last caption has nothing after it to merge with")
    flat = " ".join(f"{first.text} {second.text}".split())
    layout = layout_text(flat, get_profile().for_language(track.language))
    text = "\n".join(layout[1]) if layout is not None else flat
    cues = list(track.cues)
    words = [*first.words, *second.words]
    cues[index : index + 2] = [Cue(first.start, max(first.end, second.end), text, words)]
    stack.push(ReplaceCues(track, cues, "Merge captions"))


def reflow_track(
    stack: CommandStack, track: CaptionTrack, profile: str | CaptionProfile | None = None
) -> None:
    """Re-cut the whole track to a caption profile (lines, durations, reading speed)."""
    from studio.captions.profiles import get_profile
    from studio.captions.shaping import reflow_cues

    chosen = get_profile(profile).for_language(track.language)
    cues = reflow_cues(track.cues, chosen)
    stack.push(ReplaceCues(track, cues, f"Re-flow captions ({chosen.name})"))


def find_replace(
    stack: CommandStack,
    tracks: Sequence[CaptionTrack],
    find: str,
    replace: str,
    *,
    regex: bool = False,
    match_case: bool = False,
    whole_word: bool = False,
) -> int:
    """Replace ``find`` in every cue of ``tracks`` as one undo step; returns the count."""
    if not find:
        raise StudioError("nothing to find", hint="Type the text to look for.")
    pattern_text = find if regex else re.escape(find)
    if whole_word:
        pattern_text = rf"\b(?:{pattern_text})\b"
    try:
        pattern = re.compile(pattern_text, 0 if match_case else re.IGNORECASE)
    except re.error as exc:
        raise StudioError(
            f"not a valid pattern: {exc}", hint="Untick 'regular expression'."
        ) from exc
    total = 0
    changes: list[ReplaceCues] = []
    for track in tracks:
        new: list[Cue] = []
        changed = False
        for cue in track.cues:
            text, count = (
                pattern.subn(replace, cue.text)
                if regex
                else pattern.subn(lambda _m: replace, cue.text)
            )
            if count:
                changed = True
                total += count
                new.append(Cue(cue.start, cue.end, text, list(cue.words)))
            else:
                new.append(cue)
        if changed:
            changes.append(ReplaceCues(track, new, "Replace in captions"))
    if changes:
        with stack.transaction(f"Replace {find!r} with {replace!r} ({total})"):
            for command in changes:
                stack.push(command)
    return total


def mark_reviewed(stack: CommandStack, track: CaptionTrack, reviewed: bool = True) -> None:
    """Mark a track reviewed by the author (or back to auto-generated)."""
    state = "reviewed" if reviewed else "auto-generated"
    if track.review != state:
        command = SetAttr(track, "review", state, f"Mark captions {state}")
        command.mergeable = False
        stack.push(command)


def add_track(stack: CommandStack, block: MediaBlock, track: CaptionTrack) -> None:
    stack.push(InsertItem(block.tracks, None, track, f"Add {track.label} captions"))


def replace_track(stack: CommandStack, block: MediaBlock, track: CaptionTrack) -> None:
    """Put ``track`` in place of the block's auto-generated track of the same language and
    kind; a reviewed track is never overwritten (the new one is added next to it)."""
    for i, old in enumerate(block.tracks):
        if old.language == track.language and old.kind == track.kind and not old.reviewed:
            stack.push(SetItem(block.tracks, i, track, f"Replace {old.label} captions"))
            return
    add_track(stack, block, track)


def set_chapters(stack: CommandStack, block: VideoBlock, chapters: Sequence[Chapter]) -> None:
    """Replace a video's chapters (e.g. with ``studio.captions.transcript.chapters_from_pauses``)."""
    ordered = sorted(chapters, key=lambda c: c.start)
    command = SetAttr(block, "chapters", list(ordered), "Set chapters")
    command.mergeable = False
    stack.push(command)
