"""Listings written to spreadsheets, for the coordinator to send or work from."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..db.database import Database
from ..db.models import OrganisationKind
from ..errors import QT_TRANSLATE_NOOP, Translate, untranslated
from ..spreadsheets.writing import CellKind, SheetColumn, write_workbook
from .dues import unpaid_dues

UNPAID_SHEET = QT_TRANSLATE_NOOP("Messages", "Unpaid dues {year}")
UNPAID_COLUMNS = [
    (QT_TRANSLATE_NOOP("Columns", "Organisation"), CellKind.TEXT),
    (QT_TRANSLATE_NOOP("Columns", "Kind"), CellKind.TEXT),
    (QT_TRANSLATE_NOOP("Columns", "Called"), CellKind.MONEY),
    (QT_TRANSLATE_NOOP("Columns", "Paid"), CellKind.MONEY),
    (QT_TRANSLATE_NOOP("Columns", "Outstanding"), CellKind.MONEY),
    (QT_TRANSLATE_NOOP("Columns", "Contact"), CellKind.TEXT),
    (QT_TRANSLATE_NOOP("Columns", "E-mail"), CellKind.TEXT),
    (QT_TRANSLATE_NOOP("Columns", "Phone"), CellKind.TEXT),
    (QT_TRANSLATE_NOOP("Columns", "Address"), CellKind.TEXT),
]


def export_unpaid_dues(
    database: Database,
    year: int,
    path: Path,
    *,
    translate: Translate = untranslated,
    kind_label: Callable[[OrganisationKind], str] = str,
) -> int:
    """Writes the year's unpaid dues with whom to ask; returns how many.

    The caller gives the words (the GUI its translations, the CLI the codes).
    """
    columns = [SheetColumn(translate("Columns", title), kind) for title, kind in UNPAID_COLUMNS]
    rows = (
        (
            due.organisation,
            kind_label(due.kind),
            due.called_cents,
            due.paid_cents,
            due.outstanding_cents,
            due.contact_name,
            due.contact_email,
            due.contact_phone,
            due.address,
        )
        for due in unpaid_dues(database, year)
    )
    title = translate("Messages", UNPAID_SHEET).format(year=year)
    return write_workbook(path, title, columns, rows)
