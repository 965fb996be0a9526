"""Child process of test_screenshots: opens the real window on an X server and saves PNGs.

Run as ``python -m tests.ui.screenshot_app PROJECT OUTDIR`` with DISPLAY set and
QT_QPA_PLATFORM=xcb. Writes one PNG per main screen and prints their names.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from studio.ui.app import make_app
from studio.ui.main_window import MainWindow
from studio.ui.qt import QApplication, QSettings, QTimer


def settle(seconds: float = 0.4) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


def snap(widget, out: Path, name: str) -> None:
    settle()
    screen = QApplication.primaryScreen()
    handle = widget.window().winId()
    pixmap = screen.grabWindow(int(handle))
    if pixmap.isNull() or pixmap.width() < 10:
        pixmap = widget.window().grab()
    path = out / f"{name}.png"
    pixmap.save(str(path))
    print(path.name, pixmap.width(), pixmap.height(), flush=True)


def main(project: Path, out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    app = make_app()
    settings = QSettings(str(out / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("preview/open_browser", False)
    win = MainWindow(settings)
    win.resize(1280, 800)
    win.show()
    assert win.open_project(project)
    settle(0.8)
    course = win.project.course
    # 1. The course: outline with a lesson open.
    snap(win, out, "01-main-course")
    # 2. A lesson and a block selected (editor area).
    first_lesson = course.modules[0].lessons[0]
    win.outline.select(first_lesson.id)
    snap(win, out, "02-lesson")
    video = next((b for _, _, b in course.blocks() if b.KIND == "video"), None)
    if video is not None:
        win.outline.select(video.id)
        settle(1.5)
        snap(win, out, "03-video-block")
    quiz = next((b for _, _, b in course.blocks() if b.KIND == "quiz"), None)
    if quiz is not None:
        win.outline.select(quiz.id)
        snap(win, out, "04-quiz-block")
    # 5. Welcome ("How to start").
    welcome = win.show_welcome()
    snap(welcome, out, "05-welcome")
    welcome.close()
    # 6. Export dialog.
    dialog = win.export_dialog()
    dialog.resize(680, 720)
    snap(dialog, out, "06-export-dialog")
    dialog.close()
    # 7. Import dialog.
    imp = win.import_dialog()
    snap(imp, out, "07-import-dialog")
    imp.close()
    # 8. Jobs panel with a running job.
    def slow(progress):
        for i in range(100):
            time.sleep(0.05)
            progress.update(i / 100, f"Step {i} of 100")
        return None

    job = win.runner.submit("Captioning the lecture (demo)", slow)
    settle(1.5)
    snap(win, out, "08-jobs-running")
    job.cancel()
    job.wait(5)
    # 9. Dark palette.
    os.environ["STUDIO_COLOR_SCHEME"] = "dark"
    from studio.ui.app import apply_palette

    apply_palette(app)
    win.outline.select(first_lesson.id)
    snap(win, out, "09-dark")
    win.project.stack.checkpoint()
    QTimer.singleShot(0, win.close)
    settle(0.3)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
