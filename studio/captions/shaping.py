"""Caption-shaped cues from word timestamps, re-flow of existing cues, and the quality report.

Whisper segments are not captions (often 20-30 s and hundreds of characters). Here words
are grouped into cues by a small dynamic programme: every place between two words has a
break cost (cheap after a sentence or clause, before a conjunction or preposition, at a
pause; expensive after an article or inside a name), every cue must fit the profile's
lines and duration, and the cheapest partition wins. Lines inside a cue are chosen the
same way, preferring balanced lines. Timing then gives each cue enough time to be read
(minimum duration, reading speed) without running into the next cue's two-frame gap.

Pure Python; no Whisper import.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from studio.captions.profiles import CaptionProfile, get_profile
from studio.captions.tokens import (
    Token,
    Word,
    bare,
    is_unspaced_script,
    join_tokens,
    text_tokens,
    to_tokens,
)
from studio.model.captions import Cue, CueWord

if TYPE_CHECKING:
    from studio.captions.quality import ProfileException

_CLOSERS = r"['\"”’)\]」』）】》]*$"
_SENTENCE_END = re.compile(r"[.!?…。！？]" + _CLOSERS)
_CLAUSE_END = re.compile(r"[,;:—–、，；：]" + _CLOSERS)
_CONJUNCTIONS = frozenset(
    "and but or nor so yet because although though while whereas if unless since when "
    "where which that who whom whose then et mais ou donc car und aber oder weil denn y pero o "
    "porque e ma perché".split()
)
_PREPOSITIONS = frozenset(
    "of in on at to for with from by about into onto over under between through during "
    "without after before than as like de en dans pour avec von mit für zu con para por".split()
)
_NO_BREAK_AFTER = frozenset(
    "a an the my your his her its our their these those this very mr mrs ms dr prof st "
    "le la les un une des der die das ein eine el los las una".split()
)
_CUE_COST = 3.0


def _break_costs(tokens: Sequence[Token]) -> list[float]:
    """Cost of breaking (a line or a cue) after each token."""
    costs: list[float] = []
    for i, tok in enumerate(tokens):
        if i == len(tokens) - 1:
            costs.append(0.0)
            continue
        nxt = tokens[i + 1]
        if _SENTENCE_END.search(tok.text):
            cost = 0.0
        elif _CLAUSE_END.search(tok.text):
            cost = 1.0
            if i > 0 and _SENTENCE_END.search(tokens[i - 1].text):
                cost += 3.0  # "... the land. First," would strand a sentence's opener
        elif bare(nxt.text) in _CONJUNCTIONS:
            cost = 2.0
        elif bare(nxt.text) in _PREPOSITIONS:
            cost = 3.0
        else:
            cost = 5.0
        if bare(tok.text) in _NO_BREAK_AFTER and not _CLAUSE_END.search(tok.text):
            cost += 8.0
        if (
            cost >= 5.0
            and tok.text[:1].isupper()
            and nxt.text[:1].isupper()
            and tok.text != "I"
            and nxt.text != "I"
        ):
            cost += 10.0  # inside a name: "Ada Lovelace", "New York"
        if not nxt.space_before and cost >= 5.0 and not is_unspaced_script(nxt.text[0]):
            cost += 10.0  # inside a word the recogniser split ("Lovel" + "ace")
        gap = nxt.start - tok.end
        cost = max(0.0, cost - min(3.0, max(0.0, gap) * 4.0))
        costs.append(cost)
    return costs


class _Seq:
    """Tokens with break costs and prefix sums, so line lengths cost O(1)."""

    def __init__(
        self, tokens: Sequence[Token], profile: CaptionProfile, breaks: Sequence[float] = ()
    ) -> None:
        self.tokens = tokens
        self.profile = profile
        self.costs = _break_costs(tokens)
        self.chars = [0]
        self.spaces = [0]
        for tok in tokens:
            self.chars.append(self.chars[-1] + len(tok.text))
            self.spaces.append(self.spaces[-1] + (1 if tok.space_before else 0))
        # Hard breaks: a cue never spans a departure's edge or a given time (a slide change).
        self.hard = [0]
        times = sorted(breaks)
        for k, tok in enumerate(tokens):
            cut = False
            if k:
                prev = tokens[k - 1]
                after = bisect.bisect_right(times, prev.start)  # first break after prev
                cut = tok.span != prev.span or (after < len(times) and times[after] <= tok.start)
            self.hard.append(self.hard[-1] + (1 if cut else 0))

    def crosses_hard_break(self, a: int, b: int) -> bool:
        """Whether tokens[a:b] would span a hard break (before token a+1 .. b-1)."""
        return self.hard[b] - self.hard[a + 1] > 0

    def length(self, a: int, b: int) -> int:
        """Characters of tokens[a:b] joined (spaces between them included)."""
        return self.chars[b] - self.chars[a] + self.spaces[b] - self.spaces[a + 1]

    def layout(self, a: int, b: int, lines_left: int) -> tuple[float, list[int]] | None:
        """Cheapest split of tokens[a:b] into lines: (cost, start index of each line)."""
        limit = self.profile.max_chars_per_line
        if self.length(a, b) <= limit:
            return 0.0, [a]
        if b - a == 1:
            return 50.0, [a]  # one word longer than a line: nothing better exists
        if lines_left <= 1:
            return None
        best: tuple[float, list[int]] | None = None
        for split in range(a + 1, b):
            first = self.length(a, split)
            if first > limit and split > a + 1:
                break
            rest = self.layout(split, b, lines_left - 1)
            if rest is None:
                continue
            second = self.length(split, rest[1][1] if len(rest[1]) > 1 else b)
            overflow = 50.0 if first > limit else 0.0
            balance = abs(first - second) / limit * 4.0
            bottom_heavy = 0.0 if first <= second else 0.5
            cost = self.costs[split - 1] + balance + bottom_heavy + overflow + rest[0] + 1.0
            if best is None or cost < best[0]:
                best = (cost, [a, *rest[1]])
        return best

    def lines(self, a: int, b: int, starts: Sequence[int]) -> list[str]:
        ends = [*starts[1:], b]
        return [join_tokens(self.tokens[s:e]) for s, e in zip(starts, ends, strict=True)]


def layout_text(text: str, profile: CaptionProfile) -> tuple[float, list[str]] | None:
    """Best lines for ``text`` under ``profile``: (cost, lines), or None if it cannot fit."""
    tokens = text_tokens(text)
    if not tokens:
        return 0.0, [""]
    seq = _Seq(tokens, profile)
    found = seq.layout(0, len(tokens), profile.max_lines)
    if found is None:
        return None
    return found[0], seq.lines(0, len(tokens), found[1])


def _cue_cost(seq: _Seq, i: int, j: int) -> tuple[float, list[int]] | None:
    tokens, profile = seq.tokens, seq.profile
    first, last = tokens[i], tokens[j - 1]
    if j - i > 1:
        if last.end - first.start > profile.max_duration or seq.crosses_hard_break(i, j):
            return None
        if any(tokens[k + 1].start - tokens[k].end >= profile.pause_break for k in range(i, j - 1)):
            return None
    layout = seq.layout(i, j, profile.max_lines)
    if layout is None:
        return None
    chars = seq.length(i, j)
    # The latest end _time_cues can give this cue (same rules), hence its reading speed:
    # reading speed may keep a cue up to the next cue (less its gap) or the longest duration.
    limit = first.start + profile.max_duration
    if j < len(tokens):
        limit = min(limit, tokens[j].start - profile.min_gap)
    available = max(limit, last.end) - first.start
    speed = chars / max(available, 0.05)
    cost = _CUE_COST + seq.costs[j - 1] * 2.0 + layout[0]
    if speed > profile.max_cps:
        cost += (speed - profile.max_cps) * 12.0
    if available < profile.min_duration:
        cost += (profile.min_duration - available) * 10.0
    return cost, layout[1]


def _partition(
    tokens: Sequence[Token], profile: CaptionProfile, breaks: Sequence[float] = ()
) -> list[tuple[int, int, list[str]]]:
    seq = _Seq(tokens, profile, breaks)
    n = len(tokens)
    inf = float("inf")
    best = [inf] * (n + 1)
    choice: list[tuple[int, list[int]]] = [(0, [])] * (n + 1)
    best[0] = 0.0
    max_chars = profile.max_chars + profile.max_lines
    for j in range(1, n + 1):
        for i in range(j - 1, -1, -1):
            if i < j - 1 and seq.length(i, j) > max_chars:
                break
            found = _cue_cost(seq, i, j)
            if found is None:
                break  # longer groups ending at j only get longer
            total = best[i] + found[0]
            if total < best[j]:
                best[j] = total
                choice[j] = (i, found[1])
    groups: list[tuple[int, int, list[str]]] = []
    j = n
    while j > 0:
        i, starts = choice[j]
        groups.append((i, j, seq.lines(i, j, starts)))
        j = i
    groups.reverse()
    return groups


def _time_cues(
    tokens: Sequence[Token], groups: Sequence[tuple[int, int, list[str]]], profile: CaptionProfile
) -> list[Cue]:
    """Cue times in whole milliseconds, so gaps survive rounding exactly.

    A cue starts with its first word and stays at least until its last word ends, the
    minimum duration and the time its text takes to read, but never into the next cue's
    gap nor past the longest duration. Gaps shorter than half a second are closed (less
    flicker), staying at most ``linger`` after the last word.
    """
    gap = math.ceil(profile.min_gap * 1000 - 1e-6)
    min_ms = round(profile.min_duration * 1000)
    max_ms = round(profile.max_duration * 1000)
    linger = round(profile.linger * 1000)
    cues: list[Cue] = []
    previous_end: int | None = None
    for i, j, lines in groups:
        start = round(tokens[i].start * 1000)
        end = round(tokens[j - 1].end * 1000)
        text = "\n".join(lines)
        readable = math.ceil(len(text) / profile.max_cps * 1000)
        next_start = round(tokens[j].start * 1000) if j < len(tokens) else None
        if previous_end is not None and start < previous_end + gap:
            start = previous_end + gap
        wanted = max(end, start + min_ms, start + readable)
        limit = start + max_ms
        if next_start is not None:
            if next_start - end < 500:  # close small gaps: less flicker between cues
                wanted = max(wanted, min(next_start - gap, end + linger))
            limit = min(limit, next_start - gap)
        final = min(wanted, limit)
        if final <= start:
            final = start + 10  # words stamped on top of each other: keep the cue visible
        words = [
            CueWord(round(t.start, 3), round(t.end, 3), (" " if t.space_before else "") + t.text,
                    round(t.confidence, 4), t.span)
            for t in tokens[i:j]
        ]  # fmt: skip
        cues.append(Cue(start / 1000, final / 1000, text, words))
        previous_end = final
    return cues


@dataclass
class Shaped:
    """Cues shaped to a profile, and every place the profile could not be met (why)."""

    cues: list[Cue]
    exceptions: list[ProfileException] = field(default_factory=list)


def shape_track(
    words: Sequence[Word],
    profile: CaptionProfile | str | None = None,
    breaks: Sequence[float] = (),
) -> Shaped:
    """Caption cues from a word timeline, shaped to ``profile``, with the exceptions."""
    from studio.captions.quality import explain_exceptions

    prof = get_profile(profile)
    cues = shape_cues(words, prof, breaks)
    return Shaped(cues, explain_exceptions(cues, prof))


def shape_cues(
    words: Sequence[Word],
    profile: CaptionProfile | str | None = None,
    breaks: Sequence[float] = (),
) -> list[Cue]:
    """Caption cues from a word timeline, shaped to ``profile`` (default "netflix").

    No cue spans one of the ``breaks`` (times, e.g. slide changes) or the edge of a
    departure span (words with a different ``span``)."""
    prof = get_profile(profile)
    tokens = to_tokens(sorted(words, key=lambda w: w.start))
    if not tokens:
        return []
    return _time_cues(tokens, _partition(tokens, prof, breaks), prof)


def _words_match(cue: Cue) -> bool:
    return bool(cue.words) and "".join(w.text for w in cue.words).split() == cue.text.split()


def words_from_cues(cues: Iterable[Cue]) -> list[Word]:
    """The words of existing cues: their recorded word times where the text still
    matches them, else spread over the cue by character count."""
    words: list[Word] = []
    for cue in cues:
        if _words_match(cue):
            words.extend(replace(w) for w in cue.words)  # copies: the cue keeps its own
            continue
        parts = cue.text.split()
        if not parts:
            continue
        total = sum(len(p) + 1 for p in parts)
        t = cue.start
        for part in parts:
            share = (len(part) + 1) / total * (cue.end - cue.start)
            words.append(Word(t, t + share, " " + part))
            t += share
    return words


def reflow_cues(cues: Sequence[Cue], profile: CaptionProfile | str | None = None) -> list[Cue]:
    """Re-cut existing cues to ``profile`` (word times where known, else estimated)."""
    return shape_cues(words_from_cues(sorted(cues, key=lambda c: c.start)), profile)


def words_from_segments(segments: Iterable[Mapping[str, Any]]) -> list[Word]:
    """Words out of the transcribe job's JSON segments
    (``{"words": [[start, end, text, probability]]}``)."""
    words: list[Word] = []
    for seg in segments:
        for item in seg.get("words") or []:
            confidence = float(item[3]) if len(item) > 3 else 1.0
            words.append(Word(float(item[0]), float(item[1]), str(item[2]), confidence))
    return words


def best_split_word(text: str) -> str | None:
    """The word after which ``text`` splits best into two cues (None for one word)."""
    tokens = text_tokens(text)
    if len(tokens) < 2:
        return None
    costs = _break_costs(tokens)
    middle = len(tokens) / 2
    best = min(range(len(tokens) - 1), key=lambda k: costs[k] + abs(k + 1 - middle) * 0.6)
    return tokens[best].text


__all__ = [
    "Shaped",
    "Word",
    "best_split_word",
    "layout_text",
    "reflow_cues",
    "shape_cues",
    "shape_track",
    "words_from_cues",
    "words_from_segments",
]
