"""A session's registrants, its attendance and the year's figures, as workbooks read back."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

from google_forms import response, write_xlsx
from openpyxl import load_workbook

from caprural_desktop.db.database import Database
from caprural_desktop.db.models import AttendanceStatus
from caprural_desktop.services.attendance import attendance_grid, find_registration, mark
from caprural_desktop.services.demo import add_demo_data
from caprural_desktop.services.exporting import (
    export_attendance,
    export_registrations,
    export_year_report,
)
from caprural_desktop.services.importing import apply_import, plan_import
from caprural_desktop.services.sessions import SessionDraft, TimeSlotData, create_session


def rows_of(path: Path) -> list[tuple]:
    return list(load_workbook(path).active.iter_rows(values_only=True))


def test_the_registrants_in_queue_order_with_every_answer(
    database: Database, tmp_path: Path
) -> None:
    session_id = add_demo_data(database)
    hostile = write_xlsx(
        tmp_path / "more.xlsx",
        [
            response(
                datetime(2020, 10, 1, 18, 5), "eve@example.org", "Nuit", "Ève", '=HYPERLINK("x")'
            )
        ],
    )
    apply_import(database, plan_import(database, session_id, hostile))
    path = tmp_path / "inscrits.xlsx"

    assert export_registrations(database, session_id, path) == 10

    sheet = load_workbook(path).active
    header = [cell.value for cell in sheet[1]]
    assert header[:11] == [
        "Position", "Last name", "First name", "E-mail", "Phone", "Job title", "Town",
        "Member organisation", "Status", "Dues", "Submitted",
    ]  # fmt: skip
    assert "Structure" in header and "Fonction" in header  # the form's own columns
    assert all(cell.font.bold for cell in sheet[1]) and sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, len(header)).column_letter}11"
    rows = rows_of(path)[1:]
    assert [row[0] for row in rows] == list(range(1, 11))
    assert rows[0][1:4] == ("Martin", "Camille", "camille.martin@example.org")
    assert rows[0][7:10] == ("Commune de Die", "Confirmed", "settled")
    assert isinstance(rows[0][10], datetime) and rows[0][10] == datetime(2020, 9, 14, 9, 12)
    statuses = {row[3]: row[8] for row in rows}
    assert statuses["hugo.lambert@example.org"] == "Late"
    eve = next(row for row in rows if row[3] == "eve@example.org")
    structure = header.index("Structure")
    assert eve[structure] == '=HYPERLINK("x")'
    cell = sheet.cell(rows.index(eve) + 2, structure + 1)
    assert cell.data_type == "s" and cell.value == '=HYPERLINK("x")'


def test_the_attendance_grid_and_the_year_s_figures(database: Database, tmp_path: Path) -> None:
    session_id = add_demo_data(database)
    morning, afternoon = (slot.id for slot in attendance_grid(database, session_id).slots)
    camille = find_registration(database, session_id, "camille.martin@example.org")
    hugo = find_registration(database, session_id, "hugo.lambert@example.org")
    mark(database, camille, morning, AttendanceStatus.PRESENT)
    mark(database, camille, afternoon, AttendanceStatus.EXCUSED)
    mark(database, hugo, morning, AttendanceStatus.PRESENT)  # late, came anyway
    create_session(
        database,
        SessionDraft(
            title="Autre année", time_slots=(TimeSlotData(date(2021, 3, 1), time(9), time(12)),)
        ),
    )

    grid = tmp_path / "presences.xlsx"
    assert export_attendance(database, session_id, grid) == 9
    rows = rows_of(grid)
    assert rows[0][5:] == ("2020-10-08 09:30-12:00", "2020-10-08 13:30-15:00", "Hours attended")
    by_email = {row[2]: row for row in rows[1:]}
    assert by_email["camille.martin@example.org"][5:] == ("Present", "Excused", 2.5)
    assert by_email["hugo.lambert@example.org"][4:] == ("Late", "Present", None, 2.5)

    report = tmp_path / "bilan.xlsx"
    assert export_year_report(database, 2020, report) == 1
    (line,) = rows_of(report)[1:]
    assert line[0].startswith("Coopérer avec les citoyens")
    assert line[1:6] == ("Web conference", datetime(2020, 10, 8), datetime(2020, 10, 8), 2, 4)
    # 8 confirmed + the late one registered; 2 came, 5 person-hours, both from Die
    assert line[6:] == (9, 2, 5, 1, "Diois")
