"""Moving to team mode: a one-way copy of the laptop's database to an empty server database.

The copy is one transaction on the server: it is all there, with the same row
count in every table, or nothing is. The laptop's file is only read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, Table, func, insert, select, text
from sqlalchemy import exc as sa_exc

from ..errors import QT_TRANSLATE_NOOP, DatabaseError
from .database import Database
from .migrate import HEAD, current_revision, is_empty, upgrade
from .models import Base

BATCH = 2000
Progress = Callable[[str, int], None]


@dataclass(frozen=True)
class CopiedTable:
    name: str
    rows: int


def copy_to(
    source: Database, target: Database, progress: Progress | None = None
) -> list[CopiedTable]:
    """Copies every row of `source` into the empty `target`, checked table by table."""
    if current_revision(source) != HEAD:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Messages", "Open the database with this version first: {name}"),
            name=source.display_name,
        )
    if not _holds_nothing(target):
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The database {name} is not empty: the copy goes only into a new, empty one.",
            ),
            name=target.display_name,
        )
    if current_revision(target) != HEAD:
        upgrade(target)
    try:
        return _copy_all(source, target, progress)
    except sa_exc.DBAPIError as error:
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The copy stopped ({reason}): no row was kept on the server, and the copy "
                "can be made again.",
            ),
            reason=str(error.orig).splitlines()[0],
        ) from error


def _copy_all(source: Database, target: Database, progress: Progress | None) -> list[CopiedTable]:
    copied = []
    with source.engine.connect() as reading, target.engine.begin() as writing:
        for table in Base.metadata.sorted_tables:
            rows = _copy_table(table, reading, writing)
            expected = reading.execute(select(func.count()).select_from(table)).scalar_one()
            found = writing.execute(select(func.count()).select_from(table)).scalar_one()
            if not rows == expected == found:
                raise DatabaseError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "The copy of {table} is incomplete ({found} rows of {expected}): "
                        "no row was kept on the server, and the copy can be made again.",
                    ),
                    table=table.name,
                    found=found,
                    expected=expected,
                )
            _restart_identity(writing, table)
            copied.append(CopiedTable(table.name, found))
            if progress is not None:
                progress(table.name, found)
    return copied


def _holds_nothing(database: Database) -> bool:
    """No tables, or only this version's tables without a row (a copy that failed)."""
    if is_empty(database):
        return True
    if current_revision(database) != HEAD:
        return False
    with database.engine.connect() as connection:
        return all(
            connection.execute(select(func.count()).select_from(table)).scalar_one() == 0
            for table in Base.metadata.sorted_tables
        )


def _copy_table(table: Table, reading: Connection, writing: Connection) -> int:
    """The rows in primary-key order, in batches; returns how many were written."""
    order = list(table.primary_key.columns)
    result = reading.execution_options(yield_per=BATCH).execute(select(table).order_by(*order))
    written = 0
    for batch in result.mappings().partitions(BATCH):
        writing.execute(insert(table), [dict(row) for row in batch])
        written += len(batch)
    return written


def _restart_identity(connection: Connection, table: Table) -> None:
    """The server's id sequences start after the copied ids, so new rows do not collide."""
    if connection.dialect.name != "postgresql":
        return
    for column in table.primary_key.columns:
        if not column.autoincrement or column.type.python_type is not int:
            continue
        sequence = connection.execute(
            text("SELECT pg_get_serial_sequence(:table, :column)"),
            {"table": table.name, "column": column.name},
        ).scalar()
        if sequence is None:
            continue
        connection.execute(
            text(
                f"SELECT setval(:sequence, COALESCE((SELECT MAX({column.name}) FROM "
                f"{table.name}), 0) + 1, false)"
            ),
            {"sequence": sequence},
        )
