"""Screenshots of the main screens on a real X server (Xvfb), for people to look at.

Starts its own Xvfb (a free display number via -displayfd), runs the window in a
child process with QT_QPA_PLATFORM=xcb on a copy of the sample course, and checks
that each PNG was written and is not blank. Set STUDIO_SCREENSHOT_DIR to keep them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from studio.resources import resource_path
from studio.ui.qt import QImage
from tests.xvfb import xvfb_display

pytestmark = [pytest.mark.qt, pytest.mark.slow]
REPO = Path(__file__).resolve().parents[2]
EXPECTED = ["01-main-course", "02-lesson", "05-welcome", "06-export-dialog", "07-import-dialog",
            "08-jobs-running", "09-dark"]


@pytest.fixture
def xvfb() -> Iterator[str]:
    if shutil.which("Xvfb") is None:
        pytest.fail("Xvfb is missing: apt-get install xvfb")
    with xvfb_display() as display:
        yield display


def distinct_colours(image: QImage) -> int:
    seen = set()
    step = max(1, image.width() // 60)
    for x in range(0, image.width(), step):
        for y in range(0, image.height(), step):
            seen.add(image.pixel(x, y))
    return len(seen)


def test_screenshots_of_the_main_screens(xvfb: str, tmp_path: Path) -> None:
    sample = resource_path("sample/sample.studio")
    assert (sample / "project.json").is_file(), "the sample course is missing"
    project = tmp_path / "sample.studio"
    shutil.copytree(sample, project, ignore=shutil.ignore_patterns(".studio.lock*", ".autosave*"))
    out = Path(os.environ.get("STUDIO_SCREENSHOT_DIR", tmp_path / "screenshots"))
    env = dict(os.environ, DISPLAY=xvfb, QT_QPA_PLATFORM="xcb", STUDIO_COLOR_SCHEME="light",
               PYTHONPATH=str(REPO))
    proc = subprocess.run(
        [sys.executable, "-m", "tests.ui.screenshot_app", str(project), str(out)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=240,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    for name in EXPECTED:
        image = QImage(str(out / f"{name}.png"))
        assert not image.isNull(), name
        assert image.width() >= 300 and image.height() >= 200, name
        assert distinct_colours(image) > 8, f"{name} looks blank"
    dark = QImage(str(out / "09-dark.png"))
    light = QImage(str(out / "02-lesson.png"))
    assert dark.pixelColor(5, dark.height() // 2).lightness() < light.pixelColor(
        5, light.height() // 2).lightness()


def test_real_mouse_drag_in_the_outline(xvfb: str, tmp_path: Path) -> None:
    """xdotool drags lesson C above lesson A on a real X server; one Undo puts it back."""
    if shutil.which("xdotool") is None:
        pytest.fail("xdotool is missing: apt-get install xdotool")
    env = dict(os.environ, DISPLAY=xvfb, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(REPO))
    proc = subprocess.run(
        [sys.executable, "-m", "tests.ui.drag_app", str(tmp_path)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    lines = dict(line.split(" ", 1) for line in proc.stdout.splitlines() if " " in line)
    assert lines["after-drag"] == "C,A,B", proc.stdout
    assert lines["tree"] == "C,A,B"
    assert lines["after-undo"] == "A,B,C"
