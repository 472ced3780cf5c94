"""Matching free-text "Structure" answers: the key two spellings share, and suggestions."""

from __future__ import annotations

import pytest

from caprural_desktop.db.models import OrganisationKind
from caprural_desktop.services.matching import Matcher, guess_kind, match_key


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Mairie de Saint-Jean-en-Royans", "commune de St Jean en Royans"),
        ("CC du Diois", "Communauté de communes du Diois"),
        ("Communauté de Communes du Diois", "DIOIS"),
        ("Commune d'Eurre", "Eurre"),
        ("Ville de La Chapelle-en-Vercors", "la chapelle en vercors."),
        ("CC des Baronnies", "Les Baronnies"),
        ("  Parc naturel régional du Vercors ", "parc naturel regional du vercors"),
        ("Communauté d'agglomération Valence Romans", "CA Valence-Romans"),
        ("Œuvre des Écoles", "oeuvre des ecoles"),
    ],
)
def test_spellings_of_one_organisation_share_a_key(one: str, other: str) -> None:
    assert match_key(one) == match_key(other) != ""


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Commune de Die", "Commune de Dieulefit"),
        ("Parc naturel régional du Vercors", "Parc naturel régional du Pilat"),
        ("Association Les Amis de Die", "Die"),
    ],
)
def test_different_organisations_keep_different_keys(one: str, other: str) -> None:
    assert match_key(one) != match_key(other)


def test_a_name_made_only_of_a_prefix_is_kept() -> None:
    assert match_key("Mairie") == "mairie"
    assert match_key("CC") == "cc"
    assert match_key("") == match_key(None) == match_key(" - ") == ""


@pytest.mark.parametrize(
    ("answer", "kind"),
    [
        ("Mairie de Die", OrganisationKind.COMMUNE),
        ("CC du Diois", OrganisationKind.INTERCOMMUNALITY),
        ("Parc naturel régional du Vercors", OrganisationKind.REGIONAL_PARK),
        ("GAL Sud Drôme", OrganisationKind.PAYS_GAL),
        ("Chambre d'agriculture de la Drôme", OrganisationKind.CHAMBER),
        ("DDT de la Drôme", OrganisationKind.STATE_SERVICE),
        ("Association Les Amis de Die", OrganisationKind.ASSOCIATION),
        ("Boulangerie Martin", OrganisationKind.OTHER),
    ],
)
def test_the_kind_of_a_new_organisation_is_guessed_from_its_first_word(
    answer: str, kind: OrganisationKind
) -> None:
    assert guess_kind(answer) is kind


def directory() -> Matcher:
    names = {1: "Commune de Die", 2: "Communauté de communes du Diois", 3: "Commune de Dieulefit"}
    entries = [(match_key(name), organisation) for organisation, name in names.items()]
    entries.append(("mairie die", 1))
    return Matcher(names, {key: owner for key, owner in entries}, entries)


def test_exact_matches_go_through_names_and_aliases() -> None:
    matcher = directory()
    assert matcher.exact("MAIRIE DE DIE") == 1
    assert matcher.exact("Mairie Die") == 1
    assert matcher.exact("CC du Diois") == 2
    assert matcher.exact("Dieulefit (26)") is None
    assert matcher.exact("") is None


def test_suggestions_rank_the_likely_organisation_first_once_each() -> None:
    suggestions = directory().suggest("Communauté de commune du Dioi")
    assert suggestions[0].organisation_id == 2
    assert len({candidate.organisation_id for candidate in suggestions}) == len(suggestions)
    assert all(0 < candidate.score <= 100 for candidate in suggestions)


def test_nothing_alike_is_suggested_as_nothing() -> None:
    assert directory().suggest("Xylophone Quartet") == []
    assert directory().suggest("") == []
    assert Matcher({}, {}, []).suggest("Die") == []


def test_a_shared_link_word_is_no_resemblance() -> None:
    names = {1: "Parc naturel régional du Vercors", 2: "Communauté de communes du Diois"}
    entries = [(match_key(name), organisation) for organisation, name in names.items()]
    matcher = Matcher(names, dict(entries), entries)
    assert [c.organisation_id for c in matcher.suggest("Com com du Diois")] == [2]
