"""The job child process: progress relay, results, clean errors, crashes, instant cancel."""

from __future__ import annotations

import subprocess
import sys
import threading
import time

import psutil
import pytest

from studio.errors import MediaError, StudioError
from studio.jobs import Cancelled, CancelToken, Progress
from studio.media.worker import JOBS, run_in_worker, worker_command


def test_command_for_source_and_frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    assert worker_command() == [sys.executable, "-m", "studio.media.worker"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert worker_command() == [sys.executable, "worker"]


def test_result_and_progress_are_relayed() -> None:
    seen: list[float] = []
    progress = Progress(lambda f, m: seen.append(f), min_interval=0.0)
    result = run_in_worker("selftest.sleep", {"seconds": 0.3, "x": [1, "é"]}, progress)
    assert result["echo"] == {"seconds": 0.3, "x": [1, "é"]}
    assert seen and seen[-1] == pytest.approx(1.0)
    assert not psutil.pid_exists(result["pid"]) or psutil.Process(result["pid"]).status() == (
        psutil.STATUS_ZOMBIE
    )


def test_clean_error_keeps_its_kind() -> None:
    with pytest.raises(MediaError) as info:
        run_in_worker("selftest.crash", {"raise": True}, Progress())
    assert info.value.path == "x.mp4" and info.value.hint == "use another file"


def test_native_crash_is_a_clear_error() -> None:
    with pytest.raises(StudioError, match="SIGSEGV.*project was not changed"):
        run_in_worker("selftest.crash", {}, Progress())


def test_cancel_kills_the_child_at_once() -> None:
    token = CancelToken()
    pids: list[int] = []

    # Other tests may have left a warm worker running: only a new child is this job's.
    before = {c.pid for c in psutil.Process().children()}

    def cancel_soon() -> None:
        # Cancel once the worker process exists (not after a guessed delay).
        deadline = time.monotonic() + 120
        while not pids and time.monotonic() < deadline:
            pids.extend(c.pid for c in psutil.Process().children() if c.pid not in before)
            time.sleep(0.01)
        token.cancel()

    threading.Thread(target=cancel_soon).start()
    started = time.monotonic()
    with pytest.raises(Cancelled):
        run_in_worker("selftest.sleep", {"seconds": 60}, Progress(cancel=token))
    assert time.monotonic() - started < 10
    assert pids
    for pid in pids:
        assert not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE


def test_unknown_job_and_cli_entry() -> None:
    with pytest.raises(StudioError, match="unknown worker job"):
        run_in_worker("nope", {}, Progress())
    assert "transcribe" in JOBS
    # the `studio worker` command speaks the same protocol
    out = subprocess.run(
        [sys.executable, "-c", "import sys, studio.cli; sys.exit(studio.cli.main())", "worker"],
        input='{"job": "selftest.sleep", "params": {"seconds": 0.05}}',
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1].startswith('{"type": "result"')
    assert "noise on stdout" in out.stderr
