"""Microsoft Teams: the 2020 attendance list, and the newer attendance report.

The 2020 list (downloaded during the meeting) is a log of join and leave
events: someone whose last event is a join was still connected. The newer
report has numbered sections — summary, participants (first join, last leave,
total) and in-meeting activities (every connection) — whose titles and headers
follow the downloader's language, so sections are found by their numbers and,
when the headers are not known, columns by their position.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime

from ..db.models import ConferenceTool
from ..errors import QT_TRANSLATE_NOOP, Message
from ..text import fold, normalise_email
from .collecting import Collector, clock_for, unknown_action, unreadable
from .records import Report, ReportLine, Role
from .table import Header, Row, data_rows, find_header, header_key

EVENTS = {
    "name": ("Full Name", "Nom complet"),
    "action": ("User Action", "Action de l'utilisateur", "Activité de l'utilisateur", "Action"),
    "time": ("Timestamp", "Horodatage", "Horodateur"),
}
JOINED = ("joined", "joined before", "a rejoint", "rejoint", "a rejoint avant", "rejoint avant")
LEFT = ("left", "a quitte", "quitte", "est parti", "a quitte la reunion")
LEFT_UNJOINED = Message(QT_TRANSLATE_NOOP("Messages", "a departure without an arrival before it"))

ACTIVITIES = {
    "name": ("Name", "Full Name", "Nom", "Nom complet"),
    "joined": ("Join Time", "Heure d'arrivée", "Heure de connexion", "Heure de participation"),
    "left": ("Leave Time", "Heure de départ", "Heure de déconnexion"),
    "email": ("Email", "E-mail", "Adresse e-mail", "Adresse de messagerie"),
    "role": ("Role", "Rôle"),
}
PARTICIPANTS = {
    "name": ("Name", "Full Name", "Nom", "Nom complet"),
    "joined": ("First Join", "Première arrivée", "Première connexion", "Première participation"),
    "left": ("Last Leave", "Dernier départ", "Dernière déconnexion"),
    "minutes": ("In-Meeting Duration", "Durée de la réunion", "Durée dans la réunion", "Durée"),
    "email": ("Email", "E-mail", "Adresse e-mail", "Adresse de messagerie"),
    "role": ("Role", "Rôle"),
}
#: Columns by position when a section's headers are in a language not listed above.
ACTIVITY_POSITIONS = {"name": 0, "joined": 1, "left": 2, "email": 4, "role": 5}
PARTICIPANT_POSITIONS = {"name": 0, "joined": 1, "left": 2, "minutes": 3, "email": 4, "role": 6}
SUMMARY_END = ("end time", "meeting end time", "heure de fin", "fin de la reunion")
_SECTION = re.compile(r"^\s*(\d)\.\s*\S")
ORGANISERS = ("organizer", "co-organizer", "organisateur", "coorganisateur", "co-organisateur")
PRESENTERS = ("presenter", "presentateur")


def parse(rows: list[Row], file_name: str, session_dates: Iterable[date]) -> Report | None:
    events = find_header(rows, EVENTS, ("name", "action", "time"))
    if events is not None:
        return _attendance_list(rows, events, file_name, session_dates)
    sections = _sections(rows)
    activities = _section_header(rows, sections.get(3), ACTIVITIES, ACTIVITY_POSITIONS)
    if activities is None:
        activities = find_header(rows, ACTIVITIES, ("name", "joined", "left", "role"))
    if activities is not None:
        return _report(rows, activities, file_name, session_dates, bounds=False)
    participants = _section_header(rows, sections.get(2), PARTICIPANTS, PARTICIPANT_POSITIONS)
    if participants is None:
        participants = find_header(rows, PARTICIPANTS, ("name", "joined", "left", "role"))
    if participants is not None:
        return _report(rows, participants, file_name, session_dates, bounds=True)
    return None


def _attendance_list(
    rows: list[Row], header: Header, file_name: str, session_dates: Iterable[date]
) -> Report:
    lines = data_rows(rows, header)
    collector = Collector(clock_for(lines, [header["time"]], session_dates))
    open_since: dict[str, list[tuple[Row, datetime]]] = {}
    events: list[tuple[datetime, int, Row, str, bool]] = []
    for row in lines:
        name, action = row.text(header["name"]), fold(row.text(header["action"]))
        moment = collector.clock.read(row.value(header["time"]))
        if moment is None:
            collector.skip(row, name, unreadable(row.value(header["time"])))
            continue
        if action not in JOINED + LEFT:
            collector.skip(row, name, unknown_action(row.text(header["action"])))
            continue
        collector.note_time(moment)
        events.append((moment, row.number, row, name, action in JOINED))
    # Each join opens a connection (two devices, two joins), each leave closes one.
    for moment, _number, row, name, joined in sorted(events, key=lambda event: event[:2]):
        if joined:
            open_since.setdefault(name, []).append((row, moment))
        elif open_since.get(name):
            start_row, start = open_since[name].pop(0)
            collector.lines.append(
                ReportLine(start_row.number, name, "", Role.ATTENDEE, start, moment)
            )
        else:
            collector.skip(row, name, LEFT_UNJOINED)
    for name, still_open in open_since.items():
        for row, start in still_open:
            collector.lines.append(ReportLine(row.number, name, "", Role.ATTENDEE, start, None))
    collector.lines.sort(key=lambda line: line.line)
    return collector.report(ConferenceTool.TEAMS, file_name)


def _report(
    rows: list[Row],
    header: Header,
    file_name: str,
    session_dates: Iterable[date],
    *,
    bounds: bool,
) -> Report:
    lines = data_rows(rows, header)
    summary_end = _summary_value(rows[: header.position], SUMMARY_END)
    clock = clock_for(
        [*lines, *([summary_end] if summary_end else [])],
        [header["joined"], header["left"], 1],
        session_dates,
    )
    collector = Collector(clock)
    for row in lines:
        role_text = fold(row.text(header["role"]))
        role = (
            Role.ORGANISER
            if role_text in ORGANISERS
            else Role.PRESENTER
            if role_text in PRESENTERS
            else Role.ATTENDEE
        )
        collector.add(
            row,
            row.text(header["name"]),
            normalise_email(row.text(header["email"])),
            role,
            row.value(header["joined"]),
            row.value(header["left"]),
            row.value(header["minutes"]),
            bounds=bounds,
        )
    if summary_end is not None:
        collector.note_time(clock.read(summary_end.value(1)))
    return collector.report(ConferenceTool.TEAMS, file_name)


def _sections(rows: list[Row]) -> dict[int, int]:
    """The numbered sections ("1. Summary", "2. Participants"…) and the row each starts on."""
    found: dict[int, int] = {}
    for position, row in enumerate(rows):
        first = row.text(0)
        match = _SECTION.match(first)
        if match is not None and all(not row.text(column) for column in range(1, len(row.cells))):
            found.setdefault(int(match[1]), position)
    return found


def _section_header(
    rows: list[Row],
    start: int | None,
    names: dict[str, tuple[str, ...]],
    positions: dict[str, int],
) -> Header | None:
    """The header row of a section: by its names, else by position when its row is wide enough."""
    if start is None:
        return None
    position = next((p for p in range(start + 1, len(rows)) if not rows[p].blank), None)
    if position is None:
        return None
    by_name = find_header(rows[: position + 1], names, ("name", "joined", "left"), position)
    if by_name is not None:
        return by_name
    if len([cell for cell in rows[position].cells if cell is not None]) <= max(positions.values()):
        return None
    return Header(position, dict(positions))


def _summary_value(rows: list[Row], keys: tuple[str, ...]) -> Row | None:
    """The summary's row for one of `keys` ("End time"…), its value in the second column."""
    for row in rows:
        if header_key(row.value(0)) in keys:
            return row
    return None
