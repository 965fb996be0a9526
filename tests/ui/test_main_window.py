"""The main window through whole tasks: create, edit, undo, save, reopen, prompts, preview."""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path

import pytest

from studio.model import ImageBlock
from studio.project import Project
from studio.ui.app import apply_palette, dark_palette, first_launch_project, starting_project
from studio.ui.main_window import MainWindow
from studio.ui.qt import QApplication, QPalette, Qt
from studio.ui.settings import add_recent, recent_projects
from tests.ui.shell_helpers import answer_next_dialog, close_clean, isolated_settings

pytestmark = pytest.mark.qt


def new_window(qtbot, tmp_path: Path) -> MainWindow:
    win = MainWindow(isolated_settings(tmp_path))
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    return win


def saved_course(path: Path) -> dict:
    return json.loads((path / "project.json").read_text(encoding="utf-8"))["course"]


def test_create_edit_undo_save_and_reopen(qtbot, tmp_path: Path) -> None:
    win = new_window(qtbot, tmp_path)
    try:
        path = tmp_path / "water.studio"
        assert win.new_project(path, "Water")
        assert not win.isWindowModified()
        oa = win.outline.actions_
        oa.add_module.trigger()
        oa.add_lesson.trigger()
        oa.add_lesson.trigger()
        oa.add_block["text"].trigger()
        assert win.isWindowModified()
        assert "[*]" in win.windowTitle()
        # Course title typed in the inspector: one undo step, shown in the outline.
        win.inspector.title.selectAll()
        win.inspector.title.setFocus()
        qtbot.keyClicks(win.inspector.title, "The water cycle")
        assert win.project.course.title == "The water cycle"
        assert win.outline.topLevelItem(0).text(0) == "The water cycle"
        assert win.undo.undo_action.text() == "&Undo"
        assert win.undo.undo_action.toolTip() == "Undo Change title"
        win.undo.undo_action.trigger()
        assert win.project.course.title == "Water"
        win.undo.redo_action.trigger()
        assert win.project.course.title == "The water cycle"
        # Licence and keywords through the inspector.
        win.inspector.keywords.setFocus()
        qtbot.keyClicks(win.inspector.keywords, "water, weather")
        assert win.project.course.keywords == ["water", "weather"]
        # Save with the keyboard.
        win.outline.setFocus()
        qtbot.keyClick(win.outline, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        assert not win.isWindowModified()
        data = saved_course(path)
        assert data["title"] == "The water cycle"
        assert [len(m["lessons"]) for m in data["modules"]] == [2]
        assert recent_projects(win.settings)[0] == path.resolve()
        win.close()
        assert win.project is None
        assert win.settings.value("window/geometry") is not None
    finally:
        close_clean(win)
    # Reopen in a fresh window: same outline, layout restored, recent list kept.
    again = new_window(qtbot, tmp_path)
    try:
        assert again.open_project(path)
        assert again.outline.topLevelItem(0).text(0) == "The water cycle"
        module_item = again.outline.topLevelItem(0).child(0)
        assert [module_item.child(i).text(0) for i in range(2)] == ["Lesson 1", "Lesson 2"]
        again.actions_.fill_recent()
        assert again.actions_.recent_menu.actions()[0].toolTip() == str(path.resolve())
    finally:
        close_clean(again)


def test_unsaved_changes_prompt_on_close(qtbot, tmp_path: Path) -> None:
    win = new_window(qtbot, tmp_path)
    path = tmp_path / "prompt.studio"
    win.new_project(path, "Prompt")
    win.outline.actions_.add_module.trigger()
    seen: list[str] = []
    answer_next_dialog("Cancel", seen)
    assert not win.close()
    assert seen and seen[0].startswith("unsaved-changes")
    assert win.isVisible() and win.project is not None
    answer_next_dialog("Don't save")
    assert win.close()
    assert saved_course(path)["modules"] == []
    # Open again, change, and answer Save.
    win2 = new_window(qtbot, tmp_path)
    win2.open_project(path)
    win2.outline.actions_.add_module.trigger()
    answer_next_dialog("Save")
    assert win2.close()
    assert len(saved_course(path)["modules"]) == 1


def test_open_another_project_asks_first_and_reports_bad_paths(qtbot, tmp_path: Path) -> None:
    win = new_window(qtbot, tmp_path)
    try:
        Project.create(tmp_path / "other.studio", title="Other").close()
        win.new_project(tmp_path / "first.studio", "First")
        win.outline.actions_.add_module.trigger()
        answer_next_dialog("Cancel")
        assert not win.open_project(tmp_path / "other.studio")
        assert win.project.course.title == "First"
        answer_next_dialog("Don't save")
        assert win.open_project(tmp_path / "other.studio")
        assert win.project.course.title == "Other"
        # A missing folder: a clear error naming it; the current course stays open.
        seen: list[str] = []
        answer_next_dialog("OK", seen)
        assert not win.open_project(tmp_path / "missing.studio")
        assert "missing.studio" in seen[0]
        assert win.project.course.title == "Other"
    finally:
        close_clean(win)


def test_add_an_image_block_runs_as_a_job(qtbot, tmp_path: Path, media_files) -> None:
    win = new_window(qtbot, tmp_path)
    try:
        win.new_project(tmp_path / "media.studio", "Media")
        win.outline.actions_.add_lesson.trigger()
        job = win.add_media_block("image", media_files["image"])
        qtbot.waitUntil(lambda: not job.running, timeout=20_000)
        qtbot.waitUntil(lambda: isinstance(win.outline.current_object(), ImageBlock))
        block = win.outline.current_object()
        assert (win.project.media_dir / win.project.course.media[block.asset].stored_name).is_file()
        assert not win.jobs_dock.isVisible()  # the status bar shows jobs; the panel stays shut
        assert win.jobs_indicator.button.text() == "Jobs"
        asset_id = block.asset
        win.undo.undo_action.trigger()
        # One undo step forgets the block and the file's registration together.
        assert not any(True for _ in win.project.course.blocks())
        assert asset_id not in win.project.course.media
        win.undo.redo_action.trigger()
        assert win.project.course.media[asset_id].filename == media_files["image"].name
        assert any(isinstance(b, ImageBlock) for _, _, b in win.project.course.blocks())
    finally:
        close_clean(win)


def test_preview_serves_the_course(qtbot, tmp_path: Path, full_project: Project) -> None:
    folder = full_project.folder
    full_project.close()
    win = new_window(qtbot, tmp_path)
    try:
        win.settings.setValue("preview/open_browser", False)
        win.open_project(folder)
        job = win.preview()
        qtbot.waitUntil(lambda: win.preview_server is not None, timeout=60_000)
        with urllib.request.urlopen(win.preview_server.url, timeout=10) as response:
            assert full_project.course.title.encode() in response.read()
        assert "127.0.0.1" in win.statusBar().currentMessage()
        assert not job.running
    finally:
        close_clean(win)
    assert win.preview_server is None


def test_every_action_has_a_keyboard_path_and_a_name(qtbot, tmp_path: Path) -> None:
    win = new_window(qtbot, tmp_path)
    try:
        win.new_project(tmp_path / "a11y.studio", "A11y")
        menus = [a.menu() for a in win.menuBar().actions()]
        assert all(a.text().startswith("&") for a in win.menuBar().actions())
        in_menus = set()
        stack = list(menus)
        while stack:
            menu = stack.pop()
            for action in menu.actions():
                in_menus.add(action)
                if action.menu():
                    stack.append(action.menu())
        for action in win.actions_.all_actions():
            assert action.text().replace("&", "").strip(), action
            assert action in in_menus or not action.shortcut().isEmpty(), action.text()
        for widget in (win.outline, win.inspector, win.jobs_panel, win.editor_host,
                       win.inspector.title, win.inspector.language):
            assert widget.accessibleName(), widget
    finally:
        close_clean(win)


def test_palette_follows_the_colour_scheme(monkeypatch) -> None:
    app = QApplication.instance()
    before = app.palette()
    try:
        monkeypatch.setenv("STUDIO_COLOR_SCHEME", "dark")
        apply_palette(app)
        assert app.palette().color(QPalette.ColorRole.Window) == dark_palette().color(
            QPalette.ColorRole.Window)
        assert app.palette().color(QPalette.ColorRole.Window).lightness() < 100
        monkeypatch.setenv("STUDIO_COLOR_SCHEME", "light")
        apply_palette(app)
        assert app.palette().color(QPalette.ColorRole.Window).lightness() > 150
    finally:
        app.setPalette(before)


def test_first_launch_copies_the_sample_then_reopens_the_last(tmp_path: Path) -> None:
    settings = isolated_settings(tmp_path)
    docs = tmp_path / "Documents"
    path, first = starting_project(settings, docs)
    assert first
    assert path == first_launch_project(docs)
    assert path is not None and (path / "project.json").is_file(), "the sample course ships"
    assert path.parent == docs
    with Project.open(path) as project:
        assert project.course.modules
    settings.setValue("launched", True)
    add_recent(settings, path)
    assert starting_project(settings, docs) == (path.resolve(), False)


def test_text_is_translatable(qtbot, tmp_path: Path) -> None:
    """A catalogue compiled with pyside6-lrelease changes the window's text at start."""
    import shutil
    import subprocess
    import sys

    from studio.ui.app import install_translations
    from studio.ui.qt import QLocale

    catalogue = REPO / "resources" / "i18n" / "studio_en.ts"
    text = catalogue.read_text(encoding="utf-8")
    assert "<source>&amp;File</source>" in text and "<source>Unsaved changes</source>" in text
    french = text.replace('language="en"', 'language="fr"').replace(
        "<source>&amp;File</source>\n        <translation type=\"unfinished\"></translation>",
        "<source>&amp;File</source>\n        <translation>&amp;Fichier</translation>",
    )
    assert "&amp;Fichier" in french
    (tmp_path / "studio_fr.ts").write_text(french, encoding="utf-8")
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    assert lrelease, "pyside6-lrelease ships with PySide6"
    subprocess.run([lrelease, str(tmp_path / "studio_fr.ts"), "-qm",
                    str(tmp_path / "studio_fr.qm")], check=True, capture_output=True)
    app = QApplication.instance()
    translator = install_translations(app, QLocale("fr_FR"), tmp_path)
    assert translator is not None
    try:
        win = new_window(qtbot, tmp_path)
        try:
            assert win.menuBar().actions()[0].text() == "&Fichier"
        finally:
            close_clean(win)
    finally:
        from studio.ui.app import remove_translations

        remove_translations(app, translator)


REPO = Path(__file__).resolve().parents[2]


def test_first_launch_opens_the_sample_and_says_how_to_start(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    """What ``studio`` (run_app) shows before its event loop: sample course + welcome."""
    from studio.ui.app import start_app
    from studio.ui.qt import QSettings

    monkeypatch.setenv("STUDIO_SETTINGS", str(tmp_path / "studio.ini"))
    monkeypatch.setenv("STUDIO_DOCUMENTS", str(tmp_path / "Documents"))
    win = start_app(None)
    try:
        qtbot.waitUntil(lambda: any(w.objectName() == "welcome" and w.isVisible()
                                    for w in QApplication.topLevelWidgets()))
        welcome = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "welcome")
        assert welcome.windowTitle() == "How to start"
        assert win.project is not None and win.project.course.title
        assert win.project.folder.parent == tmp_path / "Documents"
        real = QSettings(str(tmp_path / "studio.ini"), QSettings.Format.IniFormat)
        assert real.value("launched") in (True, "true")
        assert recent_projects(real)[0] == win.project.folder.resolve()
        folder = win.project.folder
        welcome.close()
    finally:
        close_clean(win)
    # The second launch reopens the last course, without the welcome screen.
    again = start_app(None)
    try:
        assert again.project is not None and again.project.folder == folder
        assert not any(w.objectName() == "welcome" and w.isVisible()
                       for w in QApplication.topLevelWidgets())
    finally:
        close_clean(again)
