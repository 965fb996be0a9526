"""The batch summary: one row per input, written as JSON and CSV (atomically)."""

from __future__ import annotations

import csv
import io
import json
import time
from pathlib import Path
from typing import Any

from studio.fsutil import atomic_write_text

Row = dict[str, Any]

COLUMNS: dict[str, list[str]] = {
    "caption": [
        "input", "block", "output", "status", "duration", "wall", "rtf", "cues", "words",
        "low_confidence_words", "outside_profile", "language", "model", "worker", "attempts",
        "error",
    ],
    "export": [
        "input", "output", "format", "status", "size", "files", "warnings", "wall", "worker",
        "attempts", "error",
    ],
    "validate": [
        "input", "kind", "status", "verdict", "errors", "warnings", "wall", "worker",
        "attempts", "error",
    ],
}  # fmt: skip
STATUSES = ("done", "skipped", "failed", "interrupted")


def error_text(error: dict[str, Any] | None) -> str:
    """One line: what happened to which file, and what to do."""
    if not error:
        return ""
    text = str(error.get("message", ""))
    if error.get("path"):
        text = f"{error['path']}: {text}"
    if error.get("hint"):
        text += f" (what to do: {error['hint']})"
    return text


def totals(rows: list[Row]) -> dict[str, Any]:
    counts = {s: sum(1 for r in rows if r.get("status") == s) for s in STATUSES}
    done = [r for r in rows if r.get("status") == "done"]
    audio = sum(float(r.get("duration") or 0) for r in done)
    wall = sum(float(r.get("wall") or 0) for r in done)
    return {
        "inputs": len(rows),
        **counts,
        "audio_seconds": round(audio, 3),
        "worker_seconds": round(wall, 3),
        "rtf": round(wall / audio, 4) if audio else None,
    }


def write_summary(
    base: Path, command: str, rows: list[Row], *, runner: str, elapsed: float, interrupted: bool
) -> tuple[Path, Path]:
    """``base`` + ``.json`` and ``.csv``; returns both paths."""
    base.parent.mkdir(parents=True, exist_ok=True)
    json_path = base.with_name(base.name + ".json")
    csv_path = base.with_name(base.name + ".csv")
    document = {
        "command": command,
        "runner": runner,
        "finished": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "elapsed_seconds": round(elapsed, 3),
        "interrupted": interrupted,
        "totals": totals(rows),
        "files": rows,
    }
    atomic_write_text(json_path, json.dumps(document, indent=1, default=str) + "\n")
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS[command], extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: ("" if row.get(k) is None else row.get(k)) for k in COLUMNS[command]})
    atomic_write_text(csv_path, buffer.getvalue())
    return json_path, csv_path
