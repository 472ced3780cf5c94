"""Team mode: the laptop's database copied to an empty PostgreSQL database, checked."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from command_line import ok, refused
from sqlalchemy import func, select

from caprural_desktop.db.copy import copy_to
from caprural_desktop.db.database import url_for
from caprural_desktop.db.migrate import connect, open_database
from caprural_desktop.db.models import Base, Speaker, SpeakerKind
from caprural_desktop.errors import DatabaseError
from caprural_desktop.services.demo import add_demo_data
from caprural_desktop.services.speakers import SpeakerDraft, create_speaker, list_speakers


@pytest.fixture
def laptop(database_path: Path) -> Path:
    """A SQLite file with the demo's sessions, people, dues and registrations."""
    database, _created = open_database(url_for(database_path))
    add_demo_data(database)
    database.dispose()
    return database_path


@pytest.fixture
def empty_server_database(postgres) -> str:
    name = postgres.create(migrated=False)
    yield postgres.url_of(name)
    postgres.drop(name)


def counts(url: str) -> dict[str, int]:
    database = connect(url)
    try:
        with database.read() as session:
            return {
                table.name: session.execute(select(func.count()).select_from(table)).scalar_one()
                for table in Base.metadata.sorted_tables
            }
    finally:
        database.dispose()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_every_row_is_copied_and_the_laptop_file_is_untouched(
    laptop: Path, empty_server_database: str
) -> None:
    before = digest(laptop)
    source, _created = open_database(url_for(laptop))
    target = connect(empty_server_database)
    try:
        copied = copy_to(source, target)
    finally:
        source.dispose()
        target.dispose()
    expected = counts(f"sqlite:///{laptop}")
    assert {table.name: table.rows for table in copied} == expected
    assert counts(empty_server_database) == expected
    assert expected["registration"] > 0 and expected["due"] > 0
    assert digest(laptop) == before

    server, _created = open_database(empty_server_database)
    try:  # new rows take new ids: the server's sequences follow the copied ones
        create_speaker(server, SpeakerDraft(name="Nouvelle intervenante"))
        names = [speaker.name for speaker in list_speakers(server)]
        with server.read() as session:
            assert session.scalar(select(func.count(Speaker.id))) == expected["speaker"] + 1
    finally:
        server.dispose()
    assert "Nouvelle intervenante" in names


def test_a_database_that_is_not_empty_is_refused_and_left_alone(
    laptop: Path, empty_server_database: str
) -> None:
    source, _created = open_database(url_for(laptop))
    target = connect(empty_server_database)
    try:
        copy_to(source, target)
        before = counts(empty_server_database)
        with pytest.raises(DatabaseError, match="not empty"):
            copy_to(source, target)
    finally:
        source.dispose()
        target.dispose()
    assert counts(empty_server_database) == before


def test_the_command_line_copies_and_says_what_it_cannot_reach(
    laptop: Path, empty_server_database: str
) -> None:
    printed = ok(laptop, "copy-to", empty_server_database)
    assert "registration\t" in printed and "training_session\t" in printed
    unreachable = "postgresql+psycopg://nobody:secret@127.0.0.1:9/caprural"
    assert "cannot be reached" in refused(laptop, "copy-to", unreachable)


def test_a_copy_that_stops_keeps_no_row_and_can_be_made_again(
    laptop: Path, empty_server_database: str
) -> None:
    """A name with a NUL character: SQLite keeps it, PostgreSQL refuses it."""
    source, _created = open_database(url_for(laptop))
    with source.write() as session:
        session.add(Speaker(kind=SpeakerKind.PERSON, name="Nul\x00part"))
    target = connect(empty_server_database)
    try:
        for _attempt in range(2):  # the second is not refused as "not empty"
            with pytest.raises(DatabaseError, match="can be made again"):
                copy_to(source, target)
    finally:
        source.dispose()
        target.dispose()
    assert set(counts(empty_server_database).values()) == {0}
