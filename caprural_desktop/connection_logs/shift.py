"""Which clock a report is on: the session's, or one shifted by whole hours.

A report's times carry no zone, and some tools write UTC (or the account's
zone). The shift chosen is the one that puts the most connection time inside
the session's half-days; another than none is proposed only when it fits
clearly better, and the preview says so. UTC is tried as such too: over the
end or start of summer time, Paris is one hour further from it on some days
than on others, which no single shift can follow.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import NamedTuple

from ..clock import PARIS
from .presence import Interval, covered_minutes
from .records import ReportLine

#: Every offset a tool's clock can have from Paris time.
CANDIDATE_HOURS = range(-12, 15)
#: How much more of the connection time a shift must place inside the half-days.
CLEARLY_BETTER = 0.25


def connections(lines: Sequence[ReportLine], known_until: datetime | None) -> list[Interval]:
    """Each line's span, an open connection running until the report stops knowing."""
    spans = []
    for line in lines:
        left = line.left or known_until or line.joined
        spans.append((line.joined, max(line.joined, left)))
    return spans


def fit(spans: Sequence[Interval], slots: Sequence[Interval], hours: int) -> float:
    """The share of the connection time that falls inside the half-days, shifted by `hours`."""
    shift = timedelta(hours=hours)
    total = sum((end - start).total_seconds() / 60 for start, end in spans)
    if total <= 0:
        return 0.0
    inside = sum(
        covered_minutes([(start + shift, end + shift)], slot_start, slot_end)
        for start, end in spans
        for slot_start, slot_end in slots
    )
    return inside / total


def from_utc(moment: datetime) -> datetime:
    """A time written in UTC, as the clock in Paris read it that day."""
    return moment.replace(tzinfo=UTC).astimezone(PARIS).replace(tzinfo=None)


def utc_hours(moment: datetime) -> int:
    """How many hours Paris was ahead of UTC at `moment` (written in UTC)."""
    return moment.replace(tzinfo=UTC).astimezone(PARIS).utcoffset() // timedelta(hours=1)


class Clock(NamedTuple):
    """A report's clock: `hours` ahead of the session's, or UTC (`utc`), read day by day;
    `hours` is then Paris's offset from UTC at the report's first time, as shown."""

    hours: int
    utc: bool = False

    def move(self, moment: datetime) -> datetime:
        """A time of the report on the session's clock."""
        return from_utc(moment) if self.utc else moment + timedelta(hours=self.hours)


def best_shift(spans: Sequence[Interval], slots: Sequence[Interval]) -> tuple[Clock, float]:
    """The clock to read the report on (the session's unless another fits clearly
    better), and its fit."""
    unshifted = fit(spans, slots, 0)
    best, best_fit = Clock(0), unshifted
    for hours in sorted(CANDIDATE_HOURS, key=abs):
        candidate = fit(spans, slots, hours)
        if candidate > best_fit + 1e-9:
            best, best_fit = Clock(hours), candidate
    if spans:
        on_utc = fit([(from_utc(start), from_utc(end)) for start, end in spans], slots, 0)
        if on_utc > best_fit + 1e-9:
            best, best_fit = Clock(utc_hours(min(start for start, _ in spans)), utc=True), on_utc
    if best.hours and best_fit < unshifted + CLEARLY_BETTER:
        return Clock(0), unshifted
    return best, best_fit
