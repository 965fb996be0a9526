"""Choose where a batch runs: the local pool, an existing Dask scheduler, or a jobqueue cluster."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass, field

from studio.batch.jobqueue import ClusterRequest
from studio.batch.paths import PathMap
from studio.batch.work import Runner


@dataclass
class Where:
    scheduler: str | None = None  # tcp://HOST:PORT (or $STUDIO_DASK_SCHEDULER)
    cluster: ClusterRequest | None = None
    workers: int = 0  # local pool processes (0: sized to the machine)
    threads: int = 0  # local pool threads per process (0: the cores shared out)
    per_process: int = 0  # bytes one worker needs
    ship_media: bool = False
    path_map: PathMap = field(default_factory=PathMap)
    notes: list[str] = field(default_factory=list)


def scheduler_from_env(given: str | None) -> str | None:
    from studio.batch.dask_runner import SCHEDULER_ENV

    return given or os.environ.get(SCHEDULER_ENV) or None


@contextlib.contextmanager
def open_runner(where: Where, tasks: int) -> Iterator[Runner]:
    """The runner for ``where``, stopped (workers, client, cluster) when the block ends."""
    if where.cluster is not None:
        from studio.batch.dask_runner import DaskRunner, distributed
        from studio.batch.jobqueue import make_cluster

        cluster = make_cluster(where.cluster)
        try:
            client = distributed().Client(cluster, set_as_default=False)
            try:
                cluster.scale(jobs=where.cluster.jobs)
                yield DaskRunner(client, ship_media=where.ship_media, path_map=where.path_map,
                                 whisper_resource=True)  # fmt: skip
            finally:
                client.close()
        finally:
            cluster.close()
    elif where.scheduler:
        from studio.batch.dask_runner import DaskRunner, connect

        client = connect(where.scheduler)
        try:
            yield DaskRunner(client, ship_media=where.ship_media, path_map=where.path_map)
        finally:
            client.close()
    else:
        from studio.batch.pool import LocalPool
        from studio.batch.sizing import available_memory, plan_workers, usable_cores

        if where.ship_media or where.path_map.pairs:
            where.notes.append("--ship-media and --path-map matter only on a Dask cluster")
        cores = usable_cores()
        plan = plan_workers(cores, available_memory(), where.per_process, tasks=tasks,
                            processes=where.workers)  # fmt: skip
        yield LocalPool(plan.processes, where.threads or plan.threads)
