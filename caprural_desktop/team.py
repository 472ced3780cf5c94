"""The team's PostgreSQL server: its address, and its password in the system keyring.

The address (host, port, database, user) is a setting; the password never is: it
goes to the system's keyring (Windows Credential Locker, macOS Keychain, the
Secret Service on Linux), and is added to the address only to connect.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL, make_url

from .errors import QT_TRANSLATE_NOOP, UserError

KEYRING_SERVICE = "caprural-desktop"
#: The window's setting that holds the server's address (never its password).
SERVER_KEY = "database/server"
DRIVER = "postgresql+psycopg"
DEFAULT_PORT = 5432


class KeyringUnavailableError(UserError):
    """This computer has no keyring to keep the password in."""


@dataclass(frozen=True)
class ServerAddress:
    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT

    @property
    def keyring_name(self) -> str:
        """The password's name in the keyring: one per user and database."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def url(self, password: str | None = None) -> str:
        """The SQLAlchemy URL, with the password only when one is given (to connect)."""
        return URL.create(
            DRIVER,
            username=self.user,
            password=password or None,
            host=self.host,
            port=self.port,
            database=self.database,
        ).render_as_string(hide_password=False)

    @classmethod
    def from_url(cls, url: str) -> ServerAddress | None:
        """The server of a PostgreSQL URL; None for a file or an address not understood."""
        try:
            parsed = make_url(url)
        except sa_exc.ArgumentError:
            return None
        if parsed.get_backend_name() != "postgresql" or not parsed.host:
            return None
        return cls(parsed.host, parsed.database or "", parsed.username or "", parsed.port or 5432)


class Settings(Protocol):
    def value(self, key: str) -> object: ...


#: A server's name or address as people paste it: "http://srv.local/", "srv.local:5432".
_PASTED_HOST = re.compile(
    r"^\s*(?:[a-z][a-z0-9+.\-]*://)?(?:[^@/]*@)?(?P<host>\[[^\]]*\]|[^/:]+)"
    r"(?::(?P<port>\d{1,5}))?",
    re.IGNORECASE,
)
_HOST = re.compile(r"^(?:[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?\.?)+$")
#: An IPv6 address (two colons at least), given bare: the URL puts its brackets.
_IPV6 = re.compile(r"^[0-9A-Fa-f.]*:[0-9A-Fa-f.]*:[0-9A-Fa-f:.]*$")


def server_host(text: str) -> str:
    """The server's name or address from what was typed or pasted (a web address, a
    port after a colon); UserError when it cannot be one."""
    typed = text.strip()
    if _IPV6.match(typed):
        return typed
    match = _PASTED_HOST.match(typed)
    host = match["host"].strip() if match else ""
    if host.startswith("[") and host.endswith("]") and _IPV6.match(host[1:-1]):
        return host[1:-1]
    if not _HOST.match(host):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "“{typed}” is not a server's name or address: give one such as "
                "serveur.local or 192.168.1.10.",
            ),
            typed=text.strip(),
        )
    return host


def pasted_port(text: str) -> int | None:
    """The port written after the server's name ("srv.local:5433"), if any."""
    if _IPV6.match(text.strip()):
        return None
    match = _PASTED_HOST.match(text)
    return int(match["port"]) if match and match["port"] else None


def saved_server(settings: Settings) -> str | None:
    """The team's server chosen in the window's settings, if one was."""
    value = settings.value(SERVER_KEY)
    return str(value) if value else None


def with_saved_password(url: str) -> str:
    """A server's URL given without its password gets the one kept in the keyring."""
    address = ServerAddress.from_url(url)
    if address is None or make_url(url).password:
        return url
    password = saved_password(address)
    return set_password(url, password) if password else url


def set_password(url: str, password: str) -> str:
    """The same address (options such as sslmode kept) with this password."""
    return make_url(url).set(password=password).render_as_string(hide_password=False)


def saved_password(address: ServerAddress) -> str | None:
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, address.keyring_name)
    except KeyringError:
        return None


def remember_password(address: ServerAddress, password: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, address.keyring_name, password)
    except KeyringError as error:
        raise KeyringUnavailableError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "This computer has no keyring to keep the password in ({reason}): it will be "
                "asked at each start.",
            ),
            reason=str(error) or type(error).__name__,
        ) from error


def forget_password(address: ServerAddress) -> None:
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        keyring.delete_password(KEYRING_SERVICE, address.keyring_name)
    except (PasswordDeleteError, KeyringError):
        pass  # nothing kept, or no keyring: nothing to forget
