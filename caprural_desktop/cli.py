"""The command line: what scripts, tests and benchmarks use to drive the app without a window.

Errors a user can cause end with exit status 2 and one line on stderr.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, NoReturn

from .db.database import Database
from .db.models import SessionFormat
from .errors import QT_TRANSLATE_NOOP, Translate, UserError, system_reason, untranslated

EXIT_USER_ERROR = 2
_TRANSLATE: Translate = untranslated


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        """One line that starts like every other error, naming the sub-command at fault."""
        command = self.prog.removeprefix("caprural-desktop").strip()
        where = f"{command}: " if command else ""
        self.exit(EXIT_USER_ERROR, f"caprural-desktop: {where}{message}\n")


def _date(text: str) -> date:
    try:
        return datetime.strptime(text, "%Y-%m-%d").date()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _time(text: str) -> time:
    try:
        return datetime.strptime(text, "%H:%M").time()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a time (HH:MM): {text!r}") from None


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="caprural-desktop",
        description="Cap Rural training sessions. Without a command, opens the window.",
    )
    parser.add_argument(
        "--database",
        metavar="PATH_OR_URL",
        help="SQLite file or SQLAlchemy URL (default: $CAPRURAL_DATABASE_URL, "
        "else the user's data folder)",
    )
    parser.add_argument(
        "--allow-network-share",
        action="store_true",
        help="open a database file on a network share (unsafe if two computers use it)",
    )
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)
    commands.add_parser("demo", help="add the demo session and print its id")

    sessions = commands.add_parser("sessions", help="list sessions, or add one")
    sessions.add_argument("--json", action="store_true", help="print a JSON list")
    session_commands = sessions.add_subparsers(dest="action", parser_class=_Parser)
    add = session_commands.add_parser("add", help="create a session with one half-day")
    add.add_argument("--title", required=True)
    add.add_argument("--date", required=True, type=_date, metavar="YYYY-MM-DD")
    add.add_argument("--start", type=_time, default=time(9, 30), metavar="HH:MM")
    add.add_argument("--end", type=_time, default=time(12, 0), metavar="HH:MM")
    add.add_argument("--capacity", required=True, type=int)
    add.add_argument("--deadline", required=True, type=_date, metavar="YYYY-MM-DD")
    add.add_argument("--format", choices=[f.value for f in SessionFormat], default="web")

    speakers = commands.add_parser("speakers", help="list speakers")
    speakers.add_argument("--json", action="store_true", help="print a JSON list")

    importing = commands.add_parser(
        "import", help="import a session's Google Form responses (.xlsx, .ods, .csv, .zip)"
    )
    importing.add_argument("file", type=Path, metavar="FILE")
    importing.add_argument("--session", required=True, type=int, metavar="ID")
    importing.add_argument("--dry-run", action="store_true", help="plan only, write nothing")
    importing.add_argument("--json", action="store_true", help="print the report as JSON")

    dues = commands.add_parser("dues", help="the dues ledger of a year, or import one")
    dues.add_argument("--year", type=int, help="the year (default: the current one)")
    dues.add_argument("--json", action="store_true", help="print a JSON list")
    dues_commands = dues.add_subparsers(dest="action", parser_class=_Parser)
    ledger_import = dues_commands.add_parser(
        "import", help="import a year's ledger from a spreadsheet (.xlsx, .ods, .csv)"
    )
    ledger_import.add_argument("file", type=Path, metavar="FILE")
    ledger_import.add_argument("--year", required=True, type=int)
    ledger_import.add_argument("--dry-run", action="store_true", help="plan only, write nothing")
    ledger_import.add_argument("--json", action="store_true", help="print the report as JSON")

    attendance = commands.add_parser(
        "attendance", help="who came to each half-day of a session, or mark someone"
    )
    attendance.add_argument("--session", type=int, metavar="ID", help="the session (required)")
    attendance.add_argument("--json", action="store_true", help="print a JSON object")
    attendance.add_argument("--mark", metavar="EMAIL", help="the registrant to mark")
    attendance.add_argument("--slot", type=int, metavar="N", help="the half-day, from 1")
    marks = attendance.add_mutually_exclusive_group()
    for status in ("present", "absent", "excused"):
        marks.add_argument(
            f"--{status}", dest="status", action="store_const", const=status, help=f"mark {status}"
        )

    attendance_commands = attendance.add_subparsers(dest="action", parser_class=_Parser)
    log_import = attendance_commands.add_parser(
        "import",
        help="mark attendance from web-conference participant reports "
        "(Zoom, Teams, Google Meet, BigBlueButton, Webex)",
    )
    log_import.add_argument("files", nargs="+", type=Path, metavar="FILE")
    log_import.add_argument("--session", required=True, type=int, metavar="ID")
    log_import.add_argument("--dry-run", action="store_true", help="propose only, write nothing")
    log_import.add_argument(
        "--threshold",
        type=int,
        metavar="PERCENT",
        help="the share of a half-day that counts as present (default: the session's)",
    )
    log_import.add_argument(
        "--time-shift",
        type=int,
        metavar="HOURS",
        help="hours to add to the reports' times (default: detected)",
    )
    log_import.add_argument(
        "--date",
        type=_date,
        metavar="YYYY-MM-DD",
        help="the day of a report that gives times without a date (Google Meet)",
    )
    log_import.add_argument(
        "--json",
        action="store_true",
        default=argparse.SUPPRESS,  # "attendance --json import …" says it too
        help="print the report as JSON",
    )

    sheet = commands.add_parser("sheet", help="write a session's attendance sheet as a PDF")
    sheet.add_argument("--session", required=True, type=int, metavar="ID")
    sheet.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")

    certificates = commands.add_parser(
        "certificates",
        help="write the attendance certificates: one PDF, or one per person into a folder",
    )
    certificates.add_argument("--session", required=True, type=int, metavar="ID")
    certificates.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf|DIR")

    export = commands.add_parser(
        "export", help="write a session's registrants (every status, every answer) as .xlsx"
    )
    export.add_argument("--session", required=True, type=int, metavar="ID")
    export.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.xlsx")
    report = commands.add_parser("report", help="write the year's figures for funders as .xlsx")
    report.add_argument("--year", required=True, type=int)
    report.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.xlsx")

    backup = commands.add_parser("backup", help="write a checked copy of the database")
    backup.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    restore = commands.add_parser(
        "restore", help="replace the database with a backup (the current one is saved first)"
    )
    restore.add_argument("file", type=Path, metavar="FILE")

    commands.add_parser("upgrade", help="bring the team's server database to this version's schema")

    copy = commands.add_parser(
        "copy-to",
        help="copy this database into an empty one on the team's PostgreSQL server",
    )
    copy.add_argument("url", metavar="URL", help="postgresql+psycopg://user:password@host/name")

    registrations = commands.add_parser("registrations", help="a session's queue, in order")
    registrations.add_argument("--session", required=True, type=int, metavar="ID")
    registrations.add_argument("--json", action="store_true", help="print a JSON list")
    return parser


def parse_arguments(argv: Sequence[str] | None = None) -> argparse.Namespace:
    arguments = build_parser().parse_args(argv)
    if arguments.command == "attendance" and arguments.action is None:
        if arguments.session is None:
            _Parser(prog="caprural-desktop attendance").error(
                "the following arguments are required: --session"
            )
    return arguments


def run(arguments: argparse.Namespace) -> int:
    """Runs a sub-command; returns the exit status."""
    from .config import database_url
    from .db.database import database_file
    from .db.location import check_local
    from .db.migrate import open_database
    from .team import with_saved_password

    global _TRANSLATE
    translate = _TRANSLATE = _translate()
    try:
        url = with_saved_password(database_url(arguments.database))
        if not arguments.allow_network_share:
            check_local(database_file(url))
        database, _created = open_database(url, upgrade_server=arguments.command == "upgrade")
        try:
            _COMMANDS[arguments.command](database, arguments)
        finally:
            database.dispose()
    except UserError as error:
        print(f"caprural-desktop: {error.render(translate)}", file=sys.stderr)
        return EXIT_USER_ERROR
    except BrokenPipeError:
        # The reader stopped early (`| head`): not an error of ours, and no traceback.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as error:  # noqa: BLE001 - a bug: one line, as scripts expect
        print(
            f"caprural-desktop: unexpected error: {type(error).__name__}: {error}", file=sys.stderr
        )
        return EXIT_USER_ERROR
    return 0


def _translate() -> Translate:
    """French messages for French users, like the window; English otherwise."""
    try:
        from PySide6.QtCore import QLocale

        from .i18n import translate_function
    except ImportError:
        return untranslated
    return translate_function(QLocale.system())


def _demo(database: Database, _arguments: argparse.Namespace) -> None:
    from .services.demo import add_demo_session

    print(add_demo_session(database))


def _sessions(database: Database, arguments: argparse.Namespace) -> None:
    from .services import sessions

    if arguments.action == "add":
        print(sessions.create_session(database, _draft_from(arguments)))
        return
    details = sessions.all_session_details(database)
    if arguments.json:
        _print_json([_session_json(d) for d in details])
        return
    for d in details:
        first = d.first_date.isoformat() if d.first_date else "-"
        print(f"{d.id}\t{first}\t{d.draft.format.value}\t{d.draft.capacity}\t{d.draft.title}")


def _draft_from(arguments: argparse.Namespace) -> Any:
    from .services.sessions import SessionDraft, TimeSlotData

    return SessionDraft(
        title=arguments.title,
        format=SessionFormat(arguments.format),
        capacity=arguments.capacity,
        registration_deadline=arguments.deadline,
        time_slots=(TimeSlotData(arguments.date, arguments.start, arguments.end),),
    )


def _session_json(details: Any) -> dict[str, Any]:
    draft = details.draft
    return {
        "id": details.id,
        "title": draft.title,
        "status": draft.status.value,
        "format": draft.format.value,
        "location": draft.location,
        "capacity": draft.capacity,
        "registration_deadline": _iso(draft.registration_deadline),
        "requires_dues": draft.requires_dues,
        "why": draft.why,
        "audience": draft.audience,
        "registration_form_url": draft.registration_form_url,
        "dues_form_url": draft.dues_form_url,
        "contact": {
            "name": draft.contact_name,
            "phone": draft.contact_phone,
            "email": draft.contact_email,
        },
        "time_slots": [
            {
                "date": slot.date.isoformat(),
                "start": slot.start.isoformat(timespec="minutes"),
                "end": slot.end.isoformat(timespec="minutes"),
                "tentative": slot.tentative,
            }
            for slot in draft.time_slots
        ],
        "programme": list(draft.programme),
        "speakers": [speaker.name for speaker in draft.speakers],
        "speaker_roles": [
            {"name": speaker.name, "role": speaker.role} for speaker in draft.speakers
        ],
        "registrations": details.registration_count,
    }


def _speakers(database: Database, arguments: argparse.Namespace) -> None:
    from .services.speakers import list_speakers

    rows = list_speakers(database)
    if arguments.json:
        _print_json(
            [
                {
                    "id": row.id,
                    "name": row.name,
                    "kind": row.kind.value,
                    "organisation": row.organisation,
                    "email": row.email,
                    "phone": row.phone,
                    "sessions": row.session_count,
                }
                for row in rows
            ]
        )
        return
    for row in rows:
        print(f"{row.id}\t{row.kind.value}\t{row.name}")


def _import(database: Database, arguments: argparse.Namespace) -> None:
    from .services.importing import apply_import, plan_import

    plan = plan_import(database, arguments.session, arguments.file)
    counts = plan.counts if arguments.dry_run else apply_import(database, plan).counts
    report = {
        "rows": counts.rows,
        "added": counts.added,
        "updated": counts.updated,
        "unchanged": counts.unchanged,
        "duplicates": counts.duplicates,
        "invalid": [{"row": i.row, "reason": i.message.render(_TRANSLATE)} for i in counts.invalid],
        "warnings": [
            {"row": w.row, "reason": w.message.render(_TRANSLATE)} for w in counts.warnings
        ],
        "confirmed": counts.confirmed,
        "waitlisted": counts.waitlisted,
        "late": counts.late,
    }
    if arguments.json:
        _print_json(report)
        return
    for key in ("rows", "added", "updated", "unchanged", "duplicates"):
        print(f"{key}: {report[key]}")
    for kind in ("invalid", "warnings"):
        for item in report[kind]:
            print(f"{kind} row {item['row']}: {item['reason']}")
    for key in ("confirmed", "waitlisted", "late"):
        print(f"{key}: {report[key]}")


def _registrations(database: Database, arguments: argparse.Namespace) -> None:
    from .clock import PARIS
    from .services.registrations import session_queue

    rows = session_queue(database, arguments.session)
    if arguments.json:
        _print_json(
            [
                {
                    "id": row.id,
                    "email": row.email,
                    "first_name": row.first_name,
                    "last_name": row.last_name,
                    "organisation": row.organisation,
                    "status": row.status.value,
                    "submitted_at": row.submitted_at.astimezone(PARIS).isoformat()
                    if row.submitted_at
                    else None,
                    "forced_confirmed": row.forced_confirmed,
                    "accepted_late": row.accepted_late,
                    "member_organisation": row.member_organisation,
                    "dues_ok": row.dues_ok,
                }
                for row in rows
            ]
        )
        return
    for position, row in enumerate(rows, start=1):
        when = row.submitted_at.astimezone(PARIS).isoformat() if row.submitted_at else "-"
        name = " ".join(part for part in (row.first_name, row.last_name) if part)
        print(f"{position}\t{row.status.value}\t{when}\t{row.email}\t{name}")


def _dues(database: Database, arguments: argparse.Namespace) -> None:
    if arguments.action == "import":
        _dues_import(database, arguments)
        return
    from .services.dues import ledger, today

    rows = ledger(database, arguments.year or today().year)
    if arguments.json:
        _print_json(
            [
                {
                    "organisation": row.organisation,
                    "kind": row.kind.value,
                    "year": row.year,
                    "called_cents": row.called_cents,
                    "paid_cents": row.paid_cents,
                    "status": row.status.value,
                    "paid_on": _iso(row.paid_on),
                }
                for row in rows
            ]
        )
        return
    for row in rows:
        print(
            f"{row.organisation}\t{row.status.value}\t{row.called_cents / 100:.2f}"
            f"\t{row.paid_cents / 100:.2f}\t{_iso(row.paid_on) or '-'}"
        )


def _dues_import(database: Database, arguments: argparse.Namespace) -> None:
    from .services.ledger_import import apply_ledger_import, plan_ledger_import

    plan = plan_ledger_import(database, arguments.file, arguments.year)
    counts = plan.counts if arguments.dry_run else apply_ledger_import(database, plan)
    report = {
        "rows": counts.rows,
        "added": counts.added,
        "updated": counts.updated,
        "unchanged": counts.unchanged,
        "invalid": [
            {"row": line.row, "reason": line.reason.render(_TRANSLATE) if line.reason else ""}
            for line in counts.invalid
        ],
    }
    if arguments.json:
        _print_json(report)
        return
    for key in ("rows", "added", "updated", "unchanged"):
        print(f"{key}: {report[key]}")
    for item in report["invalid"]:
        print(f"invalid row {item['row']}: {item['reason']}")


def _attendance(database: Database, arguments: argparse.Namespace) -> None:
    from .db.models import AttendanceStatus
    from .services import attendance

    if arguments.action == "import":
        _attendance_import(database, arguments)
        return
    if arguments.mark is not None:
        grid = attendance.attendance_grid(database, arguments.session)
        if arguments.slot is None or arguments.status is None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Messages", "--mark needs --slot N and one of --present, --absent, --excused."
                )
            )
        if not 1 <= arguments.slot <= len(grid.slots):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Messages", "The session has {count} half-days: --slot goes from 1 to {count}."
                ),
                count=len(grid.slots),
            )
        registration = attendance.find_registration(database, arguments.session, arguments.mark)
        slot = grid.slots[arguments.slot - 1]
        attendance.mark(database, registration, slot.id, AttendanceStatus(arguments.status))
    grid = attendance.attendance_grid(database, arguments.session)
    if arguments.json:
        _print_json(_attendance_json(grid))
        return
    for line in grid.lines:
        marks = " ".join(mark.value if mark else "-" for mark in line.marks)
        print(f"{line.email}\t{line.status.value}\t{marks}")


def _upgrade(database: Database, arguments: argparse.Namespace) -> None:
    """Opening the database with `upgrade_server` did the work: say where it stands."""
    from .db.migrate import current_revision

    print(current_revision(database))


def _copy_to(database: Database, arguments: argparse.Namespace) -> None:
    from .db.copy import copy_to
    from .db.migrate import connect

    target = connect(arguments.url)
    try:
        copied = copy_to(database, target)
    finally:
        target.dispose()
    for table in copied:
        print(f"{table.name}\t{table.rows}")


def _attendance_import(database: Database, arguments: argparse.Namespace) -> None:
    from .services.connection_apply import apply_connection_import
    from .services.connection_plan import UndatedReportError, plan_connection_import

    try:
        plan = plan_connection_import(
            database,
            arguments.session,
            arguments.files,
            threshold=arguments.threshold,
            time_shift=arguments.time_shift,
            day=arguments.date,
        )
    except UndatedReportError as error:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{message} Give it with --date YYYY-MM-DD: {days}.",
            ),
            message=error.render(_TRANSLATE),
            days=", ".join(day.isoformat() for day in error.days),
        ) from error
    for name, error in plan.refused:
        print(f"caprural-desktop: {name}: {error.render(_TRANSLATE)}", file=sys.stderr)
    report = _connection_report(plan)
    if not arguments.dry_run:
        applied = apply_connection_import(database, plan)
        report["written"] = {"marked": applied.marked, "kept_manual": applied.kept_manual}
    if arguments.json:
        _print_json(report)
        return
    print(f"tool: {report['tool']}")
    print(f"time_shift: {report['time_shift']}")
    for proposal in report["proposals"]:
        low, high = proposal["minutes"]
        minutes = f"{low}" if low == high else f"{low}-{high}"
        print(f"{proposal['email']}\t{proposal['slot']}\t{proposal['status']}\t{minutes}")
    for line in report["unmatched"]:
        print(f"unmatched line {line['line']}: {line['name']}: {line['reason']}")
    for name in report["not_registered"]:
        print(f"not registered: {name}")


def _connection_report(plan: Any) -> dict[str, Any]:
    """The plan as the command line's JSON object (its keys are a contract)."""
    unmatched = [
        {"line": item.source.line, "name": item.name, "reason": item.reason.render(_TRANSLATE)}
        for item in plan.unmatched
    ] + [
        {"line": source.line, "name": name, "reason": reason.render(_TRANSLATE)}
        for source, name, reason in plan.skipped
    ]
    return {
        "tool": plan.tool,
        "time_shift": plan.time_shift,
        "unmatched": unmatched,
        "not_registered": [item.name or item.email for item in plan.not_registered],
        "proposals": [
            {
                "email": proposal.email,
                "slot": proposal.slot.number,
                "status": proposal.verdict.value,
                "minutes": [proposal.presence.low, proposal.presence.high],
            }
            for proposal in plan.proposals
        ],
        "staff": list(plan.staff),
        "files": [
            {
                "file": planned.report.file_name,
                "tool": planned.report.tool.value,
                "time_shift": planned.time_shift,
                "already_imported": planned.already_imported,
            }
            for planned in plan.files
        ],
    }


def _attendance_json(grid: Any) -> dict[str, Any]:
    return {
        "session": grid.session_id,
        "slots": [
            {
                "slot": slot.number,
                "date": slot.date.isoformat(),
                "start": slot.start.isoformat(timespec="minutes"),
                "end": slot.end.isoformat(timespec="minutes"),
                "tentative": slot.tentative,
                "present": counts.present,
                "absent": counts.absent,
                "excused": counts.excused,
            }
            for position, slot in enumerate(grid.slots)
            for counts in (grid.counts(position),)
        ],
        "registrants": [
            {
                "email": line.email,
                "first_name": line.first_name,
                "last_name": line.last_name,
                "status": line.status.value,
                "attendance": [mark.value if mark else None for mark in line.marks],
                "minutes_attended": grid.minutes_attended(line),
            }
            for line in grid.lines
        ],
    }


def _printing() -> Any:
    """What printed documents need without a window: a QGuiApplication (offscreen when
    there is no display), the user's language and its dates."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QGuiApplication

    from .i18n import load_translators
    from .locale_format import LocaleFormat

    application = QGuiApplication.instance() or QGuiApplication(["caprural-desktop"])
    locale = QLocale.system()
    for translator in load_translators(locale):
        translator.setParent(application)
        application.installTranslator(translator)
    return LocaleFormat(locale)


def _sheet(database: Database, arguments: argparse.Namespace) -> None:
    from .printing.attendance_sheet import write_sheet
    from .services.sheets import attendance_sheet

    sheet = attendance_sheet(database, arguments.session)
    pages = write_sheet(arguments.output, sheet, _printing())
    print(f"{arguments.output}\t{len(sheet.people)} registrants\t{pages} pages")


def _certificates(database: Database, arguments: argparse.Namespace) -> None:
    """A folder (existing, or named without .pdf) gets one file per person."""
    from .printing.certificates import write_certificate_files, write_certificates
    from .services.sheets import certificates

    made = certificates(database, arguments.session)
    words = _printing()
    output: Path = arguments.output
    if output.is_dir() or output.suffix.lower() != ".pdf":
        try:
            output.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise UserError(
                QT_TRANSLATE_NOOP("Messages", "Cannot create the folder {folder}: {reason}"),
                folder=str(output),
                reason=system_reason(error),
            ) from error
        for path in write_certificate_files(output, made, words):
            print(path)
        return
    count = write_certificates(output, made, words)
    print(f"{output}\t{count} certificates")


def _export(database: Database, arguments: argparse.Namespace) -> None:
    from .services.exporting import export_registrations

    count = export_registrations(
        database, arguments.session, arguments.output, translate=_TRANSLATE
    )
    print(f"{arguments.output}\t{count} registrations")


def _report(database: Database, arguments: argparse.Namespace) -> None:
    from .services.exporting import export_year_report

    count = export_year_report(database, arguments.year, arguments.output, translate=_TRANSLATE)
    print(f"{arguments.output}\t{count} sessions")


def _backup(database: Database, arguments: argparse.Namespace) -> None:
    from .db.backup import write_backup

    print(write_backup(database, arguments.output))


def _restore(database: Database, arguments: argparse.Namespace) -> None:
    from .db.restore import restore_backup

    saved = restore_backup(database, arguments.file)
    print(f"restored {arguments.file}; the database as it was is saved in {saved}")


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    print()


_COMMANDS: dict[str, Callable[[Database, argparse.Namespace], None]] = {
    "demo": _demo,
    "sessions": _sessions,
    "speakers": _speakers,
    "import": _import,
    "registrations": _registrations,
    "dues": _dues,
    "attendance": _attendance,
    "sheet": _sheet,
    "certificates": _certificates,
    "export": _export,
    "report": _report,
    "backup": _backup,
    "restore": _restore,
    "copy-to": _copy_to,
    "upgrade": _upgrade,
}
