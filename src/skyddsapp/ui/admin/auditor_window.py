"""The window of those who handle no case: a granskare sees the Logg only; an administrator
outside every team (or the recovery key) also gets Användare och team."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

from skyddsapp.domain.users import Role
from skyddsapp.services.context import Session
from skyddsapp.ui.admin.audit_log_page import AuditLogPage
from skyddsapp.ui.admin.users_page import UsersPage
from skyddsapp.ui.paperwork.file_dialogs import FileDialogs
from skyddsapp.ui.shell.auto_lock import AutoLock
from skyddsapp.ui.widgets.labels import domain_text
from skyddsapp.ui.widgets.plain_text import PlainLabel


class AuditorWindow(QMainWindow):
    """Asks the controller to lock or quit, like the main window; never locks by itself."""

    lock_requested = Signal()
    quit_requested = Signal()

    def __init__(
        self,
        session: Session,
        auto_lock: AutoLock,
        parent: QWidget | None = None,
        dialogs: FileDialogs | None = None,
    ) -> None:
        super().__init__(parent)
        self._auto_lock = auto_lock
        self.setWindowTitle("skyddsapp")  # generic, as the main window's
        self.setObjectName("AuditorWindow")
        self.page = AuditLogPage(session, self, dialogs)
        self.tabs: QTabWidget | None = None
        self.users_page: UsersPage | None = None
        if session.vault.user.role is Role.ADMIN:
            self.tabs = QTabWidget(self)
            self.tabs.setDocumentMode(True)
            self.users_page = UsersPage(session, self.tabs)
            self.tabs.addTab(self.page, self.tr("Logg"))
            self.tabs.addTab(self.users_page, self.tr("Användare och team"))
            self.setCentralWidget(self.tabs)
        else:
            self.setCentralWidget(self.page)

        self.lock_action = self._action(self.tr("&Lås"), "Ctrl+L", self.lock_requested.emit)
        self.quit_action = self._action(self.tr("&Avsluta"), "Ctrl+Q", self.quit_requested.emit)
        self.filters_action = self._action(self.tr("&Sök"), "Ctrl+F", self.focus_filters)
        file_menu = self.menuBar().addMenu(self.tr("&Arkiv"))
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&Visa"))
        self.log_action: QAction | None = None
        self.users_action: QAction | None = None
        if self.users_page is not None:
            self.log_action = self._action(self.tr("&Logg"), "Ctrl+1", self.show_log)
            self.users_action = self._action(
                self.tr("A&nvändare och team"), "Ctrl+2", self.show_users
            )
            view_menu.addAction(self.log_action)
            view_menu.addAction(self.users_action)
            view_menu.addSeparator()
        view_menu.addAction(self.filters_action)

        user = session.vault.user
        self.user_label = PlainLabel(
            self.tr("Inloggad: {0} ({1})").format(user.display_name, domain_text(user.role.label)),
            self,
        )
        self.lock_label = PlainLabel(parent=self)
        for label in (self.user_label, self.lock_label):
            label.setContentsMargins(12, 0, 12, 0)
            self.statusBar().addPermanentWidget(label)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show_time_left)
        self._tick.start()
        self._show_time_left()
        self.resize(1280, 800)
        self.page.focus_filters()

    def show_log(self) -> None:
        if self.tabs is not None:
            self.tabs.setCurrentWidget(self.page)

    def show_users(self) -> None:
        if self.tabs is not None and self.users_page is not None:
            self.tabs.setCurrentWidget(self.users_page)
            self.users_page.focus_table()

    def focus_filters(self) -> None:
        """Sök: the Logg's filters, from whichever tab is shown."""
        self.show_log()
        self.page.focus_filters()

    def _action(self, text: str, shortcut: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _show_time_left(self) -> None:
        minutes, seconds = divmod(self._auto_lock.remaining_seconds(), 60)
        self.lock_label.setText(self.tr("Låses om {0}:{1:02d}").format(minutes, seconds))

    def retire(self) -> None:
        """Stop ticking, hide and drop every entry shown (the controller deletes the window)."""
        self._tick.stop()
        self.hide()
        self.page.clear()
        if self.users_page is not None:
            self.users_page.clear()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.quit_requested.emit()
