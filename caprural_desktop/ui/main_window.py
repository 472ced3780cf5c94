"""The main window: one area per subject on the left, the listing in the centre."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QMimeData, Qt
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from .. import __version__
from ..errors import UserError
from ..services.demo import add_demo_data
from .context import AppContext
from .dues_page import DuesPage
from .formatting import error_text
from .listing_page import ListingPage
from .organisations_page import OrganisationsPage
from .registrants_page import RegistrantsPage
from .sessions_page import SessionsPage
from .settings_dialog import edit_settings
from .speakers_page import SpeakersPage

GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Cap Rural — training sessions"))
        self.sessions_page = SessionsPage(context)
        self.speakers_page = SpeakersPage(context)
        self.registrants_page = RegistrantsPage(context)
        self.dues_page = DuesPage(context)
        self.organisations_page = OrganisationsPage(context)
        self.pages: list[QWidget] = [
            self.sessions_page,
            self.speakers_page,
            self.registrants_page,
            self.dues_page,
            self.organisations_page,
        ]
        self._loaded: set[int] = set()

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setStyleSheet("QListWidget#navigation::item { padding: 6px 8px; }")
        self.stack = QStackedWidget()
        for page in self.pages:
            self.navigation.addItem(page.page_title())  # type: ignore[attr-defined]
            self.stack.addWidget(page)
        width = max(
            self.navigation.fontMetrics().horizontalAdvance(page.page_title())  # type: ignore[attr-defined]
            for page in self.pages
        )
        self.navigation.setFixedWidth(width + 48)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._create_actions()
        self._create_menus()
        self._create_tool_bar()
        database_label = QLabel(self.tr("Database: {}").format(context.database.display_name))
        database_label.setObjectName("database_label")
        self.statusBar().addPermanentWidget(database_label)

        for page in self.pages:
            if isinstance(page, ListingPage):
                page.selection_changed.connect(self._update_actions)
                page.open_session.connect(self.open_session)
                page.open_registrants.connect(self.open_registrants)
                page.changed.connect(lambda page=page: self._after_change(page))
        self.setAcceptDrops(True)
        self.navigation.currentRowChanged.connect(self.show_page)
        self.navigation.setCurrentRow(0)
        self._restore_geometry()

    # Building

    def _create_actions(self) -> None:
        def action(text: str, shortcut: QKeySequence | str | None, slot) -> QAction:
            created = QAction(text, self)
            if shortcut is not None:
                created.setShortcut(QKeySequence(shortcut))
            created.triggered.connect(slot)
            return created

        self.new_action = action(self.tr("&New…"), QKeySequence.StandardKey.New, self.new_item)
        self.edit_action = action(self.tr("&Edit…"), "Ctrl+E", self.edit_item)
        self.duplicate_action = action(self.tr("D&uplicate…"), "Ctrl+D", self.duplicate_item)
        self.delete_action = action(
            self.tr("&Delete…"), QKeySequence.StandardKey.Delete, self.delete_item
        )
        self.find_action = action(
            self.tr("&Search"), QKeySequence.StandardKey.Find, self.focus_search
        )
        self.refresh_action = action(
            self.tr("&Refresh"), QKeySequence.StandardKey.Refresh, self.refresh_current
        )
        self.import_action = action(
            self.tr("&Import the responses…"), "Ctrl+I", self.import_responses
        )
        self.undo_import_action = action(
            self.tr("&Undo the last import…"), None, self.undo_last_import
        )
        self.server_action = action(self.tr("Switch to &team mode…"), None, self.choose_server)
        self.settings_action = action(
            self.tr("&Settings…"), None, lambda: edit_settings(self, self.context)
        )
        self.report_action = action(
            self.tr("The year's &figures for funders…"), None, self.export_year_report
        )
        self.backup_action = action(self.tr("&Back up the database…"), None, self.back_up)
        self.restore_action = action(self.tr("&Restore a backup…"), None, self.restore_backup)
        self.purge_action = action(
            self.tr("&Anonymise old personal data…"), None, self.purge_personal_data
        )
        self.quit_action = action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        self.about_action = action(self.tr("&About Cap Rural"), None, self.about)
        self.page_actions = []
        for number, page in enumerate(self.pages):
            page_action = action(
                page.page_title(),  # type: ignore[attr-defined]
                f"Ctrl+{number + 1}",
                lambda _checked=False, n=number: self.navigation.setCurrentRow(n),
            )
            self.page_actions.append(page_action)

    def _create_menus(self) -> None:
        menu_bar = self.menuBar()
        file_menu = menu_bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.undo_import_action)
        file_menu.addSeparator()
        file_menu.addAction(self.report_action)
        file_menu.addAction(self.purge_action)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addAction(self.server_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menu_bar.addMenu(self.tr("&Edit"))
        for item in (self.edit_action, self.duplicate_action, self.delete_action):
            edit_menu.addAction(item)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        view_menu = menu_bar.addMenu(self.tr("&View"))
        for page_action in self.page_actions:
            view_menu.addAction(page_action)
        view_menu.addSeparator()
        view_menu.addAction(self.refresh_action)
        help_menu = menu_bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def _create_tool_bar(self) -> None:
        tool_bar = QToolBar(self.tr("Actions"))
        tool_bar.setObjectName("actions_tool_bar")
        tool_bar.setMovable(False)
        tool_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for item in (self.new_action, self.edit_action, self.duplicate_action, self.delete_action):
            tool_bar.addAction(item)
        tool_bar.addSeparator()
        tool_bar.addAction(self.import_action)
        self.addToolBar(tool_bar)

    # Pages

    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def current_listing(self) -> ListingPage | None:
        page = self.current_page()
        return page if isinstance(page, ListingPage) else None

    def show_page(self, number: int) -> None:
        self.stack.setCurrentIndex(number)
        page = self.pages[number]
        if isinstance(page, ListingPage) and number not in self._loaded:
            self._loaded.add(number)
            page.refresh()
        self._update_actions()

    def open_session(self, session_id: int) -> None:
        self.navigation.setCurrentRow(self.pages.index(self.sessions_page))
        self.sessions_page.search.clear()
        if not self.sessions_page.select_id(session_id):
            self.sessions_page.refresh(select_id=session_id)  # created since last shown

    def open_registrants(self, session_id: int) -> None:
        """The registrants of one session, in queue order."""
        page = self.registrants_page
        self._loaded.discard(self.pages.index(page))  # an import may have just changed them
        self.navigation.setCurrentRow(self.pages.index(page))
        page.search.clear()
        page.show_session(session_id)

    def _update_actions(self) -> None:
        page = self.current_listing()
        selected = page is not None and page.selected_id() is not None
        self.new_action.setEnabled(page is not None and page.can_create)
        self.edit_action.setEnabled(selected and page.can_edit)  # type: ignore[union-attr]
        self.duplicate_action.setEnabled(selected and page.can_duplicate)  # type: ignore[union-attr]
        self.delete_action.setEnabled(selected and page.can_delete)  # type: ignore[union-attr]
        self.find_action.setEnabled(page is not None)
        session_chosen = page is self.sessions_page and self.sessions_page.selected_id() is not None
        self.import_action.setEnabled(session_chosen)
        self.undo_import_action.setEnabled(session_chosen)

    # Actions

    def new_item(self) -> None:
        page = self.current_listing()
        if page is not None and page.can_create:
            page.new_item()
            self._after_change(page)

    def edit_item(self) -> None:
        self._on_selected(lambda page, row_id: page.edit_item(row_id))

    def duplicate_item(self) -> None:
        self._on_selected(lambda page, row_id: page.duplicate_item(row_id))

    def delete_item(self) -> None:
        self._on_selected(lambda page, row_id: page.delete_item(row_id))

    def _on_selected(self, act) -> None:
        page = self.current_listing()
        row_id = page.selected_id() if page is not None else None
        if page is not None and row_id is not None:
            act(page, row_id)
            self._after_change(page)

    def _after_change(self, changed: ListingPage) -> None:
        """Other listings show derived figures (session counts): they reload when shown."""
        current = self.pages.index(changed)
        self._loaded = {current}
        self._update_actions()

    def import_responses(self, path: Path | None = None) -> None:
        """Into the selected session: "Importer les réponses…", or a file dropped on the window."""
        session_id = self.sessions_page.selected_id()
        if self.current_page() is not self.sessions_page or session_id is None:
            QMessageBox.information(
                self,
                self.windowTitle(),
                self.tr("Select the session the responses belong to, then import them."),
            )
            self.navigation.setCurrentRow(self.pages.index(self.sessions_page))
            return
        if self.sessions_page.import_responses(session_id, path) is not None:
            self._after_change(self.sessions_page)

    def undo_last_import(self) -> None:
        session_id = self.sessions_page.selected_id()
        if session_id is not None and self.sessions_page.undo_last_import(session_id):
            self._after_change(self.sessions_page)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_file(event.mimeData())
        if path is not None:
            event.acceptProposedAction()
            self.import_responses(path)

    def focus_search(self) -> None:
        page = self.current_listing()
        if page is not None:
            page.focus_search()

    def refresh_current(self) -> None:
        page = self.current_listing()
        if page is not None:
            page.refresh()

    def offer_demo(self) -> None:
        """On a new, empty database: offers the demo session to discover the app."""
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr(
                "This database is new and empty. Add a demo session (the programme "
                "“Coopérer avec les citoyens pour coproduire de l'action publique”), with "
                "fictional registrants and member organisations, to discover the application?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            session_id = add_demo_data(self.context.database)
        except UserError as error:
            QMessageBox.warning(self, self.windowTitle(), error_text(error))
            return
        self.navigation.setCurrentRow(0)
        self.sessions_page.refresh(select_id=session_id)
        self._loaded = {0}

    def export_year_report(self) -> None:
        """One line per session of a year, for funders: asks which year, then where."""
        from .session_documents import SessionDocuments

        said = SessionDocuments(self, self.context).export_year_report()
        if said:
            self.statusBar().showMessage(said, 10_000)

    def _reload_everything(self) -> None:
        """After a change to the whole database: this listing now, the others when shown."""
        self.refresh_current()
        self._loaded = {self.navigation.currentRow()}

    def back_up(self) -> None:
        from .backup_actions import BackupActions

        said = BackupActions(self, self.context).back_up()
        if said:
            self.statusBar().showMessage(said, 10_000)

    def choose_server(self) -> None:
        """Team mode: made when first used, it brings the copy to a server."""
        from .server_dialog import choose_server

        choose_server(self, self.context)

    def restore_backup(self) -> None:
        """Every listing shows the restored database afterwards."""
        from .backup_actions import BackupActions

        said = BackupActions(self, self.context).restore()
        if said:
            self._reload_everything()
            self.statusBar().showMessage(said, 10_000)

    def purge_personal_data(self) -> None:
        """The retention rule: says whom first, anonymises only when asked."""
        from .privacy_actions import PrivacyActions

        said = PrivacyActions(self, self.context).purge()
        if said:
            self._reload_everything()
            self.statusBar().showMessage(said, 10_000)

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Cap Rural"),
            self.tr(
                "<h3>Cap Rural {}</h3><p>Training sessions, speakers, registrants and "
                "membership fees of the Cap Rural network.</p>"
            ).format(__version__),
        )

    # Window state

    def _restore_geometry(self) -> None:
        geometry = self.context.settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            state = self.context.settings.value(STATE_KEY)
            if isinstance(state, QByteArray):
                self.restoreState(state)
        else:
            self.resize(1200, 760)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.context.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self.context.settings.setValue(STATE_KEY, self.saveState())
        super().closeEvent(event)


RESPONSE_SUFFIXES = (".xlsx", ".ods", ".csv", ".zip", ".xls")


def _dropped_file(data: QMimeData) -> Path | None:
    """The one local response file being dropped, if that is what it is."""
    urls = data.urls() if data.hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() in RESPONSE_SUFFIXES else None
