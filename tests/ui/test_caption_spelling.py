"""Spell check and find/replace options in the caption editor, through the widgets."""

from __future__ import annotations

import pytest

from studio.model import CaptionTrack, Cue, Lesson, Module, VideoBlock
from studio.ui.editors.caption_editor import CaptionEditor
from studio.ui.jobs import JobRunner
from studio.ui.qt import QtGui

pytestmark = pytest.mark.qt


@pytest.fixture
def editor(tmp_project, qtbot):
    english = CaptionTrack(language="en", cues=[
        Cue(0.0, 2.0, "Professor Okonkwo explains the watter cycle."),
        Cue(2.5, 4.0, "Rain falls on the hills."),
    ])
    other = CaptionTrack(language="en", label="Second", cues=[Cue(0, 1, "Okonkwo again.")])
    block = VideoBlock(title="Lecture", tracks=[english, other])
    tmp_project.course.modules = [Module(lessons=[Lesson(blocks=[block])])]
    widget = CaptionEditor(tmp_project, block, runner=JobRunner())
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    qtbot.waitUntil(lambda: widget.speller is not None, timeout=20_000)
    return tmp_project, block, widget


def _underlined(widget) -> list[str]:
    """The words of the caption text box drawn with the spell-check underline."""
    block = widget.detail.text.document().firstBlock()
    words = []
    for fmt in block.layout().formats():
        if fmt.format.underlineStyle() == QtGui.QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
            words.append(block.text()[fmt.start:fmt.start + fmt.length])
    return words


def test_misspelled_words_are_underlined_with_suggestions(editor, qtbot) -> None:
    project, block, widget = editor
    widget.select_row(0)
    assert _underlined(widget) == ["Okonkwo", "watter"]
    widget.select_row(1)
    assert _underlined(widget) == []
    assert widget.problem_rows() == [0]
    widget.select_row(0)
    box = widget.detail.text
    at = box.cursorRect(_cursor_at(box, "watter")).center()
    menu = widget.spelling.build_menu(at)
    texts = [a.text() for a in menu.actions()]
    assert "water" in texts and "Add “watter” to the course dictionary" in texts
    next(a for a in menu.actions() if a.text() == "water").trigger()
    assert block.tracks[0].cues[0].text == "Professor Okonkwo explains the water cycle."
    project.stack.undo()
    assert "watter" in block.tracks[0].cues[0].text


def test_the_course_dictionary_serves_every_track(editor, qtbot) -> None:
    project, block, widget = editor
    widget.select_row(0)
    box = widget.detail.text
    menu = widget.spelling.build_menu(box.cursorRect(_cursor_at(box, "Okonkwo")).center())
    next(a for a in menu.actions() if "course dictionary" in a.text()).trigger()
    assert project.course.dictionary == ["Okonkwo"]
    assert _underlined(widget) == ["watter"]
    widget.track_box.setCurrentIndex(1)
    qtbot.waitUntil(lambda: widget.speller is not None)
    widget.select_row(0)
    assert widget.problem_rows() == []  # "Okonkwo again." is fine in the other track too
    project.stack.undo()
    assert project.course.dictionary == []


def test_find_replace_whole_words_and_regular_expressions(editor) -> None:
    _project, block, widget = editor
    widget.find_box.setText("the")
    widget.replace_box.setText("THE")
    widget.whole_word_box.setChecked(True)
    assert widget.replace_all(widget.find_box.text(), widget.replace_box.text(),
                              whole_word=True) == 2  # not "there", "the" twice
    widget.stack.undo()
    widget.regex_box.setChecked(True)
    widget.find_box.setText(r"(\w+) cycle")
    widget.replace_box.setText(r"\1 loop")
    for button in widget.findChildren(type(widget.whisper_button)):
        if button.text() == "Replace all":
            button.click()
    assert block.tracks[0].cues[0].text == "Professor Okonkwo explains the watter loop."


def _cursor_at(box, word: str):
    cursor = box.textCursor()
    cursor.setPosition(box.toPlainText().index(word) + 2)
    return cursor
