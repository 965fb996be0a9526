"""The main window: outline, editor area, properties, jobs, and the project lifecycle.

Owns one open ``Project`` at a time. Every edit goes through the project's
command stack; the window listens to it to update the title asterisk, the
undo actions and the status bar. Saving, autosave, crash recovery and the
unsaved-changes prompt live here; long work goes through ``JobRunner``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from studio import course_ops
from studio.errors import StudioError
from studio.model import AttachmentBlock, AudioBlock, ImageBlock, Lesson, VideoBlock
from studio.project import Project, normalize_project_path
from studio.ui.editor_host import EditorHost
from studio.ui.jobs import Job, JobRunner
from studio.ui.outline import OutlineTree
from studio.ui.properties import PropertiesPanel
from studio.ui.qt import (
    QCloseEvent,
    QDockWidget,
    QLabel,
    QMainWindow,
    QSettings,
    QSplitter,
    Qt,
    QTimer,
    QWidget,
    tr,
)
from studio.ui.settings import add_recent, app_settings, autosave_seconds, remove_recent
from studio.ui.undo import UndoBinding
from studio.ui.window_actions import WindowActions


def _dialogs() -> Any:
    """``studio.ui.dialogs``, imported when a dialog is first needed."""
    from studio.ui import dialogs

    return dialogs


MEDIA_FILTERS = {
    "video": "Video (*.mp4 *.webm *.mov *.mkv *.m4v)",
    "audio": "Audio (*.mp3 *.m4a *.wav *.ogg *.opus *.flac)",
    "image": "Images (*.png *.jpg *.jpeg *.gif *.webp *.svg)",
    "attachment": "Any file (*)",
}


class MainWindow(QMainWindow):

    def __init__(self, settings: QSettings | None = None, runner: JobRunner | None = None) -> None:
        super().__init__()
        self.setObjectName("studio-main-window")
        self.settings = settings or app_settings()
        self.runner = runner or JobRunner(self)
        self.project: Project | None = None
        self.preview_server: Any = None
        self.setAccessibleName(tr("Studio"))
        # central area: outline | editor
        self.outline = OutlineTree()
        self.outline.setObjectName("outline")
        self.editor_host = EditorHost()
        self.editor_host.runner = self.runner
        self.editor_host.next_step_requested.connect(self._next_step)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main-splitter")
        self.splitter.addWidget(self.outline)
        self.splitter.addWidget(self.editor_host)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 700])
        self.setCentralWidget(self.splitter)
        # docks
        self.properties = PropertiesPanel()
        self.inspector = self.properties.course_form  # the course's own form
        self.inspector_dock = self._dock("properties", tr("Properties"), self.properties,
                                         Qt.DockWidgetArea.RightDockWidgetArea)
        # The checklist and the jobs panels are built when first shown (startup stays fast).
        self._checklist: Any = None
        self._jobs_panel: Any = None
        self.checklist_dock = self._dock("checklist", tr("Publish checklist"), QWidget(),
                                         Qt.DockWidgetArea.RightDockWidgetArea)
        self.tabifyDockWidget(self.inspector_dock, self.checklist_dock)
        self.inspector_dock.raise_()
        self.jobs_dock = self._dock("jobs", tr("Jobs"), QWidget(),
                                    Qt.DockWidgetArea.BottomDockWidgetArea)
        self.checklist_dock.visibilityChanged.connect(
            lambda shown: shown and self.checklist.schedule())
        self.jobs_dock.visibilityChanged.connect(lambda shown: shown and self.jobs_panel)
        self.jobs_dock.hide()  # opened from the status bar's job indicator or Ctrl+4
        # status bar
        self.stats_label = QLabel("")
        self.stats_label.setAccessibleName(tr("Course statistics"))
        self.statusBar().addPermanentWidget(self.stats_label)
        from studio.ui.jobs_indicator import JobsIndicator

        self.jobs_indicator = JobsIndicator(self.runner, self._show_jobs)
        self.statusBar().addPermanentWidget(self.jobs_indicator)
        self.undo = UndoBinding(self)
        self.actions_ = WindowActions(self)
        self.outline.item_selected.connect(self._item_selected)
        self._drops: Any = None
        self.outline.files_dropped.connect(lambda paths, at: self.drops.drop(paths, at))
        self.setAcceptDrops(True)
        self.outline.actions_.message.connect(self.status)
        self.outline.actions_.media_block_requested.connect(self.choose_media_block)
        self._stats_timer = QTimer(self)
        self._stats_timer.setSingleShot(True)
        self._stats_timer.setInterval(400)
        self._stats_timer.timeout.connect(self._update_stats)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(autosave_seconds(self.settings) * 1000)
        self.autosave_timer.timeout.connect(self.autosave_now)
        self.autosave_timer.start()
        self.resize(1200, 780)
        self.restore_layout()
        self._update_title()
        self.status(tr("Ready"))

    @property
    def checklist(self) -> Any:
        """The Publish checklist panel (built on first use)."""
        if self._checklist is None:
            from studio.ui.checklist_panel import ChecklistPanel

            self._checklist = ChecklistPanel(self)
            self.checklist_dock.setWidget(self._checklist)
        return self._checklist

    @property
    def jobs_panel(self) -> Any:
        """The Jobs panel (built on first use; it lists the jobs started before too)."""
        if self._jobs_panel is None:
            from studio.ui.jobs_panel import JobsPanel

            self._jobs_panel = JobsPanel(self.runner)
            self.jobs_dock.setWidget(self._jobs_panel)
        return self._jobs_panel

    @property
    def drops(self) -> Any:
        if self._drops is None:
            from studio.ui.drop_files import DropHandler

            self._drops = DropHandler(self)
        return self._drops

    def _show_jobs(self, _job: object = None) -> None:
        if not self.jobs_dock.isVisible():
            self.jobs_dock.show()
            self.resizeDocks([self.jobs_dock], [140], Qt.Orientation.Vertical)

    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock-{name}")
        dock.setWidget(widget)
        dock.setAccessibleName(title)
        self.addDockWidget(area, dock)
        return dock

    def _next_step(self, step: str) -> None:
        """A button of the empty course's view."""
        if step == "module":
            self.outline.actions_.add_module.trigger()
        elif step == "video":
            self.choose_media_block("video", None)
        else:
            self.import_dialog()

    # -- files from the desktop (the outline handles drops on itself) -----------
    def dragEnterEvent(self, event: Any) -> None:  # noqa: N802 (Qt name)
        if self.project is not None and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dragMoveEvent(self, event: Any) -> None:  # noqa: N802 (Qt name)
        if self.project is not None and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: Any) -> None:  # noqa: N802 (Qt name)
        from studio.ui.drop_files import local_paths

        paths = local_paths(event.mimeData())
        if self.project is not None and paths:
            event.acceptProposedAction()
            self.drops.drop(paths)

    # -- status and title -----------------------------------------------------
    def status(self, text: str, timeout_ms: int = 6000) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def _update_title(self) -> None:
        if self.project is None:
            self.setWindowTitle(tr("Studio"))
            self.setWindowModified(False)
            return
        title = self.project.course.title or self.project.name
        self.setWindowTitle(tr("{title} ({name})[*] — Studio").format(
            title=title, name=self.project.name))
        self.setWindowModified(self.project.stack.dirty)

    def _update_stats(self) -> None:
        project = self.project
        if project is None:
            self.stats_label.setText("")
            return
        from studio.exporters.checklist import publish_checklist

        course = project.course
        lessons = sum(1 for _ in course.lessons())
        preset = str(self.settings.value("checklist/preset", "generic"))
        problems = publish_checklist(course, None, preset).problems
        errors = sum(1 for p in problems if p.severity == "error")
        text = tr("Modules: {m} · Lessons: {l}").format(m=len(course.modules), l=lessons)
        if problems:
            text += " · " + tr("Errors: {e} · Warnings: {w}").format(
                e=errors, w=len(problems) - errors
            )
        self.stats_label.setText(text)
        self.stats_label.setToolTip("\n".join(str(p) for p in problems[:30]))

    def _stack_changed(self) -> None:
        self._update_title()
        self.editor_host.refresh()
        if self.editor_host.obj is not None and self.outline.current_object() is None:
            self.editor_host.show_item(self.project, None)
        self._stats_timer.start()
        self.actions_.update_enabled()
        self.properties.item_changed()
        if self._checklist is not None:
            self._checklist.schedule()

    # -- project lifecycle ----------------------------------------------------
    def set_project(self, project: Project | None) -> None:
        """Show ``project`` (the previous one must already be closed)."""
        if self.project is not None:
            self.project.stack.remove_listener(self._stack_changed)
        self.project = project
        self.editor_host.show_item(None, None)
        if project is not None:
            project.stack.add_listener(self._stack_changed)
            add_recent(self.settings, project.folder)
        self.undo.bind(project.stack if project else None)
        # the last course's finished jobs are not this one's
        if self._jobs_panel is not None:
            self._jobs_panel.clear_finished()
        else:
            self.runner.clear_finished()
        self.outline.set_project(project)
        self.properties.set_project(project)
        self._item_selected(self.outline.current_object())
        self._update_title()
        self.stats_label.setText("")
        self._stats_timer.start()  # validation runs after the window has painted
        self.actions_.update_enabled()
        if self._checklist is not None:
            self._checklist.schedule()

    def open_project(self, path: Path | str, *, ask_recovery: bool = True) -> bool:
        """Open a project (after the unsaved-changes prompt); offers crash recovery."""
        if not self.maybe_save():
            return False
        try:
            project = Project.open(path)
        except StudioError as exc:
            if "no project folder" in exc.message:
                remove_recent(self.settings, normalize_project_path(path))
            _dialogs().show_error(self, tr("Cannot open the course"), exc)
            return False
        self._close_current()
        if project.recovery is not None and ask_recovery:
            self.offer_recovery(project)
        self.set_project(project)
        self.status(tr("Opened {path}").format(path=project.folder))
        return True

    def offer_recovery(self, project: Project) -> str:
        assert project.recovery is not None
        answer = _dialogs().ask_recover(self, project.name, project.recovery)
        if answer == _dialogs().RECOVER:
            try:
                project.recover()
            except StudioError as exc:
                _dialogs().show_error(self, tr("Cannot recover the unsaved work"), exc)
                return _dialogs().LATER
            self.status(tr("Recovered unsaved work; save to keep it."))
        elif answer == _dialogs().DISCARD:
            project.discard_autosave()
        return answer

    def new_project(self, path: Path | str, title: str, language: str = "en") -> bool:
        if not self.maybe_save():
            return False
        try:
            project = Project.create(path, title=title, language=language)
        except StudioError as exc:
            _dialogs().show_error(self, tr("Cannot create the course"), exc)
            return False
        self._close_current()
        self.set_project(project)
        self.status(tr("Created {path}").format(path=project.folder))
        return True

    def start_course(self, path: Path | str, title: str, language: str,
                     source: Path | None = None) -> Job | None:
        """A new course at ``path``; with ``source`` (a deck, a package or a quiz file)
        read into it on a job as one undo step, then saved."""
        if not self.new_project(path, title, language):
            return None
        if source is None:
            return None
        return self.drops.drop([Path(source)], new_course=True)

    def save(self) -> bool:
        if self.project is None:
            return False
        try:
            self.project.save()
        except StudioError as exc:
            _dialogs().show_error(self, tr("Cannot save the course"), exc)
            return False
        self._update_title()
        self.status(tr("Saved {path}").format(path=self.project.folder))
        return True

    def save_as(self, path: Path | str) -> bool:
        if self.project is None:
            return False
        try:
            copy = self.project.save_as(path)
        except StudioError as exc:
            _dialogs().show_error(self, tr("Cannot save a copy"), exc)
            return False
        self._close_current()
        self.set_project(copy)
        self.status(tr("Saved as {path}").format(path=copy.folder))
        return True

    def autosave_now(self) -> bool:
        if self.project is None or not self.project.stack.dirty:
            return False
        written = self.project.autosave()
        if written:
            self.status(tr("Recovery copy saved"), 2000)
        return written

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; True when it is fine to go on (saved or discarded)."""
        if self.project is None or not self.project.stack.dirty:
            return True
        answer = _dialogs().ask_unsaved(self, self.project.course.title or self.project.name)
        if answer == _dialogs().SAVE:
            return self.save()
        if answer == _dialogs().DISCARD:
            self.project.discard_autosave()
            return True
        return False

    def _close_current(self) -> None:
        if self.project is None:
            return
        project = self.project
        self.set_project(None)
        project.close()

    def close_project(self) -> bool:
        if not self.maybe_save():
            return False
        self._close_current()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        if not self.maybe_save():
            event.ignore()
            return
        self.save_layout()
        self.runner.cancel_all()
        self.stop_preview()
        self._close_current()
        from studio.media.engine import close_shared_worker

        close_shared_worker()  # the warm Whisper worker of this session frees its memory
        event.accept()

    # -- layout ------------------------------------------------------------------
    def save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.sync()

    def restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([240, 900])

    # -- editing -------------------------------------------------------------------
    def _item_selected(self, obj: Any) -> None:
        self.editor_host.show_item(self.project, obj)
        self.properties.show_item(obj)
        editor: Any = self.editor_host.editor
        chosen = getattr(editor, "question_selected", None)
        if chosen is not None:  # the quiz builder: the panel follows its question
            chosen.connect(self._question_selected)
            current = editor.current_question()
            if current is not None:
                self.properties.show_item(current)

    def _question_selected(self, question: Any) -> None:
        self.properties.show_item(question if question is not None
                                  else self.outline.current_object())

    def choose_media_block(self, kind: str, lesson: Lesson | None) -> None:
        from studio.ui.qt import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self, tr("Choose a file to add"), "", tr(MEDIA_FILTERS[kind])
        )
        if path:
            self.add_media_block(kind, Path(path), lesson)

    def add_media_block(self, kind: str, path: Path, lesson: Lesson | None = None) -> Job | None:
        """Copy a file into the project (as a job), then add a block that uses it."""
        project = self.project
        if project is None:
            return None

        def copy_in(progress: Any) -> Any:
            # Off the GUI thread: copy and describe the file, never touch the course.
            from studio.media.media_blocks import stage_media

            progress.update(0.0, tr("Copying {name}").format(name=path.name))
            return stage_media(project, path)

        def done(asset: Any) -> None:
            if self.project is not project:
                return
            block: Any
            if kind == "video":
                block = VideoBlock(asset=asset.id, title=path.stem)
            elif kind == "audio":
                block = AudioBlock(asset=asset.id, title=path.stem)
            elif kind == "image":
                block = ImageBlock(asset=asset.id, alt="")
            else:
                block = AttachmentBlock(asset=asset.id, title=path.name)
            from studio.media.media_blocks import register_media

            with project.stack.transaction(tr("Add {kind}").format(kind=kind)):
                asset = register_media(project, asset)
                target, index = (lesson, None) if lesson else self.outline.actions_.target_lesson()
                course_ops.add_block(project.stack, target, block, index)
            self.outline.select(block.id)
            self.status(tr("Added {name}").format(name=path.name))

        def failed(message: str) -> None:
            _dialogs().show_error(self, tr("Cannot add the file"), message)

        return self.runner.submit(
            tr("Adding {name}").format(name=path.name), copy_in, on_done=done, on_error=failed
        )

    # -- preview ---------------------------------------------------------------------
    def preview(self) -> Job | None:
        """Render the course on a job, serve it on 127.0.0.1 and open the browser."""
        if self.project is None:
            return None
        from studio.exporters.preview import start_preview
        from studio.model.serialize import clone

        snapshot = clone(self.project.course)  # the job must not see edits made meanwhile
        media_dir = self.project.media_dir
        running = self.preview_server

        def render(progress: Any) -> Any:
            return start_preview(snapshot, media_dir, progress, server=running)

        def done(server: Any) -> None:
            self.preview_server = server
            if self.settings.value("preview/open_browser", True) not in (False, "false"):
                from studio.ui.qt import QDesktopServices, QUrl

                if not QDesktopServices.openUrl(QUrl(server.url)):
                    _dialogs().show_error(self, tr("No browser could be opened"), tr(
                        "The preview is ready at {url}: open that address in a web "
                        "browser.").format(url=server.url))
            self.status(tr("Preview at {url}").format(url=server.url), 15000)

        def failed(message: str) -> None:
            _dialogs().show_error(self, tr("Cannot preview the course"), message)

        return self.runner.submit(tr("Preparing the preview"), render, on_done=done,
                                  on_error=failed)

    def stop_preview(self) -> None:
        if self.preview_server is not None:
            self.preview_server.stop()
            self.preview_server = None

    # -- dialogs --------------------------------------------------------------------
    def export_dialog(self) -> Any:
        if self.project is None:
            return None
        from studio.ui.export_dialog import ExportDialog

        dialog = ExportDialog(self.project, self.runner, self)
        dialog.show()
        return dialog

    def import_dialog(self) -> Any:
        if self.project is None:
            return None
        from studio.model import QuizBlock
        from studio.ui.import_dialog import ImportDialog

        current = self.outline.current_object()
        quiz_id = current.id if isinstance(current, QuizBlock) else None
        dialog = ImportDialog(self.project, self.runner, self, quiz_block_id=quiz_id)
        dialog.show()
        return dialog

    def show_welcome(self) -> Any:
        dialog = _dialogs().WelcomeDialog(self)
        dialog.show()
        return dialog
