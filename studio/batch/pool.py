"""The local pool: worker processes on this machine, each keeping its Whisper model warm.

No Dask needed. The parent hands one task at a time to each worker over a pipe and
waits on the pipes and the processes together, so it knows which task a dead worker
held: that task goes back to the queue for another worker (a fresh one is started),
at most ``max_attempts`` times, after which it fails alone. Workers ignore Ctrl-C; the
parent stops them, so an interrupted batch leaves no process behind.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Sequence
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any

from studio.batch.work import Done, Outcome, Partial, Task

STOP_GRACE = 5.0  # seconds an idle worker gets to exit before it is killed


def _worker_main(conn: Connection, threads: int) -> None:
    """A pool worker: run tasks from the pipe until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop
    os.environ["OMP_NUM_THREADS"] = str(threads)  # before numpy / onnxruntime load
    from studio.batch.tasks import run_task
    from studio.jobs import Progress

    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        kind, params = message

        def report(fraction: float, text: str) -> None:
            conn.send(("progress", fraction))

        reply = run_task(kind, {**params, "threads": threads}, Progress(report, min_interval=1.0))
        try:
            conn.send(("reply", reply))
        except OSError:  # the parent is gone (killed): nobody to answer
            return


class _Worker:
    def __init__(self, ctx: Any, threads: int) -> None:
        self.conn, child = ctx.Pipe()
        self.process: BaseProcess = ctx.Process(
            target=_worker_main, args=(child, threads), daemon=True, name="studio-batch-worker"
        )
        self.process.start()
        child.close()
        self.task: Task | None = None

    def give(self, task: Task) -> bool:
        try:
            self.conn.send((task.kind, task.params))
        except (BrokenPipeError, OSError):
            return False
        self.task = task
        return True

    def stop(self) -> None:
        if self.task is None and self.process.is_alive():
            with contextlib.suppress(OSError):
                self.conn.send(None)
            self.process.join(STOP_GRACE)
        if self.process.is_alive():
            self.process.kill()
        self.process.join(STOP_GRACE)
        self.conn.close()


class LocalPool:
    """``processes`` workers on this machine, ``threads`` CPU threads each."""

    def __init__(self, processes: int, threads: int, *, max_attempts: int = 3) -> None:
        self.processes = max(1, processes)
        self.threads = max(1, threads)
        self.max_attempts = max(1, max_attempts)
        plural = "s" if self.threads > 1 else ""
        self.name = f"local pool ({self.processes} workers x {self.threads} thread{plural})"
        self.pids: list[int] = []  # every worker started, for the curious and the tests

    def run(self, tasks: Sequence[Task], done: Done, partial: Partial) -> None:
        ctx = multiprocessing.get_context("spawn")  # no fork of a parent with threads
        queue: deque[Task] = deque(tasks)
        attempts: dict[str, int] = {}
        workers: list[_Worker] = []
        try:
            while queue or any(w.task for w in workers):
                self._assign(ctx, queue, workers)
                busy = [w for w in workers if w.task is not None]
                ready = set(wait([w.conn for w in busy] + [w.process.sentinel for w in busy], 1.0))
                for worker in busy:
                    if worker.conn in ready and self._receive(worker, done, partial, attempts):
                        continue
                    if worker.process.sentinel in ready or not worker.process.is_alive():
                        self._lost(worker, workers, queue, attempts, done, partial)
        finally:
            for worker in workers:
                worker.stop()

    def _assign(self, ctx: Any, queue: deque[Task], workers: list[_Worker]) -> None:
        for worker in [w for w in workers if w.task is None]:
            if not queue:
                return
            task = queue.popleft()
            if not worker.give(task):  # died while idle: replace it, the task was not run
                queue.appendleft(task)
                worker.stop()
                workers.remove(worker)
        while queue and len(workers) < self.processes:
            worker = _Worker(ctx, self.threads)
            self.pids.append(int(worker.process.pid or 0))
            workers.append(worker)
            task = queue.popleft()
            if not worker.give(task):
                queue.appendleft(task)

    def _receive(
        self, worker: _Worker, done: Done, partial: Partial, attempts: dict[str, int]
    ) -> bool:
        """Read what the worker sent; False when the pipe is closed (the worker died)."""
        task = worker.task
        assert task is not None
        while True:
            try:
                if not worker.conn.poll():
                    return True
                kind, payload = worker.conn.recv()
            except (EOFError, OSError):
                return False
            if kind == "progress":
                partial(task.id, float(payload))
            else:
                worker.task = None
                done(Outcome.from_reply(task.id, payload, attempts.get(task.id, 0) + 1))
                return True

    def _lost(
        self,
        worker: _Worker,
        workers: list[_Worker],
        queue: deque[Task],
        attempts: dict[str, int],
        done: Done,
        partial: Partial,
    ) -> None:
        task = worker.task
        code = worker.process.exitcode
        worker.task = None
        worker.stop()
        workers.remove(worker)
        if task is None:
            return
        attempts[task.id] = attempts.get(task.id, 0) + 1
        if attempts[task.id] < self.max_attempts:
            queue.appendleft(task)  # retried by another worker, started fresh if needed
            partial(task.id, 0.0)
            return
        how = f"signal {-code}" if code is not None and code < 0 else f"status {code}"
        done(
            Outcome.failure(
                task.id,
                f"the worker process died ({how}) on this file {attempts[task.id]} times",
                "the file may crash the decoder or Whisper, or memory runs out: try it alone "
                "with `studio caption`, and check free memory.",
                attempts=attempts[task.id],
            )
        )
