"""Shared helpers for the SCORM tests: export, unzip, validate with the shared validator."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from lxml import etree

from tests.conftest import SHARED
from tests.packages import export_package as export  # noqa: F401 - re-exported


def shared_validator(package: Path, kind: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            str(SHARED / "validators" / "validate_package.py"),
            str(package),
            "--kind",
            kind,
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )


def manifest(package: Path) -> tuple[bytes, etree._Element]:
    with zipfile.ZipFile(package) as zf:
        data = zf.read("imsmanifest.xml")
    return data, etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))


def listed_files(root: etree._Element) -> set[str]:
    return {
        el.get("href")
        for el in root.iter()
        if isinstance(el.tag, str) and etree.QName(el).localname == "file"
    }
