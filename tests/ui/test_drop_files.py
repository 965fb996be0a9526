"""Files dropped from the desktop: real QDropEvents carrying file URLs, onto the outline
(at the drop position) and onto the window. Each drop is one undo step; an unusable
file leaves the course unchanged with a message naming it."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.exporters import get_exporter
from studio.jobs import null_progress
from studio.model import AttachmentBlock, AudioBlock, ImageBlock, QuizBlock, VideoBlock
from studio.model.serialize import course_to_data
from studio.project import Project
from studio.ui.main_window import MainWindow
from studio.ui.qt import (
    QApplication,
    QDragEnterEvent,
    QDropEvent,
    QMimeData,
    QPoint,
    QPointF,
    Qt,
    QUrl,
)
from tests.media.pptx_decks import narrated_deck
from tests.ui.shell_helpers import answer_next_dialog, close_clean, isolated_settings

pytestmark = pytest.mark.qt

GIFT = """::Q1:: Water boils at sea level at {=100 ~90 ~80} degrees Celsius.

::Q2:: Ice floats on water. {T}
"""


@pytest.fixture
def win(qtbot, tmp_path: Path):
    window = MainWindow(isolated_settings(tmp_path))
    window.resize(1100, 700)
    window.show()
    qtbot.waitExposed(window)
    assert window.new_project(tmp_path / "drop.studio", "Drops")
    window.outline.actions_.add_module.trigger()
    window.outline.actions_.add_lesson.trigger()
    window.outline.actions_.add_lesson.trigger()
    window.project.stack.checkpoint()
    yield window
    close_clean(window)


def _mime(paths: list[Path]) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def drop_on(widget, pos: QPoint, paths: list[Path]) -> bool:
    """Drag enter then drop, as the desktop's drag and drop delivers them."""
    mime = _mime(paths)
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(pos, actions, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(QPointF(pos), actions, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)
    return drop.isAccepted()


def drop_on_item(win: MainWindow, ident: str, paths: list[Path]) -> None:
    tree = win.outline
    item = tree.item_for(ident)
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    assert drop_on(tree.viewport(), rect.center(), paths)


def _wait_steps(qtbot, win, before: int) -> None:
    qtbot.waitUntil(lambda: len(win.project.stack._done) == before + 1, timeout=30_000)


def test_media_dropped_on_a_lesson_become_lessons_and_blocks_in_one_step(
    qtbot, win, media_files
) -> None:
    course = win.project.course
    module = course.modules[0]
    first, second = module.lessons
    before = course_to_data(course)
    steps = len(win.project.stack._done)
    drop_on_item(win, first.id, [media_files["video"], media_files["audio"],
                                 media_files["image"]])
    _wait_steps(qtbot, win, steps)
    titles = [lesson.title for lesson in module.lessons]
    # the video and the audio become lessons right after the lesson they were dropped on
    assert titles[0] == first.title and titles[-1] == second.title
    assert [type(b) for b in module.lessons[1].blocks] == [VideoBlock]
    assert [type(b) for b in module.lessons[2].blocks] == [AudioBlock, ImageBlock]
    assert len(course.media) == 3
    win.undo.undo_action.trigger()
    assert course_to_data(course) == before


def test_a_deck_a_quiz_file_and_a_package_dropped_on_the_window(
    qtbot, win, tmp_path, media_files
) -> None:
    course = win.project.course
    deck = narrated_deck(tmp_path / "deck.pptx", ["Clouds form.", "Rain falls."])
    gift = tmp_path / "boiling.gift"
    gift.write_text(GIFT, encoding="utf-8")
    with Project.create(tmp_path / "other.studio", title="Other") as other:
        other.stack.checkpoint()
        from studio.course_ops import add_block, add_lesson, add_module
        from studio.model import TextBlock

        lesson = add_lesson(other.stack, add_module(other.stack, other.course, "Week 9"), "Tides")
        add_block(other.stack, lesson, TextBlock(html="<p>The moon pulls the sea.</p>"))
        package = tmp_path / "other.zip"
        get_exporter("scorm12").export(other.course, other.media_dir, package,
                                       get_exporter("scorm12").options_type(), null_progress())
    before = course_to_data(course)
    steps = len(win.project.stack._done)
    pdf = tmp_path / "worksheet.pdf"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    assert drop_on(win, QPoint(600, 300), [deck, gift, package, pdf])
    _wait_steps(qtbot, win, steps)
    text = str(course_to_data(course))
    assert "Clouds form." in text  # the deck's narration
    assert any(isinstance(b, QuizBlock) and len(b.quiz.questions) == 2
               for _, _, b in course.blocks())
    assert "The moon pulls the sea." in text
    assert any(isinstance(b, AttachmentBlock) and b.title == "worksheet.pdf"
               for _, _, b in course.blocks())
    win.undo.undo_action.trigger()
    assert course_to_data(course) == before


def test_an_unusable_file_changes_nothing_and_is_named(qtbot, win, tmp_path, media_files) -> None:
    course = win.project.course
    bad = tmp_path / "notes.xyz"
    bad.write_bytes(b"\x00\x01 not anything Studio reads")
    before = course_to_data(course)
    steps = len(win.project.stack._done)
    seen: list[str] = []
    answer_next_dialog("OK", seen)
    job = win.drops.drop([media_files["image"], bad])
    qtbot.waitUntil(lambda: not job.running, timeout=30_000)
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert "notes.xyz" in seen[0] or "notes.xyz" in job.error
    assert course_to_data(course) == before
    assert len(win.project.stack._done) == steps
