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

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from studio.errors import ExportError
from studio.exporters.base import ExporterSpec, ExportOptions, ExportReport, option
from studio.exporters.embed import embedded_project
from studio.exporters.epub.front import (
    NavLesson,
    NavModule,
    cover_body,
    cover_from_file,
    draw_cover,
    nav_body,
    title_body,
)
from studio.exporters.epub.media import MediaPreparer
from studio.exporters.epub.meta import BookFacts
from studio.exporters.epub.package import (
    CSS,
    FOLDER,
    GENERATOR,
    QUIZ_JS,
    BookDoc,
    write_package,
)
from studio.exporters.epub.prepare import book_facts, prepare_media
from studio.exporters.epub.render import (
    ANSWERS_PAGE,
    TEXT_DIR,
    BookPages,
    LessonPage,
    page_name,
)
from studio.exporters.epub.xhtml import document
from studio.exporters.package import PackageWriter
from studio.exporters.render.strings import learner_strings
from studio.jobs import Progress
from studio.model import Course
from studio.tempfiles import work_dir

EMBED_HREF = "studio/course.json"  # inside the EPUB folder, a manifest item outside the spine


@dataclass
class EpubOptions(ExportOptions):
    video_quality: str = option(
        "original",
        "'original' keeps H.264/AAC MP4 video as it is (other formats are converted); "
        "'low' re-encodes every video to a small 360p copy for slow or metered connections",
        label="Video quality:",
        choices={"original": "as recorded (converted only if e-readers cannot play it)",
                 "low": "small 360p copies for slow or metered connections"},
        cli="--video-quality",
    )
    no_video: bool = option(
        False,
        "leave video files out: each video becomes its poster, its transcript and its "
        "captions printed as text (the smallest book)",
        label="Leave the videos out: posters, transcripts and captions as text (the smallest "
        "book)",
        cli="--no-video",
    )
    cover_image: str = option(
        "",
        "a JPEG or PNG image to use as the cover; empty draws one from the course title",
        label="Cover image (empty: drawn from the course title):",
        cli="--cover",
    )


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
    # Every page and the package need a title and a well-formed language tag.
    language = (course.language or "").strip().replace("_", "-") or "und"
    t = learner_strings(language)
    title = course.title if course.title.strip() else t["untitled_course"]
    if (title, language) != (course.title, course.language):
        course = dataclasses.replace(course, title=title, language=language)
    progress.update(0.0, "Preparing the book")
    with work_dir("epub") as tmp:
        staging = Path(tmp)
        media = MediaPreparer(
            course,
            media_dir,
            staging / "media",
            video_quality=options.video_quality,
            no_video=options.no_video,
        )
        pages = [
            LessonPage(f"{TEXT_DIR}/{page_name(mi, li)}", lesson.title, module, lesson)
            for mi, module in enumerate(course.modules)
            for li, lesson in enumerate(module.lessons)
        ]
        for number, page in enumerate(pages, start=1):
            page.title = " ".join(page.title.split()) or t["lesson_n"].format(n=number)
        prepared = prepare_media(course, media, progress.sub(0.0, 0.7))
        facts = book_facts(course, prepared)
        progress.update(0.7, "Rendering the lessons")
        book = BookPages(course, media_dir, pages, prepared, progress.sub(0.7, 0.75))
        for path, data in book.track_files().items():
            media.add_file(path, "text/vtt", data)
        progress.update(0.75, "Writing the book")
        docs, cover, modules = _documents(course, pages, book.answer_key(), options)
        extra = []
        if options.embed_project:
            extra.append((EMBED_HREF, "application/json", _embedded(course, media)))
        writer = PackageWriter(out_path, first=("mimetype",), keep_photo_metadata=options.keep_photo_metadata)
        write_package(course, docs, cover, modules, media, facts, extra, writer)
        size = writer.write(progress.sub(0.8, 1.0))
    report = ExportReport(path=out_path, format="epub", size=size, files=len(writer.names))
    report.warnings += _warnings(facts)
    report.warnings += report.size_warnings()
    progress.update(1.0, f"Book written: {size / 1_000_000:.1f} MB")
    return report


def _documents(
    course: Course, pages: list[LessonPage], answer_key: str | None, options: EpubOptions
) -> tuple[list[BookDoc], tuple[str, bytes], list[NavModule]]:
    """Every XHTML document in spine order (the navigation document last), the cover
    image (href, bytes) and the module/lesson structure for the tables of contents."""
    lang = course.language or "und"
    t = learner_strings(lang)
    css = [f"../{CSS}"]
    if options.cover_image:
        image, ext = cover_from_file(Path(options.cover_image))
    else:
        image, ext = draw_cover(course), ".png"
    cover_href = f"images/cover{ext}"
    docs = [
        BookDoc("cover", f"{TEXT_DIR}/cover.xhtml", document(
            title=course.title, lang=lang, css=css, body=cover_body(course, f"../{cover_href}"),
            where="cover")),
        BookDoc("title-page", f"{TEXT_DIR}/title.xhtml", document(
            title=course.title, lang=lang, css=css, body=title_body(course, GENERATOR),
            body_type="frontmatter", where="title page")),
    ]  # fmt: skip
    for page in pages:
        scripts = [f"../{QUIZ_JS}"] if page.scripted else []
        uid = Path(page.href).stem
        data = document(title=page.title, lang=lang, css=css, scripts=scripts, body=page.body,
                        body_type="bodymatter", where=page.href, body_from_lxml=True)  # fmt: skip
        docs.append(BookDoc(uid, page.href, data, scripted=page.scripted))
    answers = None
    if answer_key is not None:
        answers = f"{TEXT_DIR}/{ANSWERS_PAGE}"
        docs.append(BookDoc("answer-key", answers, document(
            title=t["answer_key_title"], lang=lang, css=css, body=answer_key,
            body_type="backmatter", where="answer key")))  # fmt: skip
    modules = [
        NavModule(
            " ".join(m.title.split()) or t["module_n"].format(n=number),
            [NavLesson(p.title, p.href) for p in pages if p.module is m],
        )
        for number, m in enumerate(course.modules, start=1)
    ]
    nav = nav_body(modules, t, title_href=f"{TEXT_DIR}/title.xhtml",
                   cover_href=f"{TEXT_DIR}/cover.xhtml", answers_href=answers)  # fmt: skip
    docs.append(BookDoc("nav", "nav.xhtml", document(
        title=t["toc_title"], lang=lang, css=[CSS], body=nav, where="navigation")))  # fmt: skip
    return docs, (cover_href, image), modules


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
