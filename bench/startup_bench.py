"""Startup time: process start -> main window shown with a 200-lesson course open.

Compared with a bare PySide6 window (QApplication + QMainWindow) measured the same
way: the parent starts a child process and stops the clock when the child reports
the window's first paint. Runs are interleaved and the median is reported.
Aim: Studio / bare <= 1.5.

    .venv/bin/python bench/startup_bench.py [--runs 5] [--lessons 200]

Uses the offscreen platform unless DISPLAY is set (then the real X server).
"""

from __future__ import annotations

import argparse
import os
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


def time_child(code: str, args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        env=env, cwd=REPO, text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    proc.wait(timeout=60)
    if line.strip() != "shown":
        raise SystemExit(f"child did not show its window (exit {proc.returncode})")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--lessons", type=int, default=200)
    args = parser.parse_args()
    env = dict(os.environ, PYTHONPATH=str(REPO))
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        course = make_course(folder, args.lessons)
        settings = str(folder / "settings.ini")
        # One warm-up of each (file cache), then interleaved runs.
        time_child(BARE, [], env)
        time_child(STUDIO, [str(course), settings], env)
        bare, studio = [], []
        for _ in range(args.runs):
            bare.append(time_child(BARE, [], env))
            studio.append(time_child(STUDIO, [str(course), settings], env))
    b, s = statistics.median(bare), statistics.median(studio)
    print(f"platform: {env.get('QT_QPA_PLATFORM', 'xcb')}; {args.runs} runs; "
          f"course: {args.lessons} lessons")
    print(f"bare PySide6 window: median {b * 1000:.0f} ms "
          f"(min {min(bare) * 1000:.0f}, max {max(bare) * 1000:.0f})")
    print(f"Studio, course open: median {s * 1000:.0f} ms "
          f"(min {min(studio) * 1000:.0f}, max {max(studio) * 1000:.0f})")
    print(f"ratio: {s / b:.2f}x (aim <= 1.5x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
