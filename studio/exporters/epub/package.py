"""The EPUB package: ebooklib writes the package document, the NCX and the container,
straight into Studio's ``PackageWriter``.

ebooklib's own writer makes a zip stamped with the current time; a book written
that way had to be unpacked and packed again (two zips of every page). Instead its
``EpubWriter`` writes into ``_IntoPackage``, which hands each entry to the
``PackageWriter`` (fixed times, ``mimetype`` first and stored, each entry compressed
once). Media go into ebooklib as empty placeholders and are streamed from disk when
the package is written, so a long lecture is never held in memory.
"""

from __future__ import annotations

from dataclasses import dataclass

from studio import __version__
from studio.captions.tokens import is_rtl
from studio.exporters.epub.front import NavModule
from studio.exporters.epub.media import MediaPreparer
from studio.exporters.epub.meta import (
    BookFacts,
    a11y_metas,
    book_identifier,
    book_timestamp,
)
from studio.exporters.ims import licence
from studio.exporters.package import PackageWriter
from studio.exporters.render.strings import learner_strings
from studio.model import Course
from studio.resources import resource_path

FOLDER = "EPUB"  # ebooklib's folder for the package content
CSS = "css/book.css"
QUIZ_JS = "js/quiz.js"
GENERATOR = f"Studio {__version__}"
FRONT = ("cover", "title-page", "nav")  # spine order of the front matter


@dataclass
class BookDoc:
    """One XHTML document of the book."""

    uid: str  # manifest id
    href: str  # inside the EPUB folder
    data: bytes
    scripted: bool = False


def write_package(
    course: Course,
    docs: list[BookDoc],
    cover: tuple[str, bytes],
    modules: list[NavModule],
    media: MediaPreparer,
    facts: BookFacts,
    extra: list[tuple[str, str, bytes]],
    writer: PackageWriter,
) -> None:
    """Have ebooklib write the book into ``writer`` (media streamed from their files)."""
    from ebooklib import epub

    book = epub.EpubBook()
    book.set_identifier(book_identifier(course))
    book.set_title(course.title)
    book.set_language(course.language or "und")
    if is_rtl(course.language):
        book.set_direction("rtl")  # page-progression-direction="rtl" on the spine
    for index, author in enumerate(course.authors):
        book.add_author(author, uid=f"creator{index + 1}")
    if course.description.strip():
        book.add_metadata("DC", "description", course.description.strip())
    for keyword in course.keywords:
        book.add_metadata("DC", "subject", keyword)
    terms = licence(course.license)
    name, url = terms.name, terms.url
    book.add_metadata("DC", "rights", f"{name} {url}".strip())
    stamp = book_timestamp(course)
    book.add_metadata("DC", "date", stamp.strftime("%Y-%m-%dT%H:%M:%SZ"))
    opf = epub.NAMESPACES["OPF"]
    book.metadata[opf]["generator"] = [("", {"name": "generator", "content": GENERATOR})]
    for prop, value in a11y_metas(course, facts):
        book.add_metadata(None, "meta", value, {"property": prop})

    book.set_cover(cover[0], cover[1], create_page=False)
    css = resource_path("epub/book.css").read_bytes()
    book.add_item(epub.EpubItem("css", CSS, "text/css", css))
    if any(d.scripted for d in docs):
        script = resource_path("epub/quiz.js").read_bytes()
        book.add_item(epub.EpubItem("quiz-js", QUIZ_JS, "application/javascript", script))
    items = {}
    for doc in docs:
        item = epub.EpubItem(doc.uid, doc.href, "application/xhtml+xml", doc.data)
        item.properties = ["nav"] if doc.uid == "nav" else []
        if doc.scripted:
            item.properties.append("scripted")
        book.add_item(item)
        items[doc.uid] = item
    for index, (href, file) in enumerate(media.files.items()):
        content = file.data if file.data is not None else b""  # streamed from its file
        book.add_item(epub.EpubItem(f"m{index + 1}", href, file.media_type, content))
    for index, (href, media_type, data) in enumerate(extra):
        book.add_item(epub.EpubItem(f"x{index + 1}", href, media_type, data))
    # The contents page reads after the title page (the landmarks point into it).
    order = [uid for uid in FRONT if uid in items] + [d.uid for d in docs if d.uid not in FRONT]
    book.spine = [items[uid] for uid in order]
    book.toc = _ncx_toc(modules, docs, learner_strings(course.language or "und"))
    book.add_item(epub.EpubNcx())
    _write_book(book, _IntoPackage(writer, media), stamp.replace(tzinfo=None))


def _ncx_toc(modules: list[NavModule], docs: list[BookDoc], t: dict[str, str]) -> list[object]:
    """The NCX (for EPUB 2 reading systems) mirrors the navigation document, in the
    course language."""
    from ebooklib.epub import Link as link
    from ebooklib.epub import Section as section

    hrefs = {d.uid: d.href for d in docs}
    toc: list[object] = [link(hrefs["title-page"], t["about_course"], "toc-title")]
    for index, module in enumerate(modules, start=1):
        links = [
            link(lesson.href, lesson.title, f"toc-{index}-{number}")
            for number, lesson in enumerate(module.lessons, start=1)
        ]
        if links:
            toc.append((section(module.title, module.lessons[0].href), links))
    if "answer-key" in hrefs:
        toc.append(link(hrefs["answer-key"], t["answer_key_title"], "toc-answer-key"))
    return toc


class _IntoPackage:
    """The zip ebooklib believes it writes: each entry goes to the ``PackageWriter``;
    a media placeholder becomes the prepared file on disk."""

    def __init__(self, writer: PackageWriter, media: MediaPreparer) -> None:
        self.writer = writer
        self.media = media

    def writestr(self, name: str, data: str | bytes, compress_type: int | None = None) -> None:
        content = data.encode("utf-8") if isinstance(data, str) else data
        if name == "mimetype":
            self.writer.add_bytes(name, content, stored=True)
            return
        prefix = f"{FOLDER}/"
        file = self.media.files.get(name[len(prefix):]) if name.startswith(prefix) else None
        if file is not None and file.source is not None:
            self.writer.add_file(name, file.source)
        else:
            self.writer.add_bytes(name, content)

    def close(self) -> None:
        """Nothing to close: the ``PackageWriter`` writes the package."""


def _write_book(book: object, into: _IntoPackage, mtime: object) -> None:
    """``EpubWriter.write`` without its ZipFile: the same entries, in the same order."""
    from ebooklib import epub

    book_writer = epub.EpubWriter("", book, {
        "mtime": mtime,
        "epub2_guide": False,
        "epub3_landmark": False,  # our own navigation document carries the landmarks
        "epub3_pages": False,
    })  # fmt: skip
    book_writer.process()
    book_writer.out = into
    into.writestr("mimetype", "application/epub+zip")
    book_writer._write_container()
    book_writer._write_opf()
    book_writer._write_items()
