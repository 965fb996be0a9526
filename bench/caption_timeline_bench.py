"""The video editor on a 2,000-cue lecture: typing, scrolling, playback with the
waveform timeline and spell check on.

Events, each followed by one pass of the event loop (so the repaint is included):
- typing one character into the current caption (spell check underlines it, the
  timeline box and the cue table update, a caption command goes on the stack);
- scrolling the cue table one page;
- scrolling the timeline one screen (waveform of 100 peaks a second over 100 minutes);
- a playhead move of 0.2 s (table highlight, timeline playhead, caption over the video).
The baseline is the same typing into a bare QPlainTextEdit and the same page scroll
of a bare QTableView in the same run; the ratios say what Studio's work costs.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/caption_timeline_bench.py [--cues 2000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TYPED = " and the rain falls on the hills"


def timed(app, action, count: int) -> list[float]:  # type: ignore[no-untyped-def]
    times = []
    for i in range(count):
        start = time.perf_counter()
        action(i)
        app.processEvents()
        times.append(time.perf_counter() - start)
    return times


def summary(times: list[float]) -> str:
    ms = sorted(t * 1000 for t in times)
    p95 = ms[int(len(ms) * 0.95) - 1]
    return f"median {statistics.median(ms):6.2f} ms  p95 {p95:6.2f} ms  max {ms[-1]:6.2f} ms"


def studio_events(app, n: int, keys: int) -> dict[str, list[float]]:  # type: ignore[no-untyped-def]
    import numpy as np

    from studio.model import CaptionTrack, Cue, Lesson, Module, VideoBlock
    from studio.project import Project
    from studio.ui.editors.video_editor import MediaBlockEditor
    from studio.ui.jobs import JobRunner

    folder = Path(tempfile.mkdtemp(prefix="timeline-bench-"))
    project = Project.create(folder / "bench.studio", title="Bench", lock=False)
    cues = [Cue(i * 3.0, i * 3.0 + 2.6, f"Caption {i}: water is always moving\nbetween the "
                "sea and the sky") for i in range(n)]
    block = VideoBlock(title="Bench", tracks=[CaptionTrack(language="en", cues=cues)])
    project.course.modules = [Module(lessons=[Lesson(blocks=[block])])]
    runner = JobRunner()
    editor = MediaBlockEditor(project, block, runner=runner)
    editor.resize(1100, 760)
    editor.show()
    rng = np.random.default_rng(1)
    editor.timeline.set_waveform(rng.random(n * 300).astype(np.float32), 100)
    captions = editor.captions
    deadline = time.monotonic() + 30
    while captions.speller is None and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    assert captions.speller is not None, "the dictionary did not load"
    row = n // 2
    captions.select_row(row)
    box = captions.detail.text
    box.setFocus()
    box.moveCursor(box.textCursor().MoveOperation.End)
    app.processEvents()
    out: dict[str, list[float]] = {}
    out["typing"] = timed(app, lambda k: box.insertPlainText(TYPED[k % len(TYPED)]), keys)
    assert TYPED.strip()[:10] in block.tracks[0].cues[row].text
    bar = captions.table.verticalScrollBar()
    out["table scroll"] = timed(app, lambda k: bar.setValue(bar.value() + bar.pageStep()), keys)
    tbar = editor.timeline_view.area.horizontalScrollBar()
    out["timeline scroll"] = timed(app, lambda k: tbar.setValue(tbar.value() + tbar.pageStep()),
                                   keys)
    start_ms = int(row * 3000)
    out["playhead"] = timed(app, lambda k: editor._position(start_ms + k * 200), keys)
    editor.close()
    project.close()
    return out


def baseline_events(app, n: int, keys: int) -> dict[str, list[float]]:  # type: ignore[no-untyped-def]
    from studio.ui.qt import QStandardItem, QStandardItemModel, QtWidgets

    box = QtWidgets.QPlainTextEdit()
    box.show()
    model = QStandardItemModel(n, 4)
    for i in range(n):
        model.setItem(i, 3, QStandardItem(f"Caption {i}: water is always moving"))
    view = QtWidgets.QTableView()
    view.setModel(model)
    view.resize(1000, 300)
    view.show()
    app.processEvents()
    bar = view.verticalScrollBar()
    return {
        "typing": timed(app, lambda k: box.insertPlainText(TYPED[k % len(TYPED)]), keys),
        "table scroll": timed(app, lambda k: bar.setValue(bar.value() + bar.pageStep()), keys),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cues", type=int, default=2000)
    parser.add_argument("--events", type=int, default=120)
    args = parser.parse_args()
    from studio.ui.qt import QApplication

    app = QApplication.instance() or QApplication([])
    base = baseline_events(app, args.cues, args.events)
    studio = studio_events(app, args.cues, args.events)
    print(f"video editor, {args.cues} cues, {args.events} events each (one event-loop pass "
          "after each)")
    for name, times in studio.items():
        line = f"  {name:16s} {summary(times)}"
        if name in base:
            ratio = statistics.median(times) / max(1e-6, statistics.median(base[name]))
            line += f"   x{ratio:.1f} the bare widget ({summary(base[name]).split('  ')[0]})"
        print(line)
    worst = max(max(t) for t in studio.values()) * 1000
    print(f"slowest single event: {worst:.1f} ms (target: under 50 ms)")


if __name__ == "__main__":
    main()
