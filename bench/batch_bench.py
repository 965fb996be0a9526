"""Batch captioning benchmark: 16 clips captioned by sequential ``studio caption`` runs (the
baseline), by ``studio batch caption`` on the local pool, and on a Dask cluster on this
machine (a ``dask scheduler`` and one single-threaded ``dask worker`` per pool worker).

    .venv/bin/python bench/batch_bench.py [--clips 16] [--skip-dask] [--repeat 2]

Every contender is a real command timed from outside, model load included, as a user
would run it. Aims (issue 17): pool >= 1.8x faster than the sequential runs on 2 cores;
Dask within 1.2x of the pool. psutil samples the resident memory of every worker
process (pool workers, Dask workers) and reports the peak per worker. The outputs of
the three must be the same captions. Ratios, not seconds, are the point: the machine
may be shared.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from studio.media.audio_decode import media_duration  # noqa: E402
from tests.batch.batch_fixtures import PROJECT_SENTENCES, SENTENCES, pool_workers  # noqa: E402
from tests.media_fixtures import espeak_wav  # noqa: E402

ENV = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p))
STUDIO = [sys.executable, "-m", "studio"]
# The same settings for all three: English said, so tiny.en alone (no language detection).
SETTINGS = ["--language", "en"]


def make_clips(folder: Path, count: int) -> list[Path]:
    """``count`` clips of two or three sentences each (about 6 to 9 seconds)."""
    lines = SENTENCES + PROJECT_SENTENCES
    folder.mkdir(parents=True)
    clips = []
    for i in range(count):
        text = " ".join(lines[(i + k) % len(lines)] for k in range(2 + i % 2))
        clips.append(espeak_wav(folder / f"lecture{i:02d}.wav", text))
    return clips


class PeakMemory:
    """Samples the RSS of the processes ``find`` returns, keeping each one's peak."""

    def __init__(self, find: Callable[[], list[psutil.Process]]) -> None:
        self.find = find
        self.peaks: dict[int, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(0.1):
            for proc in self.find():
                try:
                    self.peaks[proc.pid] = max(self.peaks.get(proc.pid, 0), proc.memory_info().rss)
                except psutil.Error:
                    continue

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def run(cmd: list[str], **kwargs: object) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, env=ENV, stdout=subprocess.DEVNULL, **kwargs)  # type: ignore[call-overload]
    return time.perf_counter() - start


def sequential(clips: list[Path], out: Path) -> float:
    out.mkdir()
    start = time.perf_counter()
    for clip in clips:
        subprocess.run([*STUDIO, "caption", str(clip), "-o", str(out / f"{clip.stem}.vtt"),
                        "--quiet", *SETTINGS], check=True, env=ENV,
                       stdout=subprocess.DEVNULL)  # fmt: skip
    return time.perf_counter() - start


def pool(folder: Path, out: Path) -> tuple[float, dict[int, int], str]:
    start = time.perf_counter()
    proc = subprocess.Popen([*STUDIO, "batch", "caption", str(folder), "--out", str(out),
                             "--quiet", *SETTINGS], env=ENV, stdout=subprocess.DEVNULL)  # fmt: skip
    parent = psutil.Process(proc.pid)
    with PeakMemory(lambda: pool_workers(parent)) as memory:
        proc.wait()
    wall = time.perf_counter() - start
    if proc.returncode:
        raise SystemExit(f"the pool run failed ({proc.returncode})")
    runner = json.loads((out / "studio-batch-caption.json").read_text())["runner"]
    return wall, memory.peaks, runner


def dask(folder: Path, out: Path, workers: int, scratch: Path) -> tuple[float, float, dict[int, int]]:
    """(cluster start-up seconds, batch seconds, worker peaks)."""
    file = scratch / "scheduler.json"
    file.unlink(missing_ok=True)
    procs = []
    start = time.perf_counter()
    try:
        procs.append(subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_scheduler",
                                       "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                                       "--scheduler-file", str(file)], env=ENV,
                                      stderr=subprocess.DEVNULL))  # fmt: skip
        deadline = time.monotonic() + 120
        while not (file.is_file() and file.read_text().strip()):
            if time.monotonic() > deadline:
                raise SystemExit("the Dask scheduler did not start")
            time.sleep(0.05)
        address = json.loads(file.read_text())["address"]
        for i in range(workers):
            procs.append(subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_worker",
                                           address, "--nthreads", "1", "--no-nanny", "--host",
                                           "127.0.0.1", "--no-dashboard", "--name", f"w{i}"],
                                          env=ENV, stderr=subprocess.DEVNULL))  # fmt: skip
        wait = ("from distributed import Client; import sys; "
                "c = Client(sys.argv[1], timeout=60); c.wait_for_workers(int(sys.argv[2]), 120)")
        subprocess.run([sys.executable, "-c", wait, address, str(workers)], check=True, env=ENV)
        startup = time.perf_counter() - start
        dask_workers = [psutil.Process(p.pid) for p in procs[1:]]
        with PeakMemory(lambda: dask_workers) as memory:
            wall = run([*STUDIO, "batch", "caption", str(folder), "--out", str(out), "--quiet",
                        "--scheduler", address, *SETTINGS])  # fmt: skip
        return startup, wall, memory.peaks
    finally:
        for proc in reversed(procs):
            proc.kill()
            proc.wait()


def captions(folder: Path) -> dict[str, str]:
    return {p.name: p.read_text() for p in folder.rglob("*.vtt")}


def mb(peaks: dict[int, int]) -> str:
    return ", ".join(f"{v / 1e6:.0f}" for v in sorted(peaks.values())) + " MB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clips", type=int, default=16)
    parser.add_argument("--skip-dask", action="store_true")
    parser.add_argument("--repeat", type=int, default=2,
                        help="runs of the pool and of Dask, alternating; the fastest counts")  # fmt: skip
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="studio-batch-bench-"))
    try:
        clips = make_clips(scratch / "clips", args.clips)
        audio = sum(media_duration(c) for c in clips)
        print(f"{len(clips)} clips, {audio:.0f} s of speech, {psutil.cpu_count()} cores")
        seq = sequential(clips, scratch / "sequential")
        print(f"sequential studio caption per file: {seq:6.1f} s  (baseline)")
        # The machine may be shared: pool and Dask alternate, the fastest run of each counts.
        pool_wall = dask_wall = float("inf")
        pool_peaks: dict[int, int] = {}
        dask_peaks: dict[int, int] = {}
        startup = 0.0
        for i in range(args.repeat):
            wall, peaks, runner = pool(scratch / "clips", scratch / f"pool{i}")
            if wall < pool_wall:
                pool_wall, pool_peaks = wall, peaks
            if not args.skip_dask:
                startup, wall, peaks = dask(scratch / "clips", scratch / f"dask{i}",
                                            len(pool_peaks) or 2, scratch)  # fmt: skip
                if wall < dask_wall:
                    dask_wall, dask_peaks = wall, peaks
        print(f"batch caption, {runner}: {pool_wall:6.1f} s  "
              f"{seq / pool_wall:.2f}x faster than sequential (aim >= 1.8)")
        print(f"  peak memory per pool worker: {mb(pool_peaks)}")
        same = captions(scratch / "pool0") == captions(scratch / "sequential")
        print(f"  captions identical to the sequential runs: {same}")
        if not args.skip_dask:
            print(f"batch caption on Dask ({len(dask_peaks)} workers x 1 thread): "
                  f"{dask_wall:6.1f} s  {dask_wall / pool_wall:.2f}x the pool's time "
                  f"(aim <= 1.2); cluster start-up {startup:.1f} s not included")
            print(f"  peak memory per Dask worker: {mb(dask_peaks)}")
            print(f"  captions identical to the pool's: "
                  f"{captions(scratch / 'dask0') == captions(scratch / 'pool0')}")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
