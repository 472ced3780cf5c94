"""Editing a registrant's details (shared by all their registrations)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..services.people import (
    PersonDetails,
    PersonDraft,
    person_of_registration,
    update_person,
    validate_person,
)
from ..services.validation import Errors
from .context import AppContext
from .editor_dialog import EditorDialog, run_editor
from .forms import form_layout, with_error


class PersonEditor(EditorDialog):
    def __init__(
        self, context: AppContext, details: PersonDetails, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self._details = details
        self.setWindowTitle(self.tr("Edit the registrant"))
        self.first_name = QLineEdit(details.draft.first_name)
        self.first_name.setObjectName("first_name")
        self.last_name = QLineEdit(details.draft.last_name)
        self.last_name.setObjectName("last_name")
        self.email = QLineEdit(details.draft.email)
        self.email.setObjectName("email")
        self.phone = QLineEdit(details.draft.phone)
        self.phone.setObjectName("phone")
        self.job_title = QLineEdit(details.draft.job_title)
        self.job_title.setObjectName("job_title")
        self.commune = QLineEdit(details.draft.commune)
        self.commune.setObjectName("commune")
        form = form_layout()
        form.addRow(self.tr("First name"), self.first_name)
        form.addRow(self.tr("Last name"), self.last_name)
        form.addRow(self.tr("E-mail"), with_error(self.email, self.errors.add("email")))
        form.addRow(self.tr("Phone"), with_error(self.phone, self.errors.add("phone")))
        form.addRow(self.tr("Job title"), self.job_title)
        form.addRow(self.tr("Town"), self.commune)
        self.consent_photo = QCheckBox(self.tr("may be photographed or filmed"))
        self.consent_photo.setChecked(details.draft.consent_photo)
        self.consent_newsletter = QCheckBox(self.tr("receives the newsletter"))
        self.consent_newsletter.setChecked(details.draft.consent_newsletter)
        self.consent_list_sharing = QCheckBox(
            self.tr("appears on the list shared with the participants")
        )
        self.consent_list_sharing.setChecked(details.draft.consent_list_sharing)
        consents = QVBoxLayout()
        for box in (self.consent_photo, self.consent_newsletter, self.consent_list_sharing):
            consents.addWidget(box)
        form.addRow(self.tr("Consents"), consents)
        self.lay_out(form)
        self.resize(480, self.sizeHint().height())
        self.mark_loaded()

    def draft(self) -> PersonDraft:
        return PersonDraft(
            email=self.email.text(),
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            phone=self.phone.text(),
            job_title=self.job_title.text(),
            commune=self.commune.text(),
            consent_photo=self.consent_photo.isChecked(),
            consent_newsletter=self.consent_newsletter.isChecked(),
            consent_list_sharing=self.consent_list_sharing.isChecked(),
            version=self._details.draft.version,
        )

    def validate(self, draft: PersonDraft) -> Errors:
        return validate_person(draft)

    def store(self, draft: PersonDraft) -> int:
        update_person(self.context.database, self._details.id, draft)
        return self._details.id


def edit_registrant(parent: QWidget, context: AppContext, registration_id: int) -> int | None:
    """Edits the person of a registration; returns the registration's id once saved."""
    editor = run_editor(
        parent,
        lambda: PersonEditor(
            context, person_of_registration(context.database, registration_id), parent
        ),
    )
    return registration_id if editor is not None else None
