"""The caption quality report: every cue that breaks a profile, with the fix Studio suggests.

Kinds: ``line-too-long``, ``too-many-lines``, ``too-long`` (on screen), ``too-short``,
``too-fast`` (reading speed), ``overlap``, ``gap-too-small``, ``empty``. Tracks stay
"auto-generated" until the author marks them reviewed; this report tells them where to look.

``explain_exceptions`` says, for each problem, why it is there: shaping meets the profile
everywhere it can, so what remains has a cause in the speech itself (a word longer than a
line; words spoken faster than the reading speed with no time left before the next
caption). Anything else is "fixable" (an edit made it so) and comes with the fix.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from studio.captions.profiles import CaptionProfile, get_profile
from studio.model.captions import Cue
from studio.phrases import Phrase, phrase

_EPS = 1e-3
# Causes of a profile exception (``ProfileException.cause``).
WORD_LONGER_THAN_LINE = "word-longer-than-line"
SPEECH_TOO_FAST = "speech-too-fast"
NO_ROOM = "no-room"
NOT_SPOKEN = "not-spoken"  # script words the speaker skipped (a departure shown as script)
FIXABLE = "fixable"


@dataclass
class CaptionIssue:
    """One way a cue breaks the profile, with the fix Studio suggests."""

    index: int  # position of the cue in the track
    kind: str  # line-too-long, too-many-lines, too-fast, too-short, too-long, overlap, ...
    said: Phrase  # what is wrong (the window translates it)
    fix: str

    @property
    def message(self) -> str:
        return str(self.said)


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
            issues.append(CaptionIssue(k, "empty", phrase("the cue has no text"), "delete the cue"))
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
                    phrase("a line has {count} characters (at most {most})", count=longest,
                           most=prof.max_chars_per_line),
                    refit,
                )
            )
        if len(lines) > prof.max_lines:
            issues.append(
                CaptionIssue(
                    k, "too-many-lines",
                    phrase("{count} lines (at most {most})", count=len(lines), most=prof.max_lines),
                    refit,
                )
            )
        duration = cue.end - cue.start
        if duration > prof.max_duration + _EPS:
            issues.append(
                CaptionIssue(
                    k,
                    "too-long",
                    phrase("on screen {duration:.2f} s (at most {most:g} s)", duration=duration,
                           most=prof.max_duration),
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
                    phrase("on screen {duration:.2f} s (at least {least:.2f} s)", duration=duration,
                           least=prof.min_duration),
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
                    phrase("{cps:.1f} characters a second (at most {most:g})", cps=cps,
                           most=prof.max_cps),
                    fix,
                )
            )
        if nxt is not None:
            if nxt.start < cue.end - _EPS:
                issues.append(
                    CaptionIssue(
                        k,
                        "overlap",
                        phrase("overlaps the next cue by {overlap:.3f} s",
                               overlap=cue.end - nxt.start),
                        f"end this cue at {nxt.start - prof.min_gap:.3f} s",
                    )
                )
            elif nxt.start - cue.end < prof.min_gap - _EPS:
                issues.append(
                    CaptionIssue(
                        k,
                        "gap-too-small",
                        phrase("gap to the next cue {gap:.3f} s "
                               "(at least {frames} frames = {least:.3f} s)",
                               gap=nxt.start - cue.end, frames=prof.gap_frames, least=prof.min_gap),
                        f"end this cue at {nxt.start - prof.min_gap:.3f} s",
                    )
                )
    return issues


@dataclass
class ProfileException:
    """A cue outside the profile and why: ``cause`` is one of ``word-longer-than-line``,
    ``speech-too-fast``, ``no-room`` (the speech leaves no time), ``not-spoken`` (script
    words the speaker skipped) or ``fixable``."""

    index: int
    kind: str
    message: str
    cause: str
    reason: str


def explain_exceptions(
    cues: Sequence[Cue], profile: CaptionProfile | str | None = None
) -> list[ProfileException]:
    """Every cue outside ``profile`` with the reason it could not be met."""
    from studio.captions.tokens import text_tokens

    prof = get_profile(profile)
    out: list[ProfileException] = []
    for issue in check_cues(cues, prof):
        cue = cues[issue.index]
        nxt = cues[issue.index + 1] if issue.index + 1 < len(cues) else None
        limit = cue.start + prof.max_duration
        if nxt is not None:
            limit = min(limit, nxt.start - prof.min_gap)
        at_limit = cue.end >= limit - 0.0015
        flat = " ".join(cue.text.split())
        cause, reason = FIXABLE, issue.fix
        unspoken = {w.span for w in cue.words if w.span and w.end - w.start < 0.02}
        if issue.kind in ("too-fast", "too-short") and at_limit and unspoken:
            cause = NOT_SPOKEN
            reason = (
                f"the speaker skipped these script words (departure {', '.join(sorted(unspoken))}), "
                "so they have almost no time; choose the speech to drop them"
            )
        elif issue.kind == "line-too-long":
            long = [t.text for t in text_tokens(flat) if len(t.text) > prof.max_chars_per_line]
            if long:
                cause = WORD_LONGER_THAN_LINE
                reason = (
                    f"{long[0]!r} has {len(long[0])} characters, more than a line holds "
                    f"({prof.max_chars_per_line}); shorten or hyphenate it"
                )
        elif issue.kind == "too-fast" and at_limit:
            cause = SPEECH_TOO_FAST
            until = "the next caption" if nxt is not None and limit < cue.start + prof.max_duration \
                else "the longest time a caption may stay"
            reason = (
                f"{len(flat)} characters are spoken between {cue.start:.2f} s and "
                f"{max(cue.end, cue.start):.2f} s and {until} leaves no more time; "
                "shorten the text (an edited caption) or accept it"
            )
        elif issue.kind == "too-short" and at_limit:
            cause = NO_ROOM
            reason = (
                f"the next caption's words start at {nxt.start if nxt else limit:.2f} s, "
                f"{max(0.0, limit - cue.start):.2f} s after this one; merge them if they belong together"
            )
        out.append(ProfileException(issue.index, issue.kind, issue.message, cause, reason))
    return out
