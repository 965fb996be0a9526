"""Helpers for the translation tests: a pseudo catalogue and what a window shows.

``pseudo_translator`` compiles a catalogue where every string of ``find_strings`` is
wrapped in ⟪ ⟫, so a visible text without the mark did not go through the catalogue.
``visible_texts`` lists what a user reads or hears (via a screen reader) in a window.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

from studio.ui.qt import (
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTranslator,
    QtWidgets,
    QWidget,
)

REPO = Path(__file__).resolve().parents[2]
MARK_OPEN, MARK_CLOSE = "⟪", "⟫"
# Qt's own controls (dock title buttons, standard dialog buttons): Qt translates them with
# its qtbase catalogue, which Studio installs beside its own (see test_arabic_window).
QT_OWN = frozenset({"Float", "Close", "OK", "Cancel", "&OK", "&Cancel", "&Close"})


def catalogue_strings() -> dict[str, list[tuple[str, str, int]]]:
    sys.path.insert(0, str(REPO / "resources" / "i18n"))
    import update_catalogue

    return update_catalogue.find_strings()


def compile_ts(ts: Path, qm: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    assert lrelease, "pyside6-lrelease is missing"
    subprocess.run([lrelease, str(ts), "-qm", str(qm)], check=True, capture_output=True)


def pseudo_translator(folder: Path, parent) -> QTranslator:  # type: ignore[no-untyped-def]
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             '<TS version="2.1" language="eo" sourcelanguage="en">']
    for context, entries in catalogue_strings().items():
        lines += ["<context>", f"<name>{escape(context)}</name>"]
        for text, _file, _line in entries:
            lines += ["<message>", f"<source>{escape(text)}</source>",
                      f"<translation>{escape(MARK_OPEN + text + MARK_CLOSE)}</translation>",
                      "</message>"]
        lines.append("</context>")
    lines.append("</TS>")
    ts = folder / "pseudo.ts"
    ts.write_text("\n".join(lines), encoding="utf-8")
    compile_ts(ts, folder / "pseudo.qm")
    translator = QTranslator(parent)
    assert translator.load(str(folder / "pseudo.qm"))
    return translator


def _texts_of(widget: QWidget) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    kind = type(widget).__name__
    if isinstance(widget, QAbstractButton):
        out.append((kind, widget.text()))
    elif isinstance(widget, QLabel):
        out.append((kind, re.sub(r"<[^>]+>", " ", widget.text())))
    elif isinstance(widget, QGroupBox):
        out.append((kind, widget.title()))
    elif isinstance(widget, QDockWidget):
        out.append((kind, widget.windowTitle()))
    elif isinstance(widget, QTabWidget):
        out += [(kind, widget.tabText(i)) for i in range(widget.count())]
    elif isinstance(widget, QComboBox) and not widget.isEditable():
        out += [(kind, widget.itemText(i)) for i in range(widget.count())]
    if isinstance(widget, QtWidgets.QTextBrowser):  # read-only: summaries, previews
        out.append((kind, widget.toPlainText()))
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        out.append((kind + " placeholder", widget.placeholderText()))
    if isinstance(widget, QtWidgets.QListWidget):  # the publish checklist's entries
        out += [(kind + " item", widget.item(i).text()) for i in range(widget.count())]
    if isinstance(widget, QtWidgets.QAbstractItemView):
        model = widget.model()
        if model is not None and not isinstance(widget, QtWidgets.QListView):
            from studio.ui.qt import QModelIndex, Qt

            out += [(kind + " header", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                    for c in range(model.columnCount(QModelIndex()))]
    focusable = widget.focusPolicy() != widget.focusPolicy().NoFocus
    if focusable or isinstance(widget, QAbstractButton):
        out.append((kind + " accessible name", widget.accessibleName()))
    out.append((kind + " tooltip", re.sub(r"<[^>]+>", " ", widget.toolTip())))
    return out


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of everything shown in ``root``'s window: widgets, menus, actions."""
    found: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QMenu):
            found += [("menu", a.text()) for a in widget.actions() if not a.isSeparator()]
            continue
        if widget.isVisible():
            found += _texts_of(widget)
    if isinstance(root, QtWidgets.QMainWindow):
        found += [("menu bar", a.text()) for a in root.menuBar().actions()]
    found.append(("window title", root.windowTitle()))
    return [(where, text) for where, text in found if text and text.strip()]


def _authored(line: str, content: str) -> bool:
    """A line made only of the author's words (a prompt, a choice, a title)."""
    words = re.findall(r"[A-Za-z][A-Za-z'’-]+", line)
    if len(words) > 3:  # a sentence is the author's only if it is in the course as is
        return " ".join(line.split()).strip(" .:…") in content
    return bool(words) and all(w in content for w in words)


def untranslated(texts: list[tuple[str, str]], content: str) -> list[tuple[str, str]]:
    """Texts that did not come from the catalogue and are not the course's own text."""
    out = []
    for where, text in texts:
        if text in QT_OWN:
            continue
        # What is left once the translated pieces are taken out must be the author's.
        rest = re.sub(re.escape(MARK_OPEN) + ".*?" + re.escape(MARK_CLOSE), "\n", text,
                      flags=re.DOTALL)
        if not re.search(r"[A-Za-z]{2}", rest):
            continue
        rest = re.sub(r"\((?:Ctrl|Alt|Shift|Meta|F\d)[^()]*\)", " ", rest)  # "(Ctrl+B)"
        rest = re.sub(r"\S*…", " ", rest)  # an elided word: the rest of it is not shown
        if not re.search(r"[A-Za-z]{2}", rest):
            continue
        plain = rest.replace("&", "").strip()
        parts = [p.strip(" []") for p in re.split(r"[\n|]", plain) if p.strip(" []")]
        parts = [p for p in parts if re.search(r"[A-Za-z]{2}", p)]
        if plain in content or all(p in content or _authored(p, content) for p in parts):
            continue  # the author's words, shown as written
        if re.fullmatch(r"[\w.+-]+\.(png|jpg|mp4|m4a|pdf|vtt|srt|studio|zip|imscc|epub)", plain):
            continue
        out.append((where, text))
    return out
