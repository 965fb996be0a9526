"""Slide images: LibreOffice when installed, otherwise a clean generated slide.

LibreOffice renders the deck faithfully (``soffice --headless --convert-to pdf``,
then ``pdftoppm`` to PNG). Without it, Studio draws each slide with Pillow from
its title, text, tables and pictures: readable, high contrast, no layout tricks.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from functools import lru_cache
from pathlib import Path
from typing import Any

from studio.errors import MediaError
from studio.jobs import Progress, null_progress
from studio.media.pptx_read import DeckContent, SlideContent
from studio.tempfiles import work_dir

WIDTH = 1280
_BACKGROUND = (255, 255, 255)
_TITLE = (20, 40, 80)
_TEXT = (25, 25, 25)
_ACCENT = (40, 90, 170)
_FONT_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/Library/Fonts"),
    Path("C:/Windows/Fonts"),
)


def slide_size(deck: DeckContent) -> tuple[int, int]:
    height = round(WIDTH * deck.height / deck.width) if deck.width else 720
    return WIDTH, height + height % 2  # even, for H.264


def libreoffice_exe() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def render_deck(
    deck: DeckContent,
    out_dir: Path,
    progress: Progress | None = None,
    *,
    renderer: str = "auto",
) -> tuple[list[Path], str]:
    """Write one PNG per slide into ``out_dir``; returns (paths, renderer used).

    ``renderer``: "auto" (LibreOffice when installed, else generated), "libreoffice"
    (an error when it is missing or fails) or "generated".
    """
    progress = progress or null_progress()
    if renderer == "libreoffice" and not (libreoffice_exe() and shutil.which("pdftoppm")):
        raise MediaError(
            "LibreOffice (soffice) and pdftoppm are needed to render the slides",
            hint="install LibreOffice Impress and poppler-utils, or use the generated slides.",
        )
    if renderer != "generated" and libreoffice_exe() and shutil.which("pdftoppm"):
        paths = _render_with_libreoffice(deck, out_dir, progress)
        if paths is not None:
            return paths, "libreoffice"
        if renderer == "libreoffice":
            raise MediaError("LibreOffice could not render the slides", path=deck.path)
    paths = []
    size = slide_size(deck)
    for n, slide in enumerate(deck.slides):
        progress.update(n / max(1, len(deck.slides)), f"Drawing slide {slide.number}")
        path = out_dir / f"slide-{slide.number:03d}.png"
        draw_slide(slide, size).save(path, format="PNG", optimize=True)
        paths.append(path)
    progress.update(1.0, "Slides drawn")
    return paths, "generated"


def _render_with_libreoffice(
    deck: DeckContent, out_dir: Path, progress: Progress
) -> list[Path] | None:
    exe = libreoffice_exe()
    assert exe is not None
    progress.update(0.05, "Rendering slides with LibreOffice")
    with work_dir("lo") as tmp:
        profile = Path(tmp) / "profile"  # never touch the user's LibreOffice profile
        try:
            offline = offline_copy(deck.path, Path(tmp) / "deck.pptx")
        except (OSError, zipfile.BadZipFile, ValueError):
            return None  # fall back to generated slides
        cmd = [
            *_no_network_prefix(),
            exe,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp),
            str(offline),
        ]
        try:
            subprocess.run(cmd, check=True, capture_output=True, timeout=600)
            pdf = Path(tmp) / (offline.stem + ".pdf")
            progress.update(0.6, "Converting slides to images")
            width, height = slide_size(deck)
            subprocess.run(
                [
                    "pdftoppm",
                    "-png",
                    "-scale-to-x",
                    str(width),
                    "-scale-to-y",
                    str(height),
                    str(pdf),
                    str(Path(tmp) / "page"),
                ],
                check=True,
                capture_output=True,
                timeout=600,
            )
        except (OSError, subprocess.SubprocessError):
            return None  # fall back to generated slides
        pages = sorted(Path(tmp).glob("page*.png"))
        if len(pages) != len(deck.slides):
            return None
        paths = []
        for slide, page in zip(deck.slides, pages, strict=True):
            target = out_dir / f"slide-{slide.number:03d}.png"
            shutil.move(str(page), target)
            paths.append(target)
    return paths


def offline_copy(deck_path: Path, target: Path) -> Path:
    """A copy of the deck in which no relationship points outside the file.

    Linked pictures, media, OLE objects and hyperlinks are external relationships
    (``TargetMode="External"``); LibreOffice follows them while drawing, which
    fetches ``http://`` links and draws ``file://`` pictures from the disk. Each one
    is pointed at a part that does not exist, so nothing is fetched or read.
    """
    with zipfile.ZipFile(deck_path) as source, zipfile.ZipFile(target, "w") as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename.endswith(".rels") and b"External" in data:
                data = _internal_only(data)
            out.writestr(info, data)
    return target


def _internal_only(rels: bytes) -> bytes:
    from lxml import etree
    from pptx.oxml import parse_xml  # python-pptx's parser: entities are not resolved

    root = parse_xml(rels)
    for rel in root:
        if rel.get("TargetMode") == "External":
            del rel.attrib["TargetMode"]
            rel.set("Target", _NOWHERE)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


_NOWHERE = "/studio-removed-external-link"


@lru_cache(maxsize=1)
def _no_network_prefix() -> tuple[str, ...]:
    """``unshare`` into an empty network namespace where the system allows it (Linux)."""
    unshare = shutil.which("unshare")
    if unshare is None:
        return ()
    for flags in ("-rn", "-n"):
        try:
            probe = subprocess.run([unshare, flags, "true"], capture_output=True, timeout=30)
        except (OSError, subprocess.SubprocessError):
            continue
        if probe.returncode == 0:
            return (unshare, flags)
    return ()


@lru_cache(maxsize=8)
def _font_file(bold: bool) -> str | None:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    for folder in _FONT_DIRS:
        if (folder / name).is_file():
            return str(folder / name)
    return None


def _font(size: int, bold: bool = False) -> Any:
    from PIL import ImageFont

    path = _font_file(bold)
    if path:
        return ImageFont.truetype(path, size)
    return ImageFont.load_default(size)


def _wrap(draw: Any, text: str, font: Any, width: int) -> list[str]:
    words, lines, line = text.split(), [], ""
    for word in words:
        candidate = f"{line} {word}".strip()
        if draw.textlength(candidate, font=font) <= width or not line:
            line = candidate
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def draw_slide(slide: SlideContent, size: tuple[int, int]) -> Any:
    """A generated slide: title bar, wrapped text and tables, the first picture on the right."""
    from PIL import Image, ImageDraw

    width, height = size
    image = Image.new("RGB", size, _BACKGROUND)
    draw = ImageDraw.Draw(image)
    margin = width // 20
    draw.rectangle([0, 0, width, height // 90 + 4], fill=_ACCENT)
    text_right = width - margin
    picture = slide.pictures[0] if slide.pictures else None
    if picture is not None:
        alone = not (slide.has_text or slide.title)
        text_right = margin if alone else int(width * 0.56)
        top = margin if alone else height // 5
        _paste_picture(image, picture.blob, (text_right, top, width - margin, height - margin))
    y = margin
    if slide.title:
        font = _font(max(20, height // 14), bold=True)
        for line in _wrap(draw, slide.title, font, text_right - margin)[:3]:
            draw.text((margin, y), line, font=font, fill=_TITLE)
            y += int(font.size * 1.25)
        y += height // 30
    body = _font(max(14, height // 26))
    step = int(body.size * 1.35)
    for level, text, is_item in slide.paragraphs:
        indent = margin + level * body.size * 2
        if is_item:
            draw.text((indent, y), "\u2022", font=body, fill=_ACCENT)
            indent += body.size
        for line in _wrap(draw, text, body, text_right - indent):
            if y + step > height - margin // 2:
                return image
            draw.text((indent, y), line, font=body, fill=_TEXT)
            y += step
    small = _font(max(12, height // 34))
    for table in slide.tables:
        y += step // 2
        for row_index, row in enumerate(table):
            if y + step > height - margin // 2:
                return image
            cell_w = (text_right - margin) // max(1, len(row))
            for col, cell in enumerate(row):
                x = margin + col * cell_w
                draw.rectangle([x, y, x + cell_w, y + step], outline=_ACCENT)
                font = _font(small.size, bold=row_index == 0)
                shown = _wrap(draw, cell, font, cell_w - 8)[:1]
                draw.text((x + 4, y + 4), shown[0] if shown else "", font=font, fill=_TEXT)
            y += step
    return image


def _paste_picture(image: Any, blob: bytes, box: tuple[int, int, int, int]) -> None:
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(blob)) as pic:
            left, top, right, bottom = box
            # Scale to fit the box (up or down), centred, keeping the aspect ratio.
            fitted = ImageOps.contain(
                pic.convert("RGBA"), (max(1, right - left), max(1, bottom - top))
            )
            x = left + (right - left - fitted.width) // 2
            y = top + (bottom - top - fitted.height) // 2
            image.paste(fitted, (x, y), fitted)
    except (UnidentifiedImageError, OSError, ValueError):
        pass  # a vector or unknown picture format: leave the space empty
