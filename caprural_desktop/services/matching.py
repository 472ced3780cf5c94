"""Matching the form's free-text "Structure" answers to member organisations.

Pure functions and a matcher built once from the directory: no database here, so
the import preview, the matching dialog and the benchmark share them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..db.models import OrganisationKind
from ..text import fold

_NOT_WORD = re.compile(r"[^0-9a-z]+")

#: Words that say what an organisation is, not which one: dropped from the
#: start of a name before comparing ("Mairie de Die" is "Commune de Die").
_PREFIXES = (
    ("communaute", "de", "communes"),
    ("communaute", "d", "agglomeration"),
    ("communaute", "urbaine"),
    ("commune", "nouvelle"),
    ("commune",),
    ("mairie",),
    ("ville",),
    ("cc",),
    ("ca",),
)
_LINKS = (("de",), ("du",), ("des",), ("d",))
_ARTICLES = (("la",), ("le",), ("les",), ("l",))
_SPELLINGS = {"st": "saint", "ste": "sainte", "sts": "saints", "stes": "saintes"}

#: Suggestions below this score are noise rather than candidates.
SUGGESTION_CUTOFF = 60.0
#: How many keys closest by edit ratio are scored for each answer.
CLOSEST_KEYS = 12
#: A word found in more keys than this ("saint", "vallee") says little about which.
RARE_WORD_POSTINGS = 40


def match_key(text: str | None) -> str:
    """The form of a name that two spellings of one organisation share.

    Case, accents, punctuation, "Commune de", "Mairie de", "CC",
    "Communauté de communes"… are ignored: "Mairie de Saint-Jean-en-Royans" and
    "commune de St Jean en Royans" have the same key.
    """
    words = [_SPELLINGS.get(word, word) for word in _NOT_WORD.split(fold(text)) if word]
    dropped = _drop(words, _PREFIXES)
    if dropped is not words:
        words = _drop(dropped, _LINKS)
    return " ".join(_drop(words, _ARTICLES))


def _drop(words: list[str], prefixes: Iterable[tuple[str, ...]]) -> list[str]:
    """`words` without the first of `prefixes` it starts with, unless nothing would be left."""
    for prefix in prefixes:
        if len(words) > len(prefix) and tuple(words[: len(prefix)]) == prefix:
            return words[len(prefix) :]
    return words


_KIND_HINTS = (
    (("commune", "mairie", "ville"), OrganisationKind.COMMUNE),
    (
        ("communaute", "cc", "ca", "agglomeration", "metropole", "syndicat"),
        OrganisationKind.INTERCOMMUNALITY,
    ),
    (("parc", "pnr"), OrganisationKind.REGIONAL_PARK),
    (("pays", "gal", "petr", "leader"), OrganisationKind.PAYS_GAL),
    (("chambre", "cci", "cma"), OrganisationKind.CHAMBER),
    (
        ("ddt", "ddtm", "dreal", "prefecture", "sous", "draaf", "dreets", "anct"),
        OrganisationKind.STATE_SERVICE,
    ),
    (("association", "asso", "collectif", "federation", "union"), OrganisationKind.ASSOCIATION),
)


#: Words too common to tell organisations apart: WRatio would score two names
#: sharing only "du" at 85 (its partial token-set match).
_LINK_WORDS = frozenset(
    {"de", "du", "des", "d", "la", "le", "les", "l", "et", "en", "au", "aux", "a"}
)


def _significant(key: str) -> str:
    """A match key without its link words, for fuzzy scoring."""
    words = [word for word in key.split() if word not in _LINK_WORDS]
    return " ".join(words) if words else key


def guess_kind(text: str | None) -> OrganisationKind:
    """The kind a new organisation most likely is, from the first word of its name."""
    words = _NOT_WORD.split(fold(text))
    first = next((word for word in words if word), "")
    for hints, kind in _KIND_HINTS:
        if first in hints:
            return kind
    return OrganisationKind.OTHER


@dataclass(frozen=True)
class Candidate:
    organisation_id: int
    name: str
    score: float


class Matcher:
    """Exact and fuzzy look-ups against the directory's names and confirmed aliases.

    `names` maps each organisation to its name; `exact` maps the match keys that
    stand for one organisation only; `entries` lists every (key, organisation),
    ambiguous ones included, for suggestions.

    Scoring every key with rapidfuzz's WRatio costs about 3 ms an answer against
    3,000 organisations; so candidates come first from two cheap sources — the
    closest keys by plain edit ratio, and the keys sharing a rare word with the
    answer (which finds "CC du Diois" in "service jeunesse, CC du Diois") — and
    only those are scored with WRatio.
    """

    def __init__(
        self, names: dict[int, str], exact: dict[str, int], entries: list[tuple[str, int]]
    ) -> None:
        self._names = names
        self._keys = exact
        self._choices = [_significant(key) for key, _owner in entries]
        self._owners = [owner for _key, owner in entries]
        self._postings: dict[str, list[int]] = {}
        for position, key in enumerate(self._choices):
            for word in set(key.split()):
                self._postings.setdefault(word, []).append(position)

    def name(self, organisation_id: int) -> str:
        return self._names[organisation_id]

    def exact(self, answer: str | None) -> int | None:
        key = match_key(answer)
        return self._keys.get(key) if key else None

    def suggest(self, answer: str | None, limit: int = 3) -> list[Candidate]:
        """The best few organisations for an answer, best first, one line each."""
        key = _significant(match_key(answer))
        if not key or not self._choices:
            return []
        from rapidfuzz import fuzz  # loaded when first needed: start-up does not suggest

        best: dict[int, float] = {}
        for position in self._candidates(key):
            score = fuzz.WRatio(key, self._choices[position], score_cutoff=SUGGESTION_CUTOFF)
            if score:
                owner = self._owners[position]
                best[owner] = max(score, best.get(owner, 0.0))
        ranked = sorted(best.items(), key=lambda item: (-item[1], self._names[item[0]]))
        return [Candidate(owner, self._names[owner], round(score, 1)) for owner, score in ranked][
            :limit
        ]

    def _candidates(self, key: str) -> set[int]:
        from rapidfuzz import fuzz, process

        closest = process.extract(
            key, self._choices, scorer=fuzz.ratio, processor=None, limit=CLOSEST_KEYS
        )
        candidates = {position for _choice, _score, position in closest}
        for word in set(key.split()):
            postings = self._postings.get(word, ())
            if len(postings) <= RARE_WORD_POSTINGS:
                candidates.update(postings)
        return candidates
