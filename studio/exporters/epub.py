"""EPUB 3 export: the offline learner edition of a course.

One XHTML content document per lesson, a navigation document with the
module/lesson structure and landmarks, a cover, a title page and an answer key;
video and audio inside the book with captions and printed transcripts; quizzes
readable without scripting; EPUB Accessibility 1.1 metadata computed from the
book's content. ebooklib writes the package document, the NCX and the zip; the
zip is then re-packed with fixed timestamps and the media streamed from disk,
so the same course gives the same bytes and no video is held in memory.
"""

from __future__ import annotations

import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from studio import __version__
from studio.errors import ExportError
from studio.exporters.base import ExporterSpec, ExportOptions, ExportReport, option
from studio.exporters.embed import embedded_project
from studio.exporters.epub_front import (
    NavLesson,
    NavModule,
    cover_body,
    cover_from_file,
    draw_cover,
    nav_body,
    title_body,
)
from studio.exporters.epub_media import MediaPreparer
from studio.exporters.epub_meta import (
    BookFacts,
    a11y_metas,
    book_identifier,
    book_timestamp,
    license_text,
)
from studio.exporters.epub_pages import ANSWERS_PAGE, TEXT_DIR, LessonPage, PageBuilder, page_name
from studio.exporters.epub_quiz import render_answer_key
from studio.exporters.epub_render import RenderedLessons
from studio.exporters.epub_xhtml import document, is_rtl
from studio.exporters.package import PackageWriter
from studio.jobs import Progress
from studio.model import Course
from studio.resources import resource_path

FOLDER = "EPUB"
CSS = "css/book.css"
QUIZ_JS = "js/quiz.js"
EMBED_HREF = "studio/course.json"  # inside the EPUB folder, a manifest item outside the spine
GENERATOR = f"Studio {__version__}"


@dataclass
class EpubOptions(ExportOptions):
    video_quality: str = option(
        "original",
        "'original' keeps H.264/AAC MP4 video as it is (other formats are converted); "
        "'low' re-encodes every video to a small 360p copy for slow or metered connections",
        choices=("original", "low"),
        cli="--video-quality",
    )
    no_video: bool = option(
        False,
        "leave video files out: each video becomes its poster, its transcript and its "
        "captions printed as text (the smallest book)",
        cli="--no-video",
    )
    cover_image: str = option(
        "",
        "a JPEG or PNG image to use as the cover; empty draws one from the course title",
        cli="--cover",
    )


@dataclass
class _Doc:
    uid: str
    href: str  # inside the EPUB folder
    data: bytes
    scripted: bool = False
    linear: bool = True


def export_epub(
    course: Course, media_dir: Path, out_path: Path, options: EpubOptions, progress: Progress
) -> ExportReport:
    """Write ``course`` as an EPUB 3 book to ``out_path`` (atomically)."""
    if options.video_quality not in ("original", "low"):
        raise ExportError(
            f"unknown video quality {options.video_quality!r}",
            hint="use 'original' or 'low'.",
        )
    if not any(m.lessons for m in course.modules):
        raise ExportError(
            "the course has no lessons, so the book would be empty",
            hint="add a module with at least one lesson, then export again.",
        )
    out_path = Path(out_path)
    progress.update(0.0, "Preparing the book")
    with tempfile.TemporaryDirectory(prefix="studio-epub-") as tmp:
        staging = Path(tmp)
        facts = BookFacts()
        media = MediaPreparer(
            course,
            media_dir,
            staging / "media",
            video_quality=options.video_quality,
            no_video=options.no_video,
        )
        builder = PageBuilder(course, media, facts)
        pages = [
            LessonPage(f"{TEXT_DIR}/{page_name(mi, li)}", lesson.title, module, lesson)
            for mi, module in enumerate(course.modules)
            for li, lesson in enumerate(module.lessons)
        ]
        rendered = RenderedLessons(course, media_dir, progress.sub(0.0, 0.05))
        for index, page in enumerate(pages):
            progress.check()
            sub = progress.sub(
                0.05 + 0.7 * index / len(pages), 0.05 + 0.7 * (index + 1) / len(pages)
            )
            sub.update(0.0, f"Lesson {page.title}")
            if not rendered.fill(builder, page, sub):
                builder.lesson(page, sub)
        progress.update(0.75, "Writing the book")
        docs, cover = _documents(course, pages, builder, options)
        raw = staging / "book.epub"
        extra = [(EMBED_HREF, "application/json", _embedded(course, media))]
        _write_with_ebooklib(course, raw, docs, cover, media, facts,
                             extra if options.embed_project else [])  # fmt: skip
        writer = PackageWriter(out_path, first=("mimetype",))
        _repack(raw, writer, media)
        size = writer.write(progress.sub(0.8, 1.0))
    report = ExportReport(path=out_path, format="epub", size=size, files=len(writer.names))
    report.warnings += _warnings(facts)
    report.warnings += report.size_warnings()
    progress.update(1.0, f"Book written: {size / 1_000_000:.1f} MB")
    return report


def _documents(
    course: Course, pages: list[LessonPage], builder: PageBuilder, options: EpubOptions
) -> tuple[list[_Doc], tuple[str, bytes]]:
    lang = course.language or "und"
    css = [f"../{CSS}"]
    if options.cover_image:
        image, ext = cover_from_file(Path(options.cover_image))
    else:
        image, ext = draw_cover(course), ".png"
    cover_href = f"images/cover{ext}"
    docs = [
        _Doc("cover", f"{TEXT_DIR}/cover.xhtml", document(
            title=course.title, lang=lang, css=css, body=cover_body(course, f"../{cover_href}"),
            where="cover")),
        _Doc("title-page", f"{TEXT_DIR}/title.xhtml", document(
            title=course.title, lang=lang, css=css, body=title_body(course, GENERATOR),
            body_type="frontmatter", where="title page")),
    ]  # fmt: skip
    for page in pages:
        scripts = [f"../{QUIZ_JS}"] if page.scripted else []
        uid = Path(page.href).stem
        data = document(title=page.title, lang=lang, css=css, scripts=scripts, body=page.body,
                        body_type="bodymatter", where=page.href)  # fmt: skip
        docs.append(_Doc(uid, page.href, data, scripted=page.scripted))
    answers = None
    if builder.answer_sections:
        answers = f"{TEXT_DIR}/{ANSWERS_PAGE}"
        body = render_answer_key(builder.answer_sections)
        docs.append(_Doc("answer-key", answers, document(
            title="Answer key", lang=lang, css=css, body=body, body_type="backmatter",
            where="answer key")))  # fmt: skip
    modules = [
        NavModule(m.title, [NavLesson(p.title, p.href) for p in pages if p.module is m])
        for m in course.modules
    ]
    nav = nav_body(modules, title_href=f"{TEXT_DIR}/title.xhtml",
                   cover_href=f"{TEXT_DIR}/cover.xhtml", answers_href=answers)  # fmt: skip
    docs.append(_Doc("nav", "nav.xhtml", document(
        title="Contents", lang=lang, css=[CSS], body=nav, where="navigation")))  # fmt: skip
    return docs, (cover_href, image)


def _write_with_ebooklib(
    course: Course,
    raw: Path,
    docs: list[_Doc],
    cover: tuple[str, bytes],
    media: MediaPreparer,
    facts: BookFacts,
    extra: list[tuple[str, str, bytes]],
) -> None:
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
    name, url = license_text(course.license)
    book.add_metadata("DC", "rights", f"{name} {url}".strip())
    stamp = book_timestamp(course)
    book.add_metadata("DC", "date", stamp.strftime("%Y-%m-%dT%H:%M:%SZ"))
    opf = epub.NAMESPACES["OPF"]
    book.metadata[opf]["generator"] = [("", {"name": "generator", "content": GENERATOR})]
    for prop, value in a11y_metas(course, facts):
        book.add_metadata(None, "meta", value, {"property": prop})

    book.set_cover(cover[0], cover[1], create_page=False)
    book.add_item(
        epub.EpubItem("css", CSS, "text/css", resource_path("epub/book.css").read_bytes())
    )
    if any(d.scripted for d in docs):
        script = resource_path("epub/quiz.js").read_bytes()
        book.add_item(epub.EpubItem("quiz-js", QUIZ_JS, "application/javascript", script))
    items = {}
    for doc in docs:
        item = epub.EpubItem(doc.uid, doc.href, "application/xhtml+xml", doc.data)
        item.properties = (["nav"] if doc.uid == "nav" else []) + (
            ["scripted"] if doc.scripted else []
        )
        book.add_item(item)
        items[doc.uid] = item
    for index, href in enumerate(media.files):
        file = media.files[href]
        content = file.data if file.data is not None else b""  # media are streamed at repack
        book.add_item(epub.EpubItem(f"m{index + 1}", href, file.media_type, content))
    for index, (href, media_type, data) in enumerate(extra):
        book.add_item(epub.EpubItem(f"x{index + 1}", href, media_type, data))
    # The contents page reads after the title page (landmarks point into it).
    order = ["cover", "title-page", "nav"] + [d.uid for d in docs if d.uid not in
                                              ("cover", "title-page", "nav")]  # fmt: skip
    book.spine = [items[uid] for uid in order]
    # The NCX (for EPUB 2 reading systems) mirrors the navigation document.
    toc: list[object] = [epub.Link(f"{TEXT_DIR}/title.xhtml", "About this course", "toc-title")]
    for mi, module in enumerate(course.modules):
        links = [
            epub.Link(doc.href, _title_of(doc, course), f"toc-{doc.uid}")
            for doc in docs
            if doc.href.startswith(f"{TEXT_DIR}/lesson-{mi + 1:02d}-")
        ]
        if links:
            toc.append((epub.Section(module.title, links[0].href), links))
    if "answer-key" in items:
        toc.append(epub.Link(items["answer-key"].file_name, "Answer key", "toc-answer-key"))
    book.toc = toc
    book.add_item(epub.EpubNcx())
    ok = epub.write_epub(
        str(raw),
        book,
        {
            "raise_exceptions": True,
            "mtime": stamp.replace(tzinfo=None),
            "epub2_guide": False,
            "epub3_landmark": False,
            "epub3_pages": False,
        },
    )
    if not ok:
        raise ExportError("the EPUB writer failed", path=raw, hint="check the free disk space.")


def _title_of(doc: _Doc, course: Course) -> str:
    for module in course.modules:
        for li, lesson in enumerate(module.lessons):
            mi = course.modules.index(module)
            if doc.href.endswith(page_name(mi, li)):
                return lesson.title
    return doc.uid


def _repack(raw: Path, writer: PackageWriter, media: MediaPreparer) -> None:
    """Copy ebooklib's zip entries with fixed times; stream media files from disk."""
    prefix = f"{FOLDER}/"
    with zipfile.ZipFile(raw) as zf:
        for info in zf.infolist():
            name = info.filename
            if name == "mimetype":
                writer.add_bytes(name, zf.read(name), stored=True)
                continue
            href = name[len(prefix) :] if name.startswith(prefix) else None
            file = media.files.get(href) if href else None
            if file is not None and file.source is not None:
                writer.add_file(name, file.source)
            else:
                writer.add_bytes(name, zf.read(name))


def _embedded(course: Course, media: MediaPreparer) -> bytes:
    # Only files carried unchanged: a re-encoded copy would not match its asset id (sha256).
    mapping = {asset_id: f"{FOLDER}/{href}" for asset_id, href in media.originals().items()}
    return embedded_project(course, mapping)


def _warnings(facts: BookFacts) -> list[str]:
    notes = []
    if facts.media_without_text:
        notes.append(
            f"{facts.media_without_text} video or audio item(s) have no captions or transcript: "
            "learners who cannot hear them get nothing; caption them before you publish"
        )
    if facts.images_without_alt:
        notes.append(
            f"{facts.images_without_alt} image(s) have no text alternative: add alt text or "
            "mark them decorative"
        )
    return notes


SPEC = ExporterSpec(
    name="epub",
    extension=".epub",
    description="EPUB 3 book: the offline learner edition for phones and e-readers, with "
    "video, captions, transcripts and quizzes that work without scripting",
    options_type=EpubOptions,
    export=export_epub,
    label="EPUB 3",
)
