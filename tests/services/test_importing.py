"""Importing Google Form responses into a session: plan, apply, undo, on real files.

Files are built the way Google produces them (tests/google_forms.py): the linked
sheet as .xlsx with real date cells in local time, the form's own CSV with its
"UTC+2" timestamps, and the .zip that holds that CSV.
"""

from __future__ import annotations

import random
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import openpyxl
import pytest
from google_forms import (
    ENGLISH_HEADER,
    FRENCH_HEADER,
    replace_answer,
    response,
    write_csv,
    write_google_zip,
    write_xlsx,
)
from sqlalchemy import func, select

from caprural_desktop.db.database import Database
from caprural_desktop.db.models import (
    AttendanceStatus,
    ImportBatch,
    Person,
    Registration,
    RegistrationStatus,
)
from caprural_desktop.errors import NotFoundError, UserError
from caprural_desktop.services.attendance import attendance_grid, find_registration, mark
from caprural_desktop.services.demo import add_demo_session
from caprural_desktop.services.importing import (
    ImportOptions,
    ImportPlan,
    ImportResult,
    Outcome,
    apply_import,
    plan_import,
    undo_import,
)
from caprural_desktop.services.people import PersonDraft, person_search_key, update_person
from caprural_desktop.services.registrations import (
    accept_late,
    cancel_registration,
    force_confirm,
    restore_registration,
    session_queue,
)
from caprural_desktop.services.sessions import (
    SessionDraft,
    TimeSlotData,
    create_session,
    get_session,
    update_session,
)
from caprural_desktop.spreadsheets.mapping import Field, guess_mapping
from caprural_desktop.text import fold

PARIS = ZoneInfo("Europe/Paris")
CONFIRMED = RegistrationStatus.CONFIRMED
WAITLISTED = RegistrationStatus.WAITLISTED
LATE = RegistrationStatus.LATE
CANCELLED = RegistrationStatus.CANCELLED
EXPECTATIONS = FRENCH_HEADER[8]  # "Vos attentes pour cette session"
TOPICS = FRENCH_HEADER[9]  # "Thèmes qui vous intéressent"
SHEET = "Réponses au formulaire 1"


def local(*parts: int) -> datetime:
    """A date cell of the sheet: naive, in the spreadsheet's time zone (Paris)."""
    return datetime(*parts)


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def paris_aware(row: Sequence[Any]) -> list[Any]:
    """The same response as Google's CSV writes it: the timestamp with its offset."""
    when = row[0]
    if isinstance(when, datetime) and when.tzinfo is None:
        when = when.replace(tzinfo=PARIS)
    return [when, *row[1:]]


def write_form_csv(path: Path, rows: Sequence[Sequence[Any]], **options: Any) -> Path:
    return write_csv(path, [paris_aware(row) for row in rows], **options)


def write_form_zip(path: Path, rows: Sequence[Sequence[Any]], **options: Any) -> Path:
    return write_google_zip(path, [paris_aware(row) for row in rows], **options)


def write_raw_xlsx(path: Path, rows: Sequence[Sequence[Any]], sheet: str = SHEET) -> Path:
    """Any cells at all, with no Google header: for the sheets that cannot be used."""
    workbook = openpyxl.Workbook()
    workbook.active.title = sheet
    for row in rows:
        workbook.active.append(list(row))
    workbook.save(path)
    return path


# Fixtures and helpers -------------------------------------------------------------------


@pytest.fixture
def demo(database: Database) -> int:
    """The demo session: capacity 20, registrations until 2 October 2020 (Paris)."""
    return add_demo_session(database)


@pytest.fixture
def make_session(database: Database) -> Callable[..., int]:
    def make(
        capacity: int = 2,
        deadline: date = date(2020, 10, 2),
        first_day: date = date(2020, 10, 8),
        title: str = "Accueillir de nouvelles populations",
    ) -> int:
        return create_session(
            database,
            SessionDraft(
                title=title,
                capacity=capacity,
                registration_deadline=deadline,
                time_slots=(TimeSlotData(first_day, time(9, 30), time(12, 0)),),
            ),
        )

    return make


def import_file(
    database: Database, session_id: int, path: Path, options: ImportOptions | None = None
) -> ImportResult:
    plan = plan_import(database, session_id, path, options or ImportOptions())
    return apply_import(database, plan)


def table_counts(database: Database) -> dict[str, int]:
    with database.read() as session:
        return {
            model.__name__: session.scalar(select(func.count()).select_from(model))
            for model in (Person, Registration, ImportBatch)
        }


def snapshot(database: Database) -> tuple[Any, ...]:
    """Everything an import may write, to show that nothing was."""
    with database.read() as session:
        return (
            table_counts(database),
            session.execute(
                select(Person.id, Person.version, Person.first_name, Person.phone).order_by(
                    Person.id
                )
            ).all(),
            session.execute(
                select(
                    Registration.id,
                    Registration.version,
                    Registration.status,
                    Registration.submitted_at,
                ).order_by(Registration.id)
            ).all(),
            session.execute(select(ImportBatch.id, ImportBatch.undone_at)).all(),
        )


def registrations(database: Database, session_id: int) -> dict[str, Registration]:
    with database.read() as session:
        rows = session.execute(
            select(Person.email, Registration)
            .join(Person, Person.id == Registration.person_id)
            .where(Registration.session_id == session_id)
        ).all()
    return {email: registration for email, registration in rows}


def people(database: Database) -> dict[str, Person]:
    with database.read() as session:
        return {person.email: person for person in session.scalars(select(Person))}


def queue(database: Database, session_id: int) -> list[tuple[str, RegistrationStatus]]:
    return [(row.email, row.status) for row in session_queue(database, session_id)]


def outcomes(plan: ImportPlan) -> dict[int, Outcome]:
    return {row.row: row.outcome for row in plan.rows}


def rendered(items: Sequence[Any]) -> dict[int, str]:
    return {item.row: item.message.render() for item in items}


def check_user_error(error: UserError) -> None:
    text = error.render()
    assert text and text == str(error)
    assert "{" not in text and "}" not in text  # every parameter was filled in


# Formats and the rows they hold ---------------------------------------------------------

THREE = [
    response(
        local(2020, 9, 28, 10, 15, 32),
        "camille.martin@example.org",
        expectations="Des exemples concrets\net des contacts.\n\nMerci !",
        topics="Participation, Alimentation",
    ),
    response(
        local(2020, 9, 28, 11, 2, 0),
        "jean.dupont@example.org",
        last="Dupont",
        first="Jean",
        organisation="PNR du Vercors",
        job="Directeur",
        phone="04 75 22 00 00",
        commune="Lans-en-Vercors",
        topics="Participation",
    ),
    response(
        local(2020, 9, 29, 9, 5, 0),
        "elodie.lefevre@example.org",
        last="Lefèvre",
        first="Élodie",
        organisation="Association « Les Deux Rives »",
        phone="",
        expectations="",
        topics="Alimentation, Mobilité, Habitat",
    ),
]
BLANK = [""] * len(FRENCH_HEADER)


def _xlsx(tmp_path: Path) -> tuple[Path, list[str]]:
    path = write_xlsx(
        tmp_path / "Inscriptions (réponses).xlsx",
        THREE,
        other_sheets=["Notes", "Tableau de bord"],
        blank_rows=3,
    )
    return path, FRENCH_HEADER


def _xlsx_english(tmp_path: Path) -> tuple[Path, list[str]]:
    path = write_xlsx(
        tmp_path / "Registration (responses).xlsx",
        THREE,
        header=ENGLISH_HEADER,
        sheet="Form Responses 1",
        other_sheets=["Summary"],
    )
    return path, ENGLISH_HEADER


def _google_csv(tmp_path: Path) -> tuple[Path, list[str]]:
    path = write_form_csv(
        tmp_path / "Registration.csv", [*THREE, BLANK, BLANK], header=ENGLISH_HEADER
    )
    return path, ENGLISH_HEADER


def _google_zip(tmp_path: Path) -> tuple[Path, list[str]]:
    return write_form_zip(tmp_path / "Inscription.csv.zip", THREE), FRENCH_HEADER


def _excel_csv(tmp_path: Path) -> tuple[Path, list[str]]:
    """Opened and saved again in a French Excel: ";", Windows-1252, local text timestamps."""
    path = write_csv(
        tmp_path / "réponses.csv",
        [*THREE, [""] * 10],
        encoding="cp1252",
        delimiter=";",
        timestamp=lambda when: when.strftime("%d/%m/%Y %H:%M:%S"),
    )
    return path, FRENCH_HEADER


FORMATS = {
    "xlsx-french-other-tabs": _xlsx,
    "xlsx-english": _xlsx_english,
    "google-csv-english": _google_csv,
    "google-zip": _google_zip,
    "excel-csv-semicolons-cp1252": _excel_csv,
}


@pytest.mark.parametrize("build", FORMATS.values(), ids=FORMATS.keys())
def test_every_download_imports_the_same_registrations(database, demo, tmp_path, build):
    path, header = build(tmp_path)

    plan = plan_import(database, demo, path)

    assert plan.mapping.fields[:8] == (
        Field.SUBMITTED_AT,
        Field.EMAIL,
        Field.LAST_NAME,
        Field.FIRST_NAME,
        Field.ORGANISATION,
        Field.JOB_TITLE,
        Field.PHONE,
        Field.COMMUNE,
    )
    assert plan.header_row == 1
    assert plan.counts.rows == 3  # blank trailing rows are not rows
    assert plan.counts.added == 3
    assert plan.counts.invalid == [] and plan.counts.warnings == []
    assert [row.outcome for row in plan.rows] == [Outcome.NEW] * 3
    assert [row.row for row in plan.rows] == [2, 3, 4]
    assert table_counts(database) == {"Person": 0, "Registration": 0, "ImportBatch": 0}

    result = apply_import(database, plan)

    assert result.batch_id is not None
    assert (result.counts.added, result.counts.confirmed, result.counts.waitlisted) == (3, 3, 0)
    rows = session_queue(database, demo)
    assert [row.email for row in rows] == [
        "camille.martin@example.org",
        "jean.dupont@example.org",
        "elodie.lefevre@example.org",
    ]
    assert [row.submitted_at for row in rows] == [
        utc(2020, 9, 28, 8, 15, 32),
        utc(2020, 9, 28, 9, 2, 0),
        utc(2020, 9, 29, 7, 5, 0),
    ]
    assert [(row.first_name, row.last_name) for row in rows] == [
        ("Camille", "Martin"),
        ("Jean", "Dupont"),
        ("Élodie", "Lefèvre"),
    ]
    assert [row.organisation for row in rows] == [
        "Commune de Die",
        "PNR du Vercors",
        "Association « Les Deux Rives »",
    ]
    assert {row.status for row in rows} == {CONFIRMED}
    found = registrations(database, demo)
    camille = found["camille.martin@example.org"].answers
    # Every other column is kept whole: a multi-line answer, checkbox answers joined by ", ".
    assert camille[header[8]] == "Des exemples concrets\net des contacts.\n\nMerci !"
    assert camille[header[9]] == "Participation, Alimentation"
    assert found["elodie.lefevre@example.org"].answers[header[9]] == (
        "Alimentation, Mobilité, Habitat"
    )
    assert header[8] not in found["elodie.lefevre@example.org"].answers  # left blank
    person = people(database)["jean.dupont@example.org"]
    assert (person.job_title, person.phone, person.commune) == (
        "Directeur",
        "+33 4 75 22 00 00",
        "Lans-en-Vercors",
    )


def test_the_plan_tells_what_was_read_and_guessed(database, demo, tmp_path):
    xlsx, _ = _xlsx(tmp_path)
    plan = plan_import(database, demo, xlsx)
    assert plan.workbook_kind == "xlsx"
    assert plan.sheet == SHEET
    assert plan.sheet_names == ["Notes", "Tableau de bord", SHEET]
    assert plan.header == FRENCH_HEADER
    assert plan.time_zone == "Europe/Paris"

    csv_plan = plan_import(database, demo, _excel_csv(tmp_path)[0])
    assert csv_plan.workbook_kind == "csv"
    assert csv_plan.delimiter == ";"
    assert csv_plan.encoding == "cp1252"
    assert csv_plan.day_first is True  # 28/09: day first, told by the values


def test_the_batch_records_the_file_and_the_report(database, demo, tmp_path):
    path = write_xlsx(
        tmp_path / "r.xlsx", [*THREE, response(local(2020, 9, 30, 9, 0), "pas-une-adresse")]
    )
    result = import_file(database, demo, path)
    with database.read() as session:
        batch = session.get(ImportBatch, result.batch_id)
        assert batch.session_id == demo
        assert batch.file_name == "r.xlsx"
        assert len(batch.sha256) == 64
        assert batch.sheet == SHEET
        assert batch.mapping["Adresse e-mail"] == "email"
        assert batch.options == {"day_first": True, "time_zone": "Europe/Paris"}
        assert batch.counts["added"] == 3
        assert batch.counts["invalid"] == [
            {"row": 5, "reason": "Invalid e-mail address: pas-une-adresse"}
        ]
        assert batch.undone_at is None


# The e-mail is the person ---------------------------------------------------------------


def test_the_normalised_email_identifies_the_person(database, demo, tmp_path):
    path = write_xlsx(
        tmp_path / "r.xlsx",
        [
            response(local(2020, 9, 28, 9, 0), "  Camille.Martin@Example.ORG "),
            response(local(2020, 9, 28, 10, 0), "\u200bcamille.martin@example.org"),
            response(local(2020, 9, 28, 11, 0), "CAMILLE.MARTIN@EXAMPLE.ORG\u00a0"),
            response(local(2020, 9, 28, 12, 0), "jean.dupont@example.org\u200b", last="Dupont"),
            response(local(2020, 9, 28, 13, 0), "\u00a0camille.martin@example.org"),
        ],
    )

    plan = plan_import(database, demo, path)

    assert outcomes(plan) == {
        2: Outcome.NEW,
        3: Outcome.DUPLICATE,
        4: Outcome.DUPLICATE,
        5: Outcome.NEW,
        6: Outcome.DUPLICATE,
    }
    assert {row.email for row in plan.rows} == {
        "camille.martin@example.org",
        "jean.dupont@example.org",
    }
    assert (plan.counts.rows, plan.counts.added, plan.counts.duplicates) == (5, 2, 3)
    assert plan.counts.invalid == []
    apply_import(database, plan)
    assert sorted(people(database)) == ["camille.martin@example.org", "jean.dupont@example.org"]
    assert table_counts(database)["Registration"] == 2
    camille = registrations(database, demo)["camille.martin@example.org"]
    assert camille.submitted_at == utc(2020, 9, 28, 7, 0)


@pytest.mark.parametrize("latest_first", [False, True], ids=["in-time-order", "edited-first"])
def test_the_same_email_twice_is_one_registration(database, make_session, tmp_path, latest_first):
    session_id = make_session(capacity=2)
    first = response(
        local(2020, 9, 28, 9, 0),
        "camille@example.org",
        last="Martin",
        organisation="Commune de Die",
        job="Stagiaire",
        expectations="Première réponse",
        topics="Participation",
    )
    latest = response(
        local(2020, 9, 28, 12, 0),
        "Camille@Example.org",
        last="Martin-Durand",
        organisation="Communauté de communes du Diois",
        job="Chargée de mission",
        expectations="Réponse corrigée",
        topics="Participation, Alimentation",
    )
    others = [
        response(local(2020, 9, 28, 10, 0), "jean@example.org", last="Dupont", first="Jean"),
        response(local(2020, 9, 28, 11, 0), "elodie@example.org", last="Lefèvre"),
    ]
    rows = [latest, *others, first] if latest_first else [first, *others, latest]
    path = write_xlsx(tmp_path / "r.xlsx", rows)

    plan = plan_import(database, session_id, path)

    assert (plan.counts.rows, plan.counts.added, plan.counts.duplicates) == (4, 3, 1)
    assert outcomes(plan) == {2: Outcome.NEW, 3: Outcome.NEW, 4: Outcome.NEW, 5: Outcome.DUPLICATE}
    assert (plan.counts.confirmed, plan.counts.waitlisted) == (2, 1)
    apply_import(database, plan)
    # The earliest response keeps its place: Camille is first, before Jean (10:00).
    assert queue(database, session_id) == [
        ("camille@example.org", CONFIRMED),
        ("jean@example.org", CONFIRMED),
        ("elodie@example.org", WAITLISTED),
    ]
    camille = registrations(database, session_id)["camille@example.org"]
    assert camille.submitted_at == utc(2020, 9, 28, 7, 0)
    # The latest answers win.
    assert camille.answers[EXPECTATIONS] == "Réponse corrigée"
    assert camille.answers[TOPICS] == "Participation, Alimentation"
    assert camille.organisation_answer == "Communauté de communes du Diois"
    person = people(database)["camille@example.org"]
    assert (person.last_name, person.job_title) == ("Martin-Durand", "Chargée de mission")
    [row] = [row for row in session_queue(database, session_id) if row.email.startswith("cam")]
    assert (row.last_name, row.organisation) == ("Martin-Durand", "Communauté de communes du Diois")


# Deadline and capacity ------------------------------------------------------------------


def test_late_is_after_the_end_of_the_deadline_day_in_paris(database, demo, tmp_path):
    path = write_xlsx(
        tmp_path / "r.xlsx",
        [
            response(local(2020, 10, 2, 23, 59, 0), "on-time@example.org"),
            response(local(2020, 10, 3, 0, 0, 0), "midnight@example.org"),
            response(local(2020, 11, 2, 9, 0, 0), "november@example.org"),  # winter time
            response(local(2020, 10, 1, 8, 0, 0), "early@example.org"),
        ],
    )

    plan = plan_import(database, demo, path)

    statuses = {row.email: row.status for row in plan.rows}
    assert statuses == {
        "on-time@example.org": CONFIRMED,
        "midnight@example.org": LATE,
        "november@example.org": LATE,
        "early@example.org": CONFIRMED,
    }
    assert (plan.counts.confirmed, plan.counts.waitlisted, plan.counts.late) == (2, 0, 2)
    apply_import(database, plan)
    assert queue(database, demo) == [
        ("early@example.org", CONFIRMED),
        ("on-time@example.org", CONFIRMED),
        ("midnight@example.org", LATE),
        ("november@example.org", LATE),
    ]
    found = registrations(database, demo)
    assert found["midnight@example.org"].submitted_at == utc(2020, 10, 2, 22, 0)
    assert found["november@example.org"].submitted_at == utc(2020, 11, 2, 8, 0)


def test_the_csv_offsets_decide_lateness(database, demo, tmp_path):
    rows = [
        response(datetime(2020, 10, 2, 23, 59, 0, tzinfo=PARIS), "a@example.org"),  # UTC+2
        # 22:30 UTC on the deadline day is 00:30 on 3 October in Paris.
        response(utc(2020, 10, 2, 22, 30), "b@example.org"),  # UTC+0
        response(utc(2020, 10, 2, 21, 30), "c@example.org"),  # 23:30 in Paris
    ]
    path = write_csv(tmp_path / "r.csv", rows)
    assert "2020/10/02 11:59:00 PM UTC+2" in path.read_text(encoding="utf-8")

    import_file(database, demo, path)

    found = registrations(database, demo)
    assert found["a@example.org"].submitted_at == utc(2020, 10, 2, 21, 59)
    assert found["b@example.org"].submitted_at == utc(2020, 10, 2, 22, 30)
    assert {email: r.status for email, r in found.items()} == {
        "a@example.org": CONFIRMED,
        "b@example.org": LATE,
        "c@example.org": CONFIRMED,
    }


def test_a_winter_deadline(database, make_session, tmp_path):
    session_id = make_session(capacity=10, deadline=date(2021, 1, 15), first_day=date(2021, 1, 20))
    xlsx = write_xlsx(
        tmp_path / "r.xlsx",
        [
            response(local(2021, 1, 15, 23, 59, 0), "a@example.org"),
            response(local(2021, 1, 16, 0, 0, 0), "b@example.org"),
        ],
    )
    csv = write_csv(
        tmp_path / "r.csv",
        [
            response(datetime(2021, 1, 15, 23, 30, tzinfo=PARIS), "c@example.org"),  # UTC+1
            response(utc(2021, 1, 15, 22, 45), "d@example.org"),  # 23:45 in Paris
            response(utc(2021, 1, 15, 23, 0), "e@example.org"),  # midnight in Paris
        ],
    )
    assert "2021/01/15 11:30:00 PM UTC+1" in csv.read_text(encoding="utf-8")

    import_file(database, session_id, xlsx)
    import_file(database, session_id, csv)

    found = registrations(database, session_id)
    assert found["b@example.org"].submitted_at == utc(2021, 1, 15, 23, 0)
    assert {email: r.status for email, r in found.items()} == {
        "a@example.org": CONFIRMED,
        "b@example.org": LATE,
        "c@example.org": CONFIRMED,
        "d@example.org": CONFIRMED,
        "e@example.org": LATE,
    }


def test_the_first_capacity_on_time_are_confirmed_the_rest_waitlisted(database, demo, tmp_path):
    start = local(2020, 9, 20, 8, 0)
    on_time = [
        response(start + timedelta(hours=n), f"personne{n:02}@example.org") for n in range(25)
    ]
    late = [
        response(local(2020, 10, 3, 8, 0), "late1@example.org"),
        response(local(2020, 10, 4, 8, 0), "late2@example.org"),
    ]
    rows = on_time + late
    random.Random(7).shuffle(rows)  # a sorted sheet: order of the rows does not matter
    path = write_xlsx(tmp_path / "r.xlsx", rows)

    result = import_file(database, demo, path)

    assert (result.counts.confirmed, result.counts.waitlisted, result.counts.late) == (20, 5, 2)
    expected = [(f"personne{n:02}@example.org", CONFIRMED) for n in range(20)]
    expected += [(f"personne{n:02}@example.org", WAITLISTED) for n in range(20, 25)]
    expected += [("late1@example.org", LATE), ("late2@example.org", LATE)]
    assert queue(database, demo) == expected


# Invalid rows and warnings ----------------------------------------------------------------


def test_invalid_rows_are_reported_by_sheet_row_and_the_others_import(database, demo, tmp_path):
    when = local(2020, 9, 28, 9, 0)
    path = write_xlsx(
        tmp_path / "r.xlsx",
        [
            response(when, "valide@example.org"),  # row 2
            response(when, "", last="Sans-Adresse"),  # row 3
            response(when, "pas-une-adresse"),  # row 4
            response(when, "camille@@example.org"),  # row 5
            response(when, "jean dupont@example.org"),  # row 6
            response(when, "\u200b \u00a0"),  # row 7: invisible only
            response(when, "aussi.valide@example.org"),  # row 8
        ],
        other_sheets=["Notes"],
    )

    plan = plan_import(database, demo, path)

    assert rendered(plan.counts.invalid) == {
        3: "No e-mail address.",
        4: "Invalid e-mail address: pas-une-adresse",
        5: "Invalid e-mail address: camille@@example.org",
        6: "Invalid e-mail address: jean dupont@example.org",
        7: "No e-mail address.",
    }
    invalid_rows = [row for row in plan.rows if row.outcome is Outcome.INVALID]
    assert [row.row for row in invalid_rows] == [3, 4, 5, 6, 7]
    assert all(row.message is not None and row.status is None for row in invalid_rows)
    assert next(row for row in invalid_rows if row.row == 3).name == "Camille Sans-Adresse"
    assert (plan.counts.rows, plan.counts.added) == (7, 2)
    apply_import(database, plan)
    assert sorted(people(database)) == ["aussi.valide@example.org", "valide@example.org"]


def test_row_numbers_are_the_sheet_s_even_after_a_blank_row(database, demo, tmp_path):
    when = datetime(2020, 9, 28, 9, 0, tzinfo=PARIS)
    path = write_csv(
        tmp_path / "r.csv",
        [
            response(when, "a@example.org"),  # row 2
            [""] * 10,  # row 3: blank, not counted
            response(when, "pas-une-adresse"),  # row 4
            response(when, "b@example.org"),  # row 5
            response("hier", "c@example.org"),  # row 6
            [""] * 10,
        ],
    )
    plan = plan_import(database, demo, path)
    assert plan.counts.rows == 4
    assert rendered(plan.counts.invalid) == {4: "Invalid e-mail address: pas-une-adresse"}
    assert list(rendered(plan.counts.warnings)) == [6]
    assert sorted(outcomes(plan)) == [2, 4, 5, 6]


def test_rows_without_a_readable_timestamp_are_kept_after_the_timed_ones(
    database, make_session, tmp_path
):
    session_id = make_session(capacity=2)
    path = write_xlsx(
        tmp_path / "r.xlsx",
        [
            response(None, "typed.by.hand@example.org"),  # row 2
            response("hier", "yesterday@example.org"),  # row 3
            response(local(2020, 9, 29, 9, 0), "a@example.org"),  # row 4
            response(local(2020, 9, 28, 9, 0), "b@example.org"),  # row 5
            response("31/02/2020 10:00", "no.such.day@example.org"),  # row 6
            response(local(2020, 9, 30, 9, 0), "c@example.org"),  # row 7
        ],
    )

    plan = plan_import(database, session_id, path)

    assert rendered(plan.counts.warnings) == {
        2: "No timestamp: kept, queued after the timestamped responses.",
        3: "Unreadable timestamp “hier”: kept, queued after the timestamped responses.",
        6: "Unreadable timestamp “31/02/2020 10:00”: kept, queued after the timestamped responses.",
    }
    assert plan.counts.invalid == []
    assert plan.counts.added == 6
    apply_import(database, plan)
    assert queue(database, session_id) == [
        ("b@example.org", CONFIRMED),
        ("a@example.org", CONFIRMED),
        ("c@example.org", WAITLISTED),
        ("typed.by.hand@example.org", WAITLISTED),
        ("yesterday@example.org", WAITLISTED),
        ("no.such.day@example.org", WAITLISTED),
    ]
    found = registrations(database, session_id)
    assert found["yesterday@example.org"].submitted_at is None
    assert found["yesterday@example.org"].answers["Horodateur"] == "hier"  # kept as typed
    assert found["typed.by.hand@example.org"].submitted_at is None


def test_untimed_rows_are_never_late_but_wait_behind_everyone(database, demo, tmp_path):
    late = response(local(2020, 10, 5, 9, 0), "late@example.org")
    untimed = response(None, "untimed@example.org")
    import_file(database, demo, write_xlsx(tmp_path / "r.xlsx", [untimed, late]))
    assert queue(database, demo) == [
        ("late@example.org", LATE),
        ("untimed@example.org", CONFIRMED),
    ]


def test_a_form_without_timestamp_column_keeps_every_row_with_a_warning(database, demo, tmp_path):
    header = FRENCH_HEADER[1:]
    rows = [row[1:] for row in THREE]
    path = write_xlsx(tmp_path / "r.xlsx", rows, header=header)
    plan = plan_import(database, demo, path)
    assert plan.counts.added == 3
    assert sorted(rendered(plan.counts.warnings)) == [2, 3, 4]
    apply_import(database, plan)
    assert [email for email, _ in queue(database, demo)] == [row[1] for row in THREE]


# Plan, re-import, edits ---------------------------------------------------------------


def test_a_plan_writes_nothing(database, demo, tmp_path):
    import_file(database, demo, write_xlsx(tmp_path / "first.xlsx", THREE[:1]))
    before = snapshot(database)
    edited = replace_answer(THREE[0], expectations="Autre chose")
    path = write_xlsx(tmp_path / "r.xlsx", [edited, *THREE[1:]])

    plan = plan_import(database, demo, path)

    assert (plan.counts.added, plan.counts.updated) == (2, 1)
    assert snapshot(database) == before


@pytest.mark.parametrize(
    "build", [_xlsx, _google_csv, _google_zip, _excel_csv], ids=["xlsx", "csv", "zip", "excel"]
)
def test_importing_the_same_file_again_changes_nothing(database, demo, tmp_path, build):
    path, _ = build(tmp_path)
    import_file(database, demo, path)
    before = snapshot(database)

    plan = plan_import(database, demo, path)

    assert [row.outcome for row in plan.rows] == [Outcome.UNCHANGED] * 3
    assert (plan.counts.added, plan.counts.updated, plan.counts.unchanged) == (0, 0, 3)
    assert plan.counts.confirmed == 3
    result = apply_import(database, plan)
    assert result.batch_id is None
    assert (result.counts.added, result.counts.updated, result.counts.unchanged) == (0, 0, 3)
    assert snapshot(database) == before


def test_the_same_responses_downloaded_in_another_format_are_unchanged(database, demo, tmp_path):
    """The coordinator imports the sheet, then the form's own .zip of the same responses:
    nobody edited anything, so nothing is updated (the timestamps are the same moments)."""
    import_file(database, demo, _xlsx(tmp_path)[0])
    before = snapshot(database)

    plan = plan_import(database, demo, _google_zip(tmp_path)[0])

    assert (plan.counts.added, plan.counts.updated, plan.counts.unchanged) == (0, 0, 3)
    assert apply_import(database, plan).batch_id is None
    assert snapshot(database) == before


@pytest.mark.sqlite_only
def test_an_import_gives_back_the_page_cache_it_takes_to_write(database, demo, tmp_path):
    """SQLite's page cache is enlarged while an import writes, not for what follows."""

    def cache_size() -> int:
        with database.read() as session:
            return session.connection().exec_driver_sql("PRAGMA cache_size").scalar_one()

    before = cache_size()
    import_file(database, demo, _xlsx(tmp_path)[0])
    assert database.engine.pool.checkedin() == 1  # the connection that wrote is asked
    assert cache_size() == before


def test_applying_the_same_plan_twice_never_duplicates(database, demo, tmp_path):
    path, _ = _xlsx(tmp_path)
    plan = plan_import(database, demo, path)
    same = plan_import(database, demo, path)
    apply_import(database, plan)

    result = apply_import(database, same)  # checked again against what is stored now

    assert result.batch_id is None
    assert (result.counts.added, result.counts.unchanged) == (0, 3)
    assert table_counts(database) == {"Person": 3, "Registration": 3, "ImportBatch": 1}


def test_a_grown_sheet_adds_only_the_new_responses(database, demo, tmp_path):
    start = local(2020, 9, 1, 8, 0)

    def row(n: int) -> list[Any]:
        return response(
            start + timedelta(minutes=20 * n),
            f"personne{n:04}@example.org",
            last=f"Nom{n}",
            phone=f"06 12 34 {n // 100 % 100:02} {n % 100:02}",
            topics="Participation, Alimentation" if n % 2 else "Habitat",
        )

    import_file(database, demo, write_xlsx(tmp_path / "v1.xlsx", [row(n) for n in range(1000)]))
    before = registrations(database, demo)
    grown = write_xlsx(tmp_path / "v2.xlsx", [row(n) for n in range(1004)], blank_rows=2)

    plan = plan_import(database, demo, grown)

    assert plan.counts.rows == 1004
    assert (plan.counts.added, plan.counts.updated, plan.counts.unchanged) == (4, 0, 1000)
    assert [row.row for row in plan.rows if row.outcome is Outcome.NEW] == [1002, 1003, 1004, 1005]
    result = apply_import(database, plan)
    assert (result.counts.confirmed, result.counts.waitlisted) == (20, 984)
    after = registrations(database, demo)
    assert len(after) == 1004
    assert all(
        (after[email].id, after[email].version) == (old.id, old.version)
        for email, old in before.items()
    )
    with database.read() as session:
        created = session.scalars(
            select(Registration).where(Registration.import_batch_id == result.batch_id)
        ).all()
        assert len(created) == 4
    assert {after[f"personne{n:04}@example.org"].status for n in range(1000, 1004)} == {WAITLISTED}


def test_an_edited_response_updates_the_registration_and_keeps_its_place(
    database, make_session, tmp_path
):
    session_id = make_session(capacity=2)
    rows = [
        response(local(2020, 9, 28, 9, 0), "a@example.org"),
        response(local(2020, 9, 28, 10, 0), "b@example.org", expectations="Pas grand-chose"),
        response(local(2020, 9, 28, 11, 0), "c@example.org"),
    ]
    import_file(database, session_id, write_xlsx(tmp_path / "v1.xlsx", rows))
    original = registrations(database, session_id)["b@example.org"]
    # Google updates the edited row in place, with the time of the edit: after the deadline.
    rows[1] = replace_answer(
        rows[1],
        when=local(2020, 10, 5, 18, 30),
        expectations="Des exemples concrets",
        organisation="PNR du Vercors",
    )
    edited = write_xlsx(tmp_path / "v2.xlsx", rows)

    plan = plan_import(database, session_id, edited)

    assert outcomes(plan) == {2: Outcome.UNCHANGED, 3: Outcome.UPDATED, 4: Outcome.UNCHANGED}
    assert (plan.counts.added, plan.counts.updated, plan.counts.unchanged) == (0, 1, 2)
    assert plan.rows[1].status is CONFIRMED
    result = apply_import(database, plan)
    assert result.batch_id is not None
    assert queue(database, session_id) == [
        ("a@example.org", CONFIRMED),
        ("b@example.org", CONFIRMED),
        ("c@example.org", WAITLISTED),
    ]
    updated = registrations(database, session_id)["b@example.org"]
    assert updated.id == original.id
    assert updated.submitted_at == utc(2020, 9, 28, 8, 0)  # the first response's place
    assert updated.answers[EXPECTATIONS] == "Des exemples concrets"
    assert updated.organisation_answer == "PNR du Vercors"
    assert updated.version > original.version
    assert table_counts(database)["Registration"] == 3

    again = plan_import(database, session_id, edited)
    assert (again.counts.updated, again.counts.unchanged) == (0, 3)


def test_a_change_in_one_answer_alone_is_an_update_and_undo_takes_it_back(database, demo, tmp_path):
    """The stored answers are compared as they are read: one answer of one row that
    changed by a letter is enough, and undo puts that registration back whole."""
    import_file(database, demo, write_xlsx(tmp_path / "v1.xlsx", THREE))
    before = registrations(database, demo)
    edited = replace_answer(THREE[1], topics=THREE[1][9] + ".")
    path = write_xlsx(tmp_path / "v2.xlsx", [THREE[0], edited, THREE[2]])

    plan = plan_import(database, demo, path)

    assert outcomes(plan) == {2: Outcome.UNCHANGED, 3: Outcome.UPDATED, 4: Outcome.UNCHANGED}
    result = apply_import(database, plan)
    after = registrations(database, demo)
    assert after["jean.dupont@example.org"].answers[TOPICS] == THREE[1][9] + "."
    assert (
        after["camille.martin@example.org"].version == before["camille.martin@example.org"].version
    )
    undo_import(database, result.batch_id)
    restored = registrations(database, demo)["jean.dupont@example.org"]
    original = before["jean.dupont@example.org"]
    assert restored.answers == original.answers
    assert (restored.submitted_at, restored.organisation_answer, restored.status) == (
        original.submitted_at,
        original.organisation_answer,
        original.status,
    )


def test_the_same_answers_with_another_organisation_column_are_an_update(database, demo, tmp_path):
    """Every cell as before, but the coordinator now takes the organisation from another
    column: the registration's organisation answer changes, so it is updated."""
    path = write_xlsx(tmp_path / "v1.xlsx", THREE)
    import_file(database, demo, path)
    mapping = guess_mapping(FRENCH_HEADER).to_json(FRENCH_HEADER)
    mapping = {name: field for name, field in mapping.items() if field != "organisation"}
    mapping[FRENCH_HEADER[7]] = "organisation"  # "Commune"

    plan = plan_import(database, demo, path, ImportOptions(mapping=mapping))

    assert (plan.counts.updated, plan.counts.unchanged) == (3, 0)
    apply_import(database, plan)
    assert [row.organisation for row in session_queue(database, demo)] == [row[7] for row in THREE]


def test_a_response_deleted_from_the_sheet_stays_registered(database, demo, tmp_path):
    import_file(database, demo, write_xlsx(tmp_path / "v1.xlsx", THREE))
    plan = plan_import(database, demo, write_xlsx(tmp_path / "v2.xlsx", [THREE[0], THREE[2]]))
    assert (plan.counts.added, plan.counts.updated, plan.counts.unchanged) == (0, 0, 2)
    assert plan.counts.confirmed == 3
    apply_import(database, plan)
    assert len(queue(database, demo)) == 3


def test_questions_with_the_same_title_or_none_are_all_kept(database, demo, tmp_path):
    header = [*FRENCH_HEADER[:8], "Commentaire", "Commentaire", ""]
    row = [*THREE[0][:8], "Premier", "Second", "Sans titre"]
    import_file(database, demo, write_xlsx(tmp_path / "r.xlsx", [row], header=header))
    answers = registrations(database, demo)["camille.martin@example.org"].answers
    assert answers["Commentaire"] == "Premier"
    assert answers["Commentaire (2)"] == "Second"
    assert answers["Colonne 11"] == "Sans titre"


# People across sessions ----------------------------------------------------------------


def test_a_person_from_another_session_is_reused_and_updated(
    database, demo, make_session, tmp_path
):
    other = make_session(capacity=10, title="Visite de terrain à Die")
    import_file(
        database,
        demo,
        write_xlsx(
            tmp_path / "demo.xlsx",
            [response(local(2020, 9, 28, 9, 0), "camille.martin@example.org", commune="Die")],
        ),
    )
    first = people(database)["camille.martin@example.org"]
    assert first.phone == "+33 6 12 34 56 78"

    import_file(
        database,
        other,
        write_form_csv(
            tmp_path / "other.csv",
            [
                response(
                    local(2020, 9, 29, 9, 0),
                    "  CAMILLE.Martin@Example.org",
                    last="Martin-Durand",
                    job="Directrice",
                    phone="",  # left blank: the stored phone stays
                    commune="Crest",
                    organisation="Biovallée",
                ),
                response(local(2020, 9, 29, 10, 0), "jean@example.org", first="Jean"),
            ],
        ),
    )

    everyone = people(database)
    assert sorted(everyone) == ["camille.martin@example.org", "jean@example.org"]
    camille = everyone["camille.martin@example.org"]
    assert camille.id == first.id
    assert (camille.first_name, camille.last_name) == ("Camille", "Martin-Durand")
    assert (camille.job_title, camille.commune) == ("Directrice", "Crest")
    assert camille.phone == "+33 6 12 34 56 78"
    assert registrations(database, demo)["camille.martin@example.org"].person_id == first.id
    assert registrations(database, other)["camille.martin@example.org"].person_id == first.id
    # Each registration keeps the organisation as answered for that session.
    assert [row.organisation for row in session_queue(database, demo)] == ["Commune de Die"]
    assert session_queue(database, other)[0].organisation == "Biovallée"
    assert session_queue(database, demo)[0].last_name == "Martin-Durand"
    assert table_counts(database) == {"Person": 2, "Registration": 3, "ImportBatch": 2}


def test_an_updated_person_can_be_found_by_their_new_name(database, demo, make_session, tmp_path):
    """The person's search key follows the details an import changed, as editors keep it."""
    other = make_session(capacity=10)
    camille = response(local(2020, 9, 28, 9, 0), "camille@example.org", last="Martin")
    import_file(database, demo, write_xlsx(tmp_path / "1.xlsx", [camille]))
    renamed = replace_answer(camille, last="Durand-Lefèvre")
    import_file(database, other, write_xlsx(tmp_path / "2.xlsx", [renamed]))

    person = people(database)["camille@example.org"]
    assert person.last_name == "Durand-Lefèvre"
    assert fold("Durand-Lefèvre") in person.search_key


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("06 12 34 56 78", "+33 6 12 34 56 78"),
        ("0612345678", "+33 6 12 34 56 78"),
        ("06.12.34.56.78", "+33 6 12 34 56 78"),
        ("+33612345678", "+33 6 12 34 56 78"),
        ("+33 (0)6 12 34 56 78", "+33 6 12 34 56 78"),
        ("04 75 22 00 00", "+33 4 75 22 00 00"),
        ("appeler le standard", "appeler le standard"),
        ("12", "12"),
    ],
)
def test_phones_are_normalised_when_they_can_be(database, demo, tmp_path, typed, stored):
    path = write_xlsx(
        tmp_path / "r.xlsx", [response(local(2020, 9, 28, 9, 0), "a@example.org", phone=typed)]
    )
    import_file(database, demo, path)
    assert people(database)["a@example.org"].phone == stored
    assert registrations(database, demo)["a@example.org"].answers["Téléphone"] == typed


def test_a_new_capacity_or_deadline_applies_to_the_queue_when_the_session_is_saved(
    database, make_session, tmp_path
):
    session_id = make_session(capacity=2)
    rows = [response(local(2020, 9, 28 + n, 9, 0), f"{x}@example.org") for n, x in enumerate("abc")]
    path = write_xlsx(tmp_path / "r.xlsx", rows)
    import_file(database, session_id, path)
    assert [status for _, status in queue(database, session_id)] == [
        CONFIRMED,
        CONFIRMED,
        WAITLISTED,
    ]

    draft = get_session(database, session_id).draft
    update_session(database, session_id, replace(draft, capacity=3))
    assert [status for _, status in queue(database, session_id)] == [CONFIRMED] * 3

    # A deadline moved before b and c: they keep the seats they were told they have.
    draft = get_session(database, session_id).draft
    update_session(
        database, session_id, replace(draft, capacity=4, registration_deadline=date(2020, 9, 28))
    )
    late = response(local(2020, 10, 1, 9, 0), "d@example.org")
    result = import_file(database, session_id, write_xlsx(tmp_path / "r2.xlsx", [*rows, late]))
    assert (result.counts.added, result.counts.unchanged) == (1, 3)
    assert queue(database, session_id) == [
        ("a@example.org", CONFIRMED),
        ("b@example.org", CONFIRMED),
        ("c@example.org", CONFIRMED),
        ("d@example.org", LATE),
    ]


def test_the_column_of_addresses_wins_over_a_question_about_mail(database, demo, tmp_path):
    """The headers are a guess: a yes/no question mentioning "mail" before the column that
    holds the addresses (asked under an unusual heading) does not take its place."""
    header = ["Horodateur", "Recontact par mail ?", "Où vous écrire", "Nom", "Prénom"]
    rows = [
        [local(2020, 9, 28, 9, n), "Oui", f"p{n}@example.org", "Martin", "Camille"]
        for n in range(4)
    ]
    plan = plan_import(database, demo, write_xlsx(tmp_path / "r.xlsx", rows, header=header))
    assert plan.mapping.column_of(Field.EMAIL) == 2
    assert plan.counts.added == 4 and plan.counts.invalid == []

    # The column the addresses' guess leaves is guessed again: here, a newsletter consent.
    header[1] = "La newsletter par mail ?"
    plan = plan_import(database, demo, write_xlsx(tmp_path / "n.xlsx", rows, header=header))
    assert plan.mapping.column_of(Field.EMAIL) == 2
    assert plan.mapping.column_of(Field.CONSENT_NEWSLETTER) == 1


def test_the_second_time_of_the_repeated_october_hour_queues_after_the_first(
    database, make_session, tmp_path
):
    session_id = make_session(capacity=1, deadline=date(2020, 10, 30), first_day=date(2020, 11, 5))
    rows = [
        response(local(2020, 10, 25, 2, 45), "first@example.org"),  # summer time
        response(local(2020, 10, 25, 2, 15), "second@example.org"),  # winter time, after
    ]
    import_file(database, session_id, write_xlsx(tmp_path / "r.xlsx", rows))
    assert queue(database, session_id) == [
        ("first@example.org", CONFIRMED),
        ("second@example.org", WAITLISTED),
    ]
    stored = registrations(database, session_id)["second@example.org"]
    assert stored.submitted_at == datetime(2020, 10, 25, 1, 15, tzinfo=UTC)


def test_an_address_corrected_by_the_coordinator_is_still_the_form_s_response(
    database, demo, tmp_path
):
    typo = response(local(2020, 9, 28, 9, 0), "camille@gmial.com")
    rows = [typo, response(local(2020, 9, 28, 10, 0), "jean@example.org", first="Jean")]
    import_file(database, demo, write_xlsx(tmp_path / "1.xlsx", rows))
    person = people(database)["camille@gmial.com"]
    draft = PersonDraft(
        email="camille@gmail.com", last_name=person.last_name, version=person.version
    )
    update_person(database, person.id, draft)

    again = import_file(database, demo, write_xlsx(tmp_path / "2.xlsx", rows))
    assert (again.counts.added, again.counts.unchanged) == (0, 2)

    edited = replace_answer(typo, expectations="Autre chose", job="Directrice")
    later = import_file(database, demo, write_xlsx(tmp_path / "3.xlsx", [edited, rows[1]]))
    assert (later.counts.added, later.counts.updated) == (0, 1)
    assert sorted(people(database)) == ["camille@gmail.com", "jean@example.org"]
    camille = people(database)["camille@gmail.com"]
    assert (camille.id, camille.job_title) == (person.id, "Directrice")
    assert registrations(database, demo)["camille@gmail.com"].answers[EXPECTATIONS] == "Autre chose"


def test_a_corrected_address_registered_again_keeps_both_registrations_counted(
    database, make_session, tmp_path
):
    """The mistyped address registered itself again (under another heading, which the
    stored answers do not hold): it is that registration the file's response is, and
    the corrected one keeps its seat in the count."""
    session = make_session(capacity=2)
    typo = response(local(2020, 9, 28, 9, 0), "camille@gmial.com")
    jean = response(local(2020, 9, 28, 10, 0), "jean@example.org", first="Jean")
    import_file(database, session, write_xlsx(tmp_path / "1.xlsx", [typo, jean]))
    person = people(database)["camille@gmial.com"]
    draft = PersonDraft(
        email="camille@gmail.com", last_name=person.last_name, version=person.version
    )
    update_person(database, person.id, draft)
    again = [response(local(2020, 9, 28, 11, 0), "camille@gmial.com")]
    import_file(database, session, write_xlsx(tmp_path / "2.xlsx", again, header=ENGLISH_HEADER))

    result = import_file(database, session, write_xlsx(tmp_path / "3.xlsx", [typo, jean]))

    statuses = dict(queue(database, session))
    assert sum(status is CONFIRMED for status in statuses.values()) == 2
    assert result.counts.confirmed == 2 and len(statuses) == 3


def test_a_question_counting_people_is_not_taken_for_the_organisation(database, demo, tmp_path):
    header = ["Horodateur", "Adresse e-mail", "Nom", "Nombre de personnes de votre structure"]
    rows = [[local(2020, 9, 28, 9, n), f"p{n}@example.org", "Martin", n + 2] for n in range(3)]
    plan = plan_import(database, demo, write_xlsx(tmp_path / "r.xlsx", rows, header=header))
    assert plan.mapping.column_of(Field.ORGANISATION) is None
    apply_import(database, plan)
    stored = registrations(database, demo)["p0@example.org"]
    assert stored.organisation_answer == ""
    assert stored.answers["Nombre de personnes de votre structure"] == 2


def test_cells_beyond_the_header_are_kept_as_answers(database, demo, tmp_path):
    path = tmp_path / "r.csv"
    path.write_text(
        "Horodateur,Adresse e-mail,Nom\n"
        "2020/09/28 10:15:32 AM UTC+2,a@example.org,Martin,une remarque en plus\n",
        encoding="utf-8",
    )
    import_file(database, demo, path)
    answers = registrations(database, demo)["a@example.org"].answers
    assert answers["Colonne 4"] == "une remarque en plus"


# Undo ----------------------------------------------------------------------------------


def test_undo_takes_an_import_back(database, make_session, tmp_path):
    elsewhere = make_session(capacity=10, title="Visite de terrain à Die")
    session_id = make_session(capacity=2)
    import_file(
        database,
        elsewhere,
        write_xlsx(tmp_path / "d.xlsx", [response(local(2020, 9, 20, 9, 0), "d@example.org")]),
    )
    a = response(local(2020, 9, 28, 9, 0), "a@example.org", expectations="Avant")
    b = response(local(2020, 9, 28, 11, 0), "b@example.org")
    first = import_file(database, session_id, write_xlsx(tmp_path / "v1.xlsx", [a, b]))
    stored_a = registrations(database, session_id)["a@example.org"]
    before_second = queue(database, session_id)
    assert before_second == [("a@example.org", CONFIRMED), ("b@example.org", CONFIRMED)]

    second = import_file(
        database,
        session_id,
        write_xlsx(
            tmp_path / "v2.xlsx",
            [
                replace_answer(a, expectations="Après", organisation="Autre structure"),
                b,
                response(local(2020, 9, 28, 10, 0), "c@example.org"),  # before b
                response(local(2020, 9, 28, 12, 0), "d@example.org"),  # known elsewhere
            ],
        ),
    )
    assert (second.counts.added, second.counts.updated, second.counts.unchanged) == (2, 1, 1)
    # c answered before b, but b was told it has a seat: nobody confirmed loses it.
    assert queue(database, session_id) == [
        ("a@example.org", CONFIRMED),
        ("c@example.org", WAITLISTED),
        ("b@example.org", CONFIRMED),
        ("d@example.org", WAITLISTED),
    ]
    assert sorted(people(database)) == [f"{x}@example.org" for x in "abcd"]

    undo_import(database, second.batch_id)

    # The queue is recomputed: as it was before.
    assert queue(database, session_id) == before_second
    restored = registrations(database, session_id)["a@example.org"]
    assert restored.answers == stored_a.answers
    assert restored.answers[EXPECTATIONS] == "Avant"
    assert restored.organisation_answer == "Commune de Die"
    assert restored.submitted_at == stored_a.submitted_at
    # c was created by that import and goes; d stays, registered elsewhere.
    assert sorted(people(database)) == ["a@example.org", "b@example.org", "d@example.org"]
    assert [email for email, _ in queue(database, elsewhere)] == ["d@example.org"]
    with database.read() as session:
        assert session.get(ImportBatch, second.batch_id).undone_at is not None
        assert session.get(ImportBatch, first.batch_id).undone_at is None

    with pytest.raises(UserError) as twice:
        undo_import(database, second.batch_id)
    check_user_error(twice.value)
    assert "already undone" in twice.value.render()

    undo_import(database, first.batch_id)
    assert queue(database, session_id) == []
    assert sorted(people(database)) == ["d@example.org"]
    assert table_counts(database) == {"Person": 1, "Registration": 1, "ImportBatch": 3}


def test_undo_gives_known_people_back_the_details_the_import_changed(
    database, demo, make_session, tmp_path
):
    other = make_session(capacity=10)
    camille = response(local(2020, 9, 28, 9, 0), "camille@example.org", last="Martin")
    jean = response(local(2020, 9, 28, 10, 0), "jean@example.org", first="Jean", last="Roux")
    import_file(database, demo, write_xlsx(tmp_path / "1.xlsx", [camille, jean]))
    before = people(database)
    # A tidier phone alone, as the form asks it, changes nothing stored: not written.
    jean_again = replace_answer(jean, phone="0612345678")
    moved = replace_answer(camille, last="Durand", job="Directrice", phone="07 00 00 00 01")
    batch = import_file(database, other, write_xlsx(tmp_path / "2.xlsx", [moved, jean_again]))
    after = people(database)
    assert (after["camille@example.org"].last_name, after["camille@example.org"].phone) == (
        "Durand",
        "+33 7 00 00 00 01",
    )
    assert after["jean@example.org"].version == before["jean@example.org"].version

    undo_import(database, batch.batch_id)

    restored = people(database)["camille@example.org"]
    was = before["camille@example.org"]
    assert (restored.last_name, restored.job_title, restored.phone) == (
        was.last_name,
        was.job_title,
        was.phone,
    )
    assert restored.search_key == was.search_key
    assert restored.version > after["camille@example.org"].version


def test_undoing_two_imports_newest_first_gives_the_first_details_back(
    database, demo, make_session, tmp_path
):
    other = make_session(capacity=10)
    answered = response(local(2020, 9, 28, 9, 0), "p@example.org", last="Alpha")
    import_file(database, demo, write_xlsx(tmp_path / "0.xlsx", [answered]))
    batches = [
        import_file(
            database,
            other,
            write_xlsx(tmp_path / f"{name}.xlsx", [replace_answer(answered, last=name)]),
        )
        for name in ("Beta", "Gamma")
    ]
    assert people(database)["p@example.org"].last_name == "Gamma"

    undo_import(database, batches[1].batch_id)
    assert people(database)["p@example.org"].last_name == "Beta"
    undo_import(database, batches[0].batch_id)
    assert people(database)["p@example.org"].last_name == "Alpha"


def test_undo_keeps_an_address_corrected_since_in_the_search_key(
    database, demo, make_session, tmp_path
):
    other = make_session(capacity=10)
    camille = response(local(2020, 9, 28, 9, 0), "camille@gmial.com", last="Martin")
    import_file(database, demo, write_xlsx(tmp_path / "1.xlsx", [camille]))
    renamed = replace_answer(camille, last="Durand")
    batch = import_file(database, other, write_xlsx(tmp_path / "2.xlsx", [renamed]))
    person = people(database)["camille@gmial.com"]
    draft = PersonDraft(
        email="camille@gmail.com",
        first_name=person.first_name,
        last_name=person.last_name,
        phone=person.phone,
        job_title=person.job_title,
        commune=person.commune,
        version=person.version,
    )
    update_person(database, person.id, draft)  # only the address: the import's name stays

    undo_import(database, batch.batch_id)

    after = people(database)["camille@gmail.com"]
    assert after.last_name == "Martin"
    assert after.search_key == person_search_key(after.first_name, "Martin", "camille@gmail.com")


def test_undo_keeps_details_changed_by_hand_since_the_import(
    database, demo, make_session, tmp_path
):
    other = make_session(capacity=10)
    camille = response(local(2020, 9, 28, 9, 0), "camille@example.org", last="Martin")
    import_file(database, demo, write_xlsx(tmp_path / "1.xlsx", [camille]))
    moved = replace_answer(camille, last="Durand")
    batch = import_file(database, other, write_xlsx(tmp_path / "2.xlsx", [moved]))
    person = people(database)["camille@example.org"]
    update_person(
        database,
        person.id,
        PersonDraft(
            email=person.email,
            first_name=person.first_name,
            last_name="Durand-Lefèvre",
            phone=person.phone,
            version=person.version,
        ),
    )

    undo_import(database, batch.batch_id)

    assert people(database)["camille@example.org"].last_name == "Durand-Lefèvre"


def test_an_import_whose_registrants_attended_is_not_undone(database, demo, tmp_path):
    batch = import_file(database, demo, write_xlsx(tmp_path / "1.xlsx", THREE))
    slot = attendance_grid(database, demo).slots[0].id
    mark(database, find_registration(database, demo, THREE[0][1]), slot, AttendanceStatus.PRESENT)
    before = snapshot(database)

    with pytest.raises(UserError) as error:
        undo_import(database, batch.batch_id)

    check_user_error(error.value)
    assert "attendance was marked for 1 of the people" in error.value.render()
    assert snapshot(database) == before


def test_undo_keeps_people_who_registered_elsewhere_since(database, make_session, tmp_path):
    first_session = make_session(capacity=10)
    second_session = make_session(capacity=10, title="Visite de terrain à Die")
    camille = response(local(2020, 9, 28, 9, 0), "camille@example.org")
    batch = import_file(database, first_session, write_xlsx(tmp_path / "1.xlsx", [camille]))
    import_file(database, second_session, write_xlsx(tmp_path / "2.xlsx", [camille]))
    person_id = people(database)["camille@example.org"].id

    undo_import(database, batch.batch_id)

    assert queue(database, first_session) == []
    assert people(database)["camille@example.org"].id == person_id
    assert [email for email, _ in queue(database, second_session)] == ["camille@example.org"]


def test_undo_refuses_out_of_order(database, demo, tmp_path):
    first = import_file(database, demo, write_xlsx(tmp_path / "1.xlsx", THREE[:1]))
    second = import_file(database, demo, write_xlsx(tmp_path / "2.xlsx", THREE[:2]))
    before = snapshot(database)

    with pytest.raises(UserError) as error:
        undo_import(database, first.batch_id)

    check_user_error(error.value)
    assert "later imports" in error.value.render()
    assert snapshot(database) == before
    undo_import(database, second.batch_id)
    undo_import(database, first.batch_id)
    assert table_counts(database) == {"Person": 0, "Registration": 0, "ImportBatch": 2}
    with pytest.raises(NotFoundError):
        undo_import(database, 999)


def test_an_import_into_another_session_does_not_block_undo(database, demo, make_session, tmp_path):
    other = make_session(capacity=10)
    first = import_file(database, demo, write_xlsx(tmp_path / "1.xlsx", THREE[:1]))
    import_file(database, other, write_xlsx(tmp_path / "2.xlsx", THREE))
    undo_import(database, first.batch_id)
    assert queue(database, demo) == []
    assert len(queue(database, other)) == 3


# Options: mapping, date order, time zone --------------------------------------------------


def test_a_corrected_mapping_is_remembered_for_the_session(database, demo, make_session, tmp_path):
    header = [*FRENCH_HEADER]
    header[1] = "Pour vous joindre"  # the e-mail, under a heading nobody can guess
    header[5] = "Rôle dans l'équipe"  # the job title, likewise
    rows = [
        response(local(2020, 9, 28, 9, 0), "a@example.org"),
        response(local(2020, 9, 28, 10, 0), "b@example.org"),
    ]
    first = write_xlsx(tmp_path / "v1.xlsx", rows, header=header)
    guessed = plan_import(database, demo, first)
    assert guessed.mapping.column_of(Field.EMAIL) == 1  # its cells are addresses
    assert guessed.mapping.column_of(Field.JOB_TITLE) is None

    mapping = guessed.mapping.to_json(header) | {"Rôle dans l'équipe": "job_title"}
    plan = plan_import(database, demo, first, ImportOptions(mapping=mapping))
    assert plan.mapping.column_of(Field.JOB_TITLE) == 5
    assert plan.mapping.column_of(Field.LAST_NAME) == 2
    apply_import(database, plan)
    assert people(database)["a@example.org"].job_title == "Chargée de mission"

    rows.append(response(local(2020, 9, 28, 11, 0), "c@example.org"))
    grown = write_xlsx(tmp_path / "v2.xlsx", rows, header=header, other_sheets=["Notes"])
    again = plan_import(database, demo, grown)  # no options: the remembered mapping

    assert again.mapping.column_of(Field.EMAIL) == 1
    assert again.mapping.column_of(Field.JOB_TITLE) == 5
    assert again.mapping.column_of(Field.SUBMITTED_AT) == 0
    assert (again.counts.added, again.counts.unchanged) == (1, 2)
    apply_import(database, again)
    assert [email for email, _ in queue(database, demo)] == [
        "a@example.org",
        "b@example.org",
        "c@example.org",
    ]
    # Another session has no mapping remembered.
    elsewhere = plan_import(database, make_session(capacity=5), grown)
    assert elsewhere.mapping.column_of(Field.JOB_TITLE) is None


def test_without_a_column_of_addresses_the_coordinator_is_asked_for_it(database, demo, tmp_path):
    header = [*FRENCH_HEADER]
    header[1] = "Pour vous joindre"
    rows = [response(local(2020, 9, 28, 9, 0), "06 12 34 56 78")]
    before = snapshot(database)
    with pytest.raises(UserError) as error:
        plan_import(database, demo, write_xlsx(tmp_path / "r.xlsx", rows, header=header))
    check_user_error(error.value)
    assert "e-mail" in error.value.render()
    assert snapshot(database) == before


def test_month_first_dates_when_the_coordinator_says_so(database, demo, tmp_path):
    def american(when: datetime) -> str:
        return f"{when.month}/{when.day}/{when.year} " + when.strftime("%I:%M:%S %p").lstrip("0")

    rows = [
        response(local(2020, 10, 1, 9, 0), "a@example.org"),
        response(local(2020, 10, 2, 23, 30), "b@example.org"),
        response(local(2020, 10, 3, 0, 30), "c@example.org"),
    ]
    path = write_csv(tmp_path / "r.csv", rows, header=ENGLISH_HEADER, timestamp=american)
    assert "10/1/2020 9:00:00 AM" in path.read_text(encoding="utf-8")

    guessed = plan_import(database, demo, path)  # 10/1, 10/2, 10/3: ambiguous, French order
    assert guessed.day_first is True
    assert guessed.counts.late == 0

    plan = plan_import(database, demo, path, ImportOptions(day_first=False))

    assert plan.day_first is False
    assert [row.submitted_at for row in plan.rows] == [
        utc(2020, 10, 1, 7, 0),
        utc(2020, 10, 2, 21, 30),
        utc(2020, 10, 2, 22, 30),
    ]
    assert [row.status for row in plan.rows] == [CONFIRMED, CONFIRMED, LATE]
    apply_import(database, plan)
    found = registrations(database, demo)
    assert found["c@example.org"].status is LATE
    with database.read() as session:
        assert session.scalars(select(ImportBatch.options)).one()["day_first"] is False


def test_month_first_is_guessed_when_the_values_tell(database, demo, tmp_path):
    def american(when: datetime) -> str:
        return f"{when.month}/{when.day}/{when.year} " + when.strftime("%I:%M:%S %p").lstrip("0")

    rows = [
        response(local(2020, 9, 3, 9, 0), "a@example.org"),
        response(local(2020, 9, 28, 14, 0), "b@example.org"),
    ]
    path = write_csv(tmp_path / "r.csv", rows, header=ENGLISH_HEADER, timestamp=american)
    plan = plan_import(database, demo, path)
    assert plan.day_first is False
    assert [row.submitted_at for row in plan.rows] == [
        utc(2020, 9, 3, 7, 0),
        utc(2020, 9, 28, 12, 0),
    ]


def test_the_sheet_s_time_zone_can_be_set(database, demo, tmp_path):
    path = write_xlsx(
        tmp_path / "r.xlsx",
        [
            response(local(2020, 9, 28, 10, 15), "a@example.org"),
            response(local(2020, 10, 2, 23, 30), "b@example.org"),
        ],
    )
    paris = plan_import(database, demo, path)
    assert [row.status for row in paris.rows] == [CONFIRMED, CONFIRMED]
    assert paris.rows[0].submitted_at == utc(2020, 9, 28, 8, 15)

    plan = plan_import(database, demo, path, ImportOptions(time_zone="Europe/London"))

    assert plan.time_zone == "Europe/London"
    assert [row.submitted_at for row in plan.rows] == [
        utc(2020, 9, 28, 9, 15),
        utc(2020, 10, 2, 22, 30),  # 00:30 on 3 October in Paris: late
    ]
    assert [row.status for row in plan.rows] == [CONFIRMED, LATE]
    result = apply_import(database, plan)
    with database.read() as session:
        assert session.get(ImportBatch, result.batch_id).options["time_zone"] == "Europe/London"


def test_the_time_zone_does_not_move_csv_timestamps_that_carry_their_offset(
    database, demo, tmp_path
):
    path = write_form_csv(tmp_path / "r.csv", THREE[:1])
    plan = plan_import(database, demo, path, ImportOptions(time_zone="America/Montreal"))
    assert plan.rows[0].submitted_at == utc(2020, 9, 28, 8, 15, 32)


# Bad input -----------------------------------------------------------------------------


def _text_named_xlsx(tmp_path: Path) -> Path:
    path = tmp_path / "réponses.xlsx"
    path.write_text("Horodateur,Adresse e-mail\n28/09/2020,a@example.org\n", encoding="utf-8")
    return path


def _corrupt_workbook(tmp_path: Path) -> Path:
    good = write_xlsx(tmp_path / "good.xlsx", THREE)
    path = tmp_path / "réponses.xlsx"
    path.write_bytes(good.read_bytes()[:700])
    return path


def _protected_workbook(tmp_path: Path) -> Path:
    path = tmp_path / "protégé.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4088))
    return path


def _empty_sheet(tmp_path: Path) -> Path:
    return write_raw_xlsx(tmp_path / "vide.xlsx", [])


def _empty_csv(tmp_path: Path) -> Path:
    path = tmp_path / "vide.csv"
    path.write_bytes(b"")
    return path


def _no_header_row(tmp_path: Path) -> Path:
    return write_raw_xlsx(tmp_path / "chiffres.xlsx", [[n, n * 2.5] for n in range(30)])


def _no_email_column(tmp_path: Path) -> Path:
    header = [name for name in FRENCH_HEADER if name != "Adresse e-mail"]
    rows = [[cell for position, cell in enumerate(row) if position != 1] for row in THREE]
    return write_xlsx(tmp_path / "sans-email.xlsx", rows, header=header)


def _zip_without_csv(tmp_path: Path) -> Path:
    path = tmp_path / "Inscription.csv.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("photo.jpg", b"\xff\xd8\xff\xe0")
        archive.writestr("lisez-moi.txt", "Rien ici")
    return path


BAD_FILES = {
    "text-named-xlsx": _text_named_xlsx,
    "corrupt-workbook": _corrupt_workbook,
    "password-protected": _protected_workbook,
    "empty-sheet": _empty_sheet,
    "empty-csv": _empty_csv,
    "no-header-row": _no_header_row,
    "no-email-column": _no_email_column,
    "zip-without-csv": _zip_without_csv,
}


@pytest.mark.parametrize("build", BAD_FILES.values(), ids=BAD_FILES.keys())
def test_unusable_files_are_refused_clearly_and_nothing_is_written(database, demo, tmp_path, build):
    import_file(database, demo, write_xlsx(tmp_path / "before.xlsx", THREE[:1]))
    before = snapshot(database)
    path = build(tmp_path)

    with pytest.raises(UserError) as error:
        plan_import(database, demo, path)

    check_user_error(error.value)
    assert snapshot(database) == before


def test_an_unknown_session_is_refused(database, tmp_path):
    with pytest.raises(NotFoundError) as error:
        plan_import(database, 999, write_xlsx(tmp_path / "r.xlsx", THREE))
    check_user_error(error.value)
    assert table_counts(database) == {"Person": 0, "Registration": 0, "ImportBatch": 0}


@pytest.mark.parametrize(
    "build",
    [
        lambda p: write_xlsx(p / "r.xlsx", [], other_sheets=["Notes"]),
        lambda p: write_xlsx(p / "r.xlsx", [], header=ENGLISH_HEADER, blank_rows=4),
        lambda p: write_form_csv(p / "r.csv", []),
        lambda p: write_form_zip(p / "r.zip", []),
    ],
    ids=["xlsx", "xlsx-blank-rows", "csv", "zip"],
)
def test_a_form_without_answers_yet_is_an_empty_import(database, demo, tmp_path, build):
    path = build(tmp_path)

    plan = plan_import(database, demo, path)

    counts = plan.counts
    assert plan.rows == []
    assert (counts.rows, counts.added, counts.updated, counts.unchanged) == (0, 0, 0, 0)
    assert (counts.duplicates, counts.invalid, counts.warnings) == (0, [], [])
    assert (counts.confirmed, counts.waitlisted, counts.late) == (0, 0, 0)
    result = apply_import(database, plan)
    assert result.batch_id is None
    assert table_counts(database) == {"Person": 0, "Registration": 0, "ImportBatch": 0}


SUFFIX = {write_xlsx: "{}.xlsx", write_form_csv: "{}.csv"}


@pytest.mark.parametrize("writer", [write_xlsx, write_form_csv], ids=["xlsx", "csv"])
def test_formulas_are_kept_as_text_and_never_evaluated(database, demo, tmp_path, writer):
    row = response(
        local(2020, 9, 28, 9, 0),
        "a@example.org",
        last="=1+1",
        organisation='=HYPERLINK("http://example.org","clic")',
        expectations="=SOMME(A1:A3)",
        topics="=1+1",
    )
    import_file(database, demo, writer(tmp_path / SUFFIX[writer].format("r"), [row]))
    answers = registrations(database, demo)["a@example.org"].answers
    assert answers[TOPICS] == "=1+1"
    assert answers[EXPECTATIONS] == "=SOMME(A1:A3)"
    assert answers["Nom"] == "=1+1"
    assert people(database)["a@example.org"].last_name == "=1+1"
    assert (
        session_queue(database, demo)[0].organisation == '=HYPERLINK("http://example.org","clic")'
    )


@pytest.mark.parametrize("writer", [write_xlsx, write_form_csv], ids=["xlsx", "csv"])
def test_a_40000_character_answer_is_kept_whole(database, demo, tmp_path, writer):
    long_answer = ("Nous voulons coopérer avec les habitants. " * 1000)[:39_999] + "!"
    assert len(long_answer) == 40_000
    row = response(local(2020, 9, 28, 9, 0), "a@example.org", expectations=long_answer)
    path = writer(tmp_path / SUFFIX[writer].format("long"), [row])

    import_file(database, demo, path)

    assert registrations(database, demo)["a@example.org"].answers[EXPECTATIONS] == long_answer
    assert plan_import(database, demo, path).counts.unchanged == 1


def test_long_details_are_kept_whole_on_every_database(database, demo, tmp_path):
    """PostgreSQL refuses text over a column's length, where SQLite takes it: none is set."""
    job = "Chargée de mission " * 30  # 570 characters
    organisation = "Communauté de communes du Diois, " * 25
    phone = "06 12 34 56 78 (bureau), sinon le secrétariat de mairie aux heures d'ouverture"
    row = response(
        local(2020, 9, 28, 9, 0),
        "long@example.org",
        last="de La Tour du Pin " * 12,
        job=job,
        organisation=organisation,
        phone=phone,
    )
    import_file(database, demo, write_xlsx(tmp_path / "longs.xlsx", [row]))
    with database.read() as session:
        person = session.scalar(select(Person).where(Person.email == "long@example.org"))
        assert (person.job_title, person.phone) == (job.strip(), phone)
    assert registrations(database, demo)["long@example.org"].organisation_answer == (
        organisation.strip()
    )


# The coordinator's decisions ----------------------------------------------------------


def test_cancellation_promotes_the_head_of_the_waitlist_and_decisions_stand(
    database, make_session, tmp_path
):
    session_id = make_session(capacity=2)
    rows = [
        response(local(2020, 9, 28, 9, 0), "a@example.org"),
        response(local(2020, 9, 28, 10, 0), "b@example.org"),
        response(local(2020, 9, 28, 11, 0), "c@example.org"),
        response(local(2020, 9, 28, 12, 0), "d@example.org"),
        response(local(2020, 10, 5, 9, 0), "late@example.org"),
    ]
    path = write_xlsx(tmp_path / "r.xlsx", rows)
    import_file(database, session_id, path)
    ids = {email: r.id for email, r in registrations(database, session_id).items()}

    def statuses() -> dict[str, RegistrationStatus]:
        return dict(queue(database, session_id))

    assert statuses() == {
        "a@example.org": CONFIRMED,
        "b@example.org": CONFIRMED,
        "c@example.org": WAITLISTED,
        "d@example.org": WAITLISTED,
        "late@example.org": LATE,
    }

    changed = cancel_registration(database, ids["a@example.org"])

    assert changed == {ids["a@example.org"]: CANCELLED, ids["c@example.org"]: CONFIRMED}
    assert statuses() == {
        "a@example.org": CANCELLED,
        "b@example.org": CONFIRMED,
        "c@example.org": CONFIRMED,
        "d@example.org": WAITLISTED,
        "late@example.org": LATE,
    }

    # Re-importing the same file, or a's edited response, does not undo the cancellation.
    assert plan_import(database, session_id, path).counts.unchanged == 5
    rows[0] = replace_answer(rows[0], expectations="Finalement je peux venir ?")
    edited = plan_import(database, session_id, write_xlsx(tmp_path / "v2.xlsx", rows))
    assert edited.rows[0].outcome is Outcome.UPDATED and edited.rows[0].status is CANCELLED
    apply_import(database, edited)
    assert statuses()["a@example.org"] is CANCELLED

    assert accept_late(database, ids["late@example.org"]) == {ids["late@example.org"]: WAITLISTED}
    assert [email for email, _ in queue(database, session_id)][-1] == "late@example.org"

    # A forced confirmation over a full session overbooks: nobody confirmed loses a seat.
    changed = force_confirm(database, ids["d@example.org"])
    assert changed == {ids["d@example.org"]: CONFIRMED}
    assert statuses()["c@example.org"] is CONFIRMED
    with database.read() as session:
        assert session.get(Registration, ids["d@example.org"]).forced_confirmed is True

    cancel_registration(database, ids["b@example.org"])
    assert statuses() == {
        "a@example.org": CANCELLED,
        "b@example.org": CANCELLED,
        "c@example.org": CONFIRMED,
        "d@example.org": CONFIRMED,
        "late@example.org": WAITLISTED,
    }

    # Restoring puts a back in the queue at its place, and d back under the rules.
    restore_registration(database, ids["a@example.org"])
    restore_registration(database, ids["d@example.org"])
    assert statuses() == {
        "a@example.org": CONFIRMED,
        "b@example.org": CANCELLED,
        "c@example.org": CONFIRMED,
        "d@example.org": WAITLISTED,
        "late@example.org": WAITLISTED,
    }
    # A re-import still changes none of the coordinator's decisions.
    result = import_file(database, session_id, write_xlsx(tmp_path / "v2.xlsx", rows))
    assert result.batch_id is None
    assert (result.counts.confirmed, result.counts.waitlisted, result.counts.late) == (2, 2, 0)


def test_a_forced_or_accepted_registration_keeps_its_status_on_reimport(
    database, make_session, tmp_path
):
    session_id = make_session(capacity=1)
    rows = [
        response(local(2020, 9, 28, 9, 0), "a@example.org"),
        response(local(2020, 9, 28, 10, 0), "b@example.org"),
        response(local(2020, 10, 4, 10, 0), "late@example.org"),
    ]
    import_file(database, session_id, write_xlsx(tmp_path / "v1.xlsx", rows))
    ids = {email: r.id for email, r in registrations(database, session_id).items()}
    force_confirm(database, ids["b@example.org"])
    accept_late(database, ids["late@example.org"])
    rows.append(response(local(2020, 9, 27, 9, 0), "early@example.org"))

    result = import_file(database, session_id, write_xlsx(tmp_path / "v2.xlsx", rows))

    assert result.counts.added == 1
    assert dict(queue(database, session_id)) == {
        "early@example.org": WAITLISTED,  # no seat left: a keeps it, b was forced in
        "a@example.org": CONFIRMED,
        "b@example.org": CONFIRMED,
        "late@example.org": WAITLISTED,
    }


def test_a_plan_applied_after_the_session_changed_compares_again(database, make_session, tmp_path):
    """The preview may stay open while someone cancels, or imports another file."""
    session_id = make_session(capacity=2)
    first = [response(local(2020, 9, 28, 9, 0), "a@example.org")]
    import_file(database, session_id, write_xlsx(tmp_path / "v1.xlsx", first))
    grown = [*first, response(local(2020, 9, 28, 10, 0), "b@example.org")]
    plan = plan_import(database, session_id, write_xlsx(tmp_path / "v2.xlsx", grown))
    assert (plan.counts.added, plan.counts.unchanged) == (1, 1)

    # Meanwhile, b's response arrives through another file, and a is cancelled.
    import_file(database, session_id, write_xlsx(tmp_path / "other.xlsx", grown[1:]))
    cancel_registration(database, registrations(database, session_id)["a@example.org"].id)

    result = apply_import(database, plan)
    assert result.batch_id is None  # nothing left to write: b is there already
    assert (result.counts.added, result.counts.unchanged) == (0, 2)
    assert queue(database, session_id) == [
        ("a@example.org", CANCELLED),
        ("b@example.org", CONFIRMED),
    ]


def test_consents_are_yes_only_when_the_form_answer_says_so(
    database: Database, demo: int, tmp_path: Path
) -> None:
    from google_forms import FRENCH_HEADER

    header = [*FRENCH_HEADER, "Droit à l'image", "Souhaitez-vous recevoir notre newsletter ?"]
    start = datetime(2020, 9, 28, 10)
    rows = [
        [*response(start, "oui@example.org"), "Oui, j’accepte", "Oui"],
        [*response(start + timedelta(hours=1), "non@example.org"), "Non", "non merci"],
        [*response(start + timedelta(hours=2), "vide@example.org"), "", None],
        [*response(start + timedelta(hours=3), "ox@example.org"), "Oxygène", "X"],
    ]
    path = write_xlsx(tmp_path / "consentements.xlsx", rows, header=header)

    plan = plan_import(database, demo, path)
    assert plan.mapping.column_of(Field.CONSENT_PHOTO) == len(FRENCH_HEADER)
    assert plan.mapping.column_of(Field.CONSENT_NEWSLETTER) == len(FRENCH_HEADER) + 1
    apply_import(database, plan)

    found = {
        email: (p.consent_photo, p.consent_newsletter, p.consent_list_sharing)
        for email, p in people(database).items()
    }
    assert found == {
        "oui@example.org": (True, True, False),
        "non@example.org": (False, False, False),
        "vide@example.org": (False, False, False),
        "ox@example.org": (False, True, False),
    }


def test_a_form_that_does_not_ask_keeps_the_consents_given(
    database: Database, demo: int, tmp_path: Path
) -> None:
    from caprural_desktop.services.people import PersonDraft, update_person

    start = datetime(2020, 9, 28, 10)
    path = write_xlsx(tmp_path / "r.xlsx", [response(start, "camille@example.org")])
    apply_import(database, plan_import(database, demo, path))
    camille = people(database)["camille@example.org"]
    update_person(
        database,
        camille.id,
        PersonDraft(email=camille.email, first_name="Camille", last_name="Martin",
                    consent_newsletter=True, version=camille.version),
    )  # fmt: skip
    grown = write_xlsx(
        tmp_path / "r2.xlsx",
        [response(start, "camille@example.org", job="Directrice")],
    )
    apply_import(database, plan_import(database, demo, grown))
    assert people(database)["camille@example.org"].consent_newsletter is True
