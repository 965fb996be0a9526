"""Transcripts and chapters generated from a caption track.

A transcript is the track's text joined into paragraphs, a new paragraph at each pause
(or after a long run of sentences), each with its start time: as plain text and as
HTML (within the rich-text safe subset). Chapters start at long pauses, or at given
times such as slide changes, titled with the first words spoken after them.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

from studio.model.captions import CaptionTrack, Chapter, Cue

_SENTENCE_END = re.compile(r"[.!?…。！？]['\"”’)\]]*$")


@dataclass
class Paragraph:
    start: float
    end: float
    text: str


def _cues(source: CaptionTrack | Sequence[Cue]) -> list[Cue]:
    cues = source.cues if isinstance(source, CaptionTrack) else list(source)
    return sorted((c for c in cues if c.text.strip()), key=lambda c: c.start)


def clock(seconds: float) -> str:
    """``m:ss`` or ``h:mm:ss``."""
    total = int(max(0.0, seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def paragraphs(
    source: CaptionTrack | Sequence[Cue], pause: float = 2.0, max_words: int = 120
) -> list[Paragraph]:
    """Cue text joined into paragraphs: break at pauses of ``pause`` seconds or more, and at
    the first sentence end after ``max_words`` words."""
    out: list[Paragraph] = []
    current: list[str] = []
    words = 0
    start = end = 0.0
    previous_end: float | None = None
    for cue in _cues(source):
        text = " ".join(cue.text.split())
        long_enough = words >= max_words and bool(current) and _SENTENCE_END.search(current[-1])
        if current and (
            (previous_end is not None and cue.start - previous_end >= pause) or long_enough
        ):
            out.append(Paragraph(start, end, " ".join(current)))
            current, words = [], 0
        if not current:
            start = cue.start
        current.append(text)
        words += len(text.split())
        end = cue.end
        previous_end = cue.end
    if current:
        out.append(Paragraph(start, end, " ".join(current)))
    return out


def transcript_text(
    source: CaptionTrack | Sequence[Cue], timestamps: bool = True, pause: float = 2.0
) -> str:
    """Plain-text transcript: paragraphs separated by blank lines, ``[m:ss]`` in front."""
    parts = [
        f"[{clock(p.start)}] {p.text}" if timestamps else p.text for p in paragraphs(source, pause)
    ]
    return "\n\n".join(parts) + ("\n" if parts else "")


def transcript_html(
    source: CaptionTrack | Sequence[Cue], timestamps: bool = True, pause: float = 2.0
) -> str:
    """HTML transcript: one ``<p>`` per paragraph, the start time in a ``<strong>`` prefix."""
    parts: list[str] = []
    for p in paragraphs(source, pause):
        stamp = f"<strong>[{clock(p.start)}]</strong> " if timestamps else ""
        parts.append(f"<p>{stamp}{html.escape(p.text, quote=False)}</p>")
    return "\n".join(parts)


def _title_after(cues: Sequence[Cue], time: float, words: int = 6) -> str:
    for cue in cues:
        if cue.start >= time - 0.5:
            text = " ".join(cue.text.split())
            sentence = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
            parts = sentence.split()
            title = " ".join(parts[:words]).rstrip(",;:.!?")
            return title + ("…" if len(parts) > words else "")
    return ""


def chapters_from_pauses(
    source: CaptionTrack | Sequence[Cue], min_pause: float = 3.0, min_length: float = 30.0
) -> list[Chapter]:
    """A chapter at the start and after each silence of ``min_pause`` s or more, keeping
    chapters at least ``min_length`` s apart."""
    cues = _cues(source)
    if not cues:
        return []
    starts = [cues[0].start]
    for prev, cue in zip(cues, cues[1:], strict=False):
        if cue.start - prev.end >= min_pause and cue.start - starts[-1] >= min_length:
            starts.append(cue.start)
    return [
        Chapter(round(t, 3), _title_after(cues, t) or f"Part {i + 1}") for i, t in enumerate(starts)
    ]


def chapters_from_times(
    source: CaptionTrack | Sequence[Cue], times: Sequence[float], label: str = "Slide"
) -> list[Chapter]:
    """Chapters at given times (e.g. slide changes), titled with the words spoken next."""
    cues = _cues(source)
    out: list[Chapter] = []
    for i, t in enumerate(sorted(set(times))):
        title = _title_after(cues, t) or f"{label} {i + 1}"
        out.append(Chapter(round(max(0.0, t), 3), title))
    return out
