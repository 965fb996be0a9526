"""Validation reports every problem with its place."""

from __future__ import annotations

import sys
from pathlib import Path

from studio.model import (
    Choice,
    Course,
    ImageBlock,
    Lesson,
    LinkBlock,
    Module,
    Quiz,
    QuizBlock,
    SingleChoiceQuestion,
)
from studio.validate import validate_course


def _broken_course() -> Course:
    return Course(
        title="",
        language="english!",
        license="made up licence",
        modules=[
            Module(
                "Week 1",
                [
                    Lesson(
                        "Intro",
                        [
                            ImageBlock(asset="", alt=""),
                            LinkBlock(url="javascript:alert(1)"),
                            QuizBlock(
                                Quiz(
                                    passing_score=120,
                                    draw=5,
                                    questions=[
                                        SingleChoiceQuestion(
                                            prompt="Q?",
                                            choices=[Choice("a", True), Choice("b", True)],
                                        )
                                    ],
                                )
                            ),
                        ],
                    )
                ],
            )
        ],
    )


def test_every_problem_is_reported_with_its_location() -> None:
    problems = validate_course(_broken_course())
    text = "\n".join(str(p) for p in problems)
    assert "course: the course has no title" in text
    assert "not a BCP 47 tag" in text and "not an SPDX id" in text
    assert (
        "module 1 'Week 1' > lesson 1 'Intro' > block 1 (image): the image has no alt text" in text
    )
    assert "block 2 (link): the link URL" in text
    assert "block 3 (quiz): the passing score" in text and "draws 5 of 1" in text
    assert "question 1 (single_choice): exactly one choice must be correct (2 are)" in text
    assert len([p for p in problems if p.severity == "error"]) >= 7


def test_full_course_has_no_errors(full_project) -> None:
    problems = validate_course(full_project.course, full_project.media_dir)
    assert [p for p in problems if p.severity == "error"] == []


def test_every_phrase_the_checks_say_is_in_the_catalogue(full_project) -> None:
    """The window translates what the checks say by looking the words up; words built at
    run time (an f-string) would never be found, so every phrase must be a literal."""
    from studio.exporters.checklist import publish_checklist
    from studio.phrases import Phrase

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "resources" / "i18n"))
    import update_catalogue

    known = {text for text, _file, _line in update_catalogue.core_phrases()}
    course = full_project.course
    course.modules += _broken_course().modules
    course.modules[0].lessons.append(Lesson(""))
    course.description = ""
    said: list[Phrase] = []

    def walk(p: Phrase) -> None:
        said.append(p)
        for _name, value in p.fields:
            if isinstance(value, Phrase):
                walk(value)

    for problem in publish_checklist(course, full_project.media_dir, "moodle").problems:
        assert problem.said is not None and problem.place, problem
        for p in (problem.said, *problem.place):
            walk(p)
    words = {p.text for p in said}
    assert len(words) > 12, words
    assert words <= known, words - known
