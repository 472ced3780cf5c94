"""Team mode: the team's PostgreSQL server, chosen in the settings, and this computer's
data copied there once.

The address is kept in the settings, the password in the system keyring; the app
opens the server at its next start.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..db.copy import CopiedTable, copy_to
from ..db.database import Database
from ..db.migrate import connect
from ..errors import UserError
from ..team import (
    DEFAULT_PORT,
    SERVER_KEY,
    KeyringUnavailableError,
    ServerAddress,
    pasted_port,
    remember_password,
    saved_password,
    saved_server,
    server_host,
)
from .background import BackgroundJob
from .context import AppContext
from .formatting import error_text
from .forms import ERROR_STYLE, MARGIN, SPACING, form_layout


class ServerDialog(QDialog):
    """Connects to the server (tested first), copies the data if asked, then remembers it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.copied: list[CopiedTable] | None = None
        self._job: BackgroundJob | None = None
        self.setWindowTitle(self.tr("The team's database server"))
        known = ServerAddress.from_url(saved_server(context.settings) or "")
        note = QLabel(
            self.tr(
                "Several coordinators share one PostgreSQL database on the team's server. "
                "The password is kept in this computer's keyring, never in a file."
            )
        )
        note.setWordWrap(True)
        self.host = QLineEdit(known.host if known else "")
        self.host.setObjectName("host")
        self.port = QSpinBox()
        self.port.setObjectName("port")
        self.port.setRange(1, 65535)
        self.port.setValue(known.port if known else DEFAULT_PORT)
        self.database = QLineEdit(known.database if known else "caprural")
        self.database.setObjectName("database")
        self.user = QLineEdit(known.user if known else "")
        self.user.setObjectName("user")
        self.password = QLineEdit((saved_password(known) if known else None) or "")
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.copy = QCheckBox(
            self.tr("Copy this computer's data there (the server's database is empty)")
        )
        self.copy.setObjectName("copy")
        self.copy.setChecked(context.database.path is not None)
        self.copy.setEnabled(context.database.path is not None)
        self.leave_button = QPushButton(self.tr("Back to this computer's own database"))
        self.leave_button.setObjectName("leave")
        self.leave_button.setVisible(known is not None)
        self.leave_button.clicked.connect(self.leave)
        self.test_button = QPushButton(self.tr("Test the connection"))
        self.test_button.setObjectName("test")
        self.test_button.clicked.connect(self.test)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Use this server"))
        self.buttons.accepted.connect(self.use_server)
        self.buttons.rejected.connect(self.reject)

        form = form_layout()
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.copy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.setSpacing(SPACING)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.test_button)
        layout.addWidget(self.leave_button)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.resize(max(600, self.sizeHint().width()), self.sizeHint().height())

    def address(self) -> ServerAddress:
        return ServerAddress(
            self.host.text().strip(),
            self.database.text().strip(),
            self.user.text().strip(),
            self.port.value(),
        )

    def _connect(self) -> Database | None:
        address = self.address()
        if not (address.host and address.database and address.user):
            self._say(self.tr("Give the server, the database and the user."), error=True)
            return None
        try:
            port = pasted_port(address.host) or address.port
            address = replace(address, host=server_host(address.host), port=port)
            self.host.setText(address.host)
            self.port.setValue(port)
            return connect(address.url(self.password.text()))
        except UserError as error:
            self._say(error_text(error), error=True)
            return None

    def test(self) -> bool:
        server = self._connect()
        if server is None:
            return False
        server.dispose()
        self._say(self.tr("Connected to {}.").format(self.address().host))
        return True

    def use_server(self) -> None:
        server = self._connect()
        if server is None:
            return
        if not self.copy.isChecked():
            server.dispose()
            self._remember()
            return
        self._busy(True)
        source = self.context.database
        job = BackgroundJob(lambda: copy_to(source, server), self)
        job.succeeded.connect(self._copied)
        job.failed.connect(lambda error: self._say(error_text(error), error=True))
        job.finished.connect(lambda: (server.dispose(), self._busy(False)))
        self._job = job
        job.start()

    def leave(self) -> None:
        """Team mode ends on this computer: its own file is opened at the next start."""
        self.context.settings.remove(SERVER_KEY)
        QMessageBox.information(
            self,
            self.windowTitle(),
            self.tr("Cap Rural opens this computer's own database at its next start."),
        )
        self.accept()

    def _copied(self, copied: list[CopiedTable]) -> None:
        self.copied = copied
        self._remember()

    def _remember(self) -> None:
        address = self.address()
        self.context.settings.setValue(SERVER_KEY, address.url())
        try:
            remember_password(address, self.password.text())
        except KeyringUnavailableError as error:
            QMessageBox.warning(self, self.windowTitle(), error_text(error))
        text = self.tr("Cap Rural opens the team's database at its next start.")
        if self.copied is not None:
            rows = sum(table.rows for table in self.copied)
            copied = self.tr("{rows} rows copied and checked, table by table.").format(rows=rows)
            text = f"{copied} {text}"
        QMessageBox.information(self, self.windowTitle(), text)
        self.accept()

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for widget in (self.ok_button, self.test_button, self.copy):
            widget.setEnabled(not busy)
        if busy:
            self._say(self.tr("Copying this computer's data to the server…"))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet(ERROR_STYLE if error else "")
        self.status.setText(text)

    def done(self, result: int) -> None:
        """Closing waits for a copy under way rather than leave its thread behind."""
        if self._job is not None:
            self._job.wait()
        super().done(result)


def choose_server(parent: QWidget, context: AppContext) -> bool:
    dialog = ServerDialog(context, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted
