"""The status bar's backup warning (administrators): shown when the newest backup recorded in the
vault is older than the set number of days, or there is none; a click opens Säkerhetskopiera."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from skyddsapp.services import backups
from skyddsapp.services.context import Session
from skyddsapp.services.errors import VaultError
from skyddsapp.ui.shell.settings import BACKUP_WARN_DAYS, Settings

WARNING_STYLE = (
    "QPushButton#BackupWarning { color: #8b0000; font-weight: bold; border: none;"
    " padding: 0 4px; text-align: left; }"
    "QPushButton#BackupWarning:focus { text-decoration: underline; }"
)


class BackupStatusLabel(QPushButton):
    """A flat button, so that the warning can be reached with the keyboard as well as clicked.

    Its text is the program's own (a number of days), never anything stored by a user. Hidden
    while the newest backup is recent enough.
    """

    def __init__(
        self,
        session: Session,
        settings: Settings,
        on_click: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._settings = settings
        self.setObjectName("BackupWarning")
        self.setFlat(True)
        self.setAutoDefault(False)
        self.setStyleSheet(WARNING_STYLE)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self.setToolTip(self.tr("Klicka för att säkerhetskopiera valvet nu."))
        self.clicked.connect(on_click)
        self.status: backups.BackupStatus | None = None
        self.refresh()

    def refresh(self) -> None:
        """Ask the vault again (after a backup, or when the warning age changed)."""
        vault = self._session.vault
        if vault.is_locked:
            return
        days = self._settings.get(BACKUP_WARN_DAYS)
        try:
            status = backups.backup_status(vault, max_age_days=days, today=self._session.today())
        except VaultError:
            # A status line must not stop the window from opening (a damaged page, a busy
            # vault): the warning waits for the next refresh.
            self.hide()
            return
        self.status = status
        self.setText(self.warning_text(status))
        self.setAccessibleName(self.text())
        self.setVisible(status.too_old)

    def warning_text(self, status: backups.BackupStatus) -> str:
        if status.newest_at is None or status.age_days is None:
            return self.tr("Ingen säkerhetskopia ännu")
        if status.age_days == 1:
            return self.tr("Senaste säkerhetskopian är 1 dag gammal")
        return self.tr("Senaste säkerhetskopian är {0} dagar gammal").format(status.age_days)
