"""Hearing that another computer (or process) changed the database, within a second or two.

On PostgreSQL every write transaction announces itself (`pg_notify`, delivered at
commit) and a listener, on its own connection and thread, hears the others'. On
SQLite, and on a server whose listener lost its connection, a thread polls a cheap
change counter instead. Either calls `on_change` from its thread: the window
passes it on to its own thread before touching anything.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from sqlalchemy import text
from sqlalchemy.engine import make_url

from .database import CHANNEL, Database

#: How often the polling fallback looks, and how long the listener waits at a time.
INTERVAL_S = 0.5
#: The longest wait between two attempts to reach a server that is down.
MAX_WAIT_S = 30.0
CONNECT_TIMEOUT_S = 5


class ChangeWatcher:
    """Calls `on_change` when someone else commits a change; `stop()` ends it."""

    def __init__(self, database: Database, on_change: Callable[[], None]) -> None:
        self.database = database
        self.on_change = on_change
        self._stopping = threading.Event()
        #: Set once listening (or polling) has begun: changes from then on are heard.
        self.ready = threading.Event()
        self._server_count: int | None = None
        self._thread = threading.Thread(target=self._run, name="change-watcher", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        self._thread.join(timeout=5)

    def _run(self) -> None:
        failures = 0
        while not self._stopping.is_set():
            try:
                if self.database.is_sqlite:
                    self._poll_sqlite()
                else:
                    self._listen(reconnected=failures > 0)
            except Exception:  # noqa: BLE001 - a lost connection: poll, then try again, later
                failures += 1
                self._poll_server_once()
                if self._stopping.wait(min(MAX_WAIT_S, INTERVAL_S * 2**failures)):
                    return
            else:
                failures = 0

    def _listen(self, *, reconnected: bool) -> None:
        """LISTEN on a connection of its own, in autocommit, as notifications need.

        After a lost connection, what others changed meanwhile was not heard: the page
        is reloaded once, to be sure.
        """
        import psycopg

        url = make_url(self.database.url)
        options = {key: value for key, value in url.query.items() if isinstance(value, str)}
        options.setdefault("connect_timeout", str(CONNECT_TIMEOUT_S))
        with psycopg.connect(
            host=url.host,
            port=url.port,
            dbname=url.database,
            user=url.username,
            password=url.password,
            autocommit=True,
            **options,
        ) as connection:
            connection.execute(f"LISTEN {CHANNEL}")
            self.ready.set()
            if reconnected:
                self.on_change()
            while not self._stopping.is_set():
                for notice in connection.notifies(timeout=INTERVAL_S):
                    if notice.payload != self.database.origin:
                        self.on_change()

    def _poll_sqlite(self) -> None:
        """`PRAGMA data_version` changes when another connection commits to the file;
        each look ends its transaction, whose snapshot would otherwise hide the change."""
        with self.database.engine.connect() as connection:

            def version() -> int:
                value = connection.exec_driver_sql("PRAGMA data_version").scalar_one()
                connection.rollback()
                return int(value)

            seen = version()
            self.ready.set()
            while not self._stopping.wait(INTERVAL_S):
                now = version()
                if now != seen:
                    seen = now
                    self.on_change()

    def _poll_server_once(self) -> None:
        """While the listener is down: the server's count of committed writes."""
        query = text(
            "SELECT COALESCE(SUM(n_tup_ins + n_tup_upd + n_tup_del), 0) FROM pg_stat_user_tables"
        )
        try:
            with self.database.engine.connect() as connection:
                count = connection.execute(query).scalar()
        except Exception:  # noqa: BLE001 - still unreachable: next round
            return
        if self._server_count is not None and count != self._server_count:
            self.on_change()
        self._server_count = count
