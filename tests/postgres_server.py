"""A real PostgreSQL server for the tests: a database per test, cloned from a migrated one.

The server is named by CAPRURAL_TEST_POSTGRES_URL (scripts/test starts a throwaway
cluster and sets it). With CAPRURAL_TEST_POSTGRES=required, as CI sets it, a server
that cannot be reached fails the tests instead of leaving PostgreSQL untested.
"""

from __future__ import annotations

import itertools
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import NullPool

URL_VARIABLE = "CAPRURAL_TEST_POSTGRES_URL"
REQUIRED_VARIABLE = "CAPRURAL_TEST_POSTGRES"


def configured_url() -> str | None:
    return os.environ.get(URL_VARIABLE) or None


def required() -> bool:
    return os.environ.get(REQUIRED_VARIABLE) == "required"


class PostgresServer:
    """Creates and drops the tests' databases; one migrated template is cloned for each."""

    def __init__(self, url: str) -> None:
        self.url: URL = make_url(url)
        self._admin = create_engine(
            self.url.set(database="postgres"), isolation_level="AUTOCOMMIT", poolclass=NullPool
        )
        self._names = itertools.count()
        # Unique to this run: a crashed run's databases never stand in the way.
        self._prefix = f"caprural_test_{os.getpid()}_{secrets.token_hex(3)}"
        self._template: str | None = None

    def check(self) -> None:
        with self._admin.connect() as connection:
            connection.execute(text("SELECT 1"))

    def url_of(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    def create(self, *, migrated: bool = True) -> str:
        """A new database (a copy of the migrated template, or empty); returns its name."""
        name = f"{self._prefix}_{next(self._names)}"
        template = self._migrated_template() if migrated else "template0"
        self._execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return name

    def drop(self, name: str) -> None:
        self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    @contextmanager
    def role(self, options: str = "") -> Iterator[URL]:
        """A user of the whole server (`CREATE ROLE … LOGIN PASSWORD … options`), dropped
        afterwards; its address on the server's own database."""
        name = f"{self._prefix}_role_{next(self._names)}"
        password = secrets.token_hex(8)
        self._execute(f"CREATE ROLE \"{name}\" LOGIN PASSWORD '{password}' {options}")
        try:
            yield self.url.set(username=name, password=password)
        finally:
            self._execute(f'DROP ROLE IF EXISTS "{name}"')

    def revoke_connect(self, database: str) -> None:
        """Only those granted it may open `database` (its owner and superusers are)."""
        self._execute(f'REVOKE CONNECT ON DATABASE "{database}" FROM PUBLIC')

    def close(self) -> None:
        if self._template is not None:
            self.drop(self._template)
        self._admin.dispose()

    def _migrated_template(self) -> str:
        if self._template is None:
            from caprural_desktop.db.migrate import open_database

            name = f"{self._prefix}_template"
            self.drop(name)
            self._execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
            database, _created = open_database(self.url_of(name))
            database.dispose()
            self._template = name
        return self._template

    def _execute(self, statement: str) -> None:
        with self._admin.connect() as connection:
            connection.execute(text(statement))
