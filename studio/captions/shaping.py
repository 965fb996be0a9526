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

import math
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from studio.captions.profiles import CaptionProfile, get_profile
from studio.model.captions import Cue

_SENTENCE_END = re.compile(r"[.!?…。！？]['\"”’)\]]*$")
_CLAUSE_END = re.compile(r"[,;:—–、，；：]['\"”’)\]]*$")
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


@dataclass
class Word:
    """One recognised word: times in seconds, text as the recogniser spelled it."""

    start: float
    end: float
    text: str


@dataclass
class _Token:
    start: float
    end: float
    text: str  # without surrounding spaces
    space_before: bool


def _is_unspaced_script(ch: str) -> bool:
    """CJK, kana and Thai are written without spaces between words."""
    code = ord(ch)
    return (
        0x2E80 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0xFF00 <= code <= 0xFFEF
        or 0x0E00 <= code <= 0x0E7F
    )


def _tokens(words: Sequence[Word]) -> list[_Token]:
    spaced_source = any(w.text[:1].isspace() for w in words)
    out: list[_Token] = []
    for w in words:
        text = " ".join(w.text.split())
        if not text:
            continue
        if spaced_source:
            space = w.text[:1].isspace()
        else:
            first = text[0]
            prev_last = out[-1].text[-1] if out else " "
            space = not (
                _is_unspaced_script(first)
                or _is_unspaced_script(prev_last)
                or unicodedata.category(first).startswith("P")
                and first not in '([{"“‘¿¡'
            )
        if not out:
            space = False
        out.append(_Token(float(w.start), max(float(w.end), float(w.start)), text, space))
    return out


def _join(tokens: Sequence[_Token]) -> str:
    parts: list[str] = []
    for i, tok in enumerate(tokens):
        if i and tok.space_before:
            parts.append(" ")
        parts.append(tok.text)
    return "".join(parts)


def _bare(text: str) -> str:
    return text.strip("\"'“”‘’()[]¿¡.,;:!?").lower()


def _break_costs(tokens: Sequence[_Token]) -> list[float]:
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
        elif _bare(nxt.text) in _CONJUNCTIONS:
            cost = 2.0
        elif _bare(nxt.text) in _PREPOSITIONS:
            cost = 3.0
        else:
            cost = 5.0
        if _bare(tok.text) in _NO_BREAK_AFTER and not _CLAUSE_END.search(tok.text):
            cost += 8.0
        if (
            cost >= 5.0
            and tok.text[:1].isupper()
            and nxt.text[:1].isupper()
            and tok.text != "I"
            and nxt.text != "I"
        ):
            cost += 10.0  # inside a name: "Ada Lovelace", "New York"
        if not nxt.space_before and cost >= 5.0 and not _is_unspaced_script(nxt.text[0]):
            cost += 10.0  # inside a word the recogniser split ("Lovel" + "ace")
        gap = nxt.start - tok.end
        cost = max(0.0, cost - min(3.0, max(0.0, gap) * 4.0))
        costs.append(cost)
    return costs


class _Seq:
    """Tokens with break costs and prefix sums, so line lengths cost O(1)."""

    def __init__(self, tokens: Sequence[_Token], profile: CaptionProfile) -> None:
        self.tokens = tokens
        self.profile = profile
        self.costs = _break_costs(tokens)
        self.chars = [0]
        self.spaces = [0]
        for tok in tokens:
            self.chars.append(self.chars[-1] + len(tok.text))
            self.spaces.append(self.spaces[-1] + (1 if tok.space_before else 0))

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
        return [_join(self.tokens[s:e]) for s, e in zip(starts, ends, strict=True)]


def layout_text(text: str, profile: CaptionProfile) -> tuple[float, list[str]] | None:
    """Best lines for ``text`` under ``profile``: (cost, lines), or None if it cannot fit."""
    tokens = _tokens([Word(0, 0, " " + t) for t in text.split()])
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
        if last.end - first.start > profile.max_duration:
            return None
        if any(tokens[k + 1].start - tokens[k].end >= profile.pause_break for k in range(i, j - 1)):
            return None
    layout = seq.layout(i, j, profile.max_lines)
    if layout is None:
        return None
    chars = seq.length(i, j)
    # The latest end _time_cues can give this cue (same rules), hence its reading speed.
    reach = max(last.end + profile.linger, first.start + profile.min_duration)
    limit = first.start + profile.max_duration
    if j < len(tokens):
        next_limit = tokens[j].start - profile.min_gap
        if tokens[j].start - last.end < 0.5:
            reach = max(reach, next_limit)
        limit = min(limit, next_limit)
    available = max(min(reach, limit), last.end) - first.start
    speed = chars / max(available, 0.05)
    cost = _CUE_COST + seq.costs[j - 1] * 2.0 + layout[0]
    if speed > profile.max_cps:
        cost += (speed - profile.max_cps) * 12.0
    if available < profile.min_duration:
        cost += (profile.min_duration - available) * 10.0
    return cost, layout[1]


def _partition(
    tokens: Sequence[_Token], profile: CaptionProfile
) -> list[tuple[int, int, list[str]]]:
    seq = _Seq(tokens, profile)
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
    tokens: Sequence[_Token], groups: Sequence[tuple[int, int, list[str]]], profile: CaptionProfile
) -> list[Cue]:
    """Cue times in whole milliseconds, so gaps survive rounding exactly."""
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
        wanted = min(wanted, max(end + linger, start + min_ms))
        limit = start + max_ms
        if next_start is not None:
            if next_start - end < 500:  # close small gaps: less flicker between cues
                wanted = max(wanted, next_start - gap)
            limit = min(limit, next_start - gap)
        final = min(wanted, limit)
        if final <= start:
            final = start + 10  # words stamped on top of each other: keep the cue visible
        cues.append(Cue(start / 1000, final / 1000, text))
        previous_end = final
    return cues


def shape_cues(words: Sequence[Word], profile: CaptionProfile | str | None = None) -> list[Cue]:
    """Caption cues from a word timeline, shaped to ``profile`` (default "netflix")."""
    prof = get_profile(profile)
    tokens = _tokens(sorted(words, key=lambda w: w.start))
    if not tokens:
        return []
    return _time_cues(tokens, _partition(tokens, prof), prof)


def words_from_cues(cues: Iterable[Cue]) -> list[Word]:
    """Approximate word times inside existing cues (spread by character count)."""
    words: list[Word] = []
    for cue in cues:
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
    """Re-cut existing cues to ``profile`` (for imported or edited tracks without word times)."""
    return shape_cues(words_from_cues(sorted(cues, key=lambda c: c.start)), profile)


def words_from_segments(segments: Iterable[Mapping[str, Any]]) -> list[Word]:
    """Words out of the transcribe job's JSON segments (``{"words": [[start, end, text]]}``)."""
    words: list[Word] = []
    for seg in segments:
        for item in seg.get("words") or []:
            start, end, text = item[0], item[1], item[2]
            words.append(Word(float(start), float(end), str(text)))
    return words


def best_split_word(text: str) -> str | None:
    """The word after which ``text`` splits best into two cues (None for one word)."""
    tokens = _tokens([Word(0, 0, " " + t) for t in text.split()])
    if len(tokens) < 2:
        return None
    costs = _break_costs(tokens)
    middle = len(tokens) / 2
    best = min(range(len(tokens) - 1), key=lambda k: costs[k] + abs(k + 1 - middle) * 0.6)
    return tokens[best].text


__all__ = [
    "Word",
    "best_split_word",
    "layout_text",
    "reflow_cues",
    "shape_cues",
    "words_from_cues",
    "words_from_segments",
]
