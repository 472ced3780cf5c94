"""Backups through SQLite's backup API: checked copies, the daily round, restoring."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from caprural_desktop.db.backup import (
    automatic_backups,
    backup_folder,
    check_backup,
    daily_backup,
    latest_good_backup,
    write_backup,
)
from caprural_desktop.db.database import Database, url_for
from caprural_desktop.db.migrate import HEAD, open_database, upgrade
from caprural_desktop.db.models import TrainingSession
from caprural_desktop.db.restore import restore_backup
from caprural_desktop.errors import DatabaseError, UserError
from caprural_desktop.services.sessions import SessionDraft, create_session, list_sessions

pytestmark = pytest.mark.sqlite_only  # backups are copies of the SQLite file


def titles(database: Database) -> list[str]:
    return sorted(row.title for row in list_sessions(database))


def test_a_backup_is_a_checked_copy_with_the_last_write(database: Database, tmp_path: Path) -> None:
    create_session(database, SessionDraft(title="Avant la copie"))
    target = write_backup(database, tmp_path / "copies" / "copie.sqlite3")
    assert check_backup(target) == HEAD
    assert not list((tmp_path / "copies").glob(".*partial"))
    copy, _created = open_database(url_for(target))
    try:
        assert titles(copy) == ["Avant la copie"]
    finally:
        copy.dispose()


def test_the_database_itself_is_not_a_backup_target(database: Database) -> None:
    with pytest.raises(UserError):
        write_backup(database, database.path)
    create_session(database, SessionDraft(title="Dans le journal"))
    for journal in ("-wal", "-shm", "-journal"):  # replaced, the last writes would be lost
        with pytest.raises(UserError, match="database itself"):
            write_backup(database, database.path.with_name(database.path.name + journal))
    assert titles(database) == ["Dans le journal"]


def test_a_backup_that_cannot_be_written_says_why_in_words(
    database: Database, tmp_path: Path
) -> None:
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("une note")
    with pytest.raises(DatabaseError, match="a file of that name is in the way"):
        write_backup(database, not_a_folder / "copie.sqlite3")


def test_a_damaged_or_foreign_file_fails_the_check(tmp_path: Path) -> None:
    garbage = tmp_path / "abîmé.sqlite3"
    garbage.write_bytes(b"SQLite format 3\x00" + b"\x13" * 4000)
    with pytest.raises(DatabaseError):
        check_backup(garbage)
    text = tmp_path / "notes.sqlite3"
    text.write_text("pas une base")
    with pytest.raises(DatabaseError):
        check_backup(text)


def test_one_daily_backup_a_day_and_only_the_newest_are_kept(database: Database) -> None:
    day = datetime(2026, 11, 1, 9, 0)
    for number in range(5):
        assert daily_backup(database, keep=3, now=day + timedelta(days=number)) is not None
    assert daily_backup(database, keep=3, now=day + timedelta(days=4, hours=2)) is None
    kept = automatic_backups(backup_folder(database.path), "daily")
    assert [path.name[9:19] for path in kept] == ["2026-11-03", "2026-11-04", "2026-11-05"]
    assert latest_good_backup(database.path) == kept[-1]


def test_upgrading_a_database_backs_it_up_first(tmp_path: Path) -> None:
    path = tmp_path / "ancienne.sqlite3"
    old = Database(url_for(path))
    upgrade(old, "0002")
    old.dispose()
    database, _created = open_database(url_for(path))
    database.dispose()
    (copy,) = automatic_backups(backup_folder(path), "before-upgrade")
    assert check_backup(copy) == "0002"


def test_restore_gives_up_in_words_while_another_program_writes(
    database: Database, tmp_path: Path
) -> None:
    """SQLite's backup waits for ever on a busy database: the window would freeze."""
    create_session(database, SessionDraft(title="Dans la sauvegarde"))
    saved = write_backup(database, tmp_path / "sauvegarde.sqlite3")
    create_session(database, SessionDraft(title="Pendant l'écriture"))
    holder = sqlite3.connect(database.path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program, in the middle of a write
    holder.execute("INSERT INTO setting (key, value) VALUES ('x', '1')")
    try:
        with pytest.raises(DatabaseError, match="busy in another window or program"):
            restore_backup(database, saved)
    finally:
        holder.rollback()
        holder.close()
    assert titles(database) == ["Dans la sauvegarde", "Pendant l'écriture"]


def test_restore_puts_the_backup_back_and_saves_the_current_state(
    database: Database, tmp_path: Path
) -> None:
    create_session(database, SessionDraft(title="Dans la sauvegarde"))
    saved = write_backup(database, tmp_path / "sauvegarde.sqlite3")
    create_session(database, SessionDraft(title="Après la sauvegarde"))

    before = restore_backup(database, saved)

    assert titles(database) == ["Dans la sauvegarde"]
    previous, _created = open_database(url_for(before))
    try:
        assert titles(previous) == ["Après la sauvegarde", "Dans la sauvegarde"]
    finally:
        previous.dispose()
    with database.read() as session:
        assert session.scalar(select(func.count(TrainingSession.id))) == 1


def test_a_damaged_backup_is_not_restored(database: Database, tmp_path: Path) -> None:
    create_session(database, SessionDraft(title="Intacte"))
    damaged = tmp_path / "abîmée.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x13" * 4000)
    with pytest.raises(DatabaseError):
        restore_backup(database, damaged)
    assert titles(database) == ["Intacte"]
