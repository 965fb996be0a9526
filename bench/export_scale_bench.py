"""Export time as the course grows: EPUB and Common Cartridge against SCORM 1.2.

A course of N text lessons (in modules of 20) is exported as SCORM 1.2, CC 1.1 and
EPUB 3 for N = 500, 1,000 and 2,000. SCORM is the baseline measured in the same run;
the aim is EPUB and CC within 2x of SCORM at 2,000 lessons, and every format growing
linearly (the time per lesson stays flat as N doubles). CPU time (all threads of this
process) is printed too: it varies much less than wall time on a busy machine. Each
size is run ``--repeat`` times and the fastest run of each format kept.

    .venv/bin/python bench/export_scale_bench.py [--sizes 500 1000 2000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from studio.exporters import get_exporter  # noqa: E402
from studio.jobs import null_progress  # noqa: E402
from studio.model import Course, Lesson, Module, TextBlock  # noqa: E402

FORMATS = ("scorm12", "cc11", "epub")


def course_of(lessons: int) -> Course:
    course = Course(title="A large course", description="Many short lessons.")
    modules = []
    for m in range(0, lessons, 20):
        modules.append(Module(title=f"Module {m // 20 + 1}", lessons=[
            Lesson(title=f"Lesson {n + 1}", blocks=[TextBlock(
                html=f"<p>Lesson {n + 1} of {lessons}: <strong>water</strong> moves.</p>")])
            for n in range(m, min(m + 20, lessons))]))
    course.modules = modules
    return course


def timed(fmt: str, course: Course, folder: Path) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one export."""
    spec = get_exporter(fmt)
    start, cpu = time.perf_counter(), time.process_time()
    spec.export(course, folder / "media", folder / f"{fmt}{spec.extension}",
                spec.default_options(), null_progress())
    return time.perf_counter() - start, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 1000, 2000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(f"{'lessons':>8} " + " ".join(f"{f:>9}" for f in FORMATS)
          + "   cc/scorm epub/scorm   CPU: cc/scorm epub/scorm")
    for size in args.sizes:
        course = course_of(size)
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            (folder / "media").mkdir()
            runs = [{fmt: timed(fmt, course, folder) for fmt in FORMATS}
                    for _ in range(args.repeat)]
        wall = {fmt: min(r[fmt][0] for r in runs) for fmt in FORMATS}
        cpu = {fmt: min(r[fmt][1] for r in runs) for fmt in FORMATS}
        print(f"{size:>8} " + " ".join(f"{wall[f]:>8.2f}s" for f in FORMATS)
              + f"   {wall['cc11'] / wall['scorm12']:>8.2f} {wall['epub'] / wall['scorm12']:>10.2f}"
              + f"   {cpu['cc11'] / cpu['scorm12']:>13.2f} {cpu['epub'] / cpu['scorm12']:>10.2f}")


if __name__ == "__main__":
    main()
