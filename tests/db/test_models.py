"""The schema as the database enforces it: time zones, constraints, versions."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone

import pytest
from sqlalchemy import exc as sa_exc
from sqlalchemy import select, text
from sqlalchemy.dialects import sqlite

from caprural_desktop.db.database import Database
from caprural_desktop.db.models import (
    Organisation,
    Person,
    Registration,
    RegistrationStatus,
    SessionFormat,
    SessionStatus,
    Speaker,
    SpeakerKind,
    TimeSlot,
    TrainingSession,
)
from caprural_desktop.db.types import UTCDateTime, utc_now

PARIS_SUMMER = timezone(timedelta(hours=2))


def add_session(database: Database, **values: object) -> int:
    fields = {"title": "Session", "format": SessionFormat.WEB, "capacity": 20} | values
    with database.write() as session:
        record = TrainingSession(**fields)
        session.add(record)
        session.flush()
        return record.id


def add_registration(database: Database, submitted_at: datetime) -> int:
    session_id = add_session(database)
    with database.write() as session:
        person = Person(first_name="Élodie", last_name="Martin", email="elodie@exemple.fr")
        registration = Registration(
            session_id=session_id,
            person=person,
            submitted_at=submitted_at,
            status=RegistrationStatus.CONFIRMED,
            answers={"Structure": "Mairie de Die", "Repas": True},
        )
        session.add(registration)
        session.flush()
        return registration.id


def test_utc_now_is_aware_utc() -> None:
    now = utc_now()
    assert now.tzinfo is not None
    assert now.utcoffset() == timedelta(0)


def test_datetimes_come_back_aware_in_utc(database: Database) -> None:
    submitted = datetime(2020, 10, 1, 18, 45, 12, tzinfo=PARIS_SUMMER)
    registration_id = add_registration(database, submitted)

    with database.read() as session:
        stored = session.get(Registration, registration_id)
        assert stored is not None
        assert stored.submitted_at.tzinfo is not None
        assert stored.submitted_at.utcoffset() == timedelta(0)
        assert stored.submitted_at == submitted
        assert stored.submitted_at == datetime(2020, 10, 1, 16, 45, 12, tzinfo=UTC)
        assert stored.created_at.utcoffset() == timedelta(0)
        assert stored.updated_at.utcoffset() == timedelta(0)
        assert stored.answers == {"Structure": "Mairie de Die", "Repas": True}


def test_datetimes_are_stored_as_utc(database: Database) -> None:
    add_registration(database, datetime(2020, 10, 1, 18, 45, tzinfo=PARIS_SUMMER))
    with database.read() as session:
        raw = session.execute(text("SELECT submitted_at FROM registration")).scalar_one()
    assert str(raw).startswith("2020-10-01 16:45")


def test_naive_datetimes_are_refused(database: Database) -> None:
    with pytest.raises(sa_exc.StatementError) as raised:
        add_registration(database, datetime(2020, 10, 1, 18, 45))
    assert isinstance(raised.value.orig, ValueError)
    assert "naive" in str(raised.value.orig)
    with database.read() as session:
        assert session.scalars(select(Registration)).all() == []


def test_utc_datetime_type_directly() -> None:
    column_type = UTCDateTime()
    dialect = sqlite.dialect()
    with pytest.raises(ValueError, match="naive"):
        column_type.process_bind_param(datetime(2020, 1, 1), dialect)
    assert column_type.process_bind_param(None, dialect) is None
    assert column_type.process_result_value(None, dialect) is None

    bound = column_type.process_bind_param(datetime(2020, 1, 1, 12, tzinfo=PARIS_SUMMER), dialect)
    assert bound == datetime(2020, 1, 1, 10, tzinfo=UTC)
    assert bound is not None and bound.utcoffset() == timedelta(0)

    read = column_type.process_result_value(datetime(2020, 1, 1, 10), dialect)
    assert read == datetime(2020, 1, 1, 10, tzinfo=UTC)
    assert read is not None and read.utcoffset() == timedelta(0)


def test_enums_are_stored_as_lower_case_values(database: Database) -> None:
    add_session(database, format=SessionFormat.ONSITE, status=SessionStatus.OPEN)
    with database.read() as session:
        row = session.execute(text("SELECT format, status FROM training_session")).one()
    assert tuple(row) == ("onsite", "open")


def test_defaults_of_a_new_session(database: Database) -> None:
    session_id = add_session(database)
    with database.read() as session:
        record = session.get(TrainingSession, session_id)
        assert record is not None
        assert record.version == 1
        assert record.status is SessionStatus.DRAFT
        assert record.requires_dues is True
        assert record.why == record.audience == record.location == ""
        assert record.registration_deadline is None


def test_the_database_refuses_a_negative_capacity(database: Database) -> None:
    with pytest.raises(sa_exc.IntegrityError):
        add_session(database, capacity=-1)


def test_the_database_refuses_a_half_day_ending_before_it_starts(database: Database) -> None:
    session_id = add_session(database)
    with pytest.raises(sa_exc.IntegrityError), database.write() as session:
        session.add(
            TimeSlot(session_id=session_id, date=date(2027, 3, 4), start=time(12), end=time(9))
        )


def test_the_database_refuses_an_unknown_enum_value(database: Database) -> None:
    with pytest.raises(sa_exc.IntegrityError), database.write() as session:
        session.execute(
            text(
                "INSERT INTO speaker (kind, name, organisation, description, email, phone,"
                " website, search_key, version, created_at, updated_at)"
                " VALUES ('robot', 'X', '', '', '', '', '', '', 1, '2020-01-01', '2020-01-01')"
            )
        )


def test_a_person_email_is_unique(database: Database) -> None:
    with database.write() as session:
        session.add(Person(email="elodie@exemple.fr"))
    with pytest.raises(sa_exc.IntegrityError), database.write() as session:
        session.add(Person(email="elodie@exemple.fr"))


def test_versions_go_up_on_every_update(database: Database) -> None:
    with database.write() as session:
        speaker = Speaker(kind=SpeakerKind.PERSON, name="Élodie Martin")
        session.add(speaker)
        session.flush()
        speaker_id = speaker.id
        assert speaker.version == 1
    with database.write() as session:
        speaker = session.get(Speaker, speaker_id)
        assert speaker is not None
        speaker.name = "Élodie Martin-Durand"
    with database.read() as session:
        speaker = session.get(Speaker, speaker_id)
        assert speaker is not None
        assert speaker.version == 2


def test_deleting_an_organisation_keeps_its_people(database: Database) -> None:
    with database.write() as session:
        organisation = Organisation(name="Mairie de Die")
        session.add(Person(email="elodie@exemple.fr", organisation=organisation))
        session.flush()
        organisation_id = organisation.id
    with database.write() as session:
        session.execute(text("DELETE FROM organisation WHERE id = :id"), {"id": organisation_id})
    with database.read() as session:
        person = session.scalars(select(Person)).one()
        assert person.organisation_id is None
