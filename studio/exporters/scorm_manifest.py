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

from studio.model import Course
from studio.model.course import ALL_RIGHTS_RESERVED

XSI = "http://www.w3.org/2001/XMLSchema-instance"
XML_NS = "http://www.w3.org/XML/1998/namespace"

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


def _sub(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    el = etree.SubElement(parent, tag, attrs)
    if text is not None:
        el.text = text
    return el


def _license_text(course: Course) -> str:
    if course.license == ALL_RIGHTS_RESERVED:
        return "All rights reserved."
    return f"Licence: {course.license}." if course.license else "Licence not stated."


def _serialize(root: etree._Element) -> bytes:
    data: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return data


# ---------------------------------------------------------------- SCORM 1.2


def _lom12(parent: etree._Element, course: Course) -> None:
    def md(name: str) -> str:
        return _q(NS12, "imsmd", name)

    lang = course.language or "en"

    def langstring(el: etree._Element, text: str, language: str = lang) -> None:
        ls = _sub(el, md("langstring"), text)
        ls.set(f"{{{XML_NS}}}lang", language)

    lom = _sub(parent, md("lom"))
    general = _sub(lom, md("general"))
    langstring(_sub(general, md("title")), course.title)
    _sub(general, md("language"), lang)
    if course.description:
        langstring(_sub(general, md("description")), course.description)
    for word in course.keywords:
        langstring(_sub(general, md("keyword")), word)
    rights = _sub(lom, md("rights"))
    cost = _sub(rights, md("cost"))
    langstring(_sub(cost, md("source")), "LOMv1.0", "x-none")
    langstring(_sub(cost, md("value")), "no", "x-none")
    restr = _sub(rights, md("copyrightandotherrestrictions"))
    langstring(_sub(restr, md("source")), "LOMv1.0", "x-none")
    langstring(_sub(restr, md("value")), "yes", "x-none")
    langstring(_sub(rights, md("description")), _license_text(course))


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
    root = etree.Element(
        cp("manifest"),
        {"identifier": ncname(f"MANIFEST-{course.id}"), "version": course.version or "1.0"},
        nsmap=nsmap,
    )
    root.set(f"{{{XSI}}}schemaLocation", locations)
    metadata = _sub(root, cp("metadata"))
    _sub(metadata, cp("schema"), "ADL SCORM")
    _sub(metadata, cp("schemaversion"), schemaversion)
    lom(metadata, course)
    orgs = _sub(root, cp("organizations"), default="ORG-1")
    org = _sub(orgs, cp("organization"), identifier="ORG-1")
    _sub(org, cp("title"), course.title)
    return root, org


def _items(
    plan: ManifestPlan, org: etree._Element, cp: Callable[[str], str]
) -> Iterator[tuple[ScoItem, etree._Element]]:
    """One visible ``<item>`` per SCO (Open edX's XBlock shows only isvisible items)."""
    for item in plan.items:
        el = _sub(
            org,
            cp("item"),
            identifier=f"ITEM-{item.identifier}",
            identifierref=f"RES-{item.identifier}",
            isvisible="true",
        )
        _sub(el, cp("title"), item.title)
        yield item, el


def _resources(
    root: etree._Element, plan: ManifestPlan, cp: Callable[[str], str], scorm_type: str
) -> None:
    """Every file listed: one SCO resource per item, the shared files as one asset."""
    resources = _sub(root, cp("resources"))
    for item in plan.items:
        res = _sub(
            resources, cp("resource"), identifier=f"RES-{item.identifier}", type="webcontent"
        )
        res.set(scorm_type, "sco")
        res.set("href", item.href)
        for name in item.files:
            _sub(res, cp("file"), href=name)
        for dep in item.dependencies:
            _sub(res, cp("dependency"), identifierref=dep)
    if plan.shared_files:
        res = _sub(resources, cp("resource"), identifier=plan.shared_id, type="webcontent")
        res.set(scorm_type, "asset")
        for name in plan.shared_files:
            _sub(res, cp("file"), href=name)


def manifest_scorm12(plan: ManifestPlan) -> bytes:
    def cp(name: str) -> str:
        return _q(NS12, None, name)

    def adl(name: str) -> str:
        return _q(NS12, "adlcp", name)

    root, org = _skeleton(plan, NS12, LOCATIONS12, "1.2", _lom12, cp)
    for item, el in _items(plan, org, cp):
        if item.passing is not None:
            _sub(el, adl("masteryscore"), f"{item.passing:g}")
    _resources(root, plan, cp, adl("scormtype"))
    return _serialize(root)


# ---------------------------------------------------------------- SCORM 2004


def _lom2004(parent: etree._Element, course: Course) -> None:
    def lo(name: str) -> str:
        return _q(NS2004, "lom", name)

    lang = course.language or "en"

    def string(el: etree._Element, text: str) -> None:
        _sub(el, lo("string"), text, language=lang)

    lom = _sub(parent, lo("lom"))
    general = _sub(lom, lo("general"))
    string(_sub(general, lo("title")), course.title)
    _sub(general, lo("language"), lang)
    if course.description:
        string(_sub(general, lo("description")), course.description)
    for word in course.keywords:
        string(_sub(general, lo("keyword")), word)
    rights = _sub(lom, lo("rights"))
    cost = _sub(rights, lo("cost"))
    _sub(cost, lo("source"), "LOMv1.0")
    _sub(cost, lo("value"), "no")
    restr = _sub(rights, lo("copyrightAndOtherRestrictions"))
    _sub(restr, lo("source"), "LOMv1.0")
    _sub(restr, lo("value"), "yes")
    string(_sub(rights, lo("description")), _license_text(course))


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
            seq = _sub(el, ss("sequencing"))
            objectives = _sub(seq, ss("objectives"))
            primary = _sub(
                objectives,
                ss("primaryObjective"),
                objectiveID=f"PASS-{item.identifier}",
                satisfiedByMeasure="true",
            )
            _sub(
                primary, ss("minNormalizedMeasure"), f"{max(0.0, min(1.0, item.passing / 100)):.4g}"
            )
    # Let learners move freely between SCOs (one SCO per lesson).
    org_seq = _sub(org, ss("sequencing"))
    _sub(org_seq, ss("controlMode"), choice="true", flow="true")
    _resources(root, plan, cp, adl("scormType"))
    return _serialize(root)
