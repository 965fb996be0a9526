"""AICC courses are recognised only to say what they are and what to do: Studio does not
import AICC (its course structure files ``.crs``, ``.au``, ``.des``, ``.cst`` describe a
course an LMS launches over HTTP), but every tool that writes AICC also writes SCORM."""

from __future__ import annotations

from pathlib import PurePosixPath

from studio.errors import ImportFormatError
from studio.importers.content import ImportedContent
from studio.importers.spec import ImporterSpec, Probe, ReadRequest

AICC_EXTS = (".crs", ".au", ".des", ".cst")


def _sniff(probe: Probe) -> int:
    if probe.archive is None:
        return 50 if probe.suffix in AICC_EXTS else 0
    found = {PurePosixPath(n).suffix.lower() for n in probe.names}
    # Below any manifest: a package that is both SCORM and AICC imports as SCORM.
    return 15 if {".crs", ".au"} <= found else 0


def _read(request: ReadRequest) -> ImportedContent:
    raise ImportFormatError(
        "this is an AICC course (course structure files .crs, .au, .des, .cst), which Studio "
        "does not import",
        path=request.source,
        hint="Export the course again from the tool that made it as SCORM 1.2 or SCORM 2004 "
        "(tools that write AICC also write SCORM) and import that package; or add its pages "
        "and media to a project with 'studio add'.",
    )


SPEC = ImporterSpec(
    name="aicc", label="AICC course", description="recognised to explain how to import it (as SCORM)",
    extensions=AICC_EXTS, kind="package", sniff=_sniff, read=_read, offered=False,
)
