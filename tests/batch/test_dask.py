"""``studio batch`` on a real Dask cluster: a ``dask scheduler`` and two ``dask worker``
processes on 127.0.0.1, the real Whisper model, the same inputs as the local pool."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.batch.batch_fixtures import (
    copy_inputs,
    dask_cluster,
    env_for_children,
    project_tracks,
    rows_by_input,
    run_studio,
    studio_cmd,
    summary,
)

pytestmark = [pytest.mark.whisper, pytest.mark.slow, pytest.mark.usefixtures("models_dir")]

# Run beside the batch: wait until a worker is running a caption task, kill -9 that
# worker's process, say which task and process.
KILL_MID_TASK = r"""
import json, os, signal, sys, time
from distributed import Client

def executing(dask_worker):
    return [str(ts.key) for ts in dask_worker.state.executing]

client = Client(sys.argv[1], timeout=60)
deadline = time.monotonic() + 300
while time.monotonic() < deadline:
    for address, keys in client.run(executing).items():
        keys = [k for k in keys if k.startswith("studio-transcribe-")]
        if keys:
            pid = client.run(os.getpid, workers=[address])[address]
            os.kill(pid, signal.SIGKILL)
            print(json.dumps({"pid": pid, "key": keys[0]}))
            sys.exit(0)
    time.sleep(0.05)
sys.exit("no caption task ever ran")
"""


def _vtts(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): p.read_text() for p in folder.rglob("*.vtt")}


def test_dask_cluster_output_equals_the_local_pool(pool_run: Path, batch_inputs: Path,
                                                   tmp_path: Path) -> None:  # fmt: skip
    root = copy_inputs(batch_inputs, tmp_path / "in")
    courses = sorted(str(p) for p in (root / "courses").iterdir())
    args = ["batch", "caption", str(root / "lectures"), *courses, "--out", str(root / "out")]
    with dask_cluster(tmp_path / "dask") as (address, _workers):
        done = run_studio(*args, "--scheduler", address)
        assert done.returncode == 1, done.stderr  # the corrupt file, alone
        assert f"on Dask at {address}" in done.stderr
        data = summary(root / "out" / "studio-batch-caption")
        assert data["runner"] == f"Dask at {address}"
        rows = rows_by_input(data)
        assert rows["broken.mp4"]["status"] == "failed" and "broken.mp4" in rows["broken.mp4"]["error"]
        assert data["totals"]["done"] == 11 and data["totals"]["skipped"] == 1
        workers = {r["worker"] for r in data["files"] if r["status"] == "done"}
        assert len(workers) == 2  # both workers took part
        # Every output equals the local pool's: caption files and project tracks.
        assert _vtts(root / "out") == _vtts(pool_run / "out")
        for i in range(3):
            name = f"course{i}.studio"
            assert project_tracks(root / "courses" / name) == project_tracks(
                pool_run / "courses" / name
            )
            assert not (root / "courses" / name / ".studio.lock").exists()
        # The corrupt file is removed: a second run (scheduler from the environment)
        # skips everything, and needs no worker at all.
        (root / "lectures" / "broken.mp4").unlink()
        again = run_studio(*args, env=env_for_children(STUDIO_DASK_SCHEDULER=address))
    assert again.returncode == 0, again.stderr
    second = summary(root / "out" / "studio-batch-caption")
    assert {r["status"] for r in second["files"]} == {"skipped"}
    assert len(second["files"]) == 12 and second["runner"] == "nothing to run"


def test_a_worker_killed_mid_task_has_it_finish_elsewhere(batch_inputs: Path,
                                                          tmp_path: Path) -> None:  # fmt: skip
    root = copy_inputs(batch_inputs, tmp_path / "in")
    (root / "lectures" / "broken.mp4").unlink()
    base = tmp_path / "summary"
    with dask_cluster(tmp_path / "dask") as (address, workers):
        env = env_for_children()
        batch = subprocess.Popen(studio_cmd("batch", "caption", str(root / "lectures"),
                                            "--scheduler", address, "--summary", str(base)),
                                 env=env, stderr=subprocess.PIPE, text=True)  # fmt: skip
        try:
            killer = subprocess.run([sys.executable, "-c", KILL_MID_TASK, address], env=env,
                                    capture_output=True, text=True, timeout=400)  # fmt: skip
            _out, err = batch.communicate(timeout=600)
        finally:
            if batch.poll() is None:
                batch.kill()
        assert killer.returncode == 0, killer.stderr
        killed = json.loads(killer.stdout)
        assert killed["pid"] in [w.pid for w in workers]
        assert [w.pid for w in workers if w.poll() is not None] == [killed["pid"]]
    assert batch.returncode == 0, err
    rows = summary(base)["files"]
    assert len(rows) == 8 and all(r["status"] == "done" for r in rows)
    task = killed["key"].split("-")[2]  # studio-transcribe-<task>-<nonce>
    (row,) = [r for r in rows if r["task"] == task]
    assert not row["worker"].endswith(f":{killed['pid']}")  # finished on the other worker
    assert len(list((root / "lectures").rglob("*.vtt"))) == 8


def test_path_map_and_ship_media(batch_inputs: Path, tmp_path: Path) -> None:
    lectures = tmp_path / "local" / "lectures"
    shutil.copytree(batch_inputs / "lectures", lectures)
    (tmp_path / "remote").mkdir()
    (tmp_path / "remote" / "lectures").symlink_to(lectures)  # the same share, another name
    clip = lectures / "clip3.wav"
    with dask_cluster(tmp_path / "dask") as (address, _workers):
        mapped = run_studio("batch", "caption", str(clip), "--scheduler", address, "--out",
                            str(tmp_path / "mapped"), "--path-map",
                            f"{tmp_path / 'local'}={tmp_path / 'remote'}")  # fmt: skip
        assert mapped.returncode == 0, mapped.stderr
        wrong = run_studio("batch", "caption", str(clip), "--scheduler", address, "--out",
                           str(tmp_path / "wrong"), "--path-map",
                           f"{tmp_path / 'local'}=/nowhere/studio")  # fmt: skip
        assert wrong.returncode == 1
        assert f"{clip}: media file not found (the worker looked for /nowhere/studio/" in wrong.stderr
        assert "--path-map" in wrong.stderr
        # With --ship-media the workers get the bytes: the wrong map no longer matters.
        shipped = run_studio("batch", "caption", str(clip), "--scheduler", address, "--out",
                             str(tmp_path / "shipped"), "--ship-media", "--path-map",
                             f"{tmp_path / 'local'}=/nowhere/studio")  # fmt: skip
        assert shipped.returncode == 0, shipped.stderr
    reference = (tmp_path / "mapped" / "clip3.vtt").read_text()
    assert "rivers" in reference.lower()
    assert (tmp_path / "shipped" / "clip3.vtt").read_text() == reference
