"""IMS Common Cartridge 1.0-1.3 (Canvas, Moodle, Blackboard, D2L exports) -> a course.

The organization's modules become modules; each item becomes a lesson holding
what its resource is: web content (pages, documents, media), web links (link
blocks), discussion topics (discussion blocks) and QTI assessments (quizzes,
including Canvas' ``non_cc_assessments``). LTI links, assignments and question
banks are listed in the report.
"""

from __future__ import annotations

from pathlib import Path

from studio.errors import ImportFormatError
from studio.importers.content import CourseInfo, ImportedContent
from studio.importers.html_pages import PackageFiles
from studio.importers.manifest import Item, Resource, read_manifest
from studio.importers.package_tree import (
    Sections,
    build_modules,
    file_blocks,
    orphan_media,
    qti_blocks,
    unused_pages,
)
from studio.importers.report import ImportReport
from studio.importers.safe_archive import SafeArchive
from studio.importers.safe_xml import child, descendants, inner_xml, parse_xml, text_of
from studio.importers.spec import ImporterSpec, Probe, ReadRequest
from studio.jobs import Progress
from studio.model.blocks import Block, DiscussionBlock, LinkBlock, QuizBlock
from studio.model.course import Module
from studio.sanitize import is_safe_url, sanitize_html


def _xml_file(files: PackageFiles, resource: Resource) -> str | None:
    for name in ([resource.href] if resource.href else []) + resource.files:
        if name and name.lower().endswith((".xml", ".qti")) and files.archive.find(name):
            return files.archive.find(name)
    return None


def _weblink(files: PackageFiles, resource: Resource, item: Item, report: ImportReport) -> list[Block]:
    name = _xml_file(files, resource)
    if name is None:
        report.skipped(f"item {item.title!r}", "web link without its XML file")
        return []
    root = parse_xml(files.archive.read(name), f"{files.archive.where}!{name}", what="web link")
    url_el = next(iter(descendants(root, "url")), None)
    url = (url_el.get("href", "") if url_el is not None else "").strip()
    if not url or not is_safe_url(url) or not url.lower().startswith(("http:", "https:", "mailto:")):
        report.skipped(f"item {item.title!r}", f"web link with an unusable address {url[:80]!r}")
        return []
    files.used.add(name)
    title = text_of(child(root, "title")) or item.title or url
    return [LinkBlock(url=url, title=title)]


def _discussion(files: PackageFiles, resource: Resource, item: Item, report: ImportReport) -> list[Block]:
    name = _xml_file(files, resource)
    if name is None:
        report.skipped(f"item {item.title!r}", "discussion topic without its XML file")
        return []
    root = parse_xml(files.archive.read(name), f"{files.archive.where}!{name}", what="discussion topic")
    files.used.add(name)
    text_el = child(root, "text")
    prompt = ""
    if text_el is not None:
        texttype = (text_el.get("texttype") or "text/plain").lower()
        raw = (text_el.text or "") if "html" in texttype else inner_xml(text_el)
        prompt = sanitize_html(raw) if "html" in texttype else sanitize_html(f"<p>{raw}</p>")
    if descendants(root, "attachment"):
        report.skipped(f"item {item.title!r}", "discussion attachments are not imported")
    title = text_of(child(root, "title")) or item.title or "Discussion"
    return [DiscussionBlock(title=title, prompt=prompt)]


def _assessment(files: PackageFiles, resource: Resource, item: Item, report: ImportReport) -> list[Block]:
    names = [n for n in ([resource.href] if resource.href else []) + resource.files
             if n and n.lower().endswith((".xml", ".qti"))]
    blocks: list[Block] = []
    for name in names:
        found = files.archive.find(name)
        if found is not None:
            blocks.extend(qti_blocks(files, found, report))
        if blocks:
            break
    for block in blocks:
        if isinstance(block, QuizBlock) and item.title:
            block.quiz.title = item.title
    if not blocks:
        report.skipped(f"item {item.title!r}", "assessment without readable QTI")
    return blocks


def cc_blocks(files: PackageFiles, item: Item, resource: Resource, report: ImportReport) -> list[Block]:
    kind = resource.type.lower()
    label = f"item {item.title!r}"
    if kind.startswith("imswl_"):
        return _weblink(files, resource, item, report)
    if kind.startswith("imsdt_"):
        return _discussion(files, resource, item, report)
    if "assessment" in kind and "imsqti" in kind:
        return _assessment(files, resource, item, report)
    if "question-bank" in kind:
        report.skipped(label, "question bank (not placed in the course) skipped")
        return []
    if "basiclti" in kind or "lti" in kind.split("_")[0]:
        report.skipped(label, "LTI tool link skipped (it needs the LMS's tool configuration)")
        return []
    if kind == "webcontent" or kind.startswith("associatedcontent"):
        if resource.href and files.archive.find(resource.href):
            return file_blocks(files, files.archive.find(resource.href) or resource.href, report)
        qti = [n for n in resource.files if n.lower().endswith(".qti")]
        if qti:
            return _assessment(files, resource, item, report)
        report.skipped(label, "resource without a launchable file")
        return []
    report.skipped(label, f"resource type {resource.type!r} is not supported")
    return []


def read_cc(archive: SafeArchive, workdir: Path, report: ImportReport, progress: Progress) -> ImportedContent:
    manifest = read_manifest(archive)
    content = ImportedContent()
    files = PackageFiles(archive, workdir, content.media, report)
    title = manifest.title or manifest.organization_title or Path(archive.where).stem
    report.kept("package", f"Common Cartridge {manifest.schema_version or ''} {title!r}".replace("  ", " "))
    # CC wraps the modules in one root item ("LearningModules"): unwrap it.
    items = manifest.items
    if len(items) == 1 and items[0].children and not items[0].resource:
        manifest.items = items[0].children

    def blocks(item: Item, resource: Resource | None) -> Sections:
        return [("", cc_blocks(files, item, resource, report))] if resource is not None else []

    modules = build_modules(manifest, title, blocks, report, progress)
    extra = orphan_media(files, report)
    if extra is not None:
        if modules:
            modules[-1].lessons.append(extra)
        else:
            modules.append(Module(title=title, lessons=[extra]))
    unused_pages(files, report)
    if not modules:
        raise ImportFormatError("nothing in this cartridge could be imported", path=archive.where,
                                hint="Check that the cartridge has modules with pages, links, "
                                "discussions or quizzes.")
    content.modules = modules
    content.info = CourseInfo(title=title, description=manifest.description, language=manifest.language,
                              keywords=manifest.keywords)
    return content


_CC_MARKERS = (b"imscc", b"imsccv1p", b"imswl_", b"imsdt_")


def _sniff(probe: Probe) -> int:
    head = probe.manifest_head
    return 70 if head is not None and any(m in head for m in _CC_MARKERS) else 0


def _read(request: ReadRequest) -> ImportedContent:
    return read_cc(request.need_archive(), request.workdir, request.report, request.progress)


SPEC = ImporterSpec(
    name="cc", label="Common Cartridge", description="IMS Common Cartridge 1.0-1.3 (Canvas, Moodle, Blackboard, D2L)",
    extensions=(".imscc", ".zip"), kind="package", sniff=_sniff, read=_read, archive=True,
)
