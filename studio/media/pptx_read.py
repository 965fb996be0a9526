"""Read a PowerPoint deck (python-pptx) into plain data: no course, no files written.

What is kept per slide: title, body text with list levels, tables, pictures with
their alt text (``descr``), speaker notes (the narration script); grouped shapes
are walked recursively. Sections (PowerPoint 2010 ``p14:sectionLst``) are read
from the presentation XML because python-pptx has no API for them.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from studio.errors import ImportFormatError
from studio.zip_limits import vet_entries

CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # OLE compound file (encrypted OOXML, .ppt)
_P14 = "http://schemas.microsoft.com/office/powerpoint/2010/main"


@dataclass
class SlidePicture:
    blob: bytes
    ext: str  # ".png", ".jpg"...
    alt: str
    # Position on the slide as fractions of the slide size: left, top, width, height.
    box: tuple[float, float, float, float] = (0.0, 0.0, 1.0, 1.0)


@dataclass
class SlideContent:
    number: int  # 1-based, as PowerPoint shows it
    slide_id: int
    title: str = ""
    # Body text as (list level, text, is_list_item) in reading order.
    paragraphs: list[tuple[int, str, bool]] = field(default_factory=list)
    tables: list[list[list[str]]] = field(default_factory=list)
    pictures: list[SlidePicture] = field(default_factory=list)
    notes: str = ""
    # Pictures linked to a file or URL instead of embedded: never fetched, so missing.
    linked_pictures: int = 0

    @property
    def body_text(self) -> str:
        lines = [text for _, text, _ in self.paragraphs]
        for table in self.tables:
            lines += [" | ".join(row) for row in table]
        return "\n".join(lines)

    @property
    def has_text(self) -> bool:
        return bool(self.paragraphs or self.tables)


@dataclass
class DeckContent:
    path: Path
    title: str
    width: int  # EMU
    height: int
    slides: list[SlideContent]
    # (section name, slide numbers); empty when the deck has no sections.
    sections: list[tuple[str, list[int]]] = field(default_factory=list)


def _refuse_non_ooxml(path: Path) -> None:
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
            rest = fh.read(4 * 1024 * 1024) if head == CFB_MAGIC else b""
    except OSError as exc:
        raise ImportFormatError(f"cannot read the file ({exc})", path=path) from exc
    if head == CFB_MAGIC:
        if "EncryptedPackage".encode("utf-16-le") in rest:
            raise ImportFormatError(
                "this presentation is password-protected (encrypted)",
                path=path,
                hint="open it in PowerPoint, remove the password (File > Info > Protect "
                "Presentation), save, and import it again.",
            )
        raise ImportFormatError(
            "this is an old binary PowerPoint file (.ppt), not a .pptx",
            path=path,
            hint="open it in PowerPoint or LibreOffice Impress and save it as .pptx.",
        )
    if not zipfile.is_zipfile(path):
        raise ImportFormatError(
            "this file is damaged or is not a PowerPoint .pptx presentation",
            path=path,
            hint="open it in PowerPoint or LibreOffice Impress, save it again as .pptx, "
            "and import the new file.",
        )
    # A .pptx is a zip: the same limits as every package (a 2 MB deck must not
    # inflate to gigabytes in memory), before python-pptx reads a byte of it.
    try:
        with zipfile.ZipFile(path) as deck:
            vet_entries(deck.infolist(), str(path))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ImportFormatError(f"this presentation cannot be opened ({exc})", path=path,
                                hint="save it again as .pptx and import the new file.") from exc


def read_deck(path: Path) -> DeckContent:
    """Parse ``path``; a damaged, encrypted or non-pptx file is an ``ImportFormatError``."""
    path = Path(path)
    if not path.is_file():
        raise ImportFormatError("file not found", path=path, hint="check the path.")
    _refuse_non_ooxml(path)
    from pptx import Presentation

    try:
        prs = Presentation(str(path))
        slides = [_read_slide(n, slide, prs) for n, slide in enumerate(prs.slides, start=1)]
        title = (prs.core_properties.title or "").strip() or path.stem
        sections = _read_sections(prs, {s.slide_id: s.number for s in slides})
        width, height = int(prs.slide_width or 12192000), int(prs.slide_height or 6858000)
    except ImportFormatError:
        raise
    except Exception as exc:  # python-pptx raises KeyError/ValueError/lxml errors alike
        raise ImportFormatError(
            f"this presentation is damaged and cannot be read ({type(exc).__name__}: {exc})",
            path=path,
            hint="open it in PowerPoint or LibreOffice Impress, save it again as .pptx, "
            "and import the new file.",
        ) from exc
    return DeckContent(path, title, width, height, slides, sections)


def _read_sections(prs: Any, numbers: dict[int, int]) -> list[tuple[str, list[int]]]:
    sections: list[tuple[str, list[int]]] = []
    for section in prs.element.iter(f"{{{_P14}}}section"):
        ids = [int(e.get("id")) for e in section.iter(f"{{{_P14}}}sldId")]
        members = [numbers[i] for i in ids if i in numbers]
        sections.append((section.get("name") or "Section", members))
    return [s for s in sections if s[1]]


def _text(value: str) -> str:
    # Vertical tab is PowerPoint's line break inside a paragraph.
    return " ".join(value.replace("\x0b", " ").split())


def _read_slide(number: int, slide: Any, prs: Any) -> SlideContent:
    content = SlideContent(number=number, slide_id=int(slide.slide_id))
    title_shape = slide.shapes.title
    if title_shape is not None and title_shape.has_text_frame:
        content.title = _text(title_shape.text_frame.text)
    slide_w = float(prs.slide_width or 12192000)
    slide_h = float(prs.slide_height or 6858000)
    title_id = title_shape.shape_id if title_shape is not None else None
    _read_shapes(slide.shapes, content, title_id, slide_w, slide_h)
    if slide.has_notes_slide:
        frame = slide.notes_slide.notes_text_frame
        if frame is not None:
            paragraphs = [p.text.replace("\x0b", "\n").strip() for p in frame.paragraphs]
            content.notes = "\n".join(p for p in paragraphs if p)
    return content


def _read_shapes(
    shapes: Any, content: SlideContent, title_id: int | None, slide_w: float, slide_h: float
) -> None:
    from pptx.enum.shapes import MSO_SHAPE_TYPE, PP_PLACEHOLDER

    # Reading order: top to bottom, then left to right (how a sighted reader scans).
    ordered = sorted(shapes, key=lambda s: ((s.top or 0), (s.left or 0)))
    for shape in ordered:
        if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
            _read_shapes(shape.shapes, content, title_id, slide_w, slide_h)
            continue
        if title_id is not None and shape.shape_id == title_id and shape.is_placeholder:
            continue
        if shape.is_placeholder and shape.placeholder_format.type in (
            PP_PLACEHOLDER.SLIDE_NUMBER,
            PP_PLACEHOLDER.DATE,
            PP_PLACEHOLDER.FOOTER,
        ):
            continue
        if getattr(shape, "has_table", False) and shape.has_table:
            rows = [[_text(cell.text) for cell in row.cells] for row in shape.table.rows]
            if any(any(cells) for cells in rows):
                content.tables.append(rows)
            continue
        if shape.shape_type == MSO_SHAPE_TYPE.PICTURE or hasattr(shape, "image"):
            try:
                image = shape.image
            except (AttributeError, ValueError, KeyError):
                # A linked (not embedded) picture: Studio never follows the link.
                content.linked_pictures += 1
                continue
            c_nv_pr = shape._element.xpath("./*[1]/p:cNvPr")
            alt = _text(c_nv_pr[0].get("descr", "")) if c_nv_pr else ""
            box = (
                (shape.left or 0) / slide_w,
                (shape.top or 0) / slide_h,
                (shape.width or 0) / slide_w,
                (shape.height or 0) / slide_h,
            )
            content.pictures.append(SlidePicture(image.blob, "." + image.ext.lower(), alt, box))
            continue
        if shape.has_text_frame:
            paragraphs = [p for p in shape.text_frame.paragraphs if _text(p.text)]
            is_body = shape.is_placeholder and shape.placeholder_format.type in (
                PP_PLACEHOLDER.BODY,
                PP_PLACEHOLDER.OBJECT,
            )
            as_list = is_body or len(paragraphs) > 1
            for para in paragraphs:
                content.paragraphs.append((int(para.level), _text(para.text), as_list))
