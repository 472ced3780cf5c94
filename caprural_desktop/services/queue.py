"""Who is confirmed, waitlisted or late: the queue rules, as a pure function.

Among on-time registrations that are not cancelled, in order of submission
(responses without a timestamp after all others), the first `capacity` are
confirmed and the rest waitlisted. A response after the end of the deadline day
(Paris time) is late and never confirmed automatically. The coordinator's
decisions stand: a forced confirmation takes its seat whatever the order, an
accepted late response joins the queue, a cancellation stays.

Nobody confirmed is sent back to the waitlist by a recomputation: people are
told they have a seat. A forced confirmation over a full session, or a smaller
capacity, overbooks until cancellations absorb it; seats that free up go to the
waitlist in order.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from typing import NamedTuple

from ..clock import PARIS
from ..db.models import RegistrationStatus

Status = RegistrationStatus


class QueueEntry(NamedTuple):
    """A registration as the queue sees it (a tuple: an import makes 100,000 of them)."""

    id: int
    submitted_at: datetime | None
    cancelled: bool = False
    forced_confirmed: bool = False
    accepted_late: bool = False
    #: Confirmed now: keeps the seat.
    confirmed: bool = False


def deadline_end(deadline: date | None) -> datetime | None:
    """The first moment that is late: midnight after the deadline day, in Paris."""
    if deadline is None:
        return None
    return datetime.combine(deadline + timedelta(days=1), time(0), tzinfo=PARIS)


def is_late(submitted_at: datetime | None, deadline: date | None) -> bool:
    return _after(submitted_at, deadline_end(deadline))


def _after(submitted_at: datetime | None, end: datetime | None) -> bool:
    return end is not None and submitted_at is not None and submitted_at >= end


#: Where responses without a timestamp sort among the others, before the entry number.
_NO_TIME = datetime.min.replace(tzinfo=PARIS)


def queue_order(entry: QueueEntry) -> tuple[bool, datetime, int]:
    """Submission order; responses without a timestamp after the others, by arrival."""
    return (entry.submitted_at is None, entry.submitted_at or _NO_TIME, entry.id)


def compute_statuses(
    entries: Iterable[QueueEntry], *, capacity: int, deadline: date | None
) -> dict[int, Status]:
    """The status of every registration of a session."""
    statuses: dict[int, Status] = {}
    waiting: list[QueueEntry] = []
    end = deadline_end(deadline)
    for entry in entries:
        if entry.cancelled:
            statuses[entry.id] = Status.CANCELLED
        elif entry.forced_confirmed or entry.confirmed:  # a deadline moved earlier too
            statuses[entry.id] = Status.CONFIRMED
        elif _after(entry.submitted_at, end) and not entry.accepted_late:
            statuses[entry.id] = Status.LATE
        else:
            waiting.append(entry)
    seats = capacity - sum(1 for status in statuses.values() if status is Status.CONFIRMED)
    for entry in sorted(waiting, key=queue_order):
        statuses[entry.id] = Status.CONFIRMED if seats > 0 else Status.WAITLISTED
        seats -= 1
    return statuses
