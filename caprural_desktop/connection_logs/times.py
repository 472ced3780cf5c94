"""Times as the tools write them, read as Paris wall-clock times without a zone.

Reports carry no time zone (or a wrong one, which `shift.py` detects), and
write dates in the downloader's locale: day and month order is decided once per
report, from the values when one of them cannot be a month, else from the
session's dates. Google Meet writes times without a date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from ..clock import PARIS
from ..spreadsheets.timestamps import guess_day_first, parse_timestamp

#: The day given to times written without a date, until the session's is chosen.
UNDATED = date(2000, 1, 1)

_TIME_ONLY = re.compile(
    r"^\s*(?P<hour>\d{1,2})[:h](?P<minute>\d{2})(?::(?P<second>\d{2}))?"
    r"\s*(?P<ampm>[AaPp]\.?\s?[Mm]\.?)?\s*$"
)
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "janv", "january", "janvier"),
            ("feb", "fev", "february", "fevrier", "févr", "février"),
            ("mar", "march", "mars"),
            ("apr", "avr", "april", "avril"),
            ("may", "mai"),
            ("jun", "june", "juin"),
            ("jul", "juil", "july", "juillet"),
            ("aug", "aout", "août", "august"),
            ("sep", "sept", "september", "septembre"),
            ("oct", "october", "octobre"),
            ("nov", "november", "novembre"),
            ("dec", "déc", "december", "decembre", "décembre"),
        ),
        start=1,
    )
    for name in names
}
_MONTH_NAME = re.compile(
    r"^\s*(?:[^\W\d_]+,?\s+)?"  # a weekday
    r"(?:(?P<day1>\d{1,2})\.?\s+(?P<month1>[^\W\d_]+)\.?|(?P<month2>[^\W\d_]+)\.?\s+(?P<day2>\d{1,2}))"
    r",?\s+(?P<year>\d{4}),?\s+(?:at\s+|à\s+)?(?P<time>.+)$"
)


def clean_text(value: str) -> str:
    """The text of a cell without what spreadsheets add: no-break spaces, ="…" wrappers."""
    text = value.replace("\u202f", " ").replace("\u00a0", " ").strip()
    if text.startswith('="') and text.endswith('"'):
        text = text[2:-1].strip()
    return text


class Clock:
    """Reads one report's times, in the day/month order its values or the session say."""

    def __init__(self, texts: Iterable[str], session_dates: Iterable[date]) -> None:
        texts = [clean_text(text) for text in texts]
        guessed = guess_day_first(texts)
        self.day_first = guessed if guessed is not None else _fits(texts, set(session_dates))

    def read(self, value: object) -> datetime | None:
        """A naive Paris time, on UNDATED when the value has no date; None if unreadable."""
        if isinstance(value, datetime):
            return _wall_clock(value)
        if isinstance(value, time):
            return datetime.combine(UNDATED, value.replace(tzinfo=None))
        if not isinstance(value, str):
            return None
        text = clean_text(value)
        if not text or text == "-":
            return None
        only_time = _TIME_ONLY.match(text)
        if only_time is not None:
            return datetime.combine(UNDATED, _time_of(only_time))
        named = _MONTH_NAME.match(text)
        if named is not None:
            return _from_month_name(named)
        moment = parse_timestamp(text, day_first=self.day_first)
        return None if moment is None else _wall_clock(moment)


def _fits(texts: list[str], session_dates: set[date]) -> bool:
    """Day first unless month first alone puts the values on the session's days."""
    if not session_dates:
        return True

    def hits(day_first: bool) -> int:
        moments = (parse_timestamp(text, day_first=day_first) for text in texts[:200])
        return sum(
            moment is not None and moment.astimezone(PARIS).date() in session_dates
            for moment in moments
        )

    return hits(True) >= hits(False)


def _wall_clock(moment: datetime) -> datetime:
    if moment.tzinfo is not None:
        moment = moment.astimezone(PARIS).replace(tzinfo=None)
    return moment


def _time_of(match: re.Match[str]) -> time:
    hour = int(match["hour"])
    ampm = (match["ampm"] or "").replace(".", "").replace(" ", "").upper()
    if ampm == "PM" and hour < 12:
        hour += 12
    elif ampm == "AM" and hour == 12:
        hour = 0
    return time(hour, int(match["minute"]), int(match["second"] or 0))


def _from_month_name(match: re.Match[str]) -> datetime | None:
    month = _MONTHS.get((match["month1"] or match["month2"]).casefold())
    clock = _TIME_ONLY.match(match["time"])
    if month is None or clock is None:
        return None
    day = int(match["day1"] or match["day2"])
    try:
        return datetime.combine(date(int(match["year"]), month, day), _time_of(clock))
    except ValueError:
        return None


_DURATION_PART = re.compile(
    r"(?P<number>\d+(?:[.,]\d+)?)\s*(?P<unit>h|hr|hrs|hours?|heures?|m|mn|min|mins|minutes?|"
    r"s|sec|secs|seconds?|secondes?)\b",
    re.IGNORECASE,
)
_CLOCK_DURATION = re.compile(r"^\s*(\d+):(\d{2})(?::(\d{2}))?\s*$")


def read_minutes(value: object) -> float | None:
    """A duration in minutes: "2h 35m 59s", "1 hr 2 min", "204 mins", "01:01:38", 78."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, timedelta):
        return value.total_seconds() / 60
    if isinstance(value, time):
        return value.hour * 60 + value.minute + value.second / 60
    if not isinstance(value, str):
        return None
    text = clean_text(value)
    if re.fullmatch(r"\d+(?:[.,]\d+)?", text):
        return float(text.replace(",", "."))
    clock = _CLOCK_DURATION.match(text)
    if clock is not None:
        hours, minutes, seconds = int(clock[1]), int(clock[2]), int(clock[3] or 0)
        return hours * 60 + minutes + seconds / 60
    total, found = 0.0, False
    for part in _DURATION_PART.finditer(text):
        number = float(part["number"].replace(",", "."))
        unit = part["unit"].casefold()
        found = True
        if unit.startswith("h"):
            total += number * 60
        elif unit.startswith("s"):
            total += number / 60
        else:
            total += number
    return total if found else None
