"""The caption editor's response to typing in a 2,000-cue track.

Each "keystroke" is one character typed into the current cue (through the
editor's text box: a caption command on the undo stack, the model re-checking
that row against the caption profile, the table and detail pane updating) and
then one pass of the event loop, so the repaint is included. The baseline is
the same typing into a bare QTableView over a QStandardItemModel of the same
size (no undo, no checks). Also timed: a structural edit (split), which resets
the model (warnings of unchanged cues come from a cache).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/editor_bench.py [--cues 2000] [--keys 100]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


# What the author types: a correction of a few words (real words and spaces, so the
# caption profile's line layout works as it does on real text).
TYPED = " and the rain falls"


def make_cues(n: int):  # type: ignore[no-untyped-def]
    from studio.model import Cue

    return [
        Cue(
            i * 3.0,
            i * 3.0 + 2.6,
            f"Caption {i}: water is always moving\nbetween the sea and the sky",
        )
        for i in range(n)
    ]


def bench_studio(app, n: int, keys: int) -> tuple[list[tuple[float, float]], float]:  # type: ignore[no-untyped-def]
    from studio.model import CaptionTrack, Lesson, Module, VideoBlock
    from studio.project import Project
    from studio.ui.editors.caption_editor import CaptionEditor

    folder = Path(tempfile.mkdtemp(prefix="editor-bench-"))
    project = Project.create(folder / "bench.studio", title="Bench", lock=False)
    track = CaptionTrack(cues=make_cues(n))
    block = VideoBlock(title="Bench", tracks=[track])
    project.course.modules = [Module(lessons=[Lesson(blocks=[block])])]
    editor = CaptionEditor(project, block)
    editor.resize(1000, 700)
    editor.show()
    app.processEvents()
    row = n // 2
    editor.select_row(row)
    box = editor.detail.text
    box.setFocus()
    box.moveCursor(box.textCursor().MoveOperation.End)
    app.processEvents()
    times = []
    for k in range(keys):
        t, c = time.perf_counter(), time.thread_time()
        box.insertPlainText(TYPED[k % len(TYPED)])
        app.processEvents()
        times.append((time.perf_counter() - t, time.thread_time() - c))
    assert TYPED.strip() in track.cues[row].text
    t = time.perf_counter()
    editor.split()
    app.processEvents()
    split = time.perf_counter() - t
    editor.close()
    project.close()
    return times, split


def bench_baseline(app, n: int, keys: int, with_box: bool = False) -> list[tuple[float, float]]:  # type: ignore[no-untyped-def]
    """A bare list-of-rows table model in a QTableView: setData and repaint, nothing else
    (``with_box``: the text is typed into a QPlainTextEdit first, as in Studio's pane)."""
    from studio.ui.qt import QModelIndex, Qt, QtCore, QtWidgets

    rows = [
        [str(i + 1), f"{c.start:.3f}", f"{c.end:.3f}", c.text.replace("\n", " | "), ""]
        for i, c in enumerate(make_cues(n))
    ]

    class Bare(QtCore.QAbstractTableModel):
        def rowCount(self, parent=QModelIndex()):  # type: ignore[no-untyped-def]  # noqa: B008, N802
            return len(rows)

        def columnCount(self, parent=QModelIndex()):  # type: ignore[no-untyped-def]  # noqa: B008, N802
            return 5

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return rows[index.row()][index.column()]
            return None

        def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # type: ignore[no-untyped-def]  # noqa: N802
            rows[index.row()][index.column()] = value
            self.dataChanged.emit(index, index)
            return True

    model = Bare()
    window = QtWidgets.QWidget()
    layout = QtWidgets.QVBoxLayout(window)
    view = QtWidgets.QTableView()
    view.setModel(model)
    layout.addWidget(view)
    box = QtWidgets.QPlainTextEdit()
    box.setMaximumHeight(64)
    layout.addWidget(box)
    window.resize(1000, 700)
    window.show()
    row = n // 2
    view.scrollTo(model.index(row, 3))
    app.processEvents()
    index = model.index(row, 3)
    times = []
    for k in range(keys):
        t, c = time.perf_counter(), time.thread_time()
        if with_box:
            box.insertPlainText(TYPED[k % len(TYPED)])
            model.setData(index, box.toPlainText())
        else:
            model.setData(index, rows[row][3] + TYPED[k % len(TYPED)])
        app.processEvents()
        times.append((time.perf_counter() - t, time.thread_time() - c))
    window.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cues", type=int, default=2000)
    parser.add_argument("--keys", type=int, default=100)
    args = parser.parse_args()
    from studio.ui.qt import QApplication

    app = QApplication.instance() or QApplication([])
    bench_baseline(app, args.cues, 20)  # warm up Qt
    base = bench_baseline(app, args.cues, args.keys)
    boxed = bench_baseline(app, args.cues, args.keys, with_box=True)
    studio, split = bench_studio(app, args.cues, args.keys)

    def stats(pairs: list[tuple[float, float]]) -> tuple[float, float, float, float]:
        wall = [w for w, _ in pairs]
        cpu = [c for _, c in pairs]
        p95 = statistics.quantiles(wall, n=20)[-1]
        return (
            1000 * statistics.median(wall), 1000 * p95, 1000 * max(wall),
            1000 * statistics.median(cpu),
        )  # fmt: skip

    print(f"caption editor, {args.cues} cues, {args.keys} keystrokes typed into the middle cue")
    print("(wall: what the author waits, load included; CPU: this thread's own work)")
    print(f"{'':24}{'wall median':>12}{'p95':>8}{'max':>8}{'CPU median':>12}  (ms)")
    rows = {}
    for name, values in (
        ("bare QTableView", base),
        ("bare view + text box", boxed),
        ("Studio caption editor", studio),
    ):
        rows[name] = stats(values)
        median, p95, worst, cpu = rows[name]
        print(f"{name:24}{median:12.3f}{p95:8.3f}{worst:8.3f}{cpu:12.3f}")
    studio_row = rows["Studio caption editor"]
    for name in ("bare QTableView", "bare view + text box"):
        wall = studio_row[0] / rows[name][0]
        cpu = studio_row[3] / rows[name][3]
        print(f"ratio Studio / {name}: {wall:.1f}x wall, {cpu:.1f}x CPU (medians)")
    print(
        f"split in a {args.cues}-cue track (model reset; warnings re-used for unchanged "
        f"cues): {1000 * split:.1f} ms"
    )


if __name__ == "__main__":
    main()
