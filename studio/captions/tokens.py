"""Words as caption tokens: spacing, scripts written without spaces, text direction.

A token is the smallest piece a caption may break after. Spaced scripts break between
words; Chinese, Japanese (and Thai) are written without spaces, so their words are cut
into characters here (each keeps a share of the word's time) and lines are measured in
characters. Punctuation stays attached to the character before it, so a line never
starts with "。" or "、".

Pure Python; shared by shaping (``shaping.py``) and script alignment (``align.py``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from studio.model.captions import CueWord

# Languages written right to left (BCP 47 primary subtags).
RTL_LANGUAGES = frozenset("ar arc ckb dv fa he iw ks ku ps sd syr ug ur yi".split())
RLM = "\u200f"  # RIGHT-TO-LEFT MARK: a strong RTL character that takes no space


# One recognised word: times in seconds, text as the recogniser spelled it (a leading
# space means "a space before this word"), Whisper's probability, and the departure span
# it belongs to: the model's timed cue word, so cues keep the words they were made of.
Word = CueWord


@dataclass
class Token:
    start: float
    end: float
    text: str  # without surrounding spaces
    space_before: bool
    confidence: float = 1.0
    span: str = ""


def is_unspaced_script(ch: str) -> bool:
    """CJK ideographs, kana, full-width forms and Thai are written without spaces."""
    code = ord(ch)
    return (
        0x2E80 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0xFF00 <= code <= 0xFFEF
        or 0x0E00 <= code <= 0x0E7F
        or 0x3000 <= code <= 0x303F
    )


def is_rtl(language: str | None) -> bool:
    return (language or "").split("-")[0].lower() in RTL_LANGUAGES


def _is_punct(ch: str) -> bool:
    return unicodedata.category(ch).startswith("P")


_OPENERS = '([{"“‘¿¡「『（【《〈'
# Japanese line-breaking rules (kinsoku): these never start a line.
_NO_LINE_START = "ゃゅょっぁぃぅぇぉゎャュョッァィゥェォヮヵヶーヽヾゝゞ々"


def split_unspaced(text: str) -> list[str]:
    """``text`` cut where a caption line may break: between CJK characters, never before
    closing punctuation or after opening punctuation; Latin words and numbers stay whole."""
    pieces: list[str] = []
    run, kind = "", ""  # kind of the current run: "cjk", "latin" or "open"
    for ch in text:
        if (_is_punct(ch) and ch not in _OPENERS) or ch in _NO_LINE_START:
            run += ch  # closing punctuation (and small kana) stick to what precedes them
            kind = kind or "cjk"
            continue
        if ch in _OPENERS:
            new_kind = "open"
        elif is_unspaced_script(ch):
            new_kind = "cjk"
        else:
            new_kind = "latin"
        if run and (kind == "open" or (kind == new_kind == "latin")):
            run += ch
        else:
            if run:
                pieces.append(run)
            run = ch
        kind = new_kind if not (kind == "open" and new_kind == "open") else "open"
    if run:
        pieces.append(run)
    return pieces


def has_unspaced(text: str) -> bool:
    return any(is_unspaced_script(ch) and not _is_punct(ch) for ch in text)


def to_tokens(words: Sequence[Word]) -> list[Token]:
    """Caption tokens from recognised words (sorted by start)."""
    spaced_source = any(w.text[:1].isspace() for w in words)
    out: list[Token] = []
    for w in words:
        text = " ".join(w.text.split())
        if not text:
            continue
        start, end = float(w.start), max(float(w.end), float(w.start))
        if spaced_source:
            space = w.text[:1].isspace()
        else:
            first = text[0]
            prev_last = out[-1].text[-1] if out else " "
            space = not (
                is_unspaced_script(first)
                or is_unspaced_script(prev_last)
                or _is_punct(first)
                and first not in _OPENERS
            )
        if not out:
            space = False
        pieces = split_unspaced(text) if has_unspaced(text) and " " not in text else [text]
        if len(pieces) == 1:
            out.append(Token(start, end, text, space, w.confidence, w.span))
            continue
        # A CJK word: each character gets a share of the word's time.
        total = sum(len(p) for p in pieces)
        t = start
        for k, piece in enumerate(pieces):
            share = (end - start) * len(piece) / total
            out.append(Token(t, t + share, piece, space and k == 0, w.confidence, w.span))
            t += share
    return out


def text_tokens(text: str) -> list[Token]:
    """Untimed tokens of a caption text (for line layout and split hints)."""
    return to_tokens([Word(0.0, 0.0, " " + part) for part in text.split()])


def join_tokens(tokens: Sequence[Token]) -> str:
    parts: list[str] = []
    for i, tok in enumerate(tokens):
        if i and tok.space_before:
            parts.append(" ")
        parts.append(tok.text)
    return "".join(parts)


_STRIP = "\"'“”‘’()[]{}¿¡.,;:!?…«»「」『』（）【】《》〈〉。、，；：！？"


def bare(text: str) -> str:
    """A token as it sounds: lower case, no surrounding punctuation."""
    return text.strip(_STRIP).lower()


_NOT_WORD = re.compile(r"[^\w]+", re.UNICODE)


def comparable(text: str) -> str:
    """A token's letters and digits only, folded (NFKC, lower case, no apostrophes or
    hyphens): "Quilter's" and "quilters", "e-learning" and "elearning" compare equal."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _NOT_WORD.sub("", folded.replace("_", ""))


__all__ = [
    "RLM",
    "RTL_LANGUAGES",
    "Token",
    "Word",
    "bare",
    "comparable",
    "has_unspaced",
    "is_rtl",
    "is_unspaced_script",
    "join_tokens",
    "split_unspaced",
    "text_tokens",
    "to_tokens",
]
