"""Caption tracks and cues: the data a video or audio block carries for captions.

Times are float seconds from the start of the media. Text is plain text; a cue's
lines are separated by "\\n" (at most two lines in every profile Studio ships).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from studio.model.ids import new_id

CaptionKind = Literal["captions", "subtitles"]
ReviewState = Literal["auto-generated", "reviewed"]


@dataclass
class Cue:
    start: float
    end: float
    text: str

    @property
    def duration(self) -> float:
        return self.end - self.start


@dataclass
class CaptionTrack:
    language: str = "en"
    label: str = "English"
    kind: CaptionKind = "captions"
    review: ReviewState = "auto-generated"
    cues: list[Cue] = field(default_factory=list)
    id: str = field(default_factory=lambda: new_id("trk"))
    # Where the cues came from, e.g. "faster-whisper tiny.en" or "imported lecture.srt".
    source: str = ""

    @property
    def reviewed(self) -> bool:
        return self.review == "reviewed"


@dataclass
class Chapter:
    start: float
    title: str
