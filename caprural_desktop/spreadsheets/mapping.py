"""Which column holds what: Google Forms' headers, French or English, mapped to fields.

Headers are compared folded (case, accents, spaces) and without trailing
punctuation ("Adresse e-mail :", "Nom *"). Columns mapped to no field are kept
whole as the registration's answers.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..text import fold
from .reading import Cell


class Field(enum.StrEnum):
    SUBMITTED_AT = "submitted_at"
    EMAIL = "email"
    LAST_NAME = "last_name"
    FIRST_NAME = "first_name"
    ORGANISATION = "organisation"
    JOB_TITLE = "job_title"
    PHONE = "phone"
    COMMUNE = "commune"


#: Exact headers (folded) of each field, French and English.
HEADERS: dict[Field, tuple[str, ...]] = {
    Field.SUBMITTED_AT: (
        "horodateur",
        "horodatage",
        "timestamp",
        "date et heure",
        "date de reponse",
        "date de soumission",
        "submitted at",
    ),
    Field.EMAIL: (
        "adresse e-mail",
        "adresse email",
        "adresse mail",
        "adresse electronique",
        "adresse courriel",
        "email address",
        "e-mail address",
        "e-mail",
        "email",
        "mail",
        "courriel",
        "votre e-mail",
        "votre email",
        "votre adresse e-mail",
        "votre adresse mail",
    ),
    Field.LAST_NAME: ("nom", "nom de famille", "votre nom", "last name", "surname", "family name"),
    Field.FIRST_NAME: ("prenom", "votre prenom", "first name", "given name"),
    Field.ORGANISATION: (
        "structure",
        "organisme",
        "organisation",
        "organization",
        "structure / organisme",
        "nom de la structure",
        "votre structure",
        "votre organisme",
        "employeur",
        "collectivite",
        "collectivite / structure",
    ),
    Field.JOB_TITLE: ("fonction", "votre fonction", "poste", "job title", "function", "role"),
    Field.PHONE: (
        "telephone",
        "tel",
        "numero de telephone",
        "votre telephone",
        "portable",
        "phone",
        "phone number",
        "telephone portable",
    ),
    Field.COMMUNE: ("commune", "ville", "town", "city", "commune de la structure", "territoire"),
}

#: When no header matches exactly: words that give a column away, tried in this order.
KEYWORDS: tuple[tuple[Field, str], ...] = (
    (Field.SUBMITTED_AT, "horodat"),
    (Field.SUBMITTED_AT, "timestamp"),
    (Field.EMAIL, "mail"),
    (Field.EMAIL, "courriel"),
    (Field.ORGANISATION, "structure"),
    (Field.ORGANISATION, "organisme"),
    (Field.FIRST_NAME, "prenom"),
    (Field.PHONE, "telephone"),
    (Field.JOB_TITLE, "fonction"),
    (Field.COMMUNE, "commune"),
    (Field.LAST_NAME, "nom"),
)

_TRAILING = re.compile(r"[\s:*?.!\-–—]+$")
_INDEX = {header: field for field, headers in HEADERS.items() for header in headers}
HEADER_SEARCH_ROWS = 20


def normalise_header(header: object) -> str:
    return _TRAILING.sub("", fold(str(header or "")))


@dataclass(frozen=True)
class ColumnMapping:
    """The field of each column (None: kept as an answer), by column position."""

    fields: tuple[Field | None, ...]

    def column_of(self, field: Field) -> int | None:
        try:
            return self.fields.index(field)
        except ValueError:
            return None

    def to_json(self, header: Sequence[str]) -> dict[str, str]:
        """Remembered by header text, so that a grown sheet with moved columns still maps."""
        return {name: field.value for name, field in zip(header, self.fields, strict=True) if field}


def guess_mapping(
    header: Sequence[str], remembered: Mapping[str, str] | None = None
) -> ColumnMapping:
    """Maps each header to at most one field, each field to at most one column.

    A mapping remembered from this session's last import wins; then exact
    headers; then keywords, for columns still unmapped.
    """
    fields: list[Field | None] = [None] * len(header)
    taken: set[Field] = set()
    normalised = [normalise_header(name) for name in header]

    def assign(position: int, field: Field) -> None:
        if fields[position] is None and field not in taken:
            fields[position] = field
            taken.add(field)

    for position, name in enumerate(header):
        if remembered and name in remembered:
            assign(position, Field(remembered[name]))
    for position, name in enumerate(normalised):
        if name in _INDEX:
            assign(position, _INDEX[name])
    for field, keyword in KEYWORDS:
        for position, name in enumerate(normalised):
            if keyword in name.split() or (len(keyword) > 4 and keyword in name):
                assign(position, field)
    return ColumnMapping(tuple(fields))


def find_header_row(rows: Sequence[Sequence[Cell]]) -> int | None:
    """The position of the header among the first rows: the first naming an e-mail or
    timestamp column, else the first with two or more texts; None if there is none."""
    fallback = None
    for position, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        names = [normalise_header(cell) for cell in row if isinstance(cell, str) and cell.strip()]
        mapped = {_INDEX.get(name) for name in names}
        if Field.EMAIL in mapped or Field.SUBMITTED_AT in mapped:
            return position
        if fallback is None and len(names) >= 2:
            fallback = position
    return fallback
