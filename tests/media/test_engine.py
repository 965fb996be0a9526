"""The warm worker: one child for many jobs, models kept loaded, restarted when it dies,
cancel and crashes as with one-off workers, closed when idle."""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import psutil
import pytest

from studio.errors import MediaError, StudioError
from studio.jobs import Cancelled, CancelToken, Progress
from studio.media.captioning import CaptionOptions, caption_course_results
from studio.media.engine import WarmWorker, shared_worker
from studio.media.media_blocks import add_media
from studio.model.blocks import AudioBlock
from studio.model.course import Lesson, Module
from studio.project import Project
from tests.media.whisper_fixtures import SPEECH, models_dir  # noqa: F401


def wait_for(condition: Callable[[], bool], timeout: float = 60.0) -> None:
    """Wait until ``condition()`` holds (polling; fails after ``timeout`` seconds)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail("condition not met in time")
        time.sleep(0.02)


@pytest.fixture
def worker() -> Iterator[WarmWorker]:
    warm = WarmWorker(idle_timeout=None)
    yield warm
    warm.close()


def test_one_child_serves_many_jobs(worker: WarmWorker) -> None:
    seen: list[float] = []
    first = worker.run("selftest.sleep", {"seconds": 0.1}, Progress(lambda f, m: seen.append(f)))
    second = worker.run("selftest.sleep", {"seconds": 0.1, "n": 2}, Progress())
    assert first["pid"] == second["pid"] == worker.pid and worker.starts == 1
    assert second["echo"] == {"seconds": 0.1, "n": 2} and seen[-1] == pytest.approx(1.0)
    assert worker.jobs_done == 2


def test_errors_keep_their_kind_and_the_child_serves_on(worker: WarmWorker) -> None:
    with pytest.raises(MediaError) as info:
        worker.run("selftest.crash", {"raise": True}, Progress())
    assert info.value.path == "x.mp4" and info.value.hint == "use another file"
    assert worker.run("selftest.sleep", {"seconds": 0}, Progress())["pid"] == worker.pid
    with pytest.raises(StudioError, match="unknown worker job"):
        worker.run("nothing", {}, Progress())


def test_a_crash_is_the_job_error_and_the_next_job_gets_a_new_child(worker: WarmWorker) -> None:
    pid = worker.run("selftest.sleep", {"seconds": 0}, Progress())["pid"]
    with pytest.raises(StudioError, match="SIGSEGV.*project was not changed"):
        worker.run("selftest.crash", {}, Progress())
    again = worker.run("selftest.sleep", {"seconds": 0}, Progress())
    assert again["pid"] != pid and worker.starts == 2


def test_a_child_killed_while_idle_is_restarted(worker: WarmWorker) -> None:
    pid = worker.run("selftest.sleep", {"seconds": 0}, Progress())["pid"]
    os.kill(pid, signal.SIGKILL)
    wait_for(lambda: not psutil.pid_exists(pid) or psutil.Process(pid).status() == "zombie")
    result = worker.run("selftest.sleep", {"seconds": 0}, Progress())
    assert result["pid"] != pid and worker.starts == 2


def test_cancel_kills_the_child_at_once_and_the_next_job_starts_one(worker: WarmWorker) -> None:
    token = CancelToken()
    started = threading.Event()

    def on_progress(fraction: float, message: str) -> None:
        if fraction > 0:
            started.set()

    threading.Thread(target=lambda: (started.wait(60), token.cancel())).start()
    begun = time.monotonic()
    with pytest.raises(Cancelled):
        worker.run("selftest.sleep", {"seconds": 60}, Progress(on_progress, token, min_interval=0))
    assert time.monotonic() - begun < 30 and not worker.alive
    assert worker.run("selftest.sleep", {"seconds": 0}, Progress())["echo"] == {"seconds": 0}


def test_jobs_from_two_threads_take_turns(worker: WarmWorker) -> None:
    results: list[dict] = []
    threads = [
        threading.Thread(
            target=lambda n=n: results.append(
                worker.run("selftest.sleep", {"seconds": 0.2, "n": n}, Progress())
            )
        )
        for n in range(3)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert sorted(r["echo"]["n"] for r in results) == [0, 1, 2]
    assert len({r["pid"] for r in results}) == 1


def test_an_idle_child_is_closed_and_comes_back_on_demand() -> None:
    warm = WarmWorker(idle_timeout=0.3)
    try:
        pid = warm.run("selftest.sleep", {"seconds": 0}, Progress())["pid"]
        wait_for(lambda: not warm.alive)
        wait_for(lambda: not psutil.pid_exists(pid) or psutil.Process(pid).status() == "zombie")
        assert warm.run("selftest.sleep", {"seconds": 0}, Progress())["pid"] != pid
    finally:
        warm.close()


def test_a_changed_environment_gets_a_fresh_child(
    worker: WarmWorker, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    pid = worker.run("selftest.sleep", {"seconds": 0}, Progress())["pid"]
    monkeypatch.setenv("STUDIO_MODELS_DIR", str(tmp_path))
    assert worker.run("selftest.sleep", {"seconds": 0}, Progress())["pid"] != pid


@pytest.mark.whisper
@pytest.mark.usefixtures("models_dir")
def test_caption_all_loads_the_model_once(tmp_path: Path) -> None:
    clips = ["jfk.flac", "librispeech_dummy_0.flac", "librispeech_dummy_1.flac"]
    with Project.create(tmp_path / "c.studio", title="Warm") as project:
        blocks = [AudioBlock(asset=add_media(project, SPEECH / c).id, title=c) for c in clips]
        project.course.modules = [Module(title="M", lessons=[Lesson(title="L", blocks=blocks)])]
        warm = shared_worker()
        done_before, starts_before = warm.jobs_done, warm.starts
        results = caption_course_results(project, CaptionOptions())
        assert [block_id for block_id, _ in results] == [b.id for b in blocks]
        assert warm.jobs_done - done_before == 3 and warm.starts - starts_before <= 1
        # tiny.en (the course is English) is loaded by the first block only.
        assert [done.loads for _, done in results][1:] == [0, 0]
        assert all(done.track.cues for _, done in results)
        # A second run (a later job of the same window session) loads nothing.
        again = caption_course_results(project, CaptionOptions())
        assert [done.loads for _, done in again] == [0, 0, 0]
        assert warm.starts - starts_before <= 1
