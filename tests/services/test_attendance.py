"""Attendance per half-day: marks, "all present", counts and hours attended."""

from __future__ import annotations

from datetime import date, time

import pytest

from caprural_desktop.db.database import Database
from caprural_desktop.db.models import AttendanceStatus, Person, Registration, RegistrationStatus
from caprural_desktop.errors import ConflictError, UserError
from caprural_desktop.services.attendance import (
    attendance_grid,
    find_registration,
    mark,
    mark_all_present,
)
from caprural_desktop.services.sessions import SessionDraft, TimeSlotData, create_session

PRESENT, ABSENT, EXCUSED = AttendanceStatus


@pytest.fixture
def session_id(database: Database) -> int:
    """Two half-days (2 h 30 and 1 h 30) and four registrants, two of them confirmed."""
    created = create_session(
        database,
        SessionDraft(
            title="Coopérer avec les citoyens",
            capacity=2,
            time_slots=(
                TimeSlotData(date(2020, 10, 8), time(13, 30), time(15, 0), tentative=True),
                TimeSlotData(date(2020, 10, 8), time(9, 30), time(12, 0)),
            ),
        ),
    )
    people = [
        ("zoe@example.org", "Zoé", "Vidal", RegistrationStatus.CONFIRMED),
        ("amel@example.org", "Amel", "Bachir", RegistrationStatus.CONFIRMED),
        ("wait@example.org", "Walid", "Attente", RegistrationStatus.WAITLISTED),
        ("gone@example.org", "Gaëlle", "Annulée", RegistrationStatus.CANCELLED),
    ]
    with database.write() as session:
        for email, first, last, status in people:
            person = Person(email=email, first_name=first, last_name=last)
            session.add(person)
            session.flush()
            session.add(
                Registration(session_id=created, person_id=person.id, status=status, answers={})
            )
    return created


def emails(database: Database, session_id: int) -> list[str]:
    return [line.email for line in attendance_grid(database, session_id).lines]


def test_the_grid_lists_confirmed_first_by_name_and_half_days_in_order(
    database: Database, session_id: int
) -> None:
    grid = attendance_grid(database, session_id)
    assert [(slot.number, slot.start, slot.minutes) for slot in grid.slots] == [
        (1, time(9, 30), 150),
        (2, time(13, 30), 90),
    ]
    assert grid.slots[1].tentative
    assert emails(database, session_id) == [
        "amel@example.org",
        "zoe@example.org",
        "gone@example.org",
        "wait@example.org",
    ]
    assert all(line.marks == (None, None) for line in grid.lines)
    assert grid.minutes_planned == 240


def test_marks_counts_and_hours(database: Database, session_id: int) -> None:
    grid = attendance_grid(database, session_id)
    morning, afternoon = (slot.id for slot in grid.slots)
    amel = find_registration(database, session_id, " AMEL@example.org")
    walid = find_registration(database, session_id, "wait@example.org")
    mark(database, amel, afternoon, EXCUSED)
    assert mark_all_present(database, session_id, morning) == 2
    assert mark_all_present(database, session_id, afternoon) == 1  # Amel's excuse is kept
    mark(database, walid, morning, PRESENT)  # came anyway

    grid = attendance_grid(database, session_id)
    marks = {line.email: line.marks for line in grid.lines}
    assert marks["amel@example.org"] == (PRESENT, EXCUSED)
    assert marks["zoe@example.org"] == (PRESENT, PRESENT)
    assert marks["wait@example.org"] == (PRESENT, None)
    assert emails(database, session_id)[2] == "wait@example.org"  # marked: before the others
    first = grid.counts(0)
    assert (first.present, first.absent, first.excused, first.present_unconfirmed) == (3, 0, 0, 1)
    second = grid.counts(1)
    assert (second.present, second.excused) == (1, 1)
    minutes = {line.email: grid.minutes_attended(line) for line in grid.lines}
    assert minutes == {
        "amel@example.org": 150,
        "zoe@example.org": 240,
        "wait@example.org": 150,
        "gone@example.org": 0,
    }

    mark(database, amel, morning, ABSENT)
    mark(database, walid, morning, None)
    grid = attendance_grid(database, session_id)
    assert grid.counts(0).present == 1 and grid.counts(0).absent == 1


def test_a_half_day_of_another_session_is_refused(database: Database, session_id: int) -> None:
    other = create_session(
        database,
        SessionDraft(
            title="Autre", time_slots=(TimeSlotData(date(2020, 11, 5), time(9), time(12)),)
        ),
    )
    foreign_slot = attendance_grid(database, other).slots[0].id
    amel = find_registration(database, session_id, "amel@example.org")
    with pytest.raises(UserError):
        mark(database, amel, foreign_slot, PRESENT)
    with pytest.raises(UserError):
        mark_all_present(database, session_id, foreign_slot)
    with pytest.raises(UserError) as raised:
        find_registration(database, session_id, "nobody@example.org")
    assert "nobody@example.org" in raised.value.render()
    assert all(line.marks == (None, None) for line in attendance_grid(database, session_id).lines)


def test_a_mark_changed_elsewhere_since_it_was_shown_is_not_overwritten(
    database: Database, session_id: int
) -> None:
    grid = attendance_grid(database, session_id)
    registration = grid.lines[0].registration_id
    slot = grid.slots[0].id
    mark(database, registration, slot, PRESENT, shown=None)  # what both computers showed
    with pytest.raises(ConflictError, match="changed elsewhere"):
        mark(database, registration, slot, ABSENT, shown=None)  # the second computer
    assert attendance_grid(database, session_id).lines[0].marks[0] is PRESENT
    mark(database, registration, slot, ABSENT, shown=PRESENT)  # after reloading
    assert attendance_grid(database, session_id).lines[0].marks[0] is ABSENT
