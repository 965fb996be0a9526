"""Small dialogs of the window: unsaved changes, crash recovery, errors, welcome."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from studio.errors import StudioError
from studio.project import Recovery
from studio.ui.qt import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    Qt,
    QVBoxLayout,
    QWidget,
    tr,
)

SAVE, DISCARD, CANCEL, RECOVER, LATER = "save", "discard", "cancel", "recover", "later"


def ask_unsaved(parent: QWidget | None, name: str) -> str:
    """Save / Don't save / Cancel for a project with unsaved changes."""
    box = QMessageBox(parent)
    box.setObjectName("unsaved-changes")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Unsaved changes"))
    box.setText(tr("Save the changes to “{name}” before closing it?").format(name=name))
    box.setInformativeText(tr("If you don't save, your changes since the last save are lost."))
    save = box.addButton(tr("&Save"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(tr("&Don't save"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return SAVE
    if clicked is discard:
        return DISCARD
    return CANCEL


def ask_recover(parent: QWidget | None, name: str, recovery: Recovery) -> str:
    """Offer the autosave left by a crash: Recover / Discard / Decide later."""
    when = dt.datetime.fromtimestamp(recovery.saved_at).strftime("%Y-%m-%d %H:%M")
    box = QMessageBox(parent)
    box.setObjectName("crash-recovery")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Recover unsaved work?"))
    box.setText(
        tr("Studio found unsaved changes to “{name}” from {when}, left when Studio "
           "stopped unexpectedly.").format(name=name, when=when)
    )
    box.setInformativeText(
        tr("Recover them to continue where you left off (then save), or discard them "
           "and open the last saved version.")
    )
    recover = box.addButton(tr("&Recover"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
    later = box.addButton(tr("Decide &later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(recover)
    box.setEscapeButton(later)
    box.exec()
    clicked = box.clickedButton()
    if clicked is recover:
        return RECOVER
    if clicked is discard:
        return DISCARD
    return LATER


def ask_replace(parent: QWidget | None, path: Path) -> bool:
    """Replace an existing file? (No is the default: nothing is lost by a slip.)"""
    box = QMessageBox(parent)
    box.setObjectName("replace-file")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Replace the file?"))
    box.setText(tr("“{name}” exists already in {folder}.").format(name=path.name,
                                                                  folder=path.parent))
    box.setInformativeText(tr("Replacing it overwrites its contents."))
    replace = box.addButton(tr("&Replace"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is replace


def show_error(parent: QWidget | None, title: str, error: BaseException | str) -> None:
    """A clear error: what happened, to which file, what to do (from ``StudioError``)."""
    box = QMessageBox(parent)
    box.setObjectName("error")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(title)
    if isinstance(error, StudioError):
        text = error.message
        if error.path:
            text = f"{error.path}\n\n{text}"
        box.setText(text)
        if error.hint:
            box.setInformativeText(tr("What to do: {hint}").format(hint=error.hint))
    else:
        box.setText(str(error))
    box.exec()


WELCOME_HTML = """
<h2>{title}</h2>
<p>{intro}</p>
<ol>
<li>{outline}</li>
<li>{add}</li>
<li>{edit}</li>
<li>{preview}</li>
<li>{export}</li>
</ol>
<p>{safety}</p>
"""


class WelcomeDialog(QDialog):
    """One screen that says how to start (first launch, and Help > How to start)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.setWindowTitle(tr("How to start"))
        self.setAccessibleName(tr("How to start with Studio"))
        text = WELCOME_HTML.format(
            title=tr("Welcome to Studio"),
            intro=tr("This is a sample course. Look around, change it, or start your own "
                     "with File > New course (Ctrl+Alt+N)."),
            outline=tr("<b>Outline</b> (left): modules, lessons and blocks. Drag them to "
                       "reorder, or use Alt+Up/Down. F2 renames, Delete removes."),
            add=tr("<b>Add</b>: Ctrl+Alt+M adds a module, Ctrl+N a lesson; Insert > Add block "
                   "adds a page, a video, an image, a quiz…"),
            edit=tr("<b>Edit</b> the selected item in the middle; course details (title, "
                    "licence, language) are in the Properties panel on the right."),
            preview=tr("<b>Preview</b> (F5) opens the course as a learner sees it, in your "
                       "browser, from this computer only."),
            export=tr("<b>Export</b> (Ctrl+E) makes a SCORM, Common Cartridge or EPUB "
                      "package for your LMS, checked before you upload it."),
            safety=tr("Every change can be undone (Ctrl+Z). Studio saves a recovery copy "
                      "while you work; save with Ctrl+S."),
        )
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setAccessibleName(tr("How to start"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Start"))
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(buttons)
        self.resize(560, 420)
