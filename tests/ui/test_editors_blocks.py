"""Block and lesson editors, chapters, and the recorder and narrated-slides panels, for real."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.media.media_blocks import add_media
from studio.model import (
    AttachmentBlock,
    AudioBlock,
    DiscussionBlock,
    ImageBlock,
    Lesson,
    LinkBlock,
    Module,
    QuizBlock,
    TextBlock,
    VideoBlock,
)
from studio.ui.editors import create_editor
from studio.ui.qt import QWidget
from tests.media_fixtures import espeak_wav, make_image, make_video

pytestmark = pytest.mark.qt


def _lesson(project, *blocks) -> Lesson:
    lesson = Lesson(title="Lesson one", blocks=list(blocks))
    project.course.modules = [Module(lessons=[lesson])]
    return lesson


def test_every_block_kind_and_a_lesson_get_an_editor(tmp_project, qtbot) -> None:
    blocks = [
        TextBlock(), VideoBlock(), AudioBlock(), ImageBlock(), QuizBlock(),
        AttachmentBlock(), LinkBlock(), DiscussionBlock(),
    ]  # fmt: skip
    lesson = _lesson(tmp_project, *blocks)
    for item in [*blocks, lesson]:
        editor = create_editor(tmp_project, item)
        assert isinstance(editor, QWidget), item
        qtbot.addWidget(editor)
    assert create_editor(tmp_project, tmp_project.course) is None
    assert not tmp_project.stack.dirty  # opening editors changes nothing


def test_image_alt_text_required_unless_decorative(tmp_project, qtbot, tmp_path) -> None:
    asset = add_media(tmp_project, make_image(tmp_path / "d.png"))
    block = ImageBlock(asset=asset.id)
    _lesson(tmp_project, block)
    editor = create_editor(tmp_project, block)
    qtbot.addWidget(editor)
    assert "required" in editor.alt_warning.text()
    assert editor.preview.pixmap() is not None and not editor.preview.pixmap().isNull()
    editor.alt.setFocus()
    qtbot.keyClicks(editor.alt, "A diagram")
    assert block.alt == "A diagram" and editor.alt_warning.text() == ""
    tmp_project.stack.undo()
    assert block.alt == "" and editor.alt.text() == ""
    editor.decorative.click()
    assert block.decorative and editor.alt_warning.text() == "" and not editor.alt.isEnabled()
    qtbot.keyClicks(editor.caption, "The cycle")
    assert block.caption == "The cycle"


def test_link_attachment_discussion_editors(tmp_project, qtbot) -> None:
    link, attachment, discussion = LinkBlock(), AttachmentBlock(), DiscussionBlock()
    _lesson(tmp_project, link, attachment, discussion)
    editor = create_editor(tmp_project, link)
    qtbot.addWidget(editor)
    qtbot.keyClicks(editor.url, "javascript:alert(1)")
    assert "http" in editor.url_warning.text()
    editor.url.clear()
    qtbot.keyClicks(editor.url, "https://example.org")
    assert link.url == "https://example.org" and editor.url_warning.text() == ""
    editor = create_editor(tmp_project, attachment)
    qtbot.addWidget(editor)
    qtbot.keyClicks(editor.title, "Worksheet")
    assert attachment.title == "Worksheet"
    editor = create_editor(tmp_project, discussion)
    qtbot.addWidget(editor)
    editor.prompt.text.setFocus()
    qtbot.keyClicks(editor.prompt.text, "What did you notice?")
    assert discussion.prompt == "<p>What did you notice?</p>"


def test_video_editor_chapters_and_details(tmp_project, qtbot, tmp_path) -> None:
    asset = add_media(tmp_project, make_video(tmp_path / "v.mp4", 2.0))
    block = VideoBlock(asset=asset.id, title="Lecture")
    _lesson(tmp_project, block)
    editor = create_editor(tmp_project, block)
    qtbot.addWidget(editor)
    assert editor.media_label.text() == "v.mp4"
    chapters = editor.chapters
    chapters.add_chapter(1.5, "Second part")
    chapters.add_chapter(0.0, "Start")
    assert [(c.start, c.title) for c in block.chapters] == [(0.0, "Start"), (1.5, "Second part")]
    chapters.table.item(1, 1).setText("Part two")
    assert block.chapters[1].title == "Part two"
    chapters.table.item(1, 0).setText("0:00.500")
    assert block.chapters[1].start == 0.5
    tmp_project.stack.undo()
    tmp_project.stack.undo()
    assert [(c.start, c.title) for c in block.chapters] == [(0.0, "Start"), (1.5, "Second part")]
    assert chapters.table.item(1, 1).text() == "Second part"
    chapters.remove_chapter(0)
    assert len(block.chapters) == 1 and chapters.table.rowCount() == 1


def test_lesson_editor_renames(tmp_project, qtbot) -> None:
    lesson = _lesson(tmp_project, TextBlock(), TextBlock())
    editor = create_editor(tmp_project, lesson)
    qtbot.addWidget(editor)
    assert "Page: 2" in editor.summary.text()
    editor.title.selectAll()
    qtbot.keyClicks(editor.title, "Water")
    assert lesson.title == "Water"
    tmp_project.stack.undo()
    assert editor.title.text() == "Lesson one"


@pytest.fixture(scope="module")
def speech(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return espeak_wav(tmp_path_factory.mktemp("speech") / "s.wav", "The water cycle never stops.")


@pytest.mark.slow
def test_recorder_panel_records_and_adds_a_video_block(tmp_project, qtbot, speech) -> None:
    from studio.ui.jobs import JobRunner

    lesson = _lesson(tmp_project)
    editor = create_editor(tmp_project, lesson, runner=JobRunner())
    qtbot.addWidget(editor)
    panel = editor.open_recorder()
    assert panel.screen_box.count() >= 2  # "(off)" and the offscreen screen
    assert panel.screen_box.currentData() == 0
    panel.countdown.setValue(1)
    shown: list[int] = []
    panel.meter.valueChanged.connect(shown.append)
    assert panel.start(audio_file=speech)
    qtbot.waitUntil(lambda: panel.recorder.state == "recording", timeout=5000)
    assert not panel.record_button.isEnabled() and panel.stop_button.isEnabled()
    qtbot.waitUntil(lambda: panel.recorder.elapsed >= 1.0, timeout=10000)
    panel.add_marker("Key idea")
    assert panel.markers.count() == 1
    qtbot.waitUntil(lambda: panel.recorder.elapsed >= 2.0, timeout=10000)
    assert max(shown) > 5  # the meter moved with the speech (it is back at 0 in the silence)
    with qtbot.waitSignal(panel.block_added, timeout=120_000) as added:
        panel.stop_button.click()
    block = added.args[0]
    assert isinstance(block, VideoBlock) and lesson.blocks == [block]
    assert "Key idea" in [c.title for c in block.chapters]
    tmp_project.stack.undo()
    assert lesson.blocks == []


@pytest.mark.slow
def test_slides_panel_narration_and_compose(tmp_project, qtbot, tmp_path, speech) -> None:
    from studio.ui.jobs import JobRunner

    slides = [
        ImageBlock(
            asset=add_media(tmp_project, make_image(tmp_path / f"s{n}.png", f"Slide {n}")).id,
            alt=f"Slide {n}", narration=f"Narration {n}.",
        )
        for n in (1, 2)
    ]  # fmt: skip
    lesson = _lesson(tmp_project, *slides)
    editor = create_editor(tmp_project, lesson, runner=JobRunner())
    qtbot.addWidget(editor)
    panel = editor.open_slides()
    assert panel.list.count() == 2 and "0 of 2" in panel.message.text()
    panel.list.setCurrentRow(0)
    panel.set_narration(speech)
    assert slides[0].narration_audio is not None and "1 of 2" in panel.message.text()
    panel.list.setCurrentRow(1)  # record the second slide's narration (speech fed as a mic)
    assert panel.record(audio_file=speech)
    recorder = panel.recorder
    qtbot.waitUntil(lambda: recorder.state == "recording", timeout=5000)
    qtbot.waitUntil(lambda: recorder.elapsed >= 1.5, timeout=10000)
    panel.stop_button.click()
    qtbot.waitUntil(lambda: slides[1].narration_audio is not None, timeout=60_000)
    assert "2 of 2" in panel.message.text()
    assert tmp_project.course.media[slides[1].narration_audio].is_audio
    with qtbot.waitSignal(panel.video_added, timeout=180_000) as added:
        panel.compose_button.click()
    video = added.args[0]
    assert lesson.blocks[-1] is video and len(video.chapters) == 2
    assert video.transcript == "Narration 1.\n\nNarration 2."
    assert tmp_project.media_path(video.asset).is_file()
    tmp_project.stack.undo()
    assert video not in lesson.blocks


def test_a_deleted_editor_stops_listening(tmp_project, qtbot) -> None:
    """The shell replaces editors on selection: a deleted one must not be refreshed."""
    from studio.course_ops import set_field
    from studio.sample_content import full_quiz
    from studio.ui.qt import QApplication, QCoreApplication, QEvent

    block = TextBlock(html="<p>One</p>")
    lesson = _lesson(tmp_project, block, QuizBlock(quiz=full_quiz()), VideoBlock())
    listeners = len(tmp_project.stack._listeners)
    for item in lesson.blocks:
        editor = create_editor(tmp_project, item)
        assert len(tmp_project.stack._listeners) > listeners
        editor.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
        assert len(tmp_project.stack._listeners) == listeners, item
    set_field(tmp_project.stack, lesson, "title", "Renamed")  # no refresh of a dead widget
    tmp_project.stack.undo()


def test_undo_keys_in_a_field_undo_the_project(tmp_project, qtbot) -> None:
    """Ctrl+Z in an editor's text field goes to the window's Undo (the project stack)."""
    from studio.ui.qt import QAction, QKeySequence, QMainWindow, Qt

    link = LinkBlock(title="Old")
    _lesson(tmp_project, link)
    window = QMainWindow()
    qtbot.addWidget(window)
    fired: list[str] = []
    undo = QAction("Undo", window)
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    undo.triggered.connect(lambda: (fired.append("undo"), tmp_project.stack.undo()))
    window.addAction(undo)
    editor = create_editor(tmp_project, link)
    window.setCentralWidget(editor)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    editor.title.setFocus()
    qtbot.keyClicks(editor.title, " title")
    assert link.title == "Old title"
    qtbot.keyClick(editor.title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert fired == ["undo"] and link.title == "Old" and editor.title.text() == "Old"
    # On its own (no window action), the key press undoes the project directly.
    alone = create_editor(tmp_project, link)
    qtbot.addWidget(alone)
    alone.show()
    alone.url.setFocus()
    qtbot.keyClicks(alone.url, "https://example.org")
    qtbot.keyClick(alone.url, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert link.url == ""
    qtbot.keyClick(
        alone.url,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert link.url == "https://example.org"


def test_chapters_from_pauses_and_transcript_from_captions(tmp_project, qtbot) -> None:
    from studio.model import CaptionTrack, Cue

    cues = [Cue(0.0, 2.0, "Welcome to the course."), Cue(2.2, 4.0, "Today: water.")]
    cues += [Cue(40.0, 42.0, "Part two starts here."), Cue(42.1, 44.0, "Clouds form.")]
    block = VideoBlock(title="Lecture", tracks=[CaptionTrack(cues=cues)])
    _lesson(tmp_project, block)
    editor = create_editor(tmp_project, block)
    qtbot.addWidget(editor)
    assert editor.chapters.chapters_from_pauses()
    assert [c.start for c in block.chapters] == [0.0, 40.0]
    assert block.chapters[1].title.startswith("Part two")
    assert editor.chapters.table.rowCount() == 2
    assert editor.transcript_from_captions()
    assert "Welcome to the course." in block.transcript and "Clouds form." in block.transcript
    assert "\n\n" in block.transcript  # a paragraph at the long pause
    tmp_project.stack.undo()
    assert block.transcript == ""
    tmp_project.stack.undo()
    assert block.chapters == []


@pytest.mark.slow
def test_recorder_panel_finishes_an_interrupted_take(tmp_project, qtbot, speech) -> None:
    """Segments left on disk (the app died before adding them) are offered and added."""
    from studio.media.recorder import Recorder
    from studio.media.takes import new_take_folder
    from studio.ui.jobs import JobRunner

    lesson = _lesson(tmp_project)
    recorder = Recorder(new_take_folder(tmp_project.folder), audio_file=speech)
    recorder.start()
    qtbot.waitUntil(lambda: recorder.state == "recording", timeout=5000)
    qtbot.waitUntil(lambda: recorder.elapsed >= 1.0, timeout=10000)
    with qtbot.waitSignal(recorder.finished, timeout=10000):
        recorder.stop()  # ... and nothing adds it: as after a crash
    editor = create_editor(tmp_project, lesson, runner=JobRunner())
    qtbot.addWidget(editor)
    panel = editor.open_recorder()
    assert len(panel.unfinished()) == 1
    assert "interrupted" in panel.recover_label.text() and not panel.recover_button.isHidden()
    with qtbot.waitSignal(panel.block_added, timeout=60_000) as added:
        panel.recover_button.click()
    assert isinstance(added.args[0], AudioBlock) and lesson.blocks == [added.args[0]]
    qtbot.waitUntil(lambda: panel.recover_button.isHidden(), timeout=5000)
    assert panel.unfinished() == []
