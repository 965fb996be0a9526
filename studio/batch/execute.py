"""Run a planned batch: hand the tasks to a runner, finish each result as it arrives.

Finishing (writing the caption file, applying a track to a project, recording the
manifest) happens here, in the client, one result at a time: a failure there fails
that input alone. Whatever stops the run (Ctrl-C, SIGTERM, a lost scheduler) leaves
the unfinished rows marked ``interrupted`` and every project closed and unlocked.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from studio.batch.manifest import InputState, Manifest, decide
from studio.batch.progress import BatchTracker
from studio.batch.summary import Row, error_text
from studio.batch.work import Outcome, Runner, Task
from studio.errors import StudioError


@dataclass
class Item:
    task: Task
    row: Row
    finish: Callable[[Outcome], Row]  # writes the result atomically; returns row fields
    after: Callable[[], None] | None = None  # called once the item ended, however


@dataclass
class Plan:
    command: str
    items: list[Item] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)  # every input, in order
    cleanup: list[Callable[[], None]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def row(self, **fields: Any) -> Row:
        row: Row = {"status": None, **fields}
        self.rows.append(row)
        return row

    def fail(self, row: Row, message: str, hint: str = "", path: object = None) -> None:
        row.update(status="failed", error=error_text({"message": message, "hint": hint,
                                                      "path": path}))  # fmt: skip

    def needs_run(
        self,
        row: Row,
        manifest: Manifest,
        source: Path,
        settings: str,
        *,
        output: Path | None,
        force: bool,
        refuse_hint: str,
    ) -> InputState | None:
        """The input's state when it must be done; None when skipped or failed (the row
        says which). A skipped row repeats what the manifest recorded."""
        previous = manifest.get(manifest.key(output or source))
        try:
            state = InputState.of(source, previous)
            verdict, why = decide(previous, state, settings, output, force)
        except OSError as exc:
            self.fail(row, f"cannot read it ({exc.strerror or exc})", "check the permissions.",
                      source)  # fmt: skip
            return None
        if verdict == "skip":
            row.update({**(previous or {}).get("row", {}), "status": "skipped", "wall": 0.0})
            return None
        if verdict == "refuse":
            self.fail(row, why, refuse_hint, output)
            return None
        return state

    def add(self, item: Item) -> None:
        item.row["task"] = item.task.id  # in the JSON summary: which task made the row
        self.items.append(item)

    def close(self) -> None:
        while self.cleanup:
            self.cleanup.pop()()


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Ctrl-C or SIGTERM while a result is written and recorded takes effect just after,
    so an output never exists without its manifest line (a re-run would refuse it)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    held = (signal.SIGINT, signal.SIGTERM)
    previous = {sig: signal.signal(sig, lambda signum, frame: caught.append(signum)) for sig in held}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        if caught:
            signal.raise_signal(caught[0])  # now the usual handler runs


def _finish(item: Item, outcome: Outcome) -> None:
    row = item.row
    row.update(wall=round(outcome.wall, 3), worker=outcome.worker, attempts=outcome.attempts)
    if not outcome.ok:
        row.update(status="failed", error=error_text(outcome.error))
        return
    try:
        row.update(item.finish(outcome))
        row["status"] = "done"
    except StudioError as exc:
        row.update(status="failed", error=error_text(
            {"message": exc.message, "path": exc.path, "hint": exc.hint}))  # fmt: skip
    except OSError as exc:
        row.update(
            status="failed",
            error=error_text({"message": f"cannot write the result ({exc.strerror or exc})",
                              "path": exc.filename,
                              "hint": "check the permissions and the free disk space."}),
        )  # fmt: skip


def execute(
    plan: Plan, runner: Runner, tracker: BatchTracker, show: Callable[[str], None]
) -> None:
    by_id = {item.task.id: item for item in plan.items}
    for item in plan.items:
        tracker.add(item.task.id, item.task.weight)
    tracker.skip(sum(1 for r in plan.rows if r.get("status") == "skipped"))

    def done(outcome: Outcome) -> None:
        item = by_id[outcome.task_id]
        with _signals_held():
            try:
                _finish(item, outcome)
            finally:
                if item.after is not None:
                    item.after()
        tracker.finished(outcome.task_id, failed=item.row["status"] == "failed")
        show(tracker.line())

    def partial(task_id: str, fraction: float) -> None:
        tracker.partial(task_id, fraction)

    try:
        if plan.items:
            runner.run([item.task for item in plan.items], done, partial)
    finally:
        for row in plan.rows:
            if row.get("status") is None:
                row["status"] = "interrupted"
        plan.close()
