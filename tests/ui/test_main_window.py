"""The main window: its areas, menus, shortcuts, status bar and first launch."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from caprural_desktop.services.sessions import SessionDraft, create_session, list_sessions
from caprural_desktop.ui.main_window import MainWindow


def test_one_area_per_subject_and_the_database_in_the_status_bar(window, database_path):
    areas = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert areas == ["Sessions", "Speakers", "Registrants", "Membership fees", "Organisations"]
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Help"]
    assert str(database_path) in window.statusBar().findChild(object, "database_label").text()


def test_every_area_opens_with_its_shortcut(qtbot, window):
    for number in range(5):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.stack.currentIndex() == number
    assert window.new_action.isEnabled()  # on the structures page: a new organisation
    window.navigation.setCurrentRow(window.pages.index(window.dues_page))
    assert window.new_action.isEnabled()  # on the dues page: a new call
    window.navigation.setCurrentRow(window.pages.index(window.registrants_page))
    assert window.registrants_page.model.rowCount() == 0
    assert not window.new_action.isEnabled()  # registrants come from the form import


def test_actions_follow_the_selection(window, context):
    from caprural_desktop.services.demo import add_demo_session

    assert window.new_action.isEnabled()
    assert not window.edit_action.isEnabled()
    session_id = add_demo_session(context.database)
    window.sessions_page.refresh(select_id=session_id)
    assert window.edit_action.isEnabled()
    assert window.duplicate_action.isEnabled()
    assert window.delete_action.isEnabled()
    window.navigation.setCurrentRow(1)
    assert not window.duplicate_action.isEnabled()


def test_a_new_database_offers_the_demo_session(window, context, on_modal, answer):
    failures = on_modal(lambda box: answer(box, QMessageBox.StandardButton.Yes))
    window.offer_demo()
    assert not failures
    [row] = list_sessions(context.database)
    assert window.sessions_page.selected_id() == row.id


def test_window_geometry_is_remembered(qtbot, context):
    first = MainWindow(context)
    qtbot.addWidget(first)
    first.resize(700, 520)
    first.close()
    second = MainWindow(context)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 520)


def test_the_window_speaks_french(qtbot, french_context):
    from caprural_desktop.services.demo import add_demo_session

    session_id = add_demo_session(french_context.database)
    window = MainWindow(french_context)
    qtbot.addWidget(window)
    areas = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert areas == ["Sessions", "Intervenants", "Inscrits", "Cotisations", "Structures"]
    assert [a.text() for a in window.menuBar().actions()] == [
        "&Fichier",
        "&Édition",
        "&Affichage",
        "&Aide",
    ]
    page = window.sessions_page
    page.select_id(session_id)
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers == ["Titre", "Date", "Format", "Places", "Date limite", "Statut"]
    details = page.details.toPlainText()
    assert "jeudi 8 octobre 2020, 9h30 – 12h00" in details
    assert "13h30 – 15h00 (à confirmer)" in details
    assert "Webconférence" in details
    assert page.count_label.text() == "Nombre : 1"
    assert page.search.placeholderText() == "Rechercher (Ctrl+F)"


def test_a_change_made_on_another_computer_appears_within_two_seconds(
    qtbot, window, context, database_url, make_database
):
    from caprural_desktop.services.sessions import SessionDraft, create_session
    from caprural_desktop.ui.live_updates import LiveUpdates

    live = LiveUpdates(window, context.database)
    live.start()
    try:
        assert live._watcher.ready.wait(5)
        elsewhere = make_database(database_url)
        create_session(elsewhere, SessionDraft(title="Créée sur un autre poste"))
        page = window.sessions_page
        qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
        assert "another computer" in window.statusBar().currentMessage()
    finally:
        live.stop()


def test_a_long_session_title_leaves_the_registrants_filters_in_place(
    window, context, registration_in
):
    title = "Coopérer avec les citoyens pour revitaliser les centres-bourgs " * 3
    session_id = create_session(context.database, SessionDraft(title=title.strip()))
    registration_in(session_id)
    window.resize(1280, 760)
    window.open_registrants(session_id)
    page = window.registrants_page
    short = page.status_filter.fontMetrics().horizontalAdvance("x" * 60)
    assert page.session_filter.sizeHint().width() < short  # cut, not as wide as the title
    assert page.session_filter.toolTip() == title.strip()
    assert page.session_filter.geometry().right() < page.status_filter.geometry().left()


def test_a_workbook_s_typed_answers_are_shown_in_french(qtbot, french_context, tmp_path):
    """A form's date, time, number or checkbox question arrives in the sheet as a typed
    cell: shown as the coordinator writes them, not as stored."""
    from datetime import date, datetime, time

    from google_forms import FRENCH_HEADER, response, write_xlsx

    from caprural_desktop.services.demo import add_demo_session
    from caprural_desktop.services.importing import apply_import, plan_import

    database = french_context.database
    session_id = add_demo_session(database)
    header = [*FRENCH_HEADER, "Date d'arrivée", "Heure", "Nombre de personnes", "Budget", "Repas"]
    header += ["Code postal", "Numéro SIRET"]
    row = [*response(datetime(2020, 9, 28, 9, 0), "a@example.org")]
    row += [date(2020, 10, 7), time(9, 15), 3, 1234.5, True, 26150, 1.2e19]
    path = write_xlsx(tmp_path / "r.xlsx", [row], header=header)
    apply_import(database, plan_import(database, session_id, path))
    window = MainWindow(french_context)
    qtbot.addWidget(window)
    window.open_registrants(session_id)
    page = window.registrants_page
    page.select_id(page.model.row_at(page.model.index(0, 0)).id)
    details = " ".join(page.details.toPlainText().split())
    for shown in ("Date d'arrivée 07/10/2020", "Heure 9h15", "Nombre de personnes 3", "Repas Oui"):
        assert shown in details, details
    assert "Budget 1234,5" in details  # as typed, with a French decimal comma
    assert "Code postal 26150" in details and "Numéro SIRET 12000000000000000000" in details
