"""What windows and dialogs share, made once at start-up and handed down."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings

from ..db.database import Database
from .formatting import Formatter


@dataclass
class AppContext:
    database: Database
    settings: QSettings
    formatter: Formatter
