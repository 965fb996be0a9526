"""The window on a laptop screen (Xvfb at 1366x768): every main screen fits.

Runs ``tests.ui.laptop_app`` in a child process on a private Xvfb (QT_QPA_PLATFORM=xcb)
on a copy of the sample course and reads its ``fit.json``: no line edit's text may be
wider than its field and no editor may scroll sideways. Set STUDIO_SCREENSHOT_DIR to
keep the PNGs to look at.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from studio.resources import resource_path
from tests.ui.xvfb import xvfb_display

pytestmark = [pytest.mark.qt, pytest.mark.slow]
REPO = Path(__file__).resolve().parents[2]


def run_laptop_app(tmp_path: Path, size: str, language: str = "") -> dict[str, list[str]]:
    sample = resource_path("sample/sample.studio")
    project = tmp_path / "sample.studio"
    shutil.copytree(sample, project, ignore=shutil.ignore_patterns(".studio.lock*", ".autosave*"))
    out = Path(os.environ.get("STUDIO_SCREENSHOT_DIR", tmp_path / "shots")) / f"{size}{language}"
    with xvfb_display(f"{size}x24") as display:
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb",
                   STUDIO_COLOR_SCHEME="light", PYTHONPATH=str(REPO))
        proc = subprocess.run(
            [sys.executable, "-m", "tests.ui.laptop_app", str(project), str(out), size,
             *([language] if language else [])],
            cwd=REPO, env=env, capture_output=True, text=True, timeout=300,
        )
    assert proc.returncode == 0, proc.stderr[-3000:]
    return dict(json.loads((out / "fit.json").read_text(encoding="utf-8")))


@pytest.mark.parametrize("size", ["1366x768", "1920x1080"])
def test_every_screen_fits(tmp_path: Path, size: str) -> None:
    fit = run_laptop_app(tmp_path, size)
    assert "02-quiz-builder" in fit and "04-export-dialog-after-export" in fit
    problems = {screen: found for screen, found in fit.items() if found}
    assert problems == {}
