"""Which clock a report is on: the session's, or one shifted by whole hours.

A report's times carry no zone, and some tools write UTC (or the account's
zone). The shift chosen is the one that puts the most connection time inside
the session's half-days; another than none is proposed only when it fits
clearly better, and the preview says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

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


def best_shift(spans: Sequence[Interval], slots: Sequence[Interval]) -> tuple[int, float]:
    """The shift in hours to apply (0 unless another fits clearly better), and its fit."""
    unshifted = fit(spans, slots, 0)
    best_hours, best_fit = 0, unshifted
    for hours in sorted(CANDIDATE_HOURS, key=abs):
        candidate = fit(spans, slots, hours)
        if candidate > best_fit + 1e-9:
            best_hours, best_fit = hours, candidate
    if best_hours and best_fit < unshifted + CLEARLY_BETTER:
        return 0, unshifted
    return best_hours, best_fit
