"""Putting a backup back in place of the database, the current one saved first."""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from .backup import automatic_backup, check_backup
from .database import BUSY_TIMEOUT_MS, Database, busy_error
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
            origin.backup(raw.driver_connection, progress=_waiting_until(BUSY_TIMEOUT_MS))
        finally:
            raw.close()
    finally:
        origin.close()
    database.engine.dispose()
    migrate(database)
    return saved


#: What SQLite's backup step says while another connection writes.
_BUSY_OR_LOCKED = (5, 6)


def _waiting_until(timeout_ms: int) -> Callable[[int, int, int], None]:
    """A backup's progress callback that gives up, as any write does, once the database
    stayed busy this long: SQLite's backup would otherwise wait for ever, the window
    frozen."""
    deadline = time.monotonic() + timeout_ms / 1000

    def progress(status: int, _remaining: int, _total: int) -> None:
        if status in _BUSY_OR_LOCKED and time.monotonic() > deadline:
            raise busy_error()

    return progress


def replace_damaged(database_path: Path, backup: Path, now: datetime | None = None) -> Path:
    """Puts a checked backup where a damaged database file was; the damaged file (and
    its journal) is kept aside, never overwritten. Returns where it was put."""
    check_backup(backup)
    moment = now or datetime.now()
    aside = database_path.with_name(f"{database_path.name}.damaged-{moment:%Y%m%d-%H%M%S}")
    for suffix in ("-wal", "-shm"):
        journal = database_path.with_name(database_path.name + suffix)
        if journal.exists():
            os.replace(journal, aside.with_name(aside.name + suffix))
    os.replace(database_path, aside)
    partial = database_path.with_name(f".{database_path.name}.partial")
    shutil.copyfile(backup, partial)
    os.replace(partial, database_path)
    return aside
