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
from studio.phrases import Phrase, Place, joined, phrase
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
    # the same words, translatable (see studio.phrases); empty for package checks
    said: Phrase | None = None
    place: Place = ()

    @classmethod
    def of(cls, severity: Severity, place: Place, said: Phrase, item: str = "",
           fix: str = "") -> Problem:
        return cls(severity, joined(place), str(said), item, fix, said, place)

    def __str__(self) -> str:
        return f"{self.severity}: {self.where}: {self.message}"


COURSE: Place = (phrase("course"),)


class _Checker:
    def __init__(self, course: Course, media_dir: Path | None) -> None:
        self.course = course
        self.media_dir = media_dir
        self.problems: list[Problem] = []
        self.item = ""  # the id of what is being checked, for the publish checklist

    def add(self, severity: Severity, where: Place, said: Phrase, fix: str = "") -> None:
        self.problems.append(Problem.of(severity, where, said, self.item, fix))

    def run(self) -> list[Problem]:
        c = self.course
        if not c.title.strip():
            self.add("error", COURSE, phrase("the course has no title"))
        if not is_bcp47(c.language):
            self.add("error", COURSE, phrase(
                "language {language!r} is not a BCP 47 tag (e.g. en, fr-CA)", language=c.language))
        if c.license not in KNOWN_LICENSES and not _SPDX.match(c.license):
            self.add("error", COURSE, phrase(
                "licence {licence!r} is not an SPDX id or {reserved!r}",
                licence=c.license, reserved=ALL_RIGHTS_RESERVED))
        if not c.modules:
            self.add("warning", COURSE, phrase("the course has no modules yet"))
        for place in illegal_text_places(c)[:20]:
            self.add("warning", (phrase("{path}", path=place),), phrase(
                "holds control characters that packages cannot carry; they are left out of "
                "exports (retype the text to remove them)"))
        for key, asset in sorted(c.media.items()):
            if (problem := name_problem(key, asset)) is not None:
                self.add("error", (phrase("media '{name}'", name=asset.filename),),
                         phrase("refused: {problem}", problem=problem))
        for m_index, module in enumerate(c.modules, 1):
            mwhere = (module_place(m_index, module.title),)
            self.item = module.id
            if not module.title.strip():
                self.add("error", mwhere, phrase("the module has no title"))
            if not module.lessons:
                self.add("warning", mwhere, phrase("the module has no lessons"), fix="add_lesson")
            for l_index, lesson in enumerate(module.lessons, 1):
                lwhere = (*mwhere, lesson_place(l_index, lesson.title))
                self.item = lesson.id
                if not lesson.title.strip():
                    self.add("error", lwhere, phrase("the lesson has no title"))
                if not lesson.blocks:
                    self.add("warning", lwhere, phrase("the lesson is empty"), fix="delete_lesson")
                for b_index, block in enumerate(lesson.blocks, 1):
                    self.item = block.id
                    self.block(block, (*lwhere, block_place(b_index, block.KIND)))
        self.item = ""
        return self.problems

    def asset(self, asset_id: str | None, where: Place, what: Phrase,
              kinds: tuple[str, ...]) -> None:
        if not asset_id:
            self.add("error", where, phrase("no {what} file chosen", what=what))
            return
        asset = self.course.media.get(asset_id)
        if asset is None:
            self.add("error", where, phrase("the {what} file is not registered in the project",
                                            what=what))
            return
        if kinds and not asset.mime.startswith(kinds):
            self.add("error", where, phrase("'{name}' is {mime}, not a {what}",
                                            name=asset.filename, mime=asset.mime, what=what))
        if self.media_dir is not None:
            problem = file_problem(self.media_dir, asset, asset_id)
            if problem is None:
                return
            if problem.endswith("is missing"):
                self.add("error", where, phrase(
                    "media file '{name}' is missing (media/{stored}); copy the original file "
                    "back into media/ under that name, or add it again",
                    name=asset.filename, stored=asset.stored_name))
            else:
                self.add("error", where, phrase(
                    "media file '{name}' cannot be exported: {problem}; add the original file "
                    "again, or remove the block", name=asset.filename, problem=problem))
        elif (problem := name_problem(asset_id, asset)) is not None:
            self.add("error", where, phrase("media file '{name}' cannot be exported: {problem}",
                                            name=asset.filename, problem=problem))

    def block(self, block: Block, where: Place) -> None:
        if isinstance(block, TextBlock) and not block.html.strip():
            self.add("warning", where, phrase("the text block is empty"))
        elif isinstance(block, VideoBlock | AudioBlock):
            video = isinstance(block, VideoBlock)
            self.asset(block.asset, where, phrase("video") if video else phrase("audio"),
                       ("video/",) if video else ("audio/", "video/"))
            if not block.tracks:
                self.add("warning", where, phrase(
                    "the video has no captions (learners who are deaf or hard of hearing need "
                    "them)") if video else phrase(
                    "the audio has no captions (learners who are deaf or hard of hearing need "
                    "them)"))
            for t_index, track in enumerate(block.tracks, 1):
                self.track(track, (*where, track_place(t_index, track.language)))
            if isinstance(block, VideoBlock) and block.poster:
                self.asset(block.poster, where, phrase("poster image"), ("image/",))
            if isinstance(block, VideoBlock) and block.timed_questions:
                self.timed_questions(block, where)
        elif isinstance(block, ImageBlock):
            self.asset(block.asset, where, phrase("image"), ("image/",))
            if not block.decorative and not block.alt.strip():
                self.add("error", where, phrase(
                    "the image has no alt text; describe it, or mark it decorative"))
            if block.narration_audio:
                self.asset(block.narration_audio, where, phrase("narration"), ("audio/", "video/"))
        elif isinstance(block, AttachmentBlock):
            self.asset(block.asset, where, phrase("attachment"), ())
        elif isinstance(block, LinkBlock):
            if not block.url.strip():
                self.add("error", where, phrase("the link has no URL"))
            elif not is_safe_url(block.url) or not re.match(r"^(https?|mailto):", block.url):
                self.add("error", where, phrase(
                    "the link URL {url!r} must start with http://, https:// or mailto:",
                    url=block.url))
        elif isinstance(block, DiscussionBlock):
            if not block.title.strip():
                self.add("error", where, phrase("the discussion has no title"))
        elif isinstance(block, QuizBlock):
            self.quiz(block.quiz, where)

    def timed_questions(self, block: VideoBlock, where: Place) -> None:
        asset = self.course.media.get(block.asset)
        for problem in video_questions.problems(block, asset.duration if asset else None):
            self.add("error", where, problem)
        for index, timed in enumerate(video_questions.ordered(block), 1):
            self.question(timed.question, (*where, phrase(
                "timed question {n} ({kind})", n=index, kind=timed.question.KIND)))

    def track(self, track: CaptionTrack, where: Place) -> None:
        if not is_bcp47(track.language):
            self.add("error", where, phrase(
                "caption language {language!r} is not a BCP 47 tag", language=track.language))
        if not track.label.strip():
            self.add("error", where, phrase("the caption track has no label"))
        previous_end = 0.0
        for index, cue in enumerate(track.cues, 1):
            cue_where = (*where, phrase("cue {n}", n=index))
            if cue.end <= cue.start or cue.start < 0:
                self.add("error", cue_where, phrase("the cue ends before it starts"))
            elif cue.start < previous_end - 1e-6:
                self.add("warning", cue_where, phrase("the cue overlaps the previous one"))
            previous_end = max(previous_end, cue.end)
        if track.review != "reviewed":
            self.add("warning", where, phrase(
                "the captions are auto-generated and not yet reviewed"))

    def quiz(self, quiz: Quiz, where: Place) -> None:
        if not quiz.questions:
            self.add("error", where, phrase("the quiz has no questions"))
        if not 0 <= quiz.passing_score <= 100:
            self.add("error", where, phrase("the passing score must be between 0 and 100 %"))
        if quiz.attempts < 0:
            self.add("error", where, phrase("attempts cannot be negative (0 means unlimited)"))
        if quiz.draw < 0 or quiz.draw > len(quiz.questions):
            self.add("error", where, phrase("the pool draws {draw} of {count} questions",
                                            draw=quiz.draw, count=len(quiz.questions)))
        for q_index, question in enumerate(quiz.questions, 1):
            self.question(question, (*where, phrase(
                "question {n} ({kind})", n=q_index, kind=question.KIND)))

    def weights(self, q: SingleChoiceQuestion | MultipleResponseQuestion, where: Place) -> None:
        """Partial credit that every LMS can carry: -100..100 %, and a full-marks answer."""
        if any(c.weight is not None and not -100 <= c.weight <= 100 for c in q.choices):
            self.add("error", where, phrase(
                "a choice's partial credit must be between -100 % and 100 %"))
            return
        weights = choice_weights(q)
        if isinstance(q, SingleChoiceQuestion) and weights and max(weights) < 100 - 1e-6:
            self.add("error", where, phrase("the right choice must be worth 100 % of the points"))
        if isinstance(q, MultipleResponseQuestion) and weights:
            total = sum(w for w in weights if w > 0)
            if abs(total - 100) > 0.01:
                self.add("error", where, phrase(
                    "the right choices' credit adds up to {total:g} %, not 100 %", total=total))

    def question(self, q: Question, where: Place) -> None:
        if not q.prompt.strip():
            self.add("error", where, phrase("the question has no text"))
        if q.points < 0:
            self.add("error", where, phrase("points cannot be negative"))
        if isinstance(q, SingleChoiceQuestion | MultipleResponseQuestion):
            correct = sum(1 for c in q.choices if c.correct)
            if len(q.choices) < 2:
                self.add("error", where, phrase("give at least two choices"))
            if isinstance(q, SingleChoiceQuestion) and correct != 1:
                self.add("error", where, phrase(
                    "exactly one choice must be correct ({correct} are)", correct=correct))
            if isinstance(q, MultipleResponseQuestion) and correct == 0:
                self.add("error", where, phrase("mark at least one choice correct"))
            if any(not c.text.strip() for c in q.choices):
                self.add("error", where, phrase("a choice is empty"))
            self.weights(q, where)
        elif isinstance(q, FillBlankQuestion):
            if not any(a.strip() for a in q.accepted):
                self.add("error", where, phrase("give at least one accepted answer"))
        elif isinstance(q, NumericQuestion):
            if q.mode == "range" and q.low > q.high:
                self.add("error", where, phrase("the range's low end is above its high end"))
            if q.tolerance < 0:
                self.add("error", where, phrase("the tolerance cannot be negative"))
        elif isinstance(q, MatchingQuestion):
            if len(q.pairs) < 2:
                self.add("error", where, phrase("give at least two pairs to match"))
            answers = [p.answer.strip() for p in q.pairs] + [d.strip() for d in q.distractors]
            if len(set(answers)) != len(answers):
                self.add("error", where, phrase(
                    "two answers are the same; learners could not tell them apart"))
        elif isinstance(q, OrderingQuestion):
            if len(q.items) < 2:
                self.add("error", where, phrase("give at least two items to put in order"))


def module_place(index: int, title: str) -> Phrase:
    return phrase("module {n} '{title}'", n=index, title=title)


def lesson_place(index: int, title: str) -> Phrase:
    return phrase("lesson {n} '{title}'", n=index, title=title)


def block_place(index: int, kind: str) -> Phrase:
    return phrase("block {n} ({kind})", n=index, kind=kind)


def track_place(index: int, language: str) -> Phrase:
    return phrase("track {n} ({language})", n=index, language=language)


def validate_course(course: Course, media_dir: Path | None = None) -> list[Problem]:
    """All problems of the course; with ``media_dir``, missing media files too."""
    return _Checker(course, media_dir).run()
