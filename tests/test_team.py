"""The team server's address in the settings, its password in the keyring, never in a file."""

from __future__ import annotations

import pytest
from keyring.backends.fail import Keyring as NoKeyring
from keyrings import MemoryKeyring

from caprural_desktop.config import database_url
from caprural_desktop.errors import UserError
from caprural_desktop.team import (
    KEYRING_SERVICE,
    KeyringUnavailableError,
    ServerAddress,
    forget_password,
    pasted_port,
    remember_password,
    server_host,
    with_saved_password,
)

ADDRESS = ServerAddress("serveur.caprural.org", "caprural", "camille", 5433)
URL = "postgresql+psycopg://camille@serveur.caprural.org:5433/caprural"


def test_the_address_makes_a_url_with_the_password_only_to_connect() -> None:
    assert ADDRESS.url() == URL
    assert ADDRESS.url("s3cret/é") == (
        "postgresql+psycopg://camille:s3cret%2F%C3%A9@serveur.caprural.org:5433/caprural"
    )
    assert ServerAddress.from_url(URL) == ADDRESS
    assert ServerAddress.from_url("sqlite:////tmp/caprural.sqlite3") is None
    assert ServerAddress.from_url("n'importe quoi") is None


def test_the_password_comes_from_the_keyring(memory_keyring: MemoryKeyring) -> None:
    assert with_saved_password(URL) == URL  # nothing kept yet
    remember_password(ADDRESS, "s3cret")
    assert memory_keyring.passwords == {(KEYRING_SERVICE, ADDRESS.keyring_name): "s3cret"}
    assert with_saved_password(URL) == ADDRESS.url("s3cret")
    given = ADDRESS.url("another")
    assert with_saved_password(given) == given  # a password given wins
    forget_password(ADDRESS)
    forget_password(ADDRESS)  # twice: nothing to forget, no error
    assert with_saved_password(URL) == URL


def test_without_a_keyring_the_user_is_told(memory_keyring: MemoryKeyring) -> None:
    import keyring

    keyring.set_keyring(NoKeyring())
    with pytest.raises(KeyringUnavailableError, match="no keyring"):
        remember_password(ADDRESS, "s3cret")
    assert with_saved_password(URL) == URL


def test_the_server_chosen_in_the_settings_comes_after_the_option_and_the_environment() -> None:
    assert database_url(None, {}, saved=URL) == URL
    assert database_url(None, {"CAPRURAL_DATABASE_URL": "sqlite:////tmp/a.sqlite3"}, saved=URL) == (
        "sqlite:////tmp/a.sqlite3"
    )
    assert database_url("/tmp/b.sqlite3", {}, saved=URL) == "sqlite:////tmp/b.sqlite3"


@pytest.mark.parametrize(
    ("typed", "host"),
    [
        ("serveur.local", "serveur.local"),
        (" http://serveur.local/ ", "serveur.local"),
        ("serveur.local:5432", "serveur.local"),
        ("postgresql://equipe@db.example.org:5432/caprural", "db.example.org"),
        ("192.168.1.10", "192.168.1.10"),
        ("[fe80::1]:5432", "fe80::1"),
        ("2001:db8::5", "2001:db8::5"),
        ("::1", "::1"),
        ("HTTPS://Serveur.local/", "Serveur.local"),
    ],
)
def test_a_server_pasted_as_a_web_address_is_its_name(typed: str, host: str) -> None:
    assert server_host(typed) == host


@pytest.mark.parametrize("typed", ["serveur caprural", "", "://", "srv_é!"])
def test_what_cannot_be_a_server_is_refused_in_words(typed: str) -> None:
    with pytest.raises(UserError, match="is not a server's name or address"):
        server_host(typed)


def test_a_port_pasted_after_the_name_is_the_port() -> None:
    assert pasted_port("serveur.local:5433") == 5433
    assert pasted_port("postgresql://equipe@db.example.org:6543/caprural") == 6543
    assert pasted_port("serveur.local") is None
    assert pasted_port("2001:db8::5") is None  # an IPv6 address's colons are not a port
