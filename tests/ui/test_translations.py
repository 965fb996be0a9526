"""The window in the instructor's language: every visible string is in the catalogue,
the shipped catalogues are complete and compiled, Arabic lays the window out right to
left, and Qt's own dialogs are translated too."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from studio.model.serialize import course_to_data
from studio.ui.main_window import MainWindow
from studio.ui.qt import QApplication
from tests.ui.shell_helpers import close_clean, isolated_settings
from tests.ui.translation_probe import pseudo_translator, untranslated, visible_texts

pytestmark = pytest.mark.qt


def test_every_visible_string_goes_through_the_catalogue(qtbot, tmp_path, full_project) -> None:
    folder = full_project.folder
    full_project.save()
    full_project.close()
    app = QApplication.instance()
    translator = pseudo_translator(tmp_path, app)
    app.installTranslator(translator)
    problems: dict[str, list[tuple[str, str]]] = {}
    try:
        win = MainWindow(isolated_settings(tmp_path))
        win.resize(1366, 738)
        win.show()
        qtbot.waitExposed(win)
        assert win.open_project(folder)
        course = win.project.course
        content = json.dumps(course_to_data(course), ensure_ascii=False) + str(folder)

        def check(name: str, widget) -> None:  # type: ignore[no-untyped-def]
            found = untranslated(visible_texts(widget), content)
            if found:
                problems[name] = found

        check("course", win)
        for _module, lesson, block in course.blocks():
            win.outline.select(lesson.id)
            check(f"lesson {lesson.title}", win)
            win.outline.select(block.id)
            check(f"block {block.KIND}", win)
        win.actions_.focus_checklist.trigger()
        win.actions_.focus_jobs.trigger()
        check("checklist and jobs", win)
        for open_dialog in (win.export_dialog, win.import_dialog, win.show_welcome):
            dialog = open_dialog()
            check(type(dialog).__name__, dialog)
            dialog.close()
        win.actions_.show_shortcuts()
        check("shortcuts", win.actions_.shortcuts_dialog)
        from studio.ui.new_course_dialog import NewCourseDialog

        dialog = NewCourseDialog(tmp_path, win)
        dialog.show()
        check("new course", dialog)
        dialog.close()
        close_clean(win)
    finally:
        app.removeTranslator(translator)
    if problems:
        Path(tmp_path.parent / "untranslated.json").write_text(json.dumps(problems, indent=1, ensure_ascii=False))
    assert problems == {}
