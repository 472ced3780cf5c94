"""Settings shared by everyone using the database, such as the network's name and address.

They are printed on receipts and attendance sheets, so they live in the database
(QSettings holds only what is personal to one computer). Each is declared once with
its default: a missing or ill-typed stored value reads as the default.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.database import Database
from ..db.models import Setting
from ..errors import QT_TRANSLATE_NOOP, Message
from ..text import clean
from .validation import Errors, check_lengths, raise_if_any, require_text

T = TypeVar("T")


@dataclass(frozen=True)
class SettingKey(Generic[T]):
    key: str
    default: T

    def read(self, stored: Mapping[str, Any]) -> T:
        value = stored.get(self.key, self.default)
        return value if isinstance(value, type(self.default)) else self.default


NETWORK_NAME = SettingKey("network.name", "")
NETWORK_ADDRESS = SettingKey("network.address", "")
NETWORK_CITY = SettingKey("network.city", "")
#: The training organisation's registration number ("numéro de déclaration d'activité").
NETWORK_REGISTRATION = SettingKey("network.registration_number", "")
#: Blank lines at the end of an attendance sheet, for people who come unannounced.
SHEET_BLANK_ROWS = SettingKey("sheet.blank_rows", 5)
MAX_BLANK_ROWS = 50
#: Registrants with no session for this many years are anonymised by the purge.
REGISTRANT_YEARS = SettingKey("privacy.registrant_years", 3)
#: Former individual members, this many years after their last paid or waived year.
MEMBER_YEARS = SettingKey("privacy.member_years", 3)
MAX_RETENTION_YEARS = 30


def _stored(session: Session, keys: list[SettingKey[Any]]) -> dict[str, Any]:
    names = [setting.key for setting in keys]
    query = select(Setting.key, Setting.value).where(Setting.key.in_(names))
    return {key: value for key, value in session.execute(query)}


def get_setting(database: Database, setting: SettingKey[T]) -> T:
    with database.read() as session:
        return setting.read(_stored(session, [setting]))


def set_settings(database: Database, values: Mapping[SettingKey[Any], Any]) -> None:
    """Saves several settings in one transaction."""
    with database.write() as session:
        for setting, value in values.items():
            if not isinstance(value, type(setting.default)):
                raise TypeError(f"{setting.key} takes a {type(setting.default).__name__}")
            session.merge(Setting(key=setting.key, value=value))


@dataclass(frozen=True)
class NetworkIdentity:
    """Who issues receipts and sheets: the network's name, postal address and town."""

    name: str = ""
    address: str = ""
    city: str = ""
    registration_number: str = ""
    blank_rows: int = SHEET_BLANK_ROWS.default
    registrant_years: int = REGISTRANT_YEARS.default
    member_years: int = MEMBER_YEARS.default


_IDENTITY_KEYS = [
    NETWORK_NAME,
    NETWORK_ADDRESS,
    NETWORK_CITY,
    NETWORK_REGISTRATION,
    SHEET_BLANK_ROWS,
    REGISTRANT_YEARS,
    MEMBER_YEARS,
]


def network_identity(database: Database) -> NetworkIdentity:
    keys = _IDENTITY_KEYS
    with database.read() as session:
        stored = _stored(session, keys)
    return NetworkIdentity(*(setting.read(stored) for setting in keys))


def validate_network_identity(identity: NetworkIdentity) -> Errors:
    errors: Errors = {}
    require_text(
        errors, "name", identity.name, QT_TRANSLATE_NOOP("Messages", "Give the network's name.")
    )
    check_lengths(
        errors,
        {
            "name": (identity.name, 200),
            "address": (identity.address, 500),
            "city": (identity.city, 100),
            "registration_number": (identity.registration_number, 50),
        },
    )
    for field, years in (
        ("registrant_years", identity.registrant_years),
        ("member_years", identity.member_years),
    ):
        if not 1 <= years <= MAX_RETENTION_YEARS:
            errors[field] = Message(
                QT_TRANSLATE_NOOP("Messages", "Between 1 and {most} years."),
                {"most": MAX_RETENTION_YEARS},
            )
    if not 0 <= identity.blank_rows <= MAX_BLANK_ROWS:
        errors["blank_rows"] = Message(
            QT_TRANSLATE_NOOP("Messages", "Between 0 and {most} blank lines."),
            {"most": MAX_BLANK_ROWS},
        )
    return errors


def save_network_identity(database: Database, identity: NetworkIdentity) -> None:
    raise_if_any(validate_network_identity(identity))
    set_settings(
        database,
        {
            NETWORK_NAME: clean(identity.name),
            NETWORK_ADDRESS: clean(identity.address),
            NETWORK_CITY: clean(identity.city),
            NETWORK_REGISTRATION: clean(identity.registration_number),
            SHEET_BLANK_ROWS: identity.blank_rows,
            REGISTRANT_YEARS: identity.registrant_years,
            MEMBER_YEARS: identity.member_years,
        },
    )
