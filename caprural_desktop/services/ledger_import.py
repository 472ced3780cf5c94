"""Importing a year's dues ledger from the treasurer's spreadsheet.

`plan_ledger_import` reads and classifies every row without writing; the preview
shows the plan; `apply_ledger_import` classifies again inside one transaction
(the database may have changed meanwhile) and writes it all or nothing.

The spreadsheet is the treasurer's record: an organisation it names that the
directory does not know is created; a paid amount above what the ledger holds
adds a payment of the difference; a paid amount below it is refused for that
row (payments recorded here are never deleted by an import).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.database import Database
from ..db.models import (
    Due,
    DueStatus,
    Organisation,
    OrganisationKind,
    PaymentMethod,
    Setting,
)
from ..db.types import utc_now
from ..errors import QT_TRANSLATE_NOOP, Message, UserError
from ..money import parse_cents
from ..spreadsheets.mapping import (
    ColumnMapping,
    MissingColumnError,
    Vocabulary,
    find_header_row,
    guess_mapping,
)
from ..spreadsheets.reading import Cell, Workbook, read_workbook
from ..text import clean, fold
from .dues import MAX_CENTS, PaymentDraft, add_payment, check_year, rates_in, today
from .matching import Matcher, guess_kind, match_key
from .organisations import OrganisationDraft, insert_organisation, load_matcher
from .outcomes import LedgerField, LedgerOutcome

LEDGER = Vocabulary(
    LedgerField,
    {
        LedgerField.ORGANISATION: (
            "structure",
            "organisme",
            "organisation",
            "adherent",
            "membre",
            "collectivite",
            "nom de la structure",
            "raison sociale",
            "organization",
            "member",
        ),
        LedgerField.KIND: ("type", "type de structure", "categorie", "nature", "kind"),
        LedgerField.CALLED: (
            "montant appele",
            "appele",
            "montant",
            "cotisation",
            "montant de la cotisation",
            "montant du",
            "a payer",
            "called",
            "amount called",
            "amount",
        ),
        LedgerField.PAID: (
            "montant paye",
            "paye",
            "montant regle",
            "regle",
            "encaisse",
            "montant encaisse",
            "recu",
            "paid",
            "amount paid",
        ),
        LedgerField.PAID_ON: (
            "date de paiement",
            "date du paiement",
            "date de reglement",
            "date d'encaissement",
            "paye le",
            "regle le",
            "date",
            "paid on",
            "payment date",
        ),
        LedgerField.METHOD: (
            "mode de paiement",
            "moyen de paiement",
            "mode de reglement",
            "reglement",
            "method",
            "payment method",
        ),
        LedgerField.REFERENCE: ("reference", "ref", "numero", "n de piece", "piece"),
        LedgerField.STATUS: ("statut", "etat", "situation", "status"),
    },
    (
        (LedgerField.ORGANISATION, "structure"),
        (LedgerField.ORGANISATION, "organisme"),
        (LedgerField.PAID_ON, "date"),
        (LedgerField.PAID, "paye"),
        (LedgerField.PAID, "regle"),
        (LedgerField.PAID, "encaisse"),
        (LedgerField.CALLED, "appel"),
        (LedgerField.CALLED, "montant"),
        (LedgerField.METHOD, "mode"),
        (LedgerField.REFERENCE, "ref"),
    ),
    frozenset({LedgerField.ORGANISATION}),
)


_PUNCTUATION = re.compile(r"['’/_\-.]")


_STATUS_WORDS = {
    **dict.fromkeys(
        ("appelee", "appele", "a payer", "impayee", "en attente", "called"), DueStatus.CALLED
    ),
    **dict.fromkeys(("payee", "paye", "reglee", "regle", "acquittee", "paid"), DueStatus.PAID),
    **dict.fromkeys(("exoneree", "exonere", "exoneration", "gratuit", "waived"), DueStatus.WAIVED),
}
_METHOD_WORDS = {
    **dict.fromkeys(("virement", "vir", "transfer", "bank transfer"), PaymentMethod.TRANSFER),
    **dict.fromkeys(("cheque", "chq"), PaymentMethod.CHEQUE),
    **dict.fromkeys(
        ("mandat", "mandat administratif", "administrative order"),
        PaymentMethod.ADMINISTRATIVE_ORDER,
    ),
    **dict.fromkeys(("especes", "liquide", "cash"), PaymentMethod.CASH),
}
_KIND_WORDS = {
    "commune": OrganisationKind.COMMUNE,
    "intercommunalite": OrganisationKind.INTERCOMMUNALITY,
    "epci": OrganisationKind.INTERCOMMUNALITY,
    "association": OrganisationKind.ASSOCIATION,
    "pays": OrganisationKind.PAYS_GAL,
    "gal": OrganisationKind.PAYS_GAL,
    "pays gal": OrganisationKind.PAYS_GAL,
    "parc naturel regional": OrganisationKind.REGIONAL_PARK,
    "pnr": OrganisationKind.REGIONAL_PARK,
    "chambre consulaire": OrganisationKind.CHAMBER,
    "chambre": OrganisationKind.CHAMBER,
    "service de l etat": OrganisationKind.STATE_SERVICE,
    "etat": OrganisationKind.STATE_SERVICE,
    "membre individuel": OrganisationKind.INDIVIDUAL,
    "individuel": OrganisationKind.INDIVIDUAL,
    "particulier": OrganisationKind.INDIVIDUAL,
    "autre": OrganisationKind.OTHER,
    **{kind.value.replace("_", " "): kind for kind in OrganisationKind},
}


def _words(value: Cell) -> str:
    """A cell's text folded, punctuation as spaces: "Service de l'État", "pays_gal"."""
    return " ".join(_PUNCTUATION.sub(" ", fold(str(value))).split())


@dataclass(frozen=True)
class LedgerLine:
    """One row of the ledger and what importing it does."""

    row: int
    organisation: str
    outcome: LedgerOutcome
    reason: Message | None = None
    organisation_id: int | None = None
    new_organisation: bool = False
    kind: OrganisationKind | None = None
    called_cents: int = 0
    paid_cents: int = 0
    waived: bool = False
    payment: PaymentDraft | None = None


@dataclass(frozen=True)
class LedgerCounts:
    rows: int
    added: int
    updated: int
    unchanged: int
    invalid: tuple[LedgerLine, ...]


@dataclass(frozen=True)
class LedgerPlan:
    path: Path
    year: int
    sheet: str
    sheet_names: tuple[str, ...]
    header: tuple[str, ...]
    mapping: ColumnMapping
    lines: tuple[LedgerLine, ...]
    rows: tuple[tuple[int, tuple[Cell, ...]], ...] = field(repr=False)

    @property
    def counts(self) -> LedgerCounts:
        return _count(self.lines)


def _count(lines: Sequence[LedgerLine]) -> LedgerCounts:
    def number(outcome: LedgerOutcome) -> int:
        return sum(line.outcome is outcome for line in lines)

    return LedgerCounts(
        rows=len(lines),
        added=number(LedgerOutcome.ADDED),
        updated=number(LedgerOutcome.UPDATED),
        unchanged=number(LedgerOutcome.UNCHANGED),
        invalid=tuple(line for line in lines if line.outcome is LedgerOutcome.INVALID),
    )


class NoOrganisationColumnError(MissingColumnError):
    """No column was recognised as the organisation: the preview lets the coordinator choose."""

    def __init__(self, workbook: Workbook, header: Sequence[str]) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{name} has no organisation column (for example “Structure”): "
                "choose the column that holds it.",
            ),
            workbook,
            header,
            name=workbook.file_name,
        )


#: The columns' meaning chosen at the last ledger import, by header text.
MAPPING_SETTING = "dues.ledger_mapping"


def plan_ledger_import(
    database: Database,
    path: Path,
    year: int,
    *,
    sheet: str | None = None,
    mapping: Mapping[str, str] | None = None,
) -> LedgerPlan:
    """Reads the ledger and says what importing it for `year` would do; writes nothing.

    `mapping` gives the meaning of columns by header text; the meaning chosen at
    the last import comes next, then the headers' usual words.
    """
    check_year(year)
    workbook = read_workbook(path, sheet_name=sheet)
    rows = workbook.sheet.rows
    position = find_header_row(rows, LEDGER)
    if position is None:
        raise UserError(
            QT_TRANSLATE_NOOP("Messages", "{name} has no header row: nothing to import."),
            name=path.name,
        )
    header = tuple(str(cell or "").strip() for cell in rows[position])
    with database.read() as session:
        remembered = session.get(Setting, MAPPING_SETTING)
        chosen = guess_mapping(
            header, mapping or (remembered.value if remembered else None), LEDGER
        )
    if chosen.column_of(LedgerField.ORGANISATION) is None:
        raise NoOrganisationColumnError(workbook, header)
    data = tuple(
        (number, tuple(row))
        for number, row in enumerate(rows[position + 1 :], start=position + 2)
        if any(cell not in (None, "") for cell in row)
    )
    with database.read() as session:
        lines = _classify(session, data, chosen, year)
    return LedgerPlan(
        path, year, workbook.sheet.name, tuple(workbook.sheet_names), header, chosen, lines, data
    )


def apply_ledger_import(database: Database, plan: LedgerPlan) -> LedgerCounts:
    """Writes the plan in one transaction, classified again against the database as it is."""
    with database.write() as session:
        lines = _classify(session, plan.rows, plan.mapping, plan.year)
        created: dict[str, int] = {}
        for line in lines:
            if line.outcome in (LedgerOutcome.INVALID, LedgerOutcome.UNCHANGED):
                continue
            organisation_id = line.organisation_id
            if organisation_id is None:
                key = match_key(line.organisation)
                if key not in created:
                    created[key] = insert_organisation(
                        session,
                        OrganisationDraft(
                            name=line.organisation, kind=line.kind or OrganisationKind.OTHER
                        ),
                    )
                organisation_id = created[key]
            _write_due(session, organisation_id, plan.year, line)
        session.merge(Setting(key=MAPPING_SETTING, value=plan.mapping.to_json(plan.header)))
        return _count(lines)


def _write_due(session: Session, organisation_id: int, year: int, line: LedgerLine) -> None:
    due = session.scalar(
        select(Due).where(Due.organisation_id == organisation_id, Due.year == year)
    )
    if due is None:
        due = Due(organisation_id=organisation_id, year=year, paid_cents=0, note="")
        session.add(due)
    due.called_cents = line.called_cents
    due.waived = line.waived
    due.updated_at = utc_now()
    session.flush()
    if line.payment is not None:
        add_payment(session, due, line.payment)


# Classifying rows


class _Refused(Exception):
    def __init__(self, text: str, **params: Any) -> None:
        self.message = Message(text, params)


def _classify(
    session: Session,
    rows: Sequence[tuple[int, Sequence[Cell]]],
    mapping: ColumnMapping,
    year: int,
) -> tuple[LedgerLine, ...]:
    matcher = load_matcher(session)
    rates = rates_in(session)
    dues = {
        due.organisation_id: due for due in session.scalars(select(Due).where(Due.year == year))
    }
    kinds = dict(session.execute(select(Organisation.id, Organisation.kind)).all())
    seen: dict[str, int] = {}
    lines = []
    for number, cells in rows:
        values = {
            name: cells[position] if position < len(cells) else None
            for position, name in enumerate(mapping.fields)
            if name is not None
        }
        organisation = clean(str(values.get(LedgerField.ORGANISATION) or ""))
        try:
            line = _classify_row(
                number, organisation, values, matcher, rates, dues, kinds, seen, year
            )
        except _Refused as refused:
            line = LedgerLine(number, organisation, LedgerOutcome.INVALID, refused.message)
        lines.append(line)
    return tuple(lines)


def _classify_row(
    number: int,
    organisation: str,
    values: dict[Any, Cell],
    matcher: Matcher,
    rates: dict[OrganisationKind, int],
    dues: dict[int, Due],
    kinds: dict[int, OrganisationKind],
    seen: dict[str, int],
    year: int,
) -> LedgerLine:
    if not organisation:
        raise _Refused(QT_TRANSLATE_NOOP("Messages", "No organisation named."))
    if len(organisation) > 300:
        raise _Refused(QT_TRANSLATE_NOOP("Messages", "The organisation's name is too long."))
    key = match_key(organisation)
    if key in seen:
        raise _Refused(
            QT_TRANSLATE_NOOP("Messages", "Row {row} already gives this organisation's dues."),
            row=seen[key],
        )
    seen[key] = number
    organisation_id = matcher.exact(organisation)
    kind = _kind(values.get(LedgerField.KIND))
    if organisation_id is not None:
        kind = kinds.get(organisation_id, kind)
    kind = kind or guess_kind(organisation)
    status = _status(values.get(LedgerField.STATUS))
    due = dues.get(organisation_id) if organisation_id is not None else None
    waived = status is DueStatus.WAIVED
    called = _amount(values.get(LedgerField.CALLED))
    if called is None:
        called = due.called_cents if due is not None else rates[kind]
    if not called and not waived:
        raise _Refused(
            QT_TRANSLATE_NOOP(
                "Messages",
                "No amount called, and none on the scale for this kind of organisation.",
            )
        )
    recorded = due.paid_cents if due is not None else 0
    paid = _amount(values.get(LedgerField.PAID))
    if paid is None:
        paid = called if status is DueStatus.PAID else recorded
    if paid < recorded:
        raise _Refused(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The ledger already records {recorded} paid, more than this row's {paid}: "
                "take back a payment in the dues view first.",
            ),
            recorded=_euros(recorded),
            paid=_euros(paid),
        )
    payment = _payment(values, paid - recorded) if paid > recorded else None
    if due is None:
        outcome = LedgerOutcome.ADDED
    elif payment is not None or (due.called_cents, due.waived) != (called, waived):
        outcome = LedgerOutcome.UPDATED
    else:
        outcome = LedgerOutcome.UNCHANGED
    return LedgerLine(
        number,
        organisation,
        outcome,
        organisation_id=organisation_id,
        new_organisation=organisation_id is None,
        kind=kind,
        called_cents=called,
        paid_cents=paid,
        waived=waived,
        payment=payment,
    )


def _euros(cents: int) -> str:
    return f"{cents // 100},{cents % 100:02d} €"


def _amount(value: Cell) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    cents = parse_cents(value)
    if cents is None or cents > MAX_CENTS:
        raise _Refused(
            QT_TRANSLATE_NOOP("Messages", "Not an amount in euros: {value}"), value=_shown(value)
        )
    return cents


def _shown(value: Cell) -> str:
    """A cell as the spreadsheet shows it: -120, not -120.0."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _payment(values: dict[Any, Cell], cents: int) -> PaymentDraft:
    paid_on = _date(values.get(LedgerField.PAID_ON))
    if paid_on is None:
        raise _Refused(QT_TRANSLATE_NOOP("Messages", "A paid amount without a payment date."))
    if paid_on > today():
        raise _Refused(QT_TRANSLATE_NOOP("Messages", "A payment cannot be dated in the future."))
    method_cell = values.get(LedgerField.METHOD)
    method = _METHOD_WORDS.get(_words(method_cell)) if method_cell not in (None, "") else None
    if method_cell not in (None, "") and method is None:
        raise _Refused(
            QT_TRANSLATE_NOOP("Messages", "Unknown payment method: {value}"), value=str(method_cell)
        )
    reference = clean(str(values.get(LedgerField.REFERENCE) or ""))
    if len(reference) > 200:
        raise _Refused(QT_TRANSLATE_NOOP("Messages", "The payment reference is too long."))
    return PaymentDraft(cents, paid_on, method, reference)


def _date(value: Cell) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value or "").strip()
    if not text:
        return None
    for pattern in ("%d/%m/%Y", "%d/%m/%y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            return datetime.strptime(text.split(" ")[0], pattern).date()
        except ValueError:
            continue
    raise _Refused(QT_TRANSLATE_NOOP("Messages", "Not a date: {value}"), value=text)


def _kind(value: Cell) -> OrganisationKind | None:
    if value in (None, ""):
        return None
    return _KIND_WORDS.get(_words(value))


def _status(value: Cell) -> DueStatus | None:
    if value in (None, ""):
        return None
    status = _STATUS_WORDS.get(_words(value))
    if status is None:
        raise _Refused(
            QT_TRANSLATE_NOOP("Messages", "Unknown status: {value} (appelée, payée or exonérée)"),
            value=str(value),
        )
    return status
