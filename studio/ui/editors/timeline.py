"""The caption timeline: the waveform, the cues as boxes, the playhead and markers,
zoomable (Ctrl+wheel, the zoom buttons) and scrollable.

Dragging a cue's left or right edge, or its body, retimes it: the box follows the
mouse (snapping to the neighbouring cues' edges and the playhead) and ONE command
is pushed when the button is released (``cue_retimed``). A click elsewhere seeks.
Markers are generic (time, label, colour, key): the caption editor draws none, a
video block's timed questions can (``set_markers``), and a click on one emits
``marker_activated`` with its key. Painting covers only the visible part, found by
bisection, so a 2,000-cue lecture scrolls as fast as a short one.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Any

from studio.model.captions import Cue
from studio.ui.qt import (
    QColor,
    QHBoxLayout,
    QLine,
    QPainter,
    QPalette,
    QPoint,
    QPolygon,
    QRect,
    QScrollArea,
    QSize,
    QSizePolicy,
    Qt,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
    tr,
)

EDGE_PX = 5  # how close to a cue's edge the mouse grabs the edge
SNAP_PX = 8  # how close an edge must come to a neighbour's edge to snap to it
MIN_CUE = 0.2  # seconds: a drag never makes a cue shorter than this
ZOOM_STEPS = (10.0, 20.0, 40.0, 80.0, 160.0, 320.0, 640.0)  # pixels per second


@dataclass(frozen=True)
class TimelineMarker:
    """Something at a time on the media (a timed question, a chapter...)."""

    seconds: float
    label: str
    color: str = "#c06000"
    key: Any = None


class Timeline(QWidget):
    """The drawing surface (as wide as the media at the current zoom)."""

    cue_retimed = Signal(int, float, float)  # row, new start, new end (on release)
    seek_requested = Signal(float)
    marker_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caption-timeline")
        self.setAccessibleName(tr("Caption timeline"))
        self.setAccessibleDescription(tr(
            "Waveform and captions. Drag a caption's edges or body to retime it; click to "
            "move the playhead; Ctrl+wheel zooms."))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.cues: list[Cue] = []
        self._starts: list[float] = []
        self.peaks: Any = None
        self.peak_rate = 100
        self.duration = 0.0
        self.pps = ZOOM_STEPS[2]
        self.playhead = 0.0
        self.current_row = -1
        self.markers: list[TimelineMarker] = []
        self._envelope: tuple[float, Any] | None = None
        self._drag: tuple[int, str, float, float, float] | None = None  # row, mode, x0, s, e
        self.preview: tuple[int, float, float] | None = None  # the box while dragging
        self.setMinimumHeight(90)
        self._resize()

    # -- data ------------------------------------------------------------------
    def set_cues(self, cues: list[Cue]) -> None:
        last = self.cues[-1].end if self.cues else None
        self.cues = list(cues)
        self._starts = [c.start for c in self.cues]
        if (self.cues[-1].end if self.cues else None) != last:
            self._resize()
        self.update()

    def set_waveform(self, peaks: Any, rate: int) -> None:
        self.peaks, self.peak_rate = peaks, rate
        self._envelope = None
        self._resize()
        self.update()

    def envelope(self) -> Any:
        """The loudest peak under each pixel column at the current zoom (cached)."""
        import numpy as np

        if self._envelope is not None and self._envelope[0] == self.pps:
            return self._envelope[1]
        peaks = self.peaks
        per_px = self.peak_rate / self.pps
        if per_px >= 1:
            step = int(round(per_px))
            size = len(peaks) - len(peaks) % step
            env = peaks[:size].reshape(-1, step).max(axis=1) if size else peaks[:0]
        else:
            env = np.repeat(peaks, int(round(1 / per_px)))
        self._envelope = (self.pps, env)
        return env

    def set_duration(self, seconds: float) -> None:
        self.duration = max(0.0, seconds)
        self._resize()

    def set_markers(self, markers: list[TimelineMarker]) -> None:
        """Draw these markers (replacing the previous ones)."""
        self.markers = sorted(markers, key=lambda m: m.seconds)
        self.update()

    def set_playhead(self, seconds: float) -> None:
        old = self.x_of(self.playhead)
        self.playhead = max(0.0, seconds)
        new = self.x_of(self.playhead)
        self.update(QRect(min(old, new) - 2, 0, abs(new - old) + 5, self.height()))

    def set_current(self, row: int) -> None:
        if row != self.current_row:
            self.current_row = row
            self.update()

    def set_zoom(self, pps: float) -> None:
        self.pps = max(ZOOM_STEPS[0], min(ZOOM_STEPS[-1], pps))
        self._resize()
        self.update()

    def length(self) -> float:
        end = self.cues[-1].end if self.cues else 0.0
        wave = len(self.peaks) / self.peak_rate if self.peaks is not None else 0.0
        return max(self.duration, end, wave, 1.0) + 1.0

    def _resize(self) -> None:
        self.setFixedWidth(int(self.length() * self.pps))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(self.width(), 110)

    # -- geometry ----------------------------------------------------------------
    def x_of(self, seconds: float) -> int:
        return int(round(seconds * self.pps))

    def time_of(self, x: float) -> float:
        return max(0.0, x / self.pps)

    def cue_band(self) -> tuple[int, int]:
        """Top and height of the cue boxes (the lower half)."""
        top = self.height() // 2
        return top, self.height() - top - 4

    def visible_rows(self, left: float, right: float) -> range:
        """Rows of the cues that may show between ``left`` and ``right`` seconds."""
        first = max(0, bisect.bisect_left(self._starts, left) - 1)
        while first > 0 and self.cues[first - 1].end > left:
            first -= 1  # a long cue that started earlier
        last = bisect.bisect_right(self._starts, right)
        return range(first, min(last, len(self.cues)))

    def hit(self, pos: QPoint) -> tuple[int, str]:
        """(row, "start" | "end" | "move") under ``pos``, or (-1, "")."""
        top, height = self.cue_band()
        if not top <= pos.y() <= top + height:
            return -1, ""
        t = self.time_of(pos.x())
        for row in self.visible_rows(t - 1.0, t + 1.0):
            start, end = self._times(row)
            x0, x1 = self.x_of(start), self.x_of(end)
            if abs(pos.x() - x0) <= EDGE_PX:
                return row, "start"
            if abs(pos.x() - x1) <= EDGE_PX:
                return row, "end"
            if x0 < pos.x() < x1:
                return row, "move"
        return -1, ""

    def _times(self, row: int) -> tuple[float, float]:
        if self.preview is not None and self.preview[0] == row:
            return self.preview[1], self.preview[2]
        cue = self.cues[row]
        return cue.start, cue.end

    def marker_at(self, pos: QPoint) -> TimelineMarker | None:
        for marker in self.markers:
            if abs(self.x_of(marker.seconds) - pos.x()) <= EDGE_PX and pos.y() < 16:
                return marker
        return None

    # -- dragging ----------------------------------------------------------------
    def _snap(self, seconds: float, row: int) -> float:
        candidates = [self.playhead]
        if row > 0:
            candidates.append(self.cues[row - 1].end)
        if row + 1 < len(self.cues):
            candidates.append(self.cues[row + 1].start)
        best = min(candidates, key=lambda c: abs(c - seconds))
        return best if abs(best - seconds) * self.pps <= SNAP_PX else seconds

    def drag_to(self, x: float) -> None:
        """Move the dragged edge or body to ``x`` (widget pixels), snapping."""
        if self._drag is None:
            return
        row, mode, x0, start, end = self._drag
        delta = self.time_of(x) - self.time_of(x0)
        if mode == "start":
            new_start = min(self._snap(start + delta, row), end - MIN_CUE)
            self.preview = (row, max(0.0, new_start), end)
        elif mode == "end":
            new_end = max(self._snap(end + delta, row), start + MIN_CUE)
            self.preview = (row, start, new_end)
        else:
            length = end - start
            new_start = max(0.0, start + delta)
            snapped = self._snap(new_start, row)
            if snapped == new_start:  # try the end against the next cue
                snapped = self._snap(new_start + length, row) - length
            self.preview = (row, max(0.0, snapped), max(0.0, snapped) + length)
        self.update()

    def mousePressEvent(self, event: Any) -> None:  # noqa: N802 (Qt name)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position().toPoint()
        marker = self.marker_at(pos)
        if marker is not None:
            self.marker_activated.emit(marker.key)
            return
        row, mode = self.hit(pos)
        if row >= 0:
            cue = self.cues[row]
            self._drag = (row, mode, float(pos.x()), cue.start, cue.end)
            self.preview = (row, cue.start, cue.end)
            return
        self.seek_requested.emit(self.time_of(pos.x()))

    def mouseMoveEvent(self, event: Any) -> None:  # noqa: N802 (Qt name)
        pos = event.position()
        if self._drag is not None:
            self.drag_to(pos.x())
            return
        _row, mode = self.hit(pos.toPoint())
        shape = {"start": Qt.CursorShape.SizeHorCursor, "end": Qt.CursorShape.SizeHorCursor,
                 "move": Qt.CursorShape.OpenHandCursor}.get(mode, Qt.CursorShape.ArrowCursor)
        self.setCursor(shape)

    def mouseReleaseEvent(self, event: Any) -> None:  # noqa: N802 (Qt name)
        if self._drag is None:
            return
        row, _mode, _x0, start, end = self._drag
        preview = self.preview
        self._drag = None
        self.preview = None
        self.update()
        if preview is not None and (round(preview[1], 3), round(preview[2], 3)) != (
            round(start, 3), round(end, 3)
        ):
            self.cue_retimed.emit(row, round(preview[1], 3), round(preview[2], 3))

    # -- painting ----------------------------------------------------------------
    def paintEvent(self, event: Any) -> None:  # noqa: N802 (Qt name)
        painter = QPainter(self)
        rect = event.rect()
        palette = self.palette()
        painter.fillRect(rect, palette.color(QPalette.ColorRole.Base))
        left, right = self.time_of(rect.left()), self.time_of(rect.right() + 1)
        self._paint_ruler(painter, rect, left, right, palette)
        self._paint_waveform(painter, rect)
        self._paint_cues(painter, left, right, palette)
        for marker in self.markers:
            x = self.x_of(marker.seconds)
            if rect.left() - 6 <= x <= rect.right() + 6:
                painter.setPen(QColor(marker.color))
                painter.drawLine(x, 0, x, self.height())
                painter.setBrush(QColor(marker.color))
                painter.drawPolygon(QPolygon([QPoint(x - 5, 0), QPoint(x + 5, 0), QPoint(x, 9)]))
        x = self.x_of(self.playhead)
        painter.setPen(QColor(220, 30, 30))
        painter.drawLine(x, 0, x, self.height())
        painter.end()

    def _paint_ruler(self, painter: QPainter, rect: QRect, left: float, right: float,
                     palette: QPalette) -> None:
        step = next((s for s in (0.5, 1, 2, 5, 10, 30, 60, 120, 300) if s * self.pps >= 60), 600)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        tick = int(left // step) * step
        while tick <= right:
            x = self.x_of(tick)
            painter.drawLine(x, 0, x, 5)
            minutes, secs = divmod(tick, 60)
            painter.drawText(x + 2, 12, f"{int(minutes)}:{secs:04.1f}" if step < 1
                             else f"{int(minutes)}:{int(secs):02d}")
            tick += step

    def _paint_waveform(self, painter: QPainter, rect: QRect) -> None:
        if self.peaks is None or not len(self.peaks):
            return
        middle = self.height() // 4 + 8
        half = self.height() // 4 - 6
        painter.setPen(QColor(70, 130, 200))
        left = max(0, rect.left())
        heights = (self.envelope()[left:rect.right() + 1] * half).astype(int).tolist()
        painter.drawLines([QLine(x, middle - h, x, middle + h)
                           for x, h in enumerate(heights, start=left)])

    def _paint_cues(self, painter: QPainter, left: float, right: float,
                    palette: QPalette) -> None:
        top, height = self.cue_band()
        highlight = palette.color(QPalette.ColorRole.Highlight)
        for row in self.visible_rows(left, right):
            start, end = self._times(row)
            x0, x1 = self.x_of(start), self.x_of(end)
            box = QRect(x0, top, max(2, x1 - x0), height)
            current = row == self.current_row or (self.preview and self.preview[0] == row)
            fill = QColor(highlight) if current else QColor(120, 160, 110)
            fill.setAlpha(150)
            painter.fillRect(box, fill)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawRect(box)
            text = self.cues[row].text.replace("\n", " ")
            metrics = painter.fontMetrics()
            painter.drawText(box.adjusted(3, 2, -3, -2),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                             metrics.elidedText(text, Qt.TextElideMode.ElideRight,
                                                max(0, box.width() - 6)))

    def wheelEvent(self, event: Any) -> None:  # noqa: N802 (Qt name)
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1 if event.angleDelta().y() > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    def zoom_by(self, steps: int) -> None:
        index = min(range(len(ZOOM_STEPS)), key=lambda i: abs(ZOOM_STEPS[i] - self.pps))
        self.set_zoom(ZOOM_STEPS[max(0, min(len(ZOOM_STEPS) - 1, index + steps))])


class TimelineView(QWidget):
    """The timeline in a horizontal scroll area, with zoom buttons; follows the playhead."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline = Timeline()
        self.area = QScrollArea()
        self.area.setAccessibleName(tr("Caption timeline"))
        self.area.setProperty("scrolls_sideways", True)  # a timeline is wider than the view
        self.area.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # time runs left to right
        self.area.setWidget(self.timeline)
        self.area.setWidgetResizable(False)
        self.area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        zoom_in = QToolButton()
        zoom_in.setText("+")
        zoom_in.setAccessibleName(tr("Zoom in the timeline"))
        zoom_in.setToolTip(tr("Zoom in (Ctrl+wheel)"))
        zoom_in.clicked.connect(lambda _=False: self.zoom(1))
        zoom_out = QToolButton()
        zoom_out.setText("−")
        zoom_out.setAccessibleName(tr("Zoom out the timeline"))
        zoom_out.setToolTip(tr("Zoom out (Ctrl+wheel)"))
        zoom_out.clicked.connect(lambda _=False: self.zoom(-1))
        buttons = QVBoxLayout()
        buttons.addWidget(zoom_in)
        buttons.addWidget(zoom_out)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.area, 1)
        layout.addLayout(buttons)
        self.setMinimumHeight(110)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        bar = self.area.horizontalScrollBar().sizeHint().height()
        self.timeline.setFixedHeight(max(80, self.area.height() - bar - 2))

    def zoom(self, steps: int) -> None:
        centre = self.timeline.time_of(self.area.horizontalScrollBar().value()
                                       + self.area.viewport().width() / 2)
        self.timeline.zoom_by(steps)
        self.show_time(centre)

    def show_time(self, seconds: float) -> None:
        """Scroll so ``seconds`` is in view (centred when it was out of view)."""
        x = self.timeline.x_of(seconds)
        bar = self.area.horizontalScrollBar()
        width = self.area.viewport().width()
        if not bar.value() + 20 <= x <= bar.value() + width - 20:
            bar.setValue(max(0, x - width // 2))
