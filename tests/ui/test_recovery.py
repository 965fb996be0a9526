"""Crash recovery: a Studio process killed after autosave; the window offers the work back."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from studio.project import AUTOSAVE_FILE, Project
from studio.ui.main_window import MainWindow
from tests.ui.shell_helpers import answer_next_dialog, close_clean, isolated_settings

pytestmark = pytest.mark.qt

CRASHING_EDITOR = textwrap.dedent(
    """
    import os, signal, sys
    from studio import course_ops
    from studio.project import Project
    project = Project.open(sys.argv[1])
    module = course_ops.add_module(project.stack, project.course, "Recovered module")
    course_ops.add_lesson(project.stack, module, "Recovered lesson")
    course_ops.set_field(project.stack, project.course, "title", "Crashed title")
    assert project.autosave()
    os.kill(os.getpid(), signal.SIGKILL)  # a crash: no save, no unlock
    """
)


def crash_after_autosave(path: Path) -> None:
    proc = subprocess.run([sys.executable, "-c", CRASHING_EDITOR, str(path)], timeout=60)
    assert proc.returncode == -9
    assert (path / AUTOSAVE_FILE).is_file()


@pytest.fixture
def crashed(tmp_path: Path) -> Path:
    path = tmp_path / "crash.studio"
    Project.create(path, title="Saved title").close()
    crash_after_autosave(path)
    return path


def window(qtbot, tmp_path: Path) -> MainWindow:
    win = MainWindow(isolated_settings(tmp_path))
    win.show()
    qtbot.waitExposed(win)
    return win


def test_recover_after_a_crash(qtbot, tmp_path: Path, crashed: Path) -> None:
    win = window(qtbot, tmp_path)
    try:
        seen: list[str] = []
        answer_next_dialog("Recover", seen)
        assert win.open_project(crashed)
        assert seen[0].startswith("crash-recovery")
        course = win.project.course
        assert course.title == "Crashed title"
        assert [m.title for m in course.modules] == ["Recovered module"]
        assert win.isWindowModified()  # recovered work is unsaved until saved
        assert win.outline.topLevelItem(0).child(0).text(0) == "Recovered module"
        assert win.inspector.title.text() == "Crashed title"
        assert win.save()
        assert not (crashed / AUTOSAVE_FILE).exists()
        data = json.loads((crashed / "project.json").read_text(encoding="utf-8"))
        assert data["course"]["title"] == "Crashed title"
    finally:
        close_clean(win)


def test_discard_the_autosave(qtbot, tmp_path: Path, crashed: Path) -> None:
    win = window(qtbot, tmp_path)
    try:
        answer_next_dialog("Discard")
        assert win.open_project(crashed)
        assert win.project.course.title == "Saved title"
        assert win.project.course.modules == []
        assert not win.isWindowModified()
        assert not (crashed / AUTOSAVE_FILE).exists()
    finally:
        close_clean(win)


def test_decide_later_keeps_the_autosave(qtbot, tmp_path: Path, crashed: Path) -> None:
    win = window(qtbot, tmp_path)
    try:
        answer_next_dialog("Decide later")
        assert win.open_project(crashed)
        assert win.project.course.title == "Saved title"
        assert (crashed / AUTOSAVE_FILE).exists()
        # Closing without changes keeps it too: offered again next time.
        win.close_project()
        answer_next_dialog("Recover")
        assert win.open_project(crashed)
        assert win.project.course.title == "Crashed title"
    finally:
        close_clean(win)


def test_autosave_timer_writes_while_dirty(qtbot, tmp_path: Path) -> None:
    win = window(qtbot, tmp_path)
    try:
        win.new_project(tmp_path / "auto.studio", "Auto")
        autosave = win.project.folder / AUTOSAVE_FILE
        win.autosave_timer.setInterval(50)
        ticks: list[int] = []
        win.autosave_timer.timeout.connect(lambda: ticks.append(1))
        qtbot.waitUntil(lambda: len(ticks) >= 3, timeout=10_000)
        assert not autosave.exists()  # three autosave ticks, nothing unsaved: nothing written
        win.outline.actions_.add_module.trigger()
        qtbot.waitUntil(autosave.exists, timeout=5000)
        data = json.loads(autosave.read_text(encoding="utf-8"))
        assert data["course"]["modules"][0]["title"] == "Module 1"
        assert win.save()
        assert not autosave.exists()
    finally:
        close_clean(win)
