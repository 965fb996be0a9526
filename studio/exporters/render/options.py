"""What the learner renderer is asked for (``RenderOptions``) and what it returns (``Site``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

Target = Literal["scorm12", "scorm2004", "cmi5", "cc", "epub", "preview"]

SCORM_TARGETS = ("scorm12", "scorm2004")


@dataclass(frozen=True)
class RenderOptions:
    """How to render a course.

    ``target`` decides which runtime the pages carry (SCORM and cmi5 targets track).
    ``single_page`` puts every lesson in ``index.html`` (one SCO for the whole
    course: the player shows one lesson at a time, so the page never unloads
    between lessons); otherwise each lesson is its own page.
    """

    target: Target = "preview"
    xhtml: bool = False  # well-formed XHTML5 (EPUB content documents)
    runtime: bool = False  # include the SCORM runtime (tracking) in the pages
    single_page: bool = False
    scripts: bool = True  # the player JS (navigation, transcript, quiz engine)
    static_quiz: bool = False  # quizzes as readable questions + a separate answer key page
    nav: bool = True  # the course navigation on every page
    pager: bool = True  # previous/next lesson links (off when each lesson is its own SCO)
    # The course header, footer and skip link on every page; off where the LMS frames the
    # page itself (Common Cartridge, Moodle pages: they would repeat on every page).
    chrome: bool = True
    page_ext: str = ".html"  # ".xhtml" for EPUB
    # Pages one folder below the package root (EPUB's text/) reach media through "../".
    asset_prefix: str = ""
    # Static quizzes: one answer-key page for the whole course (EPUB's back matter), each
    # question linked to its answer and back; empty gives one answers page per lesson.
    answers_page: str = ""
    # lesson id -> page file name, where the package names its pages itself (EPUB).
    page_names: tuple[tuple[str, str], ...] = ()
    # SCORM 1.2 only allows 4,096 characters of suspend data; 2004 64,000.
    suspend_limit: int = 64000


@dataclass(frozen=True)
class PageInfo:
    """One page of the site, in reading order."""

    path: str
    title: str
    lesson_id: str | None = None
    module_id: str | None = None


@dataclass
class Site:
    """The rendered site: package-relative path -> bytes (or a media file to stream)."""

    files: dict[str, bytes | Path] = field(default_factory=dict)
    pages: list[PageInfo] = field(default_factory=list)
    index: str = "index.html"
    media_map: dict[str, str] = field(default_factory=dict)  # asset id -> package path
    warnings: list[str] = field(default_factory=list)
    # Worst-case length of the player's suspend_data for this course (SCORM targets).
    suspend_data_worst_case: int = 0
    # Pages that are SCOs of their own (one SCO per lesson): lesson id -> page path.
    lesson_pages: dict[str, str] = field(default_factory=dict)
    answers_page: str = ""  # the course's answer-key page (``RenderOptions.answers_page``)


@dataclass
class PreparedMedia:
    """Media a package prepared itself (EPUB: converted copies, poster frames, inline text).

    Given to ``render_site``, it replaces the site's own media map: pages link these
    paths and the site carries no media files of its own.
    """

    paths: dict[str, str]  # asset id -> package path of the copy the package carries
    posters: dict[str, str] = field(default_factory=dict)  # video block id -> poster frame path
    texts: dict[str, str] = field(default_factory=dict)  # attachment asset id -> its text
