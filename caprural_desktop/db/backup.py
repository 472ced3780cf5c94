"""Consistent copies of the SQLite database, made and checked with SQLite's own backup API.

A plain copy of a database file in WAL mode can miss the last transactions or
catch one half-written; the backup API copies the pages under a read lock. Every
copy is written beside its target, checked (integrity and schema), and only then
put in place; older automatic copies are removed only after the new one passed.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from datetime import datetime
from pathlib import Path

from ..errors import QT_TRANSLATE_NOOP, DatabaseError, Message, UserError, system_reason
from .database import Database

#: Automatic copies live here, beside the database file.
BACKUP_FOLDER = "backups"
#: How many daily copies are kept unless the user chose otherwise.
DEFAULT_KEEP = 14
_NAME = re.compile(r"^caprural-(\d{4}-\d{2}-\d{2})-(\d{6})-([a-z0-9-]+)\.sqlite3$")


def backup_folder(database_path: Path) -> Path:
    return database_path.parent / BACKUP_FOLDER


def _path_of(database: Database) -> Path:
    if database.path is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Only a database file on this computer is backed up by the app; a server's "
                "database is backed up with the server's own tools.",
            )
        )
    return database.path


#: The files SQLite keeps beside a database while it is open.
JOURNALS = ("-wal", "-shm", "-journal")


def write_backup(database: Database, target: Path) -> Path:
    """Copies the database to `target` (replaced if it exists) once the copy is checked."""
    _path_of(database)
    target = target.expanduser().resolve()
    live = database.path.resolve()
    # Its journals too: replaced, they would lose the writes not yet in the file.
    if target in (live, *(live.with_name(live.name + end) for end in JOURNALS)):
        raise UserError(
            QT_TRANSLATE_NOOP("Messages", "Choose another file than the database itself.")
        )
    partial = target.with_name(f".{target.name}.partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)
        _copy(database, partial)
        check_backup(partial)
        os.replace(partial, target)
    except OSError as error:
        _remove(partial)
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Messages", "Cannot write the backup {name}: {reason}"),
            name=str(target),
            reason=system_reason(error),
        ) from error
    except sqlite3.OperationalError as error:  # the copy could not be created there
        _remove(partial)
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Cannot write the backup {name}: this folder cannot be written to. Choose "
                "another one.",
            ),
            name=str(target),
        ) from error
    except BaseException:
        _remove(partial)
        raise
    return target


def _remove(partial: Path) -> None:
    """A copy that failed goes, if it was ever made (its folder may not be one)."""
    with contextlib.suppress(OSError):
        partial.unlink(missing_ok=True)


def _copy(database: Database, target: Path) -> None:
    destination = sqlite3.connect(target)
    try:
        raw = database.engine.raw_connection()
        try:
            raw.driver_connection.backup(destination)
        finally:
            raw.close()
        # A standalone file: no WAL beside it.
        destination.execute("PRAGMA journal_mode = DELETE")
    finally:
        destination.close()


def check_backup(path: Path) -> str:
    """The schema revision of a sound Cap Rural database file; DatabaseError otherwise."""
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise _damaged(path, str(error)) from error
    try:
        verdict = connection.execute("PRAGMA integrity_check").fetchone()[0]
        if verdict != "ok":
            raise _damaged(path, verdict)
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error as error:
        raise _damaged(path, str(error)) from error
    finally:
        connection.close()
    if revision is None:
        raise _damaged(path, Message(QT_TRANSLATE_NOOP("Messages", "no schema version")))
    return revision[0]


def _damaged(path: Path, reason: str | Message) -> DatabaseError:
    return DatabaseError(
        QT_TRANSLATE_NOOP(
            "Messages", "{name} is not a sound Cap Rural database ({reason}): it cannot be used."
        ),
        name=path.name,
        reason=reason,
    )


def automatic_backup(database: Database, reason: str, now: datetime | None = None) -> Path:
    """A copy into the backup folder, named by its moment and its reason."""
    moment = now or datetime.now()
    name = f"caprural-{moment:%Y-%m-%d-%H%M%S}-{reason}.sqlite3"
    return write_backup(database, backup_folder(_path_of(database)) / name)


def automatic_backups(folder: Path, reason: str | None = None) -> list[Path]:
    """The automatic copies in a folder, oldest first."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match and (reason is None or match[3] == reason):
            found.append(path)
    return sorted(found, key=lambda path: path.name)


def daily_backup(
    database: Database, keep: int = DEFAULT_KEEP, now: datetime | None = None
) -> Path | None:
    """Once a day: a checked copy, then only the newest `keep` daily copies are kept.

    Returns the new copy, or None when today's exists already (or the database
    is not a file here).
    """
    if database.path is None or not database.path.exists():
        return None
    moment = now or datetime.now()
    folder = backup_folder(database.path)
    today = f"caprural-{moment:%Y-%m-%d}-"
    if any(path.name.startswith(today) for path in automatic_backups(folder, "daily")):
        return None
    made = automatic_backup(database, "daily", moment)
    for old in automatic_backups(folder, "daily")[: -max(keep, 1)]:
        old.unlink(missing_ok=True)
    return made


def latest_good_backup(database_path: Path) -> Path | None:
    """The newest automatic copy that passes the check (for a damaged database)."""
    for path in reversed(automatic_backups(backup_folder(database_path))):
        try:
            check_backup(path)
        except DatabaseError:
            continue
        return path
    return None
