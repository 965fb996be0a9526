"""Child process of test_screen_reader: shows each main screen in turn for the AT-SPI
walker (``tests/ui/atspi_walk.py``), handing over with ``<screen>.ready`` / ``.done``.

``python -m tests.ui.atspi_app PROJECT OUTDIR [LANGUAGE]``
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from studio.ui.app import make_app
from studio.ui.main_window import MainWindow
from studio.ui.qt import QApplication, QSettings, QTimer


def settle(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


def hand_over(out: Path, screen: str, timeout: float = 60.0) -> None:
    settle(0.6)
    (out / f"{screen}.ready").write_text("", encoding="utf-8")
    end = time.monotonic() + timeout
    while not (out / f"{screen}.done").exists() and time.monotonic() < end:
        settle(0.1)


def main(project: Path, out: Path, language: str = "") -> int:
    out.mkdir(parents=True, exist_ok=True)
    if language:
        os.environ["STUDIO_LANGUAGE"] = language
    make_app()
    settings = QSettings(str(out / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(settings)
    win.resize(1366, 738)
    win.show()
    assert win.open_project(project)
    course = win.project.course
    hand_over(out, "01-course")
    quiz = next(b for _, _, b in course.blocks() if b.KIND == "quiz")
    win.outline.select(quiz.id)
    hand_over(out, "02-quiz-builder")
    video = next(b for _, _, b in course.blocks() if b.KIND == "video")
    win.outline.select(video.id)
    hand_over(out, "03-video-editor")
    page = next(b for _, _, b in course.blocks() if b.KIND == "text")
    win.outline.select(page.id)
    hand_over(out, "04-page-editor")
    dialog = win.export_dialog()
    hand_over(out, "05-export-dialog")
    dialog.close()
    (out / "all.done").write_text("", encoding="utf-8")
    win.project.stack.checkpoint()
    QTimer.singleShot(0, win.close)
    settle(0.3)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2]), *sys.argv[3:4]))
