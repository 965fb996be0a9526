"""IMS Content Packaging manifests (``imsmanifest.xml``) as used by SCORM and Common Cartridge."""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from studio.errors import ImportFormatError
from studio.importers.safe_archive import SafeArchive, resolve_relative
from studio.importers.safe_xml import child, children, descendants, local, parse_xml, text_of

XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"


@dataclass
class Resource:
    identifier: str
    type: str
    href: str | None  # entry name in the archive, resolved
    files: list[str] = field(default_factory=list)  # entry names
    dependencies: list[str] = field(default_factory=list)
    scorm_type: str = ""


@dataclass
class Item:
    title: str
    resource: str | None  # identifierref
    children: list[Item] = field(default_factory=list)
    visible: bool = True


@dataclass
class Manifest:
    title: str = ""
    description: str = ""
    language: str = ""
    keywords: list[str] = field(default_factory=list)
    schema: str = ""
    schema_version: str = ""
    items: list[Item] = field(default_factory=list)  # top level of the default organization
    organization_title: str = ""
    resources: dict[str, Resource] = field(default_factory=dict)
    root: etree._Element | None = None


def _lang_string(el: etree._Element | None) -> str:
    if el is None:
        return ""
    strings = descendants(el, "string") or descendants(el, "langstring")
    return text_of(strings[0]) if strings else text_of(el)


def _item(el: etree._Element) -> Item:
    title = text_of(child(el, "title"))
    return Item(
        title=title,
        resource=el.get("identifierref"),
        children=[_item(c) for c in children(el, "item")],
        visible=(el.get("isvisible", "true").lower() != "false"),
    )


def read_manifest(archive: SafeArchive, name: str = "imsmanifest.xml") -> Manifest:
    member = archive.find(name)
    if member is None:
        raise ImportFormatError("the package has no imsmanifest.xml", path=archive.where,
                                hint="This is not a SCORM or Common Cartridge package.")
    root = parse_xml(archive.read(member), f"{archive.where}!{member}", what="manifest")
    if local(root.tag) != "manifest":
        raise ImportFormatError("imsmanifest.xml does not start with <manifest>", path=archive.where,
                                hint="The package is damaged; export it again.")
    out = Manifest(root=root)
    meta = child(root, "metadata")
    if meta is not None:
        out.schema = text_of(child(meta, "schema"))
        out.schema_version = text_of(child(meta, "schemaversion"))
        general = next(iter(descendants(meta, "general")), None)
        if general is not None:
            out.title = _lang_string(child(general, "title"))
            out.description = _lang_string(child(general, "description"))
            out.language = text_of(child(general, "language"))
            out.keywords = [k for k in (_lang_string(kw) for kw in children(general, "keyword")) if k]
    orgs = child(root, "organizations")
    if orgs is not None:
        wanted = orgs.get("default")
        all_orgs = children(orgs, "organization")
        org = next((o for o in all_orgs if o.get("identifier") == wanted), all_orgs[0] if all_orgs else None)
        if org is not None:
            out.organization_title = text_of(child(org, "title"))
            out.items = [_item(c) for c in children(org, "item")]
    resources = child(root, "resources")
    base_all = resources.get(XML_BASE, "") if resources is not None else ""
    for res in children(resources, "resource") if resources is not None else []:
        base = base_all + res.get(XML_BASE, "")
        anchor = f"{base}x" if base else "x"

        def entry(href: str | None, anchor: str = anchor) -> str | None:
            return resolve_relative(anchor, href) if href else None

        ident = res.get("identifier", "")
        scorm_type = next((v for k, v in res.attrib.items() if local(k).lower() == "scormtype"), "")
        out.resources[ident] = Resource(
            identifier=ident,
            type=res.get("type", ""),
            href=entry(res.get("href")),
            files=[f for f in (entry(fl.get("href")) for fl in children(res, "file")) if f],
            dependencies=[d.get("identifierref", "") for d in children(res, "dependency")],
            scorm_type=scorm_type,
        )
    return out


def leaves(item: Item) -> list[Item]:
    """``item`` itself if it has a resource and no children, else its descendants with resources."""
    if not item.children:
        return [item] if item.resource else []
    found = [item] if item.resource else []
    for c in item.children:
        found.extend(leaves(c))
    return found
