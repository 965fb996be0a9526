"""The window's menus, toolbar and actions: every action has a shortcut or a menu
mnemonic (a keyboard path) and an accessible name."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from studio.ui.qt import QAction, QFileDialog, QKeySequence, QMenu, QObject, tr
from studio.ui.settings import recent_projects

if TYPE_CHECKING:
    from studio.ui.main_window import MainWindow


class WindowActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        w = window

        def make(text: str, shortcut: Any, slot: Any, tip: str = "") -> QAction:
            action = QAction(tr(text), w)
            action.setObjectName(text.replace("&", "").replace("…", "").strip())
            if isinstance(shortcut, list):
                action.setShortcuts([QKeySequence(s) for s in shortcut])
            elif shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(tr(tip) if tip else action.text().replace("&", ""))
            action.setStatusTip(action.toolTip())
            action.triggered.connect(slot)
            w.addAction(action)
            return action

        self.new = make("&New course…", "Ctrl+Alt+N", self.ask_new, "Create a new course")
        self.open = make("&Open course…", QKeySequence.StandardKey.Open, self.ask_open,
                         "Open a course (a .studio folder)")
        self.save = make("&Save", QKeySequence.StandardKey.Save, w.save, "Save the course")
        self.save_as = make("Save &as…", "Ctrl+Alt+S", self.ask_save_as,
                            "Save a copy of the course under another name")
        self.close = make("&Close course", "Ctrl+W", w.close_project)
        self.import_ = make("&Import…", "Ctrl+Shift+O", w.import_dialog,
                            "Import PowerPoint, quizzes or packages")
        self.export = make("&Export…", "Ctrl+E", w.export_dialog,
                           "Export SCORM, Common Cartridge or EPUB")
        self.preview = make("&Preview in browser", "F5", w.preview,
                            "Open the course as a learner sees it")
        self.quit = make("&Quit", QKeySequence.StandardKey.Quit, w.close)
        self.focus_outline = make("Go to &outline", "Ctrl+1", lambda: w.outline.setFocus())
        self.focus_editor = make("Go to &editor", "Ctrl+2", self._focus_editor)
        self.focus_properties = make("Go to &properties", "Ctrl+3", self._focus_properties)
        self.focus_jobs = make("Go to &jobs", "Ctrl+4", self._focus_jobs)
        self.focus_checklist = make("Go to the publish &checklist", "Ctrl+5",
                                    self._focus_checklist)
        self.welcome = make("&How to start", "F1", w.show_welcome)
        self.about = make("&About Studio", "", self.show_about)
        self.shortcuts = make("&Keyboard shortcuts", "Ctrl+F1", self.show_shortcuts,
                              "Every keyboard shortcut, the caption editor's too")
        self.save_layout_action = None
        self._build_menus()
        self._build_toolbar()
        self.update_enabled()

    # -- menus ---------------------------------------------------------------
    def _build_menus(self) -> None:
        w = self.window
        bar = w.menuBar()
        file_menu = bar.addMenu(tr("&File"))
        file_menu.addAction(self.new)
        file_menu.addAction(self.open)
        self.recent_menu = file_menu.addMenu(tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self.fill_recent)
        file_menu.addSeparator()
        file_menu.addAction(self.save)
        file_menu.addAction(self.save_as)
        file_menu.addSeparator()
        file_menu.addAction(self.import_)
        file_menu.addAction(self.export)
        file_menu.addAction(self.preview)
        file_menu.addSeparator()
        file_menu.addAction(self.close)
        file_menu.addAction(self.quit)
        edit = bar.addMenu(tr("&Edit"))
        edit.addAction(w.undo.undo_action)
        edit.addAction(w.undo.redo_action)
        w.addAction(w.undo.undo_action)
        w.addAction(w.undo.redo_action)
        edit.addSeparator()
        oa = w.outline.actions_
        for action in (oa.rename, oa.delete, oa.move_up, oa.move_down):
            edit.addAction(action)
        insert = bar.addMenu(tr("&Insert"))
        insert.addAction(oa.add_module)
        insert.addAction(oa.add_lesson)
        oa.fill_block_menu(insert.addMenu(tr("Add &block")))
        view = bar.addMenu(tr("&View"))
        view.addAction(self.focus_outline)
        view.addAction(self.focus_editor)
        view.addAction(self.focus_properties)
        view.addAction(self.focus_jobs)
        view.addAction(self.focus_checklist)
        view.addSeparator()
        for dock in (w.inspector_dock, w.checklist_dock, w.jobs_dock):
            toggle = dock.toggleViewAction()
            toggle.setText(tr("Show {name}").format(name=dock.windowTitle()))
            view.addAction(toggle)
        self.language_menu = view.addMenu(tr("&Language"))
        self.language_menu.aboutToShow.connect(self.fill_languages)
        help_menu = bar.addMenu(tr("&Help"))
        help_menu.addAction(self.welcome)
        help_menu.addAction(self.shortcuts)
        help_menu.addAction(self.about)

    def _build_toolbar(self) -> None:
        w = self.window
        bar = w.addToolBar(tr("Main"))
        bar.setObjectName("toolbar-main")
        bar.setAccessibleName(tr("Main toolbar"))
        for action in (self.new, self.open, self.save):
            bar.addAction(action)
        bar.addSeparator()
        bar.addAction(w.undo.undo_action)
        bar.addAction(w.undo.redo_action)
        bar.addSeparator()
        bar.addAction(w.outline.actions_.add_module)
        bar.addAction(w.outline.actions_.add_lesson)
        bar.addSeparator()
        bar.addAction(self.preview)
        bar.addAction(self.export)

    def all_actions(self) -> list[QAction]:
        w = self.window
        return [
            self.new, self.open, self.save, self.save_as, self.close, self.import_,
            self.export, self.preview, self.quit, self.focus_outline, self.focus_editor,
            self.focus_properties, self.focus_jobs, self.focus_checklist, self.welcome, self.shortcuts, self.about,
            w.undo.undo_action, w.undo.redo_action, *w.outline.actions_.all_actions(),
        ]

    def update_enabled(self) -> None:
        has = self.window.project is not None
        for action in (self.save, self.save_as, self.close, self.import_, self.export,
                       self.preview):
            action.setEnabled(has)

    def fill_languages(self) -> None:
        """View > Language: the system's or one of the window's languages (next start)."""
        from studio.ui.app import UI_LANGUAGES
        from studio.ui.qt import QActionGroup

        menu: QMenu = self.language_menu
        menu.clear()
        group = QActionGroup(menu)
        current = str(self.window.settings.value("ui/language", "") or "")
        for code, name in UI_LANGUAGES:
            action = menu.addAction(tr(name) if not code else name)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            group.addAction(action)

    def set_language(self, code: str) -> None:
        """Remember the window's language; it applies when Studio starts again."""
        self.window.settings.setValue("ui/language", code)
        self.window.settings.sync()
        self.window.status(tr("The new language applies the next time Studio starts."), 10000)

    def fill_recent(self) -> None:
        menu: QMenu = self.recent_menu
        menu.clear()
        paths = recent_projects(self.window.settings)
        for n, path in enumerate(paths, start=1):
            label = f"&{n} {path.name}" if n < 10 else path.name
            action = menu.addAction(label)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.window.open_project(p))
        if not paths:
            empty = menu.addAction(tr("No recent courses"))
            empty.setEnabled(False)

    # -- dialogs -------------------------------------------------------------
    def _documents(self) -> str:
        from studio.ui.app import documents_folder

        return str(documents_folder())

    def ask_new(self) -> None:
        from studio.ui.new_course_dialog import NewCourseDialog

        w = self.window
        dialog = NewCourseDialog(Path(self._documents()), w)
        if not dialog.exec():
            return
        path, _ = QFileDialog.getSaveFileName(
            w, tr("Where to keep the course"),
            str(Path(self._documents()) / dialog.folder_name()),
            tr("Studio course (*.studio)"),
        )
        if path:
            w.start_course(Path(path), dialog.course_title(), dialog.course_language(),
                           dialog.source_path())

    def ask_open(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self.window, tr("Open a course (choose its .studio folder)"), self._documents()
        )
        if path:
            self.window.open_project(Path(path))

    def ask_save_as(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window, tr("Save a copy as"), self._documents(), tr("Studio course (*.studio)")
        )
        if path:
            self.window.save_as(Path(path))

    def _focus_editor(self) -> None:
        editor = self.window.editor_host.editor
        (editor or self.window.editor_host).setFocus()
        if editor is not None:
            editor.focusNextChild()

    def _focus_properties(self) -> None:
        self.window.inspector_dock.show()
        field = self.window.properties.first_field()
        if field is not None:
            field.setFocus()

    def _focus_checklist(self) -> None:
        self.window.checklist_dock.show()
        self.window.checklist_dock.raise_()
        self.window.checklist.refresh()
        self.window.checklist.list.setFocus()

    def _focus_jobs(self) -> None:
        self.window.jobs_dock.show()
        self.window.jobs_panel.clear_button.setFocus()

    def show_shortcuts(self) -> None:
        from studio.ui.shortcuts_dialog import ShortcutsDialog

        self.shortcuts_dialog = ShortcutsDialog(self.window)
        self.shortcuts_dialog.show()

    def show_about(self) -> None:
        from studio import __version__
        from studio.ui.qt import QMessageBox

        QMessageBox.about(
            self.window,
            tr("About Studio"),
            tr("Studio {version}\nRecord, caption, build quizzes and export SCORM, "
               "Common Cartridge and EPUB. Everything stays on this computer.").format(
                version=__version__),
        )
