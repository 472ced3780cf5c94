"""Recording attendance through the grid: keys, buttons, "all present", counts."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from google_forms import response, write_xlsx
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox

from caprural_desktop.db.models import AttendanceStatus
from caprural_desktop.services.attendance import attendance_grid
from caprural_desktop.services.demo import add_demo_session
from caprural_desktop.services.importing import apply_import, plan_import
from caprural_desktop.services.sessions import delete_session
from caprural_desktop.ui.attendance_dialog import AttendanceDialog

START = datetime(2020, 9, 20, 9, 0)


@pytest.fixture
def session_id(database, tmp_path) -> int:
    """The demo session (20 places, two half-days) with 22 registrants: 2 waitlisted."""
    created = add_demo_session(database)
    rows = [
        response(START + timedelta(hours=n), f"p{n:02d}@example.org", last=f"Nom{n:02d}")
        for n in range(22)
    ]
    path = write_xlsx(tmp_path / "réponses.xlsx", rows)
    apply_import(database, plan_import(database, created, path))
    return created


def marks_of(context, session_id) -> dict[str, tuple]:
    grid = attendance_grid(context.database, session_id)
    return {line.email: line.marks for line in grid.lines}


def open_grid(qtbot, context, session_id) -> AttendanceDialog:
    dialog = AttendanceDialog(context, session_id, "Coopérer")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_keys_mark_the_selected_cells_and_the_counts_follow(qtbot, context, session_id):
    dialog = open_grid(qtbot, context, session_id)
    model, table = dialog.model, dialog.table
    assert model.rowCount() == 22 and model.columnCount() == 5
    assert "(to be confirmed)" in model.headerData(4, Qt.Orientation.Horizontal)
    assert model.data(model.index(0, 0)) == "NOM00 Camille"
    assert "Half-day 1: 0 present" in dialog.counts.text()

    table.setCurrentIndex(model.index(0, 3))
    qtbot.keyClick(table, Qt.Key.Key_P)
    table.setCurrentIndex(model.index(1, 3))
    qtbot.keyClick(table, Qt.Key.Key_A)
    table.setCurrentIndex(model.index(1, 4))
    qtbot.keyClick(table, Qt.Key.Key_E)

    marks = marks_of(context, session_id)
    assert marks["p00@example.org"] == (AttendanceStatus.PRESENT, None)
    assert marks["p01@example.org"] == (AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED)
    assert "Half-day 1: 1 present, 1 absent, 0 excused" in dialog.counts.text()
    assert model.data(model.index(0, 3)) == "Present"

    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert marks_of(context, session_id)["p01@example.org"] == (AttendanceStatus.ABSENT, None)
    dialog.reject()


def test_all_present_then_a_waitlisted_person_who_came(qtbot, context, session_id):
    dialog = open_grid(qtbot, context, session_id)
    model, table = dialog.model, dialog.table
    table.setCurrentIndex(model.index(1, 3))
    qtbot.keyClick(table, Qt.Key.Key_A)
    dialog.all_present_action.trigger()
    assert "Half-day 1: 19 present, 1 absent" in dialog.counts.text()

    waitlisted = next(
        row for row in range(model.rowCount()) if model.data(model.index(row, 2)) == "Waitlisted"
    )
    table.setCurrentIndex(model.index(waitlisted, 3))
    table.selectionModel().select(
        model.index(waitlisted, 4), QItemSelectionModel.SelectionFlag.Select
    )
    qtbot.keyClick(table, Qt.Key.Key_P)
    counts = dialog.counts.text()
    assert "Half-day 1: 20 present, 1 absent, 0 excused (of whom 1 not confirmed)" in counts
    assert "Half-day 2: 1 present" in counts
    assert (
        sum(
            marks[0] is AttendanceStatus.PRESENT for marks in marks_of(context, session_id).values()
        )
        == 20
    )
    dialog.reject()


def test_the_sessions_page_opens_the_grid(qtbot, window, session_id, on_modal):
    page = window.sessions_page
    page.refresh(select_id=session_id)
    assert page.attendance_button.isEnabled()
    seen = []

    def look(dialog):
        seen.append((type(dialog), dialog.model.rowCount()))
        dialog.reject()

    failures = on_modal(look)
    qtbot.mouseClick(page.attendance_button, Qt.MouseButton.LeftButton)
    assert not failures
    assert seen == [(AttendanceDialog, 22)]


def test_a_session_deleted_elsewhere_is_said_not_opened(qtbot, window, session_id, on_modal):
    page = window.sessions_page
    page.refresh(select_id=session_id)
    delete_session(window.context.database, session_id, with_registrations=True)  # elsewhere
    seen = []

    def look(dialog):
        seen.append((type(dialog), dialog.text()))
        dialog.accept()

    failures = on_modal(look)
    qtbot.mouseClick(page.attendance_button, Qt.MouseButton.LeftButton)
    assert not failures
    assert [kind for kind, _ in seen] == [QMessageBox]
    assert "no longer exists" in seen[0][1]


def test_the_grid_says_so_when_its_session_goes_meanwhile(qtbot, context, session_id):
    dialog = open_grid(qtbot, context, session_id)
    delete_session(context.database, session_id, with_registrations=True)
    dialog.reload()
    assert dialog.error.isVisible() and "no longer exists" in dialog.error.text()


def test_the_counts_read_right_in_french_whatever_the_number(qtbot, french_context, session_id):
    """ "1 présents" is wrong French: each count follows its label instead."""
    dialog = open_grid(qtbot, french_context, session_id)
    table, model = dialog.table, dialog.model
    table.setCurrentIndex(model.index(0, 3))
    qtbot.keyClick(table, Qt.Key.Key_P)
    assert "Demi-journée 1 — présents : 1, absents : 0, excusés : 0" in dialog.counts.text()
