"""`attendance` on the command line: the grid as JSON, and marks given by scripts."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from command_line import ok, ok_json, refused
from google_forms import response, write_xlsx

SLOT_KEYS = {"slot", "date", "start", "end", "tentative", "present", "absent", "excused"}
REGISTRANT_KEYS = {
    "email",
    "first_name",
    "last_name",
    "status",
    "attendance",
    "minutes_attended",
}


@pytest.fixture
def session_id(database_url: str, tmp_path: Path) -> str:
    """The demo session (two half-days) with two registrants."""
    created = ok(database_url, "demo").strip()
    responses = write_xlsx(
        tmp_path / "réponses.xlsx",
        [
            response(datetime(2020, 9, 28, 10), "camille@example.org", last="Martin"),
            response(datetime(2020, 9, 28, 11), "jean@example.org", last="Dupont", first="Jean"),
        ],
    )
    ok_json(database_url, "import", str(responses), "--session", created, "--json")
    return created


def test_marks_then_the_grid(database_url: str, session_id: str) -> None:
    grid = ok_json(database_url, "attendance", "--session", session_id, "--json")
    assert [set(slot) for slot in grid["slots"]] == [SLOT_KEYS, SLOT_KEYS]
    assert [(s["slot"], s["start"], s["tentative"]) for s in grid["slots"]] == [
        (1, "09:30", False),
        (2, "13:30", True),
    ]
    assert [r["email"] for r in grid["registrants"]] == ["jean@example.org", "camille@example.org"]
    assert all(set(r) == REGISTRANT_KEYS for r in grid["registrants"])

    arguments = ("attendance", "--session", session_id, "--json")
    ok_json(database_url, *arguments, "--mark", "CAMILLE@example.org", "--slot", "1", "--present")
    marked = ok_json(
        database_url, *arguments, "--mark", "jean@example.org", "--slot", "2", "--excused"
    )

    by_email = {r["email"]: r for r in marked["registrants"]}
    assert by_email["camille@example.org"]["attendance"] == ["present", None]
    assert by_email["camille@example.org"]["minutes_attended"] == 150
    assert by_email["jean@example.org"]["attendance"] == [None, "excused"]
    assert (marked["slots"][0]["present"], marked["slots"][1]["excused"]) == (1, 1)


def test_bad_marks_are_one_line_and_status_2(database_url: str, session_id: str) -> None:
    base = ("attendance", "--session", session_id)
    assert "--slot" in refused(database_url, *base, "--mark", "jean@example.org", "--present")
    assert "1 to 2" in refused(
        database_url, *base, "--mark", "jean@example.org", "--slot", "3", "--present"
    )
    assert "nobody@example.org" in refused(
        database_url, *base, "--mark", "nobody@example.org", "--slot", "1", "--absent"
    )
    refused(
        database_url, *base, "--mark", "jean@example.org", "--slot", "1", "--present", "--absent"
    )
    refused(database_url, "attendance", "--session", "999", "--json")
    grid = ok_json(database_url, *base, "--json")
    assert all(r["attendance"] == [None, None] for r in grid["registrants"])


def test_the_sheet_on_the_command_line(database_url: str, session_id: str, tmp_path: Path) -> None:
    from pdf_files import pdf_pages, pdf_text

    path = tmp_path / "feuille.pdf"
    said = ok(database_url, "sheet", "--session", session_id, "-o", str(path))
    assert said.split("\t")[1:] == ["2 registrants", f"{pdf_pages(path)} pages\n"]
    text = pdf_text(path)
    assert "MARTIN Camille" in text and "DUPONT Jean" in text
    assert "Coopérer avec les citoyens" in text
    refused(database_url, "sheet", "--session", "99", "-o", str(path))
    refused(database_url, "sheet", "--session", session_id, "-o", str(tmp_path / "x" / "f.pdf"))


def test_certificates_on_the_command_line(
    database_url: str, session_id: str, tmp_path: Path
) -> None:
    from pdf_files import pdf_pages

    base = ("attendance", "--session", session_id)
    ok(database_url, *base, "--mark", "camille@example.org", "--slot", "1", "--present")
    ok(database_url, *base, "--mark", "jean@example.org", "--slot", "2", "--present")
    single = tmp_path / "attestations.pdf"
    assert ok(database_url, "certificates", "--session", session_id, "-o", str(single)).endswith(
        "\t2 certificates\n"
    )
    assert pdf_pages(single) == 2
    folder = tmp_path / "une par personne"
    listed = ok(database_url, "certificates", "--session", session_id, "-o", str(folder))
    assert sorted(Path(line).name for line in listed.splitlines()) == [
        "Certificate of attendance - Dupont Jean.pdf",
        "Certificate of attendance - Martin Camille.pdf",
    ]
    refused(database_url, "certificates", "--session", "99", "-o", str(single))


def test_export_and_report_on_the_command_line(
    database_url: str, session_id: str, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    export = tmp_path / "inscrits.xlsx"
    assert ok(database_url, "export", "--session", session_id, "-o", str(export)).endswith(
        "\t2 registrations\n"
    )
    rows = list(load_workbook(export).active.iter_rows(values_only=True))
    assert [row[3] for row in rows[1:]] == ["camille@example.org", "jean@example.org"]
    report = tmp_path / "bilan.xlsx"
    assert ok(database_url, "report", "--year", "2020", "-o", str(report)).endswith(
        "\t1 sessions\n"
    )
    refused(database_url, "export", "--session", "99", "-o", str(export))
    refused(database_url, "report", "--year", "20200", "-o", str(report))
    refused(database_url, "report", "--year", "2020", "-o", str(tmp_path / "x" / "b.xlsx"))
