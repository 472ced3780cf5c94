"""`dues`, `dues import` and the dues keys of `registrations`, as real processes."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import openpyxl
import pytest
from command_line import ok_json, refused
from google_forms import response, write_xlsx

from caprural_desktop.db.database import url_for
from caprural_desktop.db.migrate import open_database
from caprural_desktop.services.dues import ledger
from caprural_desktop.services.sessions import SessionDraft, TimeSlotData, create_session

LEDGER_KEYS = {"organisation", "kind", "year", "called_cents", "paid_cents", "status", "paid_on"}


def write_ledger(path: Path, *rows: list) -> Path:
    workbook = openpyxl.Workbook()
    workbook.active.append(["Structure", "Type", "Montant appelé", "Payé", "Payé le", "Mode"])
    for row in rows:
        workbook.active.append(row)
    workbook.save(path)
    return path


@pytest.fixture
def ledger_file(tmp_path: Path) -> Path:
    return write_ledger(
        tmp_path / "Cotisations 2025.xlsx",
        ["Commune de Die", "Commune", 120, 120, datetime(2025, 2, 3), "Virement"],
        ["CC du Diois", "Intercommunalité", 300, 100, datetime(2025, 3, 1), "Mandat administratif"],
        ["", "", 10, None, None, None],
        ["Association Les Amis", "Association", -30, None, None, None],
    )


def test_dues_import_then_ledger(database_url: str, ledger_file: Path) -> None:
    arguments = ("dues", "import", str(ledger_file), "--year", "2025", "--json")
    planned = ok_json(database_url, *arguments, "--dry-run")
    expected = {
        "rows": 4,
        "added": 2,
        "updated": 0,
        "unchanged": 0,
        "invalid": [
            {"row": 4, "reason": "No organisation named."},
            {"row": 5, "reason": "Not an amount in euros: -30"},
        ],
    }
    assert planned == expected
    assert ok_json(database_url, "dues", "--year", "2025", "--json") == []

    assert ok_json(database_url, *arguments) == expected
    rows = ok_json(database_url, "dues", "--year", "2025", "--json")

    assert all(set(row) == LEDGER_KEYS for row in rows)
    assert rows == [
        {
            "organisation": "CC du Diois",
            "kind": "intercommunality",
            "year": 2025,
            "called_cents": 30000,
            "paid_cents": 10000,
            "status": "called",
            "paid_on": "2025-03-01",
        },
        {
            "organisation": "Commune de Die",
            "kind": "commune",
            "year": 2025,
            "called_cents": 12000,
            "paid_cents": 12000,
            "status": "paid",
            "paid_on": "2025-02-03",
        },
    ]
    again = ok_json(database_url, *arguments)
    assert (again["added"], again["updated"], again["unchanged"]) == (0, 0, 2)
    assert ok_json(database_url, "dues", "--json") == []  # the current year has none


def test_unusable_ledgers_and_years_are_one_line_and_status_2(
    database_url: str, ledger_file: Path, tmp_path: Path
) -> None:
    no_column = tmp_path / "sans.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(["Montant", "Statut"])
    workbook.active.append([120, "Payée"])
    workbook.save(no_column)
    assert "no organisation column" in refused(
        database_url, "dues", "import", str(no_column), "--year", "2025"
    )
    text = tmp_path / "faux.xlsx"
    text.write_text("pas un classeur")
    refused(database_url, "dues", "import", str(text), "--year", "2025", "--json")
    refused(database_url, "dues", "import", str(ledger_file), "--year", "99999")
    refused(database_url, "dues", "import", str(ledger_file), "--year", "deux")
    refused(database_url, "dues", "import", str(ledger_file))
    refused(database_url, "dues", "--year", "1200", "--json")
    database, _created = open_database(url_for(database_url))
    try:
        assert ledger(database, 2025) == []
    finally:
        database.dispose()


def test_registrations_carry_the_member_organisation_and_dues(
    database_url: str, ledger_file: Path, tmp_path: Path
) -> None:
    database, _created = open_database(url_for(database_url))
    try:
        session_id = create_session(
            database,
            SessionDraft(
                title="Coopérer avec les citoyens",
                capacity=5,
                registration_deadline=date(2025, 10, 2),
                time_slots=(TimeSlotData(date(2025, 10, 8), time(9, 30), time(12, 0)),),
            ),
        )
        no_dues = create_session(
            database,
            SessionDraft(
                title="Ouvert à tous",
                capacity=5,
                requires_dues=False,
                time_slots=(TimeSlotData(date(2025, 10, 9), time(9, 30), time(12, 0)),),
            ),
        )
    finally:
        database.dispose()
    responses = write_xlsx(
        tmp_path / "réponses.xlsx",
        [
            response(datetime(2025, 9, 1, 10), "camille@die.fr", organisation="Mairie de Die"),
            response(datetime(2025, 9, 2, 10), "sam@diois.fr", organisation="CC du Diois"),
            response(datetime(2025, 9, 3, 10), "lou@example.org", organisation="Les Amis"),
        ],
    )
    ok_json(database_url, "dues", "import", str(ledger_file), "--year", "2025", "--json")
    for session in (session_id, no_dues):
        ok_json(database_url, "import", str(responses), "--session", str(session), "--json")

    queue = ok_json(database_url, "registrations", "--session", str(session_id), "--json")
    open_to_all = ok_json(database_url, "registrations", "--session", str(no_dues), "--json")

    assert [(e["email"], e["member_organisation"], e["dues_ok"]) for e in queue] == [
        ("camille@die.fr", "Commune de Die", True),
        ("sam@diois.fr", "CC du Diois", False),
        ("lou@example.org", None, False),
    ]
    assert [(e["member_organisation"], e["dues_ok"]) for e in open_to_all] == [
        ("Commune de Die", None),
        ("CC du Diois", None),
        (None, None),
    ]
