"""Pages from files: Markdown or HTML, reduced to the sanitized rich-text subset."""

from __future__ import annotations

from pathlib import Path

from studio.errors import ImportFormatError
from studio.sanitize import sanitize_html


def markdown_to_html(text: str) -> str:
    from markdown_it import MarkdownIt

    # Raw HTML in Markdown is allowed here because the result is sanitized anyway.
    md = MarkdownIt("commonmark", {"html": True}).enable("table").enable("strikethrough")
    return sanitize_html(md.render(text))


def read_page(path: Path) -> str:
    """Sanitized HTML of a ``.md``/``.markdown``/``.txt`` or ``.html``/``.htm`` file."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportFormatError(
            f"cannot read the page ({exc.strerror})", path=path, hint="check the path."
        ) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm", ".xhtml"):
        from lxml import html

        try:
            doc = html.document_fromstring(text)
            body = doc.find("body")
            inner = (
                "".join(
                    [body.text or ""] + [html.tostring(child, encoding="unicode") for child in body]
                )
                if body is not None
                else text
            )
        except Exception:  # noqa: BLE001 - broken HTML is still worth its text
            inner = text
        result = sanitize_html(inner)
    elif suffix in (".md", ".markdown", ".txt", ""):
        result = markdown_to_html(text)
    else:
        raise ImportFormatError(
            f"unsupported page type {suffix!r}",
            path=path,
            hint="give a Markdown (.md) or HTML (.html) file.",
        )
    if not result.strip():
        raise ImportFormatError("the page is empty", path=path, hint="write some text in it first.")
    return result
