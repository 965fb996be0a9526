"""Course validation: every problem, with where it is, not just the first one."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from studio import video_questions
from studio.course_text import illegal_text_places
from studio.media_files import file_problem, name_problem
from studio.model.blocks import (
    AttachmentBlock,
    AudioBlock,
    Block,
    DiscussionBlock,
    ImageBlock,
    LinkBlock,
    QuizBlock,
    TextBlock,
    VideoBlock,
)
from studio.model.captions import CaptionTrack
from studio.model.course import ALL_RIGHTS_RESERVED, KNOWN_LICENSES, Course, is_bcp47
from studio.model.quiz import (
    FillBlankQuestion,
    MatchingQuestion,
    MultipleResponseQuestion,
    NumericQuestion,
    OrderingQuestion,
    Question,
    Quiz,
    SingleChoiceQuestion,
)
from studio.model.scoring import choice_weights
from studio.sanitize import is_safe_url

Severity = Literal["error", "warning"]

_SPDX = re.compile(r"^[A-Za-z0-9.+\-]+$")


@dataclass(frozen=True)
class Problem:
    severity: Severity
    where: str
    message: str
    item: str = ""  # id of the module, lesson or block concerned ("" = the course)
    fix: str = ""  # a fix with no choice to make: see studio.exporters.checklist.FIXES

    def __str__(self) -> str:
        return f"{self.severity}: {self.where}: {self.message}"


class _Checker:
    def __init__(self, course: Course, media_dir: Path | None) -> None:
        self.course = course
        self.media_dir = media_dir
        self.problems: list[Problem] = []
        self.item = ""  # the id of what is being checked, for the publish checklist

    def add(self, severity: Severity, where: str, message: str, fix: str = "") -> None:
        self.problems.append(Problem(severity, where, message, self.item, fix))

    def run(self) -> list[Problem]:
        c = self.course
        if not c.title.strip():
            self.add("error", "course", "the course has no title")
        if not is_bcp47(c.language):
            self.add(
                "error", "course", f"language {c.language!r} is not a BCP 47 tag (e.g. en, fr-CA)"
            )
        if c.license not in KNOWN_LICENSES and not _SPDX.match(c.license):
            self.add(
                "error",
                "course",
                f"licence {c.license!r} is not an SPDX id or {ALL_RIGHTS_RESERVED!r}",
            )
        if not c.modules:
            self.add("warning", "course", "the course has no modules yet")
        for place in illegal_text_places(c)[:20]:
            self.add("warning", place, "holds control characters that packages cannot carry; "
                     "they are left out of exports (retype the text to remove them)")
        for key, asset in sorted(c.media.items()):
            if (problem := name_problem(key, asset)) is not None:
                self.add("error", f"media '{asset.filename}'", f"refused: {problem}")
        for m_index, module in enumerate(c.modules, 1):
            mwhere = f"module {m_index} '{module.title}'"
            self.item = module.id
            if not module.title.strip():
                self.add("error", mwhere, "the module has no title")
            if not module.lessons:
                self.add("warning", mwhere, "the module has no lessons", fix="add_lesson")
            for l_index, lesson in enumerate(module.lessons, 1):
                lwhere = f"{mwhere} > lesson {l_index} '{lesson.title}'"
                self.item = lesson.id
                if not lesson.title.strip():
                    self.add("error", lwhere, "the lesson has no title")
                if not lesson.blocks:
                    self.add("warning", lwhere, "the lesson is empty", fix="delete_lesson")
                for b_index, block in enumerate(lesson.blocks, 1):
                    self.item = block.id
                    self.block(block, f"{lwhere} > block {b_index} ({block.KIND})")
        self.item = ""
        return self.problems

    def asset(self, asset_id: str | None, where: str, what: str, kinds: tuple[str, ...]) -> None:
        if not asset_id:
            self.add("error", where, f"no {what} file chosen")
            return
        asset = self.course.media.get(asset_id)
        if asset is None:
            self.add("error", where, f"the {what} file is not registered in the project")
            return
        if kinds and not asset.mime.startswith(kinds):
            self.add("error", where, f"'{asset.filename}' is {asset.mime}, not a {what}")
        if self.media_dir is not None:
            problem = file_problem(self.media_dir, asset, asset_id)
            if problem is None:
                return
            if problem.endswith("is missing"):
                self.add(
                    "error",
                    where,
                    f"media file '{asset.filename}' is missing (media/{asset.stored_name}); "
                    "copy the original file back into media/ under that name, or add it again",
                )
            else:
                self.add(
                    "error",
                    where,
                    f"media file '{asset.filename}' cannot be exported: {problem}; "
                    "add the original file again, or remove the block",
                )
        elif (problem := name_problem(asset_id, asset)) is not None:
            self.add("error", where, f"media file '{asset.filename}' cannot be exported: {problem}")

    def block(self, block: Block, where: str) -> None:
        if isinstance(block, TextBlock) and not block.html.strip():
            self.add("warning", where, "the text block is empty")
        elif isinstance(block, VideoBlock | AudioBlock):
            kind = "video" if isinstance(block, VideoBlock) else "audio"
            self.asset(
                block.asset, where, kind, ("video/",) if kind == "video" else ("audio/", "video/")
            )
            if not block.tracks:
                self.add(
                    "warning",
                    where,
                    f"the {kind} has no captions (learners who are deaf or hard of hearing need them)",
                )
            for t_index, track in enumerate(block.tracks, 1):
                self.track(track, f"{where} > track {t_index} ({track.language})")
            if isinstance(block, VideoBlock) and block.poster:
                self.asset(block.poster, where, "poster image", ("image/",))
            if isinstance(block, VideoBlock) and block.timed_questions:
                self.timed_questions(block, where)
        elif isinstance(block, ImageBlock):
            self.asset(block.asset, where, "image", ("image/",))
            if not block.decorative and not block.alt.strip():
                self.add(
                    "error", where, "the image has no alt text; describe it, or mark it decorative"
                )
            if block.narration_audio:
                self.asset(block.narration_audio, where, "narration", ("audio/", "video/"))
        elif isinstance(block, AttachmentBlock):
            self.asset(block.asset, where, "attachment", ())
        elif isinstance(block, LinkBlock):
            if not block.url.strip():
                self.add("error", where, "the link has no URL")
            elif not is_safe_url(block.url) or not re.match(r"^(https?|mailto):", block.url):
                self.add(
                    "error",
                    where,
                    f"the link URL {block.url!r} must start with http://, https:// or mailto:",
                )
        elif isinstance(block, DiscussionBlock):
            if not block.title.strip():
                self.add("error", where, "the discussion has no title")
        elif isinstance(block, QuizBlock):
            self.quiz(block.quiz, where)

    def timed_questions(self, block: VideoBlock, where: str) -> None:
        asset = self.course.media.get(block.asset)
        for problem in video_questions.problems(block, asset.duration if asset else None):
            self.add("error", where, problem)
        for index, timed in enumerate(video_questions.ordered(block), 1):
            self.question(timed.question, f"{where} > timed question {index} ({timed.question.KIND})")

    def track(self, track: CaptionTrack, where: str) -> None:
        if not is_bcp47(track.language):
            self.add("error", where, f"caption language {track.language!r} is not a BCP 47 tag")
        if not track.label.strip():
            self.add("error", where, "the caption track has no label")
        previous_end = 0.0
        for index, cue in enumerate(track.cues, 1):
            if cue.end <= cue.start or cue.start < 0:
                self.add("error", f"{where} > cue {index}", "the cue ends before it starts")
            elif cue.start < previous_end - 1e-6:
                self.add("warning", f"{where} > cue {index}", "the cue overlaps the previous one")
            previous_end = max(previous_end, cue.end)
        if track.review != "reviewed":
            self.add("warning", where, "the captions are auto-generated and not yet reviewed")

    def quiz(self, quiz: Quiz, where: str) -> None:
        if not quiz.questions:
            self.add("error", where, "the quiz has no questions")
        if not 0 <= quiz.passing_score <= 100:
            self.add("error", where, "the passing score must be between 0 and 100 %")
        if quiz.attempts < 0:
            self.add("error", where, "attempts cannot be negative (0 means unlimited)")
        if quiz.draw < 0 or quiz.draw > len(quiz.questions):
            self.add(
                "error", where, f"the pool draws {quiz.draw} of {len(quiz.questions)} questions"
            )
        for q_index, question in enumerate(quiz.questions, 1):
            self.question(question, f"{where} > question {q_index} ({question.KIND})")

    def weights(self, q: SingleChoiceQuestion | MultipleResponseQuestion, where: str) -> None:
        """Partial credit that every LMS can carry: -100..100 %, and a full-marks answer."""
        if any(c.weight is not None and not -100 <= c.weight <= 100 for c in q.choices):
            self.add("error", where, "a choice's partial credit must be between -100 % and 100 %")
            return
        weights = choice_weights(q)
        if isinstance(q, SingleChoiceQuestion) and weights and max(weights) < 100 - 1e-6:
            self.add("error", where, "the right choice must be worth 100 % of the points")
        if isinstance(q, MultipleResponseQuestion) and weights:
            total = sum(w for w in weights if w > 0)
            if abs(total - 100) > 0.01:
                self.add("error", where, f"the right choices' credit adds up to {total:g} %, "
                         "not 100 %")

    def question(self, q: Question, where: str) -> None:
        if not q.prompt.strip():
            self.add("error", where, "the question has no text")
        if q.points < 0:
            self.add("error", where, "points cannot be negative")
        if isinstance(q, SingleChoiceQuestion | MultipleResponseQuestion):
            correct = sum(1 for c in q.choices if c.correct)
            if len(q.choices) < 2:
                self.add("error", where, "give at least two choices")
            if isinstance(q, SingleChoiceQuestion) and correct != 1:
                self.add("error", where, f"exactly one choice must be correct ({correct} are)")
            if isinstance(q, MultipleResponseQuestion) and correct == 0:
                self.add("error", where, "mark at least one choice correct")
            if any(not c.text.strip() for c in q.choices):
                self.add("error", where, "a choice is empty")
            self.weights(q, where)
        elif isinstance(q, FillBlankQuestion):
            if not any(a.strip() for a in q.accepted):
                self.add("error", where, "give at least one accepted answer")
        elif isinstance(q, NumericQuestion):
            if q.mode == "range" and q.low > q.high:
                self.add("error", where, "the range's low end is above its high end")
            if q.tolerance < 0:
                self.add("error", where, "the tolerance cannot be negative")
        elif isinstance(q, MatchingQuestion):
            if len(q.pairs) < 2:
                self.add("error", where, "give at least two pairs to match")
            answers = [p.answer.strip() for p in q.pairs] + [d.strip() for d in q.distractors]
            if len(set(answers)) != len(answers):
                self.add(
                    "error", where, "two answers are the same; learners could not tell them apart"
                )
        elif isinstance(q, OrderingQuestion):
            if len(q.items) < 2:
                self.add("error", where, "give at least two items to put in order")


def validate_course(course: Course, media_dir: Path | None = None) -> list[Problem]:
    """All problems of the course; with ``media_dir``, missing media files too."""
    return _Checker(course, media_dir).run()
