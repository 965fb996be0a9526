"""Script or speech, span by span: the instructor's choice where the speaker departed
from the script (skipped sentences, ad libs, words said differently).

A script-timed track keeps both sides of each departure (``Departure.script`` and
``.speech``); its cue words carry the span id of the side shown. Choosing the other side
swaps those words and shapes again only the cues around the span, as one undo step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from studio.captions.align import words_for_choice
from studio.captions.commands import ReplaceCues
from studio.captions.profiles import profile_for
from studio.captions.shaping import shape_cues, words_from_cues
from studio.commands import CommandStack, SetAttr
from studio.errors import StudioError
from studio.model.captions import CaptionTrack, Cue, Departure

if TYPE_CHECKING:
    from studio.captions.profiles import CaptionProfile

CHOICES = ("script", "speech")


def find_departure(track: CaptionTrack, departure_id: str) -> Departure:
    for departure in track.departures:
        if departure.id == departure_id:
            return departure
    known = ", ".join(d.id for d in track.departures) or "none"
    raise StudioError(
        f"this track has no departure {departure_id!r} (it has: {known})",
        hint="The caption report lists the departures of each track.",
    )


def _affected(cues: list[Cue], departure: Departure) -> tuple[int, int]:
    """The cue index range [first, last) holding the span's words, or the place it goes."""
    hits = [i for i, cue in enumerate(cues) if any(w.span == departure.id for w in cue.words)]
    if not hits:  # the side shown has no words (a skipped span shown as speech)
        eps = 0.01
        hits = [
            i
            for i, cue in enumerate(cues)
            if cue.end >= departure.start - eps and cue.start <= departure.end + eps
        ]
    if not hits:
        where = sum(1 for cue in cues if cue.end <= departure.start)
        return where, where
    return min(hits), max(hits) + 1


def choose_departure(
    stack: CommandStack,
    track: CaptionTrack,
    departure_id: str,
    choice: str,
    profile: str | CaptionProfile | None = None,
) -> None:
    """Show ``choice`` ("script" or "speech") for one departure of ``track`` (undoable)."""
    if choice not in CHOICES:
        raise StudioError(f"choose 'script' or 'speech', not {choice!r}")
    departure = find_departure(track, departure_id)
    if departure.choice == choice:
        return
    prof = profile_for(profile, track.language)
    cues = list(track.cues)
    first, last = _affected(cues, departure)
    words = words_for_choice(words_from_cues(cues[first:last]), departure, choice)
    region = shape_cues(words, prof)
    # Keep the neighbours' gap: the region starts after the cue before and ends before
    # the cue after, as shaping would have timed it.
    gap = prof.min_gap
    if region and first > 0 and region[0].start < cues[first - 1].end + gap:
        region[0].start = round(min(cues[first - 1].end + gap, region[0].end - 0.01), 3)
    if region and last < len(cues) and region[-1].end > cues[last].start - gap:
        region[-1].end = round(max(cues[last].start - gap, region[-1].start + 0.01), 3)
    new = cues[:first] + region + cues[last:]
    what = f"Use the {choice} for {departure.kind} span {departure.id}"
    with stack.transaction(what):
        stack.push(ReplaceCues(track, new, what))
        command = SetAttr(departure, "choice", choice, what)
        command.mergeable = False
        stack.push(command)


__all__ = ["CHOICES", "choose_departure", "find_departure"]
