"""A team's PostgreSQL server: what the user is told when it cannot be used, in words."""

from __future__ import annotations

import pytest
from command_line import ok, refused
from psycopg import OperationalError
from sqlalchemy import exc as sa_exc
from sqlalchemy import text
from sqlalchemy.engine import make_url

from caprural_desktop.db.database import Database, database_error
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


def test_a_user_the_server_turns_away_is_told_what_to_ask_for(postgres) -> None:
    name = postgres.create()
    try:
        with postgres.role("CONNECTION LIMIT 0") as limited:
            address = limited.set(database=name).render_as_string(hide_password=False)
            with pytest.raises(DatabaseError, match="as many connections as it allows"):
                open_database(address)
        postgres.revoke_connect(name)
        with postgres.role() as outsider:
            address = outsider.set(database=name).render_as_string(hide_password=False)
            with pytest.raises(DatabaseError, match="may not open this database"):
                open_database(address)
        unknown = postgres.url.set(username="nobody_of_ours", database=name)
        with pytest.raises(DatabaseError, match="refused the user name or the password"):
            open_database(unknown.render_as_string(hide_password=False))
    finally:
        postgres.drop(name)


@pytest.mark.parametrize(
    ("said", "told"),
    [
        (
            'connection failed: connection to server at "10.0.0.5", port 5432 failed: FATAL:  '
            'no pg_hba.conf entry for host "10.0.0.7", user "equipe", database "caprural", '
            "no encryption",
            "does not accept this computer",
        ),
        (
            'connection failed: connection to server at "10.0.0.5", port 5432 failed: FATAL:  '
            "sorry, too many clients already",
            "as many connections as it allows",
        ),
        (
            'connection failed: connection to server at "10.0.0.5", port 5432 failed: FATAL:  '
            "the database system is starting up",
            "starting or stopping",
        ),
        (
            'connection failed: connection to server at "10.0.0.5", port 5432 failed: FATAL:  '
            'database "controle" does not exist',
            "does not exist on the server",
        ),
        (
            "failed to resolve host 'srv-caprural': [Errno -2] Name or service not known",
            "cannot be reached",
        ),
    ],
)
def test_refusals_a_test_server_cannot_stage_are_told_apart_too(said: str, told: str) -> None:
    """As psycopg words them: this server's own rules cannot be changed from a test."""
    error = OperationalError(said)
    with pytest.raises(DatabaseError, match=told):
        raise database_error(sa_exc.OperationalError("connect", {}, error))


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
