"""The organisation editor: who a member organisation is, where, and whom to write to."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ..db.models import OrganisationKind
from ..services.organisations import (
    OrganisationDetails,
    OrganisationDraft,
    create_organisation,
    get_organisation,
    update_organisation,
    validate_organisation,
)
from ..services.validation import Errors
from .context import AppContext
from .editor_dialog import EditorDialog, run_editor
from .formatting import label
from .forms import enum_value, form_layout, with_error


class OrganisationEditor(EditorDialog):
    """Edits `details`, or creates an organisation from `draft` (blank, or a form's answer)."""

    def __init__(
        self,
        context: AppContext,
        details: OrganisationDetails | None,
        draft: OrganisationDraft | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self._details = details
        self.setWindowTitle(
            self.tr("New organisation") if details is None else self.tr("Edit organisation")
        )

        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for kind in OrganisationKind:
            self.kind.addItem(label(kind), kind)
        self.territory = QLineEdit()
        self.territory.setObjectName("territory")
        self.territory.setPlaceholderText(self.tr("Town, inter-municipality, valley…"))
        self.department = QLineEdit()
        self.department.setObjectName("department")
        self.address = QPlainTextEdit()
        self.address.setObjectName("address")
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.address.fontMetrics().lineSpacing() * 4 + 12)
        self.contact_name = QLineEdit()
        self.contact_name.setObjectName("contact_name")
        self.contact_email = QLineEdit()
        self.contact_email.setObjectName("contact_email")
        self.contact_phone = QLineEdit()
        self.contact_phone.setObjectName("contact_phone")

        form = form_layout()
        form.addRow(self.tr("Name"), with_error(self.name, self.errors.add("name")))
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Territory"), with_error(self.territory, self.errors.add("territory")))
        form.addRow(
            self.tr("Department"), with_error(self.department, self.errors.add("department"))
        )
        form.addRow(self.tr("Address"), self.address)
        form.addRow(
            self.tr("Contact"), with_error(self.contact_name, self.errors.add("contact_name"))
        )
        form.addRow(
            self.tr("E-mail"), with_error(self.contact_email, self.errors.add("contact_email"))
        )
        form.addRow(
            self.tr("Phone"), with_error(self.contact_phone, self.errors.add("contact_phone"))
        )
        self.lay_out(form)
        self.resize(560, 440)

        loaded = details.draft if details else draft or OrganisationDraft(name="")
        self.name.setText(loaded.name)
        self.kind.setCurrentIndex(self.kind.findData(loaded.kind))
        self.territory.setText(loaded.territory)
        self.department.setText(loaded.department)
        self.address.setPlainText(loaded.address)
        self.contact_name.setText(loaded.contact_name)
        self.contact_email.setText(loaded.contact_email)
        self.contact_phone.setText(loaded.contact_phone)
        self.mark_loaded()
        self.name.setFocus()

    def draft(self) -> OrganisationDraft:
        return OrganisationDraft(
            name=self.name.text(),
            kind=enum_value(self.kind, OrganisationKind) or OrganisationKind.OTHER,
            territory=self.territory.text(),
            department=self.department.text(),
            address=self.address.toPlainText(),
            contact_name=self.contact_name.text(),
            contact_email=self.contact_email.text(),
            contact_phone=self.contact_phone.text(),
            version=self._details.draft.version if self._details else None,
        )

    def validate(self, draft: OrganisationDraft) -> Errors:
        return validate_organisation(draft)

    def store(self, draft: OrganisationDraft) -> int:
        if self._details is None:
            return create_organisation(self.context.database, draft)
        update_organisation(self.context.database, self._details.id, draft)
        return self._details.id


def edit_organisation(
    parent: QWidget,
    context: AppContext,
    organisation_id: int | None,
    draft: OrganisationDraft | None = None,
) -> int | None:
    """Opens the editor (a new organisation from `draft` for None); returns the id saved."""

    def make() -> OrganisationEditor:
        details = get_organisation(context.database, organisation_id) if organisation_id else None
        return OrganisationEditor(context, details, draft, parent)

    editor = run_editor(parent, make)
    return editor.saved_id if editor is not None else None
