"""Shared fixtures: every test gets its own SQLite file; Qt runs offscreen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from datetime import date, datetime, time  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from google_forms import response, write_xlsx  # noqa: E402
from keyrings import MemoryKeyring  # noqa: E402
from postgres_server import (  # noqa: E402
    URL_VARIABLE,
    PostgresServer,
    configured_url,
    required,
)
from web_sessions import WebSession, make_web_session  # noqa: E402

from caprural_desktop.db.database import Database, url_for  # noqa: E402
from caprural_desktop.db.migrate import open_database  # noqa: E402
from caprural_desktop.services.importing import apply_import, plan_import  # noqa: E402
from caprural_desktop.services.sessions import (  # noqa: E402
    SessionDraft,
    TimeSlotData,
    create_session,
)

BACKENDS = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Every test of a database runs on SQLite and on PostgreSQL, but those about the
    SQLite file itself (they ask for `database_path`)."""
    if "backend" not in metafunc.fixturenames:
        return
    on_file = "database_path" in metafunc.fixturenames or bool(
        metafunc.definition.get_closest_marker("sqlite_only")
    )
    with_server = configured_url() is not None or required()
    backends = ["sqlite"] if on_file or not with_server else list(BACKENDS)
    if metafunc.definition.get_closest_marker("postgresql_only"):
        backends = ["postgresql"]  # skipped (or failed, if required) without a server
    metafunc.parametrize("backend", backends)


def pytest_report_header() -> str:
    if configured_url() is None and not required():
        return f"PostgreSQL: not tested (set {URL_VARIABLE}; scripts/test starts a server)"
    return f"PostgreSQL: {configured_url()}"


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    url = configured_url()
    if url is None:
        if not required():
            pytest.skip(f"no PostgreSQL server to test with: set {URL_VARIABLE}")
        pytest.fail(f"PostgreSQL was required but {URL_VARIABLE} is not set")
    server = PostgresServer(url)
    try:
        server.check()
    except Exception as error:  # noqa: BLE001 - reported, loudly
        pytest.fail(f"PostgreSQL at {URL_VARIABLE} cannot be reached: {error}")
    yield server
    server.close()


@pytest.fixture
def database_path(tmp_path: Path) -> Path:
    """The SQLite file of a test about files (backups, locks): SQLite only."""
    return tmp_path / "caprural.sqlite3"


@pytest.fixture
def database_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """Where the test's database is: a new SQLite file, or a new database on the server."""
    if backend == "sqlite":
        yield url_for(tmp_path / "caprural.sqlite3")
        return
    server: PostgresServer = request.getfixturevalue("postgres")
    name = server.create()
    yield server.url_of(name)
    server.drop(name)


@pytest.fixture
def database(database_url: str):
    """A migrated, empty database."""
    opened, _created = open_database(database_url)
    yield opened
    opened.dispose()


@pytest.fixture
def make_database(tmp_path: Path):
    """Opens further databases (a second file, or the same database a second time)."""
    opened: list[Database] = []

    def make(where: Path | str | None = None) -> Database:
        database, _created = open_database(url_for(where or tmp_path / "other.sqlite3"))
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


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """The keyring the app uses, in memory for the test."""
    import keyring

    before = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(before)
