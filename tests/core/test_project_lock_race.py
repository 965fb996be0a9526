"""Twelve processes racing to take over a stale lock: exactly one wins, every time."""

from __future__ import annotations

import json
import multiprocessing as mp
import os
from pathlib import Path

from studio.errors import ProjectLockedError
from studio.project_lock import LOCK_NAME, ProjectLock, _hostname

RACERS = 12
TRIALS = 200


def _dead_pid() -> int:
    proc = mp.get_context("fork").Process(target=os._exit, args=(0,))
    proc.start()
    proc.join()
    return int(proc.pid or 0)


def _racer(folder: str, start: mp.synchronize.Barrier, done: mp.synchronize.Barrier,
           released: mp.synchronize.Barrier, results: mp.Queue) -> None:  # type: ignore[type-arg]
    for _ in range(TRIALS):
        start.wait()
        lock = ProjectLock(Path(folder))
        try:
            lock.acquire()
            won = True
        except ProjectLockedError:
            won = False
        results.put(won)
        done.wait()  # everyone has tried; the winner releases after the check
        if won:
            lock.release()
        released.wait()


def test_only_one_process_takes_a_stale_lock(tmp_path: Path) -> None:
    ctx = mp.get_context("fork")
    start, done, released = (ctx.Barrier(RACERS + 1) for _ in range(3))
    results: mp.Queue[bool] = ctx.Queue()  # type: ignore[type-arg]
    stale = json.dumps({"pid": _dead_pid(), "host": _hostname(), "since": 0})
    procs = [ctx.Process(target=_racer, args=(str(tmp_path), start, done, released, results))
             for _ in range(RACERS)]
    for proc in procs:
        proc.start()
    winners_per_trial = []
    try:
        for _ in range(TRIALS):
            (tmp_path / LOCK_NAME).write_text(stale, encoding="utf-8")
            start.wait(timeout=120)
            outcomes = [results.get(timeout=120) for _ in range(RACERS)]
            winners_per_trial.append(sum(outcomes))
            done.wait(timeout=120)
            released.wait(timeout=120)
            assert not (tmp_path / LOCK_NAME).exists()
    finally:
        for proc in procs:
            proc.join(timeout=120)
            if proc.is_alive():
                proc.kill()
    assert winners_per_trial == [1] * TRIALS


def test_leftover_temporary_lock_files_are_cleaned(tmp_path: Path) -> None:
    leftover = tmp_path / f"{LOCK_NAME}.{_dead_pid()}.tmp"
    leftover.write_text("", encoding="utf-8")
    lock = ProjectLock(tmp_path)
    lock.acquire()
    lock.release()
    assert not leftover.exists()
