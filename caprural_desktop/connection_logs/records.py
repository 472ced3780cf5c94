"""What a participant report says, whatever tool wrote it."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ..db.models import ConferenceTool
from ..errors import Message

TOOL_NAMES = {
    ConferenceTool.ZOOM: "Zoom",
    ConferenceTool.TEAMS: "Microsoft Teams",
    ConferenceTool.MEET: "Google Meet",
    ConferenceTool.BIGBLUEBUTTON: "BigBlueButton",
    ConferenceTool.WEBEX: "Webex",
}


class Role(enum.StrEnum):
    ATTENDEE = "attendee"
    #: The meeting's host or organiser: the team's own account, never a registrant.
    ORGANISER = "organiser"
    #: A presenter or moderator, who may be a speaker (or a registrant given the role).
    PRESENTER = "presenter"


@dataclass(frozen=True)
class ReportLine:
    """One participant line, its times on the report's own clock (no time zone).

    A line gives either one connection, from `joined` to `left` (None when the
    person was still connected at the download), or, when `minutes` is set, only
    bounds: the first join, the last leave and the time connected in between.
    """

    line: int
    name: str
    email: str
    role: Role
    joined: datetime
    left: datetime | None
    minutes: float | None = None

    @property
    def is_bounds(self) -> bool:
        return self.minutes is not None


@dataclass(frozen=True)
class SkippedLine:
    """A participant line that could not be used, and why (shown, never dropped silently)."""

    line: int
    name: str
    reason: Message


@dataclass(frozen=True)
class Report:
    tool: ConferenceTool
    file_name: str
    lines: tuple[ReportLine, ...]
    #: Until when the report knows what happened (the meeting's end, or the download).
    known_until: datetime | None
    #: False when the tool wrote times without a date (Google Meet).
    dated: bool = True
    skipped: tuple[SkippedLine, ...] = ()

    @property
    def tool_name(self) -> str:
        return TOOL_NAMES[self.tool]


def stored_lines(report: Report) -> dict[str, Any]:
    """A report's lines as JSON, kept with the evidence and counted by later imports."""
    return {
        "known_until": report.known_until.isoformat() if report.known_until else None,
        "lines": [
            {
                "line": line.line,
                "name": line.name,
                "email": line.email,
                "role": line.role.value,
                "joined": line.joined.isoformat(),
                "left": line.left.isoformat() if line.left else None,
                "minutes": line.minutes,
            }
            for line in report.lines
        ],
    }


def stored_report(tool: ConferenceTool, file_name: str, stored: dict[str, Any]) -> Report:
    """A report read back from `stored_lines`, on the session's clock already."""

    def moment(text: str | None) -> datetime | None:
        return datetime.fromisoformat(text) if text else None

    lines = tuple(
        ReportLine(
            item["line"],
            item["name"],
            item["email"],
            Role(item["role"]),
            datetime.fromisoformat(item["joined"]),
            moment(item["left"]),
            item["minutes"],
        )
        for item in stored.get("lines", [])
    )
    return Report(tool, file_name, lines, moment(stored.get("known_until")))
