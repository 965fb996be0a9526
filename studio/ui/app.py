"""Start the window: ``studio`` (no arguments) and ``studio open PATH`` call ``run_app``.

With no path it opens the last project; on the very first launch it copies the
sample course to the user's documents folder, opens it and shows the one-screen
"How to start". It installs the translation catalogue and follows the system's
light/dark colour scheme. Nothing heavy is imported here (startup stays fast).
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from studio.errors import StudioError
from studio.resources import resource_path
from studio.ui.qt import (
    QApplication,
    QColor,
    QGuiApplication,
    QIcon,
    QLibraryInfo,
    QLocale,
    QPalette,
    QSettings,
    QStandardPaths,
    Qt,
    QTimer,
    QTranslator,
    tr,
    tr_noop,
)
from studio.ui.settings import app_settings, recent_projects

if TYPE_CHECKING:
    from studio.ui.main_window import MainWindow

SAMPLE = "sample/sample.studio"


def documents_folder() -> Path:
    """The user's documents folder (``STUDIO_DOCUMENTS`` overrides it)."""
    override = os.environ.get("STUDIO_DOCUMENTS")
    if override:
        return Path(override)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


# The window's languages: (code, name in that language); "" follows the system.
UI_LANGUAGES = [
    ("", tr_noop("System language")),
    ("en", "English"),
    ("es", "Español"),
    ("fr", "Français"),
    ("zh_CN", "简体中文"),
    ("ar", "العربية"),
]


def chosen_locale(settings: QSettings | None = None) -> QLocale:
    """The window's language: ``STUDIO_LANGUAGE``, else View > Language, else the system's."""
    code = os.environ.get("STUDIO_LANGUAGE", "")
    if not code and settings is not None:
        code = str(settings.value("ui/language", "") or "")
    return QLocale(code) if code else QLocale.system()


def install_translations(
    app: QApplication, locale: QLocale | None = None, folder: Path | None = None
) -> QTranslator | None:
    """Load ``resources/i18n/studio_<lang>.qm`` for ``locale`` (the system's by default),
    and Qt's own ``qtbase_<lang>.qm`` so its dialogs speak the same language; lay the
    window out right to left for Arabic and other right-to-left languages.

    English is the source language, so without a catalogue the text stays English.
    """
    locale = locale or QLocale()
    translator = QTranslator(app)
    folder = folder or resource_path("i18n")
    if not translator.load(locale, "studio", "_", str(folder)):
        return None
    app.installTranslator(translator)
    qt_translator = QTranslator(translator)  # removed with the Studio catalogue
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(locale, "qtbase", "_", qt_folder):
        app.installTranslator(qt_translator)
    QLocale.setDefault(locale)
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if locale.textDirection() == Qt.LayoutDirection.RightToLeft
        else Qt.LayoutDirection.LeftToRight)
    return translator


def remove_translations(app: QApplication, translator: QTranslator) -> None:
    """Undo ``install_translations``: English, left to right (tests, language switches)."""
    for child in translator.findChildren(QTranslator):
        app.removeTranslator(child)
    app.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def dark_palette() -> QPalette:
    palette = QPalette()
    base, text, window = QColor(30, 30, 30), QColor(230, 230, 230), QColor(45, 45, 45)
    role = QPalette.ColorRole
    for r, color in (
        (role.Window, window), (role.WindowText, text), (role.Base, base),
        (role.AlternateBase, QColor(40, 40, 40)), (role.ToolTipBase, window),
        (role.ToolTipText, text), (role.Text, text), (role.Button, window),
        (role.ButtonText, text), (role.BrightText, QColor(255, 80, 80)),
        (role.Link, QColor(120, 170, 255)), (role.Highlight, QColor(60, 110, 200)),
        (role.HighlightedText, QColor(255, 255, 255)),
        (role.PlaceholderText, QColor(150, 150, 150)),
    ):
        palette.setColor(r, color)
    palette.setColor(QPalette.ColorGroup.Disabled, role.Text, QColor(120, 120, 120))
    palette.setColor(QPalette.ColorGroup.Disabled, role.ButtonText, QColor(120, 120, 120))
    palette.setColor(QPalette.ColorGroup.Disabled, role.WindowText, QColor(120, 120, 120))
    return palette


def wants_dark() -> bool:
    forced = os.environ.get("STUDIO_COLOR_SCHEME", "").lower()
    if forced in ("dark", "light"):
        return forced == "dark"
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply_palette(app: QApplication) -> None:
    """Light or dark, following the system (Fusion draws both the same way everywhere)."""
    if app.style().name().lower() != "fusion":  # already Fusion on most Linux desktops:
        app.setStyle("Fusion")  # building a second one costs ~5 ms of startup
    app.setPalette(dark_palette() if wants_dark() else app.style().standardPalette())


def make_app(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Studio")
    app.setOrganizationName("Studio")
    app.setApplicationDisplayName("Studio")
    icon = resource_path("icons/studio.png")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    install_translations(app, chosen_locale(app_settings()))
    apply_palette(app)
    QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _s: apply_palette(app))
    return app


def first_launch_project(documents: Path) -> Path | None:
    """Copy the sample course into ``documents`` (once); None if there is no sample."""
    sample = resource_path(SAMPLE)
    if not (sample / "project.json").is_file():
        return None
    target = documents / "Studio sample course.studio"
    if not target.exists():
        documents.mkdir(parents=True, exist_ok=True)
        shutil.copytree(sample, target, ignore=shutil.ignore_patterns(".studio.lock*", ".autosave.json"))
    return target


def starting_project(settings: QSettings, documents: Path) -> tuple[Path | None, bool]:
    """What to open when no path was given: (path, first launch?)."""
    if settings.value("launched", False) in (True, "true"):
        for path in recent_projects(settings):
            if (path / "project.json").is_file():
                return path, False
        return None, False
    return first_launch_project(documents), True


def create_first_course(documents: Path) -> Path:
    """A new empty course in the documents folder (first launch without a sample)."""
    from studio.project import Project

    base = documents / "My first course.studio"
    path, n = base, 2
    while path.exists():
        path = documents / f"My first course {n}.studio"
        n += 1
    with Project.create(path, title=tr("My first course")) as project:
        return project.folder


def start_app(project_path: Path | None = None) -> MainWindow:
    """Create the application and show the window on ``project_path``, the last project
    or (first launch) the sample with the "How to start" screen; returns the window."""
    make_app()
    from studio.ui.main_window import MainWindow

    settings = app_settings()
    window = MainWindow(settings)
    first = False
    if project_path is None:
        documents = documents_folder()
        project_path, first = starting_project(settings, documents)
        if project_path is None and first:
            try:
                project_path = create_first_course(documents)
            except StudioError as exc:
                print(f"studio: {exc.describe()}", file=sys.stderr)
    window.show()
    if project_path is not None:
        window.open_project(project_path)
    if first:
        settings.setValue("launched", True)
        QTimer.singleShot(0, window.show_welcome)
    return window


def run_app(project_path: Path | None = None) -> int:
    """Open the window (see ``start_app``) and run until it is closed."""
    window = start_app(project_path)
    app = QApplication.instance()
    assert app is not None
    # Smoke tests of the built program: show the window, then quit by itself.
    # exit() leaves every event loop, also a modal dialog's (quit() would wait for it).
    quit_after = os.environ.get("STUDIO_QUIT_AFTER_MS", "")
    if quit_after.isdigit():
        QTimer.singleShot(int(quit_after), lambda: app.exit(0))
    code = app.exec()
    del window
    return int(code)
