"""A registrant's personal data (export, anonymisation) and the retention purge."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..errors import UserError
from ..services.people import person_of_registration
from ..services.privacy import anonymise_person, apply_purge, export_person_data, purge_plan
from .context import AppContext
from .file_saver import FileSaver

FOLDER_KEY = "privacy/folder"


class PrivacyActions(FileSaver):
    """What a registrant may ask of their data, acted on by the coordinator."""

    def __init__(self, parent: QWidget, context: AppContext) -> None:
        super().__init__(parent, context, FOLDER_KEY)

    def export_data(self, registration_id: int) -> str | None:
        """Everything stored about the registrant, as JSON and .xlsx, in a chosen folder."""
        chosen = QFileDialog.getExistingDirectory(
            self.widget, self.tr("Folder for the personal data"), str(self.folder())
        )
        if not chosen:
            return None
        folder = Path(chosen)
        self.remember(folder)
        try:
            person = person_of_registration(self.context.database, registration_id)
            json_path, xlsx_path = export_person_data(
                self.context.database, person.id, folder, QCoreApplication.translate
            )
        except UserError as error:
            self.warn(error)
            return None
        return self.tr("Personal data written: {} and {}").format(json_path, xlsx_path.name)

    def anonymise(self, registration_id: int) -> str | None:
        try:
            person = person_of_registration(self.context.database, registration_id)
        except UserError as error:
            self.warn(error)
            return None
        name = f"{person.draft.first_name} {person.draft.last_name}".strip() or person.draft.email
        question = self.tr(
            "Anonymise {name}? Their name, e-mail, phone and form answers are removed for "
            "good, in every session; their attendance stays counted. This cannot be undone."
        ).format(name=name)
        if not self._confirm(question):
            return None
        try:
            anonymise_person(self.context.database, person.id)
        except UserError as error:
            self.warn(error)
            return None
        return self.tr("{name} is anonymised.").format(name=name)

    def purge(self) -> str | None:
        """Shows whom the retention rule would anonymise, then does it if asked."""
        try:
            plan = purge_plan(self.context.database)
        except UserError as error:
            self.warn(error)
            return None
        if not plan.people and not plan.members:
            self.say(self.tr("Nobody's data is older than the retention rule allows."))
            return None
        last_session = self.tr("{who} — last session: {when}")
        last_paid = self.tr("{who} — last paid year: {when}")
        listed = [
            last_session.format(who=name or email, when=last or "-")
            for _id, name, email, last in plan.people
        ] + [last_paid.format(who=name, when=year) for _id, name, year in plan.members]
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.widget.window().windowTitle(),
            self.tr(
                "The retention rule anonymises {people} registrant(s) without a session for "
                "{years} years and {members} individual member(s) who paid last more than "
                "{member_years} years ago (see the details). Their attendance stays counted; "
                "nothing else changes. Anonymise them now?"
            ).format(
                people=len(plan.people),
                years=plan.registrant_years,
                members=len(plan.members),
                member_years=plan.member_years,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.widget,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setDetailedText("\n".join(listed))
        if box.exec() != QMessageBox.StandardButton.Yes:
            return None
        try:
            count = apply_purge(self.context.database, plan)
        except UserError as error:
            self.warn(error)
            return None
        return self.tr("%n record(s) anonymised.", "", count)

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(
            self.widget,
            self.widget.window().windowTitle(),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
