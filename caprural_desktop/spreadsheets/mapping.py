"""Which column holds what: a sheet's headers, French or English, mapped to fields.

Google Forms' response sheets are the main case; a treasurer's dues ledger is
another vocabulary of the same kind. Headers are compared folded (case,
accents, spaces) and without trailing punctuation ("Adresse e-mail :", "Nom *").
Columns of a response sheet mapped to no field are kept whole as answers.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from ..errors import UserError
from ..text import fold
from .reading import Cell, Workbook


class Field(enum.StrEnum):
    SUBMITTED_AT = "submitted_at"
    EMAIL = "email"
    LAST_NAME = "last_name"
    FIRST_NAME = "first_name"
    ORGANISATION = "organisation"
    JOB_TITLE = "job_title"
    PHONE = "phone"
    COMMUNE = "commune"
    CONSENT_PHOTO = "consent_photo"
    CONSENT_NEWSLETTER = "consent_newsletter"
    CONSENT_LIST_SHARING = "consent_list_sharing"


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
    Field.CONSENT_PHOTO: (
        "droit a l'image",
        "autorisation de prise de vue",
        "autorisation photo",
        "photos",
        "photo",
        "image rights",
    ),
    Field.CONSENT_NEWSLETTER: (
        "newsletter",
        "lettre d'information",
        "lettre d'info",
        "infolettre",
        "abonnement a la newsletter",
    ),
    Field.CONSENT_LIST_SHARING: (
        "liste des participants",
        "partage de la liste des participants",
        "partage de mes coordonnees",
        "partage des coordonnees",
        "participants list",
    ),
}

#: When no header matches exactly: words that give a column away, tried in this order.
KEYWORDS: tuple[tuple[Field, str], ...] = (
    (Field.SUBMITTED_AT, "horodat"),
    (Field.SUBMITTED_AT, "timestamp"),
    (Field.EMAIL, "mail"),
    (Field.EMAIL, "email"),
    (Field.EMAIL, "courriel"),
    (Field.EMAIL, "electronique"),
    (Field.EMAIL, "messagerie"),
    (Field.EMAIL, "mel"),
    (Field.ORGANISATION, "structure"),
    (Field.ORGANISATION, "organisme"),
    (Field.FIRST_NAME, "prenom"),
    (Field.PHONE, "telephone"),
    (Field.JOB_TITLE, "fonction"),
    (Field.COMMUNE, "commune"),
    (Field.LAST_NAME, "nom"),
    (Field.CONSENT_PHOTO, "droit a l'image"),
    (Field.CONSENT_NEWSLETTER, "newsletter"),
    (Field.CONSENT_NEWSLETTER, "infolettre"),
)

_TRAILING = re.compile(r"[\s:*?.!\-–—]+$")
_WORD = re.compile(r"[^\W_]+")
HEADER_SEARCH_ROWS = 20


@dataclass(frozen=True)
class Vocabulary:
    """The headers and keywords that give away the columns of one kind of sheet.

    `anchors` are the fields whose header marks the header row.
    """

    fields: type[enum.StrEnum]
    headers: Mapping[Any, tuple[str, ...]]
    keywords: tuple[tuple[Any, str], ...]
    anchors: frozenset[Any]

    @cached_property
    def index(self) -> dict[str, Any]:
        return {header: field for field, headers in self.headers.items() for header in headers}


FORM_RESPONSES = Vocabulary(Field, HEADERS, KEYWORDS, frozenset({Field.EMAIL, Field.SUBMITTED_AT}))


def normalise_header(header: object) -> str:
    return _TRAILING.sub("", fold(str(header or "")))


@dataclass(frozen=True)
class ColumnMapping:
    """The field of each column (None: kept as an answer), by column position."""

    fields: tuple[Any | None, ...]

    def column_of(self, field: Any) -> int | None:
        try:
            return self.fields.index(field)
        except ValueError:
            return None

    def to_json(self, header: Sequence[str]) -> dict[str, str]:
        """Remembered by header text, so that a grown sheet with moved columns still maps."""
        return {name: field.value for name, field in zip(header, self.fields, strict=True) if field}


def guess_mapping(
    header: Sequence[str],
    remembered: Mapping[str, str] | None = None,
    vocabulary: Vocabulary = FORM_RESPONSES,
) -> ColumnMapping:
    """Maps each header to at most one field, each field to at most one column.

    A mapping remembered from the last import wins; then exact headers; then
    keywords, for columns still unmapped.
    """
    fields: list[Any | None] = [None] * len(header)
    taken: set[Any] = set()
    normalised = [normalise_header(name) for name in header]
    index = vocabulary.index

    def assign(position: int, field: Any) -> None:
        if fields[position] is None and field not in taken:
            fields[position] = field
            taken.add(field)

    for position, name in enumerate(header):
        if remembered and name in remembered:
            assign(position, vocabulary.fields(remembered[name]))
    for position, name in enumerate(normalised):
        if name in index:
            assign(position, index[name])
    words = [_WORD.findall(name) for name in normalised]  # "e-mail pro": e, mail, pro
    for field, keyword in vocabulary.keywords:
        for position, name in enumerate(normalised):
            if keyword in words[position] or (len(keyword) > 4 and keyword in name):
                assign(position, field)
    return ColumnMapping(tuple(fields))


def find_header_row(
    rows: Sequence[Sequence[Cell]], vocabulary: Vocabulary = FORM_RESPONSES
) -> int | None:
    """The position of the header among the first rows: the first naming an anchor
    column (an e-mail or a timestamp in a response sheet), else the first with two
    or more texts; None if there is none."""
    fallback = None
    index = vocabulary.index
    for position, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        names = [normalise_header(cell) for cell in row if isinstance(cell, str) and cell.strip()]
        if vocabulary.anchors & {index.get(name) for name in names}:
            return position
        if fallback is None and len(names) >= 2:
            fallback = position
    return fallback


class MissingColumnError(UserError):
    """A column the import cannot do without was not recognised: the preview offers
    the sheet's columns so that the coordinator can say which one it is."""

    def __init__(self, text: str, workbook: Workbook, header: Sequence[str], **params: Any) -> None:
        super().__init__(text, sheet=workbook.sheet.name, **params)
        self.sheet_names = workbook.sheet_names
        self.sheet = workbook.sheet.name
        self.header = list(header)
