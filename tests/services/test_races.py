"""Two coordinators at once, on real concurrent connections: nothing lost, nothing doubled.

Each race starts its contenders together with a barrier and is repeated. On SQLite
writers take turns anyway; on PostgreSQL the session's row lock is what keeps the
last seat single, as the race without it shows.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta

import pytest
from google_forms import response, write_xlsx
from sqlalchemy import func, select

from caprural_desktop.db.database import Database
from caprural_desktop.db.models import (
    AttendanceStatus,
    Person,
    Registration,
    RegistrationStatus,
    TimeSlot,
)
from caprural_desktop.errors import ConflictError
from caprural_desktop.services.attendance import mark
from caprural_desktop.services.connection_apply import add_walk_ins
from caprural_desktop.services.importing import apply_import, plan_import
from caprural_desktop.services.registrations import (
    NoSeatError,
    _confirm_if_free,
    cancel_registration,
)
from caprural_desktop.services.sessions import SessionDraft, create_session

CONTENDERS = 3
ROUNDS = 8


def full_but_one(database: Database, round_: int = 0) -> tuple[int, list[int]]:
    """A session of 2 places, one taken, and three people waiting for the other."""
    session_id, ids = queue_of(database, f"p{round_}", capacity=2, seated=1, waiting=CONTENDERS)
    return session_id, ids[1:]


def queue_of(
    database: Database, name: str, *, capacity: int, seated: int, waiting: int
) -> tuple[int, list[int]]:
    """A session whose first `seated` registrants are confirmed and the next `waiting`
    wait, in submission order; the session and the registrations' ids in that order."""
    session_id = create_session(database, SessionDraft(title=name, capacity=capacity))
    start = datetime(2020, 9, 1, tzinfo=UTC)
    ids = []
    with database.write() as session:
        for number in range(seated + waiting):
            person = Person(email=f"{name}.{number}@example.org", last_name=f"P{number}")
            session.add(person)
            session.flush()
            registration = Registration(
                session_id=session_id,
                person_id=person.id,
                submitted_at=start + timedelta(minutes=number),
                status=RegistrationStatus.CONFIRMED
                if number < seated
                else RegistrationStatus.WAITLISTED,
                answers={},
            )
            session.add(registration)
            session.flush()
            ids.append(registration.id)
    return session_id, ids


def confirmed(database: Database, session_id: int) -> int:
    with database.read() as session:
        return session.scalar(
            select(func.count(Registration.id)).where(
                Registration.session_id == session_id,
                Registration.status == RegistrationStatus.CONFIRMED,
            )
        )


def race(database: Database, session_id: int, waiting: list[int], *, lock: bool) -> list[str]:
    """Each contender, on its own connection, gives the last seat to another person.

    Without the lock, everyone counts the seats before anyone writes: the race made certain.
    """
    between = None if lock else threading.Barrier(len(waiting)).wait
    outcomes: list[str] = []

    def give(registration_id: int) -> None:
        try:
            _confirm_if_free(database, registration_id, lock=lock, counted=between)
        except NoSeatError:
            outcomes.append("full")
        else:
            outcomes.append("confirmed")

    assert at_once([lambda r=r: give(r) for r in waiting]) == []
    return outcomes


def test_the_last_seat_goes_to_exactly_one_of_three_coordinators(database: Database) -> None:
    for round_ in range(ROUNDS):
        session_id, waiting = full_but_one(database, round_)
        outcomes = race(database, session_id, waiting, lock=True)
        assert sorted(outcomes) == ["confirmed", "full", "full"]
        assert confirmed(database, session_id) == 2


@pytest.mark.postgresql_only
def test_without_the_lock_the_session_would_be_overbooked(database: Database) -> None:
    session_id, waiting = full_but_one(database)
    outcomes = race(database, session_id, waiting, lock=False)
    assert outcomes.count("confirmed") > 1
    assert confirmed(database, session_id) > 2


def test_one_sheet_imported_from_two_computers_at_once_registers_everyone_once(
    database: Database, tmp_path
) -> None:
    rows = [response(datetime(2020, 9, 1, 9, n), f"r{n}@example.org") for n in range(30)]
    path = write_xlsx(tmp_path / "réponses.xlsx", rows)
    for round_ in range(ROUNDS // 2):
        first = create_session(database, SessionDraft(title=f"A{round_}", capacity=20))
        second = create_session(database, SessionDraft(title=f"B{round_}", capacity=20))
        # Two laptops into one session, and a third into another: the same new people.
        plans = [plan_import(database, session_id, path) for session_id in (first, first, second)]
        failures = at_once([lambda plan=plan: apply_import(database, plan) for plan in plans])
        assert failures == []
        with database.read() as session:
            people = session.scalar(select(func.count(Person.id)))
            registrations = session.scalar(
                select(func.count(Registration.id)).where(
                    Registration.session_id.in_((first, second))
                )
            )
        assert (people, registrations) == (30, 60)


def test_the_same_walk_ins_added_from_two_computers_at_once_are_registered_once(
    database: Database,
) -> None:
    """Two laptops add the people of the same connection log to the session, and a
    third to another: one person each, one registration in each session."""
    for round_ in range(ROUNDS // 2):
        first = create_session(database, SessionDraft(title=f"W{round_}", capacity=20))
        second = create_session(database, SessionDraft(title=f"X{round_}", capacity=20))
        people = [(f"Invitée{n} Venue", f"w{round_}.{n}@example.org") for n in range(5)]
        failures = at_once(
            [lambda s=s, p=people: add_walk_ins(database, s, p) for s in (first, first, second)]
        )
        assert failures == []
        with database.read() as session:
            emails = [email for _, email in people]
            known = session.scalar(select(func.count(Person.id)).where(Person.email.in_(emails)))
            registered = [
                session.scalar(
                    select(func.count(Registration.id)).where(Registration.session_id == s)
                )
                for s in (first, second)
            ]
        assert (known, registered) == (5, [5, 5])


def at_once(jobs: list[Callable[[], object]]) -> list[BaseException]:
    """Runs the jobs in threads released together; returns what they raised."""
    barrier = threading.Barrier(len(jobs))
    failures: list[BaseException] = []

    def run(job: Callable[[], object]) -> None:
        barrier.wait()
        try:
            job()
        except BaseException as error:  # noqa: BLE001 - the test reports it
            failures.append(error)

    threads = [threading.Thread(target=run, args=(job,)) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return failures


def test_two_cancellations_at_once_promote_two_from_the_waitlist_never_more(
    database: Database,
) -> None:
    """Each cancellation gives its seat to the head of the waitlist, one after the other."""
    for round_ in range(ROUNDS // 2):
        session_id, ids = queue_of(database, f"c{round_}", capacity=2, seated=2, waiting=3)
        failures = at_once([lambda r=r: cancel_registration(database, r) for r in ids[:2]])
        assert failures == []
        assert confirmed(database, session_id) == 2
        with database.read() as session:
            statuses = [session.get(Registration, r).status for r in ids]
        assert statuses[2:] == [
            RegistrationStatus.CONFIRMED,
            RegistrationStatus.CONFIRMED,
            RegistrationStatus.WAITLISTED,
        ]


def test_two_computers_marking_the_same_half_day_at_once_one_is_told(
    database: Database,
) -> None:
    """Both saw no mark; the second to write finds the first's, and writes nothing."""
    session_id, waiting = full_but_one(database)
    slot_id = create_slot(database, session_id)
    for round_ in range(ROUNDS):
        registration = waiting[round_ % len(waiting)]
        mark(database, registration, slot_id, None)
        failures = at_once(
            [
                lambda status=status, registration=registration: mark(
                    database, registration, slot_id, status, shown=None
                )
                for status in (AttendanceStatus.PRESENT, AttendanceStatus.ABSENT)
            ]
        )
        assert [type(error) for error in failures] == [ConflictError]


def create_slot(database: Database, session_id: int) -> int:
    with database.write() as session:
        slot = TimeSlot(
            session_id=session_id, date=date(2020, 10, 8), start=time(9, 30), end=time(12)
        )
        session.add(slot)
        session.flush()
        return slot.id
