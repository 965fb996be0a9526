"""Reading XML in importers: the one safe parser, and namespace-blind traversal helpers.

Every XML file an importer reads (manifests, QTI, OPF, XHTML) goes through
``parse_xml``, which is ``studio.exporters.xml.parse_safely``: no external entities,
no DTD loading, no network, no huge trees, a resolver that refuses every fetch, and
documents that declare entities refused outright with a clear error.
"""

from __future__ import annotations

from copy import deepcopy

from lxml import etree

from studio.exporters.xml import parse_safely as parse_xml

__all__ = ["child", "children", "descendants", "first", "inner_xml", "local", "parse_xml",
           "text_of"]


def local(tag: object) -> str:
    """An element's tag without its namespace ('' for comments and PIs)."""
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def children(el: etree._Element, name: str) -> list[etree._Element]:
    """Direct children with local name ``name`` (any namespace)."""
    return [c for c in el if local(c.tag) == name]


def child(el: etree._Element, name: str) -> etree._Element | None:
    for c in el:
        if local(c.tag) == name:
            return c
    return None


def descendants(el: etree._Element, name: str) -> list[etree._Element]:
    return [d for d in el.iter() if local(d.tag) == name]


def first(el: etree._Element, name: str) -> etree._Element | None:
    for d in el.iter():
        if d is not el and local(d.tag) == name:
            return d
    return None


def text_of(el: etree._Element | None) -> str:
    """All text inside ``el``, whitespace collapsed."""
    if el is None:
        return ""
    return " ".join("".join(el.itertext()).split())


def inner_xml(el: etree._Element) -> str:
    """The content of ``el`` as markup (text and children, namespaces stripped)."""
    parts = [_esc(el.text or "")]
    for c in el:
        if not isinstance(c.tag, str):
            parts.append(_esc(c.tail or ""))
            continue
        copy = deepcopy(c)
        copy.tail = None
        for d in copy.iter():
            if isinstance(d.tag, str):
                d.tag = local(d.tag)
                for key in list(d.attrib):
                    if key.startswith("{"):
                        del d.attrib[key]
        etree.cleanup_namespaces(copy)
        parts.append(etree.tostring(copy, encoding="unicode", with_tail=False))
        parts.append(_esc(c.tail or ""))
    return "".join(parts)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
