"""The outline: keyboard, context menu and drag and drop, every change undoable."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.model import TextBlock
from studio.ui.main_window import MainWindow
from studio.ui.outline import ABOVE, BELOW, ON
from studio.ui.qt import QDropEvent, QLineEdit, QMenu, QPoint, Qt
from tests.ui.shell_helpers import close_clean, isolated_settings

pytestmark = pytest.mark.qt


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    win = MainWindow(isolated_settings(tmp_path))
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    assert win.new_project(tmp_path / "outline.studio", "Outline course")
    yield win
    close_clean(win)


def titles(win: MainWindow) -> list[tuple[str, list[str]]]:
    return [(m.title, [lesson.title for lesson in m.lessons]) for m in win.project.course.modules]


def key(qtbot, win: MainWindow, k, mod=Qt.KeyboardModifier.NoModifier) -> None:
    win.outline.setFocus()
    qtbot.keyClick(win.outline, k, mod)


def test_build_an_outline_with_the_keyboard_and_undo_it(qtbot, window: MainWindow) -> None:
    ctrl, alt = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
    key(qtbot, window, Qt.Key.Key_M, ctrl | alt)  # add module
    key(qtbot, window, Qt.Key.Key_N, ctrl)  # add lesson x3
    key(qtbot, window, Qt.Key.Key_N, ctrl)
    key(qtbot, window, Qt.Key.Key_N, ctrl)
    assert titles(window) == [("Module 1", ["Lesson 1", "Lesson 2", "Lesson 3"])]
    assert window.outline.current_object().title == "Lesson 3"
    assert window.isWindowModified()
    # Alt+Up twice: Lesson 3 goes to the top.
    key(qtbot, window, Qt.Key.Key_Up, alt)
    key(qtbot, window, Qt.Key.Key_Up, alt)
    assert titles(window) == [("Module 1", ["Lesson 3", "Lesson 1", "Lesson 2"])]
    # F2 renames in place.
    key(qtbot, window, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: window.outline.viewport().findChild(QLineEdit) is not None)
    editor = window.outline.viewport().findChild(QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Introduction")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # Qt commits from the event loop
    qtbot.waitUntil(lambda: titles(window)[0][1][0] == "Introduction")
    assert window.undo.undo_action.toolTip() == "Undo Rename"
    # Delete removes, Ctrl+Z brings it back, Ctrl+Shift+Z / Ctrl+Y redoes.
    window.outline.select(window.project.course.modules[0].lessons[1].id)
    key(qtbot, window, Qt.Key.Key_Delete)
    assert titles(window) == [("Module 1", ["Introduction", "Lesson 2"])]
    key(qtbot, window, Qt.Key.Key_Z, ctrl)
    assert titles(window) == [("Module 1", ["Introduction", "Lesson 1", "Lesson 2"])]
    key(qtbot, window, Qt.Key.Key_Y, ctrl)
    assert titles(window) == [("Module 1", ["Introduction", "Lesson 2"])]
    # Undo everything: the course is empty again and no longer modified.
    while window.project.stack.can_undo:
        window.undo.undo_action.trigger()
    assert titles(window) == []
    assert not window.isWindowModified()
    assert window.outline.topLevelItemCount() == 1  # the course itself


def test_alt_down_moves_a_lesson_into_the_next_module(qtbot, window: MainWindow) -> None:
    oa = window.outline.actions_
    oa.do_add_module()
    oa.do_add_lesson()
    oa.do_add_lesson()
    oa.do_add_module()
    oa.do_add_lesson()
    window.outline.select(window.project.course.modules[0].lessons[1].id)
    key(qtbot, window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert titles(window) == [("Module 1", ["Lesson 1"]), ("Module 2", ["Lesson 2", "Lesson 1"])]
    # Blocks too: a page moves across lessons with Alt+Up.
    oa.do_add_block("text")
    block = window.outline.current_object()
    assert isinstance(block, TextBlock)
    assert block in window.project.course.modules[1].lessons[0].blocks
    key(qtbot, window, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert block in window.project.course.modules[0].lessons[0].blocks


def test_context_menu_offers_every_outline_action(qtbot, window: MainWindow) -> None:
    oa = window.outline.actions_
    oa.do_add_module()
    oa.do_add_lesson()
    oa.do_add_module()
    window.outline.select(window.project.course.modules[0].lessons[0].id)
    menu = oa.build_menu(QMenu(window))
    names = [a.text().replace("&", "") for a in menu.actions() if a.text()]
    for expected in ("Add module", "Add lesson", "Add block", "Rename", "Delete", "Move up",
                     "Move down", "Move to module"):
        assert expected in names
    move_to = next(a for a in menu.actions() if a.text() == "Move &to module").menu()
    move_to.actions()[0].trigger()
    assert titles(window) == [("Module 1", []), ("Module 2", ["Lesson 1"])]
    for action in oa.all_actions():
        assert action.shortcut().toString() or "…" in action.text() or action.text() in (
            "&Web link", "&Discussion prompt"), action.text()


def drop(qtbot, win: MainWindow, source_id: str, target_id: str, region: str) -> None:
    """A real drop event on the outline's viewport at the target row."""
    tree = win.outline
    tree.select(source_id)
    target = tree.item_for(target_id)
    tree.scrollToItem(target)
    rect = tree.visualItemRect(target)
    y = {ABOVE: rect.top() + 1, BELOW: rect.bottom() - 1, ON: rect.center().y()}[region]
    pos = QPoint(rect.center().x(), y)
    mime = tree.mimeData([tree.currentItem()])
    event = QDropEvent(pos.toPointF(), Qt.DropAction.MoveAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    tree.dropEvent(event)


def test_drag_and_drop_moves_lessons_and_blocks(qtbot, window: MainWindow) -> None:
    oa = window.outline.actions_
    for _ in range(2):
        oa.do_add_module()
        oa.do_add_lesson()
        oa.do_add_lesson()
    course = window.project.course
    m1, m2 = course.modules
    a, b = m1.lessons
    c, d = m2.lessons
    a.title, b.title, c.title, d.title = "A", "B", "C", "D"
    window.outline.refresh()
    drop(qtbot, window, d.id, a.id, ABOVE)
    assert titles(window) == [("Module 1", ["D", "A", "B"]), ("Module 2", ["C"])]
    drop(qtbot, window, d.id, b.id, BELOW)
    assert titles(window) == [("Module 1", ["A", "B", "D"]), ("Module 2", ["C"])]
    drop(qtbot, window, a.id, m2.id, ON)  # onto a module: appended to it
    assert titles(window) == [("Module 1", ["B", "D"]), ("Module 2", ["C", "A"])]
    # Blocks between lessons.
    window.outline.select(b.id)
    oa.do_add_block("text")
    page = window.outline.current_object()
    drop(qtbot, window, page.id, c.id, ON)
    assert page in c.blocks and page not in b.blocks
    # Modules reorder.
    drop(qtbot, window, m2.id, m1.id, ABOVE)
    assert [m.title for m in course.modules] == ["Module 2", "Module 1"]
    # Each drop is one undo step (5 steps back: 4 drops and the added page).
    for _ in range(5):
        window.undo.undo_action.trigger()
    assert titles(window) == [("Module 1", ["D", "A", "B"]), ("Module 2", ["C"])]
    # The tree shows the model after undo.
    top = window.outline.topLevelItem(0)
    assert [top.child(0).child(i).text(0) for i in range(3)] == ["D", "A", "B"]


def test_context_menu_from_mouse_and_keyboard(qtbot, window: MainWindow) -> None:
    from studio.ui.qt import QApplication, QContextMenuEvent

    oa = window.outline.actions_
    oa.do_add_module()
    oa.do_add_lesson()
    oa.do_add_lesson()
    tree = window.outline
    lessons = window.project.course.modules[0].lessons
    # Right click on lesson 1 (viewport coordinates) selects it and opens the menu there.
    rect = tree.visualItemRect(tree.item_for(lessons[0].id))
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, rect.center(),
                              tree.viewport().mapToGlobal(rect.center()))
    QApplication.sendEvent(tree.viewport(), event)
    qtbot.waitUntil(lambda: tree.context_menu.isVisible())
    assert tree.current_object() is lessons[0]
    tree.context_menu.close()
    # The Menu key (Shift+F10) opens it for the current item, keeping the selection: the
    # platform turns the key into a keyboard context-menu event sent to the focus widget.
    tree.select(lessons[1].id)
    tree.setFocus()
    key_event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(1, 1),
                                  tree.mapToGlobal(QPoint(1, 1)))
    QApplication.sendEvent(tree, key_event)
    qtbot.waitUntil(lambda: tree.context_menu.isVisible())
    assert tree.current_object() is lessons[1]
    texts = [a.text() for a in tree.context_menu.actions()]
    assert "&Rename" in texts and "&Delete" in texts
    tree.context_menu.close()
