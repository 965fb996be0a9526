"""IMS packaging shared by every format: licences, LOM metadata and the manifest skeleton.

One place says what a course's licence is called and where it is published
(``licence``), how a course is described in IEEE LOM (``lom``: the SCORM 1.2 IMS
Metadata binding, the SCORM 2004 LOM binding and the Common Cartridge LOM profile
differ only in namespaces and how a language string is written), and how an
``imsmanifest.xml`` starts and lists its resources (``manifest_root``,
``add_resource``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from lxml import etree

from studio.exporters.xml import XML_NS, XSI, sub
from studio.model.course import ALL_RIGHTS_RESERVED, Course

_CC_LICENCES = {
    "CC-BY-4.0": ("Creative Commons Attribution 4.0 International", "by/4.0"),
    "CC-BY-SA-4.0": ("Creative Commons Attribution-ShareAlike 4.0 International", "by-sa/4.0"),
    "CC-BY-NC-4.0": ("Creative Commons Attribution-NonCommercial 4.0 International", "by-nc/4.0"),
    "CC-BY-NC-SA-4.0": (
        "Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International",
        "by-nc-sa/4.0",
    ),
    "CC-BY-ND-4.0": ("Creative Commons Attribution-NoDerivatives 4.0 International", "by-nd/4.0"),
    "CC-BY-NC-ND-4.0": (
        "Creative Commons Attribution-NonCommercial-NoDerivatives 4.0 International",
        "by-nc-nd/4.0",
    ),
}


@dataclass(frozen=True)
class Licence:
    spdx: str  # "CC-BY-4.0", "all-rights-reserved" or ""
    name: str  # "Creative Commons Attribution 4.0 International (CC-BY-4.0)"
    url: str  # where the licence text is published; "" when none

    @property
    def restricted(self) -> bool:
        return self.spdx in (ALL_RIGHTS_RESERVED, "")

    @property
    def statement(self) -> str:
        """One sentence for metadata: the name, and the URL when there is one."""
        return f"{self.name}, {self.url}" if self.url else self.name


def licence(spdx: str) -> Licence:
    """The licence of an SPDX id (or ``all-rights-reserved``): its name and URL."""
    if spdx == ALL_RIGHTS_RESERVED or not spdx:
        return Licence(spdx, "All rights reserved", "")
    if spdx in _CC_LICENCES:
        name, path = _CC_LICENCES[spdx]
        return Licence(spdx, f"{name} ({spdx})", f"https://creativecommons.org/licenses/{path}/")
    if spdx == "CC0-1.0":
        return Licence(spdx, "CC0 1.0 Universal (public domain dedication)",
                       "https://creativecommons.org/publicdomain/zero/1.0/")
    return Licence(spdx, spdx, f"https://spdx.org/licenses/{spdx}.html")


def manifest_root(
    ns: str, nsmap: Mapping[str | None, str], identifier: str, schema_location: str,
    schema: str, schemaversion: str, *, version: str | None = None,
) -> tuple[etree._Element, etree._Element]:  # fmt: skip
    """``<manifest>`` (every namespace declared on it, first in the file, as Moodle needs)
    with its ``<metadata>``: (root, metadata)."""
    root = etree.Element(f"{{{ns}}}manifest", nsmap=dict(nsmap))
    root.set("identifier", identifier)
    if version is not None:
        root.set("version", version)
    root.set(f"{{{XSI}}}schemaLocation", schema_location)
    metadata = sub(root, f"{{{ns}}}metadata")
    sub(metadata, f"{{{ns}}}schema", schema)
    sub(metadata, f"{{{ns}}}schemaversion", schemaversion)
    return root, metadata


def add_resource(
    resources: etree._Element, ns: str, identifier: str, rtype: str, href: str | None,
    files: Sequence[str], dependencies: Sequence[str] = (),
    extra: Mapping[str, str] | None = None,
) -> etree._Element:  # fmt: skip
    """A ``<resource>`` with its files and dependencies (``extra`` attributes after type)."""
    res = sub(resources, f"{{{ns}}}resource", identifier=identifier, type=rtype)
    for key, value in (extra or {}).items():
        res.set(key, value)
    if href:
        res.set("href", href)
    for name in files:
        sub(res, f"{{{ns}}}file", href=name)
    for dep in dependencies:
        sub(res, f"{{{ns}}}dependency", identifierref=dep)
    return res


@dataclass(frozen=True)
class LomBinding:
    """How one packaging standard writes IEEE LOM."""

    ns: str
    string: str  # element holding a language string: "langstring" or "string"
    lang_attr: str  # its language attribute: xml:lang or "language"
    vocabulary: bool  # rights carry LOMv1.0 source/value pairs (SCORM)
    vocab_strings: bool  # vocabulary values are language strings (IMS MD 1.2)
    restrictions: str  # element name for copyright and other restrictions
    authors: bool  # lifeCycle contributors are written (CC)


IMSMD_12 = LomBinding("http://www.imsglobal.org/xsd/imsmd_rootv1p2p1", "langstring",
                      f"{{{XML_NS}}}lang", True, True, "copyrightandotherrestrictions", False)
LOM_2004 = LomBinding("http://ltsc.ieee.org/xsd/LOM", "string", "language", True, False,
                      "copyrightAndOtherRestrictions", False)


def cc_lom(ns: str) -> LomBinding:
    return LomBinding(ns, "string", "language", False, False, "copyrightAndOtherRestrictions",
                      True)


def lom(parent: etree._Element, course: Course, binding: LomBinding) -> etree._Element:
    """The course described in LOM: title, language, description, keywords, (authors),
    rights with the licence statement."""
    ns = binding.ns
    lang = course.language or "en"

    def el(holder: etree._Element, name: str, text: str | None = None) -> etree._Element:
        return sub(holder, f"{{{ns}}}{name}", text)

    def langstring(holder: etree._Element, text: str, language: str = lang) -> None:
        el(holder, binding.string, text).set(binding.lang_attr, language)

    def vocab(holder: etree._Element, source: str, value: str) -> None:
        if binding.vocab_strings:
            langstring(el(holder, "source"), source, "x-none")
            langstring(el(holder, "value"), value, "x-none")
        else:
            el(holder, "source", source)
            el(holder, "value", value)

    root = el(parent, "lom")
    general = el(root, "general")
    langstring(el(general, "title"), course.title or "Untitled course")
    el(general, "language", lang)
    if course.description.strip():
        langstring(el(general, "description"), course.description)
    for word in course.keywords:
        langstring(el(general, "keyword"), word)
    if binding.authors and course.authors:
        life = el(root, "lifeCycle")
        for author in course.authors:
            contribute = el(life, "contribute")
            el(el(contribute, "role"), "value", "author")
            el(contribute, "entity", author)
            if course.created:
                el(el(contribute, "date"), "dateTime", course.created)
    rights = el(root, "rights")
    terms = licence(course.license)
    if binding.vocabulary:
        vocab(el(rights, "cost"), "LOMv1.0", "no")
        vocab(el(rights, binding.restrictions), "LOMv1.0", "yes")
    else:
        el(el(rights, binding.restrictions), "value", "yes" if terms.restricted else "no")
    langstring(el(rights, "description"), terms.statement)
    return root
