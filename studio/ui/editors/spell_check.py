"""Spell check in the caption editor: misspelled words underlined in the caption text
box, suggestions and "Add to the course dictionary" in its context menu, and the
rows with a misspelling counted as problems (F8). The dictionary for the track's
language loads on a job the first time; the course dictionary applies to every track.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from studio.captions.spelling import Speller, add_to_dictionary, speller_for
from studio.ui.editors.job_access import find_runner
from studio.ui.qt import QColor, QMenu, QPoint, Qt, QTextCursor, QtGui, tr

if TYPE_CHECKING:
    from studio.ui.editors.caption_editor import CaptionEditor


class SpellHighlighter(QtGui.QSyntaxHighlighter):
    """Red wavy underline under every unknown word of the document."""

    def __init__(self, box: Any) -> None:
        super().__init__(box.document())
        self.box = box
        self.speller: Speller | None = None
        self.underline = QtGui.QTextCharFormat()
        self.underline.setUnderlineStyle(QtGui.QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self.underline.setUnderlineColor(QColor(220, 30, 30))

    def set_speller(self, speller: Speller | None) -> None:
        self.speller = speller
        self.refresh()

    def refresh(self) -> None:
        """Re-underline without the text box reporting a text change (it is not one)."""
        box = self.box
        blocked = box.blockSignals(True) if box is not None else False
        try:
            self.rehighlight()
        finally:
            if box is not None:
                box.blockSignals(blocked)

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt name)
        if self.speller is None:
            return
        for start, end, _word in self.speller.misspelled(text):
            self.setFormat(start, end - start, self.underline)


class SpellCheck:
    """Spell checking for one caption editor (``editor.speller`` is what F8 reads)."""

    def __init__(self, editor: CaptionEditor) -> None:
        self.editor = editor
        self.language = ""
        self.box = editor.detail.text
        self.highlighter = SpellHighlighter(self.box)
        self.box.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.box.customContextMenuRequested.connect(self.context_menu)
        editor.speller = None
        self.job: Any = None

    def follow(self) -> None:
        """The track (its language) or the course dictionary may have changed."""
        track = self.editor.model.track
        language = track.language if track is not None else ""
        speller = self.editor.speller
        words = self.editor.project.course.dictionary
        if speller is not None and language == self.language:
            if {w.lower() for w in words} != speller.extra:
                speller.set_extra(words)
                self.highlighter.refresh()
            return
        if language == self.language and self.job is not None and self.job.running:
            return  # its dictionary is loading
        self.language = language
        self.editor.speller = None
        self.highlighter.set_speller(None)
        if not language:
            return

        def load(progress: Any) -> Speller | None:
            progress.update(0.2, tr("Loading the {lang} dictionary").format(lang=language))
            return speller_for(language, words)

        def ready(found: Speller | None) -> None:
            try:
                if found is not None and found.language == language.split("-")[0].lower():
                    self.editor.speller = found
                    self.highlighter.set_speller(found)
            except RuntimeError:  # the editor was closed meanwhile
                pass

        self.job = find_runner(self.editor, self.editor.runner).submit(
            tr("Spell check ({lang})").format(lang=language), load, on_done=ready)

    def context_menu(self, pos: QPoint) -> None:
        menu = self.build_menu(pos)
        menu.popup(self.box.viewport().mapToGlobal(pos))
        self.menu = menu

    def build_menu(self, pos: QPoint) -> QMenu:
        """The text box's own menu, with suggestions for a misspelled word on top."""
        menu = self.box.createStandardContextMenu(pos)
        speller = self.editor.speller
        if speller is None:
            return menu
        cursor = self.box.cursorForPosition(pos)
        block = cursor.block()
        offset = cursor.positionInBlock()
        for start, end, word in speller.misspelled(block.text()):
            if start <= offset <= end:
                base = block.position()
                added: list[Any] = []
                for suggestion in speller.suggestions(word):
                    action = QtGui.QAction(suggestion, menu)
                    action.triggered.connect(
                        lambda _=False, s=suggestion, b=base, a=start, e=end:
                        self.replace(b + a, b + e, s))
                    added.append(action)
                add = QtGui.QAction(tr("Add “{w}” to the course dictionary").format(w=word), menu)
                add.triggered.connect(lambda _=False, w=word: self.add_word(w))
                added.append(add)
                separator = QtGui.QAction(menu)
                separator.setSeparator(True)
                added.append(separator)
                existing = menu.actions()
                if existing:
                    menu.insertActions(existing[0], added)
                else:
                    menu.addActions(added)
                break
        return menu

    def replace(self, start: int, end: int, text: str) -> None:
        cursor = self.box.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(text)  # the text box's edit becomes the caption's command

    def add_word(self, word: str) -> bool:
        return add_to_dictionary(self.editor.stack, self.editor.project.course, word)
