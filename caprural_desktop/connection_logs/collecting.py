"""Turning a tool's rows into report lines, with the reason for each line left out."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime

from ..db.models import ConferenceTool
from ..errors import QT_TRANSLATE_NOOP, Message
from ..spreadsheets.reading import Cell
from .records import Report, ReportLine, Role, SkippedLine
from .table import Row
from .times import Clock, read_minutes

#: What a leave time says when the person was still connected at the download.
STILL_CONNECTED = ("", "-", "—")


def clock_for(
    rows: Iterable[Row], columns: Sequence[int | None], session_dates: Iterable[date]
) -> Clock:
    texts = [
        text for row in rows for column in columns if (text := row.text(column)) and ":" in text
    ]
    return Clock(texts, session_dates)


class Collector:
    """Collects the usable lines of a report, and those skipped with their reason."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.lines: list[ReportLine] = []
        self.skipped: list[SkippedLine] = []
        self.latest: datetime | None = None

    def add(
        self,
        row: Row,
        name: str,
        email: str,
        role: Role,
        joined_cell: Cell,
        left_cell: Cell,
        minutes_cell: Cell = None,
        *,
        bounds: bool = False,
    ) -> None:
        """One connection (or, with `bounds`, a first join, last leave and total)."""
        joined = self.clock.read(joined_cell)
        if joined is None:
            self.skip(row, name, unreadable(joined_cell))
            return
        left: datetime | None = None
        if not _still_connected(left_cell):
            left = self.clock.read(left_cell)
            if left is None or left < joined:
                self.skip(row, name, unreadable(left_cell))
                return
        minutes = read_minutes(minutes_cell) if bounds else None
        if bounds and minutes is None:
            self.skip(row, name, unreadable(minutes_cell, duration=True))
            return
        self.note_time(left or joined)
        self.lines.append(ReportLine(row.number, name, email, role, joined, left, minutes))

    def note_time(self, moment: datetime | None) -> None:
        if moment is not None and (self.latest is None or moment > self.latest):
            self.latest = moment

    def skip(self, row: Row, name: str, reason: Message) -> None:
        self.skipped.append(SkippedLine(row.number, name, reason))

    def report(self, tool: ConferenceTool, file_name: str, *, dated: bool = True) -> Report:
        """The report of what was collected; it knows until the latest time it holds."""
        return Report(
            tool,
            file_name,
            tuple(self.lines),
            self.latest,
            dated=dated,
            skipped=tuple(self.skipped),
        )


def _still_connected(cell: Cell) -> bool:
    return cell is None or (isinstance(cell, str) and cell.strip() in STILL_CONNECTED)


def unreadable(cell: Cell, *, duration: bool = False) -> Message:
    text = "" if cell is None else str(cell).strip()
    if duration:
        return Message(
            QT_TRANSLATE_NOOP("Messages", "unreadable duration: “{text}”"), {"text": text}
        )
    return Message(QT_TRANSLATE_NOOP("Messages", "unreadable time: “{text}”"), {"text": text})


def unknown_action(text: str) -> Message:
    return Message(QT_TRANSLATE_NOOP("Messages", "unknown action: “{text}”"), {"text": text})
