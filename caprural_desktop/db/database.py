"""The engine, its SQLite settings, and units of work.

A unit of work is one transaction: `with database.write() as s:` commits on
success and rolls back on any error, so nothing is ever half-written.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from ..errors import (
    QT_TRANSLATE_NOOP,
    CollisionError,
    ConflictError,
    DamagedDatabaseError,
    DatabaseError,
)

BUSY_TIMEOUT_MS = 5000
#: The PostgreSQL channel on which every committed change is announced.
CHANNEL = "caprural_changes"


def url_for(path_or_url: str | Path) -> str:
    """A SQLAlchemy URL from a file path, or the URL itself."""
    text = str(path_or_url)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def database_file(url: str) -> Path | None:
    """The file a SQLite URL names; None for a server, memory, or an address not understood."""
    try:
        parsed = make_url(url)
    except sa_exc.ArgumentError:
        return None
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def _configure_sqlite(engine: Engine) -> None:
    """Foreign keys, WAL, a busy timeout, and explicit BEGINs.

    pysqlite's own transaction handling defers BEGIN and cannot take the write
    lock up front; write units of work ask for BEGIN IMMEDIATE so that two
    writers queue on the busy timeout instead of failing half-way.
    """

    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if engine.url.database not in (None, "", ":memory:"):
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection: Any) -> None:
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")


class Database:
    """One database, opened once at start-up and handed to whoever needs it."""

    def __init__(self, url: str) -> None:
        self.url = url
        #: Says which changes are this window's own, among those a server announces.
        self.origin = uuid.uuid4().hex
        # A server that does not answer is given up after a while, not waited for forever.
        server = make_url(url).get_backend_name() == "postgresql"
        self.engine = create_engine(url, connect_args={"connect_timeout": 10} if server else {})
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        writer = self.engine
        if self.is_sqlite:
            _configure_sqlite(self.engine)
            writer = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(writer, expire_on_commit=False)

    @property
    def path(self) -> Path | None:
        """The file of a SQLite database, None for a server."""
        return database_file(self.url)

    @property
    def display_name(self) -> str:
        """What the status bar shows: the file, or the server without password."""
        path = self.path
        if path is not None:
            return str(path)
        return make_url(self.url).render_as_string(hide_password=True)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._unit_of_work(self._reader) as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        with self._unit_of_work(self._writer) as session:
            yield session
            if not self.is_sqlite:  # heard by the other computers at commit (db/changes.py)
                session.execute(
                    text("SELECT pg_notify(:channel, :origin)"),
                    {"channel": CHANNEL, "origin": self.origin},
                )

    @contextmanager
    def _unit_of_work(self, factory: sessionmaker[Session]) -> Iterator[Session]:
        try:
            with factory.begin() as session:
                yield session
        except sa_exc.DatabaseError as error:
            if not is_environmental(error):
                raise
            raise database_error(error) from error
        except StaleDataError as error:
            raise changed_elsewhere() from error

    def dispose(self) -> None:
        self.engine.dispose()


def is_environmental(error: sa_exc.DatabaseError) -> bool:
    """A failure of the file or server (locked, full, damaged), not a bug in a query."""
    return isinstance(error, sa_exc.OperationalError) or type(error) is sa_exc.DatabaseError


def database_error(error: sa_exc.DatabaseError) -> DatabaseError:
    """The user's view of an operational failure: what happened and what to do."""
    if getattr(error.orig, "sqlstate", None) in ("40P01", "40001"):  # deadlock, serialisation
        return CollisionError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Another computer was changing the same records at the same moment; nothing "
                "was saved. Try again.",
            )
        )
    text = str(error.orig).lower()
    server = _server_error(text)
    if server is not None:
        return server
    if "locked" in text or "busy" in text:
        return busy_error()
    if "readonly" in text or "read-only" in text:
        return DatabaseError(
            QT_TRANSLATE_NOOP("Messages", "The database file is read-only; nothing was saved.")
        )
    if "disk is full" in text or "full" in text:
        return DatabaseError(QT_TRANSLATE_NOOP("Messages", "The disk is full; nothing was saved."))
    if "not a database" in text or "malformed" in text:
        return DamagedDatabaseError(
            QT_TRANSLATE_NOOP("Messages", "The database file is damaged or is not a database.")
        )
    if "unable to open" in text:
        return DatabaseError(
            QT_TRANSLATE_NOOP("Messages", "The database file cannot be opened: {reason}"),
            reason=str(error.orig),
        )
    return DatabaseError(
        QT_TRANSLATE_NOOP("Messages", "The database reported an error: {reason}"),
        reason=str(error.orig),
    )


def busy_error() -> DatabaseError:
    """Another window or program held the write lock longer than we wait for it."""
    return DatabaseError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The database is busy in another window or program. Try again in a moment.",
        )
    )


def _server_error(text: str) -> DatabaseError | None:
    """What a PostgreSQL server's refusals mean to the user, and what to do."""
    for pattern, message in _SERVER_REFUSALS:
        if re.search(pattern, text):
            return DatabaseError(message)
    return None


# Patterns of libpq's and the server's messages (lower-cased), and what they mean; the
# first that matches wins (every refusal also says "connection failed").
_SERVER_REFUSALS = (
    (
        r"pg_hba\.conf",
        QT_TRANSLATE_NOOP(
            "Messages",
            "The server does not accept this computer, or this user on this database: ask "
            "its administrator to allow it (pg_hba.conf).",
        ),
    ),
    (
        r"too many (clients|connections)|connection slots",
        QT_TRANSLATE_NOOP(
            "Messages",
            "The server has as many connections as it allows: close Cap Rural on a computer "
            "that does not need it, or ask the server's administrator to raise the limit. "
            "Nothing was saved.",
        ),
    ),
    (
        r"permission denied for database",
        QT_TRANSLATE_NOOP(
            "Messages",
            "This user may not open this database: ask the server's administrator to grant "
            "it the right to connect.",
        ),
    ),
    (
        r"database system is (starting up|shutting down)|in recovery mode",
        QT_TRANSLATE_NOOP(
            "Messages",
            "The database server is starting or stopping: try again in a moment. Nothing "
            "was saved.",
        ),
    ),
    (
        r'password authentication failed|no password supplied|role ".*" does not exist',
        QT_TRANSLATE_NOOP(
            "Messages",
            "The server refused the user name or the password of the database address.",
        ),
    ),
    (
        r'database ".*" does not exist',
        QT_TRANSLATE_NOOP(
            "Messages",
            "This database does not exist on the server: ask its administrator to create it.",
        ),
    ),
    (
        r"connection refused|could not connect|could not translate host name|timeout expired"
        r"|failed to resolve host"
        r"|connection timed out|server closed the connection|no route to host"
        r"|connection failed",
        QT_TRANSLATE_NOOP(
            "Messages",
            "The database server cannot be reached: check the network, or ask its "
            "administrator whether it is running. Nothing was saved.",
        ),
    ),
)


def changed_elsewhere() -> ConflictError:
    return ConflictError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "This record was changed elsewhere since you opened it: close this window and "
            "open the record again to see the change (yours is not saved).",
        )
    )
