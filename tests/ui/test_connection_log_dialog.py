"""Importing a connection log from the attendance grid: preview, confirmations, import."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from connection_reports import Connection, at, meet_report, zoom_report
from file_dialogs import save_as
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QMessageBox
from sqlalchemy import select
from web_sessions import DAY

from caprural_desktop.db.models import AttendanceStatus, ConnectionName, Person, TimeSlot
from caprural_desktop.services.attendance import attendance_grid
from caprural_desktop.ui.attendance_dialog import AttendanceDialog
from caprural_desktop.ui.connection_log_dialog import ConnectionLogDialog

PRESENT, ABSENT, EXCUSED = AttendanceStatus


def marks_of(context, session_id) -> dict[str, tuple]:
    return {line.email: line.marks for line in attendance_grid(context.database, session_id).lines}


def preview(qtbot, context, session_id, paths: list[Path]) -> ConnectionLogDialog:
    grid = AttendanceDialog(context, session_id, "Accueillir")
    qtbot.addWidget(grid)
    dialog = grid.logs.open_preview(paths)
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    return dialog


def cell_texts(dialog: ConnectionLogDialog) -> dict[str, list[str]]:
    model = dialog.model
    return {
        model.data(model.index(row, 0)): [
            model.data(model.index(row, column)) for column in range(2, model.columnCount())
        ]
        for row in range(model.rowCount())
    }


def test_confirming_a_doubtful_name_counts_it_and_remembers_it(
    qtbot, context, web_session, tmp_path
):
    path = zoom_report(
        tmp_path / "participants.csv",
        [
            Connection("Élodie Dupont", "elodie@example.org", at(DAY, "09:25"), at(DAY, "12:02")),
            Connection("Marie-Hélène R.", "", at(DAY, "09:35"), at(DAY, "12:00")),
        ],
    )
    dialog = preview(qtbot, context, web_session.id, [path])
    assert cell_texts(dialog)["Marie-Hélène Robert"] == ["Absent · 0 min"]
    assert dialog.tabs.tabText(1) == "To confirm (1)"
    choice = dialog.unmatched.cellWidget(0, 3)
    assert isinstance(choice, QComboBox)
    assert choice.currentText() == "Marie-Hélène Robert"  # proposed, not yet confirmed
    assert marks_of(context, web_session.id)["mh.robert@asso.fr"] == (None, None)

    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert dialog.tabs.tabText(1) == "To confirm (0)"
    assert cell_texts(dialog)["Marie-Hélène Robert"] == ["Present · 145 min"]
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert marks_of(context, web_session.id)["mh.robert@asso.fr"] == (PRESENT, None)
    with context.database.read() as session:
        remembered = session.execute(
            select(ConnectionName.match_key, Person.email).join(
                Person, Person.id == ConnectionName.person_id
            )
        ).all()
    assert [tuple(row) for row in remembered] == [("name:helene marie r", "mh.robert@asso.fr")]


def test_the_coordinator_decides_a_half_day_to_check_with_a_key(
    qtbot, context, web_session, tmp_path
):
    path = meet_report(
        tmp_path / "meet.csv",
        [("Jean", "Martin", "jean@example.org", 120, at(DAY, "09:00"), at(DAY, "16:00"))],
    )
    dialog = preview(qtbot, context, web_session.id, [path])
    texts = cell_texts(dialog)
    assert texts["Jean Martin"][0].startswith("To check · ")
    model, grid = dialog.model, dialog.grid
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 0)) == "Jean Martin")
    grid.selectionModel().select(
        model.index(row, 2), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    qtbot.keyClick(grid, Qt.Key.Key_P)
    assert cell_texts(dialog)["Jean Martin"][0].startswith("Present (your decision)")
    assert "1 decided by you" in dialog.counts.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert marks_of(context, web_session.id)["jean@example.org"][0] is PRESENT


def test_someone_who_attended_without_registering_is_added_in_one_action(
    qtbot, context, web_session, tmp_path
):
    path = zoom_report(
        tmp_path / "participants.csv",
        [Connection("Paul Nouveau", "", at(DAY, "09:30"), at(DAY, "12:00"))],
    )
    dialog = preview(qtbot, context, web_session.id, [path])
    assert dialog.tabs.tabText(2) == "Present, not registered (1)"
    dialog.walk_ins.item(0, 0).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert "valid e-mail" in dialog.error.text()  # the log gave none
    dialog.walk_ins.item(0, 1).setText("paul@example.org")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.tabs.tabText(2) == "Present, not registered (0)"
    assert cell_texts(dialog)["Paul Nouveau"] == ["Present · 150 min"]


def test_cancel_writes_nothing(qtbot, context, web_session, tmp_path):
    path = zoom_report(
        tmp_path / "participants.csv",
        [Connection("Élodie Dupont", "elodie@example.org", at(DAY, "09:25"), at(DAY, "12:02"))],
    )
    dialog = preview(qtbot, context, web_session.id, [path])
    dialog.reject()
    assert all(
        mark is None for marks in marks_of(context, web_session.id).values() for mark in marks
    )


def test_the_preview_and_the_grid_speak_french(qtbot, french_context, web_session, tmp_path):
    utc = DAY.replace(hour=0)
    path = zoom_report(
        tmp_path / "participants.csv",
        [Connection("Élodie Dupont", "elodie@example.org", at(utc, "07:25"), at(utc, "10:02"))],
    )
    dialog = preview(qtbot, french_context, web_session.id, [path])
    assert "décalées de +2 h" in dialog.summary.text()
    assert dialog.time_shift.value() == 2
    assert cell_texts(dialog)["Élodie Dupont"][0] == "Présent · 150 min"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    grid = AttendanceDialog(french_context, web_session.id, "Accueillir")
    qtbot.addWidget(grid)
    model = grid.model
    row = next(
        r for r in range(model.rowCount()) if model.grid.lines[r].email == "elodie@example.org"
    )
    assert model.data(model.index(row, 3)) == "Présent (journal)"
    assert model.data(model.index(row, 3), Qt.ItemDataRole.ToolTipRole) == (
        "présence attestée par le journal de connexion Zoom (150 min)"
    )


def test_the_evidence_is_saved_back_and_the_import_undone_from_the_menu(
    qtbot, context, web_session, tmp_path, on_modal, answer
):
    path = zoom_report(
        tmp_path / "participants.csv",
        [Connection("Élodie Dupont", "elodie@example.org", at(DAY, "09:25"), at(DAY, "12:02"))],
    )
    dialog = preview(qtbot, context, web_session.id, [path])
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    grid = AttendanceDialog(context, web_session.id, "Accueillir")
    qtbot.addWidget(grid)
    menu = grid.logs.menu
    menu.aboutToShow.emit()
    saves = [action for action in menu.actions() if "participants.csv" in action.text()]
    assert len(saves) == 1 and saves[0].text().startswith("Save a copy of participants.csv (Zoom")

    copy = tmp_path / "copie.csv"
    names: list[str] = []
    failures = on_modal(save_as(copy, names))
    saves[0].trigger()
    assert not failures and names == ["participants.csv"]
    assert copy.read_bytes() == path.read_bytes()

    def agree(box) -> None:  # "Take back…?" then "1 mark taken back."
        yes = QMessageBox.StandardButton.Yes
        answer(box, yes if box.button(yes) else QMessageBox.StandardButton.Ok)

    failures = on_modal(agree)  # one list, shared by every handler scheduled
    on_modal(agree)
    grid.logs.undo_last()
    assert not failures
    grid.reload()
    assert marks_of(context, web_session.id)["elodie@example.org"] == (None, None)


def test_a_log_without_dates_asks_for_its_day_when_several_fit(
    qtbot, context, web_session, tmp_path
):
    with context.database.write() as session:
        session.add(
            TimeSlot(
                session_id=web_session.id, date=date(2020, 10, 15), start=time(9, 30), end=time(12)
            )
        )
    path = meet_report(
        tmp_path / "meet.csv",
        [("Élodie", "Dupont", "elodie@example.org", 150, at(DAY, "09:25"), at(DAY, "12:01"))],
    )
    dialog = preview(qtbot, context, web_session.id, [path])
    assert "say which day" in dialog.error.text()
    assert not dialog.import_button.isEnabled() and dialog.day.isVisible()
    dialog.day.setCurrentIndex(dialog.day.findData("2020-10-15"))
    assert dialog.error.isHidden(), dialog.error.text()
    assert dialog.import_button.isEnabled()
    assert "15 October 2020" in dialog.summary.text()
