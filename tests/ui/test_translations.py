"""The window in the instructor's language: every visible string is in the catalogue,
the shipped catalogues are complete and compiled, Arabic lays the window out right to
left, and Qt's own dialogs are translated too."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from studio.model.serialize import course_to_data
from studio.ui.app import remove_translations
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
        content = html.unescape(json.dumps(course_to_data(course), ensure_ascii=False))
        content += " " + re.sub(r"<[^>]+>", " ", content) + str(folder)
        content = " ".join(content.split())  # as the window shows it (no-break spaces too)

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


SHIPPED = ("es", "fr", "zh_CN", "ar")


def _catalogue(lang: str) -> Path:
    return Path(__file__).resolve().parents[2] / "resources" / "i18n" / f"studio_{lang}.ts"


@pytest.mark.parametrize("lang", SHIPPED)
def test_shipped_catalogues_are_complete_and_compiled(lang: str, tmp_path) -> None:
    import xml.etree.ElementTree as ET

    from tests.ui.translation_probe import catalogue_strings, compile_ts

    ts = _catalogue(lang)
    if not ts.exists():
        pytest.skip(f"no {lang} catalogue yet")
    root = ET.parse(ts).getroot()
    messages = [(ctx.findtext("name"), m) for ctx in root.iter("context")
                for m in ctx.iter("message")]
    unfinished = [m.findtext("source") for _c, m in messages
                  if m.find("translation").get("type") == "unfinished"
                  or not (m.findtext("translation") or "").strip()]
    assert unfinished == []
    wanted = {(c, text) for c, entries in catalogue_strings().items() for text, _f, _l in entries}
    assert {(c, m.findtext("source")) for c, m in messages} == wanted, (
        "the catalogue is out of date: run resources/i18n/update_catalogue.py --lang " + lang)
    compile_ts(ts, tmp_path / "fresh.qm")
    assert (tmp_path / "fresh.qm").read_bytes() == ts.with_suffix(".qm").read_bytes(), (
        f"compile it: pyside6-lrelease {ts.name}")


@pytest.mark.parametrize("lang", ["ar", "es", "fr", "zh_CN"])
def test_the_window_speaks_the_language_and_arabic_is_right_to_left(qtbot, tmp_path, lang) -> None:
    from studio.ui.app import install_translations
    from studio.ui.qt import QDialogButtonBox, QLocale, Qt

    app = QApplication.instance()
    locale = QLocale({"ar": "ar", "es": "es_ES", "fr": "fr_FR", "zh_CN": "zh_CN"}[lang])
    translator = install_translations(app, locale)
    assert translator is not None
    try:
        rtl = app.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert rtl == (lang == "ar")
        win = MainWindow(isolated_settings(tmp_path))
        win.show()
        qtbot.waitExposed(win)
        try:
            file_menu = win.menuBar().actions()[0].text()
            assert file_menu not in ("&File", "File") and file_menu.strip()
            assert win.isRightToLeft() == (lang == "ar")
        finally:
            close_clean(win)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel).text()
        assert cancel.replace("&", "") not in ("Cancel", ""), "Qt's own dialogs stay English"
    finally:
        remove_translations(app, translator)
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
