"""What an import does with each row of the sheet (its own module: the window's labels need
it without loading the import machinery at start-up)."""

import enum


class Outcome(enum.StrEnum):
    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    DUPLICATE = "duplicate"
    INVALID = "invalid"
