"""``imsmanifest.xml`` for SCORM 1.2 and SCORM 2004 4th Edition (lxml builders).

Every namespace is declared on ``<manifest>``, which is the first element of the
file (Moodle reads only the first kilobyte to detect the version). Items carry
``isvisible="true"`` (Open edX's SCORM XBlock lists only those). Every packaged
file is listed. The passing score becomes ``adlcp:masteryscore`` (1.2, 0-100) or
an ``imsss`` primary objective satisfied by ``minNormalizedMeasure`` (2004, 0-1).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from lxml import etree

from studio.exporters.ims import IMSMD_12, LOM_2004, add_resource, lom, manifest_root
from studio.exporters.xml import XSI, sub, to_bytes
from studio.model import Course

NS12 = {
    None: "http://www.imsproject.org/xsd/imscp_rootv1p1p2",
    "adlcp": "http://www.adlnet.org/xsd/adlcp_rootv1p2",
    "imsmd": "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1",
    "xsi": XSI,
}
LOCATIONS12 = (
    "http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd "
    "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd "
    "http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd"
)
NS2004 = {
    None: "http://www.imsglobal.org/xsd/imscp_v1p1",
    "adlcp": "http://www.adlnet.org/xsd/adlcp_v1p3",
    "adlseq": "http://www.adlnet.org/xsd/adlseq_v1p3",
    "adlnav": "http://www.adlnet.org/xsd/adlnav_v1p3",
    "imsss": "http://www.imsglobal.org/xsd/imsss",
    "lom": "http://ltsc.ieee.org/xsd/LOM",
    "xsi": XSI,
}
LOCATIONS2004 = (
    "http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd "
    "http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd "
    "http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd "
    "http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd "
    "http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd "
    "http://ltsc.ieee.org/xsd/LOM lom.xsd"
)


@dataclass
class ScoItem:
    """One item of the organization and the SCO resource it launches."""

    identifier: str
    title: str
    href: str
    files: list[str]
    passing: float | None = None  # percent; None when nothing is scored
    dependencies: list[str] = field(default_factory=list)


@dataclass
class ManifestPlan:
    course: Course
    items: list[ScoItem]
    shared_files: list[str] = field(default_factory=list)  # an asset resource, if any
    shared_id: str = "RES-SHARED"


def ncname(text: str, prefix: str = "ID") -> str:
    """A valid xs:ID from an arbitrary id."""
    clean = re.sub(r"[^A-Za-z0-9_.-]", "-", text)
    if not clean or not (clean[0].isalpha() or clean[0] == "_"):
        clean = f"{prefix}-{clean}"
    return clean


def _q(ns: dict[str | None, str], prefix: str | None, name: str) -> str:
    return f"{{{ns[prefix]}}}{name}"


# ---------------------------------------------------------------- SCORM 1.2


def _lom12(parent: etree._Element, course: Course) -> None:
    lom(parent, course, IMSMD_12)


def _skeleton(
    plan: ManifestPlan,
    nsmap: dict[str | None, str],
    locations: str,
    schemaversion: str,
    lom: Callable[[etree._Element, Course], None],
    cp: Callable[[str], str],
) -> tuple[etree._Element, etree._Element]:
    """``<manifest>`` with metadata and one organization: (root, organization)."""
    course = plan.course
    root, metadata = manifest_root(
        nsmap[None], nsmap, ncname(f"MANIFEST-{course.id}"), locations,
        "ADL SCORM", schemaversion, version=course.version or "1.0",
    )
    lom(metadata, course)
    orgs = sub(root, cp("organizations"), default="ORG-1")
    org = sub(orgs, cp("organization"), identifier="ORG-1")
    sub(org, cp("title"), course.title)
    return root, org


def _items(
    plan: ManifestPlan, org: etree._Element, cp: Callable[[str], str]
) -> Iterator[tuple[ScoItem, etree._Element]]:
    """One visible ``<item>`` per SCO (Open edX's XBlock shows only isvisible items)."""
    for item in plan.items:
        el = sub(
            org,
            cp("item"),
            identifier=f"ITEM-{item.identifier}",
            identifierref=f"RES-{item.identifier}",
            isvisible="true",
        )
        sub(el, cp("title"), item.title)
        yield item, el


def _resources(
    root: etree._Element, plan: ManifestPlan, cp: Callable[[str], str], scorm_type: str
) -> None:
    """Every file listed: one SCO resource per item, the shared files as one asset."""
    resources = sub(root, cp("resources"))
    ns = root.nsmap[None]
    for item in plan.items:
        add_resource(resources, ns, f"RES-{item.identifier}", "webcontent", item.href,
                     item.files, item.dependencies, {scorm_type: "sco"})
    if plan.shared_files:
        add_resource(resources, ns, plan.shared_id, "webcontent", None, plan.shared_files,
                     extra={scorm_type: "asset"})


def manifest_scorm12(plan: ManifestPlan) -> bytes:
    def cp(name: str) -> str:
        return _q(NS12, None, name)

    def adl(name: str) -> str:
        return _q(NS12, "adlcp", name)

    root, org = _skeleton(plan, NS12, LOCATIONS12, "1.2", _lom12, cp)
    for item, el in _items(plan, org, cp):
        if item.passing is not None:
            sub(el, adl("masteryscore"), f"{item.passing:g}")
    _resources(root, plan, cp, adl("scormtype"))
    return to_bytes(root)


# ---------------------------------------------------------------- SCORM 2004


def _lom2004(parent: etree._Element, course: Course) -> None:
    lom(parent, course, LOM_2004)


def manifest_scorm2004(plan: ManifestPlan) -> bytes:
    def cp(name: str) -> str:
        return _q(NS2004, None, name)

    def adl(name: str) -> str:
        return _q(NS2004, "adlcp", name)

    def ss(name: str) -> str:
        return _q(NS2004, "imsss", name)

    root, org = _skeleton(plan, NS2004, LOCATIONS2004, "2004 4th Edition", _lom2004, cp)
    for item, el in _items(plan, org, cp):
        if item.passing is not None:
            seq = sub(el, ss("sequencing"))
            objectives = sub(seq, ss("objectives"))
            primary = sub(
                objectives,
                ss("primaryObjective"),
                objectiveID=f"PASS-{item.identifier}",
                satisfiedByMeasure="true",
            )
            sub(
                primary, ss("minNormalizedMeasure"), f"{max(0.0, min(1.0, item.passing / 100)):.4g}"
            )
    # Let learners move freely between SCOs (one SCO per lesson).
    org_seq = sub(org, ss("sequencing"))
    sub(org_seq, ss("controlMode"), choice="true", flow="true")
    _resources(root, plan, cp, adl("scormType"))
    return to_bytes(root)
