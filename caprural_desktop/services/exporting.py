"""Listings written to spreadsheets, for the coordinator to send or work from."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..db.database import Database
from ..db.models import DueStatus, OrganisationKind, PaymentMethod
from ..errors import QT_TRANSLATE_NOOP, Translate, untranslated
from ..spreadsheets.writing import CellKind, SheetColumn, write_workbook
from .dues import ledger, unpaid_dues

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


LEDGER_SHEET = QT_TRANSLATE_NOOP("Messages", "Dues {year}")
#: Headers the ledger import recognises, so that an exported ledger can be imported back.
LEDGER_COLUMNS = [
    (QT_TRANSLATE_NOOP("Columns", "Organisation"), CellKind.TEXT),
    (QT_TRANSLATE_NOOP("Columns", "Kind"), CellKind.TEXT),
    (QT_TRANSLATE_NOOP("Columns", "Called"), CellKind.MONEY),
    (QT_TRANSLATE_NOOP("Columns", "Paid"), CellKind.MONEY),
    (QT_TRANSLATE_NOOP("Columns", "Status"), CellKind.TEXT),
    (QT_TRANSLATE_NOOP("Columns", "Paid on"), CellKind.DATE),
    (QT_TRANSLATE_NOOP("Columns", "Payment method"), CellKind.TEXT),
    (QT_TRANSLATE_NOOP("Columns", "Reference"), CellKind.TEXT),
    (QT_TRANSLATE_NOOP("Columns", "Contact"), CellKind.TEXT),
    (QT_TRANSLATE_NOOP("Columns", "E-mail"), CellKind.TEXT),
]


def export_ledger(
    database: Database,
    year: int,
    path: Path,
    *,
    translate: Translate = untranslated,
    label: Callable[[OrganisationKind | DueStatus | PaymentMethod], str] = str,
) -> int:
    """Writes the whole ledger of a year (its latest payment on each line); returns how
    many dues. Its headers are those the ledger import reads, so it can come back."""
    columns = [SheetColumn(translate("Columns", title), kind) for title, kind in LEDGER_COLUMNS]
    rows = (
        (
            due.organisation,
            label(due.kind),
            due.called_cents,
            due.paid_cents,
            label(due.status),
            due.paid_on,
            label(due.method) if due.method else "",
            due.reference or "",
            due.contact_name,
            due.contact_email,
        )
        for due in ledger(database, year)
    )
    title = translate("Messages", LEDGER_SHEET).format(year=year)
    return write_workbook(path, title, columns, rows)


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
