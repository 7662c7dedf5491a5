"""The window of those who handle no case: a granskare sees the Logg only; an administrator
outside every team (or the recovery key) also gets Användare och team, and keeps the vault from
Arkiv: backups, restore, gallring and the vault's identity, as in the main window."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMenu, QTabWidget, QWidget

from skyddsapp.domain.users import Role
from skyddsapp.services.context import Session
from skyddsapp.ui.admin.audit_log_page import AuditLogPage
from skyddsapp.ui.admin.keeping_window import KeepingWindow
from skyddsapp.ui.admin.users_page import UsersPage
from skyddsapp.ui.paperwork.file_dialogs import FileDialogs
from skyddsapp.ui.shell.auto_lock import AutoLock
from skyddsapp.ui.shell.settings import Settings
from skyddsapp.ui.widgets.labels import domain_text
from skyddsapp.ui.widgets.plain_text import PlainLabel

if TYPE_CHECKING:
    from skyddsapp.ui.admin.backup_status import BackupStatusLabel


class AuditorWindow(KeepingWindow):
    """Asks the controller to lock or quit, like the main window; never locks by itself. The
    keeping dialogs open as in the main window (`KeepingWindow`)."""

    lock_requested = Signal()
    quit_requested = Signal()

    def __init__(
        self,
        session: Session,
        settings: Settings,
        auto_lock: AutoLock,
        parent: QWidget | None = None,
        dialogs: FileDialogs | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._settings = settings
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
        # Keeping the vault (administrators only; a granskare gets none of it).
        self.retention_action: QAction | None = None
        self.identity_action: QAction | None = None
        self.backup_action: QAction | None = None
        self.backups_action: QAction | None = None
        self.restore_action: QAction | None = None
        self.keeping_actions: list[QAction] = []
        file_menu = self.menuBar().addMenu(self.tr("&Arkiv"))
        if self.users_page is not None:
            self._add_keeping_actions(file_menu)
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
        if self.users_page is not None:  # an administrator: the aggregates, as in the main window
            self.yearly_report_action = self._action(
                self.tr("Å&rsuppföljning…"), "Ctrl+Shift+Y", self.open_yearly_report
            )
            # Every showing of the figures is logged, which a read-only vault cannot.
            self.yearly_report_action.setEnabled(not session.read_only)
            self.menuBar().addMenu(self.tr("&Uppföljning")).addAction(self.yearly_report_action)
        self.about_action = self._action(self.tr("&Om skyddsapp…"), "", self.open_about)
        self.menuBar().addMenu(self.tr("&Hjälp")).addAction(self.about_action)

        user = session.vault.user
        self.user_label = PlainLabel(
            self.tr("Inloggad: {0} ({1})").format(user.display_name, domain_text(user.role.label)),
            self,
        )
        self.lock_label = PlainLabel(parent=self)
        self.backup_label: BackupStatusLabel | None = None
        labels: list[QWidget] = [self.user_label, self.lock_label]
        if self.users_page is not None and not session.read_only:  # may back up
            from skyddsapp.ui.admin.backup_status import BackupStatusLabel

            self.backup_label = BackupStatusLabel(session, settings, self.open_backup, self)
            labels.insert(0, self.backup_label)
        for label in labels:
            label.setContentsMargins(12, 0, 12, 0)
            self.statusBar().addPermanentWidget(label)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show_time_left)
        self._tick.start()
        self._show_time_left()
        self.resize(1280, 800)
        self.page.focus_filters()

    def open_about(self) -> None:
        """Hjälp → Om skyddsapp, as in the main window."""
        from skyddsapp.ui.shell.about_dialog import AboutDialog

        dialog = AboutDialog(self._session.vault.folder, self._settings.file_name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

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

    # ----------------------------------------------------------------- keeping the vault

    def _add_keeping_actions(self, menu: QMenu) -> None:
        """The main window's vault-keeping entries, for the administrator who has only this
        window. Backups and the rest are an administrator's (the services refuse anyone else);
        making a backup records it in the vault, so not from a read-only one."""
        self.retention_action = self._action(
            self.tr("&Gallring…"), "Ctrl+Shift+E", self.open_retention
        )
        self.identity_action = self._action(
            self.tr("Valvets i&dentitet…"), "Ctrl+Shift+D", self.open_identity
        )
        self.backup_action = self._action(
            self.tr("Säkerhets&kopiera…"), "Ctrl+Shift+B", self.open_backup
        )
        self.backups_action = self._action(self.tr("Säkerhetskopi&or…"), "", self.open_backups)
        self.restore_action = self._action(
            self.tr("Åte&rställ från säkerhetskopia…"),
            "",
            lambda: self.restore_requested.emit(None),
        )
        self.backup_action.setEnabled(not self._session.read_only)
        self.keeping_actions = [
            self.retention_action,
            self.identity_action,
            self.backup_action,
            self.backups_action,
            self.restore_action,
        ]
        menu.addAction(self.retention_action)
        menu.addAction(self.identity_action)
        menu.addSeparator()
        menu.addAction(self.backup_action)
        menu.addAction(self.backups_action)
        menu.addAction(self.restore_action)
        menu.addSeparator()

    # ----------------------------------------------------------------- helpers

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
