"""Bringing a database to the schema of this version of the app.

Start-up only reads the stored revision and compares it to HEAD; Alembic is
imported only when there is something to upgrade (it costs start-up time).
"""

from __future__ import annotations

import re
from importlib.resources import files
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text
from sqlalchemy import exc as sa_exc

from ..errors import QT_TRANSLATE_NOOP, DatabaseError, system_reason
from .database import Database, database_error, is_environmental

if TYPE_CHECKING:
    from alembic.config import Config

#: The newest migration; tests/db/test_migrations.py checks it against the scripts.
HEAD = "0007"


def alembic_config(database: Database) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(files("caprural_desktop.db") / "migrations"))
    config.set_main_option("sqlalchemy.url", database.url.replace("%", "%%"))
    return config


def current_revision(database: Database) -> str | None:
    with database.engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def is_empty(database: Database) -> bool:
    """No tables but Alembic's own (a new file, or one downgraded to nothing)."""
    with database.engine.connect() as connection:
        return not set(inspect(connection).get_table_names()) - {"alembic_version"}


def upgrade(database: Database, revision: str = "head") -> None:
    """Runs the migrations in one transaction.

    On SQLite, Alembic alters a table by copying it and dropping the original;
    with foreign keys on, that drop would cascade to every child row. They are
    off while migrating (set outside the transaction, as SQLite requires), and
    checked before committing.
    """
    from alembic import command

    config = alembic_config(database)
    with database.engine.connect() as connection:
        if database.is_sqlite:
            connection.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
                if database.is_sqlite:
                    _check_foreign_keys(connection)
        finally:
            if database.is_sqlite:
                connection.connection.driver_connection.execute("PRAGMA foreign_keys = ON")


def _check_foreign_keys(connection: Connection) -> None:
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise RuntimeError(f"migration left broken references: {broken[:5]}")


def known_revisions(database: Database) -> set[str]:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config(database))
    return {script.revision for script in scripts.walk_revisions()}


def migrate(database: Database, *, upgrade_server: bool = False) -> bool:
    """Upgrades the schema if needed; True when the database was created now.

    Refuses a database written by a newer version of the app rather than
    guessing at a schema it does not know; backs up a file before upgrading it.
    A team's server is upgraded only when asked (`upgrade_server`): the other
    computers' older versions could no longer open it.
    """
    revision = current_revision(database)
    if revision == HEAD:
        return False
    if revision is None and not is_empty(database):
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Messages", "This file is not a Cap Rural database: {name}"),
            name=database.display_name,
        )
    if revision is not None and revision not in known_revisions(database):
        raise newer_version()
    if revision is not None and database.path is None and not upgrade_server:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The team's database on the server was made by an older version of Cap Rural. "
                "When every computer of the team has this version, upgrade it once with "
                "“caprural-desktop --database {address} upgrade”.",
            ),
            address=database.display_name,
        )
    if revision is not None and database.path is not None:
        from .backup import automatic_backup

        automatic_backup(database, "before-upgrade")
    upgrade(database)
    return revision is None


def newer_version() -> DatabaseError:
    return DatabaseError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "This database was made by a newer version of Cap Rural; "
            "install that version to open it.",
        )
    )


def _database(url: str) -> Database:
    try:
        return Database(url)
    except (sa_exc.ArgumentError, sa_exc.NoSuchModuleError, ImportError) as error:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Messages", "This database address cannot be used: {url} ({reason})"),
            url=_without_password(url),
            reason=_without_password(str(error)),
        ) from error


def _without_password(text: str) -> str:
    """An address as it may be shown: "user:***@host", never the password."""
    return re.sub(r"(://[^:/@\s]+):[^@\s]*@", r"\1:***@", text)


def connect(url: str) -> Database:
    """A database by its address, reached once to say at once if it cannot be."""
    database = _database(url)
    try:
        with database.engine.connect():
            pass
    except sa_exc.DatabaseError as error:
        database.dispose()
        raise database_error(error) from error
    return database


def open_database(url: str, *, upgrade_server: bool = False) -> tuple[Database, bool]:
    """Opens and migrates a database; returns it and whether it was created now."""
    database = _database(url)
    path = database.path
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise DatabaseError(
                QT_TRANSLATE_NOOP("Messages", "Cannot create the folder {folder}: {reason}"),
                folder=str(path.parent),
                reason=system_reason(error),
            ) from error
    try:
        created = migrate(database, upgrade_server=upgrade_server)
    except sa_exc.DatabaseError as error:
        database.dispose()
        if not is_environmental(error):
            raise
        raise database_error(error) from error
    except DatabaseError:
        database.dispose()
        raise
    return database, created
