"""XML parsing with entities, DTDs and the network turned off.

Every XML file an importer reads (manifests, QTI, OPF, XHTML) goes through
``parse_xml``: no external entities, no DTD loading, no network, no huge trees,
and a resolver that refuses every fetch. Documents that declare entities at all
are refused outright (billion laughs, external entity tricks) with a clear error.
"""

from __future__ import annotations

import re
from copy import deepcopy
from typing import Any

from lxml import etree

from studio.errors import ImportFormatError

MAX_XML_BYTES = 64 * 1024**2
_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)
_ENTITY_DECL_16 = ("<!ENTITY".encode("utf-16-le"), "<!ENTITY".encode("utf-16-be"))


class _RefuseAll(etree.Resolver):  # type: ignore[misc]
    """Answers every request for an external resource with an empty document... never."""

    def resolve(self, system_url: str, public_id: str, context: Any) -> Any:
        raise ImportFormatError(
            f"the XML asks for an external resource ({system_url!r}), which Studio never loads",
            hint="Remove the DOCTYPE/entity declarations from the file.",
        )


def make_parser(recover: bool = False) -> etree.XMLParser:
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
        recover=recover,
    )
    parser.resolvers.add(_RefuseAll())
    return parser


def parse_xml(data: bytes, where: str, *, what: str = "XML file") -> etree._Element:
    """The root element of ``data``; ``ImportFormatError`` naming ``where`` on any problem."""
    if len(data) > MAX_XML_BYTES:
        raise ImportFormatError(
            f"the {what} is too large ({len(data)} bytes)",
            path=where,
            hint="Split the file, or check that it is really an XML file.",
        )
    # Entities can only be declared in a DOCTYPE; refuse before libxml2 sees them.
    if _ENTITY_DECL.search(data) or any(marker in data for marker in _ENTITY_DECL_16):
        raise ImportFormatError(
            f"the {what} declares XML entities, which Studio refuses for safety",
            path=where,
            hint="Remove the <!ENTITY ...> declarations (the DOCTYPE) from the file.",
        )
    try:
        root = etree.fromstring(data, make_parser())
    except ImportFormatError as exc:
        raise ImportFormatError(exc.message, path=where, hint=exc.hint) from exc
    except etree.XMLSyntaxError as exc:
        raise ImportFormatError(
            f"the {what} is not well-formed XML ({exc.msg}, line {exc.lineno})",
            path=where,
            hint="The file is damaged; export it again from the tool that made it.",
        ) from exc
    except (ValueError, etree.LxmlError) as exc:
        raise ImportFormatError(
            f"the {what} cannot be read as XML ({exc})",
            path=where,
            hint="The file is damaged; export it again from the tool that made it.",
        ) from exc
    if root is None:
        raise ImportFormatError(f"the {what} is empty", path=where, hint="Choose another file.")
    tree = root.getroottree()
    dtd = tree.docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise ImportFormatError(
            f"the {what} declares XML entities, which Studio refuses for safety",
            path=where,
            hint="Remove the <!ENTITY ...> declarations (the DOCTYPE) from the file.",
        )
    return root


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
