"""Shared helpers for the EPUB exporter tests: export, read the book, run the judges."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

from lxml import etree

from studio.exporters.base import ExportReport
from studio.exporters.epub.book import EpubOptions, export_epub
from studio.jobs import Progress
from studio.project import Project

OPF_NS = {"opf": "http://www.idpf.org/2007/opf", "dc": "http://purl.org/dc/elements/1.1/"}
XHTML_NS = {"x": "http://www.w3.org/1999/xhtml"}
REPO = Path(__file__).resolve().parents[2]


def export(project: Project, out: Path, **options: object) -> ExportReport:
    return export_epub(project.course, project.media_dir, out, EpubOptions(**options), Progress())  # type: ignore[arg-type]


def read_opf(book: Path) -> etree._Element:
    with zipfile.ZipFile(book) as zf:
        return etree.fromstring(zf.read("EPUB/content.opf"))


def metas(opf: etree._Element, prop: str) -> list[str]:
    return [m.text or "" for m in opf.iterfind(f".//opf:meta[@property='{prop}']", OPF_NS)]


def read_doc(book: Path, name: str) -> etree._Element:
    with zipfile.ZipFile(book) as zf:
        return etree.fromstring(zf.read(name))


def validate(book: Path, shared: Path) -> dict[str, object]:
    """EPUBCheck through the shared validator; returns its JSON verdict."""
    proc = subprocess.run(
        [sys.executable, str(shared / "validators" / "validate_package.py"), str(book),
         "--kind", "epub", "--json"],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    verdict: dict[str, object] = json.loads(proc.stdout)
    verdict["returncode"] = proc.returncode
    return verdict


def problems(verdict: dict[str, object]) -> list[object]:
    found = verdict.get("problems", [])
    return list(found) if isinstance(found, list) else [found]


def a11y(book: Path, shared: Path, out_json: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.setdefault("HARNESS_CACHE", str(REPO / ".cache" / "harness"))
    return subprocess.run(
        [sys.executable, str(shared / "harness" / "a11y_check.py"), str(book),
         "--json", str(out_json), "--fail-on", "serious"],
        capture_output=True, text=True, timeout=600, env=env,
    )  # fmt: skip
