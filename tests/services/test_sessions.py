"""Training sessions: what a coordinator creates, edits, duplicates, deletes and lists."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time

import pytest
from sqlalchemy import func, select

from caprural_desktop.db.database import Database
from caprural_desktop.db.models import (
    Organisation,
    Person,
    ProgrammeItem,
    Registration,
    RegistrationStatus,
    SessionFormat,
    SessionStatus,
    TimeSlot,
)
from caprural_desktop.errors import ConflictError, NotFoundError, ValidationError
from caprural_desktop.services.sessions import (
    HasRegistrationsError,
    SessionDraft,
    SessionSpeakerData,
    TimeSlotData,
    create_session,
    delete_session,
    duplicate_session,
    get_session,
    list_sessions,
    update_session,
    validate_session,
)
from caprural_desktop.services.speakers import SpeakerDraft, create_speaker
from caprural_desktop.text import fold

MORNING = (time(9, 30), time(12, 0))
AFTERNOON = (time(13, 30), time(16, 0))


def slot(day: date, hours: tuple[time, time], tentative: bool = False) -> TimeSlotData:
    return TimeSlotData(day, hours[0], hours[1], tentative)


def simple_draft(**changes: object) -> SessionDraft:
    draft = SessionDraft(
        title="Accueillir de nouvelles populations",
        capacity=20,
        registration_deadline=date(2027, 3, 1),
        time_slots=(slot(date(2027, 3, 9), MORNING),),
    )
    return replace(draft, **changes)


@pytest.fixture
def speakers(database: Database) -> tuple[int, int, int]:
    return (
        create_speaker(database, SpeakerDraft(name="Élodie Martin")),
        create_speaker(database, SpeakerDraft(name="Collectif Démocratie Ouverte")),
        create_speaker(database, SpeakerDraft(name="Jean Dupont")),
    )


def full_draft(speakers: tuple[int, int, int]) -> SessionDraft:
    elodie, collectif, _jean = speakers
    return SessionDraft(
        title="Coopérer avec les citoyens",
        format=SessionFormat.ONSITE,
        capacity=35,
        registration_deadline=date(2027, 3, 1),
        why="Pourquoi cette session.\n\nDeuxième paragraphe.",
        audience="Élus, techniciens, associations",
        location="Salle des fêtes, Die",
        requires_dues=False,
        registration_form_url="https://docs.google.com/forms/d/e/abc/viewform",
        dues_form_url="http://www.caprural.org/cotisation",
        contact_name="Dominique Bernier",
        contact_phone="06 66 46 62 76",
        contact_email="cooperationsentreacteurs@caprural.org",
        status=SessionStatus.OPEN,
        time_slots=(
            slot(date(2027, 3, 10), AFTERNOON, tentative=True),
            slot(date(2027, 3, 10), MORNING),
            slot(date(2027, 3, 9), AFTERNOON),
        ),
        programme=("Accueil", "Innovation démocratique, de quoi parle-t-on ?", "Atelier"),
        speakers=(
            SessionSpeakerData(collectif, "Intervenant"),
            SessionSpeakerData(elodie, "Animatrice"),
        ),
    )


def add_registration(database: Database, session_id: int, email: str = "elodie@exemple.fr") -> int:
    with database.write() as session:
        organisation = Organisation(name="Mairie de Die")
        person = Person(
            first_name="Élodie", last_name="Martin", email=email, organisation=organisation
        )
        registration = Registration(
            session_id=session_id,
            person=person,
            submitted_at=datetime(2027, 2, 20, 10, tzinfo=UTC),
            status=RegistrationStatus.CONFIRMED,
            answers={"Repas": "oui"},
        )
        session.add(registration)
        session.flush()
        return person.id


def count(database: Database, model: type) -> int:
    with database.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


# Create and read


def test_every_field_survives_a_round_trip(database: Database, speakers) -> None:
    draft = full_draft(speakers)
    session_id = create_session(database, draft)

    details = get_session(database, session_id)

    elodie, collectif, _jean = speakers
    expected = replace(
        draft,
        time_slots=(
            slot(date(2027, 3, 9), AFTERNOON),
            slot(date(2027, 3, 10), MORNING),
            slot(date(2027, 3, 10), AFTERNOON, tentative=True),
        ),
        speakers=(
            SessionSpeakerData(collectif, "Intervenant", "Collectif Démocratie Ouverte"),
            SessionSpeakerData(elodie, "Animatrice", "Élodie Martin"),
        ),
        version=1,
    )
    assert details.id == session_id
    assert details.draft == expected
    assert details.registration_count == 0
    assert details.first_date == date(2027, 3, 9)


def test_text_is_trimmed_and_the_email_lower_cased(database: Database) -> None:
    session_id = create_session(
        database,
        simple_draft(
            title="  Accueillir  ",
            location=" Die ",
            contact_name=" Dominique Bernier ",
            contact_email="  Dominique.Bernier@CapRural.ORG ",
            registration_form_url=" https://caprural.org/form ",
        ),
    )
    draft = get_session(database, session_id).draft
    assert draft.title == "Accueillir"
    assert draft.location == "Die"
    assert draft.contact_name == "Dominique Bernier"
    assert draft.contact_email == "dominique.bernier@caprural.org"
    assert draft.registration_form_url == "https://caprural.org/form"


def test_blank_programme_lines_are_dropped(database: Database) -> None:
    session_id = create_session(
        database, simple_draft(programme=("  Accueil ", "", "   ", "Atelier", "\t"))
    )
    assert get_session(database, session_id).draft.programme == ("Accueil", "Atelier")
    with database.read() as session:
        positions = session.scalars(select(ProgrammeItem.position).order_by(ProgrammeItem.position))
        assert list(positions) == [0, 1]


def test_a_session_without_half_days_or_deadline(database: Database) -> None:
    session_id = create_session(
        database, SessionDraft(title="À programmer", registration_deadline=None)
    )
    details = get_session(database, session_id)
    assert details.draft.time_slots == ()
    assert details.first_date is None
    assert details.draft.registration_deadline is None


def test_a_missing_session_is_not_found(database: Database) -> None:
    with pytest.raises(NotFoundError):
        get_session(database, 12345)


# Validation


@pytest.mark.parametrize(
    ("field", "changes"),
    [
        ("title", {"title": ""}),
        ("title", {"title": "   \t"}),
        ("capacity", {"capacity": 0}),
        ("capacity", {"capacity": -5}),
        ("attendance_threshold", {"attendance_threshold": 0}),
        ("attendance_threshold", {"attendance_threshold": 101}),
        ("time_slots", {"time_slots": (TimeSlotData(date(2027, 3, 9), time(12), time(9, 30)),)}),
        ("time_slots", {"time_slots": (TimeSlotData(date(2027, 3, 9), time(9, 30), time(9, 30)),)}),
        (
            "time_slots",
            {
                "time_slots": (
                    TimeSlotData(date(2027, 3, 9), time(9, 30), time(12)),
                    TimeSlotData(date(2027, 3, 9), time(11, 30), time(14)),
                )
            },
        ),
        (
            "time_slots",
            {
                "time_slots": (
                    TimeSlotData(date(2027, 3, 9), time(13, 30), time(16)),
                    TimeSlotData(date(2027, 3, 10), time(9, 30), time(12)),
                    TimeSlotData(date(2027, 3, 9), time(9), time(17)),
                )
            },
        ),
        (
            "registration_deadline",
            {
                "registration_deadline": date(2027, 3, 10),
                "time_slots": (
                    TimeSlotData(date(2027, 3, 12), time(9, 30), time(12)),
                    TimeSlotData(date(2027, 3, 9), time(9, 30), time(12)),
                ),
            },
        ),
        ("contact_email", {"contact_email": "dominique.bernier@"}),
        ("contact_email", {"contact_email": "dominique bernier@caprural.org"}),
        ("registration_form_url", {"registration_form_url": "docs.google.com/forms/x"}),
        ("registration_form_url", {"registration_form_url": "ftp://caprural.org/form"}),
        ("dues_form_url", {"dues_form_url": "cotisation"}),
        ("contact_phone", {"contact_phone": "appelez-moi"}),
    ],
)
def test_invalid_drafts_are_refused_and_nothing_is_saved(
    database: Database, field: str, changes: dict
) -> None:
    with pytest.raises(ValidationError) as raised:
        create_session(database, simple_draft(**changes))
    assert set(raised.value.errors) == {field}
    assert raised.value.render().strip()
    assert list_sessions(database) == []
    assert count(database, TimeSlot) == 0


def test_the_same_speaker_twice_is_refused(database: Database, speakers) -> None:
    elodie = speakers[0]
    draft = simple_draft(
        speakers=(SessionSpeakerData(elodie, "Intervenante"), SessionSpeakerData(elodie, ""))
    )
    with pytest.raises(ValidationError) as raised:
        create_session(database, draft)
    assert set(raised.value.errors) == {"speakers"}
    assert list_sessions(database) == []


def test_every_problem_is_reported_at_once(database: Database) -> None:
    draft = simple_draft(title="", capacity=0, contact_email="x", registration_form_url="x")
    with pytest.raises(ValidationError) as raised:
        create_session(database, draft)
    assert set(raised.value.errors) == {
        "title",
        "capacity",
        "contact_email",
        "registration_form_url",
    }


def test_deadline_on_the_first_day_and_back_to_back_half_days_are_fine(
    database: Database,
) -> None:
    session_id = create_session(
        database,
        simple_draft(
            registration_deadline=date(2027, 3, 9),
            time_slots=(
                TimeSlotData(date(2027, 3, 9), time(9, 30), time(12)),
                TimeSlotData(date(2027, 3, 9), time(12), time(14)),
            ),
        ),
    )
    assert len(get_session(database, session_id).draft.time_slots) == 2


def test_an_invalid_update_changes_nothing(database: Database) -> None:
    session_id = create_session(database, simple_draft())
    loaded = get_session(database, session_id).draft
    with pytest.raises(ValidationError):
        update_session(database, session_id, replace(loaded, title="", capacity=-1))
    assert get_session(database, session_id).draft == loaded


# Update


def test_update_replaces_half_days_programme_and_speakers(database: Database, speakers) -> None:
    elodie, collectif, jean = speakers
    session_id = create_session(database, full_draft(speakers))
    loaded = get_session(database, session_id).draft

    update_session(
        database,
        session_id,
        replace(
            loaded,
            time_slots=(slot(date(2027, 4, 2), AFTERNOON),),
            programme=("Atelier", "", "Synthèse"),
            speakers=(SessionSpeakerData(jean, "Grand témoin"), SessionSpeakerData(elodie, "")),
        ),
    )

    draft = get_session(database, session_id).draft
    assert draft.time_slots == (slot(date(2027, 4, 2), AFTERNOON),)
    assert draft.programme == ("Atelier", "Synthèse")
    assert draft.speakers == (
        SessionSpeakerData(jean, "Grand témoin", "Jean Dupont"),
        SessionSpeakerData(elodie, "", "Élodie Martin"),
    )
    assert draft.version == 2
    assert count(database, TimeSlot) == 1
    assert count(database, ProgrammeItem) == 2


def test_update_can_reorder_the_programme(database: Database) -> None:
    session_id = create_session(database, simple_draft(programme=("A", "B", "C")))
    loaded = get_session(database, session_id).draft
    update_session(database, session_id, replace(loaded, programme=("C", "A", "B")))
    assert get_session(database, session_id).draft.programme == ("C", "A", "B")


def test_editing_only_the_programme_bumps_the_version(database: Database) -> None:
    session_id = create_session(database, simple_draft(programme=("Accueil",)))
    loaded = get_session(database, session_id).draft

    update_session(database, session_id, replace(loaded, programme=("Accueil", "Atelier")))

    after = get_session(database, session_id).draft
    assert after.programme == ("Accueil", "Atelier")
    assert after.version is not None and loaded.version is not None
    assert after.version > loaded.version
    with pytest.raises(ConflictError):
        update_session(database, session_id, replace(loaded, programme=("Autre",)))
    assert get_session(database, session_id).draft.programme == ("Accueil", "Atelier")


def test_editing_only_the_speakers_bumps_the_version(database: Database, speakers) -> None:
    session_id = create_session(database, simple_draft())
    loaded = get_session(database, session_id).draft
    update_session(
        database, session_id, replace(loaded, speakers=(SessionSpeakerData(speakers[0]),))
    )
    with pytest.raises(ConflictError):
        update_session(database, session_id, replace(loaded, title="Autre"))


def test_updating_a_deleted_session_is_not_found(database: Database) -> None:
    session_id = create_session(database, simple_draft())
    loaded = get_session(database, session_id).draft
    delete_session(database, session_id)
    with pytest.raises(NotFoundError):
        update_session(database, session_id, loaded)
    assert list_sessions(database) == []


def test_a_deleted_speaker_in_the_draft_is_not_found(database: Database) -> None:
    with pytest.raises(NotFoundError):
        create_session(database, simple_draft(speakers=(SessionSpeakerData(999, "Intervenant"),)))
    assert list_sessions(database) == []


# Duplicate


def test_duplicate_moves_every_date_by_the_same_delta(database: Database, speakers) -> None:
    session_id = create_session(database, full_draft(speakers))
    add_registration(database, session_id)
    original = get_session(database, session_id)

    copy_id = duplicate_session(database, session_id, first_date=date(2027, 9, 14))

    assert copy_id != session_id
    copy = get_session(database, copy_id)
    assert copy.draft.time_slots == (
        slot(date(2027, 9, 14), AFTERNOON),
        slot(date(2027, 9, 15), MORNING),
        slot(date(2027, 9, 15), AFTERNOON, tentative=True),
    )
    assert copy.draft.registration_deadline == date(2027, 9, 6)
    assert copy.draft.status is SessionStatus.DRAFT
    assert copy.draft.programme == original.draft.programme
    assert copy.draft.speakers == original.draft.speakers
    assert copy.draft.title == original.draft.title
    assert copy.draft.capacity == original.draft.capacity
    assert copy.draft.contact_email == original.draft.contact_email
    assert copy.draft.version == 1
    assert copy.registration_count == 0

    again = get_session(database, session_id)
    assert again == original
    assert again.registration_count == 1
    assert count(database, Registration) == 1


def test_duplicate_into_the_past(database: Database) -> None:
    session_id = create_session(database, simple_draft())
    copy_id = duplicate_session(database, session_id, first_date=date(2027, 3, 2))
    copy = get_session(database, copy_id).draft
    assert copy.time_slots == (slot(date(2027, 3, 2), MORNING),)
    assert copy.registration_deadline == date(2027, 2, 22)


def test_duplicate_of_a_session_without_half_days_gets_one(database: Database) -> None:
    session_id = create_session(database, SessionDraft(title="À programmer"))
    copy_id = duplicate_session(database, session_id, first_date=date(2027, 5, 6))
    assert get_session(database, copy_id).draft.time_slots == (slot(date(2027, 5, 6), MORNING),)


# Delete


def test_delete_a_session_without_registrations(database: Database, speakers) -> None:
    session_id = create_session(database, full_draft(speakers))
    delete_session(database, session_id)
    assert list_sessions(database) == []
    assert count(database, TimeSlot) == 0
    assert count(database, ProgrammeItem) == 0
    with pytest.raises(NotFoundError):
        get_session(database, session_id)


def test_a_session_with_registrations_is_kept_unless_asked(database: Database) -> None:
    session_id = create_session(database, simple_draft())
    add_registration(database, session_id)

    with pytest.raises(HasRegistrationsError) as raised:
        delete_session(database, session_id)

    assert "1" in str(raised.value)
    assert get_session(database, session_id).registration_count == 1
    assert count(database, Registration) == 1


def test_delete_with_registrations_keeps_the_people(database: Database) -> None:
    session_id = create_session(database, simple_draft())
    other_id = create_session(database, simple_draft(title="Autre session"))
    person_id = add_registration(database, session_id)
    add_registration(database, other_id, email="jean@exemple.fr")

    delete_session(database, session_id, with_registrations=True)

    assert [row.id for row in list_sessions(database)] == [other_id]
    with database.read() as session:
        registrations = session.scalars(select(Registration)).all()
        assert [r.session_id for r in registrations] == [other_id]
        person = session.get(Person, person_id)
        assert person is not None
        assert person.email == "elodie@exemple.fr"
        assert person.organisation is not None


def test_deleting_a_missing_session_is_not_found(database: Database) -> None:
    with pytest.raises(NotFoundError):
        delete_session(database, 999)


# List


def test_list_shows_the_first_half_day(database: Database) -> None:
    with_slots = create_session(
        database,
        simple_draft(
            time_slots=(
                slot(date(2027, 3, 12), MORNING),
                slot(date(2027, 3, 9), AFTERNOON),
                slot(date(2027, 3, 10), MORNING),
            ),
            format=SessionFormat.ONSITE,
            capacity=12,
            status=SessionStatus.OPEN,
        ),
    )
    without_slots = create_session(database, SessionDraft(title="À programmer"))

    rows = {row.id: row for row in list_sessions(database)}

    assert set(rows) == {with_slots, without_slots}
    row = rows[with_slots]
    assert row.first_date == date(2027, 3, 9)
    assert row.title == "Accueillir de nouvelles populations"
    assert row.format is SessionFormat.ONSITE
    assert row.capacity == 12
    assert row.registration_deadline == date(2027, 3, 1)
    assert row.status is SessionStatus.OPEN
    assert rows[without_slots].first_date is None


def test_list_search_text_is_folded(database: Database) -> None:
    create_session(
        database,
        simple_draft(
            title="Rencontre avec ÉLODIE",
            location="Salle des Fêtes",
            contact_name="Dominique BERNIER",
        ),
    )
    [row] = list_sessions(database)
    assert fold("élodie") in row.search_text
    assert fold("ÉLODIE") in row.search_text
    assert "fetes" in row.search_text
    assert "bernier" in row.search_text
    assert row.search_text == fold(row.search_text)


def test_list_is_empty_without_sessions(database: Database) -> None:
    assert list_sessions(database) == []


def test_editing_a_session_keeps_its_half_days(database):
    """Attendance is signed per half-day: a title edit must not replace them."""
    from caprural_desktop.services.demo import add_demo_session

    changed = replace
    session_id = add_demo_session(database)
    before = get_session(database, session_id).draft
    ids = [slot.id for slot in before.time_slots]
    update_session(database, session_id, changed(before, title="Nouveau titre"))
    after = get_session(database, session_id).draft
    assert [slot.id for slot in after.time_slots] == ids

    moved = changed(after.time_slots[1], start=time(14, 0))
    update_session(database, session_id, changed(after, time_slots=(after.time_slots[0], moved)))
    again = get_session(database, session_id).draft
    assert [slot.id for slot in again.time_slots] == ids
    assert again.time_slots[1].start == time(14, 0)

    update_session(database, session_id, changed(again, time_slots=again.time_slots[:1]))
    assert [slot.id for slot in get_session(database, session_id).draft.time_slots] == ids[:1]


def test_programme_lines_and_roles_longer_than_stored_are_refused(database, speakers):
    draft = SessionDraft(title="Programme", programme=("Accueil", "x" * 501))
    assert "Line 2 of the programme" in validate_session(draft)["programme"].render()
    speaker = SessionSpeakerData(speaker_id=speakers[0], role="r" * 201)
    assert (
        "role is over 200"
        in validate_session(SessionDraft(title="Rôles", speakers=(speaker,)))["speakers"].render()
    )
    with pytest.raises(ValidationError):
        create_session(database, draft)
