"""The Publish checklist panel: the same list as `studio info`, jumps to items, fixes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from studio.model import Lesson
from studio.ui.main_window import MainWindow
from tests.ui.shell_helpers import close_clean, isolated_settings

pytestmark = pytest.mark.qt
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def win(qtbot, tmp_path: Path, full_project):
    folder = full_project.folder
    full_project.save()
    full_project.close()
    window = MainWindow(isolated_settings(tmp_path))
    window.show()
    qtbot.waitExposed(window)
    assert window.open_project(folder)
    yield window
    close_clean(window)


def _cli_problems(project: Path) -> list[str]:
    out = subprocess.run([sys.executable, "-m", "studio", "info", str(project), "--preset",
                          "moodle"], cwd=REPO, capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"})
    lines = out.stdout.splitlines()
    start = next(i for i, line in enumerate(lines) if line.endswith("problem(s):"))
    return [line.strip() for line in lines[start + 1:]]


def test_the_panel_lists_what_studio_info_prints(qtbot, win) -> None:
    module = win.project.course.modules[0]
    win.outline.select(module.id)
    win.outline.actions_.add_lesson.trigger()  # an empty lesson: something to fix
    win.save()
    panel = win.checklist
    panel.preset.setCurrentIndex(panel.preset.findData("moodle"))
    panel.refresh()
    shown = [str(p) for p in panel.problems]
    printed = _cli_problems(win.project.folder)
    assert [line.split(" (fix: ")[0] for line in printed] == shown
    assert any("the lesson is empty" in line for line in shown)
    assert panel.list.count() == len(shown)


def test_entries_jump_to_their_item_and_obvious_fixes_have_a_button(qtbot, win) -> None:
    module = win.project.course.modules[0]
    win.outline.select(module.id)
    win.outline.actions_.add_lesson.trigger()
    lesson = win.outline.current_object()
    assert isinstance(lesson, Lesson)
    panel = win.checklist
    panel.refresh()
    row = next(i for i, p in enumerate(panel.problems) if p.item == lesson.id)
    win.outline.select(win.project.course.id)
    panel.list.setCurrentRow(row)
    assert panel.jump(row)
    assert win.outline.current_object() is lesson
    assert panel.fix_button.isVisibleTo(panel) and panel.fix_button.text() == "Delete the lesson"
    panel.fix_button.click()
    assert lesson not in module.lessons
    win.undo.undo_action.trigger()
    assert lesson in module.lessons
    qtbot.waitUntil(lambda: any(p.item == lesson.id for p in panel.problems), timeout=5000)


@pytest.mark.parametrize(("lang", "empty", "lesson", "unreviewed", "video_label"), [
    ("es", "la lección está vacía", "lección {n} «{title}»",
     "los subtítulos son automáticos y aún no se han revisado", "Vídeo"),
    ("ar", "الدرس فارغ", "الدرس {n} «{title}»", "الترجمة مولدة آليًا ولم تُراجع بعد", "فيديو"),
])
def test_entries_read_in_the_window_language(qtbot, win, lang, empty, lesson, unreviewed,
                                             video_label) -> None:
    from studio.ui.app import install_translations, remove_translations
    from studio.ui.qt import QApplication, QLocale

    app = QApplication.instance()
    translator = install_translations(app, QLocale({"es": "es_ES", "ar": "ar"}[lang]))
    assert translator is not None
    try:
        module = win.project.course.modules[0]
        win.outline.select(module.id)
        win.outline.actions_.add_lesson.trigger()  # titled in the window's language
        new = win.outline.current_object()
        place = lesson.format(n=module.lessons.index(new) + 1, title=new.title)
        video = next(b for _m, _l, b in win.project.course.blocks() if b.KIND == "video")
        video.tracks[0].review = "auto-generated"  # as Whisper leaves it
        win.checklist.refresh()
        texts = [win.checklist.list.item(i).text() for i in range(win.checklist.list.count())]
    finally:
        remove_translations(app, translator)
    entry = next(t for t in texts if empty in t)
    assert place in entry
    captions = next(t for t in texts if unreviewed in t)
    assert f"({video_label})" in captions  # the block's kind by its label
    english = ("the lesson is empty", "lesson ", "module ", "captions are")
    assert not any(word in t for t in texts for word in english), texts
