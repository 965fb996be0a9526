"""``studio validate``: Studio's own checks on any package, problems with their location.

Checks are plain functions ``check(pkg) -> list[Problem]`` registered per package
kind in ``CHECKS``; the kind is detected from the zip (``detect_kind``). Other
formats add theirs with ``register_check`` from their own module, listed in
``CHECK_MODULES`` (imported lazily, a missing module is skipped).
"""

from __future__ import annotations

import importlib
import json
import posixpath
import re
import stat
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from lxml import etree

from studio.errors import StudioError
from studio.exporters.render.tracking import (
    SCORM12_SUSPEND_LIMIT,
    SCORM2004_SUSPEND_LIMIT,
    suspend_worst_case,
)
from studio.exporters.xml import safe_parser
from studio.validate import Problem
from studio.zip_limits import MAX_RATIO

CHECK_MODULES = ("studio.exporters.validate.cc", "studio.exporters.validate.cmi5")
MAX_TOTAL = 20 * 1024**3

NS_CP12 = "http://www.imsproject.org/xsd/imscp_rootv1p1p2"
NS_CP2004 = "http://www.imsglobal.org/xsd/imscp_v1p1"
NS_ADL12 = "http://www.adlnet.org/xsd/adlcp_rootv1p2"
NS_ADL2004 = "http://www.adlnet.org/xsd/adlcp_v1p3"
NS_SS = "http://www.imsglobal.org/xsd/imsss"


@dataclass
class Package:
    """An opened package: entry names and lazy access to their bytes."""

    path: Path
    zf: zipfile.ZipFile
    names: list[str]
    kind: str = "unknown"
    manifest: etree._Element | None = None
    extra: dict[str, object] = field(default_factory=dict)

    def has(self, name: str) -> bool:
        return name in self._set

    @property
    def _set(self) -> set[str]:
        cached = self.extra.get("names")
        if not isinstance(cached, set):
            cached = set(self.names)
            self.extra["names"] = cached
        return cached

    def read(self, name: str) -> bytes:
        return self.zf.read(name)


@dataclass
class ValidationResult:
    path: Path
    kind: str
    problems: list[Problem]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def ok(self) -> bool:
        return not self.errors

    def to_json(self) -> str:
        return json.dumps(
            {
                "package": str(self.path),
                "kind": self.kind,
                "ok": self.ok,
                "problems": [p.__dict__ for p in self.problems],
            },
            indent=1,
        )


Check = Callable[[Package], list[Problem]]
CHECKS: dict[str, list[Check]] = {}


def register_check(kind: str, check: Check) -> Check:
    """Add ``check`` for packages of ``kind`` ("any" runs on every package)."""
    CHECKS.setdefault(kind, [])
    if check not in CHECKS[kind]:
        CHECKS[kind].append(check)
    return check


# ---------------------------------------------------------------- kind


def detect_kind(pkg: Package) -> str:
    if pkg.has("mimetype") and pkg.read("mimetype").strip() == b"application/epub+zip":
        return "epub"
    if not pkg.has("imsmanifest.xml"):
        return "cmi5" if pkg.has("cmi5.xml") else "unknown"
    root = pkg.manifest
    if root is None:
        return "unknown"
    ns = etree.QName(root).namespace or ""
    if ns == NS_CP12:
        return "scorm12"
    if ns == NS_CP2004:
        return "scorm2004"
    if "imscc" in ns:
        return "cc"
    return "unknown"


# ---------------------------------------------------------------- zip hygiene


def check_zip(pkg: Package) -> list[Problem]:
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    total = 0
    for info in pkg.zf.infolist():
        name = info.filename
        where = f"{name} (zip entry)"
        if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
            problems.append(Problem("error", where, "absolute path in the zip"))
        if "\\" in name:
            problems.append(Problem("error", where, "backslash in the path (use /)"))
        if ".." in name.split("/"):
            problems.append(Problem("error", where, "'..' in the path escapes the package"))
        if info.flag_bits & 0x1:
            problems.append(Problem("error", where, "encrypted entry"))
        mode = info.external_attr >> 16
        if info.create_system == 3 and stat.S_ISLNK(mode):
            problems.append(Problem("error", where, "symbolic link in the zip"))
        lower = name.lower()
        if lower in seen and seen[lower] != name:
            problems.append(Problem("warning", where, f"differs only by case from {seen[lower]}"))
        elif name in seen:
            problems.append(Problem("error", where, "duplicate entry"))
        seen[lower] = name
        total += info.file_size
        if info.compress_size and info.file_size / info.compress_size > MAX_RATIO:
            problems.append(Problem("error", where, "suspicious compression ratio (zip bomb?)"))
        if name.startswith("__MACOSX/") or name.endswith(".DS_Store") or name.endswith("Thumbs.db"):
            problems.append(Problem("warning", where, "operating-system clutter in the package"))
    if total > MAX_TOTAL:
        problems.append(Problem("error", "(zip)", "the package expands to more than 20 GB"))
    return problems


# ---------------------------------------------------------------- SCORM


def _line(el: etree._Element) -> str:
    return f"imsmanifest.xml:{el.sourceline}" if el.sourceline else "imsmanifest.xml"


def _resolve(base: str, href: str) -> str:
    path = unquote(urlsplit(href).path)
    return posixpath.normpath(posixpath.join(base, path)) if base else posixpath.normpath(path)


def check_scorm(pkg: Package) -> list[Problem]:
    root = pkg.manifest
    if root is None:
        return [Problem("error", "imsmanifest.xml", "missing or not well-formed")]
    is12 = pkg.kind == "scorm12"
    cp = NS_CP12 if is12 else NS_CP2004
    adl = NS_ADL12 if is12 else NS_ADL2004
    problems: list[Problem] = []
    version = root.findtext(f"{{{cp}}}metadata/{{{cp}}}schemaversion")
    expected = "1.2" if is12 else "2004 4th Edition"
    if (version or "").strip() != expected:
        problems.append(
            Problem(
                "error" if is12 else "warning",
                _line(root),
                f"schemaversion {version!r}, expected {expected!r}",
            )
        )
    ids: dict[str, etree._Element] = {}
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        ident = el.get("identifier")
        if ident is None:
            continue
        if ident in ids:
            problems.append(Problem("error", _line(el), f"duplicate identifier {ident!r}"))
        ids[ident] = el
    resources = {r.get("identifier"): r for r in root.iter(f"{{{cp}}}resource")}
    orgs = root.find(f"{{{cp}}}organizations")
    if orgs is None:
        problems.append(Problem("error", _line(root), "no <organizations>"))
    else:
        default = orgs.get("default")
        org_ids = {o.get("identifier") for o in orgs.findall(f"{{{cp}}}organization")}
        if not org_ids:
            problems.append(Problem("error", _line(orgs), "no <organization>"))
        elif default not in org_ids:
            problems.append(
                Problem("error", _line(orgs), f"default organization {default!r} does not exist")
            )
    for item in root.iter(f"{{{cp}}}item"):
        ref = item.get("identifierref")
        if ref is not None and ref not in resources:
            problems.append(
                Problem("error", _line(item), f"item points at unknown resource {ref!r}")
            )
        if item.get("isvisible") is None:
            problems.append(
                Problem(
                    "warning",
                    _line(item),
                    "no isvisible attribute (Open edX's SCORM XBlock hides such items)",
                )
            )
        if is12:
            mastery = item.findtext(f"{{{adl}}}masteryscore")
            if mastery is not None:
                try:
                    value = float(mastery)
                    if not 0 <= value <= 100:
                        raise ValueError
                except ValueError:
                    problems.append(
                        Problem("error", _line(item), f"masteryscore {mastery!r} is not 0-100")
                    )
        else:
            for measure in item.iter(f"{{{NS_SS}}}minNormalizedMeasure"):
                try:
                    value = float(measure.text or "")
                    if not -1 <= value <= 1:
                        raise ValueError
                except ValueError:
                    problems.append(
                        Problem(
                            "error",
                            _line(measure),
                            f"minNormalizedMeasure {measure.text!r} is not -1..1",
                        )
                    )
    listed: set[str] = set()
    scos = 0
    root_base = root.get("{http://www.w3.org/XML/1998/namespace}base") or ""
    for ident, res in resources.items():
        base = posixpath.join(
            root_base, res.get("{http://www.w3.org/XML/1998/namespace}base") or ""
        )
        scorm_type = res.get(f"{{{adl}}}{'scormtype' if is12 else 'scormType'}")
        if scorm_type not in ("sco", "asset"):
            problems.append(
                Problem(
                    "error",
                    _line(res),
                    f"resource {ident!r} has no valid SCORM type (sco or asset)",
                )
            )
        href = res.get("href")
        if scorm_type == "sco":
            scos += 1
            if not href:
                problems.append(Problem("error", _line(res), f"SCO {ident!r} has no launch href"))
        if href and "://" not in href:
            target = _resolve(base, href)
            if not pkg.has(target):
                problems.append(
                    Problem("error", _line(res), f"launch file {target} is not in the package")
                )
        for f in res.findall(f"{{{cp}}}file"):
            fhref = f.get("href") or ""
            target = _resolve(base, fhref)
            listed.add(target)
            if fhref.startswith("/") or target.startswith("../"):
                problems.append(
                    Problem("error", _line(f), f"file {fhref} points outside the package")
                )
            elif not pkg.has(target):
                problems.append(
                    Problem("error", _line(f), f"listed file {target} is not in the package")
                )
        for dep in res.findall(f"{{{cp}}}dependency"):
            if dep.get("identifierref") not in resources:
                problems.append(
                    Problem(
                        "error",
                        _line(dep),
                        f"dependency on unknown resource {dep.get('identifierref')!r}",
                    )
                )
    if not scos:
        problems.append(
            Problem("error", _line(root), "no SCO: the LMS has nothing to launch and track")
        )
    for name in pkg.names:
        if (
            name.endswith("/")
            or name == "imsmanifest.xml"
            or name.endswith(".xsd")
            or name.endswith(".dtd")
        ):
            continue
        if name not in listed:
            problems.append(
                Problem("warning", f"{name} (zip entry)", "file not listed in any resource")
            )
    return problems


# ---------------------------------------------------------------- links in pages

_URL_ATTRS = ("src", "href", "poster", "data")


def check_links(pkg: Package) -> list[Problem]:
    problems: list[Problem] = []
    parser = etree.HTMLParser(no_network=True)
    for name in pkg.names:
        if not name.lower().endswith((".html", ".htm", ".xhtml")):
            continue
        try:
            doc = etree.fromstring(pkg.read(name), parser)
        except (etree.XMLSyntaxError, ValueError):
            problems.append(Problem("warning", name, "page could not be parsed"))
            continue
        if doc is None:
            continue
        base = posixpath.dirname(name)
        for el in doc.iter():
            if not isinstance(el.tag, str):
                continue
            for attr in _URL_ATTRS:
                url = el.get(attr)
                if not url or url.startswith("#"):
                    continue
                parts = urlsplit(url)
                if parts.scheme or parts.netloc or "{{" in url or "$" in url:
                    continue
                where = f"{name}:{el.sourceline}" if el.sourceline else name
                if url.startswith("/"):
                    problems.append(
                        Problem("error", where, f"root-absolute link {url} breaks inside an LMS")
                    )
                    continue
                target = _resolve(base, url)
                if target.startswith("../") or not pkg.has(target):
                    problems.append(
                        Problem("error", where, f"{el.tag} {attr}={url!r}: file not in the package")
                    )
    return problems


# ---------------------------------------------------------------- suspend data budget

_COURSE_DATA = re.compile(rb'<script type="application/json" id="course-data">(.*?)</script>', re.S)


def check_suspend_budget(pkg: Package) -> list[Problem]:
    """For Studio players: the worst-case suspend_data must fit the standard's limit."""
    limit = SCORM12_SUSPEND_LIMIT if pkg.kind == "scorm12" else SCORM2004_SUSPEND_LIMIT
    problems: list[Problem] = []
    for name in pkg.names:
        if not name.endswith(".html"):
            continue
        match = _COURSE_DATA.search(pkg.read(name))
        if not match:
            continue
        try:
            data = json.loads(match.group(1))
        except ValueError:
            problems.append(Problem("error", name, "the player's course data is not valid JSON"))
            continue
        if not data.get("lessons"):
            continue
        worst = suspend_worst_case(
            len(data["lessons"]), len(data.get("videos", [])), len(data.get("quizzes", []))
        )
        if worst > limit:
            problems.append(
                Problem(
                    "warning",
                    name,
                    f"resume data may need {worst} characters, over the {limit} allowed: the player "
                    "drops video progress, then quiz results, to stay within it",
                )
            )
        if data.get("suspendLimit", limit) > limit:
            problems.append(
                Problem(
                    "error", name, f"player suspend limit {data['suspendLimit']} exceeds {limit}"
                )
            )
    return problems


def check_epub_container(pkg: Package) -> list[Problem]:
    """The parts of the EPUB container that reading systems are strict about."""
    problems: list[Problem] = []
    infos = pkg.zf.infolist()
    if not infos or infos[0].filename != "mimetype":
        problems.append(
            Problem("error", "mimetype (zip entry)", "must be the first entry of the zip")
        )
    elif infos[0].compress_type != zipfile.ZIP_STORED:
        problems.append(Problem("error", "mimetype (zip entry)", "must be stored, not compressed"))
    if not pkg.has("META-INF/container.xml"):
        problems.append(Problem("error", "META-INF/container.xml", "missing"))
    return problems


register_check("any", check_zip)
register_check("epub", check_epub_container)
register_check("epub", check_links)
register_check("scorm12", check_scorm)
register_check("scorm2004", check_scorm)
register_check("scorm12", check_links)
register_check("scorm2004", check_links)
register_check("scorm12", check_suspend_budget)
register_check("scorm2004", check_suspend_budget)


def _load_check_modules() -> None:
    for module in CHECK_MODULES:
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise


def validate_package(path: str | Path) -> ValidationResult:
    """Run every check that applies to the package at ``path``."""
    path = Path(path)
    if not path.is_file():
        raise StudioError(
            "no such package", path=path,
            hint="give the path of a .zip, .imscc, .epub or .mbz file."
        )
    _load_check_modules()
    from studio.exporters.validate.mbz import check_backup, is_moodle_backup

    if is_moodle_backup(path):
        return ValidationResult(path, "mbz", check_backup(path))
    try:
        zf = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise StudioError(
            "not a zip package", path=path, hint="SCORM, CC and EPUB packages are zip files."
        ) from exc
    with zf:
        pkg = Package(path, zf, zf.namelist())
        problems: list[Problem] = []
        if pkg.has("imsmanifest.xml"):
            try:
                pkg.manifest = etree.fromstring(pkg.read("imsmanifest.xml"), safe_parser())
            except etree.XMLSyntaxError as exc:
                problems.append(
                    Problem(
                        "error", f"imsmanifest.xml:{exc.lineno}", f"not well-formed XML: {exc.msg}"
                    )
                )
        pkg.kind = detect_kind(pkg)
        if pkg.kind == "unknown" and not problems:
            problems.append(
                Problem(
                    "error",
                    "(zip)",
                    "no imsmanifest.xml, cmi5.xml or EPUB mimetype: not a SCORM, cmi5, CC or EPUB package",
                )
            )
        for check in CHECKS.get("any", []) + CHECKS.get(pkg.kind, []):
            problems.extend(check(pkg))
    return ValidationResult(path, pkg.kind, problems)
