"""Exporters: one module per output format, found through this registry.

``EXPORTERS`` maps a format name to its ``ExporterSpec``; the CLI and the export
dialog build their format lists and option forms from it.
"""

from __future__ import annotations

import importlib
from typing import Any

from studio.errors import StudioError
from studio.exporters.base import ExporterSpec, ExportOptions, ExportReport

__all__ = ["EXPORTERS", "ExportOptions", "ExportReport", "ExporterSpec", "exporters",
           "get_exporter"]

# format name -> module that defines SPEC (SPECS for a module with several formats)
EXPORTER_MODULES: dict[str, str] = {
    "scorm12": "studio.exporters.scorm.scorm12",
    "scorm2004": "studio.exporters.scorm.scorm2004",
    "cc11": "studio.exporters.cc.cartridge",
    "cc12": "studio.exporters.cc.cartridge",
    "cc13": "studio.exporters.cc.cartridge",
    "qti12": "studio.exporters.qti.package",
    "qti21": "studio.exporters.qti.package",
    "epub": "studio.exporters.epub.book",
    "moodle": "studio.exporters.moodle.backup",
    "moodle-xml": "studio.exporters.moodle.moodle_xml",
    "cmi5": "studio.exporters.cmi5.package",
}


def _load(name: str) -> ExporterSpec | None:
    module_name = EXPORTER_MODULES.get(name)
    if module_name is None:
        return None
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name == module_name:
            return None
        raise
    specs = getattr(module, "SPECS", None)
    if isinstance(specs, dict):
        spec = specs.get(name)
        return spec if isinstance(spec, ExporterSpec) else None
    spec = getattr(module, "SPEC", None)
    return spec if isinstance(spec, ExporterSpec) and spec.name == name else None


def _load_all() -> dict[str, ExporterSpec]:
    found: dict[str, ExporterSpec] = {}
    for name in EXPORTER_MODULES:
        spec = _load(name)
        if spec is not None:
            found[name] = spec
    return found


_registry: dict[str, ExporterSpec] | None = None


def exporters() -> dict[str, ExporterSpec]:
    """The registry, loaded on first use: importing ``studio.exporters`` (for the presets,
    say) must not import every exporter, so the window and ``studio --help`` start fast."""
    global _registry
    if _registry is None:
        _registry = _load_all()
    return _registry


def __getattr__(name: str) -> Any:
    if name == "EXPORTERS":  # ``from studio.exporters import EXPORTERS`` still works
        return exporters()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def get_exporter(name: str) -> ExporterSpec:
    registry = exporters()
    spec = registry.get(name)
    if spec is None:
        known = ", ".join(registry) or "none"
        raise StudioError(
            f"unknown export format {name!r}",
            hint=f"choose one of: {known} (or an LMS preset with --preset).",
        )
    return spec
