"""What an import does with each row of a sheet, and what a dues ledger's columns hold (their
own module: the window's labels need them without loading the import machinery at start-up)."""

import enum


class Outcome(enum.StrEnum):
    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    DUPLICATE = "duplicate"
    INVALID = "invalid"


class LedgerOutcome(enum.StrEnum):
    ADDED = "added"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    INVALID = "invalid"


class LedgerField(enum.StrEnum):
    ORGANISATION = "organisation"
    KIND = "kind"
    CALLED = "called"
    PAID = "paid"
    PAID_ON = "paid_on"
    METHOD = "method"
    REFERENCE = "reference"
    STATUS = "status"
