"""H5P Course Presentation -> one lesson per slide: its text and images in reading order
(top to bottom, left to right), its questions as one quiz at the end of the slide."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from studio.importers.jsonish import as_dict, as_list, as_num, as_str
from studio.importers.textutil import to_plain
from studio.model.blocks import Block, QuizBlock
from studio.model.course import Lesson
from studio.model.quiz import Quiz

if TYPE_CHECKING:
    from studio.importers.h5p import H5PContent


def _position(element: dict[str, Any]) -> tuple[float, float]:
    return (as_num(element.get("y")) or 0.0, as_num(element.get("x")) or 0.0)


def merge_quizzes(blocks: list[Block], title: str) -> list[Block]:
    """The questions of every quiz block in ``blocks`` as one quiz, after the other blocks."""
    questions = [q for b in blocks if isinstance(b, QuizBlock) for q in b.quiz.questions]
    others = [b for b in blocks if not isinstance(b, QuizBlock)]
    return others + ([QuizBlock(quiz=Quiz(title=title, questions=questions))] if questions else [])


def slide_lessons(reader: H5PContent, params: dict[str, Any], where: str) -> list[Lesson]:
    lessons = []
    slides = as_list(as_dict(params.get("presentation")).get("slides"))
    for number, raw in enumerate(slides, 1):
        slide = as_dict(raw)
        at = f"{where} > slide {number}"
        elements = sorted((as_dict(e) for e in as_list(slide.get("elements"))), key=_position)
        blocks: list[Block] = []
        for index, element in enumerate(elements, 1):
            if not element.get("action"):
                continue  # a "go to slide" button or an empty frame
            blocks.extend(reader.blocks(element.get("action"), f"{at} > element {index}"))
        keywords = [to_plain(as_str(as_dict(k).get("main"))) for k in as_list(slide.get("keywords"))]
        title = next((k for k in keywords if k), "") or f"Slide {number}"
        blocks = merge_quizzes(blocks, f"{title}: questions")
        if blocks:
            lessons.append(Lesson(title=title, blocks=blocks))
        else:
            reader.report.skipped(at, "the slide holds nothing Studio reads")
    return lessons
