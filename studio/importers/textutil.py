"""Small text helpers the question readers share: light Markdown, numbers, HTML->text."""

from __future__ import annotations

import html
import re

from studio.sanitize import plain_text, sanitize_html

_BOLD = re.compile(r"\*\*(.+?)\*\*")
_EM = re.compile(r"(?<![*\w])\*(?!\s)(.+?)(?<!\s)\*(?!\*)")
_CODE = re.compile(r"`([^`]+)`")
_LINK = re.compile(r"\[([^\]]+)\]\((https?://[^)\s]+)\)")
_TAG = re.compile(r"</?[a-zA-Z][^>]*>")


def inline_markdown(text: str) -> str:
    """Escape ``text`` and apply **bold**, *emphasis*, `code` and [links](http...)."""
    out = html.escape(text, quote=False)
    out = _CODE.sub(r"<code>\1</code>", out)
    out = _BOLD.sub(r"<strong>\1</strong>", out)
    out = _EM.sub(r"<em>\1</em>", out)
    out = _LINK.sub(r'<a href="\2">\1</a>', out)
    return out


def markdown_to_html(text: str) -> str:
    """Paragraphs (blank-line separated) of light Markdown, sanitized."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    parts = []
    for para in paragraphs:
        lines = [inline_markdown(line.strip()) for line in para.split("\n")]
        parts.append("<p>" + "<br/>".join(lines) + "</p>")
    return sanitize_html("".join(parts))


def looks_like_html(text: str) -> bool:
    return bool(_TAG.search(text))


_BLOCKS = frozenset({"p", "div", "section", "article", "ul", "ol", "table", "h1", "h2", "h3", "h4",
                     "h5", "h6", "blockquote", "pre", "figure", "dl", "header", "footer", "main",
                     "aside", "nav"})
_WRAPPERS = frozenset({"div", "section", "article", "header", "footer", "main", "aside", "nav", "span",
                       "font", "center"})


def tidy_html(markup: str) -> str:
    """Sanitized HTML where wrapper ``div``s around paragraphs are unwrapped, not turned
    into paragraphs holding paragraphs (what LMS editors and page builders produce)."""
    if not markup.strip():
        return ""
    from lxml import html as lxml_html
    from lxml.etree import ParserError

    try:
        container = lxml_html.fragment_fromstring(markup, create_parent="div")
    except (ParserError, ValueError):
        return sanitize_html(markup)
    for el in list(container.iter()):
        if el is container or not isinstance(el.tag, str):
            continue
        tag = el.tag.lower()
        if tag in _WRAPPERS and any(
            isinstance(d.tag, str) and d.tag.lower() in _BLOCKS for d in el.iterdescendants()
        ):
            el.drop_tag()
    inner = (container.text or "") + "".join(
        lxml_html.tostring(c, encoding="unicode", with_tail=True) for c in container
    )
    out = _EMPTY_P.sub("", sanitize_html(inner))
    return _BETWEEN_BLOCKS.sub(r"\1", out).strip()


_EMPTY_P = re.compile(r"<p>(?:\s|<br/>)*</p>|<p/>")
_BETWEEN_BLOCKS = re.compile(r"(</(?:p|ul|ol|table|h[2-6]|blockquote|pre|figure|dl)>)\s+(?=<)")


def prompt_html(text: str, fmt: str = "auto") -> str:
    """A question prompt as sanitized HTML from html / markdown / plain text."""
    if not text.strip():
        return ""
    if fmt == "html" or (fmt == "auto" and looks_like_html(text)):
        cleaned = tidy_html(text)
        if cleaned and not cleaned.lstrip().startswith("<"):
            cleaned = f"<p>{cleaned}</p>"
        return cleaned
    if fmt == "markdown":
        return markdown_to_html(text)
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    return "".join(
        "<p>" + "<br/>".join(html.escape(x.strip(), quote=False) for x in p.split("\n")) + "</p>"
        for p in paragraphs
    )


def to_plain(text: str) -> str:
    """Plain text from a short HTML (or plain) fragment: choices, feedback, answers."""
    if looks_like_html(text) or "&" in text:
        return plain_text(text)
    return " ".join(text.split())


_NUMBER = r"[-+]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][-+]?\d+)?"
_EXACT = re.compile(rf"^\s*({_NUMBER})\s*(?:(?:\+-|±|\+/-|:)\s*({_NUMBER}))?\s*$")
_RANGE = re.compile(rf"^\s*({_NUMBER})\s*(?:\.\.|to)\s*({_NUMBER})\s*$")
_BRACKET = re.compile(rf"^\s*\[\s*({_NUMBER})\s*[,;]\s*({_NUMBER})\s*\]\s*$")


def to_float(text: str) -> float:
    value = float(text.replace(",", "."))
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError("not a finite number")
    return value


def parse_numeric_spec(text: str) -> tuple[str, float, float] | None:
    """``97 +- 1`` / ``97:1`` -> ("exact", 97, 1); ``99..101`` / ``[99, 101]`` -> ("range", 99, 101)."""
    try:
        match = _RANGE.match(text) or _BRACKET.match(text)
        if match:
            low, high = to_float(match.group(1)), to_float(match.group(2))
            return ("range", min(low, high), max(low, high))
        match = _EXACT.match(text)
        if match:
            tolerance = to_float(match.group(2)) if match.group(2) else 0.0
            return ("exact", to_float(match.group(1)), abs(tolerance))
    except (ValueError, OverflowError):
        return None
    return None


def truthy(text: str) -> bool | None:
    value = text.strip().lower()
    if value in ("t", "true", "yes", "y", "1", "vrai", "wahr", "verdadero"):
        return True
    if value in ("f", "false", "no", "n", "0", "faux", "falsch", "falso"):
        return False
    return None
