"""Timestamps as Google, Excel and LibreOffice write them."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from caprural_desktop.spreadsheets.timestamps import (
    guess_day_first,
    guess_needed,
    in_sheet_order,
    parse_timestamp,
)


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2020/09/28 10:15:32 AM UTC+2", utc(2020, 9, 28, 8, 15, 32)),
        ("2020/09/28 3:15:32 PM GMT+2", utc(2020, 9, 28, 13, 15, 32)),
        ("2020/09/28 12:05:00 AM UTC+2", utc(2020, 9, 27, 22, 5)),
        ("2020/09/28 10:15:32 UTC", utc(2020, 9, 28, 10, 15, 32)),
        ("2020-09-28T10:15:32Z", utc(2020, 9, 28, 10, 15, 32)),
        ("2020-09-28 10:15:32+01:00", utc(2020, 9, 28, 9, 15, 32)),
        ("28/09/2020 10:15:32", utc(2020, 9, 28, 8, 15, 32)),  # Paris summer time
        ("28/12/2020 10:15", utc(2020, 12, 28, 9, 15)),  # Paris winter time
        ("28.09.2020 10h15", utc(2020, 9, 28, 8, 15)),
        ("28/09/20 10:15", utc(2020, 9, 28, 8, 15)),
    ],
)
def test_text_timestamps(text, expected):
    assert parse_timestamp(text) == expected


def test_month_first_when_asked():
    assert parse_timestamp("9/28/2020 10:15:32 PM", day_first=False) == utc(2020, 9, 28, 20, 15, 32)
    assert parse_timestamp("9/28/2020 10:15:32 PM", day_first=True) is None


def test_date_cells_are_in_the_sheet_s_time_zone():
    assert parse_timestamp(datetime(2020, 9, 28, 10, 15)) == utc(2020, 9, 28, 8, 15)
    assert parse_timestamp(date(2020, 9, 28)) == utc(2020, 9, 27, 22, 0)
    assert parse_timestamp(44102.5) == utc(2020, 9, 28, 10, 0)  # a serial date, re-saved CSV


@pytest.mark.parametrize("value", [None, "", "hier", "31/02/2020 10:00", True, 12, "2020"])
def test_what_is_not_a_timestamp(value):
    assert parse_timestamp(value) is None


def test_day_and_month_order_is_guessed_from_the_values():
    assert guess_day_first(["01/10/2020 09:00", "28/09/2020 10:00"]) is True
    assert guess_day_first(["10/1/2020 9:00 AM", "9/28/2020 10:00 AM"]) is False
    assert guess_day_first(["01/02/2020", "2020/09/28 10:00"]) is None


def test_only_dates_with_the_day_or_month_first_need_a_guess():
    google = ["2020/09/28 10:15:32 AM UTC+2", "  2020-10-01 09:00", "20200928"]
    assert guess_needed(google) is False
    assert guess_day_first(google) is None
    assert guess_needed([*google, "01/02/2020"]) is True
    assert guess_day_first([*google, " 28/09/2020 10:00"]) is True
    assert guess_needed(["not a date", "2020/13"]) is False


def test_the_repeated_hour_of_october_follows_the_order_of_the_sheet():
    """25 October 2020, 2:00 to 3:00 in Paris happens twice: 2:45 then 2:15 in a sheet
    kept in submission order is 2:45 summer time, then 2:15 winter time."""
    first, second = datetime(2020, 10, 25, 2, 45), datetime(2020, 10, 25, 2, 15)
    read = [parse_timestamp(value) for value in (first, second)]
    assert read == [
        datetime(2020, 10, 25, 0, 45, tzinfo=UTC),
        datetime(2020, 10, 25, 0, 15, tzinfo=UTC),
    ]
    assert in_sheet_order(read[1], second, read[0]) == datetime(2020, 10, 25, 1, 15, tzinfo=UTC)
    # In order already, outside the repeated hour, or written with its zone: as read.
    assert in_sheet_order(read[0], first, read[1]) == read[0]
    assert in_sheet_order(read[1], second, None) == read[1]
    earlier = parse_timestamp(datetime(2020, 10, 24, 9, 0))
    assert in_sheet_order(earlier, datetime(2020, 10, 24, 9, 0), read[0]) == earlier
    zoned = "2020/10/25 2:15:00 AM UTC+2"
    assert in_sheet_order(parse_timestamp(zoned), zoned, read[0]) == parse_timestamp(zoned)


@pytest.mark.parametrize(
    "value",
    ["2020/09/28 10:15:32 AM +24:00", "28/09/2020 10:15 GMT+99", "9999-12-31 23:59:59 -05:00"],
)
def test_a_time_beyond_what_a_date_holds_is_no_timestamp(value):
    assert parse_timestamp(value) is None
