"""Each tool's participant report, in its real shape, read into connections."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from connection_reports import (
    TEAMS_US,
    US,
    Connection,
    at,
    bigbluebutton_report,
    meet_report,
    teams_attendance_list,
    teams_report,
    webex_report,
    zoom_report,
)

from caprural_desktop.connection_logs.reading import UnusableReportError, read_report
from caprural_desktop.connection_logs.records import Role
from caprural_desktop.connection_logs.times import UNDATED, read_minutes
from caprural_desktop.db.models import ConferenceTool
from caprural_desktop.errors import UserError

DAY = datetime(2020, 10, 8)
SESSION_DATES = [DAY.date()]


def read(path: Path):
    return read_report(path, SESSION_DATES).report


@pytest.mark.parametrize("layout", ["old", "new"])
def test_a_zoom_report_gives_every_connection_its_host_and_skips_the_waiting_room(
    tmp_path: Path, layout: str
) -> None:
    path = zoom_report(
        tmp_path / "participants_81234567890.csv",
        [
            Connection(
                "Équipe Cap Rural", "equipe@caprural.fr", at(DAY, "09:00"), at(DAY, "12:10")
            ),
            Connection(
                "Élodie Dupont",
                "elodie@example.org",
                at(DAY, "09:20"),
                at(DAY, "09:29"),
                waiting_room=True,
            ),
            Connection("Élodie Dupont", "elodie@example.org", at(DAY, "09:29"), at(DAY, "10:40")),
            Connection("Élodie (iPad)", "", at(DAY, "10:35"), at(DAY, "12:00")),
        ],
        layout=layout,
    )
    report = read(path)
    assert report.tool is ConferenceTool.ZOOM
    assert [(line.name, line.role) for line in report.lines] == [
        ("Équipe Cap Rural", Role.ORGANISER),
        ("Élodie Dupont", Role.ATTENDEE),
        ("Élodie (iPad)", Role.ATTENDEE),
    ]
    assert report.lines[1].joined == at(DAY, "09:29")
    assert report.lines[1].left == at(DAY, "10:40")
    assert report.lines[1].line == 7  # as the file shows it: summary, blank, header first
    assert report.known_until == at(DAY, "12:10")


def test_a_zoom_report_of_unique_users_is_refused_with_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "participants.csv"
    path.write_text(
        "Name (Original Name),User Email, Total Durection(Minutes),Guest\n"
        "Élodie Dupont,elodie@example.org,150,No\n",
        encoding="utf-8-sig",
    )
    with pytest.raises(UserError, match="Show unique users"):
        read(path)


def test_teams_2020_events_pair_into_connections_and_an_open_one_stays_open(
    tmp_path: Path,
) -> None:
    path = teams_attendance_list(
        tmp_path / "meetingAttendanceList.csv",
        [
            ("Dupont, Élodie", "Joined before", at(DAY, "09:28")),
            ("Martin, Jean", "Joined", at(DAY, "09:35")),
            ("Dupont, Élodie", "Left", at(DAY, "10:00")),
            ("Dupont, Élodie", "Joined", at(DAY, "10:05")),
            ("Dupont, Élodie", "Left", at(DAY, "11:58")),
        ],
        date_format=TEAMS_US,
    )
    report = read(path)
    assert report.tool is ConferenceTool.TEAMS
    spans = [(line.name, line.joined, line.left) for line in report.lines]
    assert spans == [
        ("Dupont, Élodie", at(DAY, "09:28"), at(DAY, "10:00")),
        ("Martin, Jean", at(DAY, "09:35"), None),  # still connected at the download
        ("Dupont, Élodie", at(DAY, "10:05"), at(DAY, "11:58")),
    ]
    assert report.known_until == at(DAY, "11:58")


@pytest.mark.parametrize("french", [False, True])
def test_a_teams_report_reads_its_activities_section_in_english_or_french(
    tmp_path: Path, french: bool
) -> None:
    path = teams_report(
        tmp_path / "Formation - Attendance report 08-10-20.csv",
        [
            Connection(
                "Équipe Cap Rural",
                "equipe@caprural.fr",
                at(DAY, "09:00"),
                at(DAY, "12:05"),
                role="Organizer",
            ),
            Connection("Dupont, Élodie", "elodie@example.org", at(DAY, "09:30"), at(DAY, "10:00")),
            Connection("Dupont, Élodie", "elodie@example.org", at(DAY, "10:10"), at(DAY, "12:00")),
        ],
        french=french,
    )
    report = read(path)
    assert [(line.email, line.joined, line.left, line.role) for line in report.lines] == [
        ("equipe@caprural.fr", at(DAY, "09:00"), at(DAY, "12:05"), Role.ORGANISER),
        ("elodie@example.org", at(DAY, "09:30"), at(DAY, "10:00"), Role.ATTENDEE),
        ("elodie@example.org", at(DAY, "10:10"), at(DAY, "12:00"), Role.ATTENDEE),
    ]
    assert not any(line.is_bounds for line in report.lines)


def test_a_teams_report_without_activities_gives_bounds(tmp_path: Path) -> None:
    path = teams_report(
        tmp_path / "report.csv",
        [
            Connection("Dupont, Élodie", "elodie@example.org", at(DAY, "09:30"), at(DAY, "10:00")),
            Connection("Dupont, Élodie", "elodie@example.org", at(DAY, "11:00"), at(DAY, "12:00")),
        ],
        activities=False,
    )
    (line,) = read(path).lines
    assert (line.joined, line.left, line.minutes) == (at(DAY, "09:30"), at(DAY, "12:00"), 90)


@pytest.mark.parametrize("xlsx", [False, True])
def test_a_google_meet_report_gives_bounds_without_a_date(tmp_path: Path, xlsx: bool) -> None:
    path = meet_report(
        tmp_path / ("attendance.xlsx" if xlsx else "attendance.csv"),
        [
            ("Élodie", "Dupont", "elodie@example.org", 142, at(DAY, "09:25"), at(DAY, "12:01")),
            ("Jean", "Martin", "", 62, at(DAY, "09:40"), at(DAY, "14:05")),
        ],
        xlsx=xlsx,
    )
    report = read(path)
    assert report.tool is ConferenceTool.MEET
    assert not report.dated
    first, second = report.lines
    assert first.joined == datetime(UNDATED.year, 1, 1, 9, 25)
    assert (first.name, first.minutes) == ("Élodie Dupont", 142)
    assert second.left is not None and second.left.hour == 14
    assert second.minutes == 62


def test_a_bigbluebutton_download_marks_moderators_and_open_connections(
    tmp_path: Path,
) -> None:
    path = bigbluebutton_report(
        tmp_path / "LearningDashboard_Formation_2020-10-08.csv",
        [
            ("Équipe Cap Rural", True, at(DAY, "09:00"), at(DAY, "12:05"), 185),
            ("Élodie Dupont", False, at(DAY, "09:28"), None, 150),
        ],
    )
    report = read(path)
    assert report.tool is ConferenceTool.BIGBLUEBUTTON
    assert [(line.name, line.role, line.left, line.minutes) for line in report.lines] == [
        ("Équipe Cap Rural", Role.PRESENTER, at(DAY, "12:05"), 185),
        ("Élodie Dupont", Role.ATTENDEE, None, 150),
    ]


def test_a_webex_report_unwraps_its_dates(tmp_path: Path) -> None:
    path = webex_report(
        tmp_path / "attendees.csv",
        [Connection("Élodie Dupont", "elodie@example.org", at(DAY, "09:28"), at(DAY, "12:00"))],
    )
    (line,) = read(path).lines
    assert (line.joined, line.left, line.email) == (
        at(DAY, "09:28"),
        at(DAY, "12:00"),
        "elodie@example.org",
    )


def test_day_and_month_order_comes_from_the_session_when_the_values_do_not_say(
    tmp_path: Path,
) -> None:
    """10/08/2020 is 8 October for a session on 8 October, whatever the order."""
    path = zoom_report(
        tmp_path / "z.csv",
        [Connection("Élodie Dupont", "elodie@example.org", at(DAY, "09:30"), at(DAY, "10:00"))],
        date_format=US,
    )
    assert read(path).lines[0].joined == at(DAY, "09:30")
    assert read_report(path, [date(2020, 8, 10)]).report.lines[0].joined.month == 8


def test_the_tool_is_told_by_the_content_not_the_name(tmp_path: Path) -> None:
    path = teams_report(
        tmp_path / "participants_zoom.xlsx",
        [Connection("Élodie Dupont", "elodie@example.org", at(DAY, "09:30"), at(DAY, "10:00"))],
    )
    with pytest.raises(UserError):  # named .xlsx but is text: refused as a workbook
        read(path)
    renamed = path.rename(tmp_path / "zoom.csv")
    assert read(renamed).tool is ConferenceTool.TEAMS


def test_a_file_that_is_no_report_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    path.write_text("Horodateur,Adresse e-mail,Nom\n2020/09/28 10:15:32,a@b.fr,A\n", "utf-8")
    with pytest.raises(UnusableReportError, match="not a participant report"):
        read(path)


def test_a_report_with_no_connection_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_text(
        "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\n", "utf-8"
    )
    with pytest.raises(UnusableReportError, match="no connection"):
        read(path)


def test_a_line_with_an_unreadable_time_is_skipped_with_its_reason(tmp_path: Path) -> None:
    path = tmp_path / "z.csv"
    path.write_text(
        "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\n"
        "Élodie Dupont,elodie@example.org,10/08/2020 09:30:00 AM,10/08/2020 10:00:00 AM,30,No\n"
        "Jean Martin,jean@example.org,quand il a pu,10/08/2020 10:00:00 AM,30,No\n",
        "utf-8",
    )
    report = read(path)
    assert len(report.lines) == 1
    (skipped,) = report.skipped
    assert (skipped.line, skipped.name) == (3, "Jean Martin")
    assert "quand il a pu" in skipped.reason.render()


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("2h 35m 59s", 155 + 59 / 60),
        ("10m 59s", 10 + 59 / 60),
        ("1 hr 2 min", 62),
        ("56 min", 56),
        ("204 mins", 204),
        ("01:01:38", 61 + 38 / 60),
        ("78", 78),
        ("1 h 05 min", 65),
        ("n/a", None),
    ],
)
def test_durations_in_every_tool_s_words(text: str, minutes: float | None) -> None:
    assert read_minutes(text) == (pytest.approx(minutes) if minutes is not None else None)


def test_teams_2020_two_devices_of_one_person_keep_both_connections(tmp_path: Path) -> None:
    path = teams_attendance_list(
        tmp_path / "meetingAttendanceList.csv",
        [
            ("Dupont, Élodie", "Joined", at(DAY, "09:30")),
            ("Dupont, Élodie", "Joined", at(DAY, "09:40")),  # her phone too
            ("Dupont, Élodie", "Left", at(DAY, "09:50")),
            ("Dupont, Élodie", "Left", at(DAY, "12:00")),
            ("Martin, Jean", "Left", at(DAY, "10:00")),  # never seen joining
        ],
    )
    report = read(path)
    assert [(line.joined, line.left) for line in report.lines] == [
        (at(DAY, "09:30"), at(DAY, "09:50")),
        (at(DAY, "09:40"), at(DAY, "12:00")),
    ]
    assert [(skipped.name, skipped.reason.render()) for skipped in report.skipped] == [
        ("Martin, Jean", "a departure without an arrival before it")
    ]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_its_byte_order_mark_is_read(tmp_path: Path, encoding: str) -> None:
    source = teams_report(
        tmp_path / "with-bom.csv",
        [Connection("Élodie Dupont", "elodie@example.org", at(DAY, "09:30"), at(DAY, "12:00"))],
    )
    text = source.read_bytes().decode("utf-16")
    path = tmp_path / "without-bom.csv"
    path.write_bytes(text.encode(encoding))
    assert read(path).lines[0].name == "Élodie Dupont"


def test_a_truncated_utf16_report_is_still_read(tmp_path: Path) -> None:
    path = teams_report(
        tmp_path / "t.csv",
        [Connection("Élodie Dupont", "elodie@example.org", at(DAY, "09:30"), at(DAY, "12:00"))],
    )
    path.write_bytes(path.read_bytes() + b"\x00\xd8\x41")  # a stray half character
    assert read(path).lines[0].email == "elodie@example.org"
