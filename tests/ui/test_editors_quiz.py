"""The quiz builder: every question kind built through the real widgets, settings, undo."""

from __future__ import annotations

import pytest

from studio.model import Lesson, Module, Quiz, QuizBlock
from studio.model.quiz import QUESTION_TYPES
from studio.ui.editors import create_editor
from studio.ui.editors.growing_text import GrowingLineEdit
from studio.ui.editors.quiz_builder import QuizBuilder
from studio.ui.qt import QCheckBox, QComboBox, QPlainTextEdit, Qt

pytestmark = pytest.mark.qt


@pytest.fixture
def builder(tmp_project, qtbot):
    block = QuizBlock(quiz=Quiz(title="Check"))
    tmp_project.course.modules = [Module(lessons=[Lesson(blocks=[block])])]
    editor = create_editor(tmp_project, block)
    assert isinstance(editor, QuizBuilder)
    qtbot.addWidget(editor)
    editor.resize(1200, 800)
    editor.show()
    return tmp_project, block.quiz, editor


def _type(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def _add(qtbot, editor, kind: str, prompt: str):
    editor.kind_box.setCurrentIndex(editor.kind_box.findData(kind))
    question = editor.add_question(kind)
    assert editor.current_question() is question
    _type(qtbot, editor.form.prompt.text, prompt)
    assert question.prompt == f"<p>{prompt}</p>"
    return question


def _rows(editor):
    """The line edits of the current form's rows, in grid order."""
    return [w for w in editor.form.rows.rows.findChildren(GrowingLineEdit)]


def test_build_a_quiz_with_every_kind(builder, qtbot) -> None:
    project, quiz, editor = builder
    # single choice: two starting choices, type them, pick the second as right
    q = _add(qtbot, editor, "single_choice", "Which gas do plants take in?")
    edits = _rows(editor)
    _type(qtbot, edits[0], "Oxygen")
    _type(qtbot, edits[1], "Only the mistake")
    _type(qtbot, edits[2], "Carbon dioxide")
    boxes = editor.form.rows.rows.findChildren(QCheckBox)
    boxes[1].click()
    assert [c.text for c in q.choices] == ["Oxygen", "Carbon dioxide"]
    assert q.choices[0].feedback == "Only the mistake"
    assert [c.correct for c in q.choices] == [False, True]  # exactly one right answer
    editor.form.points.setValue(2.0)
    _type(qtbot, editor.form.fb_general, "Photosynthesis uses CO2.")
    assert q.points == 2.0 and q.feedback.general == "Photosynthesis uses CO2."

    q = _add(qtbot, editor, "multiple_response", "Which are states of water?")
    editor.form.rows.add()
    edits = _rows(editor)
    for i, text in enumerate(["Ice", "Steam", "Sand"]):
        _type(qtbot, edits[i * 2], text)
    boxes = editor.form.rows.rows.findChildren(QCheckBox)
    boxes[1].click()  # the first is already right
    assert [(c.text, c.correct) for c in q.choices] == [
        ("Ice", True),
        ("Steam", True),
        ("Sand", False),
    ]

    q = _add(qtbot, editor, "true_false", "Clouds are made of droplets.")
    combo = editor.form.findChildren(QComboBox)[0]
    combo.setCurrentIndex(combo.findData(False))
    assert q.answer is False
    combo.setCurrentIndex(combo.findData(True))
    assert q.answer is True

    q = _add(qtbot, editor, "fill_blank", "Water boils at ___ degrees.")
    _type(qtbot, editor.form.accepted, "100; one hundred")
    qtbot.keyClick(editor.form.accepted, Qt.Key.Key_Return)
    assert q.accepted == ["100", "one hundred"]

    q = _add(qtbot, editor, "numeric", "How many stages?")
    spins = {s.accessibleName(): s for s in editor.form.findChildren(type(editor.form.points))}
    spins["Value"].setValue(4.0)
    spins["Tolerance"].setValue(0.5)
    assert (q.value, q.tolerance, q.mode) == (4.0, 0.5, "exact")

    q = _add(qtbot, editor, "matching", "Match the stages.")
    edits = _rows(editor)
    for edit, text in zip(edits, ["Evaporation", "Vapour", "Condensation", "Clouds"], strict=True):
        _type(qtbot, edit, text)
    _type(qtbot, editor.form.distractors, "Sand")
    qtbot.keyClick(editor.form.distractors, Qt.Key.Key_Return)
    assert [(p.prompt, p.answer) for p in q.pairs] == [
        ("Evaporation", "Vapour"),
        ("Condensation", "Clouds"),
    ]
    assert q.distractors == ["Sand"]

    q = _add(qtbot, editor, "ordering", "Put in order.")
    for edit, text in zip(_rows(editor), ["Sea", "Cloud", "Rain"], strict=True):
        _type(qtbot, edit, text)
    editor.form.rows.move_item(2, -1)
    assert [i.text for i in q.items] == ["Sea", "Rain", "Cloud"]
    project.stack.undo()
    assert [i.text for i in q.items] == ["Sea", "Cloud", "Rain"]

    q = _add(qtbot, editor, "essay", "Explain the water cycle.")
    guidance = [
        w
        for w in editor.form.findChildren(QPlainTextEdit)
        if w.accessibleName() == "Marking guidance"
    ]
    assert guidance
    _type(qtbot, guidance[0], "Mentions all four stages.")
    assert q.guidance == "Mentions all four stages."

    assert sorted(q.KIND for q in quiz.questions) == sorted(QUESTION_TYPES)
    # the live preview shows the selected question with its key
    editor.list.setCurrentRow(0)
    text = editor.preview.toPlainText()
    assert "Which gas do plants take in?" in text and "Carbon dioxide" in text and "✓" in text


def test_settings_pool_reorder_remove_and_undo(builder, qtbot) -> None:
    project, quiz, editor = builder
    for kind in ("true_false", "essay", "numeric"):
        editor.add_question(kind)
    editor.passing.setValue(60.0)
    editor.attempts.setValue(2)
    editor.draw.setValue(2)
    editor.shuffle_q.click()
    assert (quiz.passing_score, quiz.attempts, quiz.draw, quiz.shuffle_questions) == (
        60.0,
        2,
        2,
        True,
    )
    assert "2 drawn at random" in editor.summary.text()
    assert "of 3 questions" in editor.pool_label.text()
    editor.list.setCurrentRow(2)
    editor.list.setFocus()
    qtbot.keyClick(
        editor.list,
        Qt.Key.Key_Up,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert [q.KIND for q in quiz.questions] == ["true_false", "numeric", "essay"]
    editor.remove_question()
    assert [q.KIND for q in quiz.questions] == ["true_false", "essay"]
    assert editor.list.count() == 2
    project.stack.undo()
    project.stack.undo()
    assert [q.KIND for q in quiz.questions] == ["true_false", "essay", "numeric"]
    project.stack.undo()  # shuffle
    assert not editor.shuffle_q.isChecked()
    project.stack.undo()
    assert editor.draw.value() == 0
    _type(qtbot, editor.title, " quiz")
    assert quiz.title == "Check quiz"


def test_the_sample_quiz_opens_with_every_kind(tmp_project, qtbot) -> None:
    from studio.sample_content import full_quiz

    block = QuizBlock(quiz=full_quiz())
    editor = create_editor(tmp_project, block)
    qtbot.addWidget(editor)
    for row in range(len(block.quiz.questions)):
        editor.list.setCurrentRow(row)
        assert editor.form is not None and editor.form.question is block.quiz.questions[row]
        assert "Question" in editor.preview.toPlainText()
    assert not tmp_project.stack.dirty
