"""Putting a backup back in place of the database, the current one saved first."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from .backup import automatic_backup, check_backup
from .database import Database
from .migrate import known_revisions, migrate, newer_version


def restore_backup(database: Database, source: Path) -> Path:
    """Replaces the database's content with a checked backup; returns the copy made
    of the database as it was. A backup from an older version is upgraded."""
    revision = check_backup(source)
    if revision not in known_revisions(database):
        raise newer_version()
    saved = automatic_backup(database, "before-restore")
    origin = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        raw = database.engine.raw_connection()
        try:
            origin.backup(raw.driver_connection)
        finally:
            raw.close()
    finally:
        origin.close()
    database.engine.dispose()
    migrate(database)
    return saved
