"""The caption editor shows word confidence (low words marked where the reviewer looks) and
the departures from the script, with a Script/Speech choice per span (undoable)."""

from __future__ import annotations

import pytest

from studio.captions.align import align_script
from studio.captions.shaping import Word, shape_track
from studio.media.media_blocks import add_media
from studio.model import CaptionTrack, Lesson, Module, VideoBlock
from studio.model.captions import Cue, CueWord
from studio.ui.editors.caption_editor import CaptionEditor
from studio.ui.editors.caption_model import COL_TEXT, LOW_WORDS_ROLE
from studio.ui.qt import QColor, Qt

pytestmark = pytest.mark.qt

SCRIPT = "Welcome back to the course. First, the slides. Then the quiz at the end of the lesson."


def _spoken(text: str, start: float, prob: float = 0.95) -> list[Word]:
    return [
        Word(round(start + 0.4 * k, 3), round(start + 0.4 * k + 0.3, 3), " " + token, prob)
        for k, token in enumerate(text.split())
    ]


def _editor(tmp_project, qtbot, track: CaptionTrack) -> CaptionEditor:
    block = VideoBlock(title="Lecture", tracks=[track])
    tmp_project.course.modules = [Module(lessons=[Lesson(blocks=[block])])]
    editor = CaptionEditor(tmp_project, block)
    qtbot.addWidget(editor)
    editor.resize(900, 600)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def _amber_pixels(editor: CaptionEditor, row: int) -> int:
    rect = editor.table.visualRect(editor.model.index(row, COL_TEXT))
    image = editor.table.viewport().grab(rect).toImage()
    count = 0
    for x in range(0, image.width(), 2):
        for y in range(0, image.height(), 2):
            c = QColor(image.pixel(x, y))
            if c.red() > 230 and 190 < c.green() < 230 and c.blue() < 120:
                count += 1
    return count


def test_low_confidence_words_are_marked_in_the_table(tmp_project, qtbot) -> None:
    words = [
        CueWord(0.0, 0.4, "The", 0.97),
        CueWord(0.4, 0.9, " analytical", 0.31),
        CueWord(0.9, 1.4, " engine", 0.92),
    ]
    sure = [CueWord(2.0, 2.4, "Ada", 0.99), CueWord(2.4, 3.0, " Lovelace.", 0.98)]
    track = CaptionTrack(
        cues=[Cue(0.0, 1.8, "The analytical engine", words), Cue(2.0, 3.5, "Ada Lovelace.", sure)]
    )
    editor = _editor(tmp_project, qtbot, track)
    model = editor.model
    first, second = model.index(0, COL_TEXT), model.index(1, COL_TEXT)
    assert model.data(first, LOW_WORDS_ROLE) == [(4, 14)]  # "analytical"
    assert model.data(second, LOW_WORDS_ROLE) is None
    tip = model.data(first, Qt.ItemDataRole.ToolTipRole)
    assert "Listen here first — low confidence: analytical (31%)" in tip
    assert "The 97% analytical 31% engine 92%" in tip
    assert "low confidence: analytical" in model.data(first, Qt.ItemDataRole.AccessibleTextRole)
    # The mark is painted: amber under the word in the first row, none in the second.
    qtbot.waitUntil(lambda: _amber_pixels(editor, 0) > 20)
    assert _amber_pixels(editor, 1) == 0
    # An edit that removes the word removes its mark (the other words keep theirs).
    editor.edit_text(0, "The engine")
    assert model.data(model.index(0, COL_TEXT), LOW_WORDS_ROLE) is None


def _script_track() -> CaptionTrack:
    heard = _spoken("welcome back to the course", 0.0) + _spoken(
        "oh and before I forget the exam is on Friday", 2.2
    ) + _spoken("then the quiz at the end of the lesson", 7.0)
    result = align_script(SCRIPT, heard)
    shaped = shape_track(result.words, "netflix")
    return CaptionTrack(cues=shaped.cues, from_script=True, departures=result.departures)


def test_departures_panel_chooses_script_or_speech(tmp_project, qtbot) -> None:
    track = _script_track()
    (departure,) = track.departures
    editor = _editor(tmp_project, qtbot, track)
    panel = editor.departures
    assert panel.isVisible() and panel.table.rowCount() == 1
    assert panel.table.item(0, 2).text() == "First, the slides."
    assert panel.table.item(0, 3).text() == "oh and before I forget the exam is on Friday"
    assert "from script" in editor.track_box.currentText()
    with qtbot.waitSignal(editor.seek_requested) as seek:
        qtbot.mouseClick(
            panel.table.viewport(),
            Qt.MouseButton.LeftButton,
            pos=panel.table.visualItemRect(panel.table.item(0, 0)).center(),
        )
    assert seek.args == [departure.start]
    combo = panel.table.cellWidget(0, 4)
    combo.setCurrentIndex(1)  # Speech
    text = " ".join(c.text.replace("\n", " ") for c in track.cues)
    assert "the exam is on Friday" in text and "First, the slides." not in text
    assert editor.model.rowCount() == len(track.cues)
    tmp_project.stack.undo()
    assert " ".join(c.text.replace("\n", " ") for c in track.cues) == SCRIPT
    qtbot.waitUntil(lambda: panel.table.cellWidget(0, 4).currentData() == "script")


def test_no_departures_no_panel(tmp_project, qtbot) -> None:
    editor = _editor(tmp_project, qtbot, CaptionTrack(cues=[Cue(0, 1, "Hello.")]))
    assert not editor.departures.isVisible()


@pytest.mark.slow
@pytest.mark.whisper
def test_caption_button_times_the_blocks_script(tmp_project, qtbot, tmp_path) -> None:
    from studio.model import AudioBlock
    from studio.ui.jobs import JobRunner
    from tests.media_fixtures import espeak_wav

    said = "Water is always moving. The sun warms the sea."
    speech = espeak_wav(tmp_path / "speech.wav", said)
    asset = add_media(tmp_project, speech)
    block = AudioBlock(asset=asset.id, title="Talk", transcript="Water is always moving.\n\n"
                       "The Sun warms the sea.")  # fmt: skip
    tmp_project.course.modules = [Module(lessons=[Lesson(blocks=[block])])]
    runner = JobRunner()
    editor = CaptionEditor(tmp_project, block, runner=runner)
    qtbot.addWidget(editor)
    with qtbot.waitSignal(editor.captioning_finished, timeout=240_000) as done:
        editor.caption_with_whisper()
        assert "Timing the script" in editor.status.text()
    track = done.args[0]
    assert track is not None and track.from_script and block.tracks == [track]
    assert " ".join(c.text.replace("\n", " ") for c in track.cues) == (
        "Water is always moving. The Sun warms the sea."
    )
    assert all(w.confidence > 0 for c in track.cues for w in c.words)
