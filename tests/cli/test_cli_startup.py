"""`studio --version` and `studio --help` load no exporter, no course model, no Qt:
what they import decides how fast they answer (bench/cli_startup_bench.py times it)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PROBE = """
import contextlib, io, json, sys
from studio.cli import main
with contextlib.redirect_stdout(io.StringIO()) as out:
    try:
        code = main(sys.argv[1:])
    except SystemExit as exc:
        code = exc.code
print(json.dumps({"code": code, "out": out.getvalue(), "modules": sorted(sys.modules)}))
"""


def _run(*args: str) -> dict:
    proc = subprocess.run([sys.executable, "-c", PROBE, *args], cwd=REPO, capture_output=True,
                          text=True, check=True, env={"PYTHONPATH": str(REPO)})
    return dict(json.loads(proc.stdout.splitlines()[-1]))


HEAVY = ("studio.exporters.scorm", "studio.exporters.cc", "studio.exporters.epub", "jinja2",
         "lxml", "PySide6", "numpy", "studio.model", "studio.project")


def test_version_and_help_import_nothing_heavy() -> None:
    for args in (("--version",), ("--help",)):
        result = _run(*args)
        assert result["code"] == 0
        loaded = [m for m in result["modules"] if m.startswith(HEAVY)]
        assert loaded == [], f"studio {args[0]} imports {loaded[:8]}"
    help_text = _run("--help")["out"]
    for command in ("export", "validate", "info", "caption", "import"):
        assert command in help_text


def test_export_help_still_lists_the_format_flags() -> None:
    result = _run("export", "--help")
    assert "--video-quality" in result["out"] and "--no-video" in result["out"]
