"""Text normalisation shared by storage, search and validation (no Qt here)."""

from __future__ import annotations

import re
import unicodedata

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*\.[^\s]+$", re.IGNORECASE)


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold(text: str | None) -> str:
    """Accent-less, case-folded text with single spaces.

    SQLite folds case for ASCII only, so searches compare stored folded keys
    instead of relying on the database ("Élodie" == "elodie" == "ÉLODIE").
    """
    if not text:
        return ""
    folded = text.casefold()
    if not folded.isascii():
        folded = folded.replace("œ", "oe").replace("æ", "ae")
        # Fast path, all in C: decompose, drop what is not ASCII. It is right when
        # only accents were dropped (one letter out per letter in); otherwise
        # (œ, non-Latin scripts) take the slow path, which keeps the letters.
        composed = unicodedata.normalize("NFC", folded)
        ascii_only = unicodedata.normalize("NFKD", composed).encode("ascii", "ignore").decode()
        folded = ascii_only if len(ascii_only) == len(composed) else _strip_accents(folded)
    return " ".join(folded.split())


def search_key(*parts: str | None) -> str:
    """One folded string holding every searchable part of a record."""
    return " ".join(fold(part) for part in parts if part)


#: Around a pasted address: "<a@b.fr>", "a@b.fr;", "a@b.fr." at the end of a sentence.
_AROUND_EMAIL = " ,;<>"


def normalise_email(email: str | None) -> str:
    """The stored form of an e-mail address: trimmed and lower-cased.

    Pasted addresses bring invisible characters (zero-width spaces, direction
    marks, no-break spaces), a "mailto:" or punctuation around them: they are
    dropped, so the same person is found again.
    """
    text = email or ""
    if not text.isascii():  # rare: the quick path stays quick
        text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    text = text.strip().strip(_AROUND_EMAIL).lower().removeprefix("mailto:")
    return text.strip(_AROUND_EMAIL).rstrip(".")


#: The longest address stored (its column's length; real ones stop at 254).
MAX_EMAIL = 320


def is_valid_email(email: str) -> bool:
    return len(email) <= MAX_EMAIL and bool(_EMAIL.match(email))


def is_valid_url(url: str) -> bool:
    return bool(_URL.match(url.strip()))


def clean(text: str | None) -> str:
    """Trimmed text, never None: what forms store for an optional field left empty."""
    return (text or "").strip()


_UNSAFE_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_WINDOWS_RESERVED = re.compile(r"^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$", re.IGNORECASE)


def safe_file_name(name: str, most: int = 150) -> str:
    """A file name that every system accepts, made from free text (an organisation's name).

    Windows refuses <>:"/\\|?* and names such as "CON"; every system refuses "/";
    trailing dots and spaces vanish on Windows. Accents are kept: they are fine.
    """
    text = " ".join(_UNSAFE_IN_FILE_NAMES.sub(" ", name).split())[:most].strip(" .")
    if not text or _WINDOWS_RESERVED.match(text):
        text = f"_{text}"
    return text
