"""Startup time: process start -> main window shown with a 200-lesson course open.

Compared with a bare PySide6 window (QApplication + QMainWindow) measured the same
way: the parent starts a child process and stops the clock when the child reports
the window's first paint. Runs are interleaved and the median is reported.
Aim: Studio / bare <= 1.5.

    .venv/bin/python bench/startup_bench.py [--runs 5] [--lessons 200]

Uses the offscreen platform unless DISPLAY is set (then the real X server). Also
prints the CPU time of each child (user + system), which varies less than wall
time when other work shares the machine.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

FIRST_PAINT = """
from PySide6.QtCore import QEvent, QObject, QTimer
class _Shown(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print("shown", flush=True)
            QTimer.singleShot(0, app.quit)
            obj.removeEventFilter(self)
        return False
_shown = _Shown()
"""

BARE = FIRST_PAINT.replace("from PySide6.QtCore", "from PySide6.QtWidgets import QApplication, QMainWindow\nfrom PySide6.QtCore") + """
import sys
app = QApplication(sys.argv[:1])
win = QMainWindow()
win.resize(1200, 780)
win.setWindowTitle("bare")
win.installEventFilter(_shown)
win.show()
app.exec()
"""

STUDIO = """
import sys
from pathlib import Path
from studio.ui.app import make_app
app = make_app()
""" + FIRST_PAINT + """
from studio.ui.main_window import MainWindow
from studio.ui.qt import QSettings
settings = QSettings(sys.argv[2], QSettings.Format.IniFormat)
win = MainWindow(settings)
win.installEventFilter(_shown)
win.open_project(Path(sys.argv[1]))
win.show()
app.exec()
win.project.close()
"""


def make_course(folder: Path, lessons: int) -> Path:
    sys.path.insert(0, str(REPO))
    from studio import course_ops
    from studio.model import QuizBlock, TextBlock
    from studio.project import Project
    from studio.sample_content import full_quiz

    path = folder / "big.studio"
    with Project.create(path, title="Startup bench course") as project:
        stack, course = project.stack, project.course
        per_module = 10
        for m in range(lessons // per_module):
            module = course_ops.add_module(stack, course, f"Module {m + 1}")
            for n in range(per_module):
                lesson = course_ops.add_lesson(stack, module, f"Lesson {m * per_module + n + 1}")
                course_ops.add_block(stack, lesson, TextBlock(html=f"<p>Page {n}</p>" * 20))
                if n % 5 == 4:
                    course_ops.add_block(stack, lesson, QuizBlock(quiz=full_quiz()))
        project.save()
    return path


def time_child(code: str, args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds to the first paint, CPU seconds of the whole child run)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        env=env, cwd=REPO, text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    proc.wait(timeout=60)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if line.strip() != "shown":
        raise SystemExit(f"child did not show its window (exit {proc.returncode})")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--lessons", type=int, default=200)
    args = parser.parse_args()
    env = dict(os.environ, PYTHONPATH=str(REPO))
    # Installed and frozen programs load compiled bytecode; with this variable set
    # (some CI images set it) every run would compile Studio's modules from source.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        course = make_course(folder, args.lessons)
        settings = str(folder / "settings.ini")
        # One warm-up of each (file cache, bytecode), then interleaved runs.
        time_child(BARE, [], env)
        time_child(STUDIO, [str(course), settings], env)
        bare_runs, studio_runs = [], []
        for _ in range(args.runs):
            bare_runs.append(time_child(BARE, [], env))
            studio_runs.append(time_child(STUDIO, [str(course), settings], env))
    bare = [w for w, _ in bare_runs]
    studio = [w for w, _ in studio_runs]
    b, s = statistics.median(bare), statistics.median(studio)
    b_cpu = statistics.median(c for _, c in bare_runs)
    s_cpu = statistics.median(c for _, c in studio_runs)
    print(f"platform: {env.get('QT_QPA_PLATFORM', 'xcb')}; {args.runs} runs; "
          f"course: {args.lessons} lessons")
    print(f"bare PySide6 window: median {b * 1000:.0f} ms "
          f"(min {min(bare) * 1000:.0f}, max {max(bare) * 1000:.0f})")
    print(f"Studio, course open: median {s * 1000:.0f} ms "
          f"(min {min(studio) * 1000:.0f}, max {max(studio) * 1000:.0f})")
    print(f"ratio (wall time to first paint): {s / b:.2f}x (aim <= 1.5x)")
    print(f"CPU time of the whole run (steadier on a busy machine): bare {b_cpu * 1000:.0f} ms, "
          f"Studio {s_cpu * 1000:.0f} ms, ratio {s_cpu / b_cpu:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
