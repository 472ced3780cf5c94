"""The directory of member organisations ("structures"), their aliases, merging duplicates."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from ..errors import UserError
from ..services import organisations
from ..services.organisations import OrganisationRow
from .aliases_panel import AliasesPanel
from .context import AppContext
from .details_html import DetailsRenderer
from .forms import text_tool_bar
from .listing_page import ListingPage
from .matching_dialog import match_organisations
from .merge_dialog import merge_organisation
from .organisation_columns import directory_columns
from .organisation_editor import edit_organisation


class OrganisationsPage(ListingPage):
    can_create = can_edit = can_delete = True

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, directory_columns(), parent)
        self.setObjectName("organisations_page")
        self.tools = text_tool_bar("organisation_tools")
        self.merge_action = self.tools.addAction(self.tr("Merge with…"), self.merge)
        self.match_action = self.tools.addAction(
            self.tr("Match the organisations…"), self.match_answers
        )
        self.actions_bar.addWidget(self.tools)
        self.actions_bar.addStretch(1)
        self.aliases = AliasesPanel(context)
        self.details_bar.addWidget(self.aliases)

        self.aliases.changed.connect(self._aliases_changed)
        self.selection_changed.connect(self._selection_shown)
        self._selection_shown()

    def page_title(self) -> str:
        return self.tr("Organisations")

    def load_rows(self) -> Sequence[OrganisationRow]:
        return organisations.list_organisations(self.context.database)

    def details_html(self, row_id: int) -> str:
        details = organisations.get_organisation(self.context.database, row_id)
        return DetailsRenderer(self.context.formatter).organisation(details)

    def open_editor(self, row_id: int | None) -> int | None:
        return edit_organisation(self, self.context, row_id)

    def delete_item(self, row_id: int) -> None:
        row = self.model.row_at(self.model.index_of(row_id))
        if row is None:
            return
        question = self.tr("Delete the organisation “{}”?").format(row.name)
        if row.people_count:
            question += "\n\n" + self.tr(
                "%n person(s) tied to it will belong to no organisation.", "", row.people_count
            )
        called = organisations.dues_on_record(self.context.database, row_id)
        if called:
            question += "\n\n" + self.tr(
                "Its %n due(s) on record, none paid, will be deleted with it.", "", called
            )
        if not self.confirm(question):
            return
        try:
            organisations.delete_organisation(self.context.database, row_id)
        except UserError as error:
            self.show_error(error)
        self.refresh()

    def merge(self) -> None:
        row_id = self.selected_id()
        kept = merge_organisation(self, self.context, row_id) if row_id is not None else None
        if kept is not None:
            self.refresh(select_id=kept)
            self.show_status(self.tr("Merged."))
            self.changed.emit()

    def match_answers(self) -> None:
        """Registrants tied to an organisation now count among its people."""
        if match_organisations(self, self.context, session_id=None):
            self.refresh()
            self.changed.emit()

    def _selection_shown(self) -> None:
        row_id = self.selected_id()
        self.merge_action.setEnabled(row_id is not None)
        details = None
        if row_id is not None:
            try:
                details = organisations.get_organisation(self.context.database, row_id)
            except UserError:
                pass  # the details pane already says so
        self.aliases.show_organisation(details)

    def _aliases_changed(self) -> None:
        self._selection_changed()  # the details and the aliases, read again
        self.changed.emit()
