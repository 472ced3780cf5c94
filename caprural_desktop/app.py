"""The window application: translations, settings, the database, the main window."""

from __future__ import annotations

import argparse
import gc
import os
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox
from sqlalchemy.engine import make_url

from .config import (
    APP_NAME,
    ENVIRONMENT_VARIABLE,
    ORGANISATION,
    database_url,
    default_database_path,
)
from .db.database import Database, database_file, url_for
from .db.location import NetworkShareError, check_local
from .db.migrate import open_database
from .errors import DamagedDatabaseError, UserError
from .i18n import load_translators
from .instance import AlreadyOpenError, acquire_instance_lock
from .team import ServerAddress, saved_server, set_password, with_saved_password
from .ui.backups import DailyBackup, kept_backups
from .ui.context import AppContext
from .ui.formatting import Formatter, error_text
from .ui.live_updates import LiveUpdates
from .ui.main_window import MainWindow
from .ui.recovery import offer_recovery

EXIT_CANNOT_OPEN = 2
EXIT_ALREADY_OPEN = 3


def make_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Cap Rural")
    return app  # type: ignore[return-value]


def install_translations(app: QApplication, locale: QLocale) -> None:
    """French when the system is French (ours and Qt's own buttons), English otherwise."""
    for translator in load_translators(locale):
        translator.setParent(app)  # lives as long as the application
        app.installTranslator(translator)


def report_unexpected(kind: type[BaseException], error: BaseException, trace) -> None:
    """A bug, not something the user did: said plainly, with the details to send."""
    details = "".join(traceback.format_exception(kind, error, trace))
    sys.stderr.write(details)
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        "Cap Rural",
        QCoreApplication.translate(
            "App",
            "An unexpected error occurred; what you were doing may not have been saved. "
            "Please send the details below to whoever maintains the application.",
        ),
    )
    box.setDetailedText(details)
    box.exec()


def confirm_network_share(error: NetworkShareError) -> bool:
    """Opening a database on a network share only when the user says so, knowingly."""
    answer = QMessageBox.warning(
        None,
        "Cap Rural",
        error_text(error)
        + "\n\n"
        + QCoreApplication.translate(
            "App", "Open it anyway, from this computer only, nobody else using it meanwhile?"
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def with_password(url: str) -> str:
    """A server's address with its password: from the keyring, else asked (and not kept)."""
    url = with_saved_password(url)
    address = ServerAddress.from_url(url)
    if address is None or make_url(url).password:
        return url
    password, given = QInputDialog.getText(
        None,
        "Cap Rural",
        QCoreApplication.translate("App", "Password of {user} on {host}:").format(
            user=address.user, host=address.host
        ),
        QLineEdit.EchoMode.Password,
    )
    return set_password(url, password) if given and password else url


def _local_instead() -> bool:
    """The team's server cannot be opened (down, or a changed password): this computer's
    own file instead, from which the server can be chosen again."""
    answer = QMessageBox.question(
        None,
        "Cap Rural",
        QCoreApplication.translate(
            "App",
            "Open this computer's own database instead? Its data are not the team's; "
            "“Passer en mode équipe…” lets you correct the server or its password.",
        ),
    )
    return answer == QMessageBox.StandardButton.Yes


def _open(url: str, path: Path | None, formatter: Formatter) -> tuple[Database, bool] | None:
    """The database, opened and migrated; None once the user was told why it cannot be.

    A damaged file may be replaced by its latest good backup, then opened again.
    """
    try:
        return open_database(url)
    except DamagedDatabaseError as error:
        if path is not None and offer_recovery(path, error, formatter):
            return _open(url, None, formatter)
        if path is not None:
            return None  # offer_recovery said why
        QMessageBox.critical(None, "Cap Rural", error_text(error))
    except UserError as error:
        QMessageBox.critical(None, "Cap Rural", error_text(error))
    return None


def run_app(arguments: argparse.Namespace) -> int:
    # What was imported lives as long as the app: keep the collector off it.
    gc.freeze()
    app = make_application(sys.argv[:1])
    locale = QLocale.system()
    QLocale.setDefault(locale)
    install_translations(app, locale)
    sys.excepthook = report_unexpected
    server = saved_server(QSettings())
    chosen_elsewhere = arguments.database or os.environ.get(ENVIRONMENT_VARIABLE)
    url = with_password(database_url(arguments.database, saved=server))
    path = database_file(url)
    try:
        if not arguments.allow_network_share:
            check_local(path)
    except NetworkShareError as error:
        if not confirm_network_share(error):
            return EXIT_CANNOT_OPEN
    try:
        lock = acquire_instance_lock(path) if path is not None else None
    except AlreadyOpenError as error:
        QMessageBox.information(None, "Cap Rural", error_text(error))
        return EXIT_ALREADY_OPEN
    formatter = Formatter(locale)
    opened = _open(url, path, formatter)
    if opened is None and server and not chosen_elsewhere and _local_instead():
        path = default_database_path()
        try:
            lock = acquire_instance_lock(path)
        except AlreadyOpenError as error:
            QMessageBox.information(None, "Cap Rural", error_text(error))
            return EXIT_ALREADY_OPEN
        opened = _open(url_for(path), path, formatter)
    if opened is None:
        return EXIT_CANNOT_OPEN
    database, created = opened
    settings = QSettings()
    context = AppContext(database=database, settings=settings, formatter=formatter)
    window = MainWindow(context)
    window.show()
    if created:
        QTimer.singleShot(0, window.offer_demo)
    backup = DailyBackup(window, database, kept_backups(settings))
    backup.schedule()
    live = LiveUpdates(window, database)
    live.start()
    try:
        return app.exec()
    finally:
        live.stop()
        backup.stop()
        database.dispose()
        if lock is not None:
            lock.unlock()
