"""The migrations build exactly the schema of the models, both ways."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from caprural_desktop.db.database import Database, url_for
from caprural_desktop.db.migrate import (
    HEAD,
    alembic_config,
    current_revision,
    known_revisions,
    migrate,
    open_database,
    upgrade,
)
from caprural_desktop.db.models import Base
from caprural_desktop.services.speakers import SpeakerDraft, create_speaker, list_speakers

TABLES = set(Base.metadata.tables)


def differences(database: Database) -> list:
    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return compare_metadata(context, Base.metadata)


def run_alembic(database: Database, operation, revision: str) -> None:
    config = alembic_config(database)
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        operation(config, revision)


def table_names(database: Database) -> set[str]:
    with database.engine.connect() as connection:
        return set(inspect(connection).get_table_names())


def test_the_migrated_schema_is_the_models_schema(database: Database) -> None:
    assert differences(database) == []


def test_the_models_cover_every_migrated_table(database: Database) -> None:
    assert table_names(database) == TABLES | {"alembic_version"}
    assert "import_batch" in TABLES


def test_upgrading_from_the_first_schema_keeps_every_row(tmp_path: Path) -> None:
    """A registration made under 0001 survives 0002's new columns, with their defaults."""
    database = Database(url_for(tmp_path / "first.sqlite3"))
    try:
        upgrade(database, "0001")
        with database.engine.begin() as connection:
            for statement in FIRST_SCHEMA_ROWS:
                connection.exec_driver_sql(statement)
        migrate(database)
        with database.engine.connect() as connection:
            row = connection.exec_driver_sql(
                "SELECT status, submitted_at, organisation_answer, forced_confirmed, "
                "accepted_late, import_batch_id FROM registration"
            ).one()
            commune = connection.exec_driver_sql("SELECT commune FROM person").scalar()
    finally:
        database.dispose()
    assert row[0] == "confirmed"
    assert row[1].startswith("2020-09-20 08:00:00")
    assert tuple(row[2:]) == ("", 0, 0, None)
    assert commune == ""


FIRST_SCHEMA_ROWS = (
    "INSERT INTO training_session (id, title, why, audience, format, location, capacity, "
    "requires_dues, registration_form_url, dues_form_url, contact_name, contact_phone, "
    "contact_email, status, search_key, version, created_at, updated_at) VALUES (1, 'S', '', "
    "'', 'web', '', 20, 1, '', '', '', '', '', 'open', 's', 1, '2020-09-01 00:00:00', "
    "'2020-09-01 00:00:00')",
    "INSERT INTO person (id, first_name, last_name, email, phone, job_title, search_key, "
    "version, created_at, updated_at) VALUES (1, 'Camille', 'Martin', 'camille@example.org', "
    "'', '', '', 1, '2020-09-01 00:00:00', '2020-09-01 00:00:00')",
    "INSERT INTO registration (id, session_id, person_id, submitted_at, status, answers, "
    "version, created_at, updated_at) VALUES (1, 1, 1, '2020-09-20 08:00:00.000000', "
    "'confirmed', '{}', 1, '2020-09-01 00:00:00', '2020-09-01 00:00:00')",
)


def test_head_is_the_newest_script(database: Database) -> None:
    scripts = ScriptDirectory.from_config(alembic_config(database))
    assert scripts.get_heads() == [HEAD]
    assert HEAD in known_revisions(database)
    assert current_revision(database) == HEAD


def test_downgrade_to_base_then_upgrade_again(database: Database) -> None:
    run_alembic(database, command.downgrade, "base")
    assert table_names(database) <= {"alembic_version"}
    assert current_revision(database) is None

    run_alembic(database, command.upgrade, "head")
    assert table_names(database) == TABLES | {"alembic_version"}
    assert current_revision(database) == HEAD
    assert differences(database) == []
    create_speaker(database, SpeakerDraft(name="Élodie Martin"))
    assert [row.name for row in list_speakers(database)] == ["Élodie Martin"]


def test_created_only_the_first_time(tmp_path: Path) -> None:
    url = url_for(tmp_path / "caprural.sqlite3")
    first, created = open_database(url)
    try:
        assert created is True
        create_speaker(first, SpeakerDraft(name="Élodie Martin"))
    finally:
        first.dispose()

    second, created = open_database(url)
    try:
        assert created is False
        assert [row.name for row in list_speakers(second)] == ["Élodie Martin"]
    finally:
        second.dispose()


def test_migrating_an_up_to_date_database_does_nothing(database: Database) -> None:
    create_speaker(database, SpeakerDraft(name="Élodie Martin"))
    assert migrate(database) is False
    assert [row.name for row in list_speakers(database)] == ["Élodie Martin"]


FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def stored_rows(path: Path) -> dict[str, set[tuple]]:
    """Every row of every table, as plain tuples by column name order."""
    import sqlite3

    connection = sqlite3.connect(path)
    try:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'alembic_version'"
            )
        ]
        return {
            table: {
                tuple(sorted(zip([d[0] for d in cursor.description], row, strict=True)))
                for cursor in [connection.execute(f'SELECT * FROM "{table}"')]
                for row in cursor.fetchall()
            }
            for table in tables
        }
    finally:
        connection.close()


@pytest.mark.parametrize(
    "fixture", sorted(FIXTURES.glob("caprural-*.sqlite3")), ids=lambda p: p.stem
)
def test_a_database_made_by_an_earlier_version_upgrades_without_losing_a_row(
    tmp_path: Path, fixture: Path
) -> None:
    """Kept files made by earlier schemas (sessions, registrations, dues, attendance in
    them): every migration since must keep every row and every value."""
    path = tmp_path / fixture.name
    shutil.copyfile(fixture, path)
    before = stored_rows(path)
    assert sum(len(rows) for rows in before.values()) > 50
    assert {"registration", "due", "payment", "attendance"} <= {t for t, r in before.items() if r}

    database, _created = open_database(url_for(path))
    database.dispose()

    after = stored_rows(path)
    for table, rows in before.items():
        columns = {name for row in rows for name, _value in row}
        kept = {tuple(item for item in row if item[0] in columns) for row in after[table]}
        assert kept == rows, table
