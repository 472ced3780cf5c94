"""Loading a record for a change, with the checks every editor needs."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from ..db.database import changed_elsewhere
from ..db.models import Base
from ..errors import QT_TRANSLATE_NOOP, NotFoundError

Record = TypeVar("Record", bound=Base)


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
