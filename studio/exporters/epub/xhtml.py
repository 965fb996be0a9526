"""XHTML content documents for the EPUB: the page skeleton and small markup helpers.

Every document is checked for well-formedness before it goes into the book, so a
mistake here fails the export with a clear error instead of producing a book
that some readers refuse to open.
"""

from __future__ import annotations

import re
from html import escape

from lxml import etree

from studio.captions.tokens import is_rtl
from studio.errors import ExportError
from studio.exporters.xml import safe_parser

XHTML_NS = "http://www.w3.org/1999/xhtml"
EPUB_NS = "http://www.idpf.org/2007/ops"


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def esc(text: object) -> str:
    """Text escaped for element content and double-quoted attributes (XML-safe)."""
    return escape(_NOT_XML.sub("", str(text)), quote=True)


def lang_attrs(lang: str) -> str:
    lang = esc(lang or "und")
    return f'lang="{lang}" xml:lang="{lang}"'


def document(
    *,
    title: str,
    lang: str,
    body: str,
    css: list[str],
    scripts: list[str] | None = None,
    body_type: str = "",
    where: str = "",
    body_from_lxml: bool = False,
) -> bytes:
    """A complete XHTML5 content document (UTF-8 bytes), checked for well-formedness.

    ``body_from_lxml``: the body was serialized by lxml (the lesson pages), so it is
    well-formed already and the frame escapes every value it adds: not parsed again.
    """
    head = [
        '<meta charset="utf-8"/>',
        f"<title>{esc(title)}</title>",
        '<meta name="viewport" content="width=device-width, initial-scale=1"/>',
    ]
    head += [f'<link rel="stylesheet" type="text/css" href="{esc(href)}"/>' for href in css]
    head += [f'<script src="{esc(src)}"></script>' for src in scripts or []]
    body_attr = f' epub:type="{esc(body_type)}"' if body_type else ""
    direction = ' dir="rtl"' if is_rtl(lang) else ""
    text = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n'
        f'<html xmlns="{XHTML_NS}" xmlns:epub="{EPUB_NS}" {lang_attrs(lang)}{direction}>\n'
        f"<head>\n{chr(10).join(head)}\n</head>\n"
        f"<body{body_attr}>\n{body}\n</body>\n</html>\n"
    )
    data = text.encode("utf-8")
    if not body_from_lxml:
        check_well_formed(data, where or title)
    return data


def check_well_formed(data: bytes, where: str) -> None:
    try:
        etree.fromstring(data, safe_parser(keep_comments=True))
    except etree.XMLSyntaxError as exc:
        raise ExportError(
            f"internal error: the book page {where!r} is not well-formed XHTML ({exc})",
            hint="report this as a bug and include the course; the book was not written.",
        ) from exc
