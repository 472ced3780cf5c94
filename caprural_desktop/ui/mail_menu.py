"""Writing to a session's confirmed registrants or waitlist from the user's mail client,
or copying the addresses shown."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMenu, QMessageBox, QToolButton, QWidget

from ..db.models import RegistrationStatus
from ..mailing import address_list, mailto_links
from ..services.registrations import RegistrationRow


class MailButton(QToolButton):
    """A "Write" button whose menu addresses a session's registrants by status.

    `session` gives the session chosen (id and title, or None), `rows` every loaded
    registration, `shown` the registrations shown, `say` a note for the status bar.
    """

    def __init__(
        self,
        session: Callable[[], tuple[int, str] | None],
        rows: Callable[[], Sequence[RegistrationRow]],
        shown: Callable[[], Sequence[RegistrationRow]],
        say: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mail_button")
        self.setText(self.tr("Write"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._session, self._rows, self._shown, self._say = session, rows, shown, say
        menu = QMenu(self)
        self.confirmed_action = menu.addAction(
            self.tr("Write to the confirmed registrants…"),
            lambda: self.write_to(RegistrationStatus.CONFIRMED),
        )
        self.waitlist_action = menu.addAction(
            self.tr("Write to the waitlist…"),
            lambda: self.write_to(RegistrationStatus.WAITLISTED),
        )
        menu.addSeparator()
        self.copy_action = menu.addAction(self.tr("Copy the addresses shown"), self.copy_addresses)
        self.setMenu(menu)

    def write_to(self, status: RegistrationStatus) -> None:
        """Opens the mail client with the addresses in Bcc, in several messages if need be."""
        chosen = self._session()
        if chosen is None:
            self._tell(self.tr("Choose the session first, in the list of sessions above."))
            return
        session_id, title = chosen
        addresses = [
            row.email
            for row in self._rows()
            if row.session_id == session_id and row.status is status
        ]
        if not addresses:
            self._tell(self.tr("Nobody to write to in this session with that status."))
            return
        links = mailto_links(addresses, title)
        if len(links) > 1 and not self._confirm(
            self.tr(
                "The list is too long for one message: {count} messages will open, "
                "each with part of the addresses. Go on?"
            ).format(count=len(links))
        ):
            return
        if not all(QDesktopServices.openUrl(QUrl(link)) for link in links):
            self._tell(
                self.tr(
                    "No mail program opened: set one as this computer's default, or use "
                    "“{action}” and paste them into your messaging."
                ).format(action=self.copy_action.text())
            )
            return
        self._say(self.tr("%n address(es) handed to the mail client", "", len(addresses)))

    def copy_addresses(self) -> None:
        addresses = [row.email for row in self._shown()]
        QGuiApplication.clipboard().setText(address_list(addresses))
        self._say(self.tr("%n address(es) copied", "", len(set(addresses))))

    def _tell(self, text: str) -> None:
        QMessageBox.information(self, self.window().windowTitle(), text)

    def _confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.window().windowTitle(), text)
        return answer == QMessageBox.StandardButton.Yes
