"""HTML pages of foreign packages -> lesson blocks.

A page becomes page (text) blocks of sanitized HTML, with its images, linked
files, videos and audio imported as media: ``<video>``/``<audio>`` become video
and audio blocks (their ``<track>`` files become caption tracks, SRT converted;
a ``chapters`` track becomes chapters). What sanitizing removes (scripts,
frames, forms, embedded objects) is listed in the report.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath
from urllib.parse import unquote

from lxml import etree
from lxml import html as lxml_html

from studio.captions.io import read_caption_file
from studio.errors import ImportFormatError
from studio.importers.content import MediaFiles
from studio.importers.report import ImportReport
from studio.importers.safe_archive import SafeArchive, resolve_relative
from studio.importers.textutil import tidy_html
from studio.model.blocks import AudioBlock, Block, TextBlock, VideoBlock
from studio.model.captions import CaptionTrack, Chapter
from studio.sanitize import plain_text

PAGE_EXTS = (".html", ".htm", ".xhtml", ".xht")
VIDEO_EXTS = (".mp4", ".webm", ".m4v", ".mov", ".ogv", ".mkv")
AUDIO_EXTS = (".mp3", ".m4a", ".ogg", ".oga", ".wav", ".opus", ".aac", ".flac")
CAPTION_EXTS = (".vtt", ".srt")
MAX_PAGE_BYTES = 16 * 1024**2
_MARK = re.compile(r"\ue100(\d+)\ue101")
_REMOVED = ("script", "iframe", "object", "embed", "form", "canvas", "applet", "frame", "svg")
_FILEBASE = ("$IMS-CC-FILEBASE$/", "$IMS_CC_FILEBASE$/")


class PackageFiles:
    """Entries of a vetted archive, extracted on demand below ``workdir``."""

    def __init__(self, archive: SafeArchive, workdir: Path, media: MediaFiles, report: ImportReport) -> None:
        self.archive = archive
        self.folder = workdir / "package"
        self.media = media
        self.report = report
        self._paths: dict[str, Path] = {}
        self._assets: dict[str, str] = {}
        self.used: set[str] = set()

    def resolve(self, base: str, href: str) -> str | None:
        """The archive entry a page link points to, or None."""
        raw = unquote(href.strip())
        for prefix in _FILEBASE:
            if raw.startswith(prefix):
                name = "web_resources/" + raw[len(prefix):].split("#")[0].split("?")[0]
                return self.archive.find(name)
        target = resolve_relative(base, href)
        return self.archive.find(target) if target else None

    def path(self, name: str) -> Path:
        if name not in self._paths:
            self._paths[name] = self.archive.extract(name, self.folder)
        return self._paths[name]

    def asset(self, name: str) -> str:
        self.used.add(name)
        if name not in self._assets:
            self._assets[name] = self.media.add(self.path(name))
        return self._assets[name]


def parse_page(data: bytes, where: str) -> etree._Element:
    parser = lxml_html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True,
                                  remove_blank_text=False, huge_tree=False)
    try:
        doc = lxml_html.document_fromstring(data, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        raise ImportFormatError(f"the page cannot be read ({exc})", path=where,
                                hint="The package is damaged; export it again.") from exc
    return doc


def page_title(doc: etree._Element) -> str:
    for tag in ("title", "h1", "h2"):
        for el in doc.iter(tag):
            text = " ".join("".join(el.itertext()).split())
            if text:
                return text
    return ""


def _tracks(files: PackageFiles, page: str, el: etree._Element, report: ImportReport
            ) -> tuple[list[CaptionTrack], list[Chapter]]:
    tracks: list[CaptionTrack] = []
    chapters: list[Chapter] = []
    for tr in el.iter("track"):
        src = tr.get("src", "")
        name = files.resolve(page, src) if src else None
        if name is None:
            report.skipped(f"page {page}", f"caption file {src!r} is not in the package")
            continue
        files.used.add(name)
        try:
            cues = read_caption_file(files.path(name))
        except ImportFormatError as exc:
            report.skipped(f"captions {name}", exc.message)
            continue
        kind = (tr.get("kind") or "captions").lower()
        if kind == "chapters":
            chapters.extend(Chapter(c.start, c.text.replace("\n", " ")) for c in cues)
            continue
        if kind not in ("captions", "subtitles"):
            report.skipped(f"captions {name}", f"a {kind!r} track is not imported")
            continue
        lang = tr.get("srclang") or "en"
        tracks.append(CaptionTrack(language=lang, label=tr.get("label") or lang, kind=kind,  # type: ignore[arg-type]
                                   review="reviewed", cues=cues, source=f"imported {PurePosixPath(name).name}"))
    return tracks, chapters


def _media_block(files: PackageFiles, page: str, el: etree._Element, report: ImportReport) -> Block | None:
    src = el.get("src") or next((s.get("src", "") for s in el.iter("source") if s.get("src")), "")
    name = files.resolve(page, src) if src else None
    if name is None:
        report.skipped(f"page {page}", f"{el.tag} {src!r} is not in the package (online media are not imported)")
        return None
    asset = files.asset(name)
    tracks, chapters = _tracks(files, page, el, report)
    title = el.get("title") or el.get("aria-label") or ""
    if el.tag == "audio":
        return AudioBlock(asset=asset, title=title, tracks=tracks)
    poster_src = el.get("poster")
    poster_name = files.resolve(page, poster_src) if poster_src else None
    poster = files.asset(poster_name) if poster_name else None
    return VideoBlock(asset=asset, title=title, tracks=tracks, chapters=chapters, poster=poster)


def page_blocks(files: PackageFiles, page: str, report: ImportReport) -> tuple[str, list[Block]]:
    """The title of ``page`` (an archive entry) and all its blocks."""
    sections = page_sections(files, page, report)
    title = sections[0][0] if len(sections) == 1 else ""
    return title, [b for _, blocks in sections for b in blocks]


def page_sections(
    files: PackageFiles, page: str, report: ImportReport, depth: int = 0
) -> list[tuple[str, list[Block]]]:
    """``page`` as (title, blocks) sections: one per top-level ``<article>`` when a single
    page holds several (one-page courses), else one for the whole page. A page that is only
    a frame set (older tools) gives the sections of the package pages in its frames."""
    where = f"page {page}"
    data = files.archive.read(page, limit=MAX_PAGE_BYTES)
    files.used.add(page)
    if not data.strip():
        report.skipped(where, "empty page")
        return [("", [])]
    doc = parse_page(data, f"{files.archive.where}!{page}")
    title = page_title(doc)
    body = doc.find("body")
    if body is None:
        body = doc
    frames = [f.get("src", "") for f in doc.iter("frame", "iframe") if f.get("src")]
    removed: dict[str, int] = {}
    for tag in _REMOVED:
        count = sum(1 for _ in body.iter(tag))
        if count:
            removed[tag] = count
    for nav in [el for el in body.iter() if el.tag == "nav" or el.get("role") == "navigation"]:
        parent = nav.getparent()
        if parent is not None:
            nav.drop_tree()  # menus and pagers: the course outline replaces them
    articles = [a for a in body.iter("article") if not any(x.tag == "article" for x in a.iterancestors())]
    if len(articles) >= 2:
        sections = []
        for article in articles:
            heading = next((h for h in article.iter("h1", "h2", "h3")), None)
            section_title = " ".join("".join(heading.itertext()).split()) if heading is not None else ""
            if heading is not None:
                heading.drop_tree()
            sections.append((section_title, _element_blocks(files, page, article, report)))
        report.kept(where, f"one page holding {len(articles)} lessons, split into lessons")
    else:
        sections = [(title, _element_blocks(files, page, body, report))]
    blocks = [b for _, bl in sections for b in bl]
    if not blocks and frames and depth < 2:
        inner: list[tuple[str, list[Block]]] = []
        for src in frames:
            name = files.resolve(page, src)
            if name and name.lower().endswith(PAGE_EXTS) and name not in files.used:
                inner.extend(sec for sec in page_sections(files, name, report, depth + 1) if sec[1])
        if inner:
            report.kept(where, "a frame page: the package pages in its frames were imported")
            return inner
    if removed:
        what = ", ".join(f"{n} {tag}" for tag, n in sorted(removed.items()))
        report.skipped(where, f"removed interactive or embedded content: {what}")
    if any(isinstance(b, TextBlock) for b in blocks):
        report.raw_html(where, "kept as a page block (sanitized HTML)")
    elif not blocks:
        report.skipped(where, "no readable content (a page made by a JavaScript player?)")
    return sections


def _element_blocks(files: PackageFiles, page: str, root: etree._Element, report: ImportReport) -> list[Block]:
    media: list[Block | None] = []
    for el in list(root.iter("video", "audio")):
        block = _media_block(files, page, el, report)
        marker = etree.Element("p")
        marker.text = f"\ue100{len(media)}\ue101"
        marker.tail = el.tail
        parent = el.getparent()
        if parent is not None:
            parent.replace(el, marker)
        media.append(block)
    _rewrite_links(files, page, root, report)
    markup = (root.text or "") + "".join(
        etree.tostring(c, encoding="unicode", method="html", with_tail=True) for c in root
    )
    blocks: list[Block] = []
    pos = 0
    for match in _MARK.finditer(markup):
        _text_block(markup[pos:match.start()], blocks)
        block = media[int(match.group(1))]
        if block is not None:
            blocks.append(block)
        pos = match.end()
    _text_block(markup[pos:], blocks)
    return blocks


def _text_block(markup: str, blocks: list[Block]) -> None:
    cleaned = tidy_html(markup) if markup.strip() else ""
    cleaned = re.sub(r"<p>\s*</p>", "", cleaned).strip()
    if cleaned and (plain_text(cleaned) or "<img" in cleaned):
        blocks.append(TextBlock(html=cleaned))


def _rewrite_links(files: PackageFiles, page: str, body: etree._Element, report: ImportReport) -> None:
    for img in list(body.iter("img")):
        src = img.get("src", "")
        name = files.resolve(page, src) if src and not src.startswith("data:") else None
        if name is None:
            if not src.startswith(("http:", "https:")):
                report.skipped(f"page {page}", f"image {src[:60]!r} is not in the package")
                alt = img.get("alt", "")
                parent = img.getparent()
                if parent is not None:
                    prev = img.getprevious()
                    text = (alt + (img.tail or "")) if alt else (img.tail or "")
                    if prev is not None:
                        prev.tail = (prev.tail or "") + text
                    else:
                        parent.text = (parent.text or "") + text
                    parent.remove(img)
            continue
        img.set("src", f"asset:{files.asset(name)}")
    for link in body.iter("a"):
        href = link.get("href", "")
        if not href or href.startswith(("#", "http:", "https:", "mailto:")):
            continue
        name = files.resolve(page, href)
        if name is None or name.lower().endswith(PAGE_EXTS):
            del link.attrib["href"]
            continue
        link.set("href", f"asset:{files.asset(name)}")
