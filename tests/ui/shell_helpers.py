"""Helpers for the window tests: isolated settings, a window, answering modal dialogs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from studio.ui.qt import QApplication, QMessageBox, QSettings, QTimer, QWidget


def isolated_settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def answer_next_dialog(button_text: str, seen: list[str] | None = None) -> None:
    """Click the button labelled ``button_text`` in the next modal dialog that opens.

    Polls from the event loop (the dialog's own ``exec`` keeps it running) and clicks
    the real button, so the code under test runs its real dialog.
    """

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(20, poll)
            return
        if seen is not None:
            seen.append(modal.objectName() + ": " + _text_of(modal))
        for button in modal.findChildren(QWidget):
            text = getattr(button, "text", None)
            if callable(text) and text().replace("&", "") == button_text and hasattr(button, "click"):
                button.click()
                return
        raise AssertionError(f"no button {button_text!r} in {modal.objectName()}")

    QTimer.singleShot(0, poll)


def _text_of(widget: QWidget) -> str:
    if isinstance(widget, QMessageBox):
        return widget.text()
    return widget.windowTitle()


def wait_for(qtbot, condition: Callable[[], bool], timeout: int = 10_000) -> None:
    qtbot.waitUntil(lambda: bool(condition()), timeout=timeout)


def close_clean(win) -> None:
    """Close a window without the unsaved-changes prompt (test teardown)."""
    if win.project is not None:
        win.project.stack.checkpoint()
    win.close()
    win.deleteLater()
