"""Everyone registered, all sessions together (filled by the Google Form import)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from ..errors import QT_TRANSLATE_NOOP
from ..services.registrations import RegistrationRow, list_registrations
from .context import AppContext
from .formatting import Formatter, label
from .listing_page import ListingPage
from .table_model import Column, text_column


def registration_columns(formatter: Formatter) -> list[Column[RegistrationRow]]:
    return [
        text_column(QT_TRANSLATE_NOOP("Columns", "Last name"), lambda row: row.last_name, width=18),
        text_column(
            QT_TRANSLATE_NOOP("Columns", "First name"), lambda row: row.first_name, width=16
        ),
        text_column(
            QT_TRANSLATE_NOOP("Columns", "Organisation"), lambda row: row.organisation, width=22
        ),
        text_column(
            QT_TRANSLATE_NOOP("Columns", "Session"),
            lambda row: row.session_title,
            width=30,
            stretch=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Submitted"),
            lambda row: formatter.date_time(row.submitted_at),
            lambda row: row.submitted_at,
            width=16,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Status"),
            lambda row: label(row.status),
            lambda row: row.status.value,
            width=16,
        ),
    ]


class RegistrantsPage(ListingPage):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, registration_columns(context.formatter), parent)
        self.setObjectName("registrants_page")
        self.details.setPlaceholderText(
            self.tr("Registrants appear here once a session's form responses are imported.")
        )

    def page_title(self) -> str:
        return self.tr("Registrants")

    def load_rows(self) -> Sequence[RegistrationRow]:
        return list_registrations(self.context.database)
