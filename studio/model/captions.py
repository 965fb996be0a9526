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
SpanChoice = Literal["script", "speech"]


@dataclass
class CueWord:
    """One word of a cue as the recogniser timed it.

    ``confidence`` is Whisper's probability for the word (0-1); for a script-timed track
    it is how sure Studio is that the script word was spoken there (a word the speaker
    said differently, or skipped, scores low). ``span`` names the departure the word
    belongs to ("" for most words).
    """

    start: float
    end: float
    text: str
    confidence: float = 1.0
    span: str = ""


@dataclass
class Cue:
    start: float
    end: float
    text: str
    # The timed words of the cue (empty for imported or hand-made cues). Not part of
    # equality: two cues with the same timing and text are the same caption.
    words: list[CueWord] = field(default_factory=list, compare=False)

    @property
    def duration(self) -> float:
        return self.end - self.start


@dataclass
class Departure:
    """A span where the speaker departed from the script: skipped or changed words, or
    words added (an ad lib). The track shows the ``choice`` side; the other side is kept
    here so the instructor can switch (``studio.captions.departures``)."""

    id: str
    start: float
    end: float
    script: list[CueWord] = field(default_factory=list)  # the script's words (may be empty)
    speech: list[CueWord] = field(default_factory=list)  # what was said (may be empty)
    choice: SpanChoice = "script"

    @property
    def kind(self) -> str:
        """"skipped" (script words not spoken), "ad lib" (spoken words not in the script),
        or "changed" (both)."""
        if not self.speech:
            return "skipped"
        if not self.script:
            return "ad lib"
        return "changed"

    @staticmethod
    def text_of(words: list[CueWord]) -> str:
        return "".join(w.text for w in words).strip()


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
    # Made from the block's script (the words are the author's, Whisper gave the timing).
    from_script: bool = False
    # Where the speaker departed from the script (script-timed tracks only).
    departures: list[Departure] = field(default_factory=list)

    @property
    def reviewed(self) -> bool:
        return self.review == "reviewed"


@dataclass
class Chapter:
    start: float
    title: str
