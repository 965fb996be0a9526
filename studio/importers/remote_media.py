"""Images that an imported page would fetch from the web: left out unless asked for.

A page, an EPUB chapter or a package may embed ``<img src="https://...">``: in a
published course that is a tracking pixel, or content that changes or vanishes,
and it breaks "everything works offline". Studio downloads nothing; such images
are replaced by their text alternative and listed in the report, unless the
user asks to keep them (``studio import --keep-remote-images``).
"""

from __future__ import annotations

from lxml import etree, html

from studio.course_text import rich_texts
from studio.importers.content import ImportedContent
from studio.importers.report import ImportReport

_REMOTE = ("http:", "https:", "//")


def drop_remote_images(content: ImportedContent, report: ImportReport) -> int:
    """Replace every remote ``<img>`` in the content's rich text by its alt text."""
    dropped = 0
    for obj, field, value in list(rich_texts(content)):
        if "<img" not in value:
            continue
        root = html.fragment_fromstring(value, create_parent="div")
        found = [img for img in root.iter("img")
                 if img.get("src", "").strip().lower().startswith(_REMOTE)]
        if not found:
            continue
        for img in found:
            src = img.get("src", "").strip()
            report.skipped(f"image {src[:80]}", "a web image is not downloaded (Studio works "
                           "offline); its text alternative is kept. Import with "
                           "--keep-remote-images to keep the link")
            _replace_with_alt(img)
            dropped += 1
        setattr(obj, field, _inner(root))
    return dropped


def _replace_with_alt(img: etree._Element) -> None:
    parent = img.getparent()
    if parent is None:
        return
    text = (img.get("alt", "") or "") + (img.tail or "")
    prev = img.getprevious()
    if prev is not None:
        prev.tail = (prev.tail or "") + text
    else:
        parent.text = (parent.text or "") + text
    parent.remove(img)


def _inner(root: etree._Element) -> str:
    from studio.sanitize import sanitize_html

    parts = [_esc(root.text or "")]
    parts += [etree.tostring(child, method="xml", encoding="unicode", with_tail=True)
              for child in root]
    return sanitize_html("".join(parts))


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
