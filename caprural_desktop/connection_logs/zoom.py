"""Zoom's participants report (Reports › Usage › Participants), older and newer layouts.

One row per connection. With "export with meeting data", a summary comes first:
its host is the organiser (an e-mail, or "Name (e-mail)") and its end time is
when the report stops knowing. Rows spent in the waiting room never count.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from ..db.models import ConferenceTool
from ..errors import QT_TRANSLATE_NOOP, UserError
from ..text import fold, normalise_email
from .collecting import Collector, clock_for
from .records import Report, Role
from .table import Header, Row, data_rows, find_header

PARTICIPANTS = {
    "name": ("Name (Original Name)", "Nom (nom d'origine)", "Nom (nom original)"),
    "email": ("User Email", "Email", "E-mail", "Adresse e-mail", "E-mail de l'utilisateur"),
    "joined": ("Join Time", "Heure d'arrivée", "Heure de connexion", "Heure d'entrée"),
    "left": ("Leave Time", "Heure de départ", "Heure de déconnexion", "Heure de sortie"),
    "minutes": ("Duration (Minutes)", "Durée (minutes)"),
    "total": ("Total Duration (Minutes)", "Total Durection(Minutes)", "Durée totale (minutes)"),
    "waiting_room": ("In Waiting Room", "Dans la salle d'attente"),
}
SUMMARY = {
    "host_email": ("User Email", "E-mail de l'utilisateur"),
    "host": ("Host", "Hôte", "Organisateur"),
    "end": ("End Time", "Heure de fin"),
    "topic": ("Topic", "Sujet", "Meeting ID", "ID", "ID de réunion"),
}
_HOST = re.compile(r"^(?P<name>.*?)\s*\((?P<email>[^()\s]+@[^()\s]+)\)\s*$")
YES = ("yes", "oui", "true", "vrai")


def parse(rows: list[Row], file_name: str, session_dates: Iterable[date]) -> Report | None:
    header = find_header(rows, PARTICIPANTS, ("name",))
    if header is None:
        return None
    if header["joined"] is None or header["left"] is None:
        if header["total"] is not None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The Zoom report {name} gives only each person's total time: export it "
                    "again without ticking “Show unique users”, so that it gives every "
                    "connection.",
                ),
                name=file_name,
            )
        return None
    lines = data_rows(rows, header)
    summary = find_header(rows[: header.position], SUMMARY, ("topic",))
    summary_values = rows[summary.position + 1] if summary is not None else None
    clock = clock_for(
        [*lines, *([summary_values] if summary_values else [])],
        [header["joined"], header["left"], summary and summary["end"]],
        session_dates,
    )
    host_email, host_name = _host(summary_values, summary)
    collector = Collector(clock)
    for row in lines:
        if fold(row.text(header["waiting_room"])) in YES:
            continue
        name = row.text(header["name"])
        email = normalise_email(row.text(header["email"]))
        is_host = (host_email and email == host_email) or (
            host_name and fold(name) == fold(host_name)
        )
        role = Role.ORGANISER if is_host else Role.ATTENDEE
        collector.add(
            row, name, email, role, row.value(header["joined"]), row.value(header["left"])
        )
    if summary is not None and summary_values is not None:
        collector.note_time(clock.read(summary_values.value(summary["end"])))
    return collector.report(ConferenceTool.ZOOM, file_name)


def _host(values: Row | None, summary: Header | None) -> tuple[str, str]:
    """The host's e-mail and name, from the summary: "host@x.org", or "Name (host@x.org)"."""
    if values is None or summary is None:
        return "", ""
    email = normalise_email(values.text(summary["host_email"]))
    host = values.text(summary["host"])
    match = _HOST.match(host)
    if match is not None:
        return normalise_email(match["email"]) or email, match["name"]
    return email, host
