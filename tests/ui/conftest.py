"""Widgets over a real database file, in English unless a test loads French."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from caprural_desktop.app import install_translations
from caprural_desktop.ui.context import AppContext
from caprural_desktop.ui.formatting import Formatter
from caprural_desktop.ui.main_window import MainWindow


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def context(database, settings) -> AppContext:
    return AppContext(
        database=database, settings=settings, formatter=Formatter(QLocale(QLocale.Language.English))
    )


@pytest.fixture
def french(qapp) -> Iterator[Formatter]:
    """French translations installed for the test; removed afterwards."""
    before = set(qapp.findChildren(QTranslator))
    locale = QLocale(QLocale.Language.French, QLocale.Country.France)
    install_translations(qapp, locale)
    yield Formatter(locale)
    for translator in qapp.findChildren(QTranslator):
        if translator not in before:
            qapp.removeTranslator(translator)
            translator.setParent(None)


@pytest.fixture
def french_context(database, settings, french) -> AppContext:
    return AppContext(database=database, settings=settings, formatter=french)


@pytest.fixture
def window(qtbot, context) -> MainWindow:
    main = MainWindow(context)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


@pytest.fixture
def on_modal(qtbot) -> Callable[[Callable[[QWidget], None]], list[Exception]]:
    """Runs `handle(dialog)` on the next modal dialog, for actions that call exec().

    Returns a list that collects exceptions raised inside the handler, so that a
    failing assertion there fails the test instead of leaving the dialog open.
    """
    failures: list[Exception] = []

    def schedule(handle: Callable[[QWidget], None]) -> list[Exception]:
        def attempt() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(10, attempt)
                return
            try:
                handle(dialog)
            except Exception as error:  # noqa: BLE001 - reported by the test
                failures.append(error)
                if isinstance(dialog, QDialog | QMessageBox):
                    dialog.reject()

        QTimer.singleShot(0, attempt)
        return failures

    return schedule


@pytest.fixture
def answer() -> Callable[[QWidget, QMessageBox.StandardButton], None]:
    """Clicks a standard button of a message box."""

    def click(dialog: QWidget, button: QMessageBox.StandardButton) -> None:
        assert isinstance(dialog, QMessageBox), type(dialog)
        dialog.button(button).click()

    return click


@pytest.fixture
def registration_in(database):
    """Registers a person in a session, as the form import will."""
    from datetime import UTC, datetime

    from caprural_desktop.db.models import Person, Registration, RegistrationStatus

    def register(session_id: int, email: str = "camille.martin@example.org") -> int:
        with database.write() as session:
            person = Person(first_name="Camille", last_name="Martin", email=email)
            session.add(person)
            session.flush()
            registration = Registration(
                session_id=session_id,
                person_id=person.id,
                submitted_at=datetime(2020, 9, 20, 10, 0, tzinfo=UTC),
                status=RegistrationStatus.CONFIRMED,
            )
            session.add(registration)
            session.flush()
            return registration.id

    return register
