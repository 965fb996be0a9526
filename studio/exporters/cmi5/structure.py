"""The cmi5 course structure (``cmi5.xml``): course, blocks per module, one AU per launch page.

Identifiers are ``urn:uuid:`` IRIs derived from the course's own ids, so the same course
exports the same ids every time (an LMS re-importing it keeps the learners' records).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Literal

from lxml import etree

from studio.exporters.xml import element, sub, to_bytes
from studio.model import Course

NS = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd"
FILE_NAME = "cmi5.xml"
# Names the ids of every course Studio exports (uuid5 namespace, never changes).
_ID_NAMESPACE = uuid.UUID("5d0c6f0e-3f4e-5a43-9a8e-6b0c1f3f5c15")

MoveOn = Literal["NotApplicable", "Passed", "Completed", "CompletedAndPassed", "CompletedOrPassed"]
MOVE_ON_VALUES: tuple[MoveOn, ...] = (
    "Completed",
    "Passed",
    "CompletedAndPassed",
    "CompletedOrPassed",
    "NotApplicable",
)


def iri(*parts: str) -> str:
    """A stable, globally unique IRI for a course object (``urn:uuid:`` of its ids)."""
    return f"urn:uuid:{uuid.uuid5(_ID_NAMESPACE, '/'.join(parts))}"


def move_on_for(rule: str, scored: bool) -> MoveOn:
    """moveOn from the course's completion rule, for an AU with or without a scored quiz.

    ``quiz_passed`` completes the course by passing, so passing is what moves the learner
    on; the other rules complete by viewing/watching, and a scored AU must be passed too.
    """
    if rule == "quiz_passed":
        return "Passed" if scored else "Completed"
    return "CompletedAndPassed" if scored else "Completed"


def mastery_text(passing_percent: float) -> str:
    """masteryScore: a scaled decimal in [0, 1] with at most 4 decimal places."""
    value = min(1.0, max(0.0, passing_percent / 100))
    return f"{value:.4f}".rstrip("0").rstrip(".") if value not in (0.0, 1.0) else f"{value:g}"


@dataclass
class AssignableUnit:
    id: str
    title: str
    description: str
    url: str
    move_on: MoveOn
    mastery_score: str | None = None  # only for AUs that report passed/failed


@dataclass
class Block:
    id: str
    title: str
    description: str
    aus: list[AssignableUnit] = field(default_factory=list)


def _text(parent: etree._Element, tag: str, text: str, lang: str) -> None:
    holder = sub(parent, f"{{{NS}}}{tag}")
    sub(holder, f"{{{NS}}}langstring", text, lang=lang)


def _au(parent: etree._Element, au: AssignableUnit, lang: str) -> None:
    el = sub(parent, f"{{{NS}}}au", id=au.id, moveOn=au.move_on, launchMethod="AnyWindow")
    if au.mastery_score is not None:
        el.set("masteryScore", au.mastery_score)
    _text(el, "title", au.title, lang)
    _text(el, "description", au.description, lang)
    sub(el, f"{{{NS}}}url", au.url)


def course_structure(course: Course, items: list[AssignableUnit | Block]) -> bytes:
    """``cmi5.xml`` for ``course`` with ``items`` (AUs, or blocks of AUs) in order."""
    lang = course.language or "en"
    root = element(f"{{{NS}}}courseStructure", nsmap={None: NS})
    head = sub(root, f"{{{NS}}}course", id=iri(course.id))
    _text(head, "title", course.title, lang)
    _text(head, "description", course.description or course.title, lang)
    for item in items:
        if isinstance(item, Block):
            block = sub(root, f"{{{NS}}}block", id=item.id)
            _text(block, "title", item.title, lang)
            _text(block, "description", item.description, lang)
            for au in item.aus:
                _au(block, au, lang)
        else:
            _au(root, item, lang)
    return to_bytes(root)
