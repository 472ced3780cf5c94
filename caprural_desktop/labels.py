"""The user's words for coded values (a format, a status, a kind), marked for translation.

No Qt here: the window translates them with its translators, the command line and
the exports with theirs.
"""

from __future__ import annotations

from typing import Protocol

from .connection_logs.presence import Verdict
from .connection_logs.records import TOOL_NAMES
from .db.models import (
    AttendanceStatus,
    ConferenceTool,
    DueStatus,
    OrganisationKind,
    PaymentMethod,
    RegistrationStatus,
    SessionFormat,
    SessionStatus,
    SpeakerKind,
)
from .errors import QT_TRANSLATE_NOOP, Translate, untranslated
from .services.outcomes import LedgerField, LedgerOutcome, Outcome
from .spreadsheets.mapping import Field

CONTEXT = "Labels"

FORMAT_LABELS = {
    SessionFormat.WEB: QT_TRANSLATE_NOOP("Labels", "Web conference"),
    SessionFormat.ONSITE: QT_TRANSLATE_NOOP("Labels", "In person"),
}
STATUS_LABELS = {
    SessionStatus.DRAFT: QT_TRANSLATE_NOOP("Labels", "Draft"),
    SessionStatus.OPEN: QT_TRANSLATE_NOOP("Labels", "Registration open"),
    SessionStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "Registration closed"),
    SessionStatus.HELD: QT_TRANSLATE_NOOP("Labels", "Held"),
    SessionStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Cancelled"),
}
SPEAKER_KIND_LABELS = {
    SpeakerKind.PERSON: QT_TRANSLATE_NOOP("Labels", "Person"),
    SpeakerKind.ORGANISATION: QT_TRANSLATE_NOOP("Labels", "Organisation"),
}
REGISTRATION_STATUS_LABELS = {
    RegistrationStatus.CONFIRMED: QT_TRANSLATE_NOOP("Labels", "Confirmed"),
    RegistrationStatus.WAITLISTED: QT_TRANSLATE_NOOP("Labels", "Waitlisted"),
    RegistrationStatus.LATE: QT_TRANSLATE_NOOP("Labels", "Late"),
    RegistrationStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Cancelled"),
}

ORGANISATION_KIND_LABELS = {
    OrganisationKind.COMMUNE: QT_TRANSLATE_NOOP("Labels", "Municipality"),
    OrganisationKind.INTERCOMMUNALITY: QT_TRANSLATE_NOOP("Labels", "Inter-municipality"),
    OrganisationKind.ASSOCIATION: QT_TRANSLATE_NOOP("Labels", "Association"),
    OrganisationKind.PAYS_GAL: QT_TRANSLATE_NOOP("Labels", "Pays / LAG"),
    OrganisationKind.REGIONAL_PARK: QT_TRANSLATE_NOOP("Labels", "Regional nature park"),
    OrganisationKind.CHAMBER: QT_TRANSLATE_NOOP("Labels", "Chamber"),
    OrganisationKind.STATE_SERVICE: QT_TRANSLATE_NOOP("Labels", "State service"),
    OrganisationKind.INDIVIDUAL: QT_TRANSLATE_NOOP("Labels", "Individual member"),
    OrganisationKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}
DUE_STATUS_LABELS = {
    DueStatus.CALLED: QT_TRANSLATE_NOOP("Labels", "Called"),
    DueStatus.PAID: QT_TRANSLATE_NOOP("Labels", "Paid"),
    DueStatus.WAIVED: QT_TRANSLATE_NOOP("Labels", "Waived"),
}
PAYMENT_METHOD_LABELS = {
    PaymentMethod.TRANSFER: QT_TRANSLATE_NOOP("Labels", "Bank transfer"),
    PaymentMethod.CHEQUE: QT_TRANSLATE_NOOP("Labels", "Cheque"),
    PaymentMethod.ADMINISTRATIVE_ORDER: QT_TRANSLATE_NOOP("Labels", "Administrative order"),
    PaymentMethod.CASH: QT_TRANSLATE_NOOP("Labels", "Cash"),
}
#: The dues flag of a registration (DESIGN.md: "cotisation à régulariser"), in a
#: column or a field that says "Dues" ("Cotisation") already.
DUES_TO_SETTLE = QT_TRANSLATE_NOOP("Labels", "to settle")
DUES_SETTLED = QT_TRANSLATE_NOOP("Labels", "settled")
#: The same flag where nothing says it is about dues (a filter's choice).
DUES_TO_SETTLE_IN_FULL = QT_TRANSLATE_NOOP("Labels", "Dues to settle")


FIELD_LABELS = {
    Field.SUBMITTED_AT: QT_TRANSLATE_NOOP("Labels", "Timestamp"),
    Field.EMAIL: QT_TRANSLATE_NOOP("Labels", "E-mail address"),
    Field.LAST_NAME: QT_TRANSLATE_NOOP("Labels", "Last name"),
    Field.FIRST_NAME: QT_TRANSLATE_NOOP("Labels", "First name"),
    Field.ORGANISATION: QT_TRANSLATE_NOOP("Labels", "Organisation"),
    Field.JOB_TITLE: QT_TRANSLATE_NOOP("Labels", "Job title"),
    Field.PHONE: QT_TRANSLATE_NOOP("Labels", "Phone"),
    Field.COMMUNE: QT_TRANSLATE_NOOP("Labels", "Town"),
    Field.CONSENT_PHOTO: QT_TRANSLATE_NOOP("Labels", "Consent: photos"),
    Field.CONSENT_NEWSLETTER: QT_TRANSLATE_NOOP("Labels", "Consent: newsletter"),
    Field.CONSENT_LIST_SHARING: QT_TRANSLATE_NOOP("Labels", "Consent: participants' list"),
}
OUTCOME_LABELS = {
    Outcome.NEW: QT_TRANSLATE_NOOP("Labels", "New"),
    Outcome.UPDATED: QT_TRANSLATE_NOOP("Labels", "Updated"),
    Outcome.UNCHANGED: QT_TRANSLATE_NOOP("Labels", "Unchanged"),
    Outcome.DUPLICATE: QT_TRANSLATE_NOOP("Labels", "Duplicate (merged)"),
    Outcome.INVALID: QT_TRANSLATE_NOOP("Labels", "Invalid"),
}
LEDGER_OUTCOME_LABELS = {
    LedgerOutcome.ADDED: QT_TRANSLATE_NOOP("Labels", "New due"),
    LedgerOutcome.UPDATED: QT_TRANSLATE_NOOP("Labels", "Due updated"),
    LedgerOutcome.UNCHANGED: QT_TRANSLATE_NOOP("Labels", "Due unchanged"),
    LedgerOutcome.INVALID: QT_TRANSLATE_NOOP("Labels", "Refused"),
}
LEDGER_FIELD_LABELS = {
    LedgerField.ORGANISATION: QT_TRANSLATE_NOOP("Labels", "Organisation"),
    LedgerField.KIND: QT_TRANSLATE_NOOP("Labels", "Kind of organisation"),
    LedgerField.CALLED: QT_TRANSLATE_NOOP("Labels", "Amount called"),
    LedgerField.PAID: QT_TRANSLATE_NOOP("Labels", "Amount paid"),
    LedgerField.PAID_ON: QT_TRANSLATE_NOOP("Labels", "Paid on"),
    LedgerField.METHOD: QT_TRANSLATE_NOOP("Labels", "Payment method"),
    LedgerField.REFERENCE: QT_TRANSLATE_NOOP("Labels", "Reference"),
    LedgerField.STATUS: QT_TRANSLATE_NOOP("Labels", "Status"),
}
# By type: different codes share values ("cancelled" for a session and a registration).
ATTENDANCE_LABELS = {
    AttendanceStatus.PRESENT: QT_TRANSLATE_NOOP("Labels", "Present"),
    AttendanceStatus.ABSENT: QT_TRANSLATE_NOOP("Labels", "Absent"),
    AttendanceStatus.EXCUSED: QT_TRANSLATE_NOOP("Labels", "Excused"),
}
VERDICT_LABELS = {
    Verdict.PRESENT: QT_TRANSLATE_NOOP("Labels", "Present"),
    Verdict.ABSENT: QT_TRANSLATE_NOOP("Labels", "Absent"),
    Verdict.TO_CHECK: QT_TRANSLATE_NOOP("Labels", "To check"),
}
_LABELS_BY_TYPE: dict[type, dict] = {
    Verdict: VERDICT_LABELS,
    AttendanceStatus: ATTENDANCE_LABELS,
    SessionFormat: FORMAT_LABELS,
    SessionStatus: STATUS_LABELS,
    SpeakerKind: SPEAKER_KIND_LABELS,
    RegistrationStatus: REGISTRATION_STATUS_LABELS,
    OrganisationKind: ORGANISATION_KIND_LABELS,
    DueStatus: DUE_STATUS_LABELS,
    PaymentMethod: PAYMENT_METHOD_LABELS,
    Field: FIELD_LABELS,
    Outcome: OUTCOME_LABELS,
    LedgerOutcome: LEDGER_OUTCOME_LABELS,
    LedgerField: LEDGER_FIELD_LABELS,
}


def label(value: object, translate: Translate = untranslated) -> str:
    """The user's word for a coded value; nothing for None, the value itself if unknown."""
    if value is None:
        return ""
    labels = _LABELS_BY_TYPE.get(type(value))
    if labels is None or value not in labels:
        return str(value)
    return translate(CONTEXT, labels[value])


ATTESTED = QT_TRANSLATE_NOOP(
    "Labels", "attendance attested by the {tool} connection log ({minutes})"
)
MINUTES = QT_TRANSLATE_NOOP("Labels", "{minutes} min")
MINUTES_RANGE = QT_TRANSLATE_NOOP("Labels", "{low} to {high} min")


class Attested(Protocol):
    tool: ConferenceTool
    minutes_low: int
    minutes_high: int


def attested_text(proof: Attested, translate: Translate = untranslated) -> str:
    """What a mark from a connection log says on screen and paper: the tool and minutes."""
    low, high = proof.minutes_low, proof.minutes_high
    minutes = (
        translate(CONTEXT, MINUTES).format(minutes=low)
        if low == high
        else translate(CONTEXT, MINUTES_RANGE).format(low=low, high=high)
    )
    return translate(CONTEXT, ATTESTED).format(tool=TOOL_NAMES[proof.tool], minutes=minutes)
