"""Reading the forms' timestamps, in whatever shape the download wrote them.

A workbook holds real date cells in the spreadsheet's local time. Google Forms'
own CSV writes text with its UTC offset ("2020/09/28 10:15:32 AM UTC+2"); a CSV
saved from a spreadsheet writes local text in the spreadsheet's locale
("28/09/2020 10:15:32", or "9/28/2020 10:15:32 AM" in English). Day and month
order is decided once per file from the values themselves when one of them
cannot be a month, and otherwise assumed French (and shown as a guess).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache

from ..clock import PARIS

_TIMESTAMP = re.compile(
    r"""^\s*
    (?P<a>\d{1,4})[/.\-](?P<b>\d{1,2})[/.\-](?P<c>\d{1,4})   # a date, in some order
    (?:[T\s,]+
       (?P<hour>\d{1,2})[:h](?P<minute>\d{2})(?::(?P<second>\d{2})(?:[.,]\d+)?)?
       \s*(?P<ampm>[AaPp]\.?\s?[Mm]\.?)?
    )?
    \s*(?P<zone>Z|(?:UTC|GMT)?\s*[+\-]\d{1,2}(?::?\d{2})?|UTC|GMT)?
    \s*$""",
    re.VERBOSE,
)
_ZONE = re.compile(r"(?:UTC|GMT)?\s*(?P<sign>[+\-])(?P<hours>\d{1,2})(?::?(?P<minutes>\d{2}))?")


def guess_day_first(texts: Iterable[str]) -> bool | None:
    """True for day/month order, False for month/day; None when the values do not say."""
    for match in _day_or_month_first(texts):
        first, second = int(match["a"]), int(match["b"])
        if first > 12 >= second:
            return True
        if second > 12 >= first:
            return False
    return None


def guess_needed(texts: Iterable[str]) -> bool:
    """Whether any text date puts the day or the month first (not year first)."""
    return any(True for _ in _day_or_month_first(texts))


def _day_or_month_first(texts: Iterable[str]) -> Iterator[re.Match[str]]:
    """The timestamps among the texts that do not put the year first.

    Google's CSV puts it first in every one of its 100,000 texts: those that
    start with four digits are passed over without the full pattern (which
    would find four digits there too).
    """
    for text in texts:
        if text.lstrip()[:4].isdecimal():
            continue
        match = _TIMESTAMP.match(text)
        if match is not None and len(match["a"]) != 4:
            yield match


def parse_timestamp(
    value: object, *, day_first: bool = True, local_zone: tzinfo = PARIS
) -> datetime | None:
    """An aware datetime in UTC, or None when the value is not a timestamp.

    Cells without a zone are in `local_zone` (the spreadsheet's time zone). A value
    beyond what a date can hold (year 9999 in another zone, "GMT+99") is not one.
    """
    try:
        return _parse(value, day_first, local_zone)
    except (ValueError, OverflowError):
        return None


def _parse(value: object, day_first: bool, local_zone: tzinfo) -> datetime | None:
    if isinstance(value, datetime):
        return _aware(value, local_zone)
    if isinstance(value, date):
        return _aware(datetime(value.year, value.month, value.day), local_zone)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _from_serial(float(value), local_zone)
    if not isinstance(value, str):
        return None
    match = _TIMESTAMP.match(value)
    if match is None:
        return None
    moment = _from_match(match, day_first)
    zone = match["zone"]
    return _aware(moment, local_zone if zone is None else _zone(zone))


def _from_match(match: re.Match[str], day_first: bool) -> datetime:
    a, b, c = match["a"], int(match["b"]), match["c"]
    if len(a) == 4:
        year, month, day = int(a), b, int(c)
    else:
        year = int(c) + (2000 if len(c) == 2 else 0)
        day, month = (int(a), b) if day_first else (b, int(a))
    hour = int(match["hour"] or 0)
    ampm = (match["ampm"] or "").replace(".", "").replace(" ", "").upper()
    if ampm == "PM" and hour < 12:
        hour += 12
    elif ampm == "AM" and hour == 12:
        hour = 0
    return datetime(year, month, day, hour, int(match["minute"] or 0), int(match["second"] or 0))


@lru_cache(maxsize=64)
def _zone(text: str) -> tzinfo:
    """The zone written after a time: "Z", "UTC", "GMT+2", "UTC-03:30", "+0100".

    A file writes the same few zones on every row: each is read once.
    """
    match = _ZONE.match(text)
    if match is None:  # "Z", "UTC" or "GMT" alone
        return UTC
    offset = timedelta(hours=int(match["hours"]), minutes=int(match["minutes"] or 0))
    return timezone(-offset if match["sign"] == "-" else offset)


def in_sheet_order(
    moment: datetime, value: object, previous: datetime | None, local_zone: tzinfo = PARIS
) -> datetime:
    """`moment` (read from `value`), or an hour later when it is a local time of the hour
    repeated as summer time ends, first read as the summer one, that would otherwise come
    before the response above it (`previous`): the sheet keeps submission order, so it is
    the winter one. A time written with its zone is what it says."""
    if previous is None or moment >= previous:
        return moment
    if isinstance(value, str):
        match = _TIMESTAMP.match(value)
        if match is not None and match["zone"]:
            return moment
    local = moment.astimezone(local_zone)
    later = local.replace(fold=1).astimezone(UTC)
    return later if local.fold == 0 and previous <= later != moment else moment


def _from_serial(serial: float, local_zone: tzinfo) -> datetime | None:
    """A spreadsheet serial date (days since 30 December 1899), as a re-saved CSV may hold."""
    if not 20000 < serial < 80000:  # 1954 to 2119: anything else is not a timestamp
        return None
    return _aware(datetime(1899, 12, 30) + timedelta(days=serial), local_zone)


def _aware(moment: datetime, zone: tzinfo) -> datetime:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    return moment.astimezone(UTC)
