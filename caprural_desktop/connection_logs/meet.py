"""Google Meet's attendance report (a Google Sheet, downloaded as .csv or .xlsx).

One row per person: first join, last exit and total duration, so it proves
presence only within bounds. The times usually have no date.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from ..db.models import ConferenceTool
from ..text import normalise_email
from .collecting import Collector, clock_for
from .records import Report, Role
from .table import Row, data_rows, find_header
from .times import UNDATED

COLUMNS = {
    "first_name": ("First name", "Prénom"),
    "last_name": ("Last name", "Nom de famille", "Nom"),
    "name": ("Name", "Full name", "Participant", "Nom complet"),
    "email": ("Email", "E-mail", "Adresse e-mail", "Adresse e-mail du participant"),
    "minutes": ("Duration", "Durée", "Durée de participation"),
    "joined": ("Time joined", "Heure d'arrivée", "Heure de connexion", "Heure de participation"),
    "left": ("Time exited", "Heure de départ", "Heure de sortie", "Heure de déconnexion"),
}


def parse(rows: list[Row], file_name: str, session_dates: Iterable[date]) -> Report | None:
    header = find_header(rows, COLUMNS, ("minutes", "joined", "left"))
    if header is None or (header["name"] is None and header["first_name"] is None):
        return None
    lines = data_rows(rows, header)
    collector = Collector(clock_for(lines, [header["joined"], header["left"]], session_dates))
    for row in lines:
        name = row.person(header)
        collector.add(
            row,
            name,
            normalise_email(row.text(header["email"])),
            Role.ATTENDEE,
            row.value(header["joined"]),
            row.value(header["left"]),
            row.value(header["minutes"]),
            bounds=True,
        )
    dated = any(line.joined.date() != UNDATED for line in collector.lines)
    return collector.report(ConferenceTool.MEET, file_name, dated=dated)
