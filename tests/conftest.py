"""Shared fixtures: every test gets its own SQLite file; Qt runs offscreen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from caprural_desktop.db.database import Database, url_for  # noqa: E402
from caprural_desktop.db.migrate import open_database  # noqa: E402


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
