"""The network's name, address and town, printed on receipts and attendance sheets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from ..errors import UserError
from ..services.settings import (
    MAX_BLANK_ROWS,
    MAX_RETENTION_YEARS,
    NetworkIdentity,
    network_identity,
    save_network_identity,
    validate_network_identity,
)
from ..services.validation import Errors
from .context import AppContext
from .editor_dialog import EditorDialog
from .formatting import error_text
from .forms import form_layout, with_error


class SettingsDialog(EditorDialog):
    def __init__(
        self, context: AppContext, identity: NetworkIdentity, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.setWindowTitle(self.tr("Settings"))
        note = QLabel(
            self.tr(
                "Printed at the top of receipts and attendance sheets, for everyone "
                "using this database."
            )
        )
        note.setWordWrap(True)
        self.name = QLineEdit(identity.name)
        self.name.setObjectName("name")
        self.address = QPlainTextEdit(identity.address)
        self.address.setObjectName("address")
        self.address.setTabChangesFocus(True)
        self.address.setPlaceholderText(self.tr("Street\nPostcode and town"))
        self.address.setFixedHeight(self.address.fontMetrics().lineSpacing() * 5)
        self.city = QLineEdit(identity.city)
        self.city.setObjectName("city")
        self.city.setPlaceholderText(self.tr("where receipts are signed"))
        self.registration_number = QLineEdit(identity.registration_number)
        self.registration_number.setObjectName("registration_number")
        self.registration_number.setPlaceholderText(self.tr("as given by the prefecture"))
        self.blank_rows = QSpinBox()
        self.blank_rows.setObjectName("blank_rows")
        self.blank_rows.setRange(0, MAX_BLANK_ROWS)
        self.blank_rows.setValue(identity.blank_rows)
        self.registrant_years = self._years(identity.registrant_years, "registrant_years")
        self.member_years = self._years(identity.member_years, "member_years")
        self.registrant_years.setToolTip(
            self.tr("Registrants without a session for this long are anonymised by the purge.")
        )
        self.member_years.setToolTip(
            self.tr("Individual members are anonymised this long after their last paid year.")
        )

        form = form_layout()
        form.addRow(note)
        form.addRow(self.tr("Network's name"), with_error(self.name, self.errors.add("name")))
        form.addRow(self.tr("Address"), with_error(self.address, self.errors.add("address")))
        form.addRow(self.tr("Town"), with_error(self.city, self.errors.add("city")))
        form.addRow(
            self.tr("Training registration number"),
            with_error(self.registration_number, self.errors.add("registration_number")),
        )
        form.addRow(
            self.tr("Blank lines on attendance sheets"),
            with_error(self.blank_rows, self.errors.add("blank_rows")),
        )
        form.addRow(
            self.tr("Keep inactive registrants"),
            with_error(self.registrant_years, self.errors.add("registrant_years")),
        )
        form.addRow(
            self.tr("Keep former individual members"),
            with_error(self.member_years, self.errors.add("member_years")),
        )
        self.lay_out(form)
        self.resize(640, self.sizeHint().height())
        self.mark_loaded()
        self.name.setFocus()

    def _years(self, value: int, name: str) -> QSpinBox:
        """A number of years for the retention of personal data."""
        box = QSpinBox()
        box.setObjectName(name)
        box.setRange(1, MAX_RETENTION_YEARS)
        box.setSuffix(self.tr(" years"))
        box.setValue(value)
        return box

    def draft(self) -> NetworkIdentity:
        return NetworkIdentity(
            self.name.text(),
            self.address.toPlainText(),
            self.city.text(),
            self.registration_number.text(),
            self.blank_rows.value(),
            self.registrant_years.value(),
            self.member_years.value(),
        )

    def validate(self, draft: NetworkIdentity) -> Errors:
        return validate_network_identity(draft)

    def store(self, draft: NetworkIdentity) -> int:
        save_network_identity(self.context.database, draft)
        return 0


def edit_settings(parent: QWidget, context: AppContext) -> bool:
    """Opens the settings; True once saved."""
    try:
        identity = network_identity(context.database)
    except UserError as error:
        QMessageBox.warning(parent, parent.window().windowTitle(), error_text(error))
        return False
    dialog = SettingsDialog(context, identity, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return dialog.exec() == QDialog.DialogCode.Accepted
