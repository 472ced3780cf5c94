"""Text normalisation: what search, storage and validation agree on."""

from __future__ import annotations

import pytest

from caprural_desktop.text import (
    clean,
    fold,
    is_valid_email,
    is_valid_url,
    normalise_email,
    safe_file_name,
    search_key,
)


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        (None, ""),
        ("", ""),
        ("élodie", "elodie"),
        ("ÉLODIE", "elodie"),
        ("Élodie", "elodie"),
        ("  Élodie \t  MARTIN\n", "elodie martin"),
        ("Straße", "strasse"),
        ("ﬁlière", "filiere"),
        ("Saint\u00a0Étienne", "saint etienne"),
        ("Coopérer avec les citoyens", "cooperer avec les citoyens"),
        ("l’Ardèche", "l’ardeche"),
    ],
)
def test_fold(text: str | None, folded: str) -> None:
    assert fold(text) == folded


def test_fold_makes_accented_and_capital_spellings_equal() -> None:
    assert fold("Élodie") == fold("elodie") == fold("ÉLODIE") == fold("  eLoDiE ")


def test_fold_of_decomposed_and_composed_accents_is_the_same() -> None:
    composed = "\u00e9cole"  # é as one code point
    decomposed = "e\u0301cole"  # e + combining acute accent
    assert fold(composed) == fold(decomposed) == "ecole"


def test_search_key_joins_folded_parts_and_skips_empty_ones() -> None:
    assert search_key("Élodie", None, "", "MARTIN", "  Die  ") == "elodie martin die"


def test_search_key_of_nothing_is_empty() -> None:
    assert search_key() == ""
    assert search_key(None, "") == ""


@pytest.mark.parametrize(
    ("email", "normalised"),
    [
        (None, ""),
        ("", ""),
        ("   ", ""),
        ("  Dominique.Bernier@CapRural.ORG \n", "dominique.bernier@caprural.org"),
        ("a@b.fr", "a@b.fr"),
        # Invisible characters a paste brings: zero-width space, direction marks,
        # bidi isolates, Mongolian vowel separator, soft hyphen, byte-order mark.
        ("cam\u200bille@example.org", "camille@example.org"),
        ("camille@example.org\u200e", "camille@example.org"),
        ("\u2066camille@example.org\u2069", "camille@example.org"),
        ("\u200fcamille@exa\u180emple.org", "camille@example.org"),
        ("\ufeffcam\u00adille@example.org\u00a0", "camille@example.org"),
        ("mailto:Camille@Example.org", "camille@example.org"),
        # Punctuation around a pasted address.
        ("<camille@example.org>", "camille@example.org"),
        ("camille@example.org;", "camille@example.org"),
        ("camille@example.org, ", "camille@example.org"),
        ("camille@example.org.", "camille@example.org"),
        # Accents are kept: they are not invisible.
        ("élodie@example.org", "élodie@example.org"),
    ],
)
def test_normalise_email(email: str | None, normalised: str) -> None:
    assert normalise_email(email) == normalised


@pytest.mark.parametrize(
    "email",
    [
        "a@b.fr",
        "cooperationsentreacteurs@caprural.org",
        "prenom.nom+tag@sous.domaine.example.org",
        "Dominique.Bernier@CapRural.ORG",
        "o'neil@exemple.fr",
    ],
)
def test_valid_emails(email: str) -> None:
    assert is_valid_email(email)


@pytest.mark.parametrize(
    "email",
    [
        "",
        " ",
        "dominique",
        "dominique@",
        "@caprural.org",
        "dominique@caprural",
        "dominique@caprural.o",
        "dominique@caprural.org.",
        "dominique@@caprural.org",
        "domi nique@caprural.org",
        "dominique@cap rural.org",
        " dominique@caprural.org",
        "a@b@c.org",
        "d" * 310 + "@caprural.org",  # longer than any address is stored
    ],
)
def test_invalid_emails(email: str) -> None:
    assert not is_valid_email(email)


@pytest.mark.parametrize(
    "url",
    [
        "https://caprural.org",
        "http://www.caprural.org/nous-connaitre/3239-bulletin-de-cotisation",
        "https://docs.google.com/forms/d/e/1FAIpQLSc/viewform?usp=sf_link",
        "HTTPS://CAPRURAL.ORG/",
        "  https://caprural.org/page  ",
        "https://caprural.org:8443/a#b",
    ],
)
def test_valid_urls(url: str) -> None:
    assert is_valid_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "",
        "   ",
        "caprural.org",
        "www.caprural.org",
        "ftp://caprural.org",
        "mailto:contact@caprural.org",
        "javascript:alert(1)",
        "https://",
        "https://localhost",
        "https://.org",
        "https://cap rural.org",
        "https:/caprural.org",
    ],
)
def test_invalid_urls(url: str) -> None:
    assert not is_valid_url(url)


def test_clean_trims_and_never_returns_none() -> None:
    assert clean(None) == ""
    assert clean("  Die \n") == "Die"


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("Reçu cotisation 2025 - Commune de Die", "Reçu cotisation 2025 - Commune de Die"),
        ('CC "Val/Drôme": 2025?', "CC Val Drôme 2025"),
        ("Ville de Die. ", "Ville de Die"),
        ("CON", "_CON"),
        ("///", "_"),
    ],
)
def test_safe_file_name(name: str, safe: str) -> None:
    assert safe_file_name(name) == safe
