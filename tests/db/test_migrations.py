"""The migrations build exactly the schema of the models, both ways."""

from __future__ import annotations

from pathlib import Path

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
)
from caprural_desktop.db.models import Base
from caprural_desktop.services.speakers import SpeakerDraft, create_speaker, list_speakers

TABLES = {
    "organisation",
    "person",
    "programme_item",
    "registration",
    "session_speaker",
    "speaker",
    "time_slot",
    "training_session",
}


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
    assert set(Base.metadata.tables) == TABLES


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
