"""Takes the README's screenshots, offscreen, in French, over the demo session.

Run: .venv/bin/python scripts/screenshots.py  (writes docs/*.png)
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale, QSettings  # noqa: E402

from caprural_desktop.app import install_translations, make_application  # noqa: E402
from caprural_desktop.db.database import url_for  # noqa: E402
from caprural_desktop.db.migrate import open_database  # noqa: E402
from caprural_desktop.services.demo import add_demo_session  # noqa: E402
from caprural_desktop.services.sessions import get_session  # noqa: E402
from caprural_desktop.services.speakers import list_speakers  # noqa: E402
from caprural_desktop.ui.context import AppContext  # noqa: E402
from caprural_desktop.ui.formatting import Formatter  # noqa: E402
from caprural_desktop.ui.main_window import MainWindow  # noqa: E402
from caprural_desktop.ui.session_editor import SessionEditor  # noqa: E402

DOCS = Path(__file__).resolve().parent.parent / "docs"


def main() -> None:
    locale = QLocale(QLocale.Language.French, QLocale.Country.France)
    QLocale.setDefault(locale)
    app = make_application([])
    install_translations(app, locale)
    with tempfile.TemporaryDirectory() as folder:
        database, _created = open_database(url_for(Path(folder) / "demo.sqlite3"))
        session_id = add_demo_session(database)
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        context = AppContext(database, settings, Formatter(locale))
        window = MainWindow(context)
        window.resize(1200, 720)
        window.show()
        window.sessions_page.select_id(session_id)
        app.processEvents()
        window.grab().save(str(DOCS / "main-window.png"))
        editor = SessionEditor(
            context, get_session(database, session_id), list_speakers(database), window
        )
        editor.show()
        app.processEvents()
        editor.grab().save(str(DOCS / "session-editor.png"))
        editor.close()
        window.close()
        database.dispose()


if __name__ == "__main__":
    main()
