"""Loading records: for a change, with the checks every editor needs; for a listing, fast."""

from __future__ import annotations

import gc
from typing import Any, Protocol, TypeVar

from sqlalchemy import Select
from sqlalchemy.orm import Session

from ..db.database import changed_elsewhere
from ..db.models import Base
from ..errors import QT_TRANSLATE_NOOP, NotFoundError

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


def read_rows(session: Session, query: Select[Any], row_type: RowType[Row]) -> list[Row]:
    """A listing's rows as named tuples, straight from Core.

    At 100,000 rows the ORM's result handling and Python's garbage collector
    (walking a million new objects several times) cost more than the query:
    Core rows and a paused collector take a third of the time.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        result = session.connection().execute(query)
        return list(map(row_type._make, result))
    finally:
        if enabled:
            gc.enable()
