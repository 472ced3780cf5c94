"""Shared fixtures: every test gets its own SQLite file; Qt runs offscreen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date, datetime, time  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from google_forms import response, write_xlsx  # noqa: E402
from web_sessions import WebSession, make_web_session  # noqa: E402

from caprural_desktop.db.database import Database, url_for  # noqa: E402
from caprural_desktop.db.migrate import open_database  # noqa: E402
from caprural_desktop.services.importing import apply_import, plan_import  # noqa: E402
from caprural_desktop.services.sessions import (  # noqa: E402
    SessionDraft,
    TimeSlotData,
    create_session,
)


@pytest.fixture
def database_path(tmp_path: Path) -> Path:
    return tmp_path / "caprural.sqlite3"


@pytest.fixture
def database(database_path: Path):
    """A migrated, empty database in a real file."""
    opened, _created = open_database(url_for(database_path))
    yield opened
    opened.dispose()


@pytest.fixture
def make_database(tmp_path: Path):
    """Opens further databases (a second file, or the same file a second time)."""
    opened: list[Database] = []

    def make(path: Path | None = None) -> Database:
        database, _created = open_database(url_for(path or tmp_path / "other.sqlite3"))
        opened.append(database)
        return database

    yield make
    for database in opened:
        database.dispose()


@pytest.fixture
def imported_session(database: Database, tmp_path: Path) -> int:
    """A session of 2025 requiring dues, with four registrants from three organisations.

    Imported from a Google Form response sheet: "Mairie de Die" and "commune de DIE"
    name one organisation, "Com com du Diois" another, and Ana Roux left it blank.
    """
    created = create_session(
        database,
        SessionDraft(
            title="Accueillir de nouvelles populations",
            capacity=2,
            registration_deadline=date(2025, 10, 2),
            time_slots=(TimeSlotData(date(2025, 10, 8), time(9, 30), time(12)),),
        ),
    )

    def when(day: int) -> datetime:
        return datetime(2025, 9, day, 10, 0)  # Paris time, as the sheet holds it

    rows = [
        response(when(1), "camille@die.fr", "Martin", "Camille", "Mairie de Die"),
        response(when(2), "lou@die.fr", "Durand", "Lou", "commune de DIE"),
        response(when(3), "sam@diois.fr", "Petit", "Sam", "Com com du Diois"),
        response(when(4), "ana@example.org", "Roux", "Ana", ""),
    ]
    path = write_xlsx(tmp_path / "responses.xlsx", rows)
    apply_import(database, plan_import(database, created, path))
    return created


@pytest.fixture
def web_session(database: Database) -> WebSession:
    """A web conference on 8 October 2020, morning and afternoon (see tests/web_sessions.py)."""
    return make_web_session(database)
