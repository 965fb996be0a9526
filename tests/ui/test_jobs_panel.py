"""The jobs panel runs real jobs off the GUI thread, shows progress, and cancels them."""

from __future__ import annotations

import threading
import time

import pytest

from studio.errors import ExportError
from studio.jobs import Progress
from studio.ui.jobs import CANCELLED, DONE, FAILED, JobRunner
from studio.ui.jobs_panel import JobsPanel

pytestmark = pytest.mark.qt


def slow_count(steps: int, delay: float, progress: Progress) -> int:
    for i in range(steps):
        time.sleep(delay)
        progress.update((i + 1) / steps, f"step {i + 1} of {steps}")
    return steps


def failing(progress: Progress) -> None:
    progress.update(0.5, "half way")
    raise ExportError("the disk is full", path="/tmp/x.zip", hint="free some space")


def test_job_runs_off_gui_thread_and_reports_on_gui_thread(qtbot) -> None:
    runner = JobRunner()
    panel = JobsPanel(runner)
    qtbot.addWidget(panel)
    seen_threads: list[threading.Thread] = []
    results: list[int] = []

    def work(progress: Progress) -> int:
        seen_threads.append(threading.current_thread())
        return slow_count(5, 0.02, progress)

    def done(value: int) -> None:
        assert threading.current_thread() is threading.main_thread()
        results.append(value)

    job = runner.submit("Counting", work, on_done=done)
    with qtbot.waitSignal(job.ended, timeout=10_000):
        pass
    qtbot.waitUntil(lambda: results == [5], timeout=5000)
    assert seen_threads[0] is not threading.main_thread()
    assert job.state == DONE
    row = panel.row_for(job)
    assert row.bar.value() == 1000
    assert row.time_left.text() == "Finished"
    assert row.cancel_button.isHidden()


def test_cancel_a_running_job_from_the_panel(qtbot) -> None:
    runner = JobRunner()
    panel = JobsPanel(runner)
    qtbot.addWidget(panel)
    job = runner.submit("Long count", slow_count, 400, 0.02)
    row = panel.row_for(job)
    qtbot.waitUntil(lambda: row.bar.value() > 0, timeout=10_000)
    assert "left" in row.time_left.text() or "estimating" in row.time_left.text()
    with qtbot.waitSignal(job.cancelled, timeout=10_000):
        qtbot.mouseClick(row.cancel_button, qtbot_left())
    qtbot.waitUntil(lambda: row.time_left.text() == "Cancelled", timeout=5000)
    assert job.state == CANCELLED
    assert row.bar.value() < 1000
    panel.clear_finished()
    assert panel.rows == {}
    assert runner.jobs == []


def test_failure_is_shown_with_the_file_and_hint(qtbot) -> None:
    runner = JobRunner()
    panel = JobsPanel(runner)
    qtbot.addWidget(panel)
    errors: list[str] = []
    job = runner.submit("Export", failing, on_error=errors.append)
    qtbot.waitUntil(lambda: job.state == FAILED and bool(errors), timeout=10_000)
    row = panel.row_for(job)
    qtbot.waitUntil(lambda: row.time_left.text() == "Failed", timeout=5000)
    assert "/tmp/x.zip" in row.message.text()
    assert "free some space" in errors[0]


def test_cancel_a_worker_process_job(qtbot) -> None:
    runner = JobRunner()
    panel = JobsPanel(runner)
    qtbot.addWidget(panel)
    job = runner.submit_worker("Sleep in a worker", "selftest.sleep", {"seconds": 60})
    row = panel.row_for(job)
    qtbot.waitUntil(lambda: row.bar.value() > 0, timeout=30_000)
    started = time.monotonic()
    with qtbot.waitSignal(job.cancelled, timeout=10_000):
        qtbot.mouseClick(row.cancel_button, qtbot_left())
    assert time.monotonic() - started < 5
    assert job.state == CANCELLED


def qtbot_left():
    from studio.ui.qt import Qt

    return Qt.MouseButton.LeftButton


def test_a_job_outliving_its_window_stops_quietly(qtbot) -> None:
    """Deleting the runner (the window closed) cancels the job; its thread ends cleanly."""
    from studio.ui.qt import QObject

    owner = QObject()
    runner = JobRunner(owner)
    job = runner.submit("Orphan", slow_count, 200, 0.01)
    qtbot.waitUntil(lambda: job.fraction > 0 or not job.running, timeout=10_000)
    thread = job._thread
    owner.deleteLater()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=10_000)
    assert job.state == CANCELLED
