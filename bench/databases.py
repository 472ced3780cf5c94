"""The same response import on SQLite and on a PostgreSQL server, and their ratio.

    .venv/bin/python bench/databases.py --postgres postgresql+psycopg://user:pw@host/postgres \
        [--rows 100000] [--kind xlsx] [--repeat 3]

The server URL names any database of a server where the user may create databases
(scripts/test starts such a server: see CAPRURAL_TEST_POSTGRES_URL there). Each run
imports the generated responses of bench/imports.py into a new, empty database, in
this process: plan (read, map, compare) and apply (write) are timed apart, since only
the writing differs between the two.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import imports  # noqa: E402 - the generator of response files, beside this script
from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402
from sqlalchemy.pool import NullPool  # noqa: E402

from caprural_desktop.db.database import url_for  # noqa: E402
from caprural_desktop.db.migrate import open_database  # noqa: E402
from caprural_desktop.services.importing import apply_import, plan_import  # noqa: E402

Fresh = Callable[[], tuple[str, Callable[[], None]]]


def sqlite_databases(folder: Path) -> Fresh:
    counter = iter(range(1_000_000))

    def fresh() -> tuple[str, Callable[[], None]]:
        path = folder / f"bench-{next(counter)}.sqlite3"
        return url_for(path), lambda: None

    return fresh


def postgres_databases(server_url: str) -> Fresh:
    server = make_url(server_url)
    admin = create_engine(
        server.set(database="postgres"), isolation_level="AUTOCOMMIT", poolclass=NullPool
    )
    counter = iter(range(1_000_000))

    def run(statement: str) -> None:
        with admin.connect() as connection:
            connection.execute(text(statement))

    def fresh() -> tuple[str, Callable[[], None]]:
        name = f"caprural_bench_{os.getpid()}_{next(counter)}"
        run(f'DROP DATABASE IF EXISTS "{name}"')
        run(f'CREATE DATABASE "{name}"')
        url = server.set(database=name).render_as_string(hide_password=False)
        return url, lambda: run(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    return fresh


def one_import(fresh: Fresh, path: Path) -> tuple[float, float]:
    """Seconds to plan, then to apply, the import of `path` into a new session."""
    url, drop = fresh()
    database, _created = open_database(url)
    try:
        imports.build_session(database)
        start = time.perf_counter()
        plan = plan_import(database, imports.SESSION_ID, path)
        planned = time.perf_counter() - start
        start = time.perf_counter()
        apply_import(database, plan)
        return planned, time.perf_counter() - start
    finally:
        database.dispose()
        drop()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres", default=os.environ.get("CAPRURAL_TEST_POSTGRES_URL"))
    parser.add_argument("--rows", type=int, default=imports.TARGET_ROWS)
    parser.add_argument("--kind", choices=imports.KINDS, default="xlsx")
    parser.add_argument("--repeat", type=int, default=3)
    arguments = parser.parse_args(argv)
    if not arguments.postgres:
        parser.error("give the server with --postgres URL (or CAPRURAL_TEST_POSTGRES_URL)")
    imports.prepare_files({arguments.rows})
    path = imports.data_path(arguments.rows, arguments.kind)
    with tempfile.TemporaryDirectory() as folder:
        backends = {
            "SQLite": sqlite_databases(Path(folder)),
            "PostgreSQL": postgres_databases(arguments.postgres),
        }
        results = {}
        for name, fresh in backends.items():
            runs = [one_import(fresh, path) for _ in range(arguments.repeat)]
            results[name] = (
                statistics.median(plan for plan, _apply in runs),
                statistics.median(apply for _plan, apply in runs),
            )
    print(f"{arguments.rows:,} responses ({arguments.kind}), median of {arguments.repeat}:")
    print(f"{'':12}{'plan':>9}{'apply':>9}{'whole':>9}")
    for name, (plan, apply) in results.items():
        print(f"{name:12}{plan:8.2f}s{apply:8.2f}s{plan + apply:8.2f}s")
    sqlite, postgres = (sum(results[name]) for name in backends)
    print(f"PostgreSQL / SQLite, whole import: {postgres / sqlite:.2f}×")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
