"""The caption editor: edit cues through the real widgets, undo/redo, warnings, playback sync."""

from __future__ import annotations

import pytest

from studio.media.media_blocks import add_media
from studio.model import CaptionTrack, Cue, Lesson, Module, VideoBlock
from studio.ui.editors.caption_editor import CaptionEditor
from studio.ui.editors.caption_model import COL_END, COL_ISSUES, COL_START, COL_TEXT
from studio.ui.qt import Qt

pytestmark = pytest.mark.qt


@pytest.fixture
def captions(tmp_project, qtbot):
    track = CaptionTrack(
        cues=[
            Cue(0.0, 2.0, "Welcome to the lecture."),
            Cue(2.5, 5.0, "Water is always moving between the oceans and the air."),
            Cue(5.5, 6.0, "This caption is far too fast to read in half a second."),
            Cue(7.0, 9.0, "The end."),
        ]
    )
    block = VideoBlock(title="Lecture", tracks=[track])
    tmp_project.course.modules = [Module(lessons=[Lesson(blocks=[block])])]
    editor = CaptionEditor(tmp_project, block)
    qtbot.addWidget(editor)
    editor.resize(900, 600)
    editor.show()
    return tmp_project, track, editor


def test_edit_text_by_typing_is_one_undo_step(captions, qtbot) -> None:
    project, track, editor = captions
    editor.select_row(0)
    box = editor.detail.text
    box.setFocus()
    box.moveCursor(box.textCursor().MoveOperation.End)
    qtbot.keyClicks(box, " Hello")
    assert track.cues[0].text == "Welcome to the lecture. Hello"
    assert editor.model.data(editor.model.index(0, COL_TEXT)) == "Welcome to the lecture. Hello"
    assert project.stack.dirty
    project.stack.undo()
    assert track.cues[0].text == "Welcome to the lecture."
    assert box.toPlainText() == "Welcome to the lecture."
    project.stack.redo()
    assert track.cues[0].text == "Welcome to the lecture. Hello"


def test_edit_cells_in_the_table(captions, qtbot) -> None:
    project, track, editor = captions
    model = editor.model
    assert model.setData(model.index(3, COL_TEXT), "The end | of the lecture.")
    assert track.cues[3].text == "The end\nof the lecture."
    assert model.setData(model.index(3, COL_START), "0:07.200")
    assert model.setData(model.index(3, COL_END), "9.5")
    assert (track.cues[3].start, track.cues[3].end) == (7.2, 9.5)
    errors: list[str] = []
    model.error.connect(errors.append)
    assert not model.setData(model.index(3, COL_END), "5")  # before the start: refused
    assert errors and "end after it starts" in errors[0]
    assert track.cues[3].end == 9.5
    project.stack.undo()
    project.stack.undo()
    assert (track.cues[3].start, track.cues[3].end) == (7.0, 9.0)


def test_timing_with_spin_boxes_and_keyboard(captions, qtbot) -> None:
    project, track, editor = captions
    editor.select_row(1)
    editor.table.setFocus()
    editor.detail.end.setValue(5.25)
    assert track.cues[1].end == 5.25
    qtbot.keyClick(editor.table, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert track.cues[1].start == pytest.approx(2.6)
    qtbot.keyClick(editor.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert editor.current_row() == 2
    editor.set_playhead(5.7)
    editor.set_from_playhead("end")
    assert track.cues[2].end == pytest.approx(5.7)


def test_split_merge_shift_and_undo(captions, qtbot) -> None:
    project, track, editor = captions
    editor.select_row(1)
    qtbot.keyClick(
        editor.table,
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert len(track.cues) == 5
    assert f"{track.cues[1].text} {track.cues[2].text}" == (
        "Water is always moving between the oceans and the air."
    )
    assert track.cues[1].end == track.cues[2].start  # time shared at the cut
    assert editor.model.rowCount() == 5
    editor.select_row(1)
    editor.merge()
    assert len(track.cues) == 4
    assert " ".join(track.cues[1].text.split()) == (
        "Water is always moving between the oceans and the air."
    )
    editor.table.clearSelection()
    editor.shift(1.0, rows=[2, 3])
    assert [c.start for c in track.cues] == [0.0, 2.5, 6.5, 8.0]
    project.stack.undo()  # shift
    project.stack.undo()  # merge
    project.stack.undo()  # split
    assert [c.text for c in track.cues][1] == (
        "Water is always moving between the oceans and the air."
    )
    assert editor.model.rowCount() == 4
    from studio.captions.quality import check_cues

    def full() -> set[tuple[int, str]]:
        return {(i.index, i.kind) for i in check_cues(track.cues, editor.model.profile)}

    def shown() -> set[tuple[int, str]]:
        return {(i.index, i.kind) for v in editor.model.issues.values() for i in v}

    assert shown() == full()  # warnings re-used from the cache after undo are right
    assert editor.model.issue_count() == len(check_cues(track.cues, editor.model.profile))
    project.stack.redo()
    assert shown() == full()
    project.stack.undo()
    editor.select_row(3)
    editor.delete_cue()
    assert len(track.cues) == 3
    editor.insert_cue()
    assert len(track.cues) == 4 and track.cues[3].text == ""


def test_quality_warnings_show_inline_with_fixes(captions, qtbot) -> None:
    project, track, editor = captions
    model = editor.model
    assert model.data(model.index(2, COL_ISSUES)).startswith("⚠")
    assert model.data(model.index(0, COL_ISSUES)) == ""
    editor.select_row(2)
    assert "characters a second" in editor.detail.warnings.text()
    assert "fix" in editor.detail.warnings.text()
    assert "warnings" in editor.status.text()
    # Fix it: shorter text, more time; the row is re-checked on each edit.
    assert model.setData(model.index(2, COL_TEXT), "Far too fast.")
    assert model.setData(model.index(2, COL_END), "6.9")
    editor.select_row(2)
    assert editor.detail.warnings.text() == "none"
    assert model.data(model.index(2, COL_ISSUES)) == ""
    # The incremental re-check agrees with a full check of the track.
    from studio.captions.quality import check_cues

    full = {(i.index, i.kind) for i in check_cues(track.cues, model.profile)}
    assert {(i.index, i.kind) for v in model.issues.values() for i in v} == full
    assert model.issue_count() == len(check_cues(track.cues, model.profile))


def test_mark_reviewed_and_undo(captions, qtbot) -> None:
    project, track, editor = captions
    assert not editor.reviewed_box.isChecked()
    editor.reviewed_box.click()
    assert track.review == "reviewed"
    assert "reviewed" in editor.track_box.currentText()
    project.stack.undo()
    assert track.review == "auto-generated"
    assert not editor.reviewed_box.isChecked()
    qtbot.keyClick(
        editor.table,
        Qt.Key.Key_R,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert track.reviewed


def test_playback_sync_highlights_and_click_seeks(captions, qtbot) -> None:
    project, track, editor = captions
    editor.set_playhead(3.0)
    assert editor.model.current_row == 1
    assert editor.model.data(editor.model.index(1, COL_TEXT), Qt.ItemDataRole.FontRole).bold()
    editor.set_playhead(2.2)  # between cues
    assert editor.model.current_row == -1
    with qtbot.waitSignal(editor.seek_requested) as seek:
        rect = editor.table.visualRect(editor.model.index(3, COL_TEXT))
        qtbot.mouseClick(editor.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert seek.args == [7.0]


def test_import_vtt_adds_a_track(captions, tmp_path) -> None:
    project, track, editor = captions
    vtt = tmp_path / "fr.vtt"
    vtt.write_text("WEBVTT\n\n00:00.000 --> 00:01.500\nBonjour.\n", encoding="utf-8")
    editor.import_file(vtt)
    block = editor.block
    assert len(block.tracks) == 2 and block.tracks[1].cues[0].text == "Bonjour."
    assert editor.model.track is block.tracks[1]
    project.stack.undo()
    assert len(block.tracks) == 1
    assert editor.model.track is track


@pytest.mark.slow
@pytest.mark.whisper
def test_caption_with_whisper_button_runs_the_pipeline_as_a_job(tmp_project, qtbot, tmp_path):
    from studio.model import AudioBlock
    from studio.ui.editors import create_editor
    from studio.ui.jobs import JobRunner
    from tests.media_fixtures import espeak_wav

    speech = espeak_wav(tmp_path / "speech.wav", "Water is always moving. The sun warms the sea.")
    asset = add_media(tmp_project, speech)
    block = AudioBlock(asset=asset.id, title="Talk")
    tmp_project.course.modules = [Module(lessons=[Lesson(blocks=[block])])]
    runner = JobRunner()
    editor = create_editor(tmp_project, block, runner=runner)
    qtbot.addWidget(editor)
    captions = editor.captions
    assert "No captions yet" in captions.status.text()
    with qtbot.waitSignal(captions.captioning_finished, timeout=240_000) as done:
        qtbot.mouseClick(captions.whisper_button, Qt.MouseButton.LeftButton)
        assert captions.job in runner.jobs and captions.job.running  # off the GUI thread, listed
    track = done.args[0]
    assert track is not None, captions.status.text()
    assert block.tracks == [track] and track.review == "auto-generated"
    words = " ".join(c.text for c in track.cues).lower()
    assert "always moving" in words and "sun" in words
    assert captions.model.rowCount() == len(track.cues)
    tmp_project.stack.undo()  # the whole captioning is one undo step
    assert block.tracks == []


def test_whisper_menu_lists_installed_models_and_languages(captions) -> None:
    from studio.ui.editors.caption_panel import _fill_whisper_menu
    from studio.ui.qt import QMenu

    project, track, editor = captions
    menu = QMenu(editor)
    _fill_whisper_menu(editor, menu)
    labels = [a.text() for a in menu.actions()]
    assert any(label.startswith("tiny.en") for label in labels), labels
    detect = next(a for a in menu.actions() if a.text() == "Detect the language")
    detect.trigger()
    assert editor.whisper_language is None and editor.whisper_task == "transcribe"


def test_find_and_replace_in_all_tracks(captions, qtbot) -> None:
    project, track, editor = captions
    qtbot.keyClicks(editor.find_box, "water")
    qtbot.keyClicks(editor.replace_box, "Water")
    assert editor.replace_all(editor.find_box.text(), editor.replace_box.text()) == 1
    assert track.cues[1].text.startswith("Water is always moving")
    assert "1 replaced" in editor.status.text()
    assert editor.replace_all("", "x") == 0 and "nothing to find" in editor.status.text()
    project.stack.undo()
    assert editor.model.rowCount() == 4
