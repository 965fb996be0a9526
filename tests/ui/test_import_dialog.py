"""Import through the dialog: a GIFT question file and a PowerPoint deck, each one undo step."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.model import ImageBlock, QuizBlock
from studio.project import Project
from studio.ui.import_dialog import ImportDialog
from studio.ui.jobs import DONE, JobRunner
from tests.media.pptx_decks import narrated_deck

pytestmark = pytest.mark.qt

GIFT = """
::Q1:: What makes water evaporate? {=The sun ~The moon ~The wind}

::Q2:: Rain is a form of precipitation. {TRUE}
"""


def run(qtbot, dialog: ImportDialog, path: Path) -> None:
    dialog.path.setText(str(path))
    job = dialog.start_import()
    assert job is not None
    qtbot.waitUntil(lambda: not job.running, timeout=120_000)
    assert job.state == DONE, dialog.report_view.toPlainText()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)


def test_import_gift_questions(qtbot, tmp_project: Project, tmp_path: Path) -> None:
    source = tmp_path / "questions.gift"
    source.write_text(GIFT, encoding="utf-8")
    dialog = ImportDialog(tmp_project, JobRunner())
    qtbot.addWidget(dialog)
    dialog.choose("auto")
    run(qtbot, dialog, source)
    quizzes = [b.quiz for _, _, b in tmp_project.course.quizzes()]
    assert sum(len(q.questions) for q in quizzes) == 2
    assert "2 question" in dialog.report_view.toPlainText()
    tmp_project.stack.undo()
    assert not list(tmp_project.course.quizzes())


def test_import_gift_into_the_selected_quiz(qtbot, tmp_project: Project, tmp_path: Path) -> None:
    from studio import course_ops

    module = course_ops.add_module(tmp_project.stack, tmp_project.course, "M")
    lesson = course_ops.add_lesson(tmp_project.stack, module, "L")
    block = course_ops.add_block(tmp_project.stack, lesson, QuizBlock())
    source = tmp_path / "questions.gift"
    source.write_text(GIFT, encoding="utf-8")
    dialog = ImportDialog(tmp_project, JobRunner(), quiz_block_id=block.id)
    qtbot.addWidget(dialog)
    assert dialog.into_quiz.isChecked()
    dialog.choose("gift")
    run(qtbot, dialog, source)
    assert len(block.quiz.questions) == 2


def test_import_powerpoint_as_narrated_slides(qtbot, tmp_project: Project, tmp_path: Path) -> None:
    deck = narrated_deck(tmp_path / "lecture.pptx", ["First slide notes.", "Second slide notes."])
    dialog = ImportDialog(tmp_project, JobRunner())
    qtbot.addWidget(dialog)
    dialog.choose("pptx")
    run(qtbot, dialog, deck)
    images = [b for _, _, b in tmp_project.course.blocks() if isinstance(b, ImageBlock)]
    assert len(images) == 2
    assert images[0].narration == "First slide notes."
    assert "2 slides" in dialog.report_view.toPlainText()
    tmp_project.stack.undo()
    assert tmp_project.course.modules == []


def test_missing_file_is_reported(qtbot, tmp_project: Project, tmp_path: Path) -> None:
    dialog = ImportDialog(tmp_project, JobRunner())
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "nope.gift"))
    assert dialog.start_import() is None
    assert "nope.gift" in dialog.report_view.toPlainText()


def test_formats_and_file_filters_come_from_the_registry(qtbot, tmp_project: Project) -> None:
    from studio.importers.registry import offered

    dialog = ImportDialog(tmp_project, JobRunner())
    qtbot.addWidget(dialog)
    listed = [dialog.kind.itemData(i) for i in range(dialog.kind.count())]
    assert listed == ["pptx", "auto"] + [s.name for s in offered()]
    every = dialog._filters("auto")
    for spec in offered():
        assert all(f"*{ext}" in every for ext in spec.extensions)
    assert dialog._filters("gift").startswith("Questions and packages (*.gift *.txt)")
