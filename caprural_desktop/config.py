"""Where the database lives: --database, else CAPRURAL_DATABASE_URL, else the user's data folder."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from platformdirs import user_data_path

from .db.database import url_for

APP_NAME = "caprural-desktop"
ORGANISATION = "Cap Rural"
DATABASE_FILE = "caprural.sqlite3"
ENVIRONMENT_VARIABLE = "CAPRURAL_DATABASE_URL"


def default_database_path() -> Path:
    return user_data_path(APP_NAME, appauthor=False) / DATABASE_FILE


def database_url(
    option: str | None, environ: Mapping[str, str] = os.environ, saved: str | None = None
) -> str:
    """The database to open, as a SQLAlchemy URL: the option, else the environment, else
    the team's server chosen in the window's settings (`saved`), else this computer's file."""
    chosen = option or environ.get(ENVIRONMENT_VARIABLE) or saved or default_database_path()
    return url_for(chosen)
