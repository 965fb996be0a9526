"""The rich-text subset: author and imported HTML reduced to safe, well-formed markup.

Allowed: paragraphs, headings h2-h6 (h1 becomes h2: the page title is the h1),
lists, links (http, https, mailto, in-page and ``asset:<id>``), images
(``asset:<id>`` or relative, with alt), tables with captions and header scope,
and a few inline elements. Everything else is dropped: scripts, styles, event
handlers, frames, forms, embedded objects, and any URL scheme that can run code.
Unknown elements are unwrapped (their text is kept). The output is XML-serialised
so it is valid both in HTML pages and in EPUB XHTML.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # lxml is imported where it parses: opening the window needs none of it
    from lxml import etree

ALLOWED_TAGS: dict[str, frozenset[str]] = {
    "p": frozenset(),
    "br": frozenset(),
    "hr": frozenset(),
    "h2": frozenset(),
    "h3": frozenset(),
    "h4": frozenset(),
    "h5": frozenset(),
    "h6": frozenset(),
    "strong": frozenset(),
    "b": frozenset(),
    "em": frozenset(),
    "i": frozenset(),
    "u": frozenset(),
    "s": frozenset(),
    "sub": frozenset(),
    "sup": frozenset(),
    "small": frozenset(),
    "mark": frozenset(),
    "code": frozenset(),
    "pre": frozenset(),
    "kbd": frozenset(),
    "q": frozenset(),
    "cite": frozenset(),
    "blockquote": frozenset(),
    "abbr": frozenset({"title"}),
    "span": frozenset({"lang"}),
    "ul": frozenset(),
    "ol": frozenset({"start"}),
    "li": frozenset(),
    "dl": frozenset(),
    "dt": frozenset(),
    "dd": frozenset(),
    "a": frozenset({"href", "title"}),
    "img": frozenset({"src", "alt", "width", "height"}),
    "figure": frozenset(),
    "figcaption": frozenset(),
    "table": frozenset(),
    "caption": frozenset(),
    "thead": frozenset(),
    "tbody": frozenset(),
    "tfoot": frozenset(),
    "tr": frozenset(),
    "th": frozenset({"scope", "colspan", "rowspan"}),
    "td": frozenset({"colspan", "rowspan"}),
}

# Dropped together with everything inside them.
DROP_WITH_CONTENT = frozenset(
    {
        "script",
        "style",
        "iframe",
        "frame",
        "frameset",
        "object",
        "embed",
        "applet",
        "noscript",
        "template",
        "svg",
        "math",
        "form",
        "input",
        "button",
        "select",
        "textarea",
        "head",
        "title",
        "meta",
        "link",
        "base",
    }
)

RENAMED = {"h1": "h2", "div": "p", "section": "p", "article": "p"}

_SAFE_SCHEMES = ("http:", "https:", "mailto:", "asset:")
_SCHEME = re.compile(r"^\s*([a-zA-Z][a-zA-Z0-9+.\-]*):")
_CONTROL = re.compile(r"[\x00-\x20\x7f]+")
_NUMBER = re.compile(r"^\d{1,4}$")


def is_safe_url(url: str) -> bool:
    """True for http(s), mailto, asset: and scheme-less (relative or #fragment) URLs."""
    compact = _CONTROL.sub("", url)
    match = _SCHEME.match(compact)
    if match is None:
        return not compact.startswith("//")
    return (match.group(1).lower() + ":") in _SAFE_SCHEMES


def _clean_attributes(el: etree._Element, allowed: frozenset[str]) -> None:
    for name in list(el.attrib):
        value = el.attrib[name]
        keep = name in allowed
        if keep and name in ("href", "src"):
            keep = is_safe_url(value)
        elif keep and name in ("width", "height", "colspan", "rowspan", "start"):
            keep = bool(_NUMBER.match(value.strip()))
        elif keep and name == "scope":
            keep = value in ("row", "col", "rowgroup", "colgroup")
        if not keep:
            del el.attrib[name]
    if el.tag == "img" and "alt" not in el.attrib:
        el.set("alt", "")
    if el.tag == "a" and el.get("href", "").startswith(("http:", "https:")):
        el.set("rel", "noopener")


def _append_text_before(parent: etree._Element, position: int, text: str | None) -> None:
    if not text:
        return
    if position > 0:
        before = parent[position - 1]
        before.tail = (before.tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def _unwrap(el: etree._Element) -> None:
    """Replace ``el`` by its content (text and children)."""
    parent = el.getparent()
    if parent is None:
        return
    _append_text_before(parent, parent.index(el), el.text)
    index = parent.index(el)
    for offset, child in enumerate(list(el)):
        parent.insert(index + offset, child)
    _append_text_before(parent, parent.index(el), el.tail)
    parent.remove(el)


def _drop(el: etree._Element) -> None:
    """Remove ``el`` and its content, keeping the text that follows it."""
    parent = el.getparent()
    if parent is None:
        return
    _append_text_before(parent, parent.index(el), el.tail)
    parent.remove(el)


def _clean_tree(root: etree._Element) -> None:
    # Walk a snapshot: unwrapping and dropping change the tree as we go.
    for el in list(root.iter()):
        if el is root:
            continue
        if not isinstance(el.tag, str):  # comments, processing instructions
            _drop(el)
            continue
        tag = el.tag.lower()
        if tag in DROP_WITH_CONTENT:
            _drop(el)
            continue
        tag = RENAMED.get(tag, tag)
        allowed = ALLOWED_TAGS.get(tag)
        if allowed is None:
            # Unknown, or not even a valid name (lxml's parser keeps "a<b"): keep the text.
            _unwrap(el)
            continue
        if el.tag != tag:
            el.tag = tag
        _clean_attributes(el, allowed)


_TAGS_ONLY = re.compile(r"<[^>]*>")


def _text_fallback(source: str) -> str:
    """The text of markup lxml refuses (hostile input can make tag names lxml will not set)."""
    import html as html_text

    return " ".join(html_text.unescape(_TAGS_ONLY.sub(" ", source)).split())


def sanitize_html(source: str) -> str:
    """Return the safe subset of ``source`` as a well-formed fragment (escaped text when
    the markup cannot be parsed at all)."""
    if not source or not source.strip():
        return ""
    try:
        return _sanitize(source)
    except (ValueError, TypeError, LookupError):
        text = _text_fallback(source)
        return f"<p>{_escape_text(text)}</p>" if text else ""


def _sanitize(source: str) -> str:
    from lxml import etree, html

    container = html.fragment_fromstring(source, create_parent="div")
    # Drop subtrees first so their text never surfaces through an unwrap.
    for el in list(container.iter()):
        if el is not container and isinstance(el.tag, str) and el.tag.lower() in DROP_WITH_CONTENT:
            _drop(el)
    _clean_tree(container)
    _close_empty_elements(container)
    parts = [_escape_text(container.text or "")]
    for child in container:
        parts.append(etree.tostring(child, method="xml", encoding="unicode", with_tail=True))
    return "".join(parts).strip()


VOID_TAGS = frozenset({"br", "hr", "img"})


def _close_empty_elements(root: etree._Element) -> None:
    """Give empty non-void elements an end tag: HTML reads ``<a/>`` as an open ``<a>``."""
    for el in root.iter():
        if el is not root and el.tag not in VOID_TAGS and el.text is None and len(el) == 0:
            el.text = ""


def _escape_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def plain_text(source: str) -> str:
    """The text content of an HTML fragment (for titles, alt text, QTI fallbacks)."""
    if not source or not source.strip():
        return ""
    try:
        return _plain_text(source)
    except (ValueError, TypeError, LookupError):
        return _text_fallback(source)


def _plain_text(source: str) -> str:
    from lxml import html

    container = html.fragment_fromstring(source, create_parent="div")
    for el in list(container.iter()):
        if el is not container and isinstance(el.tag, str) and el.tag.lower() in DROP_WITH_CONTENT:
            _drop(el)
    text: str = container.text_content()
    return " ".join(text.split())


def text_to_html(text: str) -> str:
    """Plain text (paragraphs separated by blank lines) as safe HTML paragraphs."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    return "".join(
        "<p>" + _escape_text(p).replace("\n", "<br/>") + "</p>" for p in paragraphs
    )
