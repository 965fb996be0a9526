"""Common Cartridge manifests (1.1, 1.2, 1.3) and the small resource XML files.

``manifest_xml`` writes ``imsmanifest.xml`` with every namespace declared on
``<manifest>`` at the top of the file, LOM metadata for the course, one
organization (root > module > lesson > item: the three levels Open edX's cc2olx
expects) and the resources. Element order follows the official profile XSDs
(``ccv1p1_imscp_v1p2_v1p0.xsd``, ``ccv1p3_imscp_v1p2_v1p0.xsd``): manifest =
metadata, organizations, resources; item = title, item*; resource = file*,
dependency*. ``weblink_xml`` and ``topic_xml`` write ``imswl``/``imsdt`` files.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from studio.exporters.ims import add_resource, cc_lom, lom, manifest_root
from studio.exporters.xml import XSI, sub, to_bytes
from studio.model.course import Course
from studio.sanitize import sanitize_html

PROFILE_BASE = "http://www.imsglobal.org/profile/cc"


@dataclass(frozen=True)
class CCVersion:
    """Namespaces, resource types and schema locations of one CC version."""

    name: str  # "1.1"

    @property
    def tag(self) -> str:  # "v1p1"
        major, minor = self.name.split(".")
        return f"v{major}p{minor}"

    @property
    def ccv(self) -> str:  # "ccv1p1"
        return f"cc{self.tag}"

    @property
    def schemaversion(self) -> str:
        return f"{self.name}.0"

    @property
    def cp_ns(self) -> str:
        return f"http://www.imsglobal.org/xsd/imscc{self.tag}/imscp_v1p1"

    @property
    def lomm_ns(self) -> str:
        return f"http://ltsc.ieee.org/xsd/imscc{self.tag}/LOM/manifest"

    @property
    def lomr_ns(self) -> str:
        return f"http://ltsc.ieee.org/xsd/imscc{self.tag}/LOM/resource"

    @property
    def wl_ns(self) -> str:
        return f"http://www.imsglobal.org/xsd/imscc{self.tag}/imswl_{self.tag}"

    @property
    def dt_ns(self) -> str:
        return f"http://www.imsglobal.org/xsd/imscc{self.tag}/imsdt_{self.tag}"

    # resource types, exactly as the version's profile spells them
    @property
    def weblink(self) -> str:
        return f"imswl_xml{self.tag}"

    @property
    def discussion(self) -> str:
        return f"imsdt_xml{self.tag}"

    @property
    def assessment(self) -> str:
        return f"imsqti_xmlv1p2/imscc_xml{self.tag}/assessment"

    @property
    def question_bank(self) -> str:
        return f"imsqti_xmlv1p2/imscc_xml{self.tag}/question-bank"

    @property
    def associated(self) -> str:
        return f"associatedcontent/imscc_xml{self.tag}/learning-application-resource"

    def xsd(self, name: str) -> str:
        return f"{PROFILE_BASE}/{self.ccv}/{self.ccv}_{name}.xsd"

    @property
    def schema_locations(self) -> str:
        pairs = [
            (self.cp_ns, self.xsd("imscp_v1p2_v1p0")),
            (self.lomm_ns, f"{PROFILE_BASE}/{self.ccv}/LOM/{self.ccv}_lommanifest_v1p0.xsd"),
            (self.lomr_ns, f"{PROFILE_BASE}/{self.ccv}/LOM/{self.ccv}_lomresource_v1p0.xsd"),
        ]
        return " ".join(f"{ns} {loc}" for ns, loc in pairs)


VERSIONS = {name: CCVersion(name) for name in ("1.1", "1.2", "1.3")}
WEBCONTENT = "webcontent"


@dataclass
class Resource:
    identifier: str
    type: str
    href: str | None = None
    files: list[str] = field(default_factory=list)
    dependencies: list[str] = field(default_factory=list)


@dataclass
class OrgItem:
    identifier: str
    title: str
    identifierref: str | None = None
    children: list[OrgItem] = field(default_factory=list)


def lom_metadata(parent: etree._Element, course: Course, v: CCVersion) -> None:
    """Course LOM: title, language, description, keywords, authors, date, licence."""
    lom(parent, course, cc_lom(v.lomm_ns))


def _item(parent: etree._Element, ns: str, item: OrgItem) -> None:
    el = sub(parent, f"{{{ns}}}item")
    el.set("identifier", item.identifier)
    if item.identifierref:
        el.set("identifierref", item.identifierref)
    sub(el, f"{{{ns}}}title", item.title)
    for child in item.children:
        _item(el, ns, child)


def manifest_xml(
    course: Course, v: CCVersion, identifier: str, modules: list[OrgItem],
    resources: list[Resource],
) -> bytes:
    ns = v.cp_ns
    nsmap = {None: ns, "lomm": v.lomm_ns, "lomr": v.lomr_ns, "xsi": XSI}
    root, metadata = manifest_root(ns, nsmap, identifier, v.schema_locations,
                                   "IMS Common Cartridge", v.schemaversion)
    lom_metadata(metadata, course, v)
    orgs = sub(root, f"{{{ns}}}organizations")
    org = sub(orgs, f"{{{ns}}}organization")
    org.set("identifier", "ORG-1")
    org.set("structure", "rooted-hierarchy")
    top = sub(org, f"{{{ns}}}item")
    top.set("identifier", "LearningModules")
    for module in modules:
        _item(top, ns, module)
    res_el = sub(root, f"{{{ns}}}resources")
    for res in resources:
        add_resource(res_el, ns, res.identifier, res.type, res.href, res.files, res.dependencies)
    return to_bytes(root)


def weblink_xml(v: CCVersion, title: str, url: str) -> bytes:
    ns = v.wl_ns
    root = etree.Element(f"{{{ns}}}webLink", nsmap={None: ns, "xsi": XSI})
    root.set(f"{{{XSI}}}schemaLocation", f"{ns} {v.xsd(f'imswl_{v.tag}')}")
    sub(root, f"{{{ns}}}title", title)
    link = sub(root, f"{{{ns}}}url")
    link.set("href", url)
    link.set("target", "_blank")
    return to_bytes(root)


def topic_xml(v: CCVersion, title: str, html: str) -> bytes:
    ns = v.dt_ns
    root = etree.Element(f"{{{ns}}}topic", nsmap={None: ns, "xsi": XSI})
    root.set(f"{{{XSI}}}schemaLocation", f"{ns} {v.xsd(f'imsdt_{v.tag}')}")
    sub(root, f"{{{ns}}}title", title)
    sub(root, f"{{{ns}}}text", sanitize_html(html)).set("texttype", "text/html")
    return to_bytes(root)
