"""The time zone the network works in: times are stored in UTC and shown in Paris time."""

from zoneinfo import ZoneInfo

PARIS = ZoneInfo("Europe/Paris")
