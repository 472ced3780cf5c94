"""Loading records: for a change, with the checks every editor needs; for a listing, fast."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Protocol, TypeVar

from sqlalchemy import Select, select
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session

from ..db.database import changed_elsewhere
from ..db.models import Base
from ..errors import QT_TRANSLATE_NOOP, DatabaseError, NotFoundError

Record = TypeVar("Record", bound=Base)
Row = TypeVar("Row", covariant=True)


class RowType(Protocol[Row]):
    def _make(self, values: Any) -> Row: ...


def load(session: Session, model: type[Record], record_id: int) -> Record:
    record = session.get(model, record_id)
    if record is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Messages", "This record no longer exists (number {id})."),
            id=record_id,
        )
    return record


def load_for_update(
    session: Session, model: type[Record], record_id: int, version: int | None
) -> Record:
    """The record, if nobody changed it since the editor loaded `version`."""
    record = load(session, model, record_id)
    if version is not None and getattr(record, "version", version) != version:
        raise changed_elsewhere()
    return record


def lock_row(session: Session, model: type[Base], record_id: int) -> None:
    """Holds a record's row until the end of the transaction, so that another computer
    changing what depends on it waits its turn (PostgreSQL; SQLite's writers already
    take turns, and its FOR UPDATE is a no-op)."""
    session.execute(select(model.id).where(model.id == record_id).with_for_update())  # type: ignore[attr-defined]


def collided(error: Exception) -> bool:
    """Whether a write failed because another computer wrote the same rows at the same
    moment (a unique row both created, a deadlock): done again, it sees theirs."""
    if isinstance(error, DatabaseError):
        return error.retryable
    return isinstance(error, sa_exc.IntegrityError)


@contextmanager
def paused_collector() -> Iterator[None]:
    """Python's garbage collector off while a job makes a million objects that all live on.

    At 100,000 rows it would walk them all several times over, for nothing: a
    third of a listing's load, a sixth of an import.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def read_rows(session: Session, query: Select[Any], row_type: RowType[Row]) -> list[Row]:
    """A listing's rows as named tuples, straight from Core (the ORM's result handling
    costs more than the query at 100,000 rows)."""
    with paused_collector():
        result = session.connection().execute(query)
        return list(map(row_type._make, result))
