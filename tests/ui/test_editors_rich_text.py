"""The rich-text page editor stores the sanitized semantic subset, through the undo stack."""

from __future__ import annotations

import pytest

from studio.media.media_blocks import add_media
from studio.model import Lesson, Module, TextBlock
from studio.sanitize import sanitize_html
from studio.ui.editors import create_editor
from studio.ui.editors.rich_text import TextBlockEditor
from studio.ui.qt import (
    QApplication,
    QColor,
    QImage,
    QInputDialog,
    QMimeData,
    Qt,
    QTextCursor,
    QTextDocument,
    QTimer,
    QUrl,
)
from studio.ui.qt import QtTest as _QtTest
from tests.media_fixtures import make_image
from tests.ui.shell_helpers import answer_next_dialog, wait_for

QTest = _QtTest.QTest

pytestmark = pytest.mark.qt


@pytest.fixture
def page(tmp_project, qtbot):
    block = TextBlock()
    tmp_project.course.modules = [Module(lessons=[Lesson(blocks=[block])])]
    editor = create_editor(tmp_project, block)
    assert isinstance(editor, TextBlockEditor)
    qtbot.addWidget(editor)
    editor.show()
    return tmp_project, block, editor


def _select_word(editor, word: str) -> None:
    text = editor.rich.text
    start = text.toPlainText().index(word)
    cursor = text.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(word), QTextCursor.MoveMode.KeepAnchor)
    text.setTextCursor(cursor)


def test_typing_and_toolbar_store_semantic_sanitized_html(page, qtbot, tmp_path) -> None:
    project, block, editor = page
    text = editor.rich.text
    text.setFocus()
    qtbot.keyClicks(text, "The water cycle")
    editor.rich.set_heading(2)
    qtbot.keyClick(text, Qt.Key.Key_Return)
    editor.rich.set_heading(0)
    qtbot.keyClicks(text, "Water is always moving.")
    _select_word(editor, "always")
    qtbot.keyClick(text, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)  # the Bold shortcut
    _select_word(editor, "moving")
    editor.rich.italic_action.trigger()
    cursor = text.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    text.setTextCursor(cursor)
    qtbot.keyClick(text, Qt.Key.Key_Return)
    editor.rich.toggle_list(False)
    qtbot.keyClicks(text, "Evaporation")
    qtbot.keyClick(text, Qt.Key.Key_Return)
    qtbot.keyClicks(text, "Rain")
    qtbot.keyClick(text, Qt.Key.Key_Return)
    qtbot.keyClick(text, Qt.Key.Key_Return)  # an empty item ends the list
    qtbot.keyClicks(text, "Read more at ")
    assert editor.rich.insert_link("https://example.org/water", "the water site")
    assert not editor.rich.insert_link("javascript:alert(1)")
    image = add_media(project, make_image(tmp_path / "cycle.png", "Cycle"))
    editor.rich.insert_image(image.id, "Diagram of the water cycle")
    shown = text.document().resource(
        QTextDocument.ResourceType.ImageResource, QUrl(f"asset:{image.id}")
    )
    assert shown is not None and not shown.isNull()  # the editor shows the project's image
    editor.rich.insert_table(2, 2)
    qtbot.keyClicks(text, "Stage")

    html = block.html
    assert html.startswith("<h2>The water cycle</h2>")
    assert "<p>Water is <strong>always</strong> <em>moving</em>.</p>" in html
    assert "<ul><li>Evaporation</li><li>Rain</li></ul>" in html
    assert '<a href="https://example.org/water" rel="noopener">the water site</a>' in html
    assert f'<img src="asset:{image.id}" alt="Diagram of the water cycle"/>' in html
    assert '<table><thead><tr><th scope="col">Stage</th>' in html
    assert "style=" not in html and "span" not in html and "javascript" not in html
    assert sanitize_html(html) == html  # already in the safe subset
    assert project.stack.dirty


def test_undo_redo_reload_the_editor(page, qtbot) -> None:
    project, block, editor = page
    editor.rich.text.setFocus()
    qtbot.keyClicks(editor.rich.text, "First words")
    assert block.html == "<p>First words</p>"
    project.stack.break_merge()
    _select_word(editor, "First")
    editor.rich.toggle_bold()
    assert block.html == "<p><strong>First</strong> words</p>"
    project.stack.undo()
    assert block.html == "<p>First words</p>"
    assert editor.rich.html() == "<p>First words</p>"
    project.stack.undo()  # typing merged into one step
    assert block.html == ""
    assert editor.rich.text.toPlainText() == ""
    project.stack.redo()
    assert editor.rich.text.toPlainText() == "First words"


def test_existing_html_loads_and_round_trips_without_edits(tmp_project, qtbot) -> None:
    source = (
        '<h2>Intro</h2><p>A <em>short</em> text with <a href="https://example.org">a link</a>.'
        "</p><ol><li>one</li><li>two<ul><li>inner</li></ul></li></ol>"
        '<table><thead><tr><th scope="col">A</th><th scope="col">B</th></tr></thead>'
        "<tbody><tr><td>1</td><td>2</td></tr></tbody></table>"
    )
    block = TextBlock(html=sanitize_html(source))
    editor = create_editor(tmp_project, block)
    qtbot.addWidget(editor)
    assert editor.rich.html() == block.html
    assert not tmp_project.stack.dirty  # opening a page is not an edit


def test_edit_image_alt_and_remove_link(tmp_project, qtbot, tmp_path) -> None:
    image = add_media(tmp_project, make_image(tmp_path / "i.png"))
    block = TextBlock(
        html=f'<p>See <a href="https://example.org">this</a> <img src="asset:{image.id}" alt=""/>'
        '<img src="file:///etc/x.png" alt="pasted"/></p>'
    )
    editor = create_editor(tmp_project, block)
    qtbot.addWidget(editor)
    rich = editor.rich
    assert "file:" not in rich.html()  # an image from outside the project is dropped
    cursor = rich.text.textCursor()
    cursor.setPosition(rich.text.toPlainText().index("\ufffc") + 1)  # just after the image
    rich.text.setTextCursor(cursor)
    assert rich.image_at_cursor() is not None
    assert rich.set_image_alt("A labelled diagram")
    assert f'<img src="asset:{image.id}" alt="A labelled diagram"/>' in block.html
    _select_word(editor, "this")
    rich.remove_link()
    assert "<a " not in block.html and "this" in block.html
    tmp_project.stack.undo()
    assert '<a href="https://example.org"' in block.html


def test_pasted_web_html_becomes_semantic_and_safe(page, qtbot) -> None:
    project, block, editor = page
    editor.rich.text.insertHtml(
        '<p style="margin:0">Pasted <span style="font-weight:700">bold</span> and '
        '<span style="font-style:italic">slanted</span> <a href="javascript:alert(1)">bad</a>'
        '<script>alert(2)</script> <img src="https://cdn.example/x.png" onerror="alert(3)"></p>'
    )
    html = block.html
    assert "<strong>bold</strong>" in html and "<em>slanted</em>" in html
    for bad in ("style=", "javascript", "script", "onerror", "alert"):
        assert bad not in html, bad


# -- pasting images ---------------------------------------------------------------
def _answer_alt_text(alt: str | None, titles: list[str]) -> None:
    """Type ``alt`` into the next alt-text dialog and press OK (None: press Cancel)."""

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, QInputDialog):
            QTimer.singleShot(20, poll)
            return
        titles.append(modal.windowTitle())
        if alt is None:
            modal.reject()
        else:
            modal.setTextValue(alt)
            modal.accept()

    QTimer.singleShot(0, poll)


@pytest.fixture(autouse=True)
def _clipboard_emptied():
    """The clipboard owns the mime data put on it: empty it while Python still runs
    (freed by Qt's exit handlers after the interpreter is gone, it crashed the run)."""
    yield
    QApplication.clipboard().clear()


def _paste(editor, mime: QMimeData) -> None:
    """Put ``mime`` on the clipboard and press Ctrl+V in the page, as the instructor does."""
    QApplication.clipboard().setMimeData(mime)
    editor.rich.text.setFocus()
    QTest.keyClick(editor.rich.text, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def _screenshot_mime() -> QMimeData:
    image = QImage(120, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("#c03020"))
    mime = QMimeData()
    mime.setImageData(image)
    return mime


def test_pasted_screenshot_is_added_with_the_alt_text_asked_one_undo_step(page, qtbot) -> None:
    project, block, editor = page
    QTest.keyClicks(editor.rich.text, "Before ")
    html_before, media_before = block.html, dict(project.course.media)
    titles: list[str] = []
    _answer_alt_text("A red warning sign", titles)
    _paste(editor, _screenshot_mime())
    wait_for(qtbot, lambda: len(project.course.media) == len(media_before) + 1)
    (asset,) = [a for key, a in project.course.media.items() if key not in media_before]
    assert titles == ["Alternative text for pasted image"]
    assert asset.mime == "image/png" and asset.filename.startswith("Pasted image")
    assert (project.media_dir / asset.stored_name).is_file()
    assert f'<img src="asset:{asset.id}" alt="A red warning sign"/>' in block.html
    assert block.html.startswith(html_before.removesuffix("</p>"))
    # The asset and the page edit are ONE step: one undo takes both away.
    project.stack.undo()
    assert block.html == html_before and dict(project.course.media) == media_before
    assert "<img" not in editor.rich.html()
    project.stack.redo()
    assert asset.id in project.course.media and f"asset:{asset.id}" in block.html


def test_pasted_image_file_keeps_its_name_and_empty_alt_marks_it_decorative(
    page, qtbot, tmp_path
) -> None:
    project, block, editor = page
    png = make_image(tmp_path / "water cycle.png")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(png))])
    mime.setText(str(png))  # what a file manager puts beside the URL
    titles: list[str] = []
    _answer_alt_text("", titles)
    _paste(editor, mime)
    wait_for(qtbot, lambda: "<img" in block.html)
    assert titles == ["Alternative text for water cycle.png"]
    (asset,) = project.course.media.values()
    assert asset.filename == "water cycle.png"
    assert f'<img src="asset:{asset.id}" alt=""/>' in block.html


def test_cancelling_the_alt_text_leaves_the_course_unchanged(page, qtbot) -> None:
    project, block, editor = page
    QTest.keyClicks(editor.rich.text, "Text")
    html_before, steps = block.html, project.stack.undo_text
    titles: list[str] = []
    _answer_alt_text(None, titles)
    _paste(editor, _screenshot_mime())
    wait_for(qtbot, lambda: bool(titles))
    assert block.html == html_before and not project.course.media
    assert project.stack.undo_text == steps
    assert "<img" not in editor.rich.html()
    assert not project.media_dir.exists() or not any(project.media_dir.iterdir())


def test_a_file_that_is_not_an_image_is_refused_by_name(page, qtbot, tmp_path) -> None:
    project, block, editor = page
    notes = tmp_path / "syllabus.pdf"
    notes.write_bytes(b"%PDF-1.4\n%%EOF\n")
    html_before, steps = block.html, project.stack.undo_text
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(notes))])
    seen: list[str] = []
    answer_next_dialog("OK", seen)
    _paste(editor, mime)
    wait_for(qtbot, lambda: bool(seen))
    assert "syllabus.pdf" in seen[0] and "only images can be pasted" in seen[0]
    assert block.html == html_before and not project.course.media
    assert project.stack.undo_text == steps


def test_rich_text_carrying_a_picture_of_itself_pastes_as_text(page, qtbot) -> None:
    project, block, editor = page
    mime = _screenshot_mime()  # word processors add a rendering of the selection
    mime.setHtml("<p>Photosynthesis <b>needs</b> light.</p>")
    mime.setText("Photosynthesis needs light.")
    _paste(editor, mime)
    wait_for(qtbot, lambda: "Photosynthesis" in block.html)
    assert "<strong>needs</strong>" in block.html and "<img" not in block.html
    assert not project.course.media
