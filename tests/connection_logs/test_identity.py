"""Who a connection name is: exact keys, and likely registrants to propose."""

from __future__ import annotations

import pytest

from caprural_desktop.connection_logs.identity import (
    Candidate,
    is_full_name,
    likely,
    name_keys,
    person_key,
)

PEOPLE = [
    Candidate(1, "Marie-Hélène", "Robert", "+33 6 12 34 56 78"),
    Candidate(2, "Marie", "Dupont"),
    Candidate(3, "Jean", "Robert"),
]


@pytest.mark.parametrize(
    "name",
    [
        "Élodie Dupont",
        "DUPONT Élodie",
        "Dupont, Elodie",
        "élodie dupont (Invité)",
        "Elodie Dupont (Guest)",
        "Élodie D. (Élodie Dupont)",
    ],
)
def test_accents_case_word_order_and_tags_give_one_key(name: str) -> None:
    assert person_key("Élodie", "Dupont") in name_keys(name)


@pytest.mark.parametrize(
    ("name", "email", "expected"),
    [
        ("Marie-Hélène R.", "", [1]),
        ("iPhone de Marie-Hélène", "", [1]),
        ("06 12 34 56 78", "", [1]),
        ("+33 6 12 34 56 78", "", [1]),
        ("MH", "mhrobert@gmail.com", [1]),
        ("Marie", "", [1, 2]),
        ("Robert", "", [1, 3]),
        ("Zorglub", "", []),
        ("07 00 00 00 00", "", []),
    ],
)
def test_likely_registrants(name: str, email: str, expected: list[int]) -> None:
    assert sorted(c.key for c in likely(name, email, PEOPLE)) == expected


@pytest.mark.parametrize(
    ("name", "full"),
    [
        ("Paul Inconnu", True),
        ("Paul", False),
        ("iPhone de Paul", False),
        ("iPad", False),
        ("P. Inconnu", False),
    ],
)
def test_what_looks_like_a_full_name(name: str, full: bool) -> None:
    assert is_full_name(name) is full
