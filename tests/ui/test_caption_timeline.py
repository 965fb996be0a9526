"""The video editor's timeline, poster and caption overlay, with real media and real
mouse and key events: drag a cue edge (one undo step, snapping), seek keys, next
problem, markers, non-black poster before play, the current cue over the video."""

from __future__ import annotations

import pytest

from studio.media.media_blocks import add_media
from studio.model import AudioBlock, CaptionTrack, Cue, Lesson, Module, VideoBlock
from studio.ui.editors.timeline import SNAP_PX, TimelineMarker
from studio.ui.editors.video_editor import MediaBlockEditor
from studio.ui.qt import QPoint, Qt
from tests.media.test_waveform_poster import fade_in_video

pytestmark = pytest.mark.qt


@pytest.fixture
def editor(tmp_project, tmp_path, qtbot):
    asset = add_media(tmp_project, fade_in_video(tmp_path / "lecture.mp4"))
    track = CaptionTrack(cues=[
        Cue(0.0, 1.0, "Welcome."),
        Cue(1.5, 2.5, "Water moves."),
        Cue(2.6, 2.9, "This caption is far too fast to read in a third of a second."),
    ])
    block = VideoBlock(title="Lecture", asset=asset.id, tracks=[track])
    tmp_project.course.modules = [Module(lessons=[Lesson(blocks=[block])])]
    tmp_project.stack.checkpoint()
    widget = MediaBlockEditor(tmp_project, block)
    qtbot.addWidget(widget)
    widget.resize(1000, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return tmp_project, track, widget


def _drag(qtbot, timeline, start: QPoint, end: QPoint) -> None:
    qtbot.mousePress(timeline, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):  # a real drag moves through the points between
        qtbot.mouseMove(timeline, start + (end - start) * step / 5)
    qtbot.mouseRelease(timeline, Qt.MouseButton.LeftButton, pos=end)


def test_dragging_a_cue_edge_retimes_it_in_one_undo_step(editor, qtbot) -> None:
    project, track, widget = editor
    timeline = widget.timeline
    timeline.set_zoom(160.0)
    y = timeline.cue_band()[0] + 10
    steps = len(project.stack._done)
    # the end of cue 2 (2.5 s) dragged 0.2 s later (well away from any neighbour)
    _drag(qtbot, timeline, QPoint(timeline.x_of(2.5), y), QPoint(timeline.x_of(2.3), y))
    assert track.cues[1].end == pytest.approx(2.3, abs=0.01)
    assert len(project.stack._done) == steps + 1  # one command for the whole drag
    project.stack.undo()
    assert track.cues[1].end == 2.5
    # the start of cue 2 dragged near the end of cue 1 snaps onto it
    near = timeline.x_of(1.0) + SNAP_PX - 3
    _drag(qtbot, timeline, QPoint(timeline.x_of(1.5), y), QPoint(near, y))
    assert track.cues[1].start == 1.0
    # the body moves the whole cue
    project.stack.undo()
    _drag(qtbot, timeline, QPoint(timeline.x_of(2.0), y), QPoint(timeline.x_of(1.8), y))
    assert (track.cues[1].start, track.cues[1].end) == pytest.approx((1.3, 2.3), abs=0.01)


def test_the_waveform_is_drawn_from_the_media(tmp_project, tmp_path, qtbot) -> None:
    from tests.media.test_waveform_poster import tone_burst

    asset = add_media(tmp_project, tone_burst(tmp_path / "talk.wav"))
    block = AudioBlock(title="Talk", asset=asset.id, tracks=[CaptionTrack()])
    tmp_project.course.modules = [Module(lessons=[Lesson(blocks=[block])])]
    widget = MediaBlockEditor(tmp_project, block)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.timeline.peaks is not None, timeout=20_000)
    peaks = widget.timeline.peaks
    assert len(peaks) == pytest.approx(400, abs=2)  # 4 s at 100 peaks a second
    assert peaks[150:200].min() > 0.5 and peaks[:140].max() < 0.01


def test_the_poster_shows_before_play_and_the_cue_is_drawn_over_the_video(editor, qtbot) -> None:
    _project, _track, widget = editor
    view = widget.player.video
    qtbot.waitUntil(lambda: view.poster is not None, timeout=20_000)
    image = view.grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 9)
               for y in range(0, image.height(), 9)}
    assert len(colours) > 10, "the preview is black before play"
    widget._position(1800)  # 1.8 s: inside cue 2
    assert view.caption_item.isVisible() and view.caption_text == "Water moves."
    widget._position(1200)  # between cues: nothing shown
    assert not view.caption_item.isVisible()


def test_use_this_frame_as_poster_is_one_undo_step(editor, qtbot) -> None:
    project, _track, widget = editor
    block = widget.block
    job = widget.use_frame_as_poster(2.0)
    qtbot.waitUntil(lambda: not job.running, timeout=20_000)
    qtbot.waitUntil(lambda: block.poster is not None)
    assert project.course.media[block.poster].mime == "image/jpeg"
    project.stack.undo()
    assert block.poster is None and len(project.course.media) == 1


def test_seek_keys_and_next_problem(editor, qtbot) -> None:
    _project, _track, widget = editor
    seeks: list[float] = []
    widget.captions.seek_by_requested.connect(seeks.append)
    widget.captions.table.setFocus()
    for keys in ("Ctrl+L", "Ctrl+J", "Ctrl+Shift+L", "Ctrl+Shift+J"):
        key, _, mods = keys.rpartition("+")[2], None, keys
        modifiers = Qt.KeyboardModifier.ControlModifier
        if "Shift" in mods:
            modifiers |= Qt.KeyboardModifier.ShiftModifier
        qtbot.keyClick(widget.captions.table, getattr(Qt.Key, f"Key_{key}"), modifiers)
    assert seeks == [1.0, -1.0, 5.0, -5.0]
    widget.captions.select_row(0)
    qtbot.keyClick(widget.captions.table, Qt.Key.Key_F8)
    assert widget.captions.current_row() == 2  # the too-fast caption
    qtbot.keyClick(widget.captions.table, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert widget.captions.current_row() == 2  # the only problem: wraps to itself


def test_markers_are_drawn_and_activated(editor, qtbot) -> None:
    from studio.commands import InsertItem
    from studio.model.blocks import TimedQuestion

    project, _track, widget = editor
    timeline = widget.timeline
    hit: list[object] = []
    timeline.marker_activated.connect(hit.append)
    timeline.set_markers([TimelineMarker(2.0, "Question 1", key="q1")])
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=QPoint(timeline.x_of(2.0), 4))
    assert hit == ["q1"]
    # the video's timed questions (issue 18) show as markers; a click opens the question
    timed = TimedQuestion(time=1.2)
    project.stack.push(InsertItem(widget.block.timed_questions, None, timed, "Add question"))
    assert [m.key for m in timeline.markers] == [timed]
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=QPoint(timeline.x_of(1.2), 4))
    assert widget.tabs.currentWidget() is widget.timed


def test_the_help_menu_lists_every_shortcut(qtbot, tmp_path) -> None:
    from studio.ui.main_window import MainWindow
    from studio.ui.shortcuts_dialog import shortcut_rows
    from tests.ui.shell_helpers import close_clean, isolated_settings

    win = MainWindow(isolated_settings(tmp_path))
    try:
        win.actions_.shortcuts.trigger()
        dialog = win.actions_.shortcuts_dialog
        texts = {dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())}
        assert {"Back 1 s", "Forward 5 s", "Next problem (warning or spelling)", "Undo",
                "Export"} <= texts
        assert len(shortcut_rows(win)) == dialog.table.rowCount()
        help_menu = next(a.menu() for a in win.menuBar().actions() if a.text() == "&Help")
        assert win.actions_.shortcuts in help_menu.actions()
    finally:
        close_clean(win)
