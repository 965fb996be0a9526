"""The shared Moodle 4.1 kit from tests: import, attempt, and Studio's own PHP scripts.

Tests that use it skip with the reason when the kit is not set up on this machine
(``make test`` runs its ``setup.sh`` as root first, so CI runs them).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import SHARED

KIT = SHARED / "lms" / "moodle"
HERE = Path(__file__).resolve().parents[1] / "moodle"


def require_kit() -> None:
    setup = KIT / "setup.sh"
    if not setup.is_file():
        pytest.skip(f"the shared Moodle kit is not at {KIT}")
    check = subprocess.run([str(setup), "--check"], capture_output=True, text=True)
    if check.returncode:
        pytest.skip("the shared Moodle kit is not set up on this machine (run "
                    f"{setup} once as root; make test does): {check.stdout.strip()}")


def _json(cmd: list[str], *, accept: tuple[int, ...] = (0,)) -> dict[str, Any]:
    run = subprocess.run(cmd, capture_output=True, text=True, timeout=900)
    assert run.returncode in accept, f"{cmd[0]} exited {run.returncode}: {run.stderr[-2000:]}"
    data: dict[str, Any] = json.loads(run.stdout)
    return data


def moodle_import(package: Path) -> dict[str, Any]:
    """Moodle's verdict on restoring or converting ``package`` into a new course."""
    return _json([str(KIT / "import.sh"), str(package)], accept=(0, 1))


def moodle_attempt(courseid: int, responses: Path | None = None) -> dict[str, Any]:
    cmd = [str(KIT / "attempt.sh"), str(courseid)]
    if responses is not None:
        cmd.append(str(responses))
    return _json(cmd)


def kit_php(script: str, *args: str) -> tuple[str, str]:
    """Run one of ``tests/moodle/*.php`` inside the kit's site: (stdout, stderr)."""
    run = subprocess.run([str(HERE / "kit_php.sh"), str(KIT), str(HERE / script), *args],
                         capture_output=True, text=True, timeout=900)
    assert run.returncode == 0, f"{script} exited {run.returncode}: {run.stderr[-2000:]}"
    return run.stdout, run.stderr
