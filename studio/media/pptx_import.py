"""Import a PowerPoint deck as narrated slides: one module, one lesson per section.

Per slide the lesson gets an ``ImageBlock`` (the slide image; alt text from the
title and text; ``narration`` = speaker notes, the script to record) followed by
a ``TextBlock`` with the slide's text when it has any. Everything lands through
the project's command stack in one transaction, so one Undo removes the import.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path

from studio.commands import InsertItem, SetItem
from studio.jobs import Progress, null_progress
from studio.media.pptx_read import DeckContent, SlideContent, read_deck
from studio.media.slide_render import render_deck
from studio.model import ImageBlock, Lesson, MediaAsset, Module, TextBlock
from studio.project import Project
from studio.sanitize import sanitize_html
from studio.tempfiles import work_dir

ALT_LIMIT = 400  # characters; the full text follows in the slide's text block


@dataclass
class PptxImportReport:
    module_id: str
    lesson_ids: list[str]
    slides: int
    renderer: str  # "libreoffice" or "generated"
    notes: int  # slides with speaker notes
    warnings: list[str] = field(default_factory=list)


def slide_alt(slide: SlideContent) -> str:
    """Alt text of a slide image: its title, text and picture descriptions."""
    parts = [slide.title] if slide.title else []
    body = "; ".join(text for _, text, _ in slide.paragraphs)
    if body:
        parts.append(body)
    if slide.tables:
        parts.append(f"table with {len(slide.tables[0])} rows")
    parts += [f"picture: {p.alt}" for p in slide.pictures if p.alt]
    text = ". ".join(parts)
    if not text:
        return f"Slide {slide.number} (no text)"
    if len(text) > ALT_LIMIT:
        text = text[: ALT_LIMIT - 1].rsplit(" ", 1)[0] + "\u2026"
    return f"Slide {slide.number}: {text}"


def slide_html(slide: SlideContent) -> str:
    """The slide's text as sanitized rich text (lists keep their levels)."""
    out: list[str] = []
    if slide.title:
        out.append(f"<h3>{html.escape(slide.title)}</h3>")
    depth = 0  # open <ul> levels
    for level, text, is_item in slide.paragraphs:
        if not is_item:
            out.append("</li></ul>" * depth)
            depth = 0
            out.append(f"<p>{html.escape(text)}</p>")
            continue
        want = level + 1
        if depth == 0:
            out.append("<ul><li>")
            depth = 1
        elif want > depth:
            out.append("<ul><li>" * (want - depth))
            depth = want
        else:
            out.append("</li></ul>" * (depth - max(want, 1)))
            depth = max(want, 1)
            out.append("</li><li>")
        out.append(html.escape(text))
    out.append("</li></ul>" * depth)
    for table in slide.tables:
        rows = []
        for n, row in enumerate(table):
            tag = "th" if n == 0 else "td"
            scope = ' scope="col"' if n == 0 else ""
            cells = "".join(f"<{tag}{scope}>{html.escape(c)}</{tag}>" for c in row)
            rows.append(f"<tr>{cells}</tr>")
        out.append(f"<table>{''.join(rows)}</table>")
    return sanitize_html("".join(out))


def build_module(deck: DeckContent, images: list[MediaAsset]) -> Module:
    """The module the deck becomes (pure: no project, no stack)."""
    by_number = dict(zip((s.number for s in deck.slides), images, strict=True))
    slides = {s.number: s for s in deck.slides}
    groups = deck.sections or [(deck.title, [s.number for s in deck.slides])]
    seen: set[int] = set()
    module = Module(title=deck.title)
    for name, numbers in groups:
        lesson = Lesson(title=name)
        for number in numbers:
            seen.add(number)
            lesson.blocks += _slide_blocks(slides[number], by_number[number])
        module.lessons.append(lesson)
    rest = [n for n in slides if n not in seen]  # slides outside every section
    if rest:
        lesson = Lesson(title="Other slides")
        for number in rest:
            lesson.blocks += _slide_blocks(slides[number], by_number[number])
        module.lessons.append(lesson)
    return module


def _slide_blocks(slide: SlideContent, image: MediaAsset) -> list[ImageBlock | TextBlock]:
    blocks: list[ImageBlock | TextBlock] = [
        ImageBlock(asset=image.id, alt=slide_alt(slide), narration=slide.notes)
    ]
    if slide.has_text:
        blocks.append(TextBlock(html=slide_html(slide)))
    return blocks


@dataclass
class PreparedImport:
    """A deck ready to land in the course: the module and its staged slide images."""

    module: Module
    assets: dict[str, MediaAsset]
    report: PptxImportReport
    deck_name: str


def prepare_pptx_import(
    project: Project,
    deck_path: str | Path,
    progress: Progress | None = None,
    *,
    renderer: str = "auto",
) -> PreparedImport:
    """Read, render and stage the deck; changes nothing in the course (worker thread)."""
    from studio.media.media_blocks import stage_media

    progress = progress or null_progress()
    progress.update(0.0, "Reading the presentation")
    deck = read_deck(Path(deck_path))
    progress.update(0.1, f"{len(deck.slides)} slides")
    with work_dir("slides") as tmp:
        paths, used = render_deck(deck, Path(tmp), progress.sub(0.1, 0.8), renderer=renderer)
        assets: list[MediaAsset] = []
        for n, path in enumerate(paths):
            progress.update(0.8 + 0.19 * n / max(1, len(paths)), "Adding slide images")
            asset = stage_media(project, path)
            asset.filename = f"{deck.path.stem}-{path.stem}.png"
            assets.append(asset)
    progress.check()
    module = build_module(deck, assets)
    report = PptxImportReport(
        module_id=module.id,
        lesson_ids=[lesson.id for lesson in module.lessons],
        slides=len(deck.slides),
        renderer=used,
        notes=sum(1 for s in deck.slides if s.notes),
    )
    for slide in deck.slides:
        if slide.linked_pictures:
            report.warnings.append(
                f"slide {slide.number}: {slide.linked_pictures} linked picture(s) left out "
                "(Studio never opens links to files or web addresses); insert the picture "
                "into the deck instead of linking it, then import again"
            )
    progress.update(1.0, "Slides ready")
    return PreparedImport(module, {a.id: a for a in assets}, report, deck.path.name)


def apply_pptx_import(
    project: Project, prepared: PreparedImport, index: int | None = None
) -> PptxImportReport:
    """Add the prepared module and its images to the course: one undo step (GUI thread)."""
    course = project.course
    with project.stack.transaction(f"Import slides from {prepared.deck_name}"):
        for asset_id, asset in sorted(prepared.assets.items()):
            if asset_id not in course.media:
                project.stack.push(SetItem(course.media, asset_id, asset, "Add slide image"))
        project.stack.push(InsertItem(course.modules, index, prepared.module, "Add module"))
    return prepared.report


def import_pptx(
    project: Project,
    deck_path: str | Path,
    progress: Progress | None = None,
    *,
    index: int | None = None,
    renderer: str = "auto",
) -> PptxImportReport:
    """Import ``deck_path`` into ``project`` as a new module (one undo step).

    ``renderer``: "auto", "libreoffice" or "generated" (see ``render_deck``).
    """
    progress = progress or null_progress()
    prepared = prepare_pptx_import(project, deck_path, progress.sub(0.0, 0.99), renderer=renderer)
    report = apply_pptx_import(project, prepared, index)
    progress.update(1.0, "Slides imported")
    return report
