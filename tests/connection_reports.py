"""Participant reports written in each web-conference tool's real shape.

Encodings, separators, preambles and sections as the tools write them: Zoom's
UTF-8 CSV with its meeting summary, Teams' UTF-16 tab-separated files, Meet's
dateless sheet, BigBlueButton's quoted CSV, Webex's ="…" wrapped dates.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from openpyxl import Workbook

US = "%m/%d/%Y %I:%M:%S %p"
TEAMS_UK = "%d/%m/%y, %H:%M:%S"
TEAMS_US = "%m/%d/%y, %I:%M:%S %p"
BBB_FR = "%d/%m/%Y %H:%M:%S"
WEBEX = "%Y-%m-%d %H:%M:%S"


@dataclass(frozen=True)
class Connection:
    name: str
    email: str
    joined: datetime
    left: datetime | None
    role: str = "Attendee"
    waiting_room: bool = False


def at(day: datetime, text: str) -> datetime:
    hours, minutes = map(int, text.split(":"))
    return day.replace(hour=hours, minute=minutes, second=0)


def _minutes(joined: datetime, left: datetime | None) -> int:
    return 0 if left is None else -(-int((left - joined).total_seconds()) // 60)


def _csv_cell(text: str) -> str:
    return f'"{text}"' if any(c in text for c in ',"\n') else text


def zoom_report(
    path: Path,
    connections: Sequence[Connection],
    *,
    host: tuple[str, str] = ("Équipe Cap Rural", "equipe@caprural.fr"),
    layout: str = "old",
    date_format: str = US,
    summary: bool = True,
) -> Path:
    """Zoom's participants report; "old" (Title Case, host e-mail) or "new" layout."""
    start = min(c.joined for c in connections)
    end = max(c.left or c.joined for c in connections)
    lines = []
    if layout == "old":
        if summary:
            lines += [
                "Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants,",
                f"812 3456 7890,Formation Cap Rural,{start:{date_format}},{end:{date_format}},"
                f"{host[1]},{_minutes(start, end)},{len(connections)},",
                "",
            ]
        lines.append(
            "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest,"
            "Recording Consent,In Waiting Room"
        )
    else:
        if summary:
            lines += [
                "Topic,ID,Host,Duration (minutes),Start time,End time,Participants",
                f"Formation Cap Rural,81234567890,{host[0]} ({host[1]}),{_minutes(start, end)},"
                f'"{start:{date_format}}","{end:{date_format}}",{len(connections)}',
                "",
            ]
        lines.append(
            "Name (original name),Email,Join time,Leave time,Duration (minutes),Guest,"
            "Recording disclaimer response,In waiting room"
        )
    for c in connections:
        left = "" if c.left is None else f"{c.left:{date_format}}"
        guest = "No" if c.email else "Yes"
        waiting = "Yes" if c.waiting_room else "No"
        consent = "Y" if layout == "old" else "OK"
        lines.append(
            f"{_csv_cell(c.name)},{c.email},{c.joined:{date_format}},{left},"
            f"{_minutes(c.joined, c.left)},{guest},{consent},{waiting}"
        )
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8-sig"))
    return path


def teams_attendance_list(
    path: Path, events: Sequence[tuple[str, str, datetime]], date_format: str = TEAMS_US
) -> Path:
    """Teams' 2020 list of join and leave events, downloaded during the meeting."""
    lines = ["Full Name\tUser Action\tTimestamp"]
    lines += [f"{name}\t{action}\t{moment:{date_format}}" for name, action, moment in events]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-16"))
    return path


def teams_report(
    path: Path,
    connections: Sequence[Connection],
    *,
    date_format: str = TEAMS_UK,
    activities: bool = True,
    french: bool = False,
) -> Path:
    """Teams' attendance report: summary, participants, in-meeting activities."""
    start = min(c.joined for c in connections)
    end = max(c.left or c.joined for c in connections)
    people: dict[str, list[Connection]] = {}
    for c in connections:
        people.setdefault(c.name, []).append(c)
    titles = (
        ("1. Résumé", "Titre de la réunion", "Heure de début", "Heure de fin")
        if french
        else ("1. Summary", "Meeting title", "Start time", "End time")
    )
    lines = [
        titles[0],
        f"{titles[1]}\tFormation Cap Rural",
        "Attended participants\t" + str(len(people)),
        f"{titles[2]}\t{start:{date_format}}",
        f"{titles[3]}\t{end:{date_format}}",
        f"Meeting duration\t{_duration(end - start)}",
        "",
        "2. Participants",
        (
            "Nom\tPremière arrivée\tDernier départ\tDurée de la réunion\tE-mail\t"
            "ID du participant (UPN)\tRôle"
            if french
            else "Name\tFirst join\tLast leave\tIn-meeting duration\tEmail\t"
            "Participant ID (UPN)\tRole"
        ),
    ]
    for name, rows in people.items():
        first = min(c.joined for c in rows)
        last = max(c.left or c.joined for c in rows)
        total = sum(((c.left or c.joined) - c.joined for c in rows), timedelta())
        lines.append(
            f"{name}\t{first:{date_format}}\t{last:{date_format}}\t{_duration(total)}\t"
            f"{rows[0].email}\t{rows[0].email}\t{rows[0].role}"
        )
    if activities:
        lines += [
            "",
            "3. Activités de la réunion" if french else "3. In-Meeting activities",
            "Nom\tHeure d'arrivée\tHeure de départ\tDurée\tE-mail\tRôle"
            if french
            else "Name\tJoin time\tLeave time\tDuration\tEmail\tRole",
        ]
        for c in connections:
            left = "" if c.left is None else f"{c.left:{date_format}}"
            duration = _duration((c.left or c.joined) - c.joined)
            lines.append(
                f"{c.name}\t{c.joined:{date_format}}\t{left}\t{duration}\t{c.email}\t{c.role}"
            )
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-16"))
    return path


def _duration(delta: timedelta) -> str:
    seconds = int(delta.total_seconds())
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    parts = [f"{hours}h"] if hours else []
    if minutes:
        parts.append(f"{minutes}m")
    if seconds or not parts:
        parts.append(f"{seconds}s")
    return " ".join(parts)


def meet_report(
    path: Path,
    rows: Sequence[tuple[str, str, str, int, datetime, datetime]],
    *,
    xlsx: bool = False,
) -> Path:
    """Google Meet's attendance sheet: first name, last name, e-mail, duration, and
    the first join and last exit as times without a date."""
    header = ["First name", "Last name", "Email", "Duration", "Time joined", "Time exited"]

    def clock(moment: datetime) -> str:
        return moment.strftime("%I:%M %p").lstrip("0").replace(" ", "\u202f")

    def duration(minutes: int) -> str:
        hours, rest = divmod(minutes, 60)
        return f"{hours} hr {rest} min" if hours else f"{rest} min"

    values = [
        [first, last, email, duration(minutes), clock(joined), clock(exited)]
        for first, last, email, minutes, joined, exited in rows
    ]
    if xlsx:
        book = Workbook()
        sheet = book.active
        sheet.title = "abc-defg-hij - Attendance"
        sheet.append(header)
        for row in values:
            sheet.append(row)
        book.save(path)
        return path
    lines = [",".join(header)] + [",".join(_csv_cell(v) for v in row) for row in values]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def bigbluebutton_report(
    path: Path,
    rows: Sequence[tuple[str, bool, datetime, datetime | None, int]],
    *,
    date_format: str = BBB_FR,
) -> Path:
    """The learning dashboard's download: every value quoted, "-" while still connected,
    an "Anonymous" row at the end."""
    header = (
        "Name,Moderator,Activity Score,Talk Time,Webcam Time,Messages,Reactions,"
        "Poll Votes,Raise Hands,Join,Left,Duration"
    )
    lines = [header]
    for name, moderator, joined, left, minutes in rows:
        hours, rest = divmod(minutes, 60)
        values = [
            name,
            "TRUE" if moderator else "FALSE",
            "2",
            "00:01:10",
            "-",
            "1",
            "0",
            "1",
            "0",
            f"{joined:{date_format}}",
            "-" if left is None else f"{left:{date_format}}",
            f"{hours:02d}:{rest:02d}:00",
        ]
        lines.append(",".join(f'"{value}"' for value in values))
    lines.append(",".join(['"Anonymous"'] + ['""'] * 11))
    path.write_bytes(("\r\n".join(lines)).encode("utf-8"))
    return path


def webex_report(path: Path, connections: Sequence[Connection]) -> Path:
    """Webex's attendee report: UTF-16, tabs, dates wrapped as ="…" for Excel."""
    start = min(c.joined for c in connections)
    end = max(c.left or c.joined for c in connections)

    def wrapped(moment: datetime) -> str:
        return f'"=""{moment:{WEBEX}}"""'

    lines = [
        "Event Name\tEvent Start Time\tEvent End Time\tName\tAttendee Email\tJoin Time\t"
        "Leave Time\tAttendance Duration\tConnection Type"
    ]
    for c in connections:
        assert c.left is not None
        lines.append(
            f"Formation\t{wrapped(start)}\t{wrapped(end)}\t{c.name}\t{c.email}\t"
            f"{wrapped(c.joined)}\t{wrapped(c.left)}\t{_minutes(c.joined, c.left)} mins\tDesktop"
        )
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-16"))
    return path
