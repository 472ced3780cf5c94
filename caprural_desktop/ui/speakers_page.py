"""The speakers directory, and from a speaker the sessions they speak at."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from ..errors import QT_TRANSLATE_NOOP, UserError
from ..services import speakers
from ..services.speakers import SpeakerRow
from .context import AppContext
from .details_html import DetailsRenderer
from .formatting import label
from .listing_page import ListingPage
from .speaker_editor import edit_speaker
from .table_model import Column, text_column


def speaker_columns() -> list[Column[SpeakerRow]]:
    return [
        Column(
            QT_TRANSLATE_NOOP("Columns", "Name"),
            lambda row: row.name,
            lambda row: row.search_text,
            width=30,
            stretch=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Kind"),
            lambda row: label(row.kind),
            lambda row: row.kind.value,
            width=11,
        ),
        text_column(
            QT_TRANSLATE_NOOP("Columns", "Organisation"), lambda row: row.organisation, width=16
        ),
        # Stored lower-cased, or as digits: sorted as they are.
        Column(
            QT_TRANSLATE_NOOP("Columns", "E-mail"),
            lambda row: row.email,
            lambda row: row.email,
            width=20,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Phone"),
            lambda row: row.phone,
            lambda row: row.phone,
            width=13,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Sessions"),
            lambda row: str(row.session_count),
            lambda row: row.session_count,
            numeric=True,
            width=7,
        ),
    ]


class SpeakersPage(ListingPage):
    can_create = can_edit = can_delete = True

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, speaker_columns(), parent)
        self.setObjectName("speakers_page")

    def page_title(self) -> str:
        return self.tr("Speakers")

    def load_rows(self) -> Sequence[SpeakerRow]:
        return speakers.list_speakers(self.context.database)

    def details_html(self, row_id: int) -> str:
        details = speakers.get_speaker(self.context.database, row_id)
        return DetailsRenderer(self.context.formatter).speaker(details)

    def open_editor(self, row_id: int | None) -> int | None:
        return edit_speaker(self, self.context, row_id)

    def delete_item(self, row_id: int) -> None:
        row = self.model.row_at(self.model.index_of(row_id))
        if row is None:
            return
        question = self.tr("Delete the speaker “{}”?").format(row.name)
        if row.session_count:
            question += "\n\n" + self.tr(
                "They will be removed from the %n session(s) they speak at.", "", row.session_count
            )
        if not self.confirm(question):
            return
        try:
            speakers.delete_speaker(self.context.database, row_id)
        except UserError as error:
            self.show_error(error)
        self.refresh()
