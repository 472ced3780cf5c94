"""The queue rules, pure: who is confirmed, waitlisted, late or cancelled, and when is late."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from caprural_desktop.db.models import RegistrationStatus
from caprural_desktop.services.queue import (
    QueueEntry,
    compute_statuses,
    deadline_end,
    is_late,
    queue_order,
)

PARIS = ZoneInfo("Europe/Paris")
CONFIRMED = RegistrationStatus.CONFIRMED
WAITLISTED = RegistrationStatus.WAITLISTED
LATE = RegistrationStatus.LATE
CANCELLED = RegistrationStatus.CANCELLED

DEADLINE = date(2020, 10, 2)  # the demo session's
BEFORE = datetime(2020, 9, 28, 10, 0, tzinfo=PARIS)


def paris(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=PARIS)


def on_time(minutes: int) -> datetime:
    return BEFORE + timedelta(minutes=minutes)


def statuses(entries: list[QueueEntry], capacity: int, deadline: date | None = DEADLINE):
    return compute_statuses(entries, capacity=capacity, deadline=deadline)


# When a response is late ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("deadline", "last_on_time", "first_late"),
    [
        pytest.param(
            date(2020, 10, 2),
            paris(2020, 10, 2, 23, 59, 59),
            paris(2020, 10, 3, 0, 0),
            id="october-summer-time",
        ),
        pytest.param(
            date(2021, 1, 15),
            paris(2021, 1, 15, 23, 59, 59),
            paris(2021, 1, 16, 0, 0),
            id="winter",
        ),
        pytest.param(
            # The clocks go back at 03:00 on 25 October 2020: the deadline day lasts 25 hours.
            date(2020, 10, 25),
            paris(2020, 10, 25, 23, 59, 59),
            paris(2020, 10, 26, 0, 0),
            id="day-the-clocks-go-back",
        ),
        pytest.param(
            date(2021, 3, 28),  # the clocks go forward: a 23-hour day
            paris(2021, 3, 28, 23, 59, 59),
            paris(2021, 3, 29, 0, 0),
            id="day-the-clocks-go-forward",
        ),
    ],
)
def test_late_means_after_the_end_of_the_deadline_day_in_paris(deadline, last_on_time, first_late):
    assert not is_late(last_on_time, deadline)
    assert not is_late(last_on_time.replace(hour=23, minute=59, second=0), deadline)
    assert is_late(first_late, deadline)
    assert is_late(first_late + timedelta(days=3), deadline)
    assert not is_late(paris(deadline.year, deadline.month, deadline.day, 0, 0), deadline)
    # The same moments written in UTC, as the database returns them.
    assert not is_late(last_on_time.astimezone(UTC), deadline)
    assert is_late(first_late.astimezone(UTC), deadline)
    assert deadline_end(deadline) == first_late


def test_the_deadline_end_in_utc_follows_summer_and_winter_time():
    # 2 October 2020 is summer time (UTC+2); 15 January 2021 winter time (UTC+1).
    assert deadline_end(date(2020, 10, 2)).astimezone(UTC) == datetime(2020, 10, 2, 22, tzinfo=UTC)
    assert deadline_end(date(2021, 1, 15)).astimezone(UTC) == datetime(2021, 1, 15, 23, tzinfo=UTC)
    # The day the clocks go back ends at 23:00 UTC, the day before at 22:00 UTC.
    assert deadline_end(date(2020, 10, 24)).astimezone(UTC) == datetime(
        2020, 10, 24, 22, tzinfo=UTC
    )
    assert deadline_end(date(2020, 10, 25)).astimezone(UTC) == datetime(
        2020, 10, 25, 23, tzinfo=UTC
    )


def test_utc_times_near_midnight_are_judged_in_paris_time():
    # 22:30 UTC on the deadline day is already 00:30 the next day in Paris (summer)...
    assert is_late(datetime(2020, 10, 2, 22, 30, tzinfo=UTC), date(2020, 10, 2))
    assert not is_late(datetime(2020, 10, 2, 21, 59, 59, tzinfo=UTC), date(2020, 10, 2))
    # ... and 22:30 UTC in January is still 23:30 in Paris (winter).
    assert not is_late(datetime(2021, 1, 15, 22, 30, tzinfo=UTC), date(2021, 1, 15))
    assert is_late(datetime(2021, 1, 15, 23, 0, tzinfo=UTC), date(2021, 1, 15))


def test_no_deadline_or_no_timestamp_is_never_late():
    assert deadline_end(None) is None
    assert not is_late(paris(2099, 1, 1, 0, 0), None)
    assert not is_late(None, DEADLINE)


# Confirmed and waitlisted ----------------------------------------------------------------


def test_the_first_capacity_on_time_are_confirmed_by_submission_time():
    entries = [QueueEntry(id=n, submitted_at=on_time(n)) for n in range(10)]
    shuffled = entries[:]
    random.Random(3).shuffle(shuffled)

    result = statuses(shuffled, capacity=4)

    assert result == {n: CONFIRMED if n < 4 else WAITLISTED for n in range(10)}


def test_submission_time_not_id_decides_and_ties_go_to_the_lower_id():
    same = on_time(5)
    entries = [
        QueueEntry(id=1, submitted_at=on_time(30)),
        QueueEntry(id=7, submitted_at=same),
        QueueEntry(id=3, submitted_at=same),
        QueueEntry(id=9, submitted_at=on_time(1)),
    ]
    assert statuses(entries, capacity=2) == {
        9: CONFIRMED,
        3: CONFIRMED,
        7: WAITLISTED,
        1: WAITLISTED,
    }
    assert [e.id for e in sorted(entries, key=queue_order)] == [9, 3, 7, 1]


def test_times_in_different_offsets_are_compared_as_moments():
    entries = [
        QueueEntry(id=1, submitted_at=datetime(2020, 9, 28, 9, 30, tzinfo=PARIS)),  # 07:30 UTC
        QueueEntry(id=2, submitted_at=datetime(2020, 9, 28, 7, 0, tzinfo=UTC)),
    ]
    assert statuses(entries, capacity=1) == {2: CONFIRMED, 1: WAITLISTED}


def test_late_responses_are_never_confirmed_automatically():
    entries = [
        QueueEntry(id=1, submitted_at=paris(2020, 10, 3, 0, 0)),
        QueueEntry(id=2, submitted_at=paris(2020, 10, 2, 23, 59)),
        QueueEntry(id=3, submitted_at=paris(2020, 11, 2, 9, 0)),  # winter time
    ]
    assert statuses(entries, capacity=20) == {1: LATE, 2: CONFIRMED, 3: LATE}
    assert statuses(entries, capacity=20, deadline=None) == {
        1: CONFIRMED,
        2: CONFIRMED,
        3: CONFIRMED,
    }


def test_forced_confirmations_take_their_seats_whatever_the_order():
    entries = [
        QueueEntry(id=1, submitted_at=on_time(1)),
        QueueEntry(id=2, submitted_at=on_time(2)),
        QueueEntry(id=3, submitted_at=on_time(3)),
        QueueEntry(id=4, submitted_at=on_time(4), forced_confirmed=True),
    ]
    assert statuses(entries, capacity=2) == {
        1: CONFIRMED,
        2: WAITLISTED,
        3: WAITLISTED,
        4: CONFIRMED,
    }


def test_forced_confirmations_may_exceed_the_capacity():
    entries = [
        QueueEntry(id=1, submitted_at=on_time(1)),
        QueueEntry(id=2, submitted_at=on_time(2), forced_confirmed=True),
        QueueEntry(id=3, submitted_at=None, forced_confirmed=True),
        QueueEntry(id=4, submitted_at=paris(2020, 10, 5, 9, 0), forced_confirmed=True),
    ]
    assert statuses(entries, capacity=2) == {
        1: WAITLISTED,
        2: CONFIRMED,
        3: CONFIRMED,
        4: CONFIRMED,  # late, but the coordinator confirmed it
    }


def test_an_accepted_late_response_joins_the_queue_in_submission_order():
    late_first = paris(2020, 10, 3, 8, 0)
    late_second = paris(2020, 10, 4, 8, 0)
    entries = [
        QueueEntry(id=1, submitted_at=on_time(1)),
        QueueEntry(id=2, submitted_at=late_second, accepted_late=True),
        QueueEntry(id=3, submitted_at=late_first, accepted_late=True),
        QueueEntry(id=4, submitted_at=on_time(2)),
        QueueEntry(id=5, submitted_at=paris(2020, 10, 3, 7, 0)),  # late, not accepted
    ]
    assert statuses(entries, capacity=3) == {
        1: CONFIRMED,
        4: CONFIRMED,
        3: CONFIRMED,
        2: WAITLISTED,
        5: LATE,
    }
    assert statuses(entries, capacity=2) == {
        1: CONFIRMED,
        4: CONFIRMED,
        3: WAITLISTED,
        2: WAITLISTED,
        5: LATE,
    }


def test_accepting_an_on_time_response_changes_nothing():
    entries = [
        QueueEntry(id=1, submitted_at=on_time(1), accepted_late=True),
        QueueEntry(id=2, submitted_at=on_time(2)),
    ]
    assert statuses(entries, capacity=1) == {1: CONFIRMED, 2: WAITLISTED}


def test_a_cancellation_stays_and_frees_its_seat():
    entries = [
        QueueEntry(id=1, submitted_at=on_time(1), cancelled=True),
        QueueEntry(id=2, submitted_at=on_time(2)),
        QueueEntry(id=3, submitted_at=on_time(3)),
        QueueEntry(id=4, submitted_at=paris(2020, 10, 9, 9, 0), cancelled=True),
        QueueEntry(id=5, submitted_at=on_time(0), cancelled=True, forced_confirmed=True),
        QueueEntry(id=6, submitted_at=None, cancelled=True, accepted_late=True),
    ]
    assert statuses(entries, capacity=1) == {
        1: CANCELLED,
        2: CONFIRMED,
        3: WAITLISTED,
        4: CANCELLED,
        5: CANCELLED,
        6: CANCELLED,
    }


def test_responses_without_timestamp_come_after_every_timed_one():
    entries = [
        QueueEntry(id=1, submitted_at=None),
        QueueEntry(id=2, submitted_at=None),
        QueueEntry(id=3, submitted_at=paris(2020, 10, 2, 23, 0)),
        QueueEntry(id=4, submitted_at=on_time(0)),
    ]
    assert statuses(entries, capacity=2) == {
        1: WAITLISTED,
        2: WAITLISTED,
        3: CONFIRMED,
        4: CONFIRMED,
    }
    assert statuses(entries, capacity=3) == {
        1: CONFIRMED,  # the untimed ones among themselves: in order of arrival
        2: WAITLISTED,
        3: CONFIRMED,
        4: CONFIRMED,
    }
    assert [e.id for e in sorted(entries, key=queue_order)] == [4, 3, 1, 2]


def test_no_seat_and_no_entry():
    entries = [QueueEntry(id=n, submitted_at=on_time(n)) for n in range(3)]
    assert statuses(entries, capacity=0) == dict.fromkeys(range(3), WAITLISTED)
    assert statuses([], capacity=20) == {}


def test_every_entry_gets_a_status_from_any_iterable():
    entries = (QueueEntry(id=n, submitted_at=on_time(-n)) for n in range(50))
    result = statuses(entries, capacity=20)  # a generator, as recompute_queue passes
    assert sorted(result) == list(range(50))
    assert sum(status is CONFIRMED for status in result.values()) == 20
    assert {n for n, status in result.items() if status is CONFIRMED} == set(range(30, 50))


def test_nobody_confirmed_is_sent_back_to_the_waitlist():
    """Overbooking (a forced confirmation, a smaller capacity) is absorbed by cancellations."""
    entries = [
        QueueEntry(id=1, submitted_at=on_time(1), confirmed=True),
        QueueEntry(id=2, submitted_at=on_time(2), confirmed=True),
        QueueEntry(id=3, submitted_at=on_time(3), forced_confirmed=True),
        QueueEntry(id=4, submitted_at=on_time(0)),  # earlier, but arrived after the others
    ]
    assert statuses(entries, capacity=2) == {
        1: CONFIRMED,
        2: CONFIRMED,
        3: CONFIRMED,
        4: WAITLISTED,
    }
    entries[0] = QueueEntry(id=1, submitted_at=on_time(1), cancelled=True)
    assert statuses(entries, capacity=2)[4] is WAITLISTED  # still one over: nobody promoted
    entries[1] = QueueEntry(id=2, submitted_at=on_time(2), cancelled=True)
    assert statuses(entries, capacity=2)[4] is CONFIRMED  # a seat is free: the head takes it


def test_a_deadline_moved_before_a_confirmed_response_leaves_its_seat():
    """People told they have a seat keep it; only those still waiting become late."""
    entries = [
        QueueEntry(id=1, submitted_at=paris(2020, 10, 1, 9), confirmed=True),
        QueueEntry(id=2, submitted_at=paris(2020, 10, 2, 9)),
    ]
    assert statuses(entries, capacity=5, deadline=date(2020, 9, 30)) == {1: CONFIRMED, 2: LATE}
