"""How many worker processes, and how many threads each, so the cores are not oversubscribed.

One Whisper model per process; CTranslate2 scales well to a few threads and not beyond,
and processes share nothing, so the plan prefers more processes with fewer threads,
as many as the cores allow and the memory holds.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

GB = 1_000_000_000
# Resident memory of one worker with the model loaded and a 4-minute chunk decoding
# (measured for tiny.en and base; the larger ones scaled from their weights).
MODEL_MEMORY = {"tiny": 0.6 * GB, "base": 0.8 * GB, "small": 1.6 * GB, "medium": 3.5 * GB,
                "large": 7 * GB}  # fmt: skip
OTHER_WORK_MEMORY = int(0.5 * GB)  # an export or a validation


@dataclass(frozen=True)
class WorkerPlan:
    processes: int
    threads: int  # CPU threads each process gives Whisper


def usable_cores() -> int:
    """The cores this process may run on (a Slurm allocation or taskset, not the machine)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def available_memory() -> int | None:
    """Memory available for new work, in bytes (None when the system does not say)."""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemAvailable:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    if hasattr(os, "sysconf"):  # macOS: the total is the best it tells cheaply
        try:
            return int(os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE"))
        except (ValueError, OSError):
            return None
    return None


def model_memory(model: str) -> int:
    """Bytes one worker needs for ``model`` (a name such as tiny.en, or a model folder);
    "auto" may keep tiny.en and base loaded at once."""
    if model == "auto":
        return int(MODEL_MEMORY["tiny"] + MODEL_MEMORY["base"])
    folder = Path(model).expanduser()
    weights = folder / "model.bin"
    if weights.is_file():  # an institution's own conversion: weights plus working memory
        return int(weights.stat().st_size * 2 + 0.4 * GB)
    family = Path(model).name.split(".")[0].split("-")[0].lower()
    return int(MODEL_MEMORY.get(family, 2 * GB))


def plan_workers(
    cores: int,
    memory: int | None,
    per_process: int,
    *,
    tasks: int | None = None,
    processes: int = 0,
) -> WorkerPlan:
    """Processes: as many as cores, fewer when memory or the number of tasks is smaller
    (or exactly ``processes``); the cores are then shared out as threads."""
    cores = max(1, cores)
    if processes <= 0:
        by_memory = max(1, memory // max(1, per_process)) if memory else cores
        processes = min(cores, by_memory)
        if tasks is not None:
            processes = min(processes, max(1, tasks))
    return WorkerPlan(processes=processes, threads=max(1, cores // processes))
