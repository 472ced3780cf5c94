"""The engine's SQLite settings, units of work, and the files it refuses to open."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, time
from pathlib import Path

import pytest
from sqlalchemy import exc as sa_exc
from sqlalchemy import select, text

from caprural_desktop.db.database import Database, url_for
from caprural_desktop.db.migrate import HEAD, current_revision, open_database
from caprural_desktop.db.models import Speaker, SpeakerKind, TimeSlot
from caprural_desktop.errors import ConflictError, DatabaseError
from caprural_desktop.services.sessions import (
    SessionDraft,
    TimeSlotData,
    create_session,
    get_session,
    list_sessions,
    update_session,
)
from caprural_desktop.services.speakers import list_speakers


def speaker_names(database: Database) -> list[str]:
    with database.read() as session:
        return list(session.scalars(select(Speaker.name).order_by(Speaker.name)))


@pytest.mark.sqlite_only
def test_foreign_keys_are_on(database: Database) -> None:
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_a_missing_parent_is_refused(database: Database) -> None:
    with pytest.raises(sa_exc.IntegrityError), database.write() as session:
        session.add(TimeSlot(session_id=999, date=date(2027, 3, 4), start=time(9), end=time(12)))


def test_journal_mode_is_wal_on_a_file(database: Database, database_path: Path) -> None:
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    with sqlite3.connect(database_path) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


@pytest.mark.sqlite_only
def test_busy_timeout_is_set(database: Database) -> None:
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


def test_path_and_display_name(database: Database, database_path: Path) -> None:
    assert database.path == database_path.resolve()
    assert database.display_name == str(database_path.resolve())


def test_url_for_keeps_urls_and_makes_paths_absolute(tmp_path: Path) -> None:
    assert url_for("sqlite:///:memory:") == "sqlite:///:memory:"
    assert url_for(tmp_path / "a.sqlite3") == f"sqlite:///{(tmp_path / 'a.sqlite3').resolve()}"


def test_a_write_commits(database: Database) -> None:
    with database.write() as session:
        session.add(Speaker(kind=SpeakerKind.PERSON, name="Élodie"))
    assert speaker_names(database) == ["Élodie"]


def test_a_failed_write_leaves_nothing_behind(database: Database) -> None:
    with database.write() as session:
        session.add(Speaker(kind=SpeakerKind.PERSON, name="Déjà là"))

    with pytest.raises(RuntimeError, match="half-way"), database.write() as session:
        session.add(Speaker(kind=SpeakerKind.PERSON, name="Élodie"))
        session.add(Speaker(kind=SpeakerKind.ORGANISATION, name="Cap Rural"))
        session.flush()
        existing = session.scalars(select(Speaker).where(Speaker.name == "Déjà là")).one()
        existing.name = "Renommé"
        session.flush()
        raise RuntimeError("failed half-way")

    assert speaker_names(database) == ["Déjà là"]
    assert [row.name for row in list_speakers(database)] == ["Déjà là"]


def test_a_constraint_failure_rolls_back_the_whole_unit(database: Database) -> None:
    with pytest.raises(sa_exc.IntegrityError), database.write() as session:
        session.add(Speaker(kind=SpeakerKind.PERSON, name="Élodie"))
        session.flush()
        session.add(TimeSlot(session_id=999, date=date(2027, 3, 4), start=time(9), end=time(12)))
        session.flush()
    assert speaker_names(database) == []


def test_a_stale_version_is_refused_on_update(database: Database) -> None:
    session_id = create_session(
        database,
        SessionDraft(
            title="Accueillir", time_slots=(TimeSlotData(date(2027, 3, 4), time(9), time(12)),)
        ),
    )
    loaded = get_session(database, session_id).draft
    update_session(database, session_id, replace(loaded, title="Première modification"))

    with pytest.raises(ConflictError):
        update_session(database, session_id, replace(loaded, title="Seconde modification"))

    details = get_session(database, session_id)
    assert details.draft.title == "Première modification"
    assert details.draft.version == loaded.version + 1  # type: ignore[operator]


def test_a_change_made_meanwhile_in_the_same_row_becomes_a_conflict(database: Database) -> None:
    with database.write() as session:
        speaker = Speaker(kind=SpeakerKind.PERSON, name="Élodie")
        session.add(speaker)
        session.flush()
        speaker_id = speaker.id

    with pytest.raises(ConflictError), database.write() as session:
        speaker = session.get(Speaker, speaker_id)
        assert speaker is not None
        speaker.name = "Mine"
        # Another writer's change, below the ORM (no autoflush of "Mine" first).
        session.connection().exec_driver_sql(
            "UPDATE speaker SET version = version + 1, name = 'Theirs'"
        )

    assert speaker_names(database) == ["Élodie"]


@pytest.mark.sqlite_only
def test_two_databases_on_one_file_see_each_other(database: Database, make_database) -> None:
    other = make_database(database.path)
    with database.write() as session:
        session.add(Speaker(kind=SpeakerKind.PERSON, name="Élodie"))
    assert speaker_names(other) == ["Élodie"]


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("Liste des participants\n" * 50, encoding="utf-8")
    with pytest.raises(DatabaseError) as raised:
        open_database(url_for(path))
    assert not isinstance(raised.value, sa_exc.SQLAlchemyError)
    assert "not a database" in str(raised.value)
    assert path.read_text(encoding="utf-8") == "Liste des participants\n" * 50


def test_a_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    database, _created = open_database(url_for(path))
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    database.dispose()

    with pytest.raises(DatabaseError, match="newer version"):
        open_database(url_for(path))

    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchall() == [("9999",)]


def test_another_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other-app.sqlite3"
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE contacts (name TEXT)")
        raw.execute("INSERT INTO contacts VALUES ('Élodie')")
    with pytest.raises(DatabaseError, match="not a Cap Rural database"):
        open_database(url_for(path))
    with sqlite3.connect(path) as raw:
        tables = [
            row[0] for row in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        assert tables == ["contacts"]


def test_an_empty_sqlite_file_is_made_a_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.touch()
    database, created = open_database(url_for(path))
    try:
        assert created is True
        assert current_revision(database) == HEAD
        assert list_sessions(database) == []
    finally:
        database.dispose()


def test_missing_folders_are_created(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "caprural.sqlite3"
    database, created = open_database(url_for(path))
    database.dispose()
    assert created is True
    assert path.is_file()


def test_a_folder_that_cannot_be_created_is_a_database_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(DatabaseError, match="Cannot create the folder"):
        open_database(url_for(blocker / "sub" / "caprural.sqlite3"))
