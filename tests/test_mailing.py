"""mailto links for writing to a group: Bcc, no repeats, split under the length limit."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from caprural_desktop.mailing import MAX_LINK, address_list, mailto_links


def recipients(link: str) -> list[str]:
    query = parse_qs(urlsplit(link).query)
    return query["bcc"][0].split(",")


def test_a_short_list_is_one_message_in_bcc() -> None:
    (link,) = mailto_links(["a@example.org", " b@example.org ", "a@example.org", ""], "Session")
    assert link.startswith("mailto:?bcc=")
    assert recipients(link) == ["a@example.org", "b@example.org"]
    assert parse_qs(urlsplit(link).query)["subject"] == ["Session"]


def test_a_long_list_is_split_and_nobody_is_lost() -> None:
    addresses = [f"participant.numero{n}@commune-exemple.fr" for n in range(500)]
    links = mailto_links(addresses, "Coopérer avec les citoyens")
    assert len(links) > 1
    assert all(len(link) <= MAX_LINK for link in links)
    assert [address for link in links for address in recipients(link)] == addresses


def test_odd_characters_are_encoded() -> None:
    (link,) = mailto_links(["o'neil+news@example.org"], "Café & co")
    assert "&subject=Caf%C3%A9%20%26%20co" in link
    assert recipients(link) == ["o'neil+news@example.org"]


def test_addresses_to_paste() -> None:
    assert address_list(["a@example.org", "b@example.org", "a@example.org"]) == (
        "a@example.org; b@example.org"
    )
    assert mailto_links([]) == []
