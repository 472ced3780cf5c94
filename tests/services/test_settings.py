"""Settings shared through the database: typed, with defaults, the network's identity."""

from __future__ import annotations

import pytest

from caprural_desktop.db.database import Database
from caprural_desktop.db.models import Setting
from caprural_desktop.errors import ValidationError
from caprural_desktop.services.settings import (
    NETWORK_CITY,
    NETWORK_NAME,
    NetworkIdentity,
    get_setting,
    network_identity,
    save_network_identity,
    set_settings,
)


def test_a_setting_never_saved_reads_as_its_default(database: Database) -> None:
    assert get_setting(database, NETWORK_NAME) == ""
    assert network_identity(database) == NetworkIdentity()


def test_settings_are_saved_and_read_back(database: Database, make_database, database_path) -> None:
    set_settings(database, {NETWORK_NAME: "Cap Rural", NETWORK_CITY: "Grenoble"})
    set_settings(database, {NETWORK_CITY: "Valence"})
    other = make_database(database_path)  # another coordinator on the same file
    assert (get_setting(other, NETWORK_NAME), get_setting(other, NETWORK_CITY)) == (
        "Cap Rural",
        "Valence",
    )


def test_a_stored_value_of_the_wrong_type_reads_as_the_default(database: Database) -> None:
    with database.write() as session:
        session.add(Setting(key=NETWORK_NAME.key, value=["not", "a", "name"]))
    assert get_setting(database, NETWORK_NAME) == ""
    with pytest.raises(TypeError):
        set_settings(database, {NETWORK_NAME: 12})


def test_the_network_identity_is_trimmed_and_needs_a_name(database: Database) -> None:
    save_network_identity(
        database, NetworkIdentity(" Cap Rural ", "1 rue X\n26000 Valence", "Valence")
    )
    assert network_identity(database) == NetworkIdentity(
        "Cap Rural", "1 rue X\n26000 Valence", "Valence"
    )
    with pytest.raises(ValidationError) as raised:
        save_network_identity(database, NetworkIdentity("  ", "", "x" * 101))
    assert set(raised.value.errors) == {"name", "city"}
    assert network_identity(database).name == "Cap Rural"
