"""The speaker editor: a person or an organisation, their description and contact."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ..db.models import SpeakerKind
from ..services.speakers import (
    SpeakerDetails,
    SpeakerDraft,
    create_speaker,
    get_speaker,
    update_speaker,
    validate_speaker,
)
from ..services.validation import Errors
from .context import AppContext
from .editor_dialog import EditorDialog, run_editor
from .formatting import label
from .forms import enum_value, form_layout, with_error


class SpeakerEditor(EditorDialog):
    def __init__(
        self, context: AppContext, details: SpeakerDetails | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self._details = details
        self.setWindowTitle(self.tr("New speaker") if details is None else self.tr("Edit speaker"))

        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for kind in SpeakerKind:
            self.kind.addItem(label(kind), kind)
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.organisation = QLineEdit()
        self.organisation.setObjectName("organisation")
        self.description = QPlainTextEdit()
        self.description.setObjectName("description")
        self.description.setTabChangesFocus(True)
        self.email = QLineEdit()
        self.email.setObjectName("email")
        self.phone = QLineEdit()
        self.phone.setObjectName("phone")
        self.website = QLineEdit()
        self.website.setObjectName("website")
        self.website.setPlaceholderText("https://…")

        form = form_layout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Name"), with_error(self.name, self.errors.add("name")))
        self._works_for = with_error(self.organisation, self.errors.add("organisation"))
        form.addRow(self.tr("Works for"), self._works_for)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("E-mail"), with_error(self.email, self.errors.add("email")))
        form.addRow(self.tr("Phone"), with_error(self.phone, self.errors.add("phone")))
        form.addRow(self.tr("Website"), with_error(self.website, self.errors.add("website")))
        self._form = form
        self.lay_out(form)
        self.resize(560, 460)

        draft = details.draft if details else SpeakerDraft(name="")
        self.kind.setCurrentIndex(self.kind.findData(draft.kind))
        self.name.setText(draft.name)
        self.organisation.setText(draft.organisation)
        self.description.setPlainText(draft.description)
        self.email.setText(draft.email)
        self.phone.setText(draft.phone)
        self.website.setText(draft.website)
        self._kind_changed()
        self.mark_loaded()
        self.name.setFocus()

    def draft(self) -> SpeakerDraft:
        return SpeakerDraft(
            kind=enum_value(self.kind, SpeakerKind),
            name=self.name.text(),
            organisation=self.organisation.text(),
            description=self.description.toPlainText(),
            email=self.email.text(),
            phone=self.phone.text(),
            website=self.website.text(),
            version=self._details.draft.version if self._details else None,
        )

    def _kind_changed(self) -> None:
        """An organisation works for nobody: its field is hidden."""
        is_person = enum_value(self.kind, SpeakerKind) is SpeakerKind.PERSON
        self._form.setRowVisible(self._works_for, is_person)

    def validate(self, draft: SpeakerDraft) -> Errors:
        return validate_speaker(draft)

    def store(self, draft: SpeakerDraft) -> int:
        if self._details is None:
            return create_speaker(self.context.database, draft)
        update_speaker(self.context.database, self._details.id, draft)
        return self._details.id


def edit_speaker(parent: QWidget, context: AppContext, speaker_id: int | None) -> int | None:
    """Opens the editor; returns the id of the saved speaker, None if cancelled."""
    editor = run_editor(
        parent,
        lambda: SpeakerEditor(
            context, get_speaker(context.database, speaker_id) if speaker_id else None, parent
        ),
    )
    return editor.saved_id if editor is not None else None
