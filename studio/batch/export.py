"""``batch export``: projects to packages in ``--out DIR``, skipping unchanged ones.

The input hash is that of ``project.json``: media files are named by their sha256 and
never rewritten, so the project file alone says whether the course changed. The
settings include Studio's version, so a new exporter re-exports.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import studio
from studio.batch.execute import Item, Plan
from studio.batch.inputs import find_inputs
from studio.batch.manifest import Manifest, fingerprint
from studio.batch.summary import Row
from studio.batch.work import Outcome, Task
from studio.exporters.base import ExporterSpec
from studio.exporters.output import package_name
from studio.project_file import PROJECT_FILE


def plan_export(
    inputs: list[Path], spec: ExporterSpec, options: Any, *, out: Path, force: bool
) -> Plan:
    plan = Plan("export")
    values = dataclasses.asdict(options)
    json.dumps(values)  # options must travel as plain data (they are flags and numbers)
    settings = fingerprint({"format": spec.name, "options": values, "studio": studio.__version__})
    found = find_inputs(inputs, lambda p: False, ("a Studio project", "Studio projects"), projects=True,
                        search_projects=True)  # fmt: skip
    plan.notes.extend(found.notes)
    for path, what, _hint in found.problems:
        plan.fail(plan.row(input=str(path)), what, "give project folders (NAME.studio), or "
                  "folders holding them.", path)  # fmt: skip
    out.mkdir(parents=True, exist_ok=True)
    manifest = Manifest(out.resolve())
    outputs: set[Path] = set()
    for folder in found.projects:
        output = out / package_name(folder, spec)
        row = plan.row(input=str(folder), output=str(output), format=spec.name)
        if output.resolve() in outputs:
            plan.fail(row, "another project has the same name and would write the same "
                      "package", "export it on its own with studio export -o.", output)  # fmt: skip
            continue
        outputs.add(output.resolve())
        _plan_one(plan, row, folder, output, manifest, spec, values, settings, force)
    return plan


def _plan_one(
    plan: Plan,
    row: Row,
    folder: Path,
    output: Path,
    manifest: Manifest,
    spec: ExporterSpec,
    values: dict[str, Any],
    settings: str,
    force: bool,
) -> None:
    state = plan.needs_run(row, manifest, folder / PROJECT_FILE, settings, output=output,
                           force=force, refuse_hint="--force replaces it; or choose another "
                           "--out folder.")  # fmt: skip
    if state is None:
        return
    key = manifest.key(output)
    params = {"path": str(folder.resolve()), "label": str(folder), "format": spec.name,
              "options": values, "out": str(output.resolve())}  # fmt: skip

    def finish(outcome: Outcome) -> Row:
        result = outcome.result
        fields: Row = {
            "size": result.get("size"),
            "files": result.get("files"),
            "warnings": len(result.get("warnings") or []) + len(result.get("dropped") or []),
        }
        manifest.done(key, folder, state, settings, fields, output)
        return fields

    plan.add(Item(Task(f"t{len(plan.items)}", "export", params), row, finish))
