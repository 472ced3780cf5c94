"""`caprural-desktop` and `python -m caprural_desktop`: a sub-command, or the window."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from .cli import parse_arguments, run

    arguments = parse_arguments(argv)
    if arguments.command:
        return run(arguments)
    from .app import run_app

    return run_app(arguments)


if __name__ == "__main__":
    sys.exit(main())
