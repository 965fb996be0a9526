"""Importers: one module per source format, found through this registry.

``IMPORTER_MODULES`` maps a format name to the module that defines its ``SPEC``
(``SPECS`` for a module with several formats), in the order formats are offered.
``importers()`` loads them once; detection, reading, the CLI and the import dialog
all read it. The names alone (``IMPORTER_NAMES``) cost no import.
"""

from __future__ import annotations

import importlib
from functools import cache
from pathlib import Path

from studio.errors import ImportFormatError
from studio.importers.spec import ImporterSpec

IMPORTER_MODULES: dict[str, str] = {
    "gift": "studio.importers.gift",
    "aiken": "studio.importers.aiken",
    "quiztext": "studio.importers.quiztext",
    "csv": "studio.importers.csv_questions",
    "qti12": "studio.importers.qti_files",
    "qti21": "studio.importers.qti_files",
    "moodle-xml": "studio.importers.moodle_xml",
    "studio": "studio.importers.studio_package",
    "scorm": "studio.importers.scorm",
    "cc": "studio.importers.cc",
    "epub": "studio.importers.epub",
    "h5p": "studio.importers.h5p",
    "giftzip": "studio.importers.gift_media",
    "aicc": "studio.importers.aicc",
}
IMPORTER_NAMES = tuple(IMPORTER_MODULES)


def _load(name: str) -> ImporterSpec:
    module = importlib.import_module(IMPORTER_MODULES[name])
    specs = getattr(module, "SPECS", None)
    spec = specs.get(name) if isinstance(specs, dict) else getattr(module, "SPEC", None)
    if not isinstance(spec, ImporterSpec) or spec.name != name:
        raise TypeError(f"{IMPORTER_MODULES[name]} declares no importer {name!r}")
    return spec


@cache
def importers() -> dict[str, ImporterSpec]:
    """Every importer, in registry order."""
    return {name: _load(name) for name in IMPORTER_MODULES}


def offered() -> list[ImporterSpec]:
    """The formats a user can choose (the CLI's ``--format``, the dialog's list)."""
    return [spec for spec in importers().values() if spec.offered]


def get_importer(name: str, where: str | Path | None = None) -> ImporterSpec:
    spec = importers().get(name)
    if spec is None:
        raise ImportFormatError(f"unknown import format {name!r}", path=where,
                                hint=f"choose one of: {', '.join(s.name for s in offered())}.")
    return spec


def label(name: str) -> str:
    spec = importers().get(name)
    return spec.label if spec is not None else name


def archive_extensions() -> tuple[str, ...]:
    """File name endings that promise a zip archive (a file so named must be one)."""
    return tuple(sorted({ext for s in importers().values() if s.archive for ext in s.extensions}))


def file_filters() -> list[tuple[str, tuple[str, ...]]]:
    """(label, extensions) of every offered format, for file dialogs."""
    return [(s.label, s.extensions) for s in offered()]
