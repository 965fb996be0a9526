"""Starting a course from what the instructor has: empty (with next steps), a deck, a
package or a quiz file; the title and language asked in the New course dialog."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.model import QuizBlock
from studio.ui.editor_host import EmptyCourseView
from studio.ui.main_window import MainWindow
from studio.ui.new_course_dialog import DECK, FILE, NewCourseDialog, system_language
from studio.ui.qt import QLocale
from tests.media.pptx_decks import narrated_deck
from tests.ui.shell_helpers import close_clean, isolated_settings

pytestmark = pytest.mark.qt


@pytest.fixture
def win(qtbot, tmp_path: Path):
    window = MainWindow(isolated_settings(tmp_path))
    window.show()
    qtbot.waitExposed(window)
    yield window
    close_clean(window)


def test_the_dialog_asks_title_language_and_start(qtbot, tmp_path) -> None:
    dialog = NewCourseDialog(tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.course_language() == system_language()
    assert system_language(QLocale("pt_BR")) == "pt-BR"
    assert system_language(QLocale("fr_CA")) == "fr"
    assert dialog.problem() == "Give the course a title."
    dialog.start[DECK].setChecked(True)
    assert "Choose the file" in dialog.problem()
    deck = narrated_deck(tmp_path / "Clouds.pptx", ["One.", "Two."])
    dialog.source.setText(str(deck))
    dialog.language.setEditText("es")
    assert dialog.problem() == ""
    assert dialog.course_title() == "Clouds" and dialog.folder_name() == "Clouds.studio"
    dialog.language.setEditText("not a tag!")
    assert "not a language tag" in dialog.problem()


def test_an_empty_course_says_what_to_do_next(qtbot, win, tmp_path) -> None:
    assert win.start_course(tmp_path / "e.studio", "Empty", "fr") is None
    assert win.project.course.language == "fr"
    view = win.editor_host.editor
    assert isinstance(view, EmptyCourseView)
    view.buttons["module"].click()
    assert len(win.project.course.modules) == 1
    win.outline.select(win.project.course.id)
    assert not isinstance(win.editor_host.editor, EmptyCourseView)


def test_start_from_a_deck_and_from_a_quiz_file(qtbot, win, tmp_path) -> None:
    deck = narrated_deck(tmp_path / "Clouds.pptx", ["Clouds form.", "Rain falls."])
    job = win.start_course(tmp_path / "Clouds.studio", "Clouds", "en", deck)
    qtbot.waitUntil(lambda: not job.running, timeout=60_000)
    qtbot.waitUntil(lambda: win.project is not None and bool(win.project.course.modules)
                    and not win.project.stack.dirty)  # fmt: skip
    assert win.project.folder.name == "Clouds.studio"
    assert len(win.project.course.modules[0].lessons) >= 1
    gift = tmp_path / "Boiling.gift"
    gift.write_text("::Q1:: Water boils at {=100 ~90} degrees.\n", encoding="utf-8")
    job = win.start_course(tmp_path / "Boiling.studio", "Boiling", "en", gift)
    qtbot.waitUntil(lambda: not job.running, timeout=30_000)
    qtbot.waitUntil(lambda: win.project is not None and any(
        isinstance(b, QuizBlock) for _, _, b in win.project.course.blocks()))
    assert (tmp_path / "Boiling.studio" / "project.json").is_file()
    assert FILE == "file"
