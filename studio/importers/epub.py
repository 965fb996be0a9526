"""EPUB 3 (and 2) books -> a course: one module, each spine chapter a lesson.

Chapter titles come from the navigation document (or the NCX, or the page's own
title); pages become page blocks with their images, audio and video as media.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from studio.errors import ImportFormatError
from studio.importers.content import CourseInfo, ImportedContent
from studio.importers.html_pages import PackageFiles, page_blocks
from studio.importers.report import ImportReport
from studio.importers.safe_archive import SafeArchive, resolve_relative
from studio.importers.safe_xml import child, children, descendants, local, parse_xml, text_of
from studio.importers.spec import ImporterSpec, Probe, ReadRequest
from studio.jobs import Progress
from studio.model.course import Lesson, Module

HTML_TYPES = ("application/xhtml+xml", "text/html")


def _opf_path(archive: SafeArchive) -> str:
    container = archive.find("META-INF/container.xml")
    if container is not None:
        root = parse_xml(archive.read(container), f"{archive.where}!{container}", what="container.xml")
        for rootfile in descendants(root, "rootfile"):
            path = rootfile.get("full-path", "")
            found = archive.find(path) if path else None
            if found:
                return found
    candidates = [n for n in archive.names() if n.lower().endswith(".opf")]
    if candidates:
        return candidates[0]
    raise ImportFormatError("the EPUB has no package document (.opf)", path=archive.where,
                            hint="The book is damaged; export it again.")


def _nav_titles(archive: SafeArchive, opf: str, manifest: dict[str, tuple[str, str, str]]) -> dict[str, str]:
    """Entry name -> title from the EPUB 3 nav document, else the EPUB 2 NCX."""
    titles: dict[str, str] = {}
    for href, media_type, props in manifest.values():
        if "nav" in props.split() and archive.find(href):
            root = parse_xml(archive.read(href), f"{archive.where}!{href}", what="navigation document")
            for nav in descendants(root, "nav"):
                kind = next((v for k, v in nav.attrib.items() if local(k) == "type"), "")
                if kind and kind != "toc":
                    continue
                for a in descendants(nav, "a"):
                    target = resolve_relative(href, a.get("href", "").split("#")[0])
                    if target and target not in titles:
                        titles[target] = text_of(a)
            if titles:
                return titles
        if media_type == "application/x-dtbncx+xml" and archive.find(href):
            root = parse_xml(archive.read(href), f"{archive.where}!{href}", what="NCX")
            for point in descendants(root, "navPoint"):
                content = child(point, "content")
                label = text_of(child(point, "navLabel"))
                if content is not None:
                    target = resolve_relative(href, content.get("src", "").split("#")[0])
                    if target and target not in titles:
                        titles[target] = label
    return titles


def read_epub(archive: SafeArchive, workdir: Path, report: ImportReport, progress: Progress) -> ImportedContent:
    opf = _opf_path(archive)
    root = parse_xml(archive.read(opf), f"{archive.where}!{opf}", what="package document")
    if local(root.tag) != "package":
        raise ImportFormatError("the package document does not start with <package>", path=archive.where,
                                hint="The book is damaged; export it again.")
    meta = child(root, "metadata")
    info = CourseInfo()
    if meta is not None:
        info.title = text_of(next(iter(descendants(meta, "title")), None))
        info.language = text_of(next(iter(descendants(meta, "language")), None))
        info.description = text_of(next(iter(descendants(meta, "description")), None))
        info.authors = [text_of(c) for c in descendants(meta, "creator") if text_of(c)]
        info.keywords = [text_of(c) for c in descendants(meta, "subject") if text_of(c)]
    manifest: dict[str, tuple[str, str, str]] = {}
    man_el = child(root, "manifest")
    for it in children(man_el, "item") if man_el is not None else []:
        href = resolve_relative(opf, it.get("href", ""))
        if href:
            manifest[it.get("id", "")] = (href, it.get("media-type", ""), it.get("properties", ""))
    titles = _nav_titles(archive, opf, manifest)
    spine = child(root, "spine")
    refs = children(spine, "itemref") if spine is not None else []
    content = ImportedContent(info=info)
    files = PackageFiles(archive, workdir, content.media, report)
    lessons: list[Lesson] = []
    for index, ref in enumerate(refs):
        progress.update(index / max(1, len(refs)), "Reading chapters")
        entry = manifest.get(ref.get("idref", ""))
        if entry is None:
            report.skipped(f"spine item {ref.get('idref', '')!r}", "not in the manifest")
            continue
        href, media_type, props = entry
        if "nav" in props.split():
            continue
        if media_type not in HTML_TYPES or archive.find(href) is None:
            report.skipped(f"chapter {href}", f"{media_type or 'unknown type'} is not a readable chapter")
            continue
        page_title, blocks = page_blocks(files, archive.find(href) or href, report)
        if not blocks:
            continue
        title = titles.get(href) or page_title or PurePosixPath(href).stem
        lessons.append(Lesson(title=title, blocks=blocks))
    if not lessons:
        raise ImportFormatError("no chapter of this EPUB could be imported", path=archive.where,
                                hint="Check that the book has XHTML chapters in its spine.")
    info.title = info.title or Path(archive.where).stem
    content.modules = [Module(title=info.title, lessons=lessons)]
    report.kept("book", f"EPUB {info.title!r}: {len(lessons)} chapter(s)")
    return content


def _sniff(probe: Probe) -> int:
    return 90 if probe.entry("META-INF/container.xml") or probe.entry("mimetype") else 0


def _read(request: ReadRequest) -> ImportedContent:
    return read_epub(request.need_archive(), request.workdir, request.report, request.progress)


SPEC = ImporterSpec(
    name="epub", label="EPUB 3", description="EPUB 3 (and 2) books, one lesson per chapter",
    extensions=(".epub",), kind="package", sniff=_sniff, read=_read, archive=True,
)
