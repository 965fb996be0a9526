"""The caption report (``studio caption --report FILE.json``): what a reviewer needs.

For each track: its cues with every word's confidence (low ones flagged, and listed
lowest first so the reviewer listens there first), each cue outside the profile with
the reason, and each departure from the script with both sides and the side shown.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from studio import __version__
from studio.captions.profiles import CaptionProfile, profile_for
from studio.captions.quality import explain_exceptions
from studio.fsutil import atomic_write_text
from studio.model.captions import CaptionTrack, CueWord, Departure

LOW_CONFIDENCE = 0.5  # below this a word is flagged for review (Whisper's probability)
REPORT_VERSION = 1


def is_low(word: CueWord) -> bool:
    return word.confidence < LOW_CONFIDENCE


def _word(word: CueWord) -> dict[str, Any]:
    return {
        "text": word.text.strip(),
        "start": word.start,
        "end": word.end,
        "confidence": word.confidence,
        "low": is_low(word),
    }


def _departure(departure: Departure) -> dict[str, Any]:
    return {
        "id": departure.id,
        "kind": departure.kind,
        "start": departure.start,
        "end": departure.end,
        "script": Departure.text_of(departure.script),
        "speech": Departure.text_of(departure.speech),
        "choice": departure.choice,
    }


def track_report(
    track: CaptionTrack,
    profile: str | CaptionProfile | None = None,
    *,
    block: str = "",
    media: str = "",
    notes: Iterable[str] = (),
) -> dict[str, Any]:
    """One track's report as plain JSON data."""
    prof = profile_for(profile, track.language)
    cues = []
    low: list[dict[str, Any]] = []
    for index, cue in enumerate(track.cues):
        words = [_word(w) for w in cue.words]
        low.extend({"cue": index, **w} for w in words if w["low"])
        cues.append(
            {"index": index, "start": cue.start, "end": cue.end, "text": cue.text, "words": words}
        )
    low.sort(key=lambda w: (w["confidence"], w["start"]))
    exceptions = [
        {"cue": e.index, "kind": e.kind, "message": e.message, "cause": e.cause, "reason": e.reason}
        for e in explain_exceptions(track.cues, prof)
    ]
    return {
        "block": block,
        "media": media,
        "track": track.id,
        "language": track.language,
        "label": track.label,
        "source": track.source,
        "review": track.review,
        "from_script": track.from_script,
        "profile": prof.name,
        "cue_count": len(track.cues),
        "low_confidence_threshold": LOW_CONFIDENCE,
        "low_confidence_words": low,
        "exceptions": exceptions,
        "departures": [_departure(d) for d in track.departures],
        "notes": list(notes),
        "cues": cues,
    }


def write_report(path: str | Path, tracks: list[dict[str, Any]]) -> None:
    """Write the report atomically: ``{"studio", "report_version", "tracks": [...]}``."""
    data = {"studio": __version__, "report_version": REPORT_VERSION, "tracks": tracks}
    atomic_write_text(Path(path), json.dumps(data, ensure_ascii=False, indent=1) + "\n")


__all__ = ["LOW_CONFIDENCE", "is_low", "track_report", "write_report"]
