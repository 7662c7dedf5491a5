"""Unlocking the vault with user and passphrase, or with the paper recovery key."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFontDatabase, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from skyddsapp.ui.shell.unlock_worker import WorkerPool
from skyddsapp.ui.shell.warm_up import import_in_background
from skyddsapp.ui.widgets.labels import domain_text
from skyddsapp.ui.widgets.plain_text import PlainLabel

if TYPE_CHECKING:
    from skyddsapp.services.context import Session
    from skyddsapp.ui.admin.restore_offer import DamageOffer

# skyddsapp.services.sessions (SQLCipher, the vault, every domain module) is imported when an
# unlock runs, not with this dialog: the dialog is the first thing on screen. Once it is painted,
# a background thread loads it while the user types (ui/warm_up.py).
UNLOCK_MODULE = "skyddsapp.services.sessions"


class UnlockDialog(QDialog):
    """Emits `unlocked(session, with_recovery_key)`; Argon2id runs on a worker thread.

    `restore_requested(backup or None)` asks for the restore flow: the vault may be lost or
    damaged, so it is offered here, and with the newest good backup when unlock finds damage.
    """

    unlocked = Signal(object, bool)
    restore_requested = Signal(object)

    def __init__(
        self,
        folder: Path,
        *,
        user_name: str = "",
        sleep: Callable[[float], None] | None = None,
        today: Callable[[], dt.date] = dt.date.today,
        witness_dir: Path | None = None,
        backup_dir: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._folder = folder
        self._witness_dir = witness_dir
        self._backup_dir = backup_dir
        self.offered_backup: Path | None = None
        self._sleep = sleep
        self._today = today
        self._workers = WorkerPool(self)
        self._recovery_mode = False
        self._warming_up = False
        self.setWindowTitle("skyddsapp")
        self.setMinimumWidth(560)

        heading = PlainLabel(self.tr("Lås upp valvet"), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        self.vault_label = PlainLabel(self.tr("Valv: {0}").format(folder), self)
        self.vault_label.setWordWrap(True)

        self.user_edit = QLineEdit(user_name, self)
        self.user_edit.setAccessibleName(self.tr("Användarnamn"))
        self.passphrase_edit = QLineEdit(self)
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("Lösenfras"))
        user_label = PlainLabel(self.tr("&Användarnamn:"), self)
        user_label.setBuddy(self.user_edit)
        passphrase_label = PlainLabel(self.tr("&Lösenfras:"), self)
        passphrase_label.setBuddy(self.passphrase_edit)
        passphrase_page = QWidget(self)
        passphrase_form = QFormLayout(passphrase_page)
        passphrase_form.setContentsMargins(0, 0, 0, 0)
        passphrase_form.addRow(user_label, self.user_edit)
        passphrase_form.addRow(passphrase_label, self.passphrase_edit)

        self.key_edit = QLineEdit(self)
        self.key_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.key_edit.setAccessibleName(self.tr("Återställningsnyckel"))
        self.key_edit.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        key_label = PlainLabel(self.tr("Åt&erställningsnyckel:"), self)
        key_label.setBuddy(self.key_edit)
        key_hint = PlainLabel(
            self.tr(
                "Skriv av nyckeln från papperet; bindestreck och mellanslag spelar ingen roll."
            ),
            self,
        )
        key_hint.setWordWrap(True)
        key_page = QWidget(self)
        key_layout = QVBoxLayout(key_page)
        key_layout.setContentsMargins(0, 0, 0, 0)
        key_layout.addWidget(key_label)
        key_layout.addWidget(self.key_edit)
        key_layout.addWidget(key_hint)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(passphrase_page)
        self.pages.addWidget(key_page)

        self.error_label = PlainLabel(parent=self)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Felmeddelande"))
        self.offer_label = PlainLabel(parent=self)
        self.offer_label.setWordWrap(True)
        self.offer_label.setAccessibleName(self.tr("Säkerhetskopia"))
        self.offer_label.hide()
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setAccessibleName(self.tr("Låser upp"))
        self.busy_bar.hide()

        self.mode_button = QPushButton(self)
        self.mode_button.setAutoDefault(False)
        self.restore_button = QPushButton(self.tr("Återställ från &säkerhetskopia…"), self)
        self.restore_button.setAutoDefault(False)
        # By keyword: a positional parent has PySide6 try the (Qt.Orientation, parent) overload
        # and build its whole Qt namespace, 90 ms before the first window (see plain_text.py).
        self.buttons = QDialogButtonBox(parent=self)
        self.unlock_button = self.buttons.addButton(
            self.tr("Lås &upp"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.unlock_button.setDefault(True)
        self.quit_button = self.buttons.addButton(
            self.tr("A&vsluta"), QDialogButtonBox.ButtonRole.RejectRole
        )

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.vault_label)
        layout.addSpacing(8)
        layout.addWidget(self.pages)
        layout.addWidget(self.error_label)
        layout.addWidget(self.offer_label)
        layout.addWidget(self.busy_bar)
        layout.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.mode_button)
        bottom.addWidget(self.restore_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

        self.unlock_button.clicked.connect(self.attempt)
        self.quit_button.clicked.connect(self.reject)
        self.mode_button.clicked.connect(lambda: self.set_recovery_mode(not self._recovery_mode))
        self.restore_button.clicked.connect(
            lambda: self.restore_requested.emit(self.offered_backup)
        )
        self._workers.busy_changed.connect(self._show_busy)
        self.set_recovery_mode(False)

    @property
    def busy(self) -> bool:
        return self._workers.busy

    def set_recovery_mode(self, on: bool) -> None:
        self._recovery_mode = on
        self.pages.setCurrentIndex(1 if on else 0)
        self.mode_button.setText(
            self.tr("Använd &lösenfras") if on else self.tr("Använd åte&rställningsnyckel…")
        )
        self.error_label.clear()
        self._focus_first_empty()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._focus_first_empty()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._warming_up:
            self._warming_up = True
            QTimer.singleShot(0, lambda: import_in_background(UNLOCK_MODULE))

    def attempt(self) -> None:
        """Start one unlock on the worker; the secret field is emptied at once."""
        if self._workers.busy:
            return
        if self._recovery_mode:
            key = self.key_edit.text()
            self.key_edit.clear()
            if not key.strip():
                self._show_error(self.tr("Skriv in återställningsnyckeln."))
                return
            job = partial(
                self._unlock_with_key, self._folder, key, self._sleep_kwargs(), self._today
            )
        else:
            user, passphrase = self.user_edit.text().strip(), self.passphrase_edit.text()
            self.passphrase_edit.clear()
            if not user or not passphrase:
                self._show_error(self.tr("Skriv in användarnamn och lösenfras."))
                return
            job = partial(
                self._unlock, self._folder, user, passphrase, self._sleep_kwargs(), self._today
            )
        self.error_label.clear()
        self._show_offer(None)
        self._workers.start(
            partial(self._offering_backup, job, self._folder, self._backup_dir),
            self._succeeded,
            self._show_error,
        )

    @staticmethod
    def _offering_backup(
        job: Callable[[], object], folder: Path, backup_dir: Path | None
    ) -> object:
        """The unlock; when it finds the vault damaged, the newest good backup instead (looked
        for on the worker: it hashes the backup's files)."""
        try:
            return job()
        except Exception as error:
            from skyddsapp.ui.admin.restore_offer import damage_offer

            offer = damage_offer(error, folder, backup_dir)
            if offer is None:
                raise
            return offer

    @staticmethod
    def _unlock(
        folder: Path,
        user: str,
        passphrase: str,
        kwargs: dict[str, Any],
        today: Callable[[], dt.date],
    ) -> Session:
        from skyddsapp.services import sessions

        return sessions.unlock(folder, user, passphrase, today=today, **kwargs)

    @staticmethod
    def _unlock_with_key(
        folder: Path, key: str, kwargs: dict[str, Any], today: Callable[[], dt.date]
    ) -> Session:
        from skyddsapp.services import sessions

        return sessions.unlock_with_recovery_key(folder, key, today=today, **kwargs)

    def _sleep_kwargs(self) -> dict[str, Any]:
        kwargs: dict[str, Any] = {"witness_dir": self._witness_dir}
        if self._sleep is not None:
            kwargs["sleep"] = self._sleep
        return kwargs

    def _show_busy(self, busy: bool) -> None:
        """Follows the worker pool, the one source of truth for busy."""
        self.busy_bar.setVisible(busy)
        for widget in (
            self.pages,
            self.unlock_button,
            self.mode_button,
            self.restore_button,
            self.quit_button,
        ):
            widget.setEnabled(not busy)
        if not busy:
            self._focus_first_empty()

    def _succeeded(self, result: object) -> None:
        from skyddsapp.services import sessions  # the worker has imported it
        from skyddsapp.services.context import Session
        from skyddsapp.ui.admin.restore_offer import DamageOffer

        if isinstance(result, DamageOffer):
            self._show_error(result.message)
            self._show_offer(result)
            return
        assert isinstance(result, Session)
        if not self.isVisible():
            # Closed while the worker ran: nobody will use the session, so close it again.
            sessions.lock(result)
            return
        self.unlocked.emit(result, self._recovery_mode)

    def _show_error(self, message: str) -> None:
        self.error_label.setText(domain_text(message))

    def _show_offer(self, offer: DamageOffer | None) -> None:
        """The newest good backup, with the restore button made the default; or where none was
        found. None hides the offer (a new attempt)."""
        from_backup = offer is not None and offer.backup is not None
        self.offered_backup = offer.backup.path if offer is not None and offer.backup else None
        self.restore_button.setText(
            self.tr("Återställ från &säkerhetskopian…")
            if from_backup
            else self.tr("Återställ från &säkerhetskopia…")
        )
        self.restore_button.setDefault(from_backup)
        self.unlock_button.setDefault(not from_backup)
        if offer is None:
            self.offer_label.clear()
            self.offer_label.hide()
            return
        if offer.backup is not None:
            from skyddsapp.ui.admin.backup_common import moment_text

            text = self.tr(
                "Den senaste hela säkerhetskopian av valvet är från {0} (generation {1}) och "
                "finns i {2}. Återställ den bredvid valvet; det skadade valvet ändras inte."
            ).format(moment_text(offer.backup.made_at), offer.backup.generation, offer.backup.path)
        elif not offer.vault_known:
            text = self.tr(
                "Valvets id gick inte att läsa ur nyckelfilen, så ingen säkerhetskopia kunde "
                "sökas fram. Välj en säkerhetskopia själv."
            )
        elif offer.looked_in is None:
            text = self.tr(
                "Ingen mapp för säkerhetskopior är vald i Inställningar, så ingen "
                "säkerhetskopia söktes fram. Välj en säkerhetskopia själv."
            )
        else:
            text = self.tr(
                "Ingen hel säkerhetskopia av valvet hittades i {0}. Välj en säkerhetskopia "
                "själv, till exempel från en annan disk."
            ).format(offer.looked_in)
        self.offer_label.setText(text)
        self.offer_label.show()
        if from_backup:
            self.restore_button.setFocus()

    def _focus_first_empty(self) -> None:
        if self._recovery_mode:
            self.key_edit.setFocus()
        elif self.user_edit.text():
            self.passphrase_edit.setFocus()
        else:
            self.user_edit.setFocus()

    def reject(self) -> None:
        if self._workers.busy:
            return  # the worker will answer; closing now would strand an open vault
        super().reject()
