"""Webex's attendee report (Meetings, Events or Training), tab-separated UTF-16.

One row per connection; dates are wrapped as ="…" so that Excel keeps them as
text. A host or co-host is the organiser.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from ..db.models import ConferenceTool
from ..text import fold, normalise_email
from .collecting import Collector, clock_for
from .records import Report, Role
from .table import Row, data_rows, find_header

COLUMNS = {
    "name": (
        "Name",
        "Display Name",
        "Attendee Name",
        "Nom",
        "Nom d'affichage",
        "Nom du participant",
    ),
    "first_name": ("First Name", "Prénom"),
    "last_name": ("Last Name", "Nom de famille"),
    "email": ("Attendee Email", "Email", "E-mail", "E-mail du participant", "Adresse e-mail"),
    "joined": ("Join Time", "Heure d'arrivée", "Heure de connexion", "Heure d'entrée"),
    "left": ("Leave Time", "Heure de départ", "Heure de déconnexion", "Heure de sortie"),
    "minutes": ("Attendance Duration", "Durée de présence", "Durée de participation"),
    "connection": ("Connection Type", "Type de connexion"),
    "role": ("Role", "Rôle", "Fonction"),
    "end": ("Event End Time", "Meeting End Time", "Heure de fin", "Date de fin de la réunion"),
}
HOSTS = ("host", "cohost", "co-host", "hote", "coanimateur", "organisateur", "animateur")


def parse(rows: list[Row], file_name: str, session_dates: Iterable[date]) -> Report | None:
    header = find_header(rows, COLUMNS, ("joined", "left", "minutes", "connection"))
    if header is None or (header["name"] is None and header["first_name"] is None):
        return None
    lines = data_rows(rows, header)
    collector = Collector(
        clock_for(lines, [header["joined"], header["left"], header["end"]], session_dates)
    )
    for row in lines:
        name = row.person(header)
        is_host = fold(row.text(header["role"])) in HOSTS or fold(name) in HOSTS
        role = Role.ORGANISER if is_host else Role.ATTENDEE
        collector.add(
            row,
            name,
            normalise_email(row.text(header["email"])),
            role,
            row.value(header["joined"]),
            row.value(header["left"]),
        )
        collector.note_time(collector.clock.read(row.value(header["end"])))
    return collector.report(ConferenceTool.WEBEX, file_name)
