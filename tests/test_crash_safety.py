"""Killing the app in the middle of a write leaves the database as it was before.

Each test runs the write in a real process, kills it (SIGKILL: no clean-up of
any kind) while it writes, then checks the file's integrity and that the
action left all or nothing.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest
from command_line import ROOT, environment
from google_forms import response, write_csv

from caprural_desktop.db.database import url_for
from caprural_desktop.db.migrate import open_database
from caprural_desktop.services.demo import add_demo_session

pytestmark = pytest.mark.sqlite_only  # a process killed while it holds the SQLite file

#: How long after the write starts the process is killed.
KILL_AFTER_S = 0.3

WRITER = """
import sys
from pathlib import Path
from caprural_desktop.db.database import url_for
from caprural_desktop.db.migrate import open_database

database, _ = open_database(url_for(sys.argv[1]))
action, argument = sys.argv[2], sys.argv[3]
if action == "import":
    from caprural_desktop.services.importing import apply_import, plan_import
    plan = plan_import(database, 1, Path(argument))
    print("writing", flush=True)
    apply_import(database, plan)
elif action == "ledger":
    from caprural_desktop.services.ledger_import import apply_ledger_import, plan_ledger_import
    plan = plan_ledger_import(database, Path(argument), 2020)
    print("writing", flush=True)
    apply_ledger_import(database, plan)
else:
    from caprural_desktop.services.attendance import attendance_grid, mark_all_present
    slot = attendance_grid(database, 1).slots[0].id
    print("writing", flush=True)
    while True:  # marks, forgets, marks again: one transaction each time
        mark_all_present(database, 1, slot)
        from caprural_desktop.services.attendance import set_marks
        with database.write() as session:
            ids = [line.registration_id for line in attendance_grid(database, 1).lines]
            set_marks(session, ids, slot, None)
print("done", flush=True)
"""


def kill_while_writing(database: Path, action: str, argument: str) -> str:
    """Runs the action in another process and kills it once it writes; returns its last word."""
    with subprocess.Popen(
        [sys.executable, "-c", WRITER, str(database), action, argument],
        stdout=subprocess.PIPE,
        text=True,
        env=environment(),
        cwd=ROOT,
    ) as process:
        assert process.stdout.readline().strip() == "writing"
        time.sleep(KILL_AFTER_S)
        finished = process.poll() is not None
        process.kill()
        process.wait()
    return "done" if finished else "killed"


def counts(database: Path, *tables: str) -> tuple[int, ...]:
    connection = sqlite3.connect(database)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        return tuple(connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables)
    finally:
        connection.close()


@pytest.fixture
def session_database(database_path: Path) -> Path:
    database, _created = open_database(url_for(database_path))
    try:
        assert add_demo_session(database) == 1
    finally:
        database.dispose()
    return database_path


def test_a_killed_import_writes_nothing(session_database: Path, tmp_path: Path) -> None:
    start = datetime(2020, 9, 1, 8, 0, tzinfo=UTC)
    rows = [
        response(start + timedelta(minutes=n), f"p{n}@example.org", last=f"Nom{n}")
        for n in range(30000)
    ]
    path = write_csv(tmp_path / "réponses.csv", rows)

    outcome = kill_while_writing(session_database, "import", str(path))

    people, registrations, batches = counts(
        session_database, "person", "registration", "import_batch"
    )
    if outcome == "killed":
        assert (people, registrations, batches) == (0, 0, 0)
    else:
        assert (people, registrations, batches) == (30000, 30000, 1)


def test_a_killed_ledger_import_writes_nothing(session_database: Path, tmp_path: Path) -> None:
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet()
    sheet.append(["Structure", "Montant appelé", "Payé", "Date de paiement", "Mode"])
    for n in range(6000):
        sheet.append([f"Association numéro {n}", 120, 60, datetime(2020, 3, 1), "Virement"])
    path = tmp_path / "registre.xlsx"
    workbook.save(path)

    outcome = kill_while_writing(session_database, "ledger", str(path))

    found = counts(session_database, "organisation", "due", "payment")
    assert found == ((0, 0, 0) if outcome == "killed" else (6000, 6000, 6000))


def test_a_killed_attendance_edit_leaves_all_or_nothing(
    session_database: Path, tmp_path: Path
) -> None:
    start = datetime(2020, 9, 1, 8, 0, tzinfo=UTC)
    rows = [response(start + timedelta(minutes=n), f"p{n}@example.org") for n in range(3000)]
    database, _created = open_database(url_for(session_database))
    try:
        from caprural_desktop.db.models import TrainingSession
        from caprural_desktop.services.importing import apply_import, plan_import

        with database.write() as session:
            session.get(TrainingSession, 1).capacity = 3000
        apply_import(database, plan_import(database, 1, write_csv(tmp_path / "r.csv", rows)))
    finally:
        database.dispose()

    kill_while_writing(session_database, "attendance", "-")

    (marked,) = counts(session_database, "attendance")
    assert marked in (0, 3000)
