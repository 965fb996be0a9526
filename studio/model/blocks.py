"""Lesson blocks: the ordered content of a lesson.

Each block kind is a dataclass with a fixed ``kind`` string used in the project
file and by every renderer. Media is referenced by asset id (see ``assets.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from studio.model.captions import CaptionTrack, Chapter
from studio.model.ids import new_id
from studio.model.quiz import Question, Quiz, SingleChoiceQuestion


@dataclass
class TextBlock:
    """Rich text, stored as the sanitized HTML subset (see ``studio.sanitize``)."""

    KIND: ClassVar[str] = "text"
    html: str = ""
    id: str = field(default_factory=lambda: new_id("blk"))


@dataclass
class TimedQuestion:
    """A question that pauses its video at ``time`` (seconds from the start) and asks; the
    answer counts in the learner's score like a quiz question."""

    time: float = 0.0
    question: Question = field(default_factory=SingleChoiceQuestion)
    # The video goes on only after a right answer (the learner may try again).
    require_correct: bool = False
    # After a wrong answer, offer to watch again from this time (a chapter start); None: no.
    rewind_to: float | None = None
    id: str = field(default_factory=lambda: new_id("tq"))


@dataclass
class VideoBlock:
    KIND: ClassVar[str] = "video"
    asset: str = ""  # MediaAsset id
    title: str = ""
    tracks: list[CaptionTrack] = field(default_factory=list)
    chapters: list[Chapter] = field(default_factory=list)
    # Author-written transcript (plain text, paragraphs separated by blank lines).
    # When empty, renderers build the transcript from the first caption track.
    transcript: str = ""
    poster: str | None = None  # MediaAsset id of an image
    # Questions that pause the video (any order here; players sort them by time).
    timed_questions: list[TimedQuestion] = field(default_factory=list)
    id: str = field(default_factory=lambda: new_id("blk"))


@dataclass
class AudioBlock:
    KIND: ClassVar[str] = "audio"
    asset: str = ""
    title: str = ""
    tracks: list[CaptionTrack] = field(default_factory=list)
    transcript: str = ""
    id: str = field(default_factory=lambda: new_id("blk"))


@dataclass
class ImageBlock:
    """An image; ``alt`` is required unless the image is marked decorative."""

    KIND: ClassVar[str] = "image"
    asset: str = ""
    alt: str = ""
    decorative: bool = False
    caption: str = ""
    # Narrated slides: the speaker notes / narration script of this slide, and the
    # recorded narration (MediaAsset id) that ``studio compose`` turns into video.
    narration: str = ""
    narration_audio: str | None = None
    id: str = field(default_factory=lambda: new_id("blk"))


@dataclass
class QuizBlock:
    KIND: ClassVar[str] = "quiz"
    quiz: Quiz = field(default_factory=Quiz)
    id: str = field(default_factory=lambda: new_id("blk"))


@dataclass
class AttachmentBlock:
    """A downloadable file (slides, a worksheet...)."""

    KIND: ClassVar[str] = "attachment"
    asset: str = ""
    title: str = ""
    description: str = ""
    id: str = field(default_factory=lambda: new_id("blk"))


@dataclass
class LinkBlock:
    KIND: ClassVar[str] = "link"
    url: str = ""
    title: str = ""
    description: str = ""
    id: str = field(default_factory=lambda: new_id("blk"))


@dataclass
class DiscussionBlock:
    """A discussion prompt; becomes a forum topic in Common Cartridge."""

    KIND: ClassVar[str] = "discussion"
    title: str = ""
    prompt: str = ""  # sanitized HTML
    id: str = field(default_factory=lambda: new_id("blk"))


Block = (
    TextBlock
    | VideoBlock
    | AudioBlock
    | ImageBlock
    | QuizBlock
    | AttachmentBlock
    | LinkBlock
    | DiscussionBlock
)

BLOCK_TYPES: dict[str, type[Block]] = {
    cls.KIND: cls
    for cls in (
        TextBlock,
        VideoBlock,
        AudioBlock,
        ImageBlock,
        QuizBlock,
        AttachmentBlock,
        LinkBlock,
        DiscussionBlock,
    )
}

MEDIA_BLOCKS = (VideoBlock, AudioBlock, ImageBlock, AttachmentBlock)
