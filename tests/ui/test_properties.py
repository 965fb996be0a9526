"""The Properties panel follows the selection: each kind of item shows its own fields,
and every change is one undoable command."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.model import (
    AttachmentBlock,
    AudioBlock,
    ImageBlock,
    LinkBlock,
    QuizBlock,
    TextBlock,
    VideoBlock,
)
from studio.ui.main_window import MainWindow
from tests.ui.shell_helpers import close_clean, isolated_settings

pytestmark = pytest.mark.qt


@pytest.fixture
def win(qtbot, tmp_path: Path, full_project):
    folder = full_project.folder
    full_project.save()
    full_project.close()
    window = MainWindow(isolated_settings(tmp_path))
    window.show()
    qtbot.waitExposed(window)
    assert window.open_project(folder)
    yield window
    close_clean(window)


def _type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def _edit_and_undo(qtbot, win, field: str, obj, attr: str, text: str) -> None:
    form = win.properties.form
    assert form is not None, "the panel still shows the course"
    widget = form.fields[field]
    before = getattr(obj, attr)
    _type_into(qtbot, widget, text)
    assert getattr(obj, attr) != before
    win.project.stack.break_merge()
    win.undo.undo_action.trigger()
    assert getattr(obj, attr) == before


def test_each_kind_shows_its_own_properties(qtbot, win) -> None:
    course = win.project.course
    module = course.modules[0]
    lesson = module.lessons[0]
    win.outline.select(module.id)
    assert win.properties.heading.text() == f"Module: {module.title}"
    _edit_and_undo(qtbot, win, "description", module, "description", "Week one")

    win.outline.select(lesson.id)
    assert set(win.properties.form.fields) >= {"title", "description", "objectives",
                                               "duration_minutes"}
    _edit_and_undo(qtbot, win, "objectives", lesson, "objectives", "Name the four stages")
    win.properties.form.fields["objectives"].setPlainText("One\nTwo\n")
    assert lesson.objectives == ["One", "Two"]

    blocks = {type(b): b for _, _, b in course.blocks()}
    expected = {
        VideoBlock: {"title", "poster", "credits", "license"},
        AudioBlock: {"title", "credits", "license"},
        ImageBlock: {"alt", "decorative", "caption", "credits", "license"},
        AttachmentBlock: {"title", "description", "credits", "license"},
        LinkBlock: {"title", "url", "description"},
        QuizBlock: {"title", "passing_score", "attempts", "shuffle_questions", "points",
                    "correct"},
        TextBlock: set(),
    }
    for kind, fields in expected.items():
        block = blocks[kind]
        win.outline.select(block.id)
        form = win.properties.form
        assert form is not None, kind
        # a quiz shows its settings and the builder's current question
        assert form.obj is block or form.obj in block.quiz.questions, kind
        assert fields <= set(form.fields), (kind, set(form.fields))

    image = blocks[ImageBlock]
    win.outline.select(image.id)
    _edit_and_undo(qtbot, win, "alt", image, "alt", " seen from above")
    asset = course.media[image.asset]
    _edit_and_undo(qtbot, win, "credits", asset, "credits", "Photo: R. Rain")
    licence = win.properties.form.fields["license"]
    licence.setEditText("CC0-1.0")
    assert asset.license == "CC0-1.0"
    win.undo.undo_action.trigger()
    assert asset.license == ""
    assert licence.currentText() == ""


def test_the_quiz_builders_question_shows_its_properties(qtbot, win) -> None:
    quiz = next(b for _, _, b in win.project.course.blocks() if isinstance(b, QuizBlock))
    win.outline.select(quiz.id)
    builder = win.editor_host.editor
    builder.list.setCurrentRow(1)
    question = quiz.quiz.questions[1]
    assert win.properties.form.obj is question
    _edit_and_undo(qtbot, win, "correct", question.feedback, "correct", "Well done")


def test_the_panel_empties_on_close_and_its_visibility_is_remembered(qtbot, win, tmp_path) -> None:
    lesson = win.project.course.modules[0].lessons[0]
    win.outline.select(lesson.id)
    assert win.properties.form is not None
    assert win.close_project()
    assert win.properties.form is None and win.properties.heading.text() == ""
    win.inspector_dock.hide()
    win.save_layout()
    again = MainWindow(isolated_settings(tmp_path))
    again.show()
    qtbot.waitExposed(again)
    try:
        assert not again.inspector_dock.isVisible()
    finally:
        close_clean(again)


def test_an_item_removed_by_undo_gives_way_to_the_course(qtbot, win) -> None:
    win.outline.select(win.project.course.modules[0].id)
    win.outline.actions_.add_lesson.trigger()
    lesson = win.outline.current_object()
    assert win.properties.form.obj is lesson
    win.undo.undo_action.trigger()
    assert win.properties.form is None or win.properties.form.obj is not lesson
