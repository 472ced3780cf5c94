"""Who a connection name is: the exact rules, and likely registrants to propose.

Exact: the e-mail, or the name itself once folded (accents, case, word order,
"(Invité)" and the like dropped, each of Zoom's "New name (original name)").
Anything else — a personal address, a first name alone, "Marie-Hélène R.", a
phone number, "iPhone de …" — only suggests registrants for the coordinator to
confirm.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..text import fold

_TAG = re.compile(
    r"\s*\((?:invite|invitee|guest|externe?|external|ext|non verifie|unverified|"
    r"organisateur|organizer|host|hote|co-?host|co-?hote|coanimateur|moi|me|"
    r"presentateur|presenter|moderateur|moderator)\)"
)
_RENAMED = re.compile(r"^(?P<new>.*?)\s*\((?P<original>[^()]+)\)\s*$")
_DEVICE = (
    r"(?:iphone|ipad|ipod|android|galaxy(?: [a-z0-9]+)?|samsung(?: [a-z0-9]+)?|pixel(?: \d+)?|"
    r"pc|mac|macbook(?: pro| air)?|ordinateur|portable|telephone|tablette|huawei|xiaomi)"
)
_DEVICE_OF = re.compile(rf"^{_DEVICE}\s+(?:de|d'|d’|of)\s*(?P<name>.+)$")
_DEVICE_OWNER = re.compile(rf"^(?P<name>.+?)(?:'s|’s)\s+{_DEVICE}$")
_DEVICE_ONLY = re.compile(rf"^{_DEVICE}$")
_WORD = re.compile(r"[a-z0-9]+")
_PHONE_CHARACTERS = re.compile(r"^[\d\s+().\-/]{8,}$")


def _words(text: str) -> list[str]:
    return _WORD.findall(fold(text).replace("'", " "))


def words_key(text: str) -> str:
    """Words folded and sorted: "Dupont, Élodie" and "élodie DUPONT" give one key."""
    return " ".join(sorted(_words(text)))


def person_key(first_name: str, last_name: str) -> str:
    return words_key(f"{first_name} {last_name}")


def name_keys(name: str) -> list[str]:
    """The keys a connection name can exactly match: Zoom's renames give two."""
    text = _TAG.sub("", fold(name)).strip()
    keys = []
    renamed = _RENAMED.match(text)
    for part in (renamed["new"], renamed["original"]) if renamed else (text,):
        key = words_key(part)
        if key and key not in keys:
            keys.append(key)
    return keys


def phone_digits(name: str) -> str | None:
    """The digits when the name is a phone number (someone who dialled in), else None."""
    text = name.strip()
    if not _PHONE_CHARACTERS.match(text):
        return None
    digits = re.sub(r"\D", "", text)
    return digits if len(digits) >= 8 else None


@dataclass(frozen=True)
class Candidate:
    """A registrant a name may be."""

    key: int
    first_name: str
    last_name: str
    #: The registrant's phone as recorded ("+33 6 12 34 56 78"), or "".
    phone: str = ""


def likely(name: str, email: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """The registrants that `name` (or its address) most plausibly is, best first."""
    digits = phone_digits(name)
    if digits is not None:
        national = _national(digits)
        return [
            c for c in candidates if c.phone and _national(re.sub(r"\D", "", c.phone)) == national
        ]
    scored: dict[int, tuple[float, Candidate]] = {}
    for words in _name_words(name) + _address_words(email):
        for candidate in candidates:
            score = _score(words, candidate)
            if score > scored.get(candidate.key, (0.0, candidate))[0]:
                scored[candidate.key] = (score, candidate)
    if not scored:
        return []
    best = max(score for score, _candidate in scored.values())
    return [candidate for score, candidate in scored.values() if score == best]


def is_full_name(name: str) -> bool:
    """Whether a name looks like a person's first and last name (not a device, not initials)."""
    text = _TAG.sub("", fold(name)).strip()
    if _DEVICE_ONLY.match(text) or _DEVICE_OF.match(text) or _DEVICE_OWNER.match(text):
        return False
    words = [word for word in _words(text) if not word.isdigit()]
    return len(words) >= 2 and all(len(word) >= 2 for word in words)


def is_distinctive(key: str) -> bool:
    """Whether a name key can stand for one person in later sessions: two words at
    least, not a device's name ("helene marie r" can; "marie" and "iphone" cannot)."""
    words = key.split()
    if any(_DEVICE_ONLY.match(word) for word in words):
        return False
    return sum(len(word) >= 2 and not word.isdigit() for word in words) >= 2


def _name_words(name: str) -> list[list[str]]:
    text = _TAG.sub("", fold(name)).strip()
    renamed = _RENAMED.match(text)
    parts = [renamed["new"], renamed["original"]] if renamed else [text]
    found = []
    for part in parts:
        device = _DEVICE_OF.match(part) or _DEVICE_OWNER.match(part)
        if device is not None:
            part = device["name"]
        elif _DEVICE_ONLY.match(part):
            continue
        words = [word for word in _words(part) if not word.isdigit()]
        if words:
            found.append(words)
    return found


def _address_words(email: str) -> list[list[str]]:
    """An address's local part as words: "mh.robert" gives ["mh", "robert"]; "mhrobert"
    stays one word, which `_score` compares with the registrant's names run together."""
    local = email.partition("@")[0]
    words = [word for word in re.split(r"[._\-+\d]+", fold(local)) if word]
    return [words] if words else []


def _score(words: list[str], candidate: Candidate) -> float:
    """How well a name's words fit a registrant: 0 when one of them fits nothing."""
    names = _words(f"{candidate.first_name} {candidate.last_name}")
    if not names:
        return 0.0
    score = 0.0
    for word in words:
        fitted = max((_fit(word, name, names) for name in names), default=0.0)
        if fitted == 0:
            return 0.0
        score += fitted
    return score if any(len(word) >= 3 for word in words) else 0.0


def _fit(word: str, name: str, names: list[str]) -> float:
    if word == name:
        return 2.0
    if len(word) <= 2 and name.startswith(word):  # an initial, "R." or "MH"
        return 0.5
    if len(word) <= 3 and "".join(n[0] for n in names).startswith(word):  # "mh" of Marie-Hélène
        return 0.5
    if len(word) >= 5 and _run_together(word, names):  # "mhrobert", "robert.mh"
        return 1.5
    if len(word) >= 4 and len(name) >= 4 and _similar(word, name):
        return 1.0
    return 0.0


def _run_together(word: str, names: list[str]) -> bool:
    """Whether `word` is one of the names run together with the others or their initials."""
    for name in names:
        if len(name) < 4 or name not in word:
            continue
        rest = word.replace(name, "", 1)
        others = [other for other in names if other != name]
        if not rest or rest in ("".join(others), "".join(o[0] for o in others)):
            return True
        if any(rest == other or rest == other[0] for other in others):
            return True
    return False


def _similar(a: str, b: str) -> bool:
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.normalized_similarity(a, b) >= 0.8


def _national(digits: str) -> str:
    """ "33612345678", "0612345678" and "612345678" as one number."""
    if digits.startswith("33") and len(digits) == 11:
        return digits[2:]
    return digits.lstrip("0")
