"""The window does not shift or go stale: fixed toolbar buttons, panels follow the open
course, jobs do not pop the Jobs panel open."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from studio.ui.main_window import MainWindow
from tests.ui.shell_helpers import close_clean, isolated_settings

pytestmark = pytest.mark.qt


@pytest.fixture
def win(qtbot, tmp_path: Path):
    window = MainWindow(isolated_settings(tmp_path))
    window.show()
    qtbot.waitExposed(window)
    yield window
    close_clean(window)


def _toolbar_button(win: MainWindow, action):
    bar = win.findChild(type(win.addToolBar("probe")), "toolbar-main")
    return bar.widgetForAction(action)


def test_undo_button_keeps_its_width_and_names_the_step_in_its_tooltip(win, tmp_path) -> None:
    assert win.new_project(tmp_path / "a.studio", "A")
    button = _toolbar_button(win, win.undo.undo_action)
    width = button.sizeHint().width()
    win.outline.actions_.add_module.trigger()
    win.project.course.modules[0]  # noqa: B018 (the module exists)
    assert win.undo.undo_action.toolTip().startswith("Undo ")
    assert win.undo.undo_action.toolTip() != "Undo"
    assert button.sizeHint().width() == width
    assert win.undo.undo_action.text() == "&Undo"


def test_panels_empty_when_the_course_closes(win, tmp_path) -> None:
    assert win.new_project(tmp_path / "b.studio", "Biology")
    assert win.inspector.title.text() == "Biology"
    assert win.close_project()
    assert win.inspector.title.text() == ""
    assert not win.inspector.isEnabled()


def test_jobs_show_in_the_status_bar_not_as_a_pop_up(win, tmp_path, qtbot) -> None:
    assert win.new_project(tmp_path / "c.studio", "C")
    gate = threading.Event()

    def slow(progress):
        progress.update(0.5, "half")
        gate.wait(30)
        return 1

    job = win.runner.submit("Slow job", slow)
    qtbot.waitUntil(lambda: "1 job(s) running" in win.jobs_indicator.button.text())
    assert not win.jobs_dock.isVisible()
    gate.set()
    qtbot.waitUntil(lambda: not job.running)
    qtbot.waitUntil(lambda: win.jobs_indicator.button.text() == "Jobs")
    # The finished job belongs to this course: opening another clears it from the panel.
    assert win.jobs_panel.rows
    assert win.new_project(tmp_path / "d.studio", "D")
    assert not win.jobs_panel.rows
    win.jobs_indicator.button.click()
    assert win.jobs_dock.isVisible()
