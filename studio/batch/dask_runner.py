"""Batch tasks on a Dask distributed cluster: an existing scheduler or a jobqueue one.

Dask reschedules the task of a worker that dies (``KilledWorker`` only after it killed
``distributed.scheduler.allowed-failures`` workers); a bad file comes back as an error
reply and fails alone. Workers must be able to import Studio (``pip install
'studio[cluster]'`` in their environment) and read the inputs: from a shared path, through
``--path-map``, or from the bytes this client ships (``--ship-media``). Results come back
to this client, which writes them; only exports are written by the workers.
"""

from __future__ import annotations

import importlib
import os
import uuid
from collections import deque
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from studio.batch.paths import PathMap
from studio.batch.work import Done, Outcome, Partial, Task
from studio.errors import StudioError

SCHEDULER_ENV = "STUDIO_DASK_SCHEDULER"
WHISPER_RESOURCE = "whisper"  # workers started with --resources whisper=1 run one model each
INSTALL_HINT = "install the extra: pip install 'studio[cluster]' (Dask distributed)"


def distributed() -> Any:
    """The ``distributed`` module (untyped; imported lazily, it is an optional extra)."""
    try:
        return importlib.import_module("distributed")
    except ImportError as exc:
        raise StudioError(
            "running on a Dask cluster needs Dask, which is not installed",
            hint=f"{INSTALL_HINT}; or leave out --scheduler/--cluster to use this machine.",
        ) from exc


def connect(address: str, timeout: float = 30.0) -> Any:
    """A ``distributed.Client`` for the scheduler at ``address`` (tcp://HOST:PORT)."""
    client_class = distributed().Client
    try:
        return client_class(address, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise StudioError(
            f"cannot reach the Dask scheduler at {address} ({exc})",
            hint="check the address and that `dask scheduler` runs there with its port open; "
            f"or leave out --scheduler (and unset {SCHEDULER_ENV}) to use this machine.",
        ) from exc


def worker_info() -> dict[str, Any]:
    """Run on each worker before the batch: can it import Studio, how many cores has it."""
    import studio
    from studio.batch.sizing import usable_cores

    return {"studio": studio.__version__, "cores": usable_cores()}


def dask_task(kind: str, params: dict[str, Any]) -> dict[str, Any]:
    """The task as a Dask worker runs it: Whisper gets the threads this worker may use."""
    from studio.batch.tasks import run_task

    state = distributed().get_worker().state
    # One model per worker (the whisper resource) may use all its threads; otherwise each
    # of the worker's threads runs a task, one CPU thread each.
    threads = state.nthreads if WHISPER_RESOURCE in state.total_resources else 1
    # Before the first task loads the OpenMP runtime: a worker started without a nanny
    # (which would set it) otherwise lets every library start a thread per core.
    os.environ.setdefault("OMP_NUM_THREADS", str(threads))
    return run_task(kind, {**params, "threads": threads})


class DaskRunner:
    """Tasks as Dask futures; ``done`` is called as each finishes."""

    def __init__(
        self,
        client: Any,
        *,
        ship_media: bool = False,
        path_map: PathMap | None = None,
        whisper_resource: bool | None = None,
    ) -> None:
        self.client = client
        self.ship_media = ship_media
        self.path_map = path_map or PathMap()
        self.whisper_resource = whisper_resource
        self.name = f"Dask at {client.scheduler.address}"
        self.notes: list[str] = []

    def preflight(self) -> dict[str, Any]:
        """Check the workers can run Studio; note a version that differs from ours."""
        import studio

        try:
            infos: dict[str, Any] = self.client.run(worker_info)
        except Exception as exc:
            raise StudioError(
                f"the Dask workers cannot run Studio ({type(exc).__name__}: {exc})",
                hint=f"{INSTALL_HINT} on every worker, the same version as here.",
            ) from exc
        if not infos:
            self.notes.append("the scheduler has no workers yet: the tasks wait for them")
        other = sorted({i["studio"] for i in infos.values()} - {studio.__version__})
        if other:
            self.notes.append(
                f"workers run Studio {', '.join(other)}, this client {studio.__version__}"
            )
        if self.whisper_resource is None:
            try:
                info = self.client.scheduler_info(n_workers=-1)  # all, not the first five
            except TypeError:  # a Dask from before the limit
                info = self.client.scheduler_info()
            workers = info.get("workers", {}).values()
            self.whisper_resource = bool(workers) and all(
                WHISPER_RESOURCE in (w.get("resources") or {}) for w in workers
            )
        return infos

    def run(self, tasks: Sequence[Task], done: Done, partial: Partial) -> None:
        self.preflight()
        queue: deque[Task] = deque(tasks)
        # Shipped bytes live in the scheduler until their task ends: keep few in flight.
        window = max(4, 2 * sum(self.client.nthreads().values())) if self.ship_media else 0
        running: dict[Any, Task] = {}
        finished = distributed().as_completed(loop=self.client.loop)

        def fill() -> None:
            while queue and (not window or len(running) < window):
                task = queue.popleft()
                future = self._submit(task)
                running[future] = task
                finished.add(future)

        try:
            fill()
            for future in finished:
                task = running.pop(future)
                done(self._outcome(task, future))
                future.release()
                fill()
        finally:
            if running:
                self.client.cancel(list(running))

    def _submit(self, task: Task) -> Any:
        import dask

        params = dict(task.params)
        for key in ("path", "out"):
            if key in params:
                params[key] = self.path_map.remote(str(params[key]))
                params["mapped"] = params.get("mapped") or params[key] != task.params[key]
        if self.ship_media and task.kind in ("transcribe", "validate"):
            local = Path(str(task.params["path"]))
            params.pop("path")
            params.update(data=local.read_bytes(), name=local.name)
        resources = (
            {WHISPER_RESOURCE: 1} if self.whisper_resource and task.kind == "transcribe" else None
        )
        key = f"studio-{task.kind}-{task.id}-{uuid.uuid4().hex[:8]}"
        # Shipped media is large on purpose; the window above bounds it.
        with dask.config.set({"distributed.admin.large-graph-warning-threshold": "100TB"}):
            return self.client.submit(
                dask_task, task.kind, params, key=key, pure=False, resources=resources
            )

    @staticmethod
    def _outcome(task: Task, future: Any) -> Outcome:
        try:
            reply = future.result()
        except distributed().KilledWorker:
            return Outcome.failure(
                task.id,
                "every Dask worker that took this file died (it was retried on others)",
                "the file may crash the decoder or Whisper, or the workers run out of memory: "
                "check the workers' logs and memory limit, or try it alone with studio caption.",
            )
        except Exception as exc:
            if type(exc).__name__ == "CancelledError":
                raise StudioError(
                    "the Dask scheduler dropped the work (was it restarted?)",
                    hint="run the same command again: what finished is kept and skipped.",
                ) from exc
            return Outcome.failure(
                task.id,
                f"the task failed on the cluster: {type(exc).__name__}: {exc}",
                "check the workers' logs; run the same command again to retry this file.",
            )
        return Outcome.from_reply(task.id, reply)
