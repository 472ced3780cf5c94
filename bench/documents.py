"""How a session's documents hold up at scale: the attendance sheet, the registrants' export.

    .venv/bin/python bench/documents.py [--sheet-rows 500] [--export-rows 100000] [--repeat 5]

The sheet is drawn to a PDF for N confirmed registrants, warm (after a first run):
the aim is under 0.1 s. The export writes a session of N registrations with their
answers to .xlsx, compared with a bare openpyxl write-only workbook of the same
cells in the same run: the aim is at most 1.6 times as long. Medians of the repeats.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from openpyxl import Workbook  # noqa: E402
from PySide6.QtCore import QLocale  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from sqlalchemy import insert, select  # noqa: E402

from caprural_desktop.db.database import Database, url_for  # noqa: E402
from caprural_desktop.db.migrate import open_database  # noqa: E402
from caprural_desktop.db.models import Person, Registration, RegistrationStatus  # noqa: E402
from caprural_desktop.locale_format import LocaleFormat  # noqa: E402
from caprural_desktop.printing.attendance_sheet import write_sheet  # noqa: E402
from caprural_desktop.services.exporting import (  # noqa: E402
    answer_value,
    export_registrations,
    paris_time,
    registrations_to_export,
)
from caprural_desktop.services.sessions import (  # noqa: E402
    SessionDraft,
    TimeSlotData,
    create_session,
)
from caprural_desktop.services.sheets import attendance_sheet  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results"
DATA_VERSION = 1
SHEET_TARGET_S = 0.1
EXPORT_TARGET_RATIO = 1.6
ORGANISATIONS = ("Commune de Die", "CC du Diois", "Biovallée", "PNR du Vercors", "Mairie de Crest")


def build(path: Path, rows: int) -> int:
    """A session of `rows` registrations, all confirmed, with a form's answers."""
    database, _created = open_database(url_for(path))
    session_id = create_session(
        database,
        SessionDraft(
            title="Coopérer avec les citoyens pour coproduire de l'action publique",
            capacity=min(rows, 10_000),  # every one confirmed all the same: a big sheet
            time_slots=(
                TimeSlotData(date(2020, 10, 8), clock(9, 30), clock(12)),
                TimeSlotData(date(2020, 10, 8), clock(13, 30), clock(15), tentative=True),
            ),
        ),
    )
    start = datetime(2020, 9, 1, 8, tzinfo=UTC)
    with database.write() as session:
        session.execute(
            insert(Person),
            [
                {
                    "email": f"p{n}@example.org",
                    "first_name": "Élodie",
                    "last_name": f"Nom{n:06d}",
                    "phone": "+33 6 12 34 56 78",
                    "job_title": "Chargée de mission",
                    "commune": "Die",
                }
                for n in range(rows)
            ],
        )
        people = dict(session.execute(select(Person.email, Person.id)).all())
        session.execute(
            insert(Registration),
            [
                {
                    "session_id": session_id,
                    "person_id": people[f"p{n}@example.org"],
                    "submitted_at": start + timedelta(seconds=n),
                    "status": RegistrationStatus.CONFIRMED,
                    "organisation_answer": ORGANISATIONS[n % len(ORGANISATIONS)],
                    "answers": {
                        "Horodateur": (start + timedelta(seconds=n)).isoformat(),
                        "Adresse e-mail": f"p{n}@example.org",
                        "Nom": f"Nom{n:06d}",
                        "Prénom": "Élodie",
                        "Structure": ORGANISATIONS[n % len(ORGANISATIONS)],
                        "Vos attentes pour cette session": "Des exemples concrets, " * (n % 4),
                        "Thèmes qui vous intéressent": "Participation, Alimentation",
                    },
                }
                for n in range(rows)
            ],
        )
    database.dispose()
    return session_id


def cached(rows: int) -> Path:
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"documents-v{DATA_VERSION}-{rows}.sqlite3"
    if not path.exists():
        print(f"Building {path.name}…", flush=True)
        partial = path.with_name(path.name + ".partial")
        for leftover in RESULTS.glob(partial.name + "*"):
            leftover.unlink()
        build(partial, rows)
        partial.rename(path)
    return path


def median_s(function: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    timings, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = function()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings), result


def bench_sheet(database: Database, rows: int, repeat: int, folder: Path) -> None:
    words = LocaleFormat(QLocale(QLocale.Language.French, QLocale.Country.France))
    sheet = attendance_sheet(database, 1)
    people = sheet.people[:rows]
    sheet = type(sheet)(sheet.session, people, sheet.issuer)
    path = folder / "feuille.pdf"
    write_sheet(path, sheet, words)  # warm: fonts loaded
    seconds, pages = median_s(lambda: write_sheet(path, sheet, words), repeat)
    verdict = "ok" if seconds <= SHEET_TARGET_S else "MISSED"
    print(
        f"  attendance sheet, {len(people):,} registrants ({pages} pages): "
        f"{seconds * 1000:.1f} ms warm — target {SHEET_TARGET_S * 1000:.0f} ms: {verdict}"
    )


def bench_export(database: Database, repeat: int, folder: Path) -> None:
    path = folder / "inscrits.xlsx"
    export_s, count = median_s(lambda: export_registrations(database, 1, path), repeat)

    rows = registrations_to_export(database, 1)
    keys = list(dict.fromkeys(key for row in rows for key in row.answers))
    cells = [
        (
            position,
            row.last_name,
            row.first_name,
            row.email,
            row.phone,
            row.job_title,
            row.commune,
            row.member_organisation or "",
            row.status.value,
            "",
            paris_time(row.submitted_at),
            *(answer_value(row.answers.get(key)) for key in keys),
        )
        for position, row in enumerate(rows, start=1)
    ]

    def bare() -> None:
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet("Inscrits")
        for line in cells:
            sheet.append(line)
        workbook.save(folder / "bare.xlsx")

    bare_s, _ = median_s(bare, repeat)
    ratio = export_s / bare_s
    verdict = "ok" if ratio <= EXPORT_TARGET_RATIO else "MISSED"
    print(
        f"  registrants' export, {count:,} registrations: {export_s:.2f} s "
        f"(query and memberships included); bare write-only openpyxl, same cells: "
        f"{bare_s:.2f} s; ratio {ratio:.2f} — target {EXPORT_TARGET_RATIO}: {verdict}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sheet-rows", type=int, default=500)
    parser.add_argument("--export-rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    arguments = parser.parse_args()
    application = QGuiApplication(sys.argv[:1])  # fonts, for the PDF
    rows = max(arguments.sheet_rows, arguments.export_rows)
    database, _created = open_database(url_for(cached(rows)))
    print(
        f"Python {platform.python_version()}, {platform.machine()}, load "
        f"{os.getloadavg()[0]:.2f}; median of {arguments.repeat}"
    )
    with tempfile.TemporaryDirectory() as folder:
        bench_sheet(database, arguments.sheet_rows, arguments.repeat, Path(folder))
        bench_export(database, max(1, min(arguments.repeat, 3)), Path(folder))
    database.dispose()
    del application


if __name__ == "__main__":
    main()
