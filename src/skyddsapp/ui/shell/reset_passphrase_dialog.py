"""After unlocking with the recovery key: set a new passphrase for a user, or just continue."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from skyddsapp.services import accounts
from skyddsapp.services.context import Session
from skyddsapp.ui.shell.new_passphrase_widget import NewPassphraseWidget
from skyddsapp.ui.shell.unlock_worker import WorkerPool
from skyddsapp.ui.widgets.labels import domain_text
from skyddsapp.ui.widgets.plain_text import PlainLabel


class ResetPassphraseDialog(QDialog):
    """Accepted once a passphrase was changed; rejected means continue without a change."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setWindowTitle("skyddsapp")
        self.setMinimumWidth(520)
        intro = PlainLabel(
            self.tr(
                "Valvet är upplåst med återställningsnyckeln. Om någon har glömt sin lösenfras "
                "kan du ge användaren en ny här. Annars fortsätter du utan att byta."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.user_combo = QComboBox(self)
        self.user_combo.setAccessibleName(self.tr("Användare"))
        for user in accounts.list_users(session.vault):
            if user.active:
                self.user_combo.addItem(
                    self.tr("{0} ({1})").format(user.display_name, user.name), user.name
                )
        user_label = PlainLabel(self.tr("&Användare:"), self)
        user_label.setBuddy(self.user_combo)
        self.passphrase = NewPassphraseWidget(self)
        self.error_label = PlainLabel(parent=self)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.setWordWrap(True)
        # With the recovery key there is no own slot to copy: Argon2id is calibrated anew.
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setAccessibleName(self.tr("Lösenfrasen byts"))
        self.busy_bar.hide()
        self._workers = WorkerPool(self)
        self._workers.busy_changed.connect(self._show_busy)

        self.buttons = QDialogButtonBox(self)
        self.change_button = self.buttons.addButton(
            self.tr("&Byt lösenfras"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.skip_button = self.buttons.addButton(
            self.tr("&Fortsätt utan att byta"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.passphrase.form.insertRow(0, user_label, self.user_combo)
        self.setTabOrder(self.user_combo, self.passphrase.passphrase_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.buttons)

        self.change_button.clicked.connect(self._change)
        self.skip_button.clicked.connect(self.reject)
        self.passphrase.changed.connect(self._update_button)
        self.user_combo.currentIndexChanged.connect(self._user_changed)
        self._user_changed()

    def _user_changed(self) -> None:
        self.passphrase.set_context(
            [self.user_combo.currentData() or "", self.user_combo.currentText()]
        )

    def _update_button(self) -> None:
        ready = self.user_combo.count() > 0 and self.passphrase.acceptable
        self.change_button.setEnabled(ready and not self._workers.busy)

    def _change(self) -> None:
        if self._session.vault.is_locked or self._workers.busy:
            return
        vault, name = self._session.vault, self.user_combo.currentData()
        passphrase = self.passphrase.passphrase()
        self.error_label.clear()
        self._workers.start(
            lambda: accounts.change_passphrase(vault, name, passphrase), self._done, self._failed
        )

    def _show_busy(self, busy: bool) -> None:
        """Follows the worker pool, the one source of truth for busy."""
        self.busy_bar.setVisible(busy)
        for widget in (self.user_combo, self.passphrase, self.skip_button):
            widget.setEnabled(not busy)
        self._update_button()

    def _done(self, _result: object) -> None:
        self.passphrase.clear()
        self.accept()

    def _failed(self, message: str) -> None:
        self.error_label.setText(domain_text(message))

    def reject(self) -> None:
        if self._workers.busy:
            return
        super().reject()
