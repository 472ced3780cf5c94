"""Reading a participant report: the file's kind, encoding and tool, told by its content.

The file name says nothing reliable (users rename downloads), so the text is
decoded from its byte-order mark or by trial (Teams and Webex write UTF-16 with
tabs), a workbook is read as one, and each tool's parser looks for its own
headers wherever they are.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..errors import QT_TRANSLATE_NOOP, UserError, system_reason
from ..spreadsheets.reading import read_workbook
from . import bigbluebutton, meet, teams, webex, zoom
from .records import Report
from .table import Row

#: The order matters: the most specific headers first (Zoom's "Name (Original Name)",
#: BigBlueButton's "Moderator"), Google Meet's plain ones last.
PARSERS = (zoom, bigbluebutton, teams, webex, meet)
MAX_BYTES = 64 << 20


class UnusableReportError(UserError):
    """The file is not a participant report that can be used; nothing was written."""


@dataclass(frozen=True)
class ReadReport:
    """A report with the file it came from, kept as evidence."""

    report: Report
    content: bytes
    sha256: str


def read_report(path: Path, session_dates: Iterable[date]) -> ReadReport:
    dates = list(session_dates)
    try:
        size = path.stat().st_size
    except OSError as error:
        raise UnusableReportError(
            QT_TRANSLATE_NOOP("Messages", "Cannot read {name}: {reason}"),
            name=path.name,
            reason=system_reason(error),
        ) from error
    if size > MAX_BYTES:
        raise UnusableReportError(
            QT_TRANSLATE_NOOP("Messages", "The file {name} is too large for a connection log."),
            name=path.name,
        )
    workbook = read_workbook(path)
    rows = [Row(number, cells) for number, cells in enumerate(workbook.sheet.rows, start=1)]
    for parser in PARSERS:
        report = parser.parse(rows, path.name, dates)
        if report is not None:
            break
    else:
        raise UnusableReportError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{name} is not a participant report of Zoom, Teams, Google Meet, "
                "BigBlueButton or Webex that this version can read.",
            ),
            name=path.name,
        )
    if not report.lines:
        raise UnusableReportError(
            QT_TRANSLATE_NOOP("Messages", "The {tool} report {name} lists no connection."),
            tool=report.tool_name,
            name=path.name,
        )
    content = path.read_bytes()
    return ReadReport(report, content, hashlib.sha256(content).hexdigest())
