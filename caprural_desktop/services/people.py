"""People: their stored form (e-mail identity, international phone), and their editor."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import select

from ..db.database import Database
from ..db.models import Person, Registration
from ..db.types import utc_now
from ..errors import QT_TRANSLATE_NOOP, Message, ValidationError
from ..text import clean, fold, normalise_email
from .records import load, load_for_update
from .validation import Errors, check_email, check_phone, raise_if_any, require_text

_FRENCH_NUMBER = re.compile(r"^(?:\+33|0033|0)([1-79])(\d{8})$")
_PUNCTUATION = re.compile(r"[\s.\-()/]")


def normalise_phone(phone: str, region: str = "FR") -> str:
    """ "06 12 34 56 78" -> "+33 6 12 34 56 78"; kept as typed when it cannot be parsed.

    French numbers, nearly all of them, are written out directly: an import of
    100,000 responses would otherwise spend seconds in phonenumbers.
    """
    if region == "FR":
        match = _FRENCH_NUMBER.match(_PUNCTUATION.sub("", phone))
        if match is not None:
            digits = match[2]
            return f"+33 {match[1]} {digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}"
    text = " ".join(phone.split())
    return _normalise_with_phonenumbers(text, region) if text else ""


@lru_cache(maxsize=4096)
def _normalise_with_phonenumbers(text: str, region: str) -> str:
    import phonenumbers  # loaded on first use: it is large

    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return text
    if not phonenumbers.is_valid_number(number):
        return text
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def person_search_key(first_name: str, last_name: str, email: str) -> str:
    """search_key(first_name, last_name, email), the names folded once each: they repeat
    from one person to the next, and an import folds 100,000 of them."""
    parts = [_folded_name(name) for name in (first_name, last_name) if name]
    if email:
        parts.append(fold(email))
    return " ".join(parts)


@lru_cache(maxsize=4096)
def _folded_name(name: str) -> str:
    return fold(name)


@dataclass(frozen=True)
class PersonDraft:
    """A registrant's details as the coordinator edits them."""

    email: str
    first_name: str = ""
    last_name: str = ""
    phone: str = ""
    job_title: str = ""
    commune: str = ""
    #: Optional consents: yes only when the person said so.
    consent_photo: bool = False
    consent_newsletter: bool = False
    consent_list_sharing: bool = False
    version: int | None = None


@dataclass(frozen=True)
class PersonDetails:
    id: int
    draft: PersonDraft


def validate_person(draft: PersonDraft) -> Errors:
    errors: Errors = {}
    require_text(
        errors, "email", draft.email, QT_TRANSLATE_NOOP("Messages", "Give an e-mail address.")
    )
    check_email(errors, "email", normalise_email(draft.email))
    check_phone(errors, "phone", draft.phone.strip())
    return errors


def person_of_registration(database: Database, registration_id: int) -> PersonDetails:
    with database.read() as session:
        registration = load(session, Registration, registration_id)
        person = registration.person
        return PersonDetails(
            person.id,
            PersonDraft(
                email=person.email,
                first_name=person.first_name,
                last_name=person.last_name,
                phone=person.phone,
                job_title=person.job_title,
                commune=person.commune,
                consent_photo=person.consent_photo,
                consent_newsletter=person.consent_newsletter,
                consent_list_sharing=person.consent_list_sharing,
                version=person.version,
            ),
        )


def update_person(database: Database, person_id: int, draft: PersonDraft) -> None:
    """Saves a registrant's details; the e-mail stays unique (it is who they are)."""
    raise_if_any(validate_person(draft))
    email = normalise_email(draft.email)
    with database.write() as session:
        person = load_for_update(session, Person, person_id, draft.version)
        other = session.scalar(
            select(Person.id).where(Person.email == email, Person.id != person_id)
        )
        if other is not None:
            raise ValidationError(
                {
                    "email": Message(
                        QT_TRANSLATE_NOOP(
                            "Messages", "Another registrant already has this e-mail address."
                        )
                    )
                }
            )
        person.email = email
        person.first_name = clean(draft.first_name)
        person.last_name = clean(draft.last_name)
        person.phone = normalise_phone(draft.phone)
        person.job_title = clean(draft.job_title)
        person.commune = clean(draft.commune)
        person.consent_photo = draft.consent_photo
        person.consent_newsletter = draft.consent_newsletter
        person.consent_list_sharing = draft.consent_list_sharing
        person.search_key = person_search_key(person.first_name, person.last_name, email)
        person.updated_at = utc_now()
