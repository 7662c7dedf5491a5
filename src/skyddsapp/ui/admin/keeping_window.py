"""What the main window and the auditor window share of Arkiv's vault keeping: opening Gallring,
Valvets identitet, Säkerhetskopiera and Säkerhetskopior, and the backup warning's refresh; and
Uppföljning's Årsuppföljning, which an administrator outside every team may see too.

Each window makes its own actions (texts, shortcuts, menus); this base opens the dialogs behind
them, only while the action is enabled and the vault unlocked. Every dialog is opened with
open(), not exec(), so that a lock closes it like any other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from skyddsapp.services.context import Session
from skyddsapp.ui.shell.settings import Settings

if TYPE_CHECKING:
    from skyddsapp.ui.admin.backup_dialog import BackupDialog
    from skyddsapp.ui.admin.backup_list_dialog import BackupListDialog
    from skyddsapp.ui.admin.backup_status import BackupStatusLabel
    from skyddsapp.ui.admin.identity_dialog import IdentityDialog
    from skyddsapp.ui.admin.retention_dialog import RetentionDialog
    from skyddsapp.ui.followup.yearly_dashboard import YearlyDashboard


class KeepingWindow(QMainWindow):
    """A subclass sets ``_session``, ``_settings``, the four actions (None where it has none)
    and ``backup_label``; the dialog last opened of each kind is kept (for tests)."""

    restore_requested = Signal(object)
    """Återställ från säkerhetskopia: a backup's folder, or None to choose one."""

    _session: Session
    _settings: Settings
    retention_action: QAction | None
    identity_action: QAction | None
    backup_action: QAction | None
    backups_action: QAction | None
    yearly_report_action: QAction | None = None
    backup_label: BackupStatusLabel | None
    retention_dialog: RetentionDialog | None = None
    identity_dialog: IdentityDialog | None = None
    backup_dialog: BackupDialog | None = None
    backups_dialog: BackupListDialog | None = None
    yearly_dashboard: YearlyDashboard | None = None

    def _may_open(self, action: QAction | None) -> bool:
        return action is not None and action.isEnabled() and not self._session.vault.is_locked

    def open_retention(self) -> None:
        """Gallring (administrators): closed by a lock; a purge calls `_after_purge`."""
        from skyddsapp.ui.admin.retention_dialog import RetentionDialog

        if not self._may_open(self.retention_action):
            return
        dialog = RetentionDialog(self._session, self)
        dialog.purged.connect(self._after_purge)
        self.retention_dialog = dialog
        dialog.open()

    def _after_purge(self) -> None:
        """Cases were purged: nothing to do here (the auditor's Logg shows the purge at its
        next search); the main window refreshes its lists."""

    def open_yearly_report(self) -> None:
        """Årsuppföljning (Uppföljning): the dashboard, showing the year that has ended."""
        from skyddsapp.ui.followup.yearly_dashboard import YearlyDashboard

        if not self._may_open(self.yearly_report_action):
            return
        dialog = YearlyDashboard(self._session, self)
        self.yearly_dashboard = dialog
        dialog.open()
        dialog.show_figures()

    def open_identity(self) -> None:
        """Valvets identitet (administrators): the card, and the vaults trusted for hand-overs."""
        from skyddsapp.ui.admin.identity_dialog import IdentityDialog

        if not self._may_open(self.identity_action):
            return
        dialog = IdentityDialog(self._session, self)
        self.identity_dialog = dialog
        dialog.open()

    def open_backup(self) -> None:
        """Säkerhetskopiera (administrators): a lock waits for a running copy."""
        from skyddsapp.ui.admin.backup_dialog import BackupDialog

        if not self._may_open(self.backup_action):
            return
        dialog = BackupDialog(self._session, self._settings, self)
        dialog.backup_made.connect(lambda _manifest: self.refresh_backup_status())
        self.backup_dialog = dialog
        dialog.open()

    def refresh_backup_status(self) -> None:
        if self.backup_label is not None and not self._session.vault.is_locked:
            self.backup_label.refresh()

    def open_backups(self) -> None:
        """Säkerhetskopior: this vault's backups in a folder, each checked on request;
        Återställ goes to the controller (`restore_requested`)."""
        from skyddsapp.ui.admin.backup_list_dialog import BackupListDialog

        if not self._may_open(self.backups_action):
            return
        dialog = BackupListDialog(self._session, self._settings, self)
        dialog.restore_requested.connect(self.restore_requested.emit)
        self.backups_dialog = dialog
        dialog.open()
