"""The columns that show organisations, in the directory and wherever one is chosen."""

from __future__ import annotations

from ..errors import QT_TRANSLATE_NOOP
from ..services.organisations import OrganisationRow
from .formatting import label
from .table_model import Column, text_column


def identity_columns() -> list[Column[OrganisationRow]]:
    """Enough to tell two organisations apart: two "Commune de Saint-Pierre" differ by place."""
    return [
        Column(
            QT_TRANSLATE_NOOP("Columns", "Name"),
            lambda row: row.name,
            lambda row: row.search_text,
            width=32,
            stretch=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Kind"),
            lambda row: label(row.kind),
            lambda row: label(row.kind),
            width=19,
        ),
        text_column(QT_TRANSLATE_NOOP("Columns", "Territory"), lambda row: row.territory, width=16),
        text_column(
            QT_TRANSLATE_NOOP("Columns", "Department"), lambda row: row.department, width=9
        ),
    ]


def directory_columns() -> list[Column[OrganisationRow]]:
    return [
        *identity_columns(),
        text_column(
            QT_TRANSLATE_NOOP("Columns", "Contact"),
            lambda row: row.contact_name or row.contact_email,
            width=18,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "People"),
            lambda row: str(row.people_count),
            lambda row: row.people_count,
            numeric=True,
            width=6,
        ),
    ]
