"""The video editor's Questions tab: add a question at the playhead, set its time, require
the right answer, choose where to watch again, edit the question; every step undoes."""

from __future__ import annotations

import pytest

from studio.media.media_blocks import add_media
from studio.model import Lesson, Module, MultipleResponseQuestion, SingleChoiceQuestion, VideoBlock
from studio.model.serialize import course_to_data
from studio.ui.editors import create_editor
from tests.media_fixtures import make_video

pytestmark = pytest.mark.qt


def test_questions_tab_edits_timed_questions(tmp_project, qtbot, tmp_path) -> None:
    asset = add_media(tmp_project, make_video(tmp_path / "v.mp4", 3.0))
    block = VideoBlock(asset=asset.id, title="Lecture")
    tmp_project.course.modules = [Module(lessons=[Lesson(title="L", blocks=[block])])]
    editor = create_editor(tmp_project, block)
    qtbot.addWidget(editor)
    timed_tab = editor.timed
    assert timed_tab is not None and editor.tabs.indexOf(timed_tab) >= 0
    before = course_to_data(tmp_project.course)
    timed_tab.kind_box.setCurrentIndex(timed_tab.kind_box.findData("multiple_response"))
    first = timed_tab.add_question("multiple_response")
    assert isinstance(first.question, MultipleResponseQuestion) and first.time == 0.0
    second = timed_tab.add_question("single_choice")
    timed_tab.select(second)
    timed_tab.time.setText("0:02.500")
    timed_tab.time.editingFinished.emit()
    assert second.time == 2.5
    timed_tab.required.setChecked(True)
    assert second.require_correct
    timed_tab.rewind.setText("0:01.000")
    timed_tab.rewind.editingFinished.emit()
    assert second.rewind_to == 1.0
    form = timed_tab.form_area.widget()
    assert form.question is second.question  # the question's own form, for the selected one
    labels = [timed_tab.list.item(i).text() for i in range(timed_tab.list.count())]
    assert labels[0].startswith("00:00.000") and labels[1].startswith("00:02.500")
    timed_tab.remove_question()
    assert [t.question for t in block.timed_questions] == [first.question]
    while tmp_project.stack.can_undo and course_to_data(tmp_project.course) != before:
        tmp_project.stack.undo()
    assert course_to_data(tmp_project.course) == before and timed_tab.list.count() == 0
    for _ in range(6):
        tmp_project.stack.redo()
    assert len(block.timed_questions) == 1 and isinstance(block.timed_questions[0].question, MultipleResponseQuestion)
    assert not isinstance(block.timed_questions[0].question, SingleChoiceQuestion)
