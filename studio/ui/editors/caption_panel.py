"""The caption editor's controls: its toolbar and keyboard shortcuts, and the
detail pane for the current cue (multi-line text, start/end, warnings with fixes).

Kept apart from ``caption_editor.py`` so each module stays small; both only call
the editor's public methods, which are what the tests drive too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from studio.captions.profiles import PROFILES
from studio.ui.editors.caption_model import format_time
from studio.ui.flow_layout import FlowLayout
from studio.ui.phrases import say
from studio.ui.qt import (
    QAction,
    QActionGroup,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    Qt,
    QToolButton,
    QVBoxLayout,
    QWidget,
    tr,
)

if TYPE_CHECKING:
    from studio.ui.editors.caption_editor import CaptionEditor

NUDGE = 0.1  # seconds moved by one keyboard nudge
# How the caption profiles are named in the window (the profile names are identifiers).
PROFILE_LABELS = {"netflix": "Netflix-like", "bbc": "BBC-like", "dcmp": "DCMP-like"}

# (shortcut, label, action) -- documented in docs/editors.md
SHORTCUTS: list[tuple[str, str, Callable[[CaptionEditor], object]]] = [
    ("Alt+Down", "Next caption", lambda e: e.step_cue(1)),
    ("Alt+Up", "Previous caption", lambda e: e.step_cue(-1)),
    ("Ctrl+Space", "Play / pause", lambda e: e.request_play_pause()),
    ("Ctrl+Shift+S", "Split caption at the cursor", lambda e: e.split_at_cursor()),
    ("Ctrl+Shift+M", "Merge with the next caption", lambda e: e.merge()),
    ("Ctrl+Shift+N", "New caption after this one", lambda e: e.insert_cue()),
    ("Ctrl+Shift+Del", "Delete caption", lambda e: e.delete_cue()),
    ("Alt+Left", "Start 0.1 s earlier", lambda e: e.nudge("start", -NUDGE)),
    ("Alt+Right", "Start 0.1 s later", lambda e: e.nudge("start", NUDGE)),
    ("Alt+Shift+Left", "End 0.1 s earlier", lambda e: e.nudge("end", -NUDGE)),
    ("Alt+Shift+Right", "End 0.1 s later", lambda e: e.nudge("end", NUDGE)),
    ("Ctrl+[", "Start at the playhead", lambda e: e.set_from_playhead("start")),
    ("Ctrl+]", "End at the playhead", lambda e: e.set_from_playhead("end")),
    ("Ctrl+Shift+R", "Mark the track reviewed", lambda e: e.set_reviewed(True)),
    ("Ctrl+J", "Back 1 s", lambda e: e.seek_by(-1.0)),
    ("Ctrl+L", "Forward 1 s", lambda e: e.seek_by(1.0)),
    ("Ctrl+Shift+J", "Back 5 s", lambda e: e.seek_by(-5.0)),
    ("Ctrl+Shift+L", "Forward 5 s", lambda e: e.seek_by(5.0)),
    ("F8", "Next problem (warning or spelling)", lambda e: e.next_problem(1)),
    ("Shift+F8", "Previous problem", lambda e: e.next_problem(-1)),
]


def _button(editor: CaptionEditor, label: str, slot, tip: str = "") -> QPushButton:  # type: ignore[no-untyped-def]
    """A button; ``tip`` is a translated sentence or the button's keyboard shortcut."""
    button = QPushButton(tr(label))
    button.setAccessibleName(tr(label).replace("&", ""))
    if tip and "+" in tip and " " not in tip:  # a shortcut: "Split (Ctrl+Shift+S)"
        tip = f"{tr(label).replace('&', '')} ({QKeySequence(tip).toString()})"
    if tip:
        button.setToolTip(tip)
    button.clicked.connect(lambda _=False: slot())
    return button


def _install_shortcuts(editor: CaptionEditor) -> None:
    for keys, label, run in SHORTCUTS:
        action = QAction(tr(label), editor)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _=False, run=run: run(editor))
        editor.addAction(action)


def _fill_whisper_menu(editor: CaptionEditor, menu: QMenu) -> None:
    """Installed models and language choices, read when the menu opens (not at start:
    checking the model files takes a moment)."""
    from studio.media.whisper_models import list_models

    menu.clear()
    menu.addSection(tr("Model"))
    models = QActionGroup(menu)
    rows = [r for r in list_models() if r.status == "installed"]
    multilingual = {r.name: r.multilingual for r in rows}
    multilingual["auto"] = any(multilingual.values())
    automatic = menu.addAction(tr("Automatic — tiny.en for English, base for other languages"))
    automatic.setCheckable(True)
    automatic.setChecked(editor.whisper_model == "auto")
    automatic.triggered.connect(lambda _=False: setattr(editor, "whisper_model", "auto"))
    models.addAction(automatic)
    for row in rows:
        action = menu.addAction(f"{row.name} — {row.description}")
        action.setCheckable(True)
        action.setChecked(row.name == editor.whisper_model)
        action.triggered.connect(
            lambda _=False, name=row.name: setattr(editor, "whisper_model", name)
        )
        models.addAction(action)
    if not rows:
        menu.addAction(tr("No model installed: run 'studio models install tiny.en'")).setEnabled(
            False
        )
    menu.addSection(tr("Language"))
    languages = QActionGroup(menu)
    course = editor.project.course.language or "en"
    choices = [
        (tr("The course language ({code})").format(code=course), course, "transcribe"),
        (tr("Detect the language"), None, "transcribe"),
    ]
    if multilingual.get(editor.whisper_model):
        choices.append((tr("Translate to English subtitles"), None, "translate"))
    for label, code, task in choices:
        action = menu.addAction(label)
        action.setCheckable(True)
        action.setChecked((code, task) == (editor.whisper_language, editor.whisper_task))
        action.triggered.connect(
            lambda _=False, code=code, task=task: editor.set_whisper_language(code, task)
        )
        languages.addAction(action)


def _flow_row(outer: QVBoxLayout) -> FlowLayout:
    """A row of controls that wraps when the editor is narrow (no sideways scrolling)."""
    holder = QWidget()
    row = FlowLayout(holder)
    outer.addWidget(holder)
    return row


def build_toolbar(editor: CaptionEditor) -> QVBoxLayout:
    """Track chooser, profile, Whisper, review and edit buttons; sets the editor's attributes."""
    outer = QVBoxLayout()
    row = _flow_row(outer)
    editor.track_box = QComboBox()
    editor.track_box.setAccessibleName(tr("Caption track"))
    editor.track_box.currentIndexChanged.connect(editor.select_track)
    editor.track_box.setMinimumContentsLength(18)
    editor.track_box.setSizeAdjustPolicy(
        QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
    )
    row.addWidget(QLabel(tr("Track:")))
    row.addWidget(editor.track_box)
    row.addWidget(_button(editor, "Add track", editor.add_track))
    row.addWidget(_button(editor, "Import .vtt/.srt…", editor.import_file))
    editor.whisper_button = _button(
        editor,
        "Caption with Whisper",
        editor.caption_with_whisper,
        tr("Transcribe the media on this computer (nothing is uploaded)"),
    )
    row.addWidget(editor.whisper_button)
    options = QToolButton()
    options.setText("▾")
    options.setAccessibleName(tr("Whisper options"))
    options.setToolTip(tr("Whisper model and language"))
    options.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    menu = QMenu(options)
    menu.aboutToShow.connect(lambda: _fill_whisper_menu(editor, menu))
    options.setMenu(menu)
    row.addWidget(options)

    row = _flow_row(outer)
    editor.reviewed_box = QCheckBox(tr("&Reviewed by the author"))
    editor.reviewed_box.setAccessibleName(tr("Reviewed by the author"))
    editor.reviewed_box.toggled.connect(editor.set_reviewed)
    row.addWidget(editor.reviewed_box)
    editor.profile_box = QComboBox()
    editor.profile_box.setAccessibleName(tr("Caption profile"))
    for name in sorted(PROFILES):
        editor.profile_box.addItem(tr(PROFILE_LABELS.get(name, name)), name)
    editor.profile_box.setCurrentIndex(
        max(0, editor.profile_box.findData(editor.model.profile.name))
    )
    editor.profile_box.currentIndexChanged.connect(
        lambda i: editor.set_profile(str(editor.profile_box.itemData(i)))
    )
    row.addWidget(QLabel(tr("Profile:")))
    row.addWidget(editor.profile_box)
    editor.follow_box = QCheckBox(tr("Follow playback"))
    editor.follow_box.setChecked(True)
    row.addWidget(editor.follow_box)

    row = _flow_row(outer)
    split = _button(editor, "Split", editor.split_at_cursor, "Ctrl+Shift+S")
    merge = _button(editor, "Merge with next", editor.merge, "Ctrl+Shift+M")
    add = _button(editor, "New caption", editor.insert_cue, "Ctrl+Shift+N")
    delete = _button(editor, "Delete", editor.delete_cue, "Ctrl+Shift+Del")
    reflow = _button(editor, "Re-flow to profile", editor.reflow)
    editor.shift_box = QDoubleSpinBox()
    editor.shift_box.setAccessibleName(tr("Shift by seconds"))
    editor.shift_box.setRange(-3600.0, 3600.0)
    editor.shift_box.setDecimals(3)
    editor.shift_box.setSingleStep(0.1)
    editor.shift_box.setSuffix(" s")
    shift = _button(
        editor,
        "Shift",
        lambda: editor.shift(editor.shift_box.value()),
        tr("Shift the selected captions (all if none is selected)"),
    )
    for widget in (split, merge, add, delete, reflow, editor.shift_box, shift):
        row.addWidget(widget)

    find_row = QHBoxLayout()
    editor.find_box = QLineEdit()
    editor.find_box.setPlaceholderText(tr("Find in all tracks"))
    editor.find_box.setAccessibleName(tr("Find"))
    editor.replace_box = QLineEdit()
    editor.replace_box.setPlaceholderText(tr("Replace with"))
    editor.replace_box.setAccessibleName(tr("Replace with"))
    replace = _button(
        editor, "Replace all",
        lambda: editor.replace_all(editor.find_box.text(), editor.replace_box.text(),
                                   whole_word=editor.whole_word_box.isChecked(),
                                   regex=editor.regex_box.isChecked()),
        tr("Replace in every caption track of this block (one undo step)"),
    )  # fmt: skip
    editor.whole_word_box = QCheckBox(tr("&Whole words"))
    editor.whole_word_box.setAccessibleName(tr("Whole words only"))
    editor.regex_box = QCheckBox(tr("Re&gular expression"))
    editor.regex_box.setAccessibleName(tr("Regular expression"))
    editor.regex_box.setToolTip(tr("Python regular expression; \\1 in the replacement is the "
                                   "first group"))
    find_row.addWidget(editor.find_box, 1)
    find_row.addWidget(editor.replace_box, 1)
    outer.addLayout(find_row)
    find_options = _flow_row(outer)
    find_options.addWidget(editor.whole_word_box)
    find_options.addWidget(editor.regex_box)
    find_options.addWidget(replace)
    editor.track_widgets = [
        split, merge, add, delete, reflow, shift, editor.shift_box, editor.reviewed_box, replace,
    ]  # fmt: skip
    _install_shortcuts(editor)
    return outer


class CueDetail(QWidget):
    """The current cue: its lines, start and end, and the profile's warnings with fixes."""

    def __init__(self, editor: CaptionEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.row = -1
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(tr("Caption text"))
        self.text.setTabChangesFocus(True)
        self.text.setUndoRedoEnabled(False)  # one history: the project's
        self.text.setMaximumHeight(64)
        self.text.textChanged.connect(self._text_changed)
        layout.addRow(tr("&Text:"), self.text)
        times = QHBoxLayout()
        self.start = self._time_box(tr("Start time"))
        self.end = self._time_box(tr("End time"))
        times.addWidget(self.start)
        times.addWidget(QLabel("→"))
        times.addWidget(self.end)
        times.addStretch(1)
        timing = QLabel(tr("T&iming:"))
        timing.setBuddy(self.start)  # else the "&" shows and Alt+I goes nowhere
        layout.addRow(timing, times)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setAccessibleName(tr("Warnings for this caption"))
        layout.addRow(tr("Warnings:"), self.warnings)
        self.show_cue(-1)

    def _time_box(self, name: str) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setAccessibleName(name)
        box.setRange(0.0, 24 * 3600.0)
        box.setDecimals(3)
        box.setSingleStep(0.1)
        box.setSuffix(" s")
        box.setKeyboardTracking(False)  # commit on Enter / focus out, not per digit
        box.valueChanged.connect(self._time_changed)
        return box

    def show_cue(self, row: int) -> None:
        """Show cue ``row`` (-1: none) without echoing the values back as edits."""
        cues = self.editor.model.cues
        self.row = row if 0 <= row < len(cues) else -1
        enabled = self.row >= 0
        for widget in (self.text, self.start, self.end):
            widget.setEnabled(enabled)
            widget.blockSignals(True)
        try:
            if not enabled:
                self.text.setPlainText("")
                self.warnings.setText("")
                return
            cue = cues[self.row]
            if self.text.toPlainText().strip() != cue.text:
                self.text.setPlainText(cue.text)
            self.start.setValue(cue.start)
            self.end.setValue(cue.end)
            issues = self.editor.model.issues.get(self.row, [])
            self.warnings.setText(
                "\n".join(f"⚠ {say(i.said)} — {tr('fix')}: {i.fix}" for i in issues) or tr("none")
            )
            self.start.setToolTip(format_time(cue.start))
            self.end.setToolTip(format_time(cue.end))
        finally:
            for widget in (self.text, self.start, self.end):
                widget.blockSignals(False)

    def _text_changed(self) -> None:
        if self.row >= 0:
            self.editor.edit_text(self.row, self.text.toPlainText())

    def _time_changed(self) -> None:
        if self.row >= 0:
            self.editor.edit_timing(self.row, self.start.value(), self.end.value())
            self.show_cue(self.row)  # a refused edit puts the old values back
