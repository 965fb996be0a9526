"""XML for every package Studio writes or reads: one builder, one serializer, one parser.

- ``sub`` appends an element (attributes in the order given, so callers that want a
  stable order independent of keyword order pass ``sort=True``).
- ``to_bytes`` is the one serializer: UTF-8 with a declaration, indented, the same
  bytes for the same tree.
- ``safe_parser`` / ``parse_safely`` are the one parser configuration: no entities, no
  DTD, no network, no huge trees, a resolver that refuses every fetch. Importers and
  the package validator read XML only through them; documents that declare entities
  are refused before libxml2 sees them (billion laughs, external entities).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from lxml import etree

from studio.errors import ImportFormatError

XSI = "http://www.w3.org/2001/XMLSchema-instance"
XML_NS = "http://www.w3.org/XML/1998/namespace"
MAX_XML_BYTES = 64 * 1024**2
_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)
_ENTITY_DECL_16 = ("<!ENTITY".encode("utf-16-le"), "<!ENTITY".encode("utf-16-be"))


def qname(ns: str | None, tag: str) -> str:
    """``{ns}tag`` (Clark notation), or ``tag`` without a namespace."""
    return f"{{{ns}}}{tag}" if ns else tag


def element(
    tag: str, nsmap: Mapping[str | None, str] | None = None, text: str | None = None,
    **attrs: str,
) -> etree._Element:  # fmt: skip
    """A new root element."""
    el = etree.Element(tag, nsmap=dict(nsmap) if nsmap else None)
    for key, value in attrs.items():
        el.set(key, value)
    if text is not None:
        el.text = text
    return el


def sub(
    parent: etree._Element, tag: str, text: str | None = None, *, sort: bool = False,
    **attrs: str,
) -> etree._Element:  # fmt: skip
    """Append ``tag`` to ``parent`` with ``text`` and ``attrs`` (sorted when ``sort``)."""
    el = etree.SubElement(parent, tag)
    for key in sorted(attrs) if sort else attrs:
        el.set(key, attrs[key])
    if text is not None:
        el.text = text
    return el


def to_bytes(root: etree._Element, *, pretty: bool = True,
             standalone: bool | None = None) -> bytes:  # fmt: skip
    """The one serializer: UTF-8, XML declaration, indented unless ``pretty`` is False."""
    kwargs: dict[str, Any] = {}
    if standalone is not None:
        kwargs["standalone"] = standalone
    data: bytes = etree.tostring(
        root, xml_declaration=True, encoding="UTF-8", pretty_print=pretty, **kwargs
    )
    return data


class _RefuseAll(etree.Resolver):  # type: ignore[misc]
    """Every request for an external resource is refused."""

    def resolve(self, system_url: str, public_id: str, context: Any) -> Any:
        raise ImportFormatError(
            f"the XML asks for an external resource ({system_url!r}), which Studio never loads",
            hint="Remove the DOCTYPE/entity declarations from the file.",
        )


def safe_parser(*, recover: bool = False, keep_comments: bool = False) -> etree.XMLParser:
    """The one parser configuration for XML that did not come from Studio itself."""
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=not keep_comments,
        remove_pis=not keep_comments,
        recover=recover,
    )
    parser.resolvers.add(_RefuseAll())
    return parser


def declares_entities(data: bytes) -> bool:
    return bool(_ENTITY_DECL.search(data)) or any(m in data for m in _ENTITY_DECL_16)


def parse_safely(data: bytes, where: str, *, what: str = "XML file") -> etree._Element:
    """The root element of ``data``; ``ImportFormatError`` naming ``where`` on any problem."""
    if len(data) > MAX_XML_BYTES:
        raise ImportFormatError(
            f"the {what} is too large ({len(data)} bytes)",
            path=where,
            hint="Split the file, or check that it is really an XML file.",
        )
    # Entities can only be declared in a DOCTYPE; refuse before libxml2 sees them.
    if declares_entities(data):
        raise ImportFormatError(
            f"the {what} declares XML entities, which Studio refuses for safety",
            path=where,
            hint="Remove the <!ENTITY ...> declarations (the DOCTYPE) from the file.",
        )
    try:
        root = etree.fromstring(data, safe_parser())
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
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise ImportFormatError(
            f"the {what} declares XML entities, which Studio refuses for safety",
            path=where,
            hint="Remove the <!ENTITY ...> declarations (the DOCTYPE) from the file.",
        )
    return root
