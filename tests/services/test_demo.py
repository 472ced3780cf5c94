"""The demo session: the real 2020 programme the app was designed from."""

from __future__ import annotations

from datetime import date, time

from caprural_desktop.db.database import Database
from caprural_desktop.db.models import DueStatus, RegistrationStatus, SessionFormat, SpeakerKind
from caprural_desktop.services.demo import add_demo_data, add_demo_session
from caprural_desktop.services.dues import ledger
from caprural_desktop.services.membership import unmatched_answers
from caprural_desktop.services.organisations import list_organisations
from caprural_desktop.services.registrations import session_queue
from caprural_desktop.services.sessions import TimeSlotData, get_session, list_sessions
from caprural_desktop.services.speakers import get_speaker, list_speakers

TITLE = "Coopérer avec les citoyens pour coproduire de l'action publique"
SPEAKERS = ["Collectif Démocratie Ouverte", "La Régie de Territoire des Deux Rives"]


def test_the_demo_session_is_complete(database: Database) -> None:
    session_id = add_demo_session(database)

    details = get_session(database, session_id)
    draft = details.draft
    assert draft.title == TITLE
    assert len(draft.programme) == 6
    assert draft.programme[0] == "Innovation démocratique, de quoi parle-t-on ?"
    assert draft.programme[-1].startswith("Atelier")
    assert all(item.strip() == item and item for item in draft.programme)
    assert [speaker.name for speaker in draft.speakers] == SPEAKERS
    assert draft.format is SessionFormat.WEB
    assert draft.time_slots == (
        TimeSlotData(date(2020, 10, 8), time(9, 30), time(12, 0), tentative=False),
        TimeSlotData(date(2020, 10, 8), time(13, 30), time(15, 0), tentative=True),
    )
    assert draft.capacity == 20
    assert draft.registration_deadline == date(2020, 10, 2)
    assert draft.requires_dues is True
    assert draft.contact_name == "Dominique Bernier"
    assert draft.contact_phone == "06 66 46 62 76"
    assert draft.contact_email == "cooperationsentreacteurs@caprural.org"
    assert draft.registration_form_url.startswith("https://docs.google.com/forms/")
    assert draft.why and draft.audience
    assert details.registration_count == 0
    assert details.first_date == date(2020, 10, 8)


def test_the_demo_speakers_are_in_the_directory(database: Database) -> None:
    session_id = add_demo_session(database)
    rows = list_speakers(database)
    assert sorted(row.name for row in rows) == SPEAKERS
    assert all(row.kind is SpeakerKind.ORGANISATION for row in rows)
    assert all(row.session_count == 1 for row in rows)
    collectif = next(row for row in rows if row.name == SPEAKERS[0])
    details = get_speaker(database, collectif.id)
    assert details.draft.description
    assert [s.session_id for s in details.sessions] == [session_id]


def test_adding_it_twice_reuses_the_speakers(database: Database) -> None:
    first = add_demo_session(database)
    second = add_demo_session(database)

    assert first != second
    assert {row.id for row in list_sessions(database)} == {first, second}
    rows = list_speakers(database)
    assert len(rows) == 2
    assert sorted(row.name for row in rows) == SPEAKERS
    assert all(row.session_count == 2 for row in rows)
    first_speakers = [s.speaker_id for s in get_session(database, first).draft.speakers]
    second_speakers = [s.speaker_id for s in get_session(database, second).draft.speakers]
    assert first_speakers == second_speakers


def test_the_demo_data_fills_every_view(database: Database) -> None:
    session_id = add_demo_data(database)

    queue = session_queue(database, session_id)
    assert len(queue) == 9
    statuses = {row.email: row.status for row in queue}
    assert statuses["hugo.lambert@example.org"] is RegistrationStatus.LATE
    assert list(statuses.values()).count(RegistrationStatus.CONFIRMED) == 8
    members = {row.email: (row.member_organisation, row.dues_ok) for row in queue}
    assert members["camille.martin@example.org"] == ("Commune de Die", True)  # by its alias
    assert members["claire.fontaine@example.org"] == ("Claire Fontaine", True)  # individual
    assert members["jean.dupont@example.org"] == ("Communauté de communes du Diois", False)
    assert members["paul.girard@example.org"] == (None, False)
    unmatched = unmatched_answers(database, session_id)
    assert [group.answer for group in unmatched] == ["Com. com. du Val de Drôme", "PNR du Vercors"]
    assert unmatched[1].suggestions[0].name == "Parc naturel régional du Vercors"
    statuses_2020 = {row.organisation: row.status for row in ledger(database, 2020)}
    assert statuses_2020 == {
        "Biovallée": DueStatus.CALLED,
        "Claire Fontaine": DueStatus.PAID,
        "Commune de Crest": DueStatus.CALLED,
        "Commune de Die": DueStatus.PAID,
        "Communauté de communes du Diois": DueStatus.CALLED,
        "GAL Sud Drôme": DueStatus.WAIVED,
        "Parc naturel régional du Vercors": DueStatus.PAID,
    }
    assert len(list_organisations(database)) == 7
