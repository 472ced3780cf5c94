"""The directory of speakers, and the sessions each speaks at."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest

from caprural_desktop.db.database import Database
from caprural_desktop.db.models import SpeakerKind
from caprural_desktop.errors import ConflictError, NotFoundError, ValidationError
from caprural_desktop.services.sessions import (
    SessionDraft,
    SessionSpeakerData,
    TimeSlotData,
    create_session,
    get_session,
    list_sessions,
)
from caprural_desktop.services.speakers import (
    SpeakerDraft,
    SpeakerSession,
    create_speaker,
    delete_speaker,
    get_speaker,
    list_speakers,
    update_speaker,
)

FULL = SpeakerDraft(
    name="Collectif Démocratie Ouverte",
    kind=SpeakerKind.ORGANISATION,
    organisation="Démocratie Ouverte",
    description="Le collectif qui connecte, accompagne et expérimente l’innovation démocratique.",
    email="contact@democratieouverte.org",
    phone="+33 1 23 45 67 89",
    website="https://www.democratieouverte.org",
)


def session_on(
    database: Database, title: str, day: date | None, *speakers: SessionSpeakerData
) -> int:
    slots = (TimeSlotData(day, time(9, 30), time(12)),) if day else ()
    return create_session(database, SessionDraft(title=title, time_slots=slots, speakers=speakers))


def test_every_field_survives_a_round_trip(database: Database) -> None:
    speaker_id = create_speaker(database, FULL)
    details = get_speaker(database, speaker_id)
    assert details.id == speaker_id
    assert details.draft == replace(FULL, version=1)
    assert details.sessions == ()


def test_text_is_trimmed_and_the_email_lower_cased(database: Database) -> None:
    speaker_id = create_speaker(
        database,
        SpeakerDraft(
            name="  Élodie Martin ",
            organisation=" Mairie de Die ",
            email=" Elodie.Martin@Exemple.FR ",
            website=" https://exemple.fr ",
            description="  Élue  \n",
        ),
    )
    draft = get_speaker(database, speaker_id).draft
    assert draft.name == "Élodie Martin"
    assert draft.organisation == "Mairie de Die"
    assert draft.email == "elodie.martin@exemple.fr"
    assert draft.website == "https://exemple.fr"
    assert draft.description == "Élue"
    assert draft.kind is SpeakerKind.PERSON


def test_update_and_its_version(database: Database) -> None:
    speaker_id = create_speaker(database, FULL)
    loaded = get_speaker(database, speaker_id).draft

    update_speaker(database, speaker_id, replace(loaded, name="Démocratie Ouverte", phone=""))

    updated = get_speaker(database, speaker_id).draft
    assert updated.name == "Démocratie Ouverte"
    assert updated.phone == ""
    assert updated.version == 2
    with pytest.raises(ConflictError):
        update_speaker(database, speaker_id, replace(loaded, name="Écrasé"))
    assert get_speaker(database, speaker_id).draft.name == "Démocratie Ouverte"


def test_delete(database: Database) -> None:
    speaker_id = create_speaker(database, FULL)
    delete_speaker(database, speaker_id)
    assert list_speakers(database) == []
    with pytest.raises(NotFoundError):
        get_speaker(database, speaker_id)
    with pytest.raises(NotFoundError):
        delete_speaker(database, speaker_id)
    with pytest.raises(NotFoundError):
        update_speaker(database, speaker_id, FULL)


@pytest.mark.parametrize(
    ("field", "changes"),
    [
        ("name", {"name": ""}),
        ("name", {"name": "   "}),
        ("email", {"email": "contact@"}),
        ("email", {"email": "contact democratieouverte.org"}),
        ("website", {"website": "democratieouverte.org"}),
        ("website", {"website": "ftp://democratieouverte.org"}),
        ("phone", {"phone": "standard"}),
    ],
)
def test_invalid_speakers_are_refused_and_nothing_is_saved(
    database: Database, field: str, changes: dict
) -> None:
    with pytest.raises(ValidationError) as raised:
        create_speaker(database, replace(FULL, **changes))
    assert set(raised.value.errors) == {field}
    assert list_speakers(database) == []


def test_an_invalid_update_changes_nothing(database: Database) -> None:
    speaker_id = create_speaker(database, FULL)
    loaded = get_speaker(database, speaker_id).draft
    with pytest.raises(ValidationError) as raised:
        update_speaker(database, speaker_id, replace(loaded, name="", email="x"))
    assert set(raised.value.errors) == {"name", "email"}
    assert get_speaker(database, speaker_id).draft == loaded


def test_a_speaker_lists_the_sessions_they_speak_at(database: Database) -> None:
    elodie = create_speaker(database, SpeakerDraft(name="Élodie Martin"))
    other = create_speaker(database, SpeakerDraft(name="Jean Dupont"))
    spring = session_on(
        database, "Printemps", date(2027, 3, 9), SessionSpeakerData(elodie, "Animatrice")
    )
    autumn = session_on(
        database,
        "Automne",
        date(2027, 10, 5),
        SessionSpeakerData(other, "Intervenant"),
        SessionSpeakerData(elodie, "Grand témoin"),
    )
    session_on(database, "Sans Élodie", date(2027, 6, 1), SessionSpeakerData(other))

    sessions = get_speaker(database, elodie).sessions

    assert sessions == (
        SpeakerSession(autumn, "Automne", date(2027, 10, 5), "Grand témoin"),
        SpeakerSession(spring, "Printemps", date(2027, 3, 9), "Animatrice"),
    )


def test_deleting_a_speaker_keeps_their_sessions(database: Database) -> None:
    elodie = create_speaker(database, SpeakerDraft(name="Élodie Martin"))
    jean = create_speaker(database, SpeakerDraft(name="Jean Dupont"))
    session_id = session_on(
        database,
        "Printemps",
        date(2027, 3, 9),
        SessionSpeakerData(elodie, "Animatrice"),
        SessionSpeakerData(jean, "Intervenant"),
    )

    delete_speaker(database, elodie)

    assert [row.id for row in list_sessions(database)] == [session_id]
    draft = get_session(database, session_id).draft
    assert draft.speakers == (SessionSpeakerData(jean, "Intervenant", "Jean Dupont"),)
    assert draft.title == "Printemps"
    assert [row.name for row in list_speakers(database)] == ["Jean Dupont"]


def test_list_counts_sessions(database: Database) -> None:
    elodie = create_speaker(
        database,
        SpeakerDraft(name="Élodie Martin", email="Elodie@Exemple.fr", phone="04 75 00 00 00"),
    )
    jean = create_speaker(database, SpeakerDraft(name="Jean Dupont"))
    collectif = create_speaker(
        database,
        SpeakerDraft(name="Collectif Démocratie Ouverte", kind=SpeakerKind.ORGANISATION),
    )
    session_on(
        database, "Un", date(2027, 3, 9), SessionSpeakerData(elodie), SessionSpeakerData(jean)
    )
    session_on(database, "Deux", None, SessionSpeakerData(elodie))

    rows = {row.id: row for row in list_speakers(database)}

    assert {row_id: row.session_count for row_id, row in rows.items()} == {
        elodie: 2,
        jean: 1,
        collectif: 0,
    }
    assert rows[collectif].kind is SpeakerKind.ORGANISATION
    assert rows[elodie].email == "elodie@exemple.fr"
    assert rows[elodie].phone == "04 75 00 00 00"


def test_list_is_in_folded_name_order_with_folded_search_text(database: Database) -> None:
    for name in ("Zoé Petit", "élodie Martin", "Émile Durand", "Alain Roux"):
        create_speaker(database, SpeakerDraft(name=name))
    rows = list_speakers(database)
    assert [row.name for row in rows] == [
        "Alain Roux",
        "élodie Martin",
        "Émile Durand",
        "Zoé Petit",
    ]
    assert rows[1].search_text.startswith("elodie martin")


def test_a_session_is_found_by_its_speakers_even_after_a_rename(database: Database) -> None:
    from caprural_desktop.services.demo import add_demo_session
    from caprural_desktop.services.sessions import list_sessions

    session_id = add_demo_session(database)
    [row] = list_sessions(database)
    assert "democratie ouverte" in row.search_text
    speaker = get_speaker(database, get_session(database, session_id).draft.speakers[0].speaker_id)
    update_speaker(database, speaker.id, replace(speaker.draft, name="Collectif Territoires"))
    [row] = list_sessions(database)
    assert "collectif territoires" in row.search_text
    assert "democratie ouverte" not in row.search_text
    delete_speaker(database, speaker.id)
    assert "collectif territoires" not in list_sessions(database)[0].search_text
