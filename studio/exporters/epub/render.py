"""Lesson documents from the shared learner renderer, fitted for the book.

``render_site`` (target ``epub``, XHTML) gives one page per lesson; the book
keeps its ``<main>``: the lesson heading and the text, image, link and
discussion blocks look and read the same as in every other export. The blocks
an offline book must treat its own way are replaced by the EPUB renderings of
``epub.pages``: video and audio (quality variants, posters, printed transcripts,
no-video mode), quizzes (per-question answer-key links, scripting flag) and
attachments (a book cannot link to a file outside its spine). Media links are
pointed at the book's own copies; anything the book cannot carry (remote
images, files) gives way to its text.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from studio.exporters.epub.pages import UP, LessonPage, PageBuilder
from studio.exporters.epub.xhtml import EPUB_NS, XHTML_NS
from studio.exporters.render import RenderOptions, render_site
from studio.exporters.xml import safe_parser
from studio.jobs import Progress
from studio.model import (
    AttachmentBlock,
    AudioBlock,
    Block,
    Course,
    ImageBlock,
    QuizBlock,
    VideoBlock,
)

RENDER_OPTIONS = RenderOptions(
    target="epub",
    xhtml=True,
    scripts=False,
    static_quiz=True,
    nav=False,
    pager=False,
    page_ext=".xhtml",
)
_X = f"{{{XHTML_NS}}}"
_PARSER = safe_parser(keep_comments=True)


def own_rendering(block: Block) -> bool:
    """Blocks the book renders itself instead of taking the shared renderer's markup."""
    if isinstance(block, VideoBlock | AudioBlock | QuizBlock | AttachmentBlock):
        return True
    return isinstance(block, ImageBlock) and bool(block.narration_audio)


class RenderedLessons:
    """The shared renderer's lesson pages and its media paths, for one course."""

    def __init__(self, course: Course, media_dir: Path, progress: Progress) -> None:
        site = render_site(course, media_dir, RENDER_OPTIONS, progress)
        self.pages: dict[str, bytes] = {}
        for lesson_id, path in site.lesson_pages.items():
            content = site.files.get(path)
            if isinstance(content, bytes):
                self.pages[lesson_id] = content
        self.asset_of = {path: asset_id for asset_id, path in site.media_map.items()}

    def fill(self, builder: PageBuilder, page: LessonPage, progress: Progress) -> bool:
        """Set ``page.body`` from the rendered page; False when it does not fit (caller falls back)."""
        data = self.pages.get(page.lesson.id)
        if data is None:
            return False
        try:
            root = etree.fromstring(data, _PARSER)
        except etree.XMLSyntaxError:
            return False
        main = root.find(f".//{_X}main")
        if main is None:
            return False
        by_id = {el.get("id"): el for el in main.iter() if isinstance(el.tag, str) and el.get("id")}
        blocks = page.lesson.blocks
        if any(block.id not in by_id for block in blocks):
            return False
        for pager in main.iterfind(f".//{_X}nav"):
            _remove(pager)
        for index, block in enumerate(blocks):
            sub = progress.sub(index / len(blocks), (index + 1) / len(blocks))
            element = by_id[block.id]
            if own_rendering(block):
                _replace(element, builder.block(block, page, sub))
            else:
                self._fit(builder, element, block)
        main.attrib.pop("class", None)
        page.body = etree.tostring(main, encoding="unicode", method="xml")
        page.from_renderer = True
        return True

    def _fit(self, builder: PageBuilder, element: etree._Element, block: Block) -> None:
        """Point media at the book's copies; drop what a book cannot carry."""
        facts = builder.facts
        for el in list(element.iter(f"{_X}img")):
            asset_id = self.asset_of.get(el.get("src", ""))
            href = builder.media.image(asset_id, "image") if asset_id else None
            if href is None:
                _to_text(el)
                continue
            el.set("src", UP + href)
            if isinstance(block, ImageBlock):
                continue  # counted from the model below
            if (el.get("alt") or "").strip():
                facts.images += 1
            else:
                facts.decorative_images += 1
        if isinstance(block, ImageBlock) and block.asset:
            if block.decorative:
                facts.decorative_images += 1
            elif block.alt.strip():
                facts.images += 1
            else:
                facts.images_without_alt += 1
        for el in element.iter(f"{_X}a"):
            href = el.get("href", "")
            if href in self.asset_of or href.startswith("media/"):
                el.attrib.pop("href", None)
        for attr in ("target",):
            for el in element.iter():
                if isinstance(el.tag, str):
                    el.attrib.pop(attr, None)


def _remove(el: etree._Element) -> None:
    parent = el.getparent()
    if parent is not None:
        _keep_tail(el)
        parent.remove(el)


def _keep_tail(el: etree._Element) -> None:
    if not el.tail:
        return
    prev = el.getprevious()
    parent = el.getparent()
    if prev is not None:
        prev.tail = (prev.tail or "") + el.tail
    elif parent is not None:
        parent.text = (parent.text or "") + el.tail


def _to_text(img: etree._Element) -> None:
    parent = img.getparent()
    if parent is None:
        return
    span = etree.Element(f"{_X}span")
    alt = (img.get("alt") or "").strip()
    span.text = f"[{alt}]" if alt else ""
    span.tail = img.tail
    parent.replace(img, span)


def _replace(element: etree._Element, fragment: str) -> None:
    """Put the XHTML ``fragment`` where ``element`` was."""
    wrapper = etree.fromstring(
        f'<div xmlns="{XHTML_NS}" xmlns:epub="{EPUB_NS}">{fragment}</div>', _PARSER
    )
    parent = element.getparent()
    if parent is None:
        return
    children = list(wrapper)
    if not children:
        _remove(element)
        return
    position = parent.index(element)
    children[-1].tail = (children[-1].tail or "") + (element.tail or "")
    parent.remove(element)
    for offset, child in enumerate(children):
        parent.insert(position + offset, child)
