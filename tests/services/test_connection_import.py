"""Attendance from connection logs: identities, proposals, what is written and undone."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest
from connection_reports import (
    US,
    Connection,
    at,
    meet_report,
    teams_attendance_list,
    teams_report,
    zoom_report,
)
from sqlalchemy import func, select
from web_sessions import DAY, WebSession, make_web_session

from caprural_desktop.connection_logs.presence import Verdict
from caprural_desktop.db.database import Database
from caprural_desktop.db.models import (
    AttendanceStatus,
    ConferenceTool,
    ConnectionFile,
    ConnectionName,
    Person,
    Registration,
    RegistrationStatus,
    TimeSlot,
)
from caprural_desktop.errors import UserError
from caprural_desktop.services.attendance import attendance_grid, mark
from caprural_desktop.services.connection_apply import (
    add_walk_ins,
    apply_connection_import,
    evidence_content,
    session_evidence,
    undo_last_connection_import,
)
from caprural_desktop.services.connection_plan import ConnectionPlan, plan_connection_import
from caprural_desktop.services.sessions import SessionDraft, TimeSlotData, create_session

PRESENT, ABSENT, EXCUSED = AttendanceStatus
ELODIE, MH, JEAN, ZOE = (
    "elodie@example.org",
    "mh.robert@asso.fr",
    "jean@example.org",
    "zoe@example.org",
)


def morning(tmp_path: Path, *extra: Connection, name: str = "z.csv", **options) -> Path:
    """A Zoom report of the morning: Élodie all along, Jean half an hour, the team as host."""
    return zoom_report(
        tmp_path / name,
        [
            Connection(
                "Équipe Cap Rural", "equipe@caprural.fr", at(DAY, "09:00"), at(DAY, "12:10")
            ),
            Connection("Élodie Dupont", ELODIE, at(DAY, "09:25"), at(DAY, "12:02")),
            Connection("Jean Martin (Invité)", "", at(DAY, "09:40"), at(DAY, "10:10")),
            *extra,
        ],
        **options,
    )


def add_morning(database: Database, session_id: int, day: date) -> None:
    """One more half-day, 9h30 to 12h, for a session of several days."""
    with database.write() as db_session:
        db_session.add(TimeSlot(session_id=session_id, date=day, start=time(9, 30), end=time(12)))


def verdicts(plan: ConnectionPlan) -> dict[tuple[str, int], tuple[str, list[int]]]:
    return {
        (p.email, p.slot.number): (p.verdict.value, [p.presence.low, p.presence.high])
        for p in plan.proposals
    }


def marks(database: Database, session_id: int) -> dict[str, tuple]:
    grid = attendance_grid(database, session_id)
    return {line.email: line.marks for line in grid.lines}


def test_registrants_are_known_by_email_then_exact_name_and_the_host_is_kept_apart(
    database: Database, web_session: WebSession, tmp_path: Path
) -> None:
    plan = plan_connection_import(database, web_session.id, [morning(tmp_path)])
    assert plan.tool == "zoom"
    assert [slot.number for slot in plan.slots] == [1]  # the afternoon is not covered
    assert verdicts(plan) == {
        (ELODIE, 1): ("present", [150, 150]),
        (JEAN, 1): ("absent", [30, 30]),
        (MH, 1): ("absent", [0, 0]),  # confirmed, never connected
    }
    assert plan.staff == ("Équipe Cap Rural",)
    assert plan.unmatched == () and plan.not_registered == ()


def test_a_dry_plan_writes_nothing(
    database: Database, web_session: WebSession, tmp_path: Path
) -> None:
    plan_connection_import(database, web_session.id, [morning(tmp_path)])
    assert all(mark is None for line in marks(database, web_session.id).values() for mark in line)
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(ConnectionFile)) == 0


def test_applying_marks_the_covered_half_day_and_keeps_the_file_as_evidence(
    database: Database, web_session: WebSession, tmp_path: Path
) -> None:
    path = morning(tmp_path)
    applied = apply_connection_import(
        database, plan_connection_import(database, web_session.id, [path])
    )
    assert applied.marked == 3
    assert marks(database, web_session.id) == {
        ELODIE: (PRESENT, None),
        JEAN: (ABSENT, None),
        MH: (ABSENT, None),
        ZOE: (None, None),
    }
    grid = attendance_grid(database, web_session.id)
    elodie = next(line for line in grid.lines if line.email == ELODIE)
    proof = elodie.log_evidence(0)
    assert proof is not None
    assert (proof.tool, proof.minutes_low) == (ConferenceTool.ZOOM, 150)
    (evidence,) = session_evidence(database, web_session.id)
    assert evidence.file_name == "z.csv"
    assert evidence_content(database, evidence.id) == path.read_bytes()


def test_the_same_file_twice_changes_nothing(
    database: Database, web_session: WebSession, tmp_path: Path
) -> None:
    path = morning(tmp_path)
    apply_connection_import(database, plan_connection_import(database, web_session.id, [path]))
    again = plan_connection_import(database, web_session.id, [path])
    assert again.all_imported
    applied = apply_connection_import(database, again)
    assert applied.import_id is None and applied.marked == 0
    assert len(session_evidence(database, web_session.id)) == 1


def test_manual_marks_win_and_survive_a_reimport(
    database: Database, web_session: WebSession, tmp_path: Path
) -> None:
    slot = attendance_grid(database, web_session.id).slots[0]
    mark(database, web_session.registrations[JEAN], slot.id, EXCUSED)
    plan = plan_connection_import(database, web_session.id, [morning(tmp_path)])
    jean = plan.proposal(web_session.registrations[JEAN], slot.id)
    assert jean is not None and jean.manual and jean.current is EXCUSED
    applied = apply_connection_import(database, plan)
    assert applied.kept_manual == 1
    assert marks(database, web_session.id)[JEAN][0] is EXCUSED
    # A coordinator who corrects a log's mark makes it theirs.
    mark(database, web_session.registrations[ELODIE], slot.id, ABSENT)
    later = morning(tmp_path, name="z2.csv", date_format="%m/%d/%Y %H:%M:%S")
    apply_connection_import(database, plan_connection_import(database, web_session.id, [later]))
    assert marks(database, web_session.id)[ELODIE][0] is ABSENT
    assert marks(database, web_session.id)[JEAN][0] is EXCUSED


def test_an_import_can_be_undone_leaving_later_manual_marks(
    database: Database, web_session: WebSession, tmp_path: Path
) -> None:
    slot = attendance_grid(database, web_session.id).slots[0]
    mark(database, web_session.registrations[MH], slot.id, EXCUSED)
    apply_connection_import(
        database, plan_connection_import(database, web_session.id, [morning(tmp_path)])
    )
    mark(database, web_session.registrations[JEAN], slot.id, PRESENT)  # after the import
    assert undo_last_connection_import(database, web_session.id) == 1  # Élodie's only
    assert marks(database, web_session.id) == {
        ELODIE: (None, None),
        JEAN: (PRESENT, None),
        MH: (EXCUSED, None),
        ZOE: (None, None),
    }
    assert session_evidence(database, web_session.id) == []
    with pytest.raises(UserError, match="No connection log"):
        undo_last_connection_import(database, web_session.id)


def test_doubtful_names_are_proposed_never_confirmed(
    database: Database, web_session: WebSession, tmp_path: Path
) -> None:
    path = morning(
        tmp_path,
        Connection("Marie-Hélène R.", "", at(DAY, "09:35"), at(DAY, "12:00")),
        Connection("06 12 34 56 78", "", at(DAY, "09:31"), at(DAY, "09:35")),
        Connection("iPad", "", at(DAY, "10:00"), at(DAY, "10:30")),
    )
    plan = plan_connection_import(database, web_session.id, [path])
    found = {u.name: (u.candidates, u.reason.render()) for u in plan.unmatched}
    mh = web_session.registrations[MH]
    assert found["Marie-Hélène R."] == ((mh,), "probably Marie-Hélène Robert: to confirm")
    assert found["06 12 34 56 78"][0] == (mh,)
    assert found["iPad"] == ((), "no registrant looks like this name")
    assert verdicts(plan)[(MH, 1)] == ("absent", [0, 0])  # nothing until confirmed


def test_a_confirmed_pairing_counts_now_and_is_remembered_for_the_next_session(
    database: Database, web_session: WebSession, tmp_path: Path
) -> None:
    path = morning(tmp_path, Connection("Marie-Hélène R.", "", at(DAY, "09:35"), at(DAY, "12:00")))
    plan = plan_connection_import(database, web_session.id, [path])
    (doubt,) = plan.unmatched
    with database.read() as session:
        person = session.scalar(select(Person.id).where(Person.email == MH))
    confirmed = plan_connection_import(
        database, web_session.id, [path], pairings={doubt.pairing_key: person}
    )
    assert confirmed.unmatched == ()
    assert verdicts(confirmed)[(MH, 1)] == ("present", [145, 145])
    apply_connection_import(database, confirmed)
    with database.read() as session:
        assert session.scalar(select(ConnectionName.person_id)) == person

    other = create_session(
        database,
        SessionDraft(
            title="Suite",
            time_slots=(
                TimeSlotData(
                    date(2020, 11, 5),
                    datetime.min.time().replace(hour=9),
                    datetime.min.time().replace(hour=12),
                ),
            ),
        ),
    )
    with database.write() as session:
        session.add(
            Registration(
                session_id=other, person_id=person, status=RegistrationStatus.CONFIRMED, answers={}
            )
        )
    next_day = datetime(2020, 11, 5)
    later = zoom_report(
        tmp_path / "next.csv",
        [Connection("Marie-Hélène R.", "", at(next_day, "09:00"), at(next_day, "12:00"))],
    )
    plan = plan_connection_import(database, other, [later])
    assert plan.unmatched == ()
    assert verdicts(plan)[(MH, 1)] == ("present", [180, 180])


def test_people_who_attended_without_registering_are_listed_and_can_be_added(
    database: Database, web_session: WebSession, tmp_path: Path
) -> None:
    path = morning(
        tmp_path, Connection("Paul Nouveau", "paul@example.org", at(DAY, "09:30"), at(DAY, "12:00"))
    )
    plan = plan_connection_import(database, web_session.id, [path])
    (walk_in,) = plan.not_registered
    assert (walk_in.name, walk_in.email) == ("Paul Nouveau", "paul@example.org")
    (added,) = add_walk_ins(database, web_session.id, [(walk_in.name, walk_in.email)])
    with database.read() as session:
        registration = session.get(Registration, added)
        assert registration.status is RegistrationStatus.CONFIRMED
        assert (registration.person.first_name, registration.person.last_name) == (
            "Paul",
            "Nouveau",
        )
    replanned = plan_connection_import(database, web_session.id, [path])
    assert replanned.not_registered == ()
    assert verdicts(replanned)[("paul@example.org", 1)] == ("present", [150, 150])
    with pytest.raises(UserError, match="valid e-mail"):
        add_walk_ins(database, web_session.id, [("Sans Adresse", "")])


def test_the_speakers_and_the_organiser_are_kept_apart(
    database: Database, web_session: WebSession, tmp_path: Path
) -> None:
    path = teams_report(
        tmp_path / "t.csv",
        [
            Connection(
                "Organisatrice",
                "orga@caprural.fr",
                at(DAY, "09:00"),
                at(DAY, "12:00"),
                role="Organizer",
            ),
            Connection("Claire Intervenante (Invité)", "", at(DAY, "09:20"), at(DAY, "11:00")),
            Connection("Dupont, Élodie", ELODIE, at(DAY, "09:30"), at(DAY, "12:00")),
        ],
    )
    plan = plan_connection_import(database, web_session.id, [path])
    assert set(plan.staff) == {"Organisatrice", "Claire Intervenante (Invité)"}
    assert plan.not_registered == () and plan.unmatched == ()


def test_a_utc_report_is_shifted_and_says_so(
    database: Database, web_session: WebSession, tmp_path: Path
) -> None:
    utc = DAY.replace(hour=0)
    path = zoom_report(
        tmp_path / "utc.csv",
        [
            Connection("Élodie Dupont", ELODIE, at(utc, "07:25"), at(utc, "10:02")),
            Connection("Jean Martin", JEAN, at(utc, "12:00"), at(utc, "14:30")),
        ],
        date_format=US,
    )
    plan = plan_connection_import(database, web_session.id, [path])
    assert plan.time_shift == 2
    assert [slot.number for slot in plan.slots] == [1, 2]
    assert verdicts(plan)[(ELODIE, 1)] == ("present", [150, 150])
    assert verdicts(plan)[(JEAN, 2)] == ("present", [150, 150])
    forced = plan_connection_import(database, web_session.id, [path], time_shift=0)
    assert forced.time_shift == 0
    assert forced.slots == ()  # unshifted, the meeting hardly overlaps the half-days


def test_a_utc_report_over_the_end_of_summer_time_is_read_day_by_day(
    database: Database, tmp_path: Path
) -> None:
    """8 October is UTC+2 in Paris, 26 October UTC+1: one shift for both would put the
    second day an hour late."""
    session = make_web_session(database)
    add_morning(database, session.id, date(2020, 10, 26))
    first, second = DAY.replace(hour=0), datetime(2020, 10, 26)
    path = zoom_report(
        tmp_path / "utc.csv",
        [
            Connection("Élodie Dupont", ELODIE, at(first, "07:25"), at(first, "10:02")),
            Connection("Élodie Dupont", ELODIE, at(second, "09:30"), at(second, "11:00")),
        ],
        date_format=US,
    )
    plan = plan_connection_import(database, session.id, [path])
    assert plan.time_shift == 2  # as the report began
    assert verdicts(plan)[(ELODIE, 1)] == ("present", [150, 150])
    assert verdicts(plan)[(ELODIE, 3)] == ("present", [90, 90])  # 10h30 to 12h in Paris


def test_google_meet_bounds_leave_undecided_half_days_to_check(
    database: Database, web_session: WebSession, tmp_path: Path
) -> None:
    path = meet_report(
        tmp_path / "meet.csv",
        [
            ("Élodie", "Dupont", ELODIE, 150, at(DAY, "09:25"), at(DAY, "12:01")),
            ("Jean", "Martin", JEAN, 120, at(DAY, "09:00"), at(DAY, "16:00")),
        ],
    )
    plan = plan_connection_import(database, web_session.id, [path])
    assert plan.files[0].day == DAY.date()
    result = verdicts(plan)
    assert result[(ELODIE, 1)] == ("present", [144, 150])  # 6 of 156 minutes outside
    assert result[(JEAN, 1)][0] == Verdict.TO_CHECK.value
    apply_connection_import(database, plan)
    assert marks(database, web_session.id)[JEAN] == (None, None)  # never guessed


def test_the_threshold_is_the_session_s_unless_given(
    database: Database, web_session: WebSession, tmp_path: Path
) -> None:
    path = morning(tmp_path)  # Jean: 30 of 150 minutes, 20 %
    assert verdicts(plan_connection_import(database, web_session.id, [path]))[(JEAN, 1)][0] == (
        "absent"
    )
    plan = plan_connection_import(database, web_session.id, [path], threshold=20)
    assert verdicts(plan)[(JEAN, 1)][0] == "present"
    with pytest.raises(UserError, match="percentage"):
        plan_connection_import(database, web_session.id, [path], threshold=0)


def test_files_that_cannot_be_used_are_refused_and_others_still_count(
    database: Database, web_session: WebSession, tmp_path: Path
) -> None:
    junk = tmp_path / "notes.txt"
    junk.write_text("rien à voir\n", "utf-8")
    with pytest.raises(UserError, match="not a participant report"):
        plan_connection_import(database, web_session.id, [junk])
    plan = plan_connection_import(database, web_session.id, [junk, morning(tmp_path)])
    assert [name for name, _error in plan.refused] == ["notes.txt"]
    assert verdicts(plan)[(ELODIE, 1)][0] == "present"


def test_someone_still_connected_at_the_download_counts_until_then(
    database: Database, web_session: WebSession, tmp_path: Path
) -> None:
    path = teams_attendance_list(
        tmp_path / "meetingAttendanceList.csv",
        [
            ("Martin, Jean", "Joined", at(DAY, "09:35")),
            ("Dupont, Élodie", "Joined", at(DAY, "09:30")),
            ("Dupont, Élodie", "Left", at(DAY, "10:15")),  # downloaded then: Jean still there
        ],
    )
    result = verdicts(plan_connection_import(database, web_session.id, [path]))
    assert result[(JEAN, 1)] == ("to_check", [40, 145])  # at least until 10:15, perhaps to 12:00
    assert result[(ELODIE, 1)] == ("absent", [45, 45])


def test_two_devices_of_one_person_count_once(
    database: Database, web_session: WebSession, tmp_path: Path
) -> None:
    path = zoom_report(
        tmp_path / "z.csv",
        [
            Connection("Élodie Dupont", ELODIE, at(DAY, "09:30"), at(DAY, "10:30")),
            Connection("Élodie Dupont (Élodie Dupont)", "", at(DAY, "09:30"), at(DAY, "10:30")),
            Connection("Jean Martin", JEAN, at(DAY, "09:30"), at(DAY, "12:00")),
        ],
    )
    assert verdicts(plan_connection_import(database, web_session.id, [path]))[(ELODIE, 1)] == (
        "absent",
        [60, 60],
    )


def test_a_dateless_report_for_a_session_of_several_days_needs_its_day(
    database: Database, tmp_path: Path
) -> None:
    session = make_web_session(database)
    add_morning(database, session.id, date(2020, 10, 15))
    path = meet_report(
        tmp_path / "meet.csv",
        [("Élodie", "Dupont", ELODIE, 150, at(DAY, "09:25"), at(DAY, "12:01"))],
    )
    with pytest.raises(UserError, match="without a date"):
        plan_connection_import(database, session.id, [path])
    plan = plan_connection_import(database, session.id, [path], day=date(2020, 10, 15))
    assert [slot.date for slot in plan.slots] == [date(2020, 10, 15)]


def test_a_later_partial_log_never_takes_back_what_an_earlier_one_proved(
    database: Database, web_session: WebSession, tmp_path: Path
) -> None:
    afternoon = zoom_report(
        tmp_path / "afternoon.csv",
        [
            Connection("Élodie Dupont", ELODIE, at(DAY, "14:00"), at(DAY, "16:30")),
            Connection("Jean Martin", JEAN, at(DAY, "14:00"), at(DAY, "16:30")),
        ],
    )
    apply_connection_import(database, plan_connection_import(database, web_session.id, [afternoon]))
    # The morning's report: the host stayed connected into the afternoon.
    morning_log = morning(
        tmp_path,
        Connection("Équipe Cap Rural", "equipe@caprural.fr", at(DAY, "12:10"), at(DAY, "14:05")),
    )
    plan = plan_connection_import(database, web_session.id, [morning_log])
    assert [slot.number for slot in plan.slots] == [1]  # not the afternoon: 5 minutes of host
    apply_connection_import(database, plan)
    assert marks(database, web_session.id)[ELODIE] == (PRESENT, PRESENT)
    assert marks(database, web_session.id)[JEAN] == (ABSENT, PRESENT)


def test_a_meeting_split_in_two_files_adds_up_imported_together_or_apart(
    database: Database, web_session: WebSession, tmp_path: Path
) -> None:
    first = zoom_report(
        tmp_path / "first.csv",
        [Connection("Jean Martin", JEAN, at(DAY, "09:30"), at(DAY, "10:15"))],
    )
    second = zoom_report(
        tmp_path / "second.csv",
        [
            Connection("Jean Martin", JEAN, at(DAY, "10:20"), at(DAY, "11:00")),
            Connection("Élodie Dupont", ELODIE, at(DAY, "09:30"), at(DAY, "12:00")),
        ],
    )
    together = plan_connection_import(database, web_session.id, [first, second])
    assert verdicts(together)[(JEAN, 1)] == ("present", [85, 85])
    apply_connection_import(database, plan_connection_import(database, web_session.id, [first]))
    apart = plan_connection_import(database, web_session.id, [second])
    assert verdicts(apart)[(JEAN, 1)] == ("present", [85, 85])


def test_a_copy_of_the_same_report_counts_once(
    database: Database, web_session: WebSession, tmp_path: Path
) -> None:
    path = meet_report(
        tmp_path / "m.csv", [("Jean", "Martin", JEAN, 60, at(DAY, "09:30"), at(DAY, "10:30"))]
    )
    copy = tmp_path / "m (1).csv"
    copy.write_bytes(path.read_bytes())
    plan = plan_connection_import(database, web_session.id, [path, copy])
    assert len(plan.files) == 1
    assert verdicts(plan)[(JEAN, 1)] == ("absent", [60, 60])


def test_a_presenter_is_matched_like_anyone_and_only_the_organiser_is_staff(
    database: Database, web_session: WebSession, tmp_path: Path
) -> None:
    """Teams makes everyone a presenter unless told otherwise."""
    path = teams_report(
        tmp_path / "t.csv",
        [
            Connection(
                "MH Robert", "mh@perso.fr", at(DAY, "09:30"), at(DAY, "12:00"), role="Presenter"
            ),
            Connection(
                "Paul Nouveau",
                "paul@example.org",
                at(DAY, "09:30"),
                at(DAY, "12:00"),
                role="Presenter",
            ),
            Connection(
                "Orga", "orga@caprural.fr", at(DAY, "09:00"), at(DAY, "12:00"), role="Organizer"
            ),
        ],
    )
    plan = plan_connection_import(database, web_session.id, [path])
    assert plan.staff == ("Orga",)
    assert [u.name for u in plan.unmatched] == ["MH Robert"]
    assert [w.name for w in plan.not_registered] == ["Paul Nouveau"]


def test_namesakes_wait_for_the_coordinator_whose_choice_then_counts(
    database: Database, web_session: WebSession, tmp_path: Path
) -> None:
    with database.write() as session:
        other = Person(email="jean.martin@autre.fr", first_name="Jean", last_name="Martin")
        session.add(other)
        session.flush()
        session.add(
            Registration(
                session_id=web_session.id,
                person_id=other.id,
                status=RegistrationStatus.CONFIRMED,
                answers={},
            )
        )
        other_id = other.id
    path = zoom_report(
        tmp_path / "z.csv", [Connection("Jean Martin", "", at(DAY, "09:30"), at(DAY, "12:00"))]
    )
    (doubt,) = plan_connection_import(database, web_session.id, [path]).unmatched
    assert doubt.reason.render() == "several registrants have this name"
    chosen = plan_connection_import(
        database, web_session.id, [path], pairings={doubt.pairing_key: other_id}
    )
    assert chosen.unmatched == ()
    assert verdicts(chosen)[("jean.martin@autre.fr", 1)] == ("present", [150, 150])
    assert verdicts(chosen)[(JEAN, 1)] == ("absent", [0, 0])


def test_an_address_of_another_known_person_is_not_taken_for_a_namesake(
    database: Database, web_session: WebSession, tmp_path: Path
) -> None:
    with database.write() as session:
        session.add(Person(email="jean.martin@autre.fr", first_name="Jean", last_name="Martin"))
    path = zoom_report(
        tmp_path / "z.csv",
        [Connection("Jean Martin", "jean.martin@autre.fr", at(DAY, "09:30"), at(DAY, "12:00"))],
    )
    plan = plan_connection_import(database, web_session.id, [path])
    (doubt,) = plan.unmatched
    assert doubt.candidates == (web_session.registrations[JEAN],)
    assert verdicts(plan)[(JEAN, 1)] == ("absent", [0, 0])


def test_vague_names_are_not_remembered_for_later_sessions(
    database: Database, web_session: WebSession, tmp_path: Path
) -> None:
    path = zoom_report(
        tmp_path / "z.csv",
        [
            Connection("Marie", "", at(DAY, "09:30"), at(DAY, "12:00")),
            Connection("iPhone", "", at(DAY, "09:30"), at(DAY, "12:00")),
        ],
    )
    plan = plan_connection_import(database, web_session.id, [path])
    with database.read() as session:
        people = {email: id_ for email, id_ in session.execute(select(Person.email, Person.id))}
    pairings = {u.pairing_key: people[MH if u.name == "Marie" else ELODIE] for u in plan.unmatched}
    confirmed = plan_connection_import(database, web_session.id, [path], pairings=pairings)
    assert verdicts(confirmed)[(MH, 1)][0] == "present"  # counted in this session
    apply_connection_import(database, confirmed)
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(ConnectionName)) == 0
