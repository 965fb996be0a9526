"""``batch validate``: Studio's package checks over many packages; a verdict row each."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import studio
from studio.batch.execute import Item, Plan
from studio.batch.inputs import find_inputs, is_package
from studio.batch.manifest import InputState, Manifest, fingerprint
from studio.batch.summary import Row
from studio.batch.work import Outcome, Task


def plan_validate(inputs: list[Path], *, state_dir: Path, force: bool) -> Plan:
    """``state_dir`` holds the manifest (a re-run skips unchanged packages)."""
    plan = Plan("validate")
    settings = fingerprint({"studio": studio.__version__})
    found = find_inputs(inputs, is_package, ("a package (.zip, .imscc, .epub, .mbz)", "packages"),
                        projects=False)  # fmt: skip
    plan.notes.extend(found.notes)
    for path, what, hint in found.problems:
        plan.fail(plan.row(input=str(path)), what, hint, path)
    manifest = Manifest(state_dir.resolve())
    for entry in found.files:
        path = entry.path
        row = plan.row(input=str(path))
        state = plan.needs_run(row, manifest, path, settings, output=None, force=force,
                               refuse_hint="")  # fmt: skip
        if state is None:
            continue
        key = manifest.key(path)
        params = {"path": str(path.resolve()), "label": str(path)}
        plan.add(Item(Task(f"t{len(plan.items)}", "validate", params), row,
                      _finisher(manifest, key, path, state, settings)))  # fmt: skip
    return plan


def _finisher(
    manifest: Manifest, key: str, path: Path, state: InputState, settings: str
) -> Callable[[Outcome], Row]:
    def finish(outcome: Outcome) -> Row:
        result = outcome.result
        fields: Row = {
            "kind": result.get("kind"),
            "verdict": "VALID" if result.get("ok") else "INVALID",
            "errors": result.get("errors"),
            "warnings": result.get("warnings"),
            "problems": result.get("problems"),
        }
        manifest.done(key, path, state, settings, fields)
        return fields

    return finish
