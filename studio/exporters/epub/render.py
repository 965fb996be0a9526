"""The book's lesson documents and answer key, from the shared learner renderer.

``render_site`` (target ``epub``, XHTML) renders every block the way every other
export does, linking the book's own media copies (``epub.prepare``): the book
keeps each page's ``<main>`` and wraps it in its own document. What a book must
do differently (no download links, media it left out printed as text, quizzes
readable without scripting and checked by ``js/quiz.js`` where scripts run, one
answer key at the end) is the renderer's ``epub`` target. The one fitting left
here: images from elsewhere give way to their text, since a book carries
everything it shows, and links into the media folder (not pages of the book) go.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from studio.exporters.epub.xhtml import XHTML_NS
from studio.exporters.render import RenderOptions, render_site
from studio.exporters.render.options import PreparedMedia
from studio.exporters.render.strings import learner_strings
from studio.exporters.xml import safe_parser
from studio.jobs import Progress
from studio.model import Course, Lesson, Module

TEXT_DIR = "text"
UP = "../"  # from a page in text/ to the EPUB folder
ANSWERS_PAGE = "answers.xhtml"
TRACKS_PREFIX = "media/tracks/"  # caption files the renderer writes, kept by the book

_X = f"{{{XHTML_NS}}}"
_PARSER = safe_parser(keep_comments=True)


@dataclass
class LessonPage:
    href: str  # inside the EPUB folder, e.g. "text/lesson-01-02.xhtml"
    title: str
    module: Module
    lesson: Lesson
    body: str = ""
    scripted: bool = False  # holds a quiz the checking script enhances


def page_name(module_index: int, lesson_index: int) -> str:
    return f"lesson-{module_index + 1:02d}-{lesson_index + 1:02d}.xhtml"


def render_options(pages: list[LessonPage]) -> RenderOptions:
    return RenderOptions(
        target="epub",
        xhtml=True,
        scripts=False,
        static_quiz=True,
        nav=False,
        pager=False,
        chrome=False,  # the book keeps each page's <main> only
        page_ext=".xhtml",
        asset_prefix=UP,
        answers_page=ANSWERS_PAGE,
        page_names=tuple((p.lesson.id, Path(p.href).name) for p in pages),
    )


class BookPages:
    """Renders the lessons and the answer key; bodies ready for the book's documents."""

    def __init__(self, course: Course, media_dir: Path, pages: list[LessonPage],
                 prepared: PreparedMedia, progress: Progress) -> None:  # fmt: skip
        self.course = course
        self.site = render_site(course, media_dir, render_options(pages), progress, prepared)
        self.carried = {UP + href for href in prepared.paths.values()}
        self.carried |= {UP + href for href in prepared.posters.values()}
        t = learner_strings(course.language)
        for page in pages:
            path = self.site.lesson_pages[page.lesson.id]
            main = self._main(path)
            if not page.lesson.blocks:
                empty = etree.SubElement(main, f"{_X}p", {"class": "note"})
                empty.text = t["empty_lesson"]
            page.scripted = main.find(f".//{_X}script[@class='quiz-key']") is not None
            page.body = etree.tostring(main, encoding="unicode", method="xml")

    def track_files(self) -> dict[str, bytes]:
        """The WebVTT files the pages link (path inside the EPUB folder -> bytes)."""
        return {
            path: data
            for path, data in self.site.files.items()
            if path.startswith(TRACKS_PREFIX) and isinstance(data, bytes)
        }

    def answer_key(self) -> str | None:
        """The body of the answer-key document, if any quiz needs one."""
        if not self.site.answers_page:
            return None
        main = self._main(self.site.answers_page)
        main.set("id", "answer-key")
        return str(etree.tostring(main, encoding="unicode", method="xml"))

    def _main(self, path: str) -> etree._Element:
        data = self.site.files[path]
        assert isinstance(data, bytes)
        root = etree.fromstring(data, _PARSER)
        main = root.find(f".//{_X}main")
        assert main is not None, path
        main.attrib.pop("class", None)
        self._fit(main)
        return main

    def _fit(self, main: etree._Element) -> None:
        """Images the book does not carry become their text; links to files go."""
        for img in list(main.iter(f"{_X}img")):
            if img.get("src", "") not in self.carried:
                _to_text(img)
        for link in main.iter(f"{_X}a"):
            href = link.get("href", "")
            if href.startswith((UP, "media/")):
                link.attrib.pop("href", None)
            link.attrib.pop("target", None)


def _to_text(img: etree._Element) -> None:
    parent = img.getparent()
    if parent is None:
        return
    span = etree.Element(f"{_X}span")
    alt = (img.get("alt") or "").strip()
    span.text = f"[{alt}]" if alt else ""
    span.tail = img.tail
    parent.replace(img, span)
