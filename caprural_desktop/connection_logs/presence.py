"""How long someone was connected during a half-day, and what that proves.

Connections are merged (two devices at once count once) and clipped to the
half-day, so time before the start, over lunch or after the end never counts.
A line that gives only bounds (first join, last leave, total) places its total
anywhere in between: the half-day gets the least and the most it can hold, and
when the threshold lies between the two, the half-day is to be checked.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from .records import ReportLine

Interval = tuple[datetime, datetime]


class Verdict(enum.StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    TO_CHECK = "to_check"


@dataclass(frozen=True)
class Presence:
    """The minutes of a half-day someone was surely (`low`) and at most (`high`) connected,
    rounded for showing; the verdict compares the exact minutes with the threshold."""

    low: int
    high: int
    exact_low: float | None = field(default=None, compare=False, repr=False)
    exact_high: float | None = field(default=None, compare=False, repr=False)

    def verdict(self, threshold_minutes: float) -> Verdict:
        low = self.low if self.exact_low is None else self.exact_low
        high = self.high if self.exact_high is None else self.exact_high
        if low >= threshold_minutes:
            return Verdict.PRESENT
        if high < threshold_minutes:
            return Verdict.ABSENT
        return Verdict.TO_CHECK


def threshold_minutes(start: datetime, end: datetime, percent: int) -> float:
    return _minutes(end - start) * percent / 100


def presence(
    lines: Iterable[tuple[ReportLine, datetime | None]], start: datetime, end: datetime
) -> Presence:
    """The presence in [start, end] that one person's lines prove.

    Each line comes with when its report stops knowing: a connection still open
    at the download lasted at least until then, and perhaps to the end.
    """
    surely: list[Interval] = []
    perhaps: list[Interval] = []
    bounded_low, bounded_high = 0.0, 0.0
    for line, known_until in lines:
        joined, left = line.joined, line.left
        if line.minutes is not None:
            last = left or max(known_until or joined, joined + timedelta(minutes=line.minutes))
            low, high = _bounded(joined, last, line.minutes, start, end)
            if left is None:  # still connected: perhaps until the end
                high += covered_minutes([(last, end)], start, end)
            bounded_low = max(bounded_low, low)
            bounded_high += high
        elif left is not None:
            surely.append((joined, left))
            perhaps.append((joined, left))
        else:
            surely.append((joined, max(joined, known_until or joined)))
            perhaps.append((joined, end))
    exact_low = covered_minutes(surely, start, end)
    exact_high = covered_minutes(perhaps, start, end)
    whole = _minutes(end - start)
    low = max(exact_low, bounded_low)
    high = max(low, min(whole, exact_high + bounded_high))
    if high - low < 1e-6:  # known exactly
        return Presence(round(low), round(low), low, low)
    return Presence(math.floor(low), math.ceil(high), low, high)


def covered_minutes(intervals: Sequence[Interval], start: datetime, end: datetime) -> float:
    """The minutes of [start, end] covered by at least one of the intervals."""
    clipped = sorted(
        (max(a, start), min(b, end)) for a, b in intervals if min(b, end) > max(a, start)
    )
    total = timedelta(0)
    current: Interval | None = None
    for a, b in clipped:
        if current is None or a > current[1]:
            if current is not None:
                total += current[1] - current[0]
            current = (a, b)
        else:
            current = (current[0], max(current[1], b))
    if current is not None:
        total += current[1] - current[0]
    return _minutes(total)


def _bounded(
    joined: datetime, left: datetime, minutes: float, start: datetime, end: datetime
) -> tuple[float, float]:
    """The least and most of `minutes`, spent somewhere in [joined, left], inside [start, end]."""
    span = _minutes(left - joined)
    minutes = min(minutes, span)
    inside = covered_minutes([(joined, left)], start, end)
    outside = span - inside
    return max(0.0, minutes - outside), min(inside, minutes)


def _minutes(delta: timedelta) -> float:
    return delta.total_seconds() / 60
