"""Checks of an IMS Common Cartridge (1.0-1.3) for ``studio validate PACKAGE``.

``validate_cartridge(path)`` returns every problem found (errors and warnings),
not just the first: a safe zip, a manifest in a CC namespace whose
``schemaversion`` matches it, resource types of exactly that version, item and
dependency references that resolve, every referenced file present and every
file listed, QTI files in the CC profile (one section, ``cc_profile`` on each
item, a right answer on auto-scored items), and readable web links and topics.
XML is parsed with entities, DTDs and network access off.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from pathlib import Path

from lxml import etree

from studio.exporters.xml import safe_parser
from studio.validate import Problem

MANIFEST = "imsmanifest.xml"
QTI_NS = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"
CC_NAMESPACE = re.compile(r"^http://www\.imsglobal\.org/xsd/imscc(v1p[0-3]|_v1p0)/imscp_v1p1$")
PROFILE_ITEMS = frozenset({
    "cc.multiple_choice.v0p1", "cc.multiple_response.v0p1", "cc.true_false.v0p1",
    "cc.fib.v0p1", "cc.pattern_match.v0p1", "cc.essay.v0p1",
})
MAX_MANIFEST_BYTES = 20 * 1024 * 1024


def _types(tag: str) -> frozenset[str]:
    types = {
        "webcontent", f"imsqti_xmlv1p2/imscc_xml{tag}/assessment",
        f"imsqti_xmlv1p2/imscc_xml{tag}/question-bank",
        f"associatedcontent/imscc_xml{tag}/learning-application-resource",
        f"imsdt_xml{tag}", f"imswl_xml{tag}",
    }
    if tag == "v1p3":
        types |= {"imsbasiclti_xmlv1p3", "assignment_xmlv1p0", "idpfepub_epubv3p0",
                  "imsapip_zipv1p0", "imsiwb_iwbv1p0"}
    elif tag != "v1p0":
        types.add("imsbasiclti_xmlv1p0")
    if tag == "v1p2":
        types.add("imsiwb_iwbv1p0")
    return frozenset(types)


def _parser() -> etree.XMLParser:
    return safe_parser(keep_comments=True)


def is_cartridge(path: Path) -> bool:
    """True if ``path`` is a zip whose manifest is a Common Cartridge one.

    QTI zips for Canvas borrow the CC 1.1 namespace but say ``IMS Content``
    1.1.3 in their metadata; they are not cartridges.
    """
    try:
        with zipfile.ZipFile(path) as zf:
            root = etree.fromstring(zf.read(MANIFEST), _parser())
    except (OSError, KeyError, zipfile.BadZipFile, etree.XMLSyntaxError):
        return False
    ns = etree.QName(root).namespace or ""
    if not CC_NAMESPACE.match(ns):
        return False
    schema = root.findtext(f"{{{ns}}}metadata/{{{ns}}}schema") or ""
    return "Common Cartridge" in schema


class _Checker:
    def __init__(self, zf: zipfile.ZipFile) -> None:
        self.zf = zf
        self.names = set(zf.namelist())
        self.problems: list[Problem] = []

    def error(self, where: str, message: str) -> None:
        self.problems.append(Problem("error", where, message))

    def warn(self, where: str, message: str) -> None:
        self.problems.append(Problem("warning", where, message))

    def xml(self, name: str) -> etree._Element | None:
        try:
            return etree.fromstring(self.zf.read(name), _parser())
        except etree.XMLSyntaxError as exc:
            self.error(name, f"not well-formed XML: {exc}")
        return None

    def zip_hygiene(self) -> None:
        for name in sorted(self.names):
            if name.startswith("/") or "\\" in name or ".." in name.split("/"):
                self.error(name, "unsafe path in the zip (absolute, '..' or backslash)")

    def check(self, hygiene: bool = True) -> None:
        if hygiene:
            self.zip_hygiene()
        if MANIFEST not in self.names:
            self.error(MANIFEST, "missing at the root of the package")
            return
        if self.zf.getinfo(MANIFEST).file_size > MAX_MANIFEST_BYTES:
            self.error(MANIFEST, "too large to be a manifest")
            return
        root = self.xml(MANIFEST)
        if root is None:
            return
        ns = etree.QName(root).namespace or ""
        match = CC_NAMESPACE.match(ns)
        if not match:
            self.error(MANIFEST, f"not a Common Cartridge manifest (namespace {ns!r})")
            return
        tag = "v1p0" if match.group(1) == "_v1p0" else match.group(1)
        cp = f"{{{ns}}}"
        want = f"1.{tag[-1]}.0"
        sv = root.find(f"{cp}metadata/{cp}schemaversion")
        if sv is None or (sv.text or "").strip() != want:
            self.error(MANIFEST, f"metadata/schemaversion must be {want} for this namespace")
        resources = {r.get("identifier", ""): r for r in root.iter(f"{cp}resource")}
        self.references(root, cp, resources)
        self.resources(cp, resources, _types(tag))
        self.organization(root, cp)

    def references(self, root: etree._Element, cp: str,
                   resources: dict[str, etree._Element]) -> None:
        for item in root.iter(f"{cp}item"):
            ref = item.get("identifierref")
            if ref is not None and ref not in resources:
                self.error(MANIFEST, f"item {item.get('identifier')!r} points at a missing "
                           f"resource {ref!r}")
        for dep in root.iter(f"{cp}dependency"):
            if dep.get("identifierref") not in resources:
                self.error(MANIFEST, f"dependency on a missing resource "
                           f"{dep.get('identifierref')!r}")
        listed: set[str] = set()
        for rid, res in resources.items():
            hrefs = [res.get("href")] + [f.get("href") for f in res.iter(f"{cp}file")]
            for href in hrefs:
                if not href:
                    continue
                path = posixpath.normpath(href.split("#")[0])
                listed.add(path)
                if path not in self.names:
                    self.error(MANIFEST, f"resource {rid!r} lists {href!r}, which is not in "
                               "the package")
        for name in sorted(self.names - listed - {MANIFEST}):
            if not name.endswith("/"):
                self.warn(name, "file not listed in any resource: LMSs may not import it")

    def resources(self, cp: str, resources: dict[str, etree._Element],
                  legal: frozenset[str]) -> None:
        for rid, res in resources.items():
            rtype = res.get("type", "")
            if rtype not in legal:
                self.error(MANIFEST, f"resource {rid!r} has type {rtype!r}, not a resource "
                           "type of this Common Cartridge version")
                continue
            files = [f.get("href") for f in res.iter(f"{cp}file") if f.get("href")]
            if rtype != "webcontent" and not files:
                self.error(MANIFEST, f"resource {rid!r} ({rtype}) has no <file>")
                continue
            first = posixpath.normpath(files[0]) if files else ""
            if first not in self.names:
                continue
            if "/assessment" in rtype or "/question-bank" in rtype:
                self.qti(first)
            elif rtype.startswith("imswl_"):
                self.weblink(first)
            elif rtype.startswith("imsdt_"):
                self.topic(first)

    def qti(self, name: str) -> None:
        root = self.xml(name)
        if root is None:
            return
        if etree.QName(root).namespace != QTI_NS:
            self.error(name, "a QTI file must be in the QTI 1.2 namespace")
            return
        q = f"{{{QTI_NS}}}"
        if len(root.findall(f"{q}assessment/{q}section")) > 1:
            self.error(name, "the CC QTI profile allows one section per assessment")
        for item in root.iter(f"{q}item"):
            ident = item.get("ident")
            profile = None
            for field in item.iter(f"{q}qtimetadatafield"):
                if (field.findtext(f"{q}fieldlabel") or "").strip() == "cc_profile":
                    profile = (field.findtext(f"{q}fieldentry") or "").strip()
            if profile is None:
                self.error(name, f"item {ident!r} has no cc_profile metadata")
            elif profile not in PROFILE_ITEMS:
                self.error(name, f"item {ident!r} uses {profile!r}, outside the CC QTI profile")
            elif profile != "cc.essay.v0p1" and not any(
                (s.text or "").strip() not in ("", "0") for s in item.iter(f"{q}setvar")
            ):
                self.warn(name, f"item {ident!r} never scores: no right answer is set")

    def weblink(self, name: str) -> None:
        root = self.xml(name)
        if root is None:
            return
        url = next((el.get("href") for el in root.iter() if isinstance(el.tag, str)
                    and etree.QName(el).localname == "url"), None)
        if not url:
            self.error(name, "web link without a URL")
        elif not url.startswith(("http://", "https://", "mailto:")):
            self.warn(name, f"web link {url!r} is not an http(s) address")

    def topic(self, name: str) -> None:
        root = self.xml(name)
        if root is None:
            return
        local = {etree.QName(el).localname for el in root if isinstance(el.tag, str)}
        if not {"title", "text"} <= local:
            self.error(name, "discussion topic needs a title and a text")

    def organization(self, root: etree._Element, cp: str) -> None:
        org = root.find(f"{cp}organizations/{cp}organization")
        if org is None:
            self.warn(MANIFEST, "no organization: LMSs will import the files without structure")
            return

        def depth(el: etree._Element) -> int:
            kids = el.findall(f"{cp}item")
            return 1 + max((depth(k) for k in kids), default=0) if kids else 0

        if depth(org) < 4:
            self.warn(MANIFEST, "organization has fewer than root > module > lesson > item "
                      "levels: Open edX's cc2olx will flatten it")


def validate_cartridge(path: Path, *, hygiene: bool = True) -> list[Problem]:
    """Every problem found in the cartridge at ``path`` (empty list = no problem).

    ``hygiene=False`` skips the zip-path checks (``studio validate`` runs its own).
    """
    try:
        with zipfile.ZipFile(path) as zf:
            checker = _Checker(zf)
            checker.check(hygiene)
            return checker.problems
    except zipfile.BadZipFile:
        return [Problem("error", str(path), "not a zip file")]
    except OSError as exc:
        return [Problem("error", str(path), f"cannot be read ({exc.strerror or exc})")]


def _register() -> None:
    """Plug the cartridge checks into ``studio validate`` (the package validator's registry)."""
    from studio.exporters.validate import packages as sv

    def check_cartridge(pkg: sv.Package) -> list[Problem]:
        if not is_cartridge(pkg.path):
            return [Problem("warning", MANIFEST, "a QTI package (Canvas layout), not a "
                               "cartridge: only the zip itself was checked")]
        return validate_cartridge(pkg.path, hygiene=False)

    sv.register_check("cc", check_cartridge)


_register()
