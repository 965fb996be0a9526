"""Package metadata of the book: Dublin Core and EPUB Accessibility 1.1.

The accessibility metadata is computed from what the book actually holds
(``BookFacts``, filled while the pages are built): ``captions`` only when a
caption track ships with a video, ``alternativeText`` only when there are
images with text alternatives, and so on. A claim that is not true of the
book is worse than no claim.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from studio.model import Course

CONFORMS_TO = "EPUB Accessibility 1.1 - WCAG 2.1 Level AA"

@dataclass
class BookFacts:
    """What the rendered book contains, counted while its pages are built."""

    images: int = 0  # informative images (with a text alternative)
    decorative_images: int = 0
    images_without_alt: int = 0
    videos: int = 0  # videos playable in the book
    videos_left_out: int = 0  # no-video book: posters only
    videos_with_captions: int = 0
    audios: int = 0
    transcripts: int = 0  # media with a transcript printed in the book
    media_without_text: int = 0  # video/audio with neither captions nor transcript
    timed_text: int = 0  # caption tracks printed as timed text (no-video books)
    quizzes: int = 0

    @property
    def visual(self) -> bool:
        return True  # the cover is an image; lessons are visual reading too

    @property
    def auditory(self) -> bool:
        return self.videos > 0 or self.audios > 0


def book_identifier(course: Course) -> str:
    """A stable URN for the book: the same course gives the same identifier."""
    return "urn:uuid:" + str(uuid.uuid5(uuid.NAMESPACE_URL, f"studio-course:{course.id}"))


def book_timestamp(course: Course) -> datetime:
    """The course's modification time (or creation time, or a fixed date): never 'now'."""
    for value in (course.modified, course.created):
        if value:
            try:
                stamp = datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                continue
            if stamp.tzinfo is None:
                stamp = stamp.replace(tzinfo=UTC)
            return stamp.astimezone(UTC).replace(microsecond=0)
    return datetime(2000, 1, 1, tzinfo=UTC)


def access_modes(facts: BookFacts) -> list[str]:
    modes = ["textual", "visual"]
    if facts.auditory:
        modes.append("auditory")
    return modes


def access_modes_sufficient(facts: BookFacts) -> list[str]:
    """Each entry is a set of modes that is enough to use the whole book."""
    full = ",".join(access_modes(facts))
    sufficient = [full]
    text_only = facts.images_without_alt == 0 and facts.media_without_text == 0
    if text_only:
        sufficient.append("textual")
    return sufficient


def features(facts: BookFacts) -> list[str]:
    found = ["readingOrder", "structuralNavigation", "tableOfContents"]
    if facts.images and facts.images_without_alt == 0:
        found.append("alternativeText")
    if facts.videos_with_captions:
        found.append("captions")
    if facts.transcripts:
        found.append("transcript")
    return sorted(set(found))


def hazards(facts: BookFacts) -> list[str]:
    """Studio cannot inspect author video for flashing or loud sound: say so."""
    if facts.videos or facts.audios:
        return ["unknown"]
    return ["none"]


def summary(course: Course, facts: BookFacts) -> str:
    parts = [
        f"This book is the offline edition of the course “{course.title}”.",
        "It has a table of contents, one heading structure per lesson and a single "
        "logical reading order.",
    ]
    if facts.images:
        parts.append("Images have text alternatives; decorative images are marked as such.")
    if facts.videos:
        parts.append(
            f"{facts.videos} video(s) play inside the book"
            + (f", {facts.videos_with_captions} with closed captions" if facts.videos_with_captions
               else "")
            + "."
        )  # fmt: skip
    if facts.videos_left_out:
        parts.append(
            "To keep the book small, video is left out: each video is replaced by its "
            "poster image, its transcript and its captions printed as text."
        )
    if facts.transcripts:
        parts.append("Transcripts are printed below the media they belong to.")
    if facts.media_without_text:
        parts.append(
            f"{facts.media_without_text} audio or video item(s) have no captions or transcript yet."
        )
    if facts.quizzes:
        parts.append(
            "Quizzes are readable without scripting, with an answer key at the end of the "
            "book; where the reading system runs scripts, answers can be checked in place."
        )
    if facts.videos or facts.audios:
        parts.append("The media was not checked for flashing or sudden loud sound.")
    parts.append("The pages were checked automatically against WCAG 2.1 Level AA.")
    return " ".join(parts)


def a11y_metas(course: Course, facts: BookFacts) -> list[tuple[str, str]]:
    """(property, value) pairs for ``<meta property=...>`` in the package document."""
    metas: list[tuple[str, str]] = [("dcterms:conformsTo", CONFORMS_TO)]
    metas += [("schema:accessMode", m) for m in access_modes(facts)]
    metas += [("schema:accessModeSufficient", m) for m in access_modes_sufficient(facts)]
    metas += [("schema:accessibilityFeature", f) for f in features(facts)]
    metas += [("schema:accessibilityHazard", h) for h in hazards(facts)]
    metas.append(("schema:accessibilitySummary", summary(course, facts)))
    return metas
