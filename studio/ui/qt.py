"""The only place Studio imports Qt (PySide6).

Every UI module does ``from studio.ui.qt import QtWidgets, QtCore, QtGui`` or imports
the names re-exported below (``Qt``, ``Signal``, ``QWidget``...; any name of QtCore,
QtGui or QtWidgets resolves, fetched on first use to keep startup fast). QtMultimedia and
QtMultimediaWidgets are heavy and slow to load, so they are imported on first use:
``qt.multimedia()`` / ``qt.multimedia_widgets()`` return the modules, and the
attribute names ``qt.QtMultimedia`` / ``qt.QtMultimediaWidgets`` also load them
lazily (module ``__getattr__``). WebEngine is never imported at start.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore, QtGui, QtWidgets

if TYPE_CHECKING:  # the names below resolve lazily at run time (see __getattr__)
    from PySide6.QtCore import (
        Property,
        QAbstractItemModel,
        QByteArray,
        QCoreApplication,
        QElapsedTimer,
        QEvent,
        QItemSelectionModel,
        QLocale,
        QMimeData,
        QModelIndex,
        QObject,
        QPoint,
        QRect,
        QRunnable,
        QSettings,
        QSize,
        QStandardPaths,
        Qt,
        QThread,
        QThreadPool,
        QTimer,
        QTranslator,
        QUrl,
        Signal,
        Slot,
    )
    from PySide6.QtGui import (
        QAction,
        QActionGroup,
        QBrush,
        QCloseEvent,
        QColor,
        QContextMenuEvent,
        QDesktopServices,
        QDragEnterEvent,
        QDragMoveEvent,
        QDropEvent,
        QFont,
        QGuiApplication,
        QIcon,
        QImage,
        QKeyEvent,
        QKeySequence,
        QPainter,
        QPalette,
        QPixmap,
        QShortcut,
        QStandardItem,
        QStandardItemModel,
        QTextCursor,
        QTextDocument,
        QUndoStack,
    )
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QApplication,
        QCheckBox,
        QComboBox,
        QDialog,
        QDialogButtonBox,
        QDockWidget,
        QDoubleSpinBox,
        QFileDialog,
        QFormLayout,
        QFrame,
        QGridLayout,
        QGroupBox,
        QHBoxLayout,
        QHeaderView,
        QInputDialog,
        QLabel,
        QLineEdit,
        QListWidget,
        QListWidgetItem,
        QMainWindow,
        QMenu,
        QMenuBar,
        QMessageBox,
        QPlainTextEdit,
        QProgressBar,
        QPushButton,
        QRadioButton,
        QScrollArea,
        QSizePolicy,
        QSlider,
        QSpinBox,
        QSplitter,
        QStackedWidget,
        QStatusBar,
        QStyle,
        QTableWidget,
        QTableWidgetItem,
        QTabWidget,
        QTextBrowser,
        QTextEdit,
        QToolBar,
        QToolButton,
        QTreeView,
        QTreeWidget,
        QTreeWidgetItem,
        QVBoxLayout,
        QWidget,
    )

_LAZY = {
    "QtMultimedia": "PySide6.QtMultimedia",
    "QtMultimediaWidgets": "PySide6.QtMultimediaWidgets",
    "QtSvg": "PySide6.QtSvg",
    "QtTest": "PySide6.QtTest",
}


def multimedia() -> ModuleType:
    """PySide6.QtMultimedia, imported on first use (slow: loads FFmpeg back end)."""
    return importlib.import_module(_LAZY["QtMultimedia"])


def multimedia_widgets() -> ModuleType:
    """PySide6.QtMultimediaWidgets, imported on first use."""
    return importlib.import_module(_LAZY["QtMultimediaWidgets"])


_QT_MODULES = (QtCore, QtGui, QtWidgets)


def __getattr__(name: str) -> Any:
    """Resolve Qt names on first use: touching ~100 PySide6 types eagerly costs
    ~150 ms of startup, so ``from studio.ui.qt import QLabel`` fetches only QLabel."""
    target = _LAZY.get(name)
    if target is not None:
        value: Any = importlib.import_module(target)
    else:
        for module in _QT_MODULES:
            value = getattr(module, name, None)
            if value is not None:
                break
        else:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def tr_noop(text: str) -> str:
    """Mark ``text`` for the catalogue where it is declared; it is translated later with
    ``tr(variable)`` (``resources/i18n/update_catalogue.py`` collects both)."""
    return text


def tr(text: str, context: str = "Studio") -> str:
    """Translate ``text`` through the installed Qt translators (English is the source)."""
    return QtCore.QCoreApplication.translate(context, text)


__all__ = [
    "Property",
    "QAbstractItemModel",
    "QAbstractItemView",
    "QAction",
    "QActionGroup",
    "QApplication",
    "QBrush",
    "QCloseEvent",
    "QByteArray",
    "QCheckBox",
    "QColor",
    "QContextMenuEvent",
    "QComboBox",
    "QCoreApplication",
    "QDesktopServices",
    "QDialog",
    "QDragEnterEvent",
    "QDragMoveEvent",
    "QDropEvent",
    "QDialogButtonBox",
    "QDockWidget",
    "QDoubleSpinBox",
    "QElapsedTimer",
    "QEvent",
    "QFileDialog",
    "QFont",
    "QFormLayout",
    "QFrame",
    "QGridLayout",
    "QGuiApplication",
    "QGroupBox",
    "QHBoxLayout",
    "QHeaderView",
    "QIcon",
    "QImage",
    "QInputDialog",
    "QItemSelectionModel",
    "QKeyEvent",
    "QKeySequence",
    "QLabel",
    "QLineEdit",
    "QListWidget",
    "QListWidgetItem",
    "QLocale",
    "QMainWindow",
    "QMenu",
    "QMenuBar",
    "QMessageBox",
    "QMimeData",
    "QModelIndex",
    "QObject",
    "QPainter",
    "QPalette",
    "QPixmap",
    "QPlainTextEdit",
    "QPoint",
    "QProgressBar",
    "QPushButton",
    "QRadioButton",
    "QRect",
    "QRunnable",
    "QScrollArea",
    "QSettings",
    "QShortcut",
    "QSize",
    "QSizePolicy",
    "QSlider",
    "QSpinBox",
    "QSplitter",
    "QStackedWidget",
    "QStandardItem",
    "QStandardItemModel",
    "QStandardPaths",
    "QStatusBar",
    "QStyle",
    "QTabWidget",
    "QTableWidget",
    "QTableWidgetItem",
    "QTextBrowser",
    "QTextCursor",
    "QTextDocument",
    "QTextEdit",
    "QThread",
    "QThreadPool",
    "QTimer",
    "QToolBar",
    "QToolButton",
    "QTranslator",
    "QTreeView",
    "QTreeWidget",
    "QTreeWidgetItem",
    "QUndoStack",
    "QUrl",
    "QVBoxLayout",
    "QWidget",
    "Qt",
    "QtCore",
    "QtGui",
    "QtWidgets",
    "Signal",
    "Slot",
    "multimedia",
    "multimedia_widgets",
    "tr",
    "tr_noop",
]
