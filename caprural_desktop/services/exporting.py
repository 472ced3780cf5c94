"""Listings written to spreadsheets, for the coordinator to send or work from."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from ..clock import PARIS
from ..db.database import Database
from ..db.models import (
    DueStatus,
    OrganisationKind,
    PaymentMethod,
    Person,
    Registration,
    RegistrationStatus,
    TrainingSession,
)
from ..errors import QT_TRANSLATE_NOOP, Translate, untranslated
from ..labels import DUES_SETTLED, DUES_TO_SETTLE, label
from ..spreadsheets.writing import CellKind, SheetColumn, write_workbook
from .attendance import attendance_grid
from .dues import check_year, ledger, unpaid_dues
from .membership import session_memberships
from .records import load, paused_collector
from .registrations import in_queue_order
from .report import year_figures

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


# A session's registrants, its attendance, and the year's figures for funders

REGISTRATIONS_SHEET = QT_TRANSLATE_NOOP("Messages", "Registrants")
REGISTRATION_COLUMNS = [
    (QT_TRANSLATE_NOOP("Columns", "Position"), CellKind.NUMBER),
    (QT_TRANSLATE_NOOP("Columns", "Last name"), CellKind.TEXT),
    (QT_TRANSLATE_NOOP("Columns", "First name"), CellKind.TEXT),
    (QT_TRANSLATE_NOOP("Columns", "E-mail"), CellKind.TEXT),
    (QT_TRANSLATE_NOOP("Columns", "Phone"), CellKind.TEXT),
    (QT_TRANSLATE_NOOP("Columns", "Job title"), CellKind.TEXT),
    (QT_TRANSLATE_NOOP("Columns", "Town"), CellKind.TEXT),
    (QT_TRANSLATE_NOOP("Columns", "Member organisation"), CellKind.TEXT),
    (QT_TRANSLATE_NOOP("Columns", "Status"), CellKind.TEXT),
    (QT_TRANSLATE_NOOP("Columns", "Dues"), CellKind.TEXT),
    (QT_TRANSLATE_NOOP("Columns", "Submitted"), CellKind.DATETIME),
]


@dataclass(frozen=True)
class ExportedRegistration:
    last_name: str
    first_name: str
    email: str
    phone: str
    job_title: str
    commune: str
    member_organisation: str | None
    status: RegistrationStatus
    dues_ok: bool | None
    submitted_at: datetime | None
    answers: dict[str, Any]


def registrations_to_export(database: Database, session_id: int) -> list[ExportedRegistration]:
    """A session's registrations in queue order (submission time, untimed last)."""
    query = in_queue_order(
        session_id,
        Registration.id,
        Person.last_name,
        Person.first_name,
        Person.email,
        Person.phone,
        Person.job_title,
        Person.commune,
        Registration.status,
        Registration.submitted_at,
        Registration.answers,
    )
    with database.read() as session:
        load(session, TrainingSession, session_id)
        members = session_memberships(session, session_id)
        with paused_collector():
            return [
                ExportedRegistration(
                    *row[1:7],
                    members[row.id].organisation,
                    row.status,
                    members[row.id].dues_ok,
                    row.submitted_at,
                    row.answers,
                )
                for row in session.execute(query)
            ]


def export_registrations(
    database: Database,
    session_id: int,
    path: Path,
    *,
    translate: Translate = untranslated,
) -> int:
    """Every registration of a session, whatever its status, in queue order, with every
    answer of the form as given; returns how many."""
    rows = registrations_to_export(database, session_id)
    keys = list(dict.fromkeys(key for row in rows for key in row.answers))
    columns = _columns(REGISTRATION_COLUMNS, translate)
    columns += [SheetColumn(key) for key in keys]

    def dues(ok: bool | None) -> str:
        return "" if ok is None else translate("Labels", DUES_SETTLED if ok else DUES_TO_SETTLE)

    def lines() -> Iterator[tuple[object, ...]]:
        for position, row in enumerate(rows, start=1):
            yield (
                position,
                row.last_name,
                row.first_name,
                row.email,
                row.phone,
                row.job_title,
                row.commune,
                row.member_organisation or "",
                label(row.status, translate),
                dues(row.dues_ok),
                paris_time(row.submitted_at),
                *(answer_value(row.answers.get(key)) for key in keys),
            )

    return write_workbook(path, translate("Messages", REGISTRATIONS_SHEET), columns, lines())


def _columns(columns: list[tuple[str, CellKind]], translate: Translate) -> list[SheetColumn]:
    return [SheetColumn(translate("Columns", title), kind) for title, kind in columns]


def paris_time(moment: datetime | None) -> datetime | None:
    """A moment as a spreadsheet shows it: Paris time, without a zone (Excel has none)."""
    return moment.astimezone(PARIS).replace(tzinfo=None) if moment is not None else None


def answer_value(answer: object) -> object:
    """An answer as given; a stored moment (the form's timestamp) as a date and time."""
    if isinstance(answer, str) and len(answer) > 18 and answer[10:11] == "T":
        try:
            return paris_time(datetime.fromisoformat(answer))
        except ValueError:
            return answer
    return answer


ATTENDANCE_SHEET = QT_TRANSLATE_NOOP("Messages", "Attendance")
ATTENDANCE_COLUMNS = [
    (QT_TRANSLATE_NOOP("Columns", "Last name"), CellKind.TEXT),
    (QT_TRANSLATE_NOOP("Columns", "First name"), CellKind.TEXT),
    (QT_TRANSLATE_NOOP("Columns", "E-mail"), CellKind.TEXT),
    (QT_TRANSLATE_NOOP("Columns", "Organisation"), CellKind.TEXT),
    (QT_TRANSLATE_NOOP("Columns", "Status"), CellKind.TEXT),
]


def _slot_code(day: date, start: time, end: time) -> str:
    return f"{day.isoformat()} {start:%H:%M}-{end:%H:%M}"


def export_attendance(
    database: Database,
    session_id: int,
    path: Path,
    *,
    translate: Translate = untranslated,
    slot_title: Callable[[date, time, time], str] = _slot_code,
) -> int:
    """The attendance grid: one line per registrant, one column per half-day, then the
    hours attended; returns how many lines."""
    grid = attendance_grid(database, session_id)
    columns = _columns(ATTENDANCE_COLUMNS, translate)
    columns += [SheetColumn(slot_title(s.date, s.start, s.end)) for s in grid.slots]
    columns.append(SheetColumn(translate("Columns", "Hours attended"), CellKind.NUMBER))
    lines = (
        (
            line.last_name,
            line.first_name,
            line.email,
            line.organisation,
            label(line.status, translate),
            *(label(mark, translate) for mark in line.marks),
            round(grid.minutes_attended(line) / 60, 2),
        )
        for line in grid.lines
    )
    return write_workbook(path, translate("Messages", ATTENDANCE_SHEET), columns, lines)


REPORT_SHEET = QT_TRANSLATE_NOOP("Messages", "Sessions {year}")
REPORT_COLUMNS = [
    (QT_TRANSLATE_NOOP("Columns", "Session"), CellKind.TEXT),
    (QT_TRANSLATE_NOOP("Columns", "Format"), CellKind.TEXT),
    (QT_TRANSLATE_NOOP("Columns", "First date"), CellKind.DATE),
    (QT_TRANSLATE_NOOP("Columns", "Last date"), CellKind.DATE),
    (QT_TRANSLATE_NOOP("Columns", "Half-days"), CellKind.NUMBER),
    (QT_TRANSLATE_NOOP("Columns", "Hours"), CellKind.NUMBER),
    (QT_TRANSLATE_NOOP("Columns", "Registered"), CellKind.NUMBER),
    (QT_TRANSLATE_NOOP("Columns", "Attended"), CellKind.NUMBER),
    (QT_TRANSLATE_NOOP("Columns", "Person-hours"), CellKind.NUMBER),
    (QT_TRANSLATE_NOOP("Columns", "Organisations"), CellKind.NUMBER),
    (QT_TRANSLATE_NOOP("Columns", "Territories"), CellKind.TEXT),
]


def export_year_report(
    database: Database, year: int, path: Path, *, translate: Translate = untranslated
) -> int:
    """One line per session of the year for funders; returns how many sessions."""
    check_year(year)
    lines = (
        (
            figures.title,
            label(figures.format, translate),
            figures.first_date,
            figures.last_date,
            figures.half_days,
            round(figures.minutes_planned / 60, 2),
            figures.registered,
            figures.attended,
            round(figures.minutes_attended / 60, 2),
            figures.organisations,
            "; ".join(figures.territories),
        )
        for figures in year_figures(database, year)
    )
    title = translate("Messages", REPORT_SHEET).format(year=year)
    return write_workbook(path, title, _columns(REPORT_COLUMNS, translate), lines)
