"""BigBlueButton's learning dashboard, "download session data" (.csv).

One row per person: first join, last leave ("-" while still connected) and the
total of their connections, so it proves presence only within bounds.
Moderators are kept apart from the attendees: the organiser or a speaker.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from ..db.models import ConferenceTool
from ..text import fold
from .collecting import Collector, clock_for
from .records import Report, Role
from .table import Row, data_rows, find_header

COLUMNS = {
    "name": ("Name", "Nom"),
    "moderator": ("Moderator", "Modérateur"),
    "joined": ("Join", "Rejoindre", "Arrivée"),
    "left": ("Left", "Quitté", "Départ"),
    "minutes": ("Duration", "Durée"),
}
ANONYMOUS = ("anonymous", "anonyme")


def parse(rows: list[Row], file_name: str, session_dates: Iterable[date]) -> Report | None:
    header = find_header(rows, COLUMNS, ("name", "moderator", "joined", "left", "minutes"))
    if header is None:
        return None
    lines = [
        row
        for row in data_rows(rows, header)
        if fold(row.text(header["name"])) not in ANONYMOUS or row.text(header["joined"])
    ]
    collector = Collector(clock_for(lines, [header["joined"], header["left"]], session_dates))
    for row in lines:
        moderator = fold(row.text(header["moderator"])) in ("true", "vrai", "oui", "yes")
        collector.add(
            row,
            row.text(header["name"]),
            "",
            Role.PRESENTER if moderator else Role.ATTENDEE,
            row.value(header["joined"]),
            row.value(header["left"]),
            row.value(header["minutes"]),
            bounds=True,
        )
    return collector.report(ConferenceTool.BIGBLUEBUTTON, file_name)
