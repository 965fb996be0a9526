"""What an import kept, kept as raw HTML, and skipped: shown to the user after every import."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Status = Literal["kept", "raw_html", "skipped"]


@dataclass
class ReportEntry:
    status: Status
    where: str  # "line 12", "item q3", "page intro.html"...
    message: str


@dataclass
class ImportReport:
    """The outcome of one import: counts plus one line per notable item."""

    source: str = ""
    format: str = ""
    entries: list[ReportEntry] = field(default_factory=list)
    questions: int = 0
    modules: int = 0
    lessons: int = 0
    blocks: int = 0
    media: int = 0

    def kept(self, where: str, message: str) -> None:
        self.entries.append(ReportEntry("kept", where, message))

    def raw_html(self, where: str, message: str) -> None:
        self.entries.append(ReportEntry("raw_html", where, message))

    def skipped(self, where: str, message: str) -> None:
        self.entries.append(ReportEntry("skipped", where, message))

    def of(self, status: Status) -> list[ReportEntry]:
        return [e for e in self.entries if e.status == status]

    @property
    def skipped_entries(self) -> list[ReportEntry]:
        return self.of("skipped")

    def summary(self) -> str:
        parts = []
        if self.modules:
            parts.append(f"{self.modules} module(s)")
        if self.lessons:
            parts.append(f"{self.lessons} lesson(s)")
        if self.blocks:
            parts.append(f"{self.blocks} block(s)")
        if self.questions:
            parts.append(f"{self.questions} question(s)")
        if self.media:
            parts.append(f"{self.media} media file(s)")
        what = ", ".join(parts) or "nothing"
        skipped = len(self.skipped_entries)
        tail = f"; {skipped} item(s) skipped" if skipped else ""
        label = f" ({self.format})" if self.format else ""
        return f"Imported {what} from {self.source or 'the source'}{label}{tail}."

    def format_text(self) -> str:
        lines = [self.summary()]
        titles = {"kept": "Kept", "raw_html": "Kept as raw HTML", "skipped": "Skipped (not imported)"}
        statuses: tuple[Status, ...] = ("kept", "raw_html", "skipped")
        for status in statuses:
            items = self.of(status)
            if not items:
                continue
            lines.append(f"{titles[status]}:")
            lines.extend(f"  - {e.where}: {e.message}" for e in items)
        return "\n".join(lines)
