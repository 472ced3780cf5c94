"""Writing to a group of registrants through the user's own mail client (mailto links).

Addresses go in Bcc, so that registrants do not see each other's. A mailto
link longer than about 2,000 characters is cut or refused by Windows and by
some mail clients: a long list becomes several messages.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import quote

#: The longest link sent to the mail client.
MAX_LINK = 1900


def mailto_links(addresses: Iterable[str], subject: str = "", limit: int = MAX_LINK) -> list[str]:
    """Links that together address everyone once, each under `limit` characters."""
    unique = list(dict.fromkeys(address.strip() for address in addresses if address.strip()))
    suffix = f"&subject={quote(subject)}" if subject else ""
    links: list[str] = []
    batch: list[str] = []
    for address in unique:
        candidate = [*batch, quote(address, safe="@")]
        if batch and len(_link(candidate, suffix)) > limit:
            links.append(_link(batch, suffix))
            candidate = [quote(address, safe="@")]
        batch = candidate
    if batch:
        links.append(_link(batch, suffix))
    return links


def _link(addresses: list[str], suffix: str) -> str:
    return "mailto:?bcc=" + ",".join(addresses) + suffix


def address_list(addresses: Iterable[str]) -> str:
    """The addresses as a mail client's To or Bcc field takes them pasted."""
    return "; ".join(dict.fromkeys(address.strip() for address in addresses if address.strip()))
