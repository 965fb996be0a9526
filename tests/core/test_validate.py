"""Validation reports every problem with its place."""

from __future__ import annotations

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


def test_every_problem_is_reported_with_its_location() -> None:
    course = Course(
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
    problems = validate_course(course)
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
