"""`attendance import` on the command line: the JSON contract, dry runs, refusals."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from command_line import ok_json, refused
from connection_reports import Connection, at, meet_report, teams_attendance_list, zoom_report
from web_sessions import DAY, WebSession

from caprural_desktop.db.database import Database
from caprural_desktop.db.models import TimeSlot

PROPOSAL_KEYS = {"email", "slot", "status", "minutes"}


@pytest.fixture
def session_id(database: Database, web_session: WebSession) -> str:
    database.dispose()  # the command line opens the file itself
    return str(web_session.id)


def utc_zoom_report(tmp_path: Path) -> Path:
    utc = DAY.replace(hour=0)
    return zoom_report(
        tmp_path / "participants.csv",
        [
            Connection(
                "Équipe Cap Rural", "equipe@caprural.fr", at(utc, "07:00"), at(utc, "10:05")
            ),
            Connection("Élodie Dupont", "elodie@example.org", at(utc, "07:25"), at(utc, "10:02")),
            Connection("Marie-Hélène R.", "", at(utc, "07:35"), at(utc, "10:00")),
            Connection("Paul Nouveau", "", at(utc, "07:40"), at(utc, "10:00")),
        ],
    )


def attendance(database_url: str, session_id: str) -> dict[str, list]:
    grid = ok_json(database_url, "attendance", "--session", session_id, "--json")
    return {r["email"]: r["attendance"] for r in grid["registrants"]}


def test_a_dry_run_reports_every_key_and_writes_nothing(
    database_url: str, session_id: str, tmp_path: Path
) -> None:
    path = utc_zoom_report(tmp_path)
    report = ok_json(
        database_url,
        "attendance",
        "import",
        str(path),
        "--session",
        session_id,
        "--dry-run",
        "--json",
    )
    assert {"tool", "time_shift", "unmatched", "not_registered", "proposals"} <= set(report)
    assert report["tool"] == "zoom"
    assert report["time_shift"] == 2
    assert report["unmatched"] == [
        {"line": 7, "name": "Marie-Hélène R.", "reason": "probably Marie-Hélène Robert: to confirm"}
    ]
    assert report["not_registered"] == ["Paul Nouveau"]
    assert all(set(p) == PROPOSAL_KEYS for p in report["proposals"])
    assert {(p["email"], p["slot"], p["status"]) for p in report["proposals"]} == {
        ("elodie@example.org", 1, "present"),
        ("jean@example.org", 1, "absent"),
        ("mh.robert@asso.fr", 1, "absent"),
    }
    elodie = next(p for p in report["proposals"] if p["email"] == "elodie@example.org")
    assert elodie["minutes"] == [150, 150]
    assert "written" not in report
    assert attendance(database_url, session_id)["elodie@example.org"] == [None, None]


def test_importing_writes_the_marks_and_a_second_time_changes_nothing(
    database_url: str, session_id: str, tmp_path: Path
) -> None:
    path = utc_zoom_report(tmp_path)
    arguments = ("attendance", "import", str(path), "--session", session_id, "--json")
    first = ok_json(database_url, *arguments)
    assert first["written"] == {"marked": 3, "kept_manual": 0}
    assert attendance(database_url, session_id)["elodie@example.org"] == ["present", None]
    second = ok_json(database_url, *arguments)
    assert second["written"] == {"marked": 0, "kept_manual": 0}


def test_the_threshold_can_be_given(database_url: str, session_id: str, tmp_path: Path) -> None:
    path = teams_attendance_list(
        tmp_path / "meetingAttendanceList.csv",
        [
            ("Martin, Jean", "Joined", at(DAY, "09:30")),
            ("Martin, Jean", "Left", at(DAY, "10:15")),  # 45 of 150 minutes: 30 %
            ("Dupont, Élodie", "Joined", at(DAY, "09:30")),
            ("Dupont, Élodie", "Left", at(DAY, "12:00")),
        ],
    )
    arguments = ("attendance", "import", str(path), "--session", session_id, "--dry-run")
    by_default = ok_json(database_url, *arguments, "--json")
    lower = ok_json(database_url, *arguments, "--threshold", "30", "--json")

    def jean(report: dict) -> str:
        return next(p["status"] for p in report["proposals"] if p["email"] == "jean@example.org")

    assert (by_default["tool"], jean(by_default), jean(lower)) == ("teams", "absent", "present")
    assert "percentage" in refused(database_url, *arguments, "--threshold", "0")


def test_files_that_cannot_be_used_are_refused_with_one_line(
    database_url: str, session_id: str, tmp_path: Path
) -> None:
    text = tmp_path / "compte-rendu.csv"
    text.write_text("Bonjour,\nvoici le compte-rendu.\n", "utf-8")
    message = refused(database_url, "attendance", "import", str(text), "--session", session_id)
    assert "not a participant report" in message
    missing = tmp_path / "absent.csv"
    assert "absent.csv" in refused(
        database_url, "attendance", "import", str(text), str(missing), "--session", session_id
    )
    assert attendance(database_url, session_id)["elodie@example.org"] == [None, None]


def test_the_grid_command_still_needs_a_session(database_url: str, session_id: str) -> None:
    message = refused(database_url, "attendance", "--json")
    assert (
        message == "caprural-desktop: attendance: the following arguments are required: --session"
    )


def test_json_may_be_asked_before_the_sub_command(
    database_url: str, session_id: str, tmp_path: Path
) -> None:
    path = utc_zoom_report(tmp_path)
    report = ok_json(
        database_url,
        "attendance",
        "--json",
        "import",
        str(path),
        "--session",
        session_id,
        "--dry-run",
    )
    assert report["tool"] == "zoom"


def test_a_report_without_dates_on_several_days_asks_for_date(
    database_url: str, database: Database, web_session: WebSession, tmp_path: Path
) -> None:
    with database.write() as session:
        session.add(
            TimeSlot(
                session_id=web_session.id, date=date(2020, 10, 15), start=time(9, 30), end=time(12)
            )
        )
    database.dispose()
    path = meet_report(
        tmp_path / "meet.csv",
        [("Élodie", "Dupont", "elodie@example.org", 150, at(DAY, "09:25"), at(DAY, "12:01"))],
    )
    arguments = ("attendance", "import", str(path), "--session", str(web_session.id), "--json")
    message = refused(database_url, *arguments)
    assert "Give it with --date YYYY-MM-DD: 2020-10-08, 2020-10-15." in message
    report = ok_json(database_url, *arguments, "--date", "2020-10-15")
    assert {p["slot"] for p in report["proposals"]} == {3}
