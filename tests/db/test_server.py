"""A team's PostgreSQL server: what the user is told when it cannot be used, in words."""

from __future__ import annotations

import pytest
from command_line import ok, refused
from sqlalchemy import text
from sqlalchemy.engine import make_url

from caprural_desktop.db.database import Database
from caprural_desktop.db.migrate import HEAD, current_revision, open_database, upgrade
from caprural_desktop.errors import DatabaseError

pytestmark = pytest.mark.postgresql_only


def test_a_wrong_password_an_unknown_database_and_no_server_are_told_apart(
    database_url: str,
) -> None:
    url = make_url(database_url)
    wrong_password = url.set(password="not-the-password").render_as_string(hide_password=False)
    with pytest.raises(DatabaseError, match="refused the user name or the password"):
        open_database(wrong_password)
    unknown = url.set(database="no_such_database").render_as_string(hide_password=False)
    with pytest.raises(DatabaseError, match="does not exist on the server"):
        open_database(unknown)
    nowhere = url.set(port=9).render_as_string(hide_password=False)
    with pytest.raises(DatabaseError, match="cannot be reached"):
        open_database(nowhere)


def test_an_older_schema_waits_for_the_team_to_upgrade_it(postgres) -> None:
    name = postgres.create(migrated=False)
    older = postgres.url_of(name)
    database = Database(older)
    upgrade(database, "0005")  # as a computer of the previous version made it
    database.dispose()
    try:
        with pytest.raises(DatabaseError, match="older version"):
            open_database(older)
        assert "older version" in refused(older, "sessions")
        assert ok(older, "upgrade").strip() == HEAD
        database, _created = open_database(older)
        assert current_revision(database) == HEAD
        database.dispose()
    finally:
        postgres.drop(name)


def test_a_schema_from_a_newer_version_is_refused(database_url: str) -> None:
    database, _created = open_database(database_url)
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    database.dispose()
    with pytest.raises(DatabaseError, match="newer version"):
        open_database(database_url)
    assert "newer version" in refused(database_url, "upgrade")
