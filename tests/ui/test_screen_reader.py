"""What a screen reader sees (AT-SPI, as Orca reads it) of each main screen, in English
and in Arabic: every interactive control has a name.

Needs Debian's at-spi2-core and python3-pyatspi (the walker runs with /usr/bin/python3)
and dbus-run-session; the window runs with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 on a
private Xvfb.
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
SCREENS = ["01-course", "02-quiz-builder", "03-video-editor", "04-page-editor",
           "05-export-dialog"]


def _have_atspi() -> bool:
    probe = subprocess.run(["/usr/bin/python3", "-c", "import pyatspi"], capture_output=True)
    return probe.returncode == 0 and shutil.which("dbus-run-session") is not None and Path(
        "/usr/libexec/at-spi-bus-launcher").exists()


@pytest.mark.parametrize("language", ["en", "ar"])
def test_every_interactive_control_has_a_name(tmp_path: Path, language: str) -> None:
    if not _have_atspi():
        pytest.fail("apt-get install at-spi2-core python3-pyatspi dbus (see the Makefile)")
    project = tmp_path / "sample.studio"
    shutil.copytree(resource_path("sample/sample.studio"), project,
                    ignore=shutil.ignore_patterns(".studio.lock*", ".autosave*"))
    out = tmp_path / "atspi"
    out.mkdir()
    script = (
        "/usr/libexec/at-spi-bus-launcher --launch-immediately & "
        f"/usr/bin/python3 {REPO}/tests/ui/atspi_walk.py {out} & walker=$!; "
        f"{sys.executable} -m tests.ui.atspi_app {project} {out} {language}; "
        "code=$?; wait $walker; exit $code"
    )
    with xvfb_display("1366x768x24") as display:
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(REPO),
                   QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1",
                   STUDIO_COLOR_SCHEME="light")
        proc = subprocess.run(["dbus-run-session", "--", "sh", "-c", script], cwd=REPO,
                              env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    unnamed: dict[str, list[str]] = {}
    for screen in SCREENS:
        controls = json.loads((out / f"{screen}.json").read_text(encoding="utf-8"))
        assert len(controls) > 5, f"{screen}: the bridge showed almost nothing"
        missing = [c["role"] for c in controls if not c["named"]]
        if missing:
            unnamed[screen] = missing
    assert unnamed == {}


def test_the_formatting_overflow_button_has_a_name(tmp_project, qtbot) -> None:
    from studio.ui.editors.rich_text import RichTextEditor
    from studio.ui.qt import QToolButton

    editor = RichTextEditor(tmp_project)
    qtbot.addWidget(editor)
    editor.resize(120, 200)  # too narrow: the toolbar shows its "»" button
    editor.show()
    buttons = editor.toolbar.findChildren(QToolButton, "qt_toolbar_ext_button")
    assert buttons and buttons[0].accessibleName() == "More formatting"
