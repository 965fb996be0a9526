"""Child process of test_laptop_screens: the real window on an X server at a laptop's size.

``python -m tests.ui.laptop_app PROJECT OUTDIR WIDTHxHEIGHT [LANGUAGE]`` opens the
window maximised on the screen, visits the screens named in the issue (quiz builder
with a long choice and feedback, caption editor, export dialog after an export, the
properties of the selection, the publish checklist), saves one PNG each and writes
``fit.json``: screen name -> list of text-fit problems (see ``tests.ui.fit``).
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from studio.ui.app import make_app
from studio.ui.main_window import MainWindow
from studio.ui.qt import QApplication, QLocale, QSettings, QTimer
from tests.ui.fit import overflows

LONG_CHOICE = ("The heat of the sun warms the surface of the sea until the water evaporates "
               "and rises as vapour")
LONG_FEEDBACK = ("Right: without the sun's energy, water would not change from liquid to "
                 "vapour, and the cycle would stop.")


def settle(seconds: float = 0.4) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


def snap(widget: Any, out: Path, name: str, fit: dict[str, list[str]]) -> None:
    settle()
    window = widget.window()
    screen = QApplication.primaryScreen()
    pixmap = screen.grabWindow(int(window.winId()))
    if pixmap.isNull() or pixmap.width() < 10:
        pixmap = window.grab()
    pixmap.save(str(out / f"{name}.png"))
    fit[name] = overflows(window)
    print(name, pixmap.width(), pixmap.height(), len(fit[name]), flush=True)


def main(project: Path, out: Path, size: str, language: str = "") -> int:
    out.mkdir(parents=True, exist_ok=True)
    if language:
        QLocale.setDefault(QLocale(language))
        os.environ["STUDIO_LANGUAGE"] = language
    make_app()
    settings = QSettings(str(out / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("preview/open_browser", False)
    if language:
        settings.setValue("ui/language", language)
    width, height = (int(v) for v in size.split("x"))
    win = MainWindow(settings)
    win.resize(width, height - 30)
    win.show()
    win.setWindowState(win.windowState() | win.windowState().WindowMaximized)
    assert win.open_project(project)
    settle(0.8)
    fit: dict[str, list[str]] = {}
    course = win.project.course
    snap(win, out, "01-course", fit)

    quiz = next(b for _, _, b in course.blocks() if b.KIND == "quiz")
    win.outline.select(quiz.id)
    settle(0.5)
    builder = win.editor_host.editor
    builder.add_question("single_choice")
    settle(0.3)
    rows = builder.form.rows
    first = builder.quiz.questions[builder.list.currentRow()].choices[0]
    rows.edit(first, "text", LONG_CHOICE)
    rows.edit(first, "feedback", LONG_FEEDBACK)
    settle(0.3)
    snap(win, out, "02-quiz-builder", fit)

    video = next(b for _, _, b in course.blocks() if b.KIND == "video")
    if not video.tracks:  # the sample is captioned by `studio demo`; give it a track here
        from studio.captions.commands import add_track
        from studio.model.captions import CaptionTrack, Cue

        cues = [Cue(i * 2.5, i * 2.5 + 2.2, f"Caption number {i + 1} of the water cycle")
                for i in range(12)]
        add_track(win.project.stack, video, CaptionTrack(language="en", label="English",
                                                         cues=cues))
    win.outline.select(video.id)
    settle(2.0)
    snap(win, out, "03-caption-editor", fit)

    image = next(b for _, _, b in course.blocks() if b.KIND == "image")
    win.outline.select(image.id)
    settle(0.5)
    snap(win, out, "05-image-properties", fit)

    win.actions_.focus_checklist.trigger()
    settle(0.5)
    snap(win, out, "06-publish-checklist", fit)
    win.inspector_dock.raise_()

    dialog = win.export_dialog()
    dialog.choose("preset", "moodle")
    dialog.output.setText(str(out / "course-moodle.mbz"))
    dialog.start_export()
    deadline = time.monotonic() + 120
    while dialog.validation is None and time.monotonic() < deadline:
        settle(0.2)
    snap(dialog, out, "04-export-dialog-after-export", fit)
    dialog.close()

    win.project.stack.checkpoint()
    (out / "fit.json").write_text(json.dumps(fit, indent=1, ensure_ascii=False), encoding="utf-8")
    QTimer.singleShot(0, win.close)
    settle(0.3)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], *sys.argv[4:5]))
