"""Lesson content documents of the EPUB, block by block.

Video and audio play inside the book with their caption tracks (never marked
``default``: it crashed some readers) and their transcript printed below the
player, so the lesson works in readers that do not play media. In a no-video
book each video becomes its poster, its transcript and its captions as timed
text. Rich text is the sanitized subset; images from elsewhere (remote or
unknown files) are replaced by their text alternative, because a book carries
everything it shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from studio import video_questions
from studio.exporters.epub.media import MediaPreparer, PreparedVideo, TrackFile
from studio.exporters.epub.meta import BookFacts
from studio.exporters.epub.quiz import AnswerSection, render_quiz
from studio.exporters.epub.xhtml import clock, esc, lang_attrs, paragraphs, xml_id
from studio.jobs import Progress
from studio.model import (
    AttachmentBlock,
    AudioBlock,
    Block,
    CaptionTrack,
    Course,
    DiscussionBlock,
    ImageBlock,
    Lesson,
    LinkBlock,
    Module,
    Quiz,
    QuizBlock,
    TextBlock,
    VideoBlock,
)
from studio.sanitize import is_safe_url, sanitize_html

TEXT_DIR = "text"
UP = "../"  # from a page in text/ to the EPUB folder
ANSWERS_PAGE = "answers.xhtml"
_TEXT_ATTACHMENT_LIMIT = 64 * 1024


@dataclass
class LessonPage:
    href: str  # inside the EPUB folder, e.g. "text/lesson-01-02.xhtml"
    title: str
    module: Module
    lesson: Lesson
    body: str = ""
    scripted: bool = False
    from_renderer: bool = False  # the shared renderer's page (else the book's own fallback)


def page_name(module_index: int, lesson_index: int) -> str:
    return f"lesson-{module_index + 1:02d}-{lesson_index + 1:02d}.xhtml"


class PageBuilder:
    """Renders lesson bodies; collects answer-key sections and facts about the book."""

    def __init__(self, course: Course, media: MediaPreparer, facts: BookFacts) -> None:
        self.course = course
        self.media = media
        self.facts = facts
        self.answer_sections: list[AnswerSection] = []

    # -- rich text ---------------------------------------------------------------
    def rich(self, fragment: str) -> str:
        """Sanitized HTML with ``asset:`` images packed into the book and links fixed."""
        if not fragment:
            return ""
        try:
            root = etree.fromstring(f"<div>{fragment}</div>")
        except etree.XMLSyntaxError:
            return esc(fragment)
        for el in list(root.iter()):
            if el.tag == "img":
                self._image_in_text(el)
            elif el.tag == "a":
                href = el.get("href", "")
                if href.startswith("asset:") or not is_safe_url(href):
                    el.attrib.pop("href", None)
                    el.attrib.pop("rel", None)
        out = esc(root.text or "") if root.text else ""
        out += "".join(etree.tostring(child, encoding="unicode", method="xml") for child in root)
        return out

    def _image_in_text(self, el: etree._Element) -> None:
        src = el.get("src", "")
        alt = el.get("alt", "")
        href = None
        if src.startswith("asset:") and src[len("asset:") :] in self.course.media:
            href = self.media.image(src[len("asset:") :], "image in the text")
        if href is not None:
            el.set("src", UP + href)
            el.set("alt", alt)
            if alt.strip():
                self.facts.images += 1
            else:
                self.facts.decorative_images += 1
            return
        parent = el.getparent()
        if parent is None:
            return
        span = etree.Element("span")
        span.text = f"[{alt}]" if alt.strip() else ""
        span.tail = el.tail
        parent.replace(el, span)

    # -- media -------------------------------------------------------------------
    def _tracks_markup(self, tracks: list[TrackFile]) -> str:
        return "".join(
            f'<track kind="{esc(t.track.kind)}" src="{UP}{esc(t.href)}" '
            f'srclang="{esc(t.track.language)}" label="{esc(t.track.label or t.track.language)}"/>'
            for t in tracks
        )

    def _transcript(self, block: VideoBlock | AudioBlock, heading_id: str) -> str:
        text = block.transcript.strip()
        html = (
            paragraphs(text) if text else transcript_from_tracks(block.tracks, self.course.language)
        )
        if not html:
            return ""
        self.facts.transcripts += 1
        return (
            f'<section class="transcript" aria-labelledby="{heading_id}">'
            f'<h3 id="{heading_id}">Transcript</h3>{html}</section>'
        )

    def _timed_text(self, block_id: str, tracks: list[TrackFile]) -> str:
        out = []
        for index, t in enumerate(tracks, start=1):
            hid = xml_id("cap", block_id, str(index))
            what = "Captions" if t.track.kind == "captions" else "Subtitles"
            cues = "".join(
                f'<li><span class="time">{clock(c.start)}</span> {esc(c.text)}</li>'
                for c in sorted(t.track.cues, key=lambda c: c.start)
                if c.text.strip()
            )
            out.append(
                f'<section class="captions-text" aria-labelledby="{hid}" {lang_attrs(t.track.language)}>'
                f'<h3 id="{hid}">{what}: {esc(t.track.label or t.track.language)}</h3>'
                f'<ol class="cues">{cues}</ol></section>'
            )
            self.facts.timed_text += 1
        return "".join(out)

    def video(self, block: VideoBlock, page: LessonPage, progress: Progress) -> str:
        prepared: PreparedVideo = self.media.video(block, progress)
        title = block.title or "Video"
        hid = xml_id("h", block.id)
        out = [f'<section class="media video" aria-labelledby="{hid}">',
               f'<h2 id="{hid}">{esc(title)}</h2>']  # fmt: skip
        has_captions = any(t.track.kind == "captions" for t in prepared.tracks)
        if prepared.video:
            poster = f' poster="{UP}{esc(prepared.poster)}"' if prepared.poster else ""
            out.append(
                f'<video src="{UP}{esc(prepared.video)}" controls="controls" preload="none"{poster} '
                f'aria-label="{esc(title)}">'
                f"{self._tracks_markup(prepared.tracks)}"
                '<p class="note">This reading system does not play video; '
                "the transcript follows.</p></video>"
            )
            self.facts.videos += 1
            if has_captions:
                self.facts.videos_with_captions += 1
        else:
            if prepared.poster:
                out.append(
                    f'<figure><img src="{UP}{esc(prepared.poster)}" '
                    f'alt="{esc("Still image from the video: " + title)}"/></figure>'
                )
                self.facts.images += 1
            if block.asset:
                self.facts.videos_left_out += 1
                out.append(
                    '<p class="note">This edition leaves the video out to keep the book small; '
                    "its transcript and captions are printed below.</p>"
                )
        if block.chapters:
            items = "".join(
                f'<li><span class="time">{clock(c.start)}</span> {esc(c.title)}</li>'
                for c in sorted(block.chapters, key=lambda c: c.start)
            )
            out.append(f'<p class="chapters-label">Chapters:</p><ol class="chapters">{items}</ol>')
        transcript = self._transcript(block, xml_id("tr", block.id))
        out.append(transcript)
        timed = self._timed_text(block.id, prepared.tracks) if not prepared.video else ""
        out.append(timed)
        if block.asset and not transcript and not (prepared.video and has_captions) and not timed:
            self.facts.media_without_text += 1
        out.append("</section>")
        if video_questions.ordered(block):
            out.append(self.timed_questions(block, page))
        return "".join(out)

    def timed_questions(self, block: VideoBlock, page: LessonPage) -> str:
        """A book cannot pause the video: its questions follow it as a list, with their times."""
        quiz = video_questions.question_set(block)
        quiz.title = f"Questions in the video: {block.title or 'Video'}"
        times = {t.question.id: clock(t.time) for t in video_questions.ordered(block)}
        return self.quiz_markup(quiz.id, quiz, page, times)

    def audio(self, block: AudioBlock, progress: Progress) -> str:
        prepared = self.media.audio(block, progress)
        title = block.title or "Audio"
        hid = xml_id("h", block.id)
        out = [f'<section class="media audio" aria-labelledby="{hid}">',
               f'<h2 id="{hid}">{esc(title)}</h2>']  # fmt: skip
        if prepared is not None:
            out.append(
                f'<audio src="{UP}{esc(prepared.audio)}" controls="controls" preload="none" '
                f'aria-label="{esc(title)}"><p class="note">This reading system does not play '
                "audio; the transcript follows.</p></audio>"
            )
            self.facts.audios += 1
        transcript = self._transcript(block, xml_id("tr", block.id))
        out.append(transcript)
        if prepared is not None and not transcript:
            self.facts.media_without_text += 1
        out.append("</section>")
        return "".join(out)

    def image(self, block: ImageBlock, progress: Progress) -> str:
        href = self.media.image(block.asset, "image")
        out = ['<figure class="image">']
        if href:
            alt = "" if block.decorative else block.alt
            out.append(f'<img src="{UP}{esc(href)}" alt="{esc(alt)}"/>')
            if block.decorative:
                self.facts.decorative_images += 1
            elif alt.strip():
                self.facts.images += 1
            else:
                self.facts.images_without_alt += 1
        if block.caption.strip():
            out.append(f"<figcaption>{esc(block.caption)}</figcaption>")
        out.append("</figure>")
        if block.narration_audio:
            narration = AudioBlock(asset=block.narration_audio, title="Narration",
                                   transcript=block.narration, id=block.id + "-n")  # fmt: skip
            out.append(self.audio(narration, progress))
        elif block.narration.strip():
            out.append(f'<div class="narration">{paragraphs(block.narration)}</div>')
        return "".join(out)

    def attachment(self, block: AttachmentBlock) -> str:
        asset = self.course.media.get(block.asset)
        title = block.title or (asset.filename if asset else "Attachment")
        hid = xml_id("h", block.id)
        out = [f'<section class="attachment" aria-labelledby="{hid}">',
               f'<h2 id="{hid}">{esc(title)}</h2>']  # fmt: skip
        if block.description.strip():
            out.append(f"<p>{esc(block.description)}</p>")
        if asset is not None and asset.is_image:
            href = self.media.image(asset.id, "attachment")
            out.append(f'<figure><img src="{UP}{esc(href)}" alt="{esc(title)}"/></figure>')
            self.facts.images += 1
        elif (
            asset is not None
            and asset.mime.startswith("text/")
            and asset.size <= _TEXT_ATTACHMENT_LIMIT
        ):
            text = _read_text(self.media.source_of(asset))
            out.append(f"<pre>{esc(text)}</pre>")
        elif asset is not None:
            out.append(
                f'<p class="note">The file “{esc(asset.filename)}” ({_size(asset.size)}) is not '
                "part of this book; get it from the online edition of the course.</p>"
            )
        out.append("</section>")
        return "".join(out)

    def link(self, block: LinkBlock) -> str:
        title = block.title or block.url
        safe = block.url.startswith(("http://", "https://", "mailto:")) and is_safe_url(block.url)
        link = f'<a href="{esc(block.url)}">{esc(title)}</a>' if safe else esc(title)
        out = f'<p class="link">{link}</p>'
        if block.description.strip():
            out += f"<p>{esc(block.description)}</p>"
        return f'<div class="link-block">{out}</div>'

    def discussion(self, block: DiscussionBlock) -> str:
        hid = xml_id("h", block.id)
        return (
            f'<section class="discussion" aria-labelledby="{hid}">'
            f'<h2 id="{hid}">Discussion: {esc(block.title or "Discussion")}</h2>'
            f"{self.rich(sanitize_html(block.prompt))}"
            '<p class="note">Share your thoughts in the course’s discussion forum.</p></section>'
        )

    def quiz(self, block: QuizBlock, page: LessonPage) -> str:
        return self.quiz_markup(block.id, block.quiz, page)

    def quiz_markup(self, block_id: str, quiz: Quiz, page: LessonPage,
                    times: dict[str, str] | None = None) -> str:  # fmt: skip
        section = AnswerSection(quiz.title or "Quiz", page.title)
        html = render_quiz(
            block_id,
            quiz,
            self.rich,
            answers_href=ANSWERS_PAGE,
            lesson_href_from_answers=Path(page.href).name,
            section=section,
            times=times,
        )
        if section.entries:
            self.answer_sections.append(section)
        self.facts.quizzes += 1
        page.scripted = True
        return html

    # -- pages -------------------------------------------------------------------
    def block(self, block: Block, page: LessonPage, progress: Progress) -> str:
        if isinstance(block, TextBlock):
            return f'<div class="text">{self.rich(sanitize_html(block.html))}</div>'
        if isinstance(block, VideoBlock):
            return self.video(block, page, progress)
        if isinstance(block, AudioBlock):
            return self.audio(block, progress)
        if isinstance(block, ImageBlock):
            return self.image(block, progress)
        if isinstance(block, QuizBlock):
            return self.quiz(block, page)
        if isinstance(block, AttachmentBlock):
            return self.attachment(block)
        if isinstance(block, LinkBlock):
            return self.link(block)
        if isinstance(block, DiscussionBlock):
            return self.discussion(block)
        return ""

    def lesson(self, page: LessonPage, progress: Progress) -> None:
        blocks = page.lesson.blocks
        parts = [
            f'<main aria-labelledby="{xml_id("t", page.lesson.id)}">',
            f'<p class="module-name">{esc(page.module.title)}</p>',
            f'<h1 id="{xml_id("t", page.lesson.id)}">{esc(page.title)}</h1>',
        ]
        for index, block in enumerate(blocks):
            sub = progress.sub(index / max(1, len(blocks)), (index + 1) / max(1, len(blocks)))
            parts.append(self.block(block, page, sub))
        if not blocks:
            parts.append('<p class="note">This lesson has no content yet.</p>')
        parts.append("</main>")
        page.body = "\n".join(parts)


def transcript_from_tracks(tracks: list[CaptionTrack], course_language: str) -> str:
    """Paragraphs built from the best caption track: reviewed and in the course language first."""
    usable = [t for t in tracks if any(c.text.strip() for c in t.cues)]
    if not usable:
        return ""
    primary = course_language.split("-")[0].lower()

    def rank(t: CaptionTrack) -> tuple[int, int, int]:
        return (
            0 if t.language.split("-")[0].lower() == primary else 1,
            0 if t.kind == "captions" else 1,
            0 if t.reviewed else 1,
        )

    track = sorted(usable, key=rank)[0]
    paras: list[list[str]] = [[]]
    last_end = None
    for cue in sorted(track.cues, key=lambda c: c.start):
        text = " ".join(cue.text.split())
        if not text:
            continue
        if (
            paras[-1]
            and last_end is not None
            and (cue.start - last_end > 2.0 or len(paras[-1]) >= 6)
        ):
            paras.append([])
        paras[-1].append(text)
        last_end = cue.end
    body = "".join(f"<p>{esc(' '.join(p))}</p>" for p in paras if p)
    lang = track.language
    if lang.split("-")[0].lower() != primary:
        return f"<div {lang_attrs(lang)}>{body}</div>"
    return body


def _read_text(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _size(size: int) -> str:
    from studio.units import human_size

    return human_size(size)
