"""Export a course with >= 1 GB of video as SCORM 1.2 vs ``zip -0 -r`` of the same media.

The video is one real MP4 (ffmpeg test pattern) padded with random bytes to
VIDEO_MB, with different padding in each of N files (each a separate asset named by
its sha256, as in a project: the export checks every file against its hash). Both runs write into the same folder; each is run ROUNDS
times in a child process and the fastest is kept. The export's peak memory is
the child's own ``ru_maxrss``. Aims: time ratio <= 1.2, peak memory < 200 MB
and independent of the video size (compare with a run of --videos 1).

    .venv/bin/python bench/export_bench.py [--videos 8] [--video-mb 128]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = 2

CHILD = r"""
import resource, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from studio.model import Course, Lesson, MediaAsset, Module, VideoBlock
from studio.exporters import get_exporter
from studio.jobs import null_progress
media_dir, out, n, size = Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
course = Course(title="Big video course")
lessons = []
ids = sorted(p.stem for p in media_dir.glob("*.mp4"))[:n]
for i, asset_id in enumerate(ids):
    course.media[asset_id] = MediaAsset(asset_id, f"lecture{i}.mp4", "video/mp4", size, ".mp4", 3.0, 320, 240)
    lessons.append(Lesson(title=f"Lecture {i + 1}", blocks=[VideoBlock(asset=asset_id, title=f"Lecture {i + 1}")]))
course.modules = [Module(title="Lectures", lessons=lessons)]
spec = get_exporter("scorm12")
start = time.perf_counter()
report = spec.export(course, media_dir, out, spec.options_type(), null_progress())
elapsed = time.perf_counter() - start
print(elapsed, report.size, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def make_media(folder: Path, count: int, video_mb: int) -> int:
    sys.path.insert(0, str(ROOT))
    import imageio_ffmpeg

    seed = folder / "seed.mp4"
    subprocess.run(
        [imageio_ffmpeg.get_ffmpeg_exe(), "-y", "-loglevel", "error", "-f", "lavfi",
         "-i", "testsrc=size=320x240:rate=15:duration=3", "-c:v", "libx264",
         "-preset", "ultrafast", "-pix_fmt", "yuv420p", str(seed)],
        check=True,
    )  # fmt: skip
    media = folder / "media"
    media.mkdir()
    size = 0
    for _ in range(count):
        digest = hashlib.sha256()
        part = media / "part.tmp"
        with open(part, "wb") as dst:
            head = seed.read_bytes()  # a real MP4 header and movie
            dst.write(head)
            digest.update(head)
            remaining = video_mb * 1024 * 1024 - len(head)
            while remaining > 0:
                chunk = os.urandom(min(remaining, 8 * 1024 * 1024))  # random: no compression
                dst.write(chunk)
                digest.update(chunk)
                remaining -= len(chunk)
        size = part.stat().st_size
        part.rename(media / f"{digest.hexdigest()}.mp4")
    return size


def run_zip(folder: Path) -> float:
    out = folder / "baseline.zip"
    best = float("inf")
    for _ in range(ROUNDS):
        out.unlink(missing_ok=True)
        start = time.perf_counter()
        subprocess.run(["zip", "-0", "-r", "-q", str(out), "media"], cwd=folder, check=True)
        best = min(best, time.perf_counter() - start)
    out.unlink(missing_ok=True)
    return best


def run_export(folder: Path, count: int, size: int) -> tuple[float, int, int]:
    out = folder / "course.zip"
    best = (float("inf"), 0, 0)
    for _ in range(ROUNDS):
        out.unlink(missing_ok=True)
        proc = subprocess.run(
            [sys.executable, "-c", CHILD, str(ROOT), str(folder / "media"), str(out), str(count), str(size)],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        elapsed, package, rss_kb = proc.stdout.split()
        if float(elapsed) < best[0]:
            best = (float(elapsed), int(package), int(rss_kb))
    out.unlink(missing_ok=True)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--videos", type=int, default=8)
    parser.add_argument("--video-mb", type=int, default=128)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(
        prefix="export-bench-", dir=os.environ.get("BENCH_TMP")
    ) as tmp:
        folder = Path(tmp)
        size = make_media(folder, args.videos, args.video_mb)
        total = size * args.videos
        print(f"media: {args.videos} videos x {size / 1024**2:.0f} MB = {total / 1024**3:.2f} GB")
        baseline = run_zip(folder)
        elapsed, package, rss_kb = run_export(folder, args.videos, size)
        small_elapsed, _, small_rss = run_export_one(folder, size)
        print(f"zip -0 -r:        {baseline:7.2f} s")
        print(f"studio export:    {elapsed:7.2f} s  (package {package / 1024**3:.2f} GB)")
        print(f"time ratio:       {elapsed / baseline:7.2f}x  (aim <= 1.2x)")
        print(f"peak memory:      {rss_kb / 1024:7.1f} MB  (aim < 200 MB)")
        print(
            f"peak memory, 1 video ({size / 1024**2:.0f} MB): {small_rss / 1024:.1f} MB "
            f"in {small_elapsed:.2f} s (independent of video size)"
        )
    return 0


def run_export_one(folder: Path, size: int) -> tuple[float, int, int]:
    return run_export(folder, 1, size)


if __name__ == "__main__":
    raise SystemExit(main())
