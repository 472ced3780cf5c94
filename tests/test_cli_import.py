"""`import` and `registrations` on the command line: real processes on real files."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from command_line import ok_json, refused
from google_forms import response, write_xlsx
from sqlalchemy import func, select

from caprural_desktop.db.database import url_for
from caprural_desktop.db.migrate import open_database
from caprural_desktop.db.models import ImportBatch, Person, Registration
from caprural_desktop.services.sessions import SessionDraft, TimeSlotData, create_session

REPORT_KEYS = {
    "rows",
    "added",
    "updated",
    "unchanged",
    "duplicates",
    "invalid",
    "warnings",
    "confirmed",
    "waitlisted",
    "late",
}
QUEUE_KEYS = {"email", "first_name", "last_name", "organisation", "status", "submitted_at"}


def stored(path: Path) -> tuple[Any, ...]:
    """What the database holds, to show that a command wrote nothing."""
    database, _created = open_database(url_for(path))
    try:
        with database.read() as session:
            return tuple(
                session.scalar(select(func.count()).select_from(model))
                for model in (Person, Registration, ImportBatch)
            ) + (tuple(session.execute(select(Registration.id, Registration.version)).all()),)
    finally:
        database.dispose()


@pytest.fixture
def session_id(database_url: str) -> int:
    """A session of two places, registrations until 2 October 2020 (Paris)."""
    database, _created = open_database(url_for(database_url))
    try:
        return create_session(
            database,
            SessionDraft(
                title="Coopérer avec les citoyens",
                capacity=2,
                registration_deadline=date(2020, 10, 2),
                time_slots=(TimeSlotData(date(2020, 10, 8), time(9, 30), time(12, 0)),),
            ),
        )
    finally:
        database.dispose()


@pytest.fixture
def responses(tmp_path: Path) -> Path:
    return write_xlsx(
        tmp_path / "Inscriptions (réponses).xlsx",
        [
            response(datetime(2020, 9, 28, 10, 15, 32), " Camille.Martin@Example.org"),  # 2
            response(
                datetime(2020, 9, 28, 11, 0), "jean@example.org", last="Dupont", first="Jean"
            ),  # 3
            response(datetime(2020, 9, 28, 12, 0), "", last="Sans-Adresse"),  # 4
            response(datetime(2020, 9, 28, 13, 0), "pas-une-adresse"),  # 5
            response(None, "typed.by.hand@example.org", last="Manuel"),  # 6
            response(
                datetime(2020, 9, 29, 8, 0),
                "camille.martin@example.org",
                organisation="PNR du Vercors",
            ),  # 7: Camille again
            response(datetime(2020, 11, 2, 9, 0), "late@example.org", last="Tardif"),  # 8
            response(datetime(2020, 10, 2, 23, 59), "elodie@example.org", last="Lefèvre"),  # 9
        ],
        other_sheets=["Notes"],
        blank_rows=2,
    )


def test_dry_run_import_and_registrations(
    database_url: str, session_id: int, responses: Path
) -> None:
    before = stored(database_url)
    arguments = ("import", str(responses), "--session", str(session_id), "--json")

    planned = ok_json(database_url, *arguments, "--dry-run")

    assert set(planned) == REPORT_KEYS
    assert stored(database_url) == before
    expected = {
        "rows": 8,
        "added": 5,
        "updated": 0,
        "unchanged": 0,
        "duplicates": 1,
        "invalid": [
            {"row": 4, "reason": "No e-mail address."},
            {"row": 5, "reason": "Invalid e-mail address: pas-une-adresse"},
        ],
        "warnings": [
            {"row": 6, "reason": "No timestamp: kept, queued after the timestamped responses."}
        ],
        "confirmed": 2,
        "waitlisted": 2,
        "late": 1,
    }
    assert planned == expected

    imported = ok_json(database_url, *arguments)

    assert imported == expected
    assert stored(database_url)[:3] == (5, 5, 1)

    queue = ok_json(database_url, "registrations", "--session", str(session_id), "--json")

    assert isinstance(queue, list)
    assert all(QUEUE_KEYS <= set(entry) for entry in queue)
    assert [(e["email"], e["status"], e["submitted_at"]) for e in queue] == [
        ("camille.martin@example.org", "confirmed", "2020-09-28T10:15:32+02:00"),
        ("jean@example.org", "confirmed", "2020-09-28T11:00:00+02:00"),
        ("elodie@example.org", "waitlisted", "2020-10-02T23:59:00+02:00"),
        ("late@example.org", "late", "2020-11-02T09:00:00+01:00"),  # winter time
        ("typed.by.hand@example.org", "waitlisted", None),
    ]
    camille, jean = queue[0], queue[1]
    assert (camille["first_name"], camille["last_name"]) == ("Camille", "Martin")
    assert camille["organisation"] == "PNR du Vercors"  # the latest answer
    assert (jean["first_name"], jean["last_name"], jean["organisation"]) == (
        "Jean",
        "Dupont",
        "Commune de Die",
    )
    assert {e["status"] for e in queue} <= {"confirmed", "waitlisted", "late", "cancelled"}
    for entry in queue:
        if entry["submitted_at"] is not None:
            assert datetime.fromisoformat(entry["submitted_at"]).utcoffset() is not None


def test_importing_the_same_file_again_writes_nothing(
    database_url: str, session_id: int, responses: Path
) -> None:
    arguments = ("import", str(responses), "--session", str(session_id), "--json")
    ok_json(database_url, *arguments)
    before = stored(database_url)

    again = ok_json(database_url, *arguments)

    assert set(again) == REPORT_KEYS
    assert (again["rows"], again["added"], again["updated"], again["unchanged"]) == (8, 0, 0, 5)
    assert (again["confirmed"], again["waitlisted"], again["late"]) == (2, 2, 1)
    assert len(again["invalid"]) == 2
    assert stored(database_url) == before  # no new import batch, no registration touched


def test_an_unusable_file_is_one_line_and_status_2(
    database_url: str, session_id: int, tmp_path: Path
) -> None:
    path = tmp_path / "réponses.xlsx"
    path.write_text("Horodateur,Adresse e-mail\n28/09/2020,a@example.org\n", encoding="utf-8")
    before = stored(database_url)

    line = refused(database_url, "import", str(path), "--session", str(session_id), "--json")

    assert "réponses.xlsx" in line
    assert stored(database_url) == before


def test_a_file_without_email_column_is_one_line_and_status_2(
    database_url: str, session_id: int, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "sans-email.xlsx",
        [[datetime(2020, 9, 28, 9, 0), "Martin", "Camille"]],
        header=["Horodateur", "Nom", "Prénom"],
    )
    before = stored(database_url)

    line = refused(database_url, "import", str(path), "--session", str(session_id))

    assert "e-mail" in line
    assert stored(database_url) == before


def test_an_unknown_session_is_one_line_and_status_2(
    database_url: str, session_id: int, responses: Path
) -> None:
    before = stored(database_url)

    refused(database_url, "import", str(responses), "--session", str(session_id + 99), "--json")

    assert stored(database_url) == before
