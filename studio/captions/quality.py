"""The caption quality report: every cue that breaks a profile, with the fix Studio suggests.

Kinds: ``line-too-long``, ``too-many-lines``, ``too-long`` (on screen), ``too-short``,
``too-fast`` (reading speed), ``overlap``, ``gap-too-small``, ``empty``. Tracks stay
"auto-generated" until the author marks them reviewed; this report tells them where to look.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from studio.captions.profiles import CaptionProfile, get_profile
from studio.model.captions import Cue

_EPS = 1e-3


@dataclass
class CaptionIssue:
    """One way a cue breaks the profile, with the fix Studio suggests."""

    index: int  # position of the cue in the track
    kind: str  # line-too-long, too-many-lines, too-fast, too-short, too-long, overlap, ...
    message: str
    fix: str


def _split_hint(text: str) -> str:
    from studio.captions.shaping import best_split_word

    word = best_split_word(text)
    return "shorten the text" if word is None else f"split the cue after {word!r}"


def check_cues(
    cues: Sequence[Cue], profile: CaptionProfile | str | None = None
) -> list[CaptionIssue]:
    """Every way each cue breaks the profile, with a suggested fix (empty list = all good)."""
    from studio.captions.shaping import layout_text

    prof = get_profile(profile)
    issues: list[CaptionIssue] = []
    for k, cue in enumerate(cues):
        nxt = cues[k + 1] if k + 1 < len(cues) else None
        room = (nxt.start - prof.min_gap) if nxt else cue.start + prof.max_duration
        room = min(room, cue.start + prof.max_duration)
        lines = [line for line in cue.text.split("\n") if line.strip()]
        flat = " ".join(lines)
        if not lines:
            issues.append(CaptionIssue(k, "empty", "the cue has no text", "delete the cue"))
            continue
        reflowed = layout_text(flat, prof)
        refit = (
            "re-flow the lines: " + " / ".join(reflowed[1])
            if reflowed is not None and reflowed[0] < 50
            else _split_hint(flat)
        )
        longest = max(len(line) for line in lines)
        long_words = [w for w in flat.split() if len(w) > prof.max_chars_per_line]
        if long_words:
            refit = f"shorten or hyphenate {long_words[0]!r} (longer than a line)"
        if longest > prof.max_chars_per_line:
            issues.append(
                CaptionIssue(
                    k,
                    "line-too-long",
                    f"a line has {longest} characters (at most {prof.max_chars_per_line})",
                    refit,
                )
            )
        if len(lines) > prof.max_lines:
            issues.append(
                CaptionIssue(
                    k, "too-many-lines", f"{len(lines)} lines (at most {prof.max_lines})", refit
                )
            )
        duration = cue.end - cue.start
        if duration > prof.max_duration + _EPS:
            issues.append(
                CaptionIssue(
                    k,
                    "too-long",
                    f"on screen {duration:.2f} s (at most {prof.max_duration:g} s)",
                    _split_hint(flat),
                )
            )
        if duration < prof.min_duration - _EPS:
            target = cue.start + prof.min_duration
            fix = (
                f"extend the end to {target:.3f} s"
                if target <= room + _EPS
                else "merge with the next cue"
            )
            issues.append(
                CaptionIssue(
                    k,
                    "too-short",
                    f"on screen {duration:.2f} s (at least {prof.min_duration:.2f} s)",
                    fix,
                )
            )
        cps = len(flat) / duration if duration > 0 else float("inf")
        if cps > prof.max_cps + _EPS:
            needed = cue.start + len(flat) / prof.max_cps
            if needed <= room + _EPS:
                fix = f"extend the end to {needed:.3f} s"
            else:
                spare = int(len(flat) - max(0.0, room - cue.start) * prof.max_cps) + 1
                fix = (
                    f"shorten the text by about {spare} characters, or merge/split with neighbours"
                )
            issues.append(
                CaptionIssue(
                    k,
                    "too-fast",
                    f"{cps:.1f} characters a second (at most {prof.max_cps:g})",
                    fix,
                )
            )
        if nxt is not None:
            if nxt.start < cue.end - _EPS:
                issues.append(
                    CaptionIssue(
                        k,
                        "overlap",
                        f"overlaps the next cue by {cue.end - nxt.start:.3f} s",
                        f"end this cue at {nxt.start - prof.min_gap:.3f} s",
                    )
                )
            elif nxt.start - cue.end < prof.min_gap - _EPS:
                issues.append(
                    CaptionIssue(
                        k,
                        "gap-too-small",
                        f"gap to the next cue {nxt.start - cue.end:.3f} s "
                        f"(at least {prof.gap_frames} frames = {prof.min_gap:.3f} s)",
                        f"end this cue at {nxt.start - prof.min_gap:.3f} s",
                    )
                )
    return issues
