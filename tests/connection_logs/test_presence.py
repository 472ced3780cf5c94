"""Presence per half-day from connection intervals, never from a duration column."""

from __future__ import annotations

from datetime import datetime, timedelta

from connection_reports import at

from caprural_desktop.connection_logs.presence import Presence, Verdict, presence
from caprural_desktop.connection_logs.records import ReportLine, Role
from caprural_desktop.connection_logs.shift import Clock, best_shift

DAY = datetime(2020, 10, 8)
MORNING = (at(DAY, "09:30"), at(DAY, "12:00"))  # 150 minutes
AFTERNOON = (at(DAY, "14:00"), at(DAY, "16:30"))


def line(joined: str, left: str | None, minutes: float | None = None) -> ReportLine:
    return ReportLine(
        1, "Élodie", "", Role.ATTENDEE, at(DAY, joined), left and at(DAY, left), minutes
    )


def of(*lines: ReportLine, known_until: str | None = None, slot=MORNING) -> Presence:
    known = at(DAY, known_until) if known_until else None
    return presence([(item, known) for item in lines], *slot)


def test_two_devices_at_once_count_once() -> None:
    assert of(line("09:30", "11:00"), line("10:00", "11:30")) == Presence(120, 120)


def test_reconnections_add_up_and_the_gap_does_not_count() -> None:
    assert of(line("09:30", "10:00"), line("10:15", "12:00")) == Presence(135, 135)


def test_before_the_start_after_the_end_and_lunch_never_count() -> None:
    whole_day = line("08:45", "17:30")
    assert of(whole_day) == Presence(150, 150)
    assert of(whole_day, slot=AFTERNOON) == Presence(150, 150)
    assert of(line("12:00", "14:00")) == Presence(0, 0)


def test_the_threshold_decides_exactly_known_presence() -> None:
    assert of(line("09:30", "10:45")).verdict(75) is Verdict.PRESENT  # 75 of 150
    assert of(line("09:30", "10:44")).verdict(75) is Verdict.ABSENT


def test_a_connection_still_open_at_the_download_is_known_until_then_only() -> None:
    found = of(line("09:30", None), known_until="10:00")
    assert found == Presence(30, 150)
    assert found.verdict(75) is Verdict.TO_CHECK
    assert of(line("09:30", None), known_until="11:30").verdict(75) is Verdict.PRESENT


def test_bounds_give_the_least_and_most_inside_the_half_day() -> None:
    """Meet: first join 9:00, last exit 13:00, 120 minutes somewhere in between."""
    found = of(line("09:00", "13:00", minutes=120))
    assert found == Presence(30, 120)  # 90 minutes may lie outside 9:30–12:00
    assert found.verdict(75) is Verdict.TO_CHECK
    assert of(line("09:25", "12:05", minutes=150)).verdict(75) is Verdict.PRESENT
    assert of(line("09:25", "12:05", minutes=40)).verdict(75) is Verdict.ABSENT


def test_a_report_on_utc_is_shifted_by_whole_hours_only_when_that_fits_clearly() -> None:
    utc = [(at(DAY, "07:25"), at(DAY, "10:01")), (at(DAY, "07:40"), at(DAY, "09:58"))]
    assert best_shift(utc, [MORNING, AFTERNOON])[0].hours == 2
    on_time = [(at(DAY, "09:25"), at(DAY, "12:01")), (at(DAY, "09:10"), at(DAY, "11:00"))]
    assert best_shift(on_time, [MORNING, AFTERNOON])[0] == Clock(0)


def test_a_clock_an_hour_behind_all_year_is_not_taken_for_utc() -> None:
    """London's clock over the March change: one hour behind Paris on both days, which is
    also Paris's offset from UTC on the first day; read as UTC the second would move."""
    slots = [
        (datetime(2021, 3, 26, 9, 30), datetime(2021, 3, 26, 12)),
        (datetime(2021, 3, 29, 9, 30), datetime(2021, 3, 29, 12)),
    ]
    spans = [(start - timedelta(hours=1), end - timedelta(hours=1)) for start, end in slots]
    clock, fitted = best_shift(spans, slots)
    assert clock == Clock(1) and fitted == 1.0
    assert [clock.move(start) for start, _ in spans] == [start for start, _ in slots]


def test_the_threshold_compares_the_exact_minutes_not_the_rounded_ones() -> None:
    found = of(line("09:30", None), known_until=None, slot=MORNING)
    assert found.verdict(1) is Verdict.TO_CHECK
    almost = presence(
        [
            (
                ReportLine(
                    1, "É", "", Role.ATTENDEE, at(DAY, "09:30"), at(DAY, "10:44").replace(second=30)
                ),
                None,
            )
        ],
        *MORNING,
    )
    assert almost.low == 74  # shown rounded…
    assert almost.verdict(75) is Verdict.ABSENT  # …but 74.5 minutes are not 75
