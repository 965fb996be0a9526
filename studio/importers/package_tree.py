"""Shared by the SCORM and Common Cartridge readers: organization -> modules and lessons,
resource files -> blocks, and media no page used (e.g. an Articulate ``story_content`` video)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import PurePosixPath

from studio.errors import ImportFormatError
from studio.importers.html_pages import (
    AUDIO_EXTS,
    CAPTION_EXTS,
    PAGE_EXTS,
    VIDEO_EXTS,
    PackageFiles,
    page_blocks,
    page_sections,
)
from studio.importers.manifest import Item, Manifest, Resource, leaves
from studio.importers.qti_files import quizzes_from_xml
from studio.importers.report import ImportReport
from studio.importers.safe_xml import local, parse_xml
from studio.jobs import Progress
from studio.model.blocks import AttachmentBlock, AudioBlock, Block, QuizBlock, VideoBlock
from studio.model.captions import CaptionTrack
from studio.model.course import Lesson, Module

Sections = list[tuple[str, list[Block]]]  # (title, blocks) of the lessons one item gives
LessonBuilder = Callable[[Item, Resource | None], Sections]


def build_modules(
    manifest: Manifest, default_title: str, lesson_blocks: LessonBuilder, report: ImportReport,
    progress: Progress,
) -> list[Module]:
    """Items with children become modules; their resources (any depth) become lessons;
    consecutive top-level resources share a module named after the organization."""
    modules: list[Module] = []
    loose: list[Lesson] = []
    total = sum(max(1, len(leaves(top))) for top in manifest.items) or 1
    done = 0

    def lesson(item: Item) -> list[Lesson]:
        nonlocal done
        done += 1
        progress.update(done / total, f"Reading {item.title or item.resource}")
        resource = manifest.resources.get(item.resource or "")
        if resource is None:
            report.skipped(f"item {item.title!r}", f"refers to a missing resource {item.resource!r}")
            return []
        sections = [(t, b) for t, b in lesson_blocks(item, resource) if b]
        if len(sections) == 1:
            return [Lesson(title=item.title or sections[0][0] or "Lesson", blocks=sections[0][1])]
        return [Lesson(title=t or item.title or "Lesson", blocks=b) for t, b in sections]

    def flush() -> None:
        if loose:
            modules.append(Module(title=default_title, lessons=list(loose)))
            loose.clear()

    for top in manifest.items:
        if top.children:
            flush()
            lessons = [les for it in leaves(top) for les in lesson(it)]
            if lessons:
                modules.append(Module(title=top.title or "Module", lessons=lessons))
        elif top.resource:
            loose.extend(lesson(top))
    flush()
    return modules


def resource_sections(
    files: PackageFiles, resource: Resource, report: ImportReport, players: bool = True
) -> Sections:
    """Lessons for a launchable resource: its page (split if it holds several lessons), media
    file or document, plus its QTI files. With ``players``, a launch page that is a JavaScript
    player gives the content pages it shows instead (see ``player_pages``)."""
    from studio.importers.player_pages import player_sections

    sections: Sections = []
    href = resource.href
    found = files.archive.find(href) if href is not None else None
    if href is not None and found is None:
        report.skipped(f"resource {resource.identifier}", f"its file {href!r} is not in the package")
    if found is not None:
        if found.lower().endswith(PAGE_EXTS):
            shown = player_sections(files, resource, found, report) if players else None
            sections = shown if shown is not None else page_sections(files, found, report)
        else:
            sections = [("", file_blocks(files, found, report))]
    quizzes: list[Block] = []
    for name in resource.files:
        if name == found or not name.lower().endswith(".xml") or files.archive.find(name) is None:
            continue
        quizzes.extend(qti_blocks(files, name, report))
    if quizzes:
        if sections:
            sections[-1][1].extend(quizzes)
        else:
            sections = [("", quizzes)]
    return sections


def file_blocks(files: PackageFiles, name: str, report: ImportReport) -> list[Block]:
    lower = name.lower()
    if lower.endswith(PAGE_EXTS):
        _, blocks = page_blocks(files, name, report)
        return blocks
    if lower.endswith(VIDEO_EXTS + AUDIO_EXTS):
        return [media_file_block(files, name, report)]
    if lower.endswith(".xml"):
        return qti_blocks(files, name, report)
    title = PurePosixPath(name).name
    return [AttachmentBlock(asset=files.asset(name), title=title)]


def qti_blocks(files: PackageFiles, name: str, report: ImportReport) -> list[Block]:
    head = files.archive.read(name)
    if b"questestinterop" not in head[:4096] and b"assessmentItem" not in head[:4096]:
        return []
    where = f"{files.archive.where}!{name}"
    try:
        root = parse_xml(head, where, what="QTI file")
        if local(root.tag) not in ("questestinterop", "assessmentItem"):
            return []
        quizzes = quizzes_from_xml(root, where, report, PurePosixPath(name).stem)
    except ImportFormatError as exc:
        report.skipped(f"file {name}", exc.message)
        return []
    files.used.add(name)
    return [QuizBlock(quiz=q) for q in quizzes if q.questions]


def sidecar_tracks(files: PackageFiles, name: str, report: ImportReport) -> list[CaptionTrack]:
    """Caption files next to a media file: ``talk.vtt``, ``talk.en.srt``..."""
    from studio.captions.io import read_caption_file

    path = PurePosixPath(name)
    stem = path.stem.lower()
    tracks = []
    for other in files.archive.names():
        op = PurePosixPath(other)
        if op.parent != path.parent or op.suffix.lower() not in CAPTION_EXTS:
            continue
        ostem = op.stem.lower()
        if ostem != stem and not ostem.startswith(stem + "."):
            continue
        lang = ostem[len(stem) + 1:] if ostem != stem else "en"
        lang = lang if 2 <= len(lang) <= 8 and lang.replace("-", "").isalpha() else "en"
        files.used.add(other)
        try:
            cues = read_caption_file(files.path(other))
        except ImportFormatError as exc:
            report.skipped(f"captions {other}", exc.message)
            continue
        tracks.append(CaptionTrack(language=lang, label=lang, review="reviewed", cues=cues,
                                   source=f"imported {op.name}"))
    return tracks


def media_file_block(files: PackageFiles, name: str, report: ImportReport) -> Block:
    asset = files.asset(name)
    title = PurePosixPath(name).stem.replace("_", " ")
    tracks = sidecar_tracks(files, name, report)
    if name.lower().endswith(AUDIO_EXTS):
        return AudioBlock(asset=asset, title=title, tracks=tracks)
    return VideoBlock(asset=asset, title=title, tracks=tracks)


def orphan_media(files: PackageFiles, report: ImportReport) -> Lesson | None:
    """Videos and audio no page used, as blocks of one lesson (Articulate-style players)."""
    blocks: list[Block] = []
    for name in files.archive.names():
        if name in files.used or not name.lower().endswith(VIDEO_EXTS + AUDIO_EXTS):
            continue
        blocks.append(media_file_block(files, name, report))
        report.kept(f"file {name}", "media file no page showed directly, kept as a block")
    return Lesson(title="Media from the package", blocks=blocks) if blocks else None


def unused_pages(files: PackageFiles, report: ImportReport) -> None:
    pages = [n for n in files.archive.names() if n.lower().endswith(PAGE_EXTS) and n not in files.used]
    if pages:
        shown = ", ".join(pages[:5]) + (" ..." if len(pages) > 5 else "")
        report.skipped("package", f"{len(pages)} page(s) not reachable from the organization: {shown}")
