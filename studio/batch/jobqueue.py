"""``--cluster slurm|pbs|sge``: Dask workers as batch jobs, through dask-jobqueue.

Each job runs ``processes`` Dask workers, one Whisper model each (the ``whisper``
resource keeps it to one caption at a time), and the job's cores are shared out as
Whisper threads with the same plan as the local pool. The scheduler runs in this
process; the workers connect back to it, so the node must be reachable from the
compute nodes (``--interface`` picks the network).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from typing import Any

from studio.batch.dask_runner import INSTALL_HINT, WHISPER_RESOURCE
from studio.batch.sizing import plan_workers
from studio.errors import StudioError

CLUSTER_CLASSES = {"slurm": "SLURMCluster", "pbs": "PBSCluster", "sge": "SGECluster"}
# Environment a worker needs to find the same models as this client.
FORWARDED_ENV = ("STUDIO_MODELS_DIR",)


@dataclass
class ClusterRequest:
    kind: str  # slurm, pbs or sge
    cores: int = 4  # per job
    memory: str = "8GB"  # per job
    per_process: int = 0  # bytes a worker needs (sizing.model_memory); 0: one per core
    processes: int = 0  # workers per job; 0: planned from cores and memory
    jobs: int = 1
    queue: str | None = None
    account: str | None = None
    walltime: str = "01:00:00"
    interface: str | None = None
    job_extra: list[str] = field(default_factory=list)  # extra scheduler directives


def _memory_bytes(text: str) -> int:
    from dask.utils import parse_bytes

    try:
        value = int(parse_bytes(text))
    except (ValueError, TypeError) as exc:
        raise StudioError(
            f"--memory {text!r} is not an amount of memory", hint="for example --memory 16GB"
        ) from exc
    if value <= 0:
        raise StudioError(f"--memory {text!r} must be more than zero", hint="e.g. --memory 16GB")
    return value


def cluster_kwargs(req: ClusterRequest) -> dict[str, Any]:
    """The keyword arguments of the dask-jobqueue cluster class for ``req``."""
    if req.kind not in CLUSTER_CLASSES:
        raise StudioError(f"unknown cluster {req.kind!r}", hint="use slurm, pbs or sge")
    if req.cores < 1 or req.jobs < 1:
        raise StudioError("--cores and --jobs must be at least 1")
    memory = _memory_bytes(req.memory)
    plan = plan_workers(req.cores, memory, req.per_process or 1, processes=req.processes)
    prologue = [f"export OMP_NUM_THREADS={plan.threads}"]
    prologue += [f"export {name}={os.environ[name]}" for name in FORWARDED_ENV if name in os.environ]
    kwargs: dict[str, Any] = {
        "cores": req.cores,
        "memory": req.memory,
        "processes": plan.processes,
        "walltime": req.walltime,
        "job_name": "studio-batch",
        "python": sys.executable,
        "job_script_prologue": prologue,
        "worker_extra_args": ["--resources", f"{WHISPER_RESOURCE}=1"],
        "job_extra_directives": list(req.job_extra),
        "scheduler_options": {"dashboard_address": None},
    }
    if req.queue:
        kwargs["queue"] = req.queue
    if req.account:
        kwargs["project" if req.kind == "sge" else "account"] = req.account
    if req.interface:
        kwargs["interface"] = req.interface
    return kwargs


def make_cluster(req: ClusterRequest) -> Any:
    """Start the scheduler of a dask-jobqueue cluster (no job is submitted yet)."""
    kwargs = cluster_kwargs(req)
    try:
        import dask_jobqueue
    except ImportError as exc:
        raise StudioError(
            "--cluster needs dask-jobqueue, which is not installed", hint=INSTALL_HINT
        ) from exc
    cls = getattr(dask_jobqueue, CLUSTER_CLASSES[req.kind])
    try:
        return cls(**kwargs)
    except (ValueError, TypeError, OSError) as exc:
        raise StudioError(
            f"cannot set up the {req.kind} cluster ({exc})",
            hint="check --cores, --memory, --walltime, --queue and --interface.",
        ) from exc
