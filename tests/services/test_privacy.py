"""Personal data: everything stored about someone, anonymising them, and the retention purge."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

from google_forms import replace_answer, response, write_xlsx
from openpyxl import load_workbook
from sqlalchemy import func, select
from web_sessions import WebSession

from caprural_desktop.db.database import Database
from caprural_desktop.db.models import (
    Attendance,
    AttendanceStatus,
    ConnectionName,
    ImportBatch,
    Organisation,
    Person,
    Registration,
)
from caprural_desktop.services.attendance import attendance_grid, find_registration, mark
from caprural_desktop.services.demo import add_demo_data
from caprural_desktop.services.importing import apply_import, plan_import, undo_import
from caprural_desktop.services.privacy import (
    anonymise_person,
    apply_purge,
    export_person_data,
    person_data,
    privacy_events,
    purge_plan,
)
from caprural_desktop.services.registrations import session_queue
from caprural_desktop.services.sessions import SessionDraft, create_session


def person_id(database: Database, email: str) -> int:
    with database.read() as session:
        return session.scalar(select(Person.id).where(Person.email == email))


def test_everything_stored_about_someone_is_exported_and_logged(
    database: Database, tmp_path: Path
) -> None:
    session_id = add_demo_data(database)
    camille = person_id(database, "camille.martin@example.org")
    slot = attendance_grid(database, session_id).slots[0].id
    mark(
        database,
        find_registration(database, session_id, "camille.martin@example.org"),
        slot,
        AttendanceStatus.PRESENT,
    )

    json_path, xlsx_path = export_person_data(database, camille, tmp_path)

    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert data["person"]["email"] == "camille.martin@example.org"
    assert data["person"]["consents"] == {
        "photo": False,
        "newsletter": False,
        "list_sharing": False,
    }
    (registration,) = data["registrations"]
    assert (
        registration["status"] == "confirmed"
        and registration["answers"]["Structure"] == "Mairie Die"
    )
    assert data["attendance"] == [
        {
            "session": registration["session"],
            "date": "2020-10-08",
            "start": "09:30",
            "end": "12:00",
            "status": "present",
        }
    ]
    values = [
        row[2] for row in load_workbook(xlsx_path).active.iter_rows(min_row=2, values_only=True)
    ]
    assert "camille.martin@example.org" in values and "Mairie Die" in values
    ((_when, action, subject, _details),) = privacy_events(database)
    assert (action, subject) == ("export", f"person {camille}")


def test_anonymising_keeps_attendance_for_funders(database: Database) -> None:
    session_id = add_demo_data(database)
    camille = person_id(database, "camille.martin@example.org")
    registration = find_registration(database, session_id, "camille.martin@example.org")
    mark(
        database,
        registration,
        attendance_grid(database, session_id).slots[0].id,
        AttendanceStatus.PRESENT,
    )

    anonymise_person(database, camille)

    data = person_data(database, camille)
    assert (data["person"]["first_name"], data["person"]["last_name"]) == ("", "Anonyme")
    assert data["person"]["email"] == f"anonyme-{camille}@invalid"
    assert data["person"]["phone"] == "" and data["person"]["anonymised_at"]
    assert data["registrations"][0]["answers"] == {}
    assert data["attendance"][0]["status"] == "present"  # still counted
    assert len(session_queue(database, session_id)) == 9
    with database.read() as session:
        assert session.scalar(select(func.count(Attendance.id))) == 1
        assert session.scalar(select(func.count(Registration.id))) == 9
    assert [event[1] for event in privacy_events(database)] == ["anonymise"]


def test_what_imports_kept_to_be_undone_is_forgotten_too(
    database: Database, tmp_path: Path
) -> None:
    """An import keeps earlier answers and details to undo them: not an anonymised
    person's, and undoing it afterwards brings none of them back."""
    first, second = (create_session(database, SessionDraft(title=t)) for t in ("A", "B"))
    camille = response(datetime(2020, 9, 28, 9, 0), "camille@example.org", last="Martin")
    jean = response(datetime(2020, 9, 28, 10, 0), "jean@example.org", first="Jean", last="Roux")
    for session_id, rows, name in (
        (first, [camille, jean], "1.xlsx"),
        (second, [replace_answer(camille, last="Durand", expectations="Secret"), jean], "2.xlsx"),
        (first, [replace_answer(camille, expectations="Autre"), jean], "3.xlsx"),
    ):
        batch = apply_import(
            database, plan_import(database, session_id, write_xlsx(tmp_path / name, rows))
        )
    camille_id = person_id(database, "camille@example.org")

    anonymise_person(database, camille_id)

    with database.read() as session:
        kept = json.dumps([b.undo for b in session.scalars(select(ImportBatch))])
    assert "Martin" not in kept and "Durand" not in kept and "camille@example.org" not in kept
    assert "Des exemples concrets" not in kept  # her first answers, kept by the third import
    undo_import(database, batch.batch_id)
    data = person_data(database, camille_id)
    assert data["person"]["last_name"] == "Anonyme"
    assert all(registration["answers"] == {} for registration in data["registrations"])


def test_an_undone_import_forgets_an_anonymised_person_too(
    database: Database, tmp_path: Path
) -> None:
    first, second = (create_session(database, SessionDraft(title=t)) for t in ("A", "B"))
    camille = response(datetime(2020, 9, 28, 9, 0), "camille@example.org", last="Martin")
    apply_import(database, plan_import(database, first, write_xlsx(tmp_path / "1.xlsx", [camille])))
    moved = write_xlsx(tmp_path / "2.xlsx", [replace_answer(camille, last="Durand")])
    batch = apply_import(database, plan_import(database, second, moved))
    undo_import(database, batch.batch_id)

    anonymise_person(database, person_id(database, "camille@example.org"))

    with database.read() as session:
        kept = json.dumps([b.undo for b in session.scalars(select(ImportBatch))])
    assert "Martin" not in kept and "Durand" not in kept and "camille@example.org" not in kept


def test_the_purge_says_whom_first_then_changes_nothing_else(database: Database) -> None:
    add_demo_data(database)  # a session of October 2020; Claire Fontaine paid for 2020
    assert purge_plan(database, on=date(2023, 10, 7)).people == ()

    plan = purge_plan(database, on=date(2024, 1, 10))

    assert len(plan.people) == 9  # no session since October 2020: over three years
    assert [name for _id, name, _year in plan.members] == ["Claire Fontaine"]
    with database.read() as session:
        before = {p.id: (p.email, p.anonymised_at) for p in session.scalars(select(Person))}
    assert all(
        anonymised is None for _email, anonymised in before.values()
    )  # planning wrote nothing

    assert apply_purge(database, plan) == 10
    with database.read() as session:
        assert (
            session.scalar(select(func.count(Person.id)).where(Person.anonymised_at.is_(None))) == 0
        )
        names = set(session.scalars(select(Organisation.name)))
    assert "Claire Fontaine" not in names and "Commune de Die" in names
    assert purge_plan(database, on=date(2024, 1, 10)).people == ()  # done once
    assert len(privacy_events(database)) == 10


def test_the_retention_is_a_setting(database: Database) -> None:
    from dataclasses import replace

    from caprural_desktop.services.settings import network_identity, save_network_identity

    add_demo_data(database)
    identity = replace(
        network_identity(database), name="Cap Rural", registrant_years=5, member_years=5
    )
    save_network_identity(database, identity)
    plan = purge_plan(database, on=date(2024, 1, 10))
    assert (plan.people, plan.members) == ((), ())
    assert len(purge_plan(database, on=date(2026, 1, 10)).people) == 9


def test_the_names_someone_joined_under_are_theirs_exported_and_forgotten(
    database: Database, web_session: WebSession
) -> None:
    marie = person_id(database, "mh.robert@asso.fr")
    with database.write() as session:
        session.add(ConnectionName(person_id=marie, text="MH Robert", match_key="name:mh robert"))

    assert person_data(database, marie)["connection_names"] == [{"name": "MH Robert"}]
    anonymise_person(database, marie)
    assert person_data(database, marie)["connection_names"] == []
    with database.read() as session:
        assert session.scalar(select(func.count(ConnectionName.id))) == 0
