"""The course: the single source of truth every output is a function of."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

from studio.model.assets import MediaAsset
from studio.model.blocks import Block, QuizBlock
from studio.model.ids import new_id

CompletionRule = Literal["all_lessons", "video_share", "quiz_passed"]

ALL_RIGHTS_RESERVED = "all-rights-reserved"
# BCP 47: language, optional script, region, variants (simplified, case-insensitive).
_BCP47 = re.compile(r"^[a-zA-Z]{2,3}(-[a-zA-Z]{4})?(-([a-zA-Z]{2}|\d{3}))?(-[a-zA-Z0-9]{5,8})*$")


def is_bcp47(tag: str) -> bool:
    """A language tag such as en, fr or pt-BR (what ``Course.language`` holds)."""
    return bool(_BCP47.match(tag))


# The licences offered in the window (any SPDX id is accepted too).
KNOWN_LICENSES = (
    "CC0-1.0",
    "CC-BY-4.0",
    "CC-BY-SA-4.0",
    "CC-BY-NC-4.0",
    "CC-BY-NC-SA-4.0",
    "CC-BY-ND-4.0",
    "CC-BY-NC-ND-4.0",
    "MIT",
    "GFDL-1.3-or-later",
    ALL_RIGHTS_RESERVED,
)


@dataclass
class Lesson:
    title: str = "Untitled lesson"
    blocks: list[Block] = field(default_factory=list)
    description: str = ""  # one or two sentences shown under the title
    objectives: list[str] = field(default_factory=list)  # "By the end, you can ..."
    duration_minutes: int = 0  # the learner's expected time; 0 = not said
    id: str = field(default_factory=lambda: new_id("les"))


@dataclass
class Module:
    title: str = "Untitled module"
    lessons: list[Lesson] = field(default_factory=list)
    id: str = field(default_factory=lambda: new_id("mod"))
    # What the module is about (plain text): the section summary in an LMS.
    description: str = ""


@dataclass
class Tracking:
    """How the learner's completion is decided in tracked outputs (SCORM)."""

    completion: CompletionRule = "all_lessons"
    video_share: float = 0.8  # share of each video that must be watched ("video_share")
    # Passing score (percent) for the course as a whole; quizzes keep their own.
    passing_score: float = 80.0


@dataclass
class Course:
    title: str = "Untitled course"
    language: str = "en"  # BCP 47
    description: str = ""
    authors: list[str] = field(default_factory=list)
    license: str = "CC-BY-4.0"  # SPDX id, or "all-rights-reserved"
    keywords: list[str] = field(default_factory=list)
    version: str = "1.0"
    created: str = ""  # ISO 8601 UTC
    modified: str = ""  # ISO 8601 UTC
    modules: list[Module] = field(default_factory=list)
    media: dict[str, MediaAsset] = field(default_factory=dict)
    tracking: Tracking = field(default_factory=Tracking)
    # Words the spell check accepts in every caption track (names, terms of the subject).
    dictionary: list[str] = field(default_factory=list)
    id: str = field(default_factory=lambda: new_id("course"))

    def lessons(self) -> Iterator[tuple[Module, Lesson]]:
        for module in self.modules:
            for lesson in module.lessons:
                yield module, lesson

    def blocks(self) -> Iterator[tuple[Module, Lesson, Block]]:
        for module, lesson in self.lessons():
            for block in lesson.blocks:
                yield module, lesson, block

    def quizzes(self) -> Iterator[tuple[Module, Lesson, QuizBlock]]:
        for module, lesson, block in self.blocks():
            if isinstance(block, QuizBlock):
                yield module, lesson, block

    def find_lesson(self, lesson_id: str) -> Lesson | None:
        for _, lesson in self.lessons():
            if lesson.id == lesson_id:
                return lesson
        return None

    def find_block(self, block_id: str) -> tuple[Lesson, Block] | None:
        for _, lesson, block in self.blocks():
            if block.id == block_id:
                return lesson, block
        return None

    def find_module(self, module_id: str) -> Module | None:
        return next((m for m in self.modules if m.id == module_id), None)
