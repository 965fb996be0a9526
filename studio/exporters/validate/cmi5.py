"""Checks of a cmi5 course package for ``studio validate``.

``cmi5.xml`` is parsed safely and validated against the cmi5 CourseStructure schema
(vendored in ``resources/schemas/cmi5``); then what the schema cannot say: every AU's
URL is in the package (or an absolute URL), and every course, block, AU and objective
id is an absolute IRI used once.
"""

from __future__ import annotations

import posixpath
import re
from functools import cache
from urllib.parse import unquote, urlsplit

from lxml import etree

from studio.errors import ImportFormatError
from studio.exporters.validate import packages as sv
from studio.exporters.xml import parse_safely, safe_parser
from studio.resources import resource_path
from studio.validate import Problem

FILE_NAME = "cmi5.xml"
NS = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd"
# An absolute IRI: a scheme, then no whitespace, control characters or characters IRIs forbid.
_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`\x00-\x1f\x7f]+$")


@cache
def schema() -> etree.XMLSchema:
    path = resource_path("schemas/cmi5/CourseStructure.xsd")
    return etree.XMLSchema(etree.fromstring(path.read_bytes(), safe_parser()))


def _where(el: etree._Element) -> str:
    return f"{FILE_NAME}:{el.sourceline}" if el.sourceline else FILE_NAME


def _local(el: etree._Element) -> str:
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


def check_ids(root: etree._Element) -> list[Problem]:
    problems: list[Problem] = []
    seen: dict[str, int | None] = {}
    for el in root.iter():
        if _local(el) not in ("course", "block", "au", "objective") or el.get("id") is None:
            continue
        value = el.get("id", "").strip()
        if not _IRI.match(value):
            problems.append(Problem(
                "error", _where(el), f"{_local(el)} id {value!r} is not an absolute IRI "
                "(it needs a scheme such as https: or urn:, and no spaces)"))  # fmt: skip
        if value in seen:
            problems.append(Problem(
                "error", _where(el),
                f"{_local(el)} id {value!r} is already used on line {seen[value]}"))  # fmt: skip
        seen.setdefault(value, el.sourceline)
    objectives = {
        el.get("id", "").strip() for el in root.iter(f"{{{NS}}}objective") if el.get("id")
    }
    for el in root.iter(f"{{{NS}}}objective"):
        ref = el.get("idref")
        if ref is not None and ref.strip() not in objectives:
            problems.append(Problem("error", _where(el), f"objective {ref!r} is not defined"))
    return problems


def check_urls(pkg: sv.Package, root: etree._Element) -> list[Problem]:
    problems: list[Problem] = []
    for url_el in root.iter(f"{{{NS}}}url"):
        url = (url_el.text or "").strip()
        parts = urlsplit(url)
        if parts.scheme or parts.netloc:
            problems.append(Problem(
                "warning", _where(url_el), f"AU URL {url!r} is outside the package: not checked"))  # fmt: skip
            continue
        target = posixpath.normpath(unquote(parts.path)) if parts.path else ""
        if url.startswith("/") or target.startswith("../") or not pkg.has(target):
            problems.append(Problem(
                "error", _where(url_el), f"AU URL {url!r}: the file is not in the package"))  # fmt: skip
    return problems


def check_cmi5(pkg: sv.Package) -> list[Problem]:
    try:
        root = parse_safely(pkg.read(FILE_NAME), FILE_NAME, what="cmi5 course structure")
    except ImportFormatError as exc:
        return [Problem("error", FILE_NAME, exc.message)]
    problems: list[Problem] = []
    xsd = schema()
    if not xsd.validate(root):
        for err in xsd.error_log:
            problems.append(Problem("error", f"{FILE_NAME}:{err.line}", err.message))
    if etree.QName(root).namespace != NS:
        return problems
    return problems + check_ids(root) + check_urls(pkg, root)


sv.register_check("cmi5", check_cmi5)
sv.register_check("cmi5", sv.check_links)
