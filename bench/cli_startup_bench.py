"""How fast the command line answers: ``studio --version`` and ``studio --help``.

Each is run as a new process, interleaved with a bare ``python -c pass`` (the
interpreter's own start, the baseline), and the median wall time is printed with the
ratio. Aim: both under 100 ms (the command modules import their heavy parts only when
their command runs, so listing the commands loads no exporter).

    .venv/bin/python bench/cli_startup_bench.py [--runs 15]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def wall(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    env = dict(os.environ, PYTHONPATH=str(REPO))
    cases = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "studio --version": [sys.executable, "-m", "studio", "--version"],
        "studio --help": [sys.executable, "-m", "studio", "--help"],
    }
    times: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(args.runs):
        for name, cmd in cases.items():
            times[name].append(wall(cmd, env))
    base = statistics.median(times["python -c pass"])
    for name, values in times.items():
        median = statistics.median(values)
        print(f"{name:18s} median {median * 1000:6.1f} ms  min {min(values) * 1000:6.1f} ms  "
              f"x{median / base:.1f} the bare interpreter")


if __name__ == "__main__":
    main()
