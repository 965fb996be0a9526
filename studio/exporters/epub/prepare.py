"""The book's media, prepared before its pages are rendered, and the facts it holds.

The shared renderer links what ``prepare_media`` returns: the book's own copies
(converted where readers need it), poster frames for videos without a poster, and
the text of short text attachments, printed in the page since a book cannot link
a file outside its pages. ``BookFacts`` (for the accessibility metadata) are
counted from the course and those copies, by the same rules the templates follow.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from studio import video_questions
from studio.exporters.epub.media import MediaPreparer
from studio.exporters.epub.meta import BookFacts
from studio.exporters.render.media_map import used_assets
from studio.exporters.render.options import PreparedMedia
from studio.exporters.xml import safe_parser
from studio.jobs import Progress
from studio.model import (
    AttachmentBlock,
    AudioBlock,
    Block,
    CaptionTrack,
    Course,
    ImageBlock,
    QuizBlock,
    VideoBlock,
)
from studio.sanitize import sanitize_html

TEXT_ATTACHMENT_LIMIT = 64 * 1024  # larger text files stay out of the page


def prepare_media(course: Course, media: MediaPreparer, progress: Progress) -> PreparedMedia:
    """Stage every file the book carries; the paths the pages link."""
    prepared = PreparedMedia({})
    blocks = [b for _, _, b in course.blocks()]
    for index, block in enumerate(blocks):
        progress.check()
        sub = progress.sub(index / len(blocks), (index + 1) / len(blocks))
        _prepare_block(block, media, prepared, sub)
    for asset_id in used_assets(course):  # images in rich text and anything left
        asset = course.media[asset_id]
        if asset.is_image and asset_id not in prepared.paths:
            _link(prepared, asset_id, media.image(asset_id, "image in the text"))
    return prepared


def _link(prepared: PreparedMedia, asset_id: str | None, href: str | None) -> None:
    if asset_id and href:
        prepared.paths[asset_id] = href


def _prepare_block(block: Block, media: MediaPreparer, prepared: PreparedMedia,
                   progress: Progress) -> None:  # fmt: skip
    if isinstance(block, VideoBlock):
        video = media.video(block, progress)
        _link(prepared, block.asset, video.video)
        if video.poster:
            prepared.posters[block.id] = video.poster
    elif isinstance(block, AudioBlock):
        audio = media.audio(block, progress)
        _link(prepared, block.asset, audio.audio if audio else None)
    elif isinstance(block, ImageBlock):
        _link(prepared, block.asset, media.image(block.asset, "image"))
        if block.narration_audio:
            narration = AudioBlock(asset=block.narration_audio, id=block.id + "-n")
            audio = media.audio(narration, progress)
            _link(prepared, block.narration_audio, audio.audio if audio else None)
    elif isinstance(block, AttachmentBlock):
        asset = media.course.media.get(block.asset or "")
        if asset is None:
            return
        if asset.is_image:
            _link(prepared, asset.id, media.image(asset.id, "attachment"))
        elif asset.mime.startswith("text/") and asset.size <= TEXT_ATTACHMENT_LIMIT:
            prepared.texts[asset.id] = _read_text(media.source_of(asset))


def _read_text(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _has_cues(tracks: list[CaptionTrack]) -> bool:
    return any(cue.text.strip() for t in tracks for cue in t.cues)


def book_facts(course: Course, prepared: PreparedMedia) -> BookFacts:
    """What the rendered book holds, for its accessibility metadata and the report."""
    facts = BookFacts()
    for _, _, block in course.blocks():
        for html in _rich_texts(block):
            for asset_id, alt in rich_text_images(html):
                if asset_id in prepared.paths:
                    if alt.strip():
                        facts.images += 1
                    else:
                        facts.decorative_images += 1
        if isinstance(block, VideoBlock | AudioBlock):
            _count_media(block, prepared, facts)
        elif isinstance(block, ImageBlock):
            if block.asset in prepared.paths:
                if block.decorative:
                    facts.decorative_images += 1
                elif block.alt.strip():
                    facts.images += 1
                else:
                    facts.images_without_alt += 1
            if block.narration_audio in prepared.paths:
                facts.audios += 1
                if block.narration.strip():
                    facts.transcripts += 1
                else:
                    facts.media_without_text += 1
        elif isinstance(block, AttachmentBlock) and block.asset:
            asset = course.media.get(block.asset)
            if asset is not None and asset.is_image and block.asset in prepared.paths:
                facts.images += 1
        elif isinstance(block, QuizBlock):
            facts.quizzes += 1
    return facts


def _count_media(block: VideoBlock | AudioBlock, prepared: PreparedMedia,
                 facts: BookFacts) -> None:  # fmt: skip
    carried = block.asset in prepared.paths
    captions = [t for t in block.tracks if t.kind == "captions" and _has_cues([t])]
    transcript = bool(block.transcript.strip()) or _has_cues(block.tracks)
    printed = 0
    if isinstance(block, VideoBlock):
        if video_questions.ordered(block):
            facts.quizzes += 1
        if carried:
            facts.videos += 1
            facts.videos_with_captions += 1 if captions else 0
        elif block.asset:
            facts.videos_left_out += 1
            printed = sum(1 for t in block.tracks if _has_cues([t]))
            facts.timed_text += printed
        if block.id in prepared.posters and not carried:
            facts.images += 1  # the poster stands in for the video, with its text alternative
    elif carried:
        facts.audios += 1
    facts.transcripts += 1 if transcript else 0
    playable_text = isinstance(block, VideoBlock) and carried and bool(captions)
    if block.asset and not (transcript or playable_text or printed):
        facts.media_without_text += 1


def _rich_texts(block: Block) -> list[str]:
    from studio.model import DiscussionBlock, TextBlock

    if isinstance(block, TextBlock):
        return [block.html]
    if isinstance(block, DiscussionBlock):
        return [block.prompt]
    if isinstance(block, QuizBlock):
        return [block.quiz.instructions, *(q.prompt for q in block.quiz.questions)]
    return []


def rich_text_images(html: str) -> list[tuple[str, str]]:
    """(asset id, alt text) of the project images in a rich text, as the pages show them."""
    if "asset:" not in html:
        return []
    try:
        root = etree.fromstring(f"<div>{sanitize_html(html)}</div>", safe_parser())
    except etree.XMLSyntaxError:
        return []
    return [
        (el.get("src", "")[len("asset:"):], el.get("alt", ""))
        for el in root.iter("img")
        if el.get("src", "").startswith("asset:")
    ]
