"""Script alignment: the author's exact words, timed by what Whisper heard.

Whisper supplies word timestamps; ``align_script`` maps the script's words onto them
with a sequence alignment (edit distance with fuzzy word matches, and one word matching
two when they are written together or apart: "e-learning" / "e learning"). Long texts
are cut at anchors first (words that occur once in both, in the same order, as in
patience diff), so an hour of lecture aligns in well under a second.

The script wins wherever the two disagree: every cue word is a script word. Where the
speaker departed from the script (``MIN_DEPARTURE_WORDS`` or more words skipped, added
or changed in a row) the span is returned as a ``Departure`` holding both sides, so the
instructor can choose script or speech there. Script words inside a disagreement share
the time of what was said there (or of the pause, for skipped words).

Confidence of a script word: Whisper's probability when it heard the word as written,
scaled down by how different the heard word was, and 0 where nothing matched.

Pure Python; no Whisper import.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from studio.captions.tokens import Word, comparable, has_unspaced, split_unspaced, to_tokens
from studio.model.captions import CueWord, Departure

MIN_DEPARTURE_WORDS = 3  # fewer words in a row are recognition slips, not departures
GOOD_MATCH = 0.6  # a heard word at least this similar to the script word is "the same"
_JOINED = 0.85  # "e-learning" / "e learning": one word against two only when nearly equal
_DP_CELLS = 40_000  # ranges larger than this are cut at anchors first
_WINDOW = 150  # script words per window where no anchor exists


@dataclass
class ScriptWord:
    text: str  # with a leading space when a space comes before it
    key: str  # comparable form ("" for punctuation only)


@dataclass
class Alignment:
    """The script's words timed, the departures, and how much of the script was heard."""

    words: list[Word]
    departures: list[Departure] = field(default_factory=list)
    matched: float = 0.0  # share of script words heard as written (0-1)
    script_words: int = 0
    speech_words: int = 0


def script_words(text: str) -> list[ScriptWord]:
    """The words of a script in order: split at spaces, Chinese and Japanese by
    character; punctuation standing alone joins the word before it."""
    out: list[ScriptWord] = []
    pending = ""  # punctuation before the first word
    for part in text.split():
        pieces = split_unspaced(part) if has_unspaced(part) else [part]
        for k, piece in enumerate(pieces):
            key = comparable(piece)
            spaced = k == 0 and not (
                out and has_unspaced(out[-1].text[-1:]) and has_unspaced(piece[:1])
            )
            if not key:
                if out:
                    out[-1].text += (" " if k == 0 else "") + piece
                else:
                    pending += piece + " "
                continue
            out.append(ScriptWord((" " if spaced and out else "") + pending + piece, key))
            pending = ""
    if out:
        out[0].text = out[0].text.lstrip()
    return out


@lru_cache(maxsize=65536)
def _grams(key: str) -> frozenset[str]:
    padded = f"^{key}$"
    return frozenset(padded[k : k + 2] for k in range(len(padded) - 1))


def similarity(a: str, b: str) -> float:
    """How alike two comparable keys are, 0-1 (Dice coefficient of their letter pairs,
    word edges included): 1.0 for the same word, about 0.9 for "quilter"/"quilters"."""
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    ga, gb = _grams(a), _grams(b)
    return 2.0 * len(ga & gb) / (len(ga) + len(gb))


def _sub_cost(a: str, b: str) -> float:
    return 0.0 if a == b else 2.0 * (1.0 - similarity(a, b))


# An alignment step: (script index range, speech index range) as (i0, i1, j0, j1).
Step = tuple[int, int, int, int]


def _dp(
    a: Sequence[str],
    b: Sequence[str],
    i0: int,
    i1: int,
    j0: int,
    j1: int,
    open_end: bool = False,
) -> list[Step]:
    """Edit-distance alignment of a[i0:i1] and b[j0:j1]; with ``open_end`` the speech
    may end anywhere (the steps cover a[i0:i1] and the best prefix of b[j0:j1])."""
    n, m = i1 - i0, j1 - j0
    inf = float("inf")
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int]]] = [[(0, 0)] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        row = cost[i]
        for j in range(m + 1):
            here = row[j]
            if here == inf:
                continue
            # Moves: (di, dj, cost)
            if i < n:
                c = here + 1.0
                if c < cost[i + 1][j]:
                    cost[i + 1][j], back[i + 1][j] = c, (1, 0)
            if j < m:
                c = here + 1.0
                if c < row[j + 1]:
                    row[j + 1], back[i][j + 1] = c, (0, 1)
            if i < n and j < m:
                sa, sb = a[i0 + i], b[j0 + j]
                c = here + _sub_cost(sa, sb)
                if c < cost[i + 1][j + 1]:
                    cost[i + 1][j + 1], back[i + 1][j + 1] = c, (1, 1)
                # Joins are tried only when the edges agree (cheap; a near-equal pair
                # shares its first and last letters).
                if j + 1 < m and sa != sb and sa[:1] == sb[:1] and sa[-1:] == b[j0 + j + 1][-1:]:
                    joined = sb + b[j0 + j + 1]  # one script word heard as two
                    if similarity(sa, joined) >= _JOINED:
                        c = here + _sub_cost(sa, joined) + 0.1
                        if c < cost[i + 1][j + 2]:
                            cost[i + 1][j + 2], back[i + 1][j + 2] = c, (1, 2)
                if i + 1 < n and sa != sb and sa[:1] == sb[:1] and a[i0 + i + 1][-1:] == sb[-1:]:
                    joined = sa + a[i0 + i + 1]  # two script words heard as one
                    if similarity(joined, sb) >= _JOINED:
                        c = here + _sub_cost(joined, sb) + 0.1
                        if c < cost[i + 2][j + 1]:
                            cost[i + 2][j + 1], back[i + 2][j + 1] = c, (2, 1)
    steps: list[Step] = []
    i, j = n, m
    if open_end:
        j = min(range(m + 1), key=lambda col: (cost[n][col], col))
    while i or j:
        di, dj = back[i][j]
        steps.append((i0 + i - di, i0 + i, j0 + j - dj, j0 + j))
        i, j = i - di, j - dj
    steps.reverse()
    return steps


def _in_context(a: Sequence[str], b: Sequence[str], i: int, j: int) -> bool:
    """A word once in both is an anchor only if a neighbour matches too (a word the
    speaker used somewhere else is not where the script has it)."""
    before = i > 0 and j > 0 and a[i - 1] == b[j - 1]
    after = i + 1 < len(a) and j + 1 < len(b) and a[i + 1] == b[j + 1]
    return before or after


def _anchors(
    a: Sequence[str], b: Sequence[str], i0: int, i1: int, j0: int, j1: int
) -> list[tuple[int, int]]:
    """Words once in a[i0:i1] and once in b[j0:j1], longest run in the same order."""
    count_a: dict[str, int] = {}
    count_b: dict[str, int] = {}
    where_a: dict[str, int] = {}
    where_b: dict[str, int] = {}
    for i in range(i0, i1):
        count_a[a[i]] = count_a.get(a[i], 0) + 1
        where_a[a[i]] = i
    for j in range(j0, j1):
        count_b[b[j]] = count_b.get(b[j], 0) + 1
        where_b[b[j]] = j
    pairs = sorted(
        (where_a[k], where_b[k])
        for k, n in count_a.items()
        if n == 1 and count_b.get(k) == 1 and _in_context(a, b, where_a[k], where_b[k])
    )
    # Longest increasing subsequence of speech positions (patience sorting).
    tails: list[int] = []
    tail_at: list[int] = []
    previous: list[int] = [-1] * len(pairs)
    for k, (_i, j) in enumerate(pairs):
        pos = bisect.bisect_left(tails, j)
        if pos == len(tails):
            tails.append(j)
            tail_at.append(k)
        else:
            tails[pos] = j
            tail_at[pos] = k
        previous[k] = tail_at[pos - 1] if pos else -1
    chain: list[tuple[int, int]] = []
    k = tail_at[-1] if tail_at else -1
    while k >= 0:
        chain.append(pairs[k])
        k = previous[k]
    chain.reverse()
    return chain


def _windowed(a: Sequence[str], b: Sequence[str], i0: int, i1: int, j0: int, j1: int) -> list[Step]:
    """Align a long range with no anchor (text that repeats itself) window by window:
    each window keeps its steps up to its last sure match before the window's end."""
    steps: list[Step] = []
    ci, cj = i0, j0
    while (i1 - ci) * (j1 - cj) > _DP_CELLS:
        ratio = (j1 - cj) / max(1, i1 - ci)
        ni = min(i1, ci + _WINDOW)
        nj = min(j1, cj + int(_WINDOW * ratio) + _WINDOW // 3)
        part = _dp(a, b, ci, ni, cj, nj, open_end=nj < j1)
        horizon = ci + int(_WINDOW * 0.7)
        keep = max(
            (k for k, st in enumerate(part) if st[1] <= horizon and _good(st, a, b)),
            default=None,
        )
        if keep is None:  # nothing sure in the window: take its first half as it is
            keep = max(k for k, st in enumerate(part) if st[1] <= ci + _WINDOW // 2 or k == 0)
        steps.extend(part[: keep + 1])
        ci, cj = part[keep][1], part[keep][3]
    steps.extend(_dp(a, b, ci, i1, cj, j1))
    return steps


def _align(a: Sequence[str], b: Sequence[str], i0: int, i1: int, j0: int, j1: int) -> list[Step]:
    n, m = i1 - i0, j1 - j0
    if n == 0 or m == 0 or n * m <= _DP_CELLS:
        return _dp(a, b, i0, i1, j0, j1)
    anchors = _anchors(a, b, i0, i1, j0, j1)
    if not anchors:
        return _windowed(a, b, i0, i1, j0, j1)
    steps: list[Step] = []
    ci, cj = i0, j0
    for ai, aj in anchors:
        steps.extend(_align(a, b, ci, ai, cj, aj))
        steps.append((ai, ai + 1, aj, aj + 1))
        ci, cj = ai + 1, aj + 1
    steps.extend(_align(a, b, ci, i1, cj, j1))
    return steps


def _good(step: Step, a: Sequence[str], b: Sequence[str]) -> bool:
    i0, i1, j0, j1 = step
    if i0 == i1 or j0 == j1:
        return False
    return similarity("".join(a[i0:i1]), "".join(b[j0:j1])) >= GOOD_MATCH


def _spread(words: Sequence[ScriptWord], start: float, end: float) -> list[tuple[float, float]]:
    """Times for ``words`` shared over [start, end] in proportion to their length."""
    total = sum(len(w.key) + 1 for w in words) or 1
    out = []
    t = start
    for w in words:
        share = (end - start) * (len(w.key) + 1) / total
        out.append((round(t, 3), round(t + share, 3)))
        t += share
    return out


def _cue_word(text: str, start: float, end: float, confidence: float, span: str = "") -> CueWord:
    return CueWord(round(start, 3), round(max(start, end), 3), text, round(confidence, 4), span)


def align_script(
    script: str, speech: Sequence[Word], *, min_departure_words: int = MIN_DEPARTURE_WORDS
) -> Alignment:
    """Time the words of ``script`` by the recognised ``speech`` words (see module doc)."""
    sw = script_words(script)
    heard = [t for t in to_tokens(sorted(speech, key=lambda w: w.start)) if comparable(t.text)]
    a = [w.key for w in sw]
    b = [comparable(t.text) for t in heard]
    if not sw:
        return Alignment([], speech_words=len(heard))
    steps = _align(a, b, 0, len(a), 0, len(b))
    good = [_good(step, a, b) for step in steps]
    for k in range(1, len(steps) - 1):
        # A short word matched alone between two disagreements ("the" in "First, the
        # slides" / "by the way") belongs to the disagreement.
        i0, i1, j0, j1 = steps[k]
        if good[k] and not good[k - 1] and not good[k + 1] and len(a[i0]) <= 3:
            good[k] = False
    # Group steps into good matches and runs of disagreement between them.
    timed: list[CueWord | None] = [None] * len(sw)
    departures: list[Departure] = []
    matched = 0
    k = 0
    while k < len(steps):
        step = steps[k]
        if good[k]:
            i0, i1, j0, j1 = step
            first, last = heard[j0], heard[j1 - 1]
            prob = min(t.confidence for t in heard[j0:j1])
            sim = similarity("".join(a[i0:i1]), "".join(b[j0:j1]))
            if i1 - i0 == 1:
                times = [(first.start, last.end)]
            else:  # two script words heard as one: share its time
                times = _spread(sw[i0:i1], first.start, last.end)
            for i, (s, e) in zip(range(i0, i1), times, strict=True):
                timed[i] = _cue_word(sw[i].text, s, e, prob * sim)
            matched += i1 - i0
            k += 1
            continue
        run = [step]
        while k + len(run) < len(steps) and not good[k + len(run)]:
            run.append(steps[k + len(run)])
        k += len(run)
        i0, i1 = run[0][0], run[-1][1]
        j0, j1 = run[0][2], run[-1][3]
        said = heard[j0:j1]
        if said:
            lo, hi = said[0].start, said[-1].end
        else:  # skipped words: the pause between the neighbours
            lo = heard[j0 - 1].end if j0 > 0 else (heard[0].start if heard else 0.0)
            hi = heard[j1].start if j1 < len(heard) else lo
            hi = max(hi, lo)
        if i1 - i0 == j1 - j0:  # word for word: keep each heard word's time
            times = [(t.start, t.end) for t in said]
            scores = [t.confidence * similarity(a[i], b[j]) for i, t, j in
                      zip(range(i0, i1), said, range(j0, j1), strict=True)]  # fmt: skip
        else:
            times = _spread(sw[i0:i1], lo, hi)
            scores = [0.0] * (i1 - i0)
        is_departure = max(i1 - i0, j1 - j0) >= min_departure_words
        span = f"d{len(departures) + 1}" if is_departure else ""
        script_side = [
            _cue_word(sw[i].text, s, e, score, span)
            for i, (s, e), score in zip(range(i0, i1), times, scores, strict=True)
        ]
        for i, word in zip(range(i0, i1), script_side, strict=True):
            timed[i] = word
        if is_departure:
            speech_side = [
                _cue_word((" " if t.space_before else "") + t.text, t.start, t.end,
                          t.confidence, span)
                for t in said
            ]  # fmt: skip
            every = script_side + speech_side
            departures.append(
                Departure(
                    span,
                    round(min(w.start for w in every), 3),
                    round(max(w.end for w in every), 3),
                    script_side,
                    speech_side,
                )
            )
    words = [w for w in timed if w is not None]
    return Alignment(
        words,
        departures,
        matched=matched / len(sw),
        script_words=len(sw),
        speech_words=len(heard),
    )


def words_for_choice(words: Sequence[Word], departure: Departure, choice: str) -> list[Word]:
    """``words`` with ``departure``'s span showing ``choice`` ("script" or "speech")."""
    side = departure.script if choice == "script" else departure.speech
    kept = [w for w in words if w.span != departure.id]
    added = [replace(w) for w in side]
    return sorted([*kept, *added], key=lambda w: (w.start, w.end))


__all__ = [
    "MIN_DEPARTURE_WORDS",
    "Alignment",
    "ScriptWord",
    "align_script",
    "script_words",
    "similarity",
    "words_for_choice",
]
