"""Front and back matter of the book: cover image and page, title page, navigation.

The cover is drawn with Pillow from the course title and authors (or is the
author's own image); it is drawn the same way every time, so the same course
gives the same bytes. The navigation document lists modules and their lessons
and carries landmarks (cover, contents, start of the lessons, answer key).
"""

from __future__ import annotations

import io
import textwrap
from dataclasses import dataclass
from pathlib import Path

from studio.errors import ExportError
from studio.exporters.epub.xhtml import esc
from studio.exporters.ims import licence
from studio.exporters.render.strings import learner_strings
from studio.model import Course

COVER_SIZE = (1200, 1800)
_BACKGROUND = (22, 61, 92)  # dark blue: white text on it passes WCAG AAA contrast
_ACCENT = (242, 169, 59)
_FONT_FILES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
)


def _font(size: int, bold: bool = True) -> object:
    from PIL import ImageFont

    candidates = _FONT_FILES if bold else _FONT_FILES[1:]
    for name in candidates:
        if Path(name).is_file():
            return ImageFont.truetype(name, size)
    return ImageFont.load_default(size=size)


def draw_cover(course: Course) -> bytes:
    """A PNG cover: the title in large type, the authors below, on a plain background."""
    from PIL import Image, ImageDraw

    width, height = COVER_SIZE
    img = Image.new("RGB", COVER_SIZE, _BACKGROUND)
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, height - 120, width, height), fill=_ACCENT)
    margin = 110
    title = " ".join(course.title.split()) or "Untitled course"
    size = 120 if len(title) < 30 else 96 if len(title) < 70 else 72
    font = _font(size)
    lines = textwrap.wrap(title, width=max(8, int((width - 2 * margin) / (size * 0.58))))[:7]
    y = 380
    for line in lines:
        draw.text((margin, y), line, font=font, fill=(255, 255, 255))  # type: ignore[arg-type]
        y += int(size * 1.2)
    if course.authors:
        small = _font(52, bold=False)
        y += 80
        for line in textwrap.wrap(", ".join(course.authors), width=36)[:3]:
            draw.text((margin, y), line, font=small, fill=(230, 236, 242))  # type: ignore[arg-type]
            y += 66
    out = io.BytesIO()
    img.save(out, "PNG")  # optimize=True would take twice as long to save about 3 KB
    return out.getvalue()


def cover_from_file(path: Path) -> tuple[bytes, str]:
    """The author's cover image, as JPEG or PNG bytes and their extension."""
    try:
        from PIL import Image

        with Image.open(path) as img:
            fmt = (img.format or "").upper()
            if fmt in ("JPEG", "PNG"):
                return path.read_bytes(), ".jpg" if fmt == "JPEG" else ".png"
            out = io.BytesIO()
            img.convert("RGB").save(out, "PNG")
            return out.getvalue(), ".png"
    except OSError as exc:
        raise ExportError(
            f"cannot read the cover image ({exc})",
            path=path,
            hint="choose a JPEG or PNG image, or leave the cover out to have one drawn.",
        ) from exc


def cover_body(course: Course, image_href: str) -> str:
    alt = learner_strings(course.language)["cover_of"].format(title=course.title)
    return (
        '<section class="cover" epub:type="cover">'
        f'<img role="doc-cover" src="{esc(image_href)}" alt="{esc(alt)}"/>'
        "</section>"
    )


def title_body(course: Course, generator: str) -> str:
    """The title page: what the course is, who made it, its licence."""
    t = learner_strings(course.language)
    terms = licence(course.license)
    name, url = terms.name, terms.url
    parts = ['<main aria-labelledby="book-title">', f'<h1 id="book-title">{esc(course.title)}</h1>']
    if course.authors:
        by = t["by"].format(authors=", ".join(course.authors))
        parts.append(f'<p class="authors">{esc(by)}</p>')
    if course.description.strip():
        parts.append(f'<p class="description">{esc(course.description)}</p>')
    shown = f'<a href="{esc(url)}">{esc(name)}</a>' if url else esc(name)
    before, _, after = t["licence"].partition("{licence}")
    parts.append(f'<p class="licence">{esc(before)}{shown}{esc(after)}</p>')
    if course.version:
        parts.append(f"<p>{esc(t['version'].format(version=course.version))}</p>")
    parts.append(
        f'<p class="about-edition">{esc(t["about_edition"])}</p>'
        f"<p>{esc(t['made_with'].format(generator=generator))}</p></main>"
    )
    return "\n".join(parts)


@dataclass
class NavLesson:
    title: str
    href: str  # relative to the navigation document


@dataclass
class NavModule:
    title: str
    lessons: list[NavLesson]


def nav_body(
    modules: list[NavModule],
    t: dict[str, str],
    *,
    title_href: str,
    cover_href: str,
    answers_href: str | None,
) -> str:
    """The EPUB navigation document's body: table of contents and landmarks."""
    toc = ['<nav epub:type="toc" role="doc-toc" id="toc" aria-labelledby="toc-title">',
           f'<h1 id="toc-title">{esc(t["toc_title"])}</h1>', "<ol>",
           f'<li><a href="{esc(title_href)}">{esc(t["about_course"])}</a></li>']  # fmt: skip
    for module in modules:
        if not module.lessons:
            continue
        items = "".join(
            f'<li><a href="{esc(lesson.href)}">{esc(lesson.title)}</a></li>'
            for lesson in module.lessons
        )
        toc.append(f"<li><span>{esc(module.title)}</span><ol>{items}</ol></li>")
    if answers_href:
        toc.append(f'<li><a href="{esc(answers_href)}">{esc(t["answer_key_title"])}</a></li>')
    toc += ["</ol>", "</nav>"]
    first = next((m.lessons[0].href for m in modules if m.lessons), title_href)
    marks = [
        ("cover", cover_href, t["cover"]),
        ("toc", "#toc", t["toc_title"]),
        ("bodymatter", first, t["start"]),
    ]
    if answers_href:
        marks.append(("backmatter", answers_href, t["answer_key_title"]))
    landmarks = ['<nav epub:type="landmarks" id="landmarks" aria-labelledby="landmarks-title" '
                 'hidden="hidden">', f'<h2 id="landmarks-title">{esc(t["landmarks"])}</h2>', "<ol>"]  # fmt: skip
    landmarks += [
        f'<li><a epub:type="{kind}" href="{esc(href)}">{esc(label)}</a></li>'
        for kind, href, label in marks
    ]
    landmarks += ["</ol>", "</nav>"]
    return "\n".join(toc + landmarks)
