"""The command line, run as a user runs it: a real process on a real file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from command_line import cli, environment, ok

from caprural_desktop.config import database_url, default_database_path
from caprural_desktop.db.database import url_for
from caprural_desktop.db.migrate import open_database
from caprural_desktop.services.sessions import list_sessions

SESSION_KEYS = {
    "id",
    "title",
    "format",
    "capacity",
    "registration_deadline",
    "requires_dues",
    "time_slots",
    "programme",
    "speakers",
}


def session_titles(path: Path) -> list[str]:
    database, _created = open_database(url_for(path))
    try:
        return [row.title for row in list_sessions(database)]
    finally:
        database.dispose()


def test_demo_then_json_listing(database_path: Path) -> None:
    session_id = int(ok(database_path, "demo").strip())

    sessions = json.loads(ok(database_path, "sessions", "--json"))

    assert isinstance(sessions, list) and len(sessions) == 1
    [session] = sessions
    assert SESSION_KEYS <= set(session)
    assert session["id"] == session_id
    assert session["title"] == "Coopérer avec les citoyens pour coproduire de l'action publique"
    assert session["format"] == "web"
    assert session["capacity"] == 20
    assert session["registration_deadline"] == "2020-10-02"
    assert session["requires_dues"] is True
    assert session["time_slots"] == [
        {"date": "2020-10-08", "start": "09:30", "end": "12:00", "tentative": False},
        {"date": "2020-10-08", "start": "13:30", "end": "15:00", "tentative": True},
    ]
    assert len(session["programme"]) == 6
    assert all(isinstance(item, str) for item in session["programme"])
    assert session["programme"][0] == "Innovation démocratique, de quoi parle-t-on ?"
    assert session["speakers"] == [
        "Collectif Démocratie Ouverte",
        "La Régie de Territoire des Deux Rives",
    ]


def test_add_sessions_and_list_them(database_path: Path) -> None:
    first = ok(
        database_path,
        *("sessions", "add", "--title", "Accueillir de nouvelles populations"),
        *("--date", "2027-03-04", "--capacity", "12", "--deadline", "2027-02-25"),
    )
    second = ok(
        database_path,
        *("sessions", "add", "--title", "Visite de terrain à Die"),
        *("--date", "2027-05-06", "--start", "14:00", "--end", "17:30"),
        *("--capacity", "30", "--deadline", "2027-04-30", "--format", "onsite"),
    )
    first_id, second_id = int(first.strip()), int(second.strip())
    assert first_id != second_id

    by_id = {s["id"]: s for s in json.loads(ok(database_path, "sessions", "--json"))}

    assert by_id[first_id]["title"] == "Accueillir de nouvelles populations"
    assert by_id[first_id]["format"] == "web"
    assert by_id[first_id]["capacity"] == 12
    assert by_id[first_id]["registration_deadline"] == "2027-02-25"
    assert by_id[first_id]["time_slots"] == [
        {"date": "2027-03-04", "start": "09:30", "end": "12:00", "tentative": False}
    ]
    assert by_id[first_id]["programme"] == []
    assert by_id[first_id]["speakers"] == []
    assert by_id[second_id]["title"] == "Visite de terrain à Die"
    assert by_id[second_id]["format"] == "onsite"
    assert by_id[second_id]["capacity"] == 30
    assert by_id[second_id]["time_slots"] == [
        {"date": "2027-05-06", "start": "14:00", "end": "17:30", "tentative": False}
    ]

    lines = ok(database_path, "sessions").splitlines()
    assert len(lines) == 2
    assert any("Accueillir de nouvelles populations" in line for line in lines)
    assert any("Visite de terrain à Die" in line and "2027-05-06" in line for line in lines)


def test_the_environment_variable_chooses_the_database(tmp_path: Path) -> None:
    path = tmp_path / "from-env" / "caprural.sqlite3"
    env = environment(CAPRURAL_DATABASE_URL=str(path))

    session_id = int(ok(None, "demo", env=env).strip())

    assert path.is_file()
    database, created = open_database(url_for(path))
    try:
        assert created is False
        assert [row.id for row in list_sessions(database)] == [session_id]
    finally:
        database.dispose()


ADD = ("sessions", "add", "--title", "Accueillir")


@pytest.mark.parametrize(
    "arguments",
    [
        pytest.param(
            ("sessions", "add", "--title", "  ", "--date", "2027-03-04")
            + ("--capacity", "12", "--deadline", "2027-02-25"),
            id="empty-title",
        ),
        pytest.param(
            (*ADD, "--date", "2027-03-04", "--capacity", "-3", "--deadline", "2027-02-25"),
            id="negative-capacity",
        ),
        pytest.param(
            (*ADD, "--date", "2027-03-04", "--capacity", "12", "--deadline", "2027-03-05"),
            id="deadline-after-date",
        ),
        pytest.param(
            (*ADD, "--date", "2027-03-04", "--capacity", "12", "--deadline", "2027-02-25")
            + ("--start", "12:00", "--end", "09:30"),
            id="end-before-start",
        ),
        pytest.param(
            (*ADD, "--date", "2027-13-01", "--capacity", "12", "--deadline", "2027-02-25"),
            id="bad-date",
        ),
        pytest.param(("fly-to-the-moon",), id="unknown-command"),
        pytest.param(
            (*ADD, "--date", "2027-03-04", "--capacity", "99999999999999999999")
            + ("--deadline", "2027-02-25"),
            id="huge-capacity",
        ),
        pytest.param(
            (*ADD, "--date", "20270304", "--capacity", "12", "--deadline", "2027-02-25"),
            id="date-without-dashes",
        ),
        pytest.param(
            (*ADD, "--date", "2027-03-04", "--capacity", "12", "--deadline", "2027-02-25")
            + ("--start", "09:30:45"),
            id="time-with-seconds",
        ),
    ],
)
def test_user_errors_give_one_line_and_status_2(database_path: Path, arguments) -> None:
    result = cli(database_path, *arguments)

    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("caprural-desktop")
    assert result.stdout == ""
    if database_path.exists():
        assert session_titles(database_path) == []


def test_a_file_that_is_not_a_database_is_one_line_and_status_2(tmp_path: Path) -> None:
    path = tmp_path / "participants.csv"
    content = "nom;prénom;courriel\n" + "Martin;Élodie;elodie@exemple.fr\n" * 20
    path.write_text(content, encoding="utf-8")

    result = cli(path, "sessions")

    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert "not a database" in result.stderr
    assert path.read_text(encoding="utf-8") == content


def test_the_option_wins_over_the_environment_variable(tmp_path: Path) -> None:
    option = tmp_path / "option.sqlite3"
    environ = {"CAPRURAL_DATABASE_URL": str(tmp_path / "env.sqlite3")}
    assert database_url(str(option), environ) == url_for(option)
    assert database_url(None, environ) == url_for(tmp_path / "env.sqlite3")
    assert database_url(None, {"CAPRURAL_DATABASE_URL": "sqlite:///:memory:"}) == (
        "sqlite:///:memory:"
    )


def test_without_option_or_variable_the_user_data_folder_is_used() -> None:
    url = database_url(None, {})
    assert url == url_for(default_database_path())
    assert url.endswith("caprural.sqlite3")


@pytest.mark.parametrize("url", ["foo://bar", "postgresql+nodriver://u:p@localhost/x"])
def test_an_unusable_database_address_is_one_line_and_status_2(url: str) -> None:
    result = cli(None, "--database", url, "sessions")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert "cannot be used" in result.stderr
