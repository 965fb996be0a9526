"""Child process of test_screenshots: a real mouse drag (xdotool) in the outline under Xvfb.

Prints the lesson order of the first module after dragging its third lesson above
the first one, then after Undo.
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

from studio import course_ops
from studio.project import Project
from studio.ui.app import make_app
from studio.ui.main_window import MainWindow
from studio.ui.qt import QApplication, QSettings


def settle(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def xdo(*args: str) -> None:
    subprocess.run(["xdotool", *args], check=True)


def main(folder: Path) -> int:
    path = folder / "drag.studio"
    with Project.create(path, title="Drag") as project:
        module = course_ops.add_module(project.stack, project.course, "Module")
        for name in ("A", "B", "C"):
            course_ops.add_lesson(project.stack, module, name)
        project.save()
    _app = make_app()  # keep the application object alive
    win = MainWindow(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    win.resize(900, 600)
    win.move(0, 0)
    win.show()
    win.open_project(path)
    settle(1.0)
    tree = win.outline
    lessons = win.project.course.modules[0].lessons
    src = tree.visualItemRect(tree.item_for(lessons[2].id))
    dst = tree.visualItemRect(tree.item_for(lessons[0].id))
    viewport = tree.viewport()
    start = viewport.mapToGlobal(src.center())
    end = viewport.mapToGlobal(dst.topLeft())
    end_x, end_y = start.x(), end.y() + 1  # just inside the top edge: "above A"

    def drag() -> None:
        xdo("mousemove", str(start.x()), str(start.y()))
        time.sleep(0.3)
        xdo("mousedown", "1")
        for step in range(1, 11):
            y = start.y() + (end_y - start.y()) * step // 10
            xdo("mousemove", str(end_x), str(y))
            time.sleep(0.08)
        time.sleep(0.3)
        xdo("mouseup", "1")

    worker = threading.Thread(target=drag)
    worker.start()
    while worker.is_alive():
        settle(0.05)
    settle(0.5)
    print("after-drag", ",".join(lesson.title for lesson in win.project.course.modules[0].lessons))
    print("tree", ",".join(tree.item_for(m.id).text(0) for m in win.project.course.modules[0].lessons))
    win.undo.undo_action.trigger()
    print("after-undo", ",".join(lesson.title for lesson in win.project.course.modules[0].lessons))
    win.project.stack.checkpoint()
    win.close()
    settle(0.2)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
