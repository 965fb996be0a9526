"""``--cluster``: the dask-jobqueue job script Studio generates (it cannot run here)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from studio.batch.jobqueue import ClusterRequest, cluster_kwargs
from studio.batch.sizing import model_memory
from studio.errors import StudioError
from tests.batch.batch_fixtures import REPO, env_for_children, studio_cmd


def test_slurm_job_script_for_8_cores_and_16gb(tmp_path: Path) -> None:
    env = env_for_children(STUDIO_MODELS_DIR="/shared/models")
    run = subprocess.run(
        studio_cmd("batch", "caption", str(tmp_path), "--cluster", "slurm", "--cores", "8",
                   "--memory", "16GB", "--walltime", "02:00:00", "--queue", "short",
                   "--account", "media-team", "--print-job-script"),
        capture_output=True, text=True, env=env, timeout=300,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    script = run.stdout
    lines = script.splitlines()
    assert lines[0] == "#!/usr/bin/env bash"
    for directive in ("#SBATCH -J studio-batch", "#SBATCH -n 1", "#SBATCH --cpus-per-task=8",
                      "#SBATCH --mem=15G", "#SBATCH -t 02:00:00", "#SBATCH -p short",
                      "#SBATCH -A media-team"):  # fmt: skip
        assert directive in lines, directive
    assert "export OMP_NUM_THREADS=1" in lines
    assert "export STUDIO_MODELS_DIR=/shared/models" in lines
    (worker,) = [line for line in lines if "distributed.cli.dask_worker" in line]
    assert worker.startswith(f"{sys.executable} -m distributed.cli.dask_worker tcp://")
    # 8 worker processes of one thread: 8 tiny.en models fit in 16 GB, one per core.
    for part in ("--nthreads 1", "--nworkers 8", "--memory-limit 1.86GiB",
                 "--resources whisper=1", "--nanny"):  # fmt: skip
        assert part in worker, part


def test_cluster_kwargs_follow_memory_and_the_cluster_kind() -> None:
    request = ClusterRequest(kind="pbs", cores=8, memory="8GB",
                             per_process=model_memory("medium"), account="acct")  # fmt: skip
    kwargs = cluster_kwargs(request)
    assert (kwargs["processes"], kwargs["account"]) == (2, "acct")  # two medium models fit
    assert "export OMP_NUM_THREADS=4" in kwargs["job_script_prologue"]
    sge = cluster_kwargs(ClusterRequest(kind="sge", account="proj"))
    assert sge["project"] == "proj" and "account" not in sge
    with pytest.raises(StudioError, match="not an amount of memory"):
        cluster_kwargs(ClusterRequest(kind="slurm", memory="lots"))


def test_help_stays_light() -> None:
    """``studio --help`` and the batch parser import neither Dask nor Whisper."""
    code = (
        "import sys\n"
        "from studio.cli import build_parser\n"
        "build_parser()\n"
        "heavy = [m for m in ('dask', 'distributed', 'dask_jobqueue', 'faster_whisper',"
        " 'ctranslate2', 'torch') if m in sys.modules]\n"
        "sys.exit(f'imported {heavy}' if heavy else 0)\n"
    )
    env = dict(os.environ, PYTHONPATH=str(REPO))
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         timeout=120)  # fmt: skip
    assert run.returncode == 0, run.stderr + run.stdout
