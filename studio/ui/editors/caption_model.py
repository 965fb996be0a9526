"""The cue table of the caption editor: one QAbstractTableModel row per cue.

Built for long tracks (a 2,000-cue lecture): no widget per cue, and after an edit
only the rows that changed are re-checked against the caption profile and
repainted. ``sync()`` runs on every command-stack change: if the cue objects are
the same it diffs (start, end, text) to find the edited rows; if the list was
replaced (split, merge, shift, undo of those) it resets the model once.
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from typing import Any

from studio.captions import commands as caption_commands
from studio.captions.io import format_timestamp, parse_timestamp
from studio.captions.profiles import CaptionProfile, get_profile
from studio.captions.quality import CaptionIssue, check_cues
from studio.captions.report import is_low
from studio.commands import CommandStack
from studio.errors import StudioError
from studio.model.captions import CaptionTrack, Cue, CueWord
from studio.ui.phrases import say
from studio.ui.qt import QBrush, QColor, QFont, QModelIndex, Qt, QtCore, Signal, tr

COL_NUMBER, COL_START, COL_END, COL_TEXT, COL_ISSUES = range(5)
HEADERS = ["#", "Start", "End", "Text", "Warnings"]  # translated in headerData
LINE_BREAK = " | "  # how a cue's line break is shown and typed in the table
# (start, end) character spans of the low-confidence words in the text column's display
# text, for the delegate that marks them (``confidence_delegate``).
LOW_WORDS_ROLE = Qt.ItemDataRole.UserRole + 1


def word_spans(cue: Cue, shown: str) -> list[tuple[int, int, CueWord]]:
    """Where each of the cue's timed words sits in ``shown`` (words the author has since
    edited away are skipped)."""
    spans: list[tuple[int, int, CueWord]] = []
    at = 0
    for word in cue.words:
        text = word.text.strip()
        if not text:
            continue
        found = shown.find(text, at)
        if found < 0:
            continue
        spans.append((found, found + len(text), word))
        at = found + len(text)
    return spans


def confidence_tip(cue: Cue) -> str:
    """Each word with Whisper's confidence; the low ones first, to listen to."""
    if not cue.words:
        return ""
    low = [w for w in cue.words if is_low(w)]
    parts = []
    if low:
        parts.append(
            tr("Listen here first — low confidence: {words}").format(
                words=", ".join(f"{w.text.strip()} ({w.confidence:.0%})" for w in low)
            )
        )
    parts.append(
        tr("Word confidence: {words}").format(
            words=" ".join(f"{w.text.strip()} {w.confidence:.0%}" for w in cue.words)
        )
    )
    return "\n".join(parts)


def format_time(seconds: float) -> str:
    """``m:ss.mmm`` (``h:mm:ss.mmm`` past an hour): short enough for a table column."""
    stamp = format_timestamp(seconds)
    return stamp[3:] if stamp.startswith("00:") else stamp


def parse_time(text: str) -> float | None:
    """Seconds from ``1:02.5``, ``00:01:02.500``, ``62.5`` or ``62,5``; None if unreadable."""
    text = text.strip().replace(",", ".")
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        return parse_timestamp(text)
    return value if value >= 0 else None


_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.BackgroundRole,
        LOW_WORDS_ROLE,
    }
)


def _key(cue: Cue) -> tuple[float, float, str]:
    return (cue.start, cue.end, cue.text)


class CueTableModel(QtCore.QAbstractTableModel):
    """The cues of one track; edits go through ``studio.captions.commands``."""

    error = Signal(str)  # a refused edit, for the status line

    def __init__(self, stack: CommandStack, profile: str | CaptionProfile | None = None) -> None:
        super().__init__()
        self.stack = stack
        self._spec = get_profile(profile)  # as chosen; ``profile`` adds the track's CJK rule
        self.profile = self._spec
        self.track: CaptionTrack | None = None
        self._ids: list[int] = []
        self._snapshot: list[tuple[float, float, str]] = []
        self._starts: list[float] = []
        self.issues: dict[int, list[CaptionIssue]] = {}
        self._issue_total = 0
        # Warnings by (cue, next start): re-used after splits, merges, undo.
        self._cache: dict[tuple[tuple[float, float, str], float | None], list[CaptionIssue]] = {}
        self.current_row = -1  # the cue under the playhead
        self._bold = QFont()
        self._bold.setBold(True)

    # -- track and sync ----------------------------------------------------------
    @property
    def cues(self) -> list[Cue]:
        return self.track.cues if self.track is not None else []

    def set_track(self, track: CaptionTrack | None) -> None:
        self.track = track
        self.profile = self._spec.for_language(track.language if track else None)
        self._reset()

    def set_profile(self, profile: str | CaptionProfile | None) -> None:
        self._spec = get_profile(profile)
        self.profile = self._spec.for_language(self.track.language if self.track else None)
        self._reset()

    def _reset(self, full: bool = True) -> None:
        """Rebuild after the cue list changed; ``full=False`` re-checks only cues whose
        (timing, text, next start) is new, so a split in a long track stays quick."""
        self.beginResetModel()
        cues = self.cues
        self._ids = [id(c) for c in cues]
        self._snapshot = [_key(c) for c in cues]
        self._starts = [c.start for c in cues]
        self.issues = {}
        self._issue_total = 0
        if full:
            self._cache = {}
            for issue in check_cues(cues, self.profile):
                self.issues.setdefault(issue.index, []).append(issue)
            self._issue_total = sum(len(v) for v in self.issues.values())
            for row in range(len(cues)):
                self._cache[self._context(row)] = self.issues.get(row, [])
        else:
            for row in range(len(cues)):
                cached = self._cache.get(self._context(row))
                if cached is None:
                    self._check_row(row)
                elif cached:
                    self._set_issues(row, [replace(i, index=row) for i in cached])
        self.current_row = -1
        self.endResetModel()

    def _context(self, row: int) -> tuple[tuple[float, float, str], float | None]:
        """What a cue's warnings depend on: itself and the start of the next cue."""
        cues = self.cues
        return self._snapshot[row], cues[row + 1].start if row + 1 < len(cues) else None

    def sync(self) -> list[int]:
        """Catch up with the track after any command; returns the rows that changed."""
        cues = self.cues
        if list(map(id, cues)) != self._ids:
            self._reset(full=False)
            return list(range(len(cues)))
        # Inline comparisons (no tuple per cue): this runs on every keystroke.
        changed = [
            i
            for i, (cue, (start, end, text)) in enumerate(zip(cues, self._snapshot, strict=True))
            if cue.text is not text or cue.start != start or cue.end != end
        ]
        rows: set[int] = set()
        for row in changed:
            timing_moved = self._snapshot[row][:2] != _key(cues[row])[:2]
            self._snapshot[row] = _key(cues[row])
            self._starts[row] = cues[row].start
            rows.add(row)
            # A cue's warnings depend on itself and the next cue's start, so the cue
            # before needs a re-check only when this one's timing moved.
            if timing_moved and row > 0:
                rows.add(row - 1)
        for row in sorted(rows):
            self._check_row(row)
            self.dataChanged.emit(self.index(row, 0), self.index(row, COL_ISSUES))
        return changed

    def _check_row(self, row: int) -> None:
        """Re-check one cue (its issues depend only on itself and the next cue)."""
        cues = self.cues
        window = [cues[row]]
        if row + 1 < len(cues):  # only the next cue's start matters: don't lay out its text
            window.append(Cue(cues[row + 1].start, cues[row + 1].end, "."))
        found = [i for i in check_cues(window, self.profile) if i.index == 0]
        self._cache[self._context(row)] = found
        self._set_issues(row, [replace(i, index=row) for i in found])

    # -- playhead -------------------------------------------------------------------
    def row_at(self, seconds: float) -> int:
        """The cue shown at ``seconds`` (-1 between cues)."""
        row = bisect.bisect_right(self._starts, seconds) - 1
        if 0 <= row < len(self.cues) and self.cues[row].end > seconds:
            return row
        return -1

    def set_current(self, row: int) -> None:
        old, self.current_row = self.current_row, row
        for r in {old, row}:
            if 0 <= r < len(self.cues):
                self.dataChanged.emit(self.index(r, 0), self.index(r, COL_ISSUES))

    def issue_count(self) -> int:
        return self._issue_total

    def _set_issues(self, row: int, found: list[CaptionIssue]) -> None:
        self._issue_total += len(found) - len(self.issues.get(row, ()))
        if found:
            self.issues[row] = found
        else:
            self.issues.pop(row, None)

    # -- Qt model interface -------------------------------------------------------------
    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.cues)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(HEADERS[section])
        return None

    def flags(self, index: Any) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (COL_START, COL_END, COL_TEXT):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES:
            return None
        row, col = index.row(), index.column()
        if not index.isValid() or row >= len(self.cues):
            return None
        cue = self.cues[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == COL_NUMBER:
                return str(row + 1)
            if col == COL_START:
                return format_time(cue.start)
            if col == COL_END:
                return format_time(cue.end)
            if col == COL_TEXT:
                return cue.text.replace("\n", LINE_BREAK)
            if col == COL_ISSUES:
                issues = self.issues.get(row)
                return f"⚠ {len(issues)}" if issues else ""
        if role == LOW_WORDS_ROLE:
            if col != COL_TEXT or not cue.words:
                return None
            shown = cue.text.replace("\n", LINE_BREAK)
            return [(a, b) for a, b, word in word_spans(cue, shown) if is_low(word)] or None
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_TEXT and cue.words:
                return confidence_tip(cue)
            issues = self.issues.get(row)
            if issues:
                return "\n".join(f"{say(i.said)} — {i.fix}" for i in issues)
        if role == Qt.ItemDataRole.AccessibleTextRole and col == COL_ISSUES:
            issues = self.issues.get(row)
            return "; ".join(say(i.said) for i in issues) if issues else tr("no warnings")
        if role == Qt.ItemDataRole.AccessibleTextRole and col == COL_TEXT:
            low = [w.text.strip() for w in cue.words if is_low(w)]
            text = cue.text.replace("\n", " ")
            return text + ("; " + tr("low confidence: {w}").format(w=", ".join(low)) if low else "")
        if role == Qt.ItemDataRole.FontRole and row == self.current_row:
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole:
            if row == self.current_row:
                return QBrush(QColor(80, 140, 230, 90))
            if row in self.issues:
                return QBrush(QColor(240, 170, 40, 60))
        return None

    def setData(self, index: Any, value: Any, role: int = 2) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or self.track is None or not index.isValid():
            return False
        row, col = index.row(), index.column()
        cue = self.cues[row]
        try:
            if col == COL_TEXT:
                text = "\n".join(part.strip() for part in str(value).split(LINE_BREAK.strip()))
                if text.strip() == cue.text:
                    return False
                caption_commands.edit_text(self.stack, self.track, row, text)
            elif col in (COL_START, COL_END):
                seconds = parse_time(str(value))
                if seconds is None:
                    raise StudioError(
                        f"{value!r} is not a time", hint="Type seconds (62.5) or m:ss.mmm (1:02.5)."
                    )
                start, end = (seconds, cue.end) if col == COL_START else (cue.start, seconds)
                if (start, end) == (cue.start, cue.end):
                    return False
                caption_commands.edit_timing(self.stack, self.track, row, start, end)
            else:
                return False
        except StudioError as exc:
            self.error.emit(str(exc))
            return False
        return True
