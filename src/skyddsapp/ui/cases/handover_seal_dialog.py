"""Överlämna till annat valv: seal a case to a trusted peer vault and save it on removable media.

The handler picks the receiving vault and how long the package is valid, then the folder (a USB
stick); the package is sealed in memory and then written there under the name it suggests,
which holds no personal data, and only once it is written is it recorded as sent and logged
(`handover.write_package`). Writing runs on a worker: a slow stick must not freeze the window,
and a lock waits for it, so that the vault is not closed under its record. If the write fails,
nothing is recorded; the package sealed is kept and the next try writes the same one elsewhere.
Afterwards the dialog says what was done.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from skyddsapp.domain.errors import DomainError
from skyddsapp.domain.handover_package import MAX_VALID_DAYS
from skyddsapp.services import handover
from skyddsapp.services.context import Session
from skyddsapp.services.errors import ServiceError
from skyddsapp.services.handover import ReplyTarget, SealedPackage
from skyddsapp.ui.cases.handover_files import package_dialogs
from skyddsapp.ui.paperwork.file_dialogs import FileDialogs
from skyddsapp.ui.shell.unlock_worker import WorkerPool
from skyddsapp.ui.widgets.field_errors import error_label
from skyddsapp.ui.widgets.form_widgets import add_row, form_layout
from skyddsapp.ui.widgets.labels import error_text
from skyddsapp.ui.widgets.plain_text import PlainLabel

DEFAULT_DAYS = 14


class HandoverSealDialog(QDialog):
    """Opened with open(); a lock rejects it. ``package`` is the last package sealed and
    ``written`` where it was saved (both for tests and the result text)."""

    def __init__(
        self,
        session: Session,
        case_id: int,
        parent: QWidget | None = None,
        *,
        reference: str = "",
        dialogs: FileDialogs | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        self.dialogs = dialogs or package_dialogs()
        self.package: SealedPackage | None = None
        self._sealed_for: tuple[int, int, str | None] | None = None
        """(peer id, days, reply_to) of `package`: sealed again only when one changes."""
        self.reply: ReplyTarget | None = None
        self.written: Path | None = None
        self.workers = WorkerPool(self)
        self.workers.busy_changed.connect(self._show_busy)
        # The reference is no personal data; the title never carries a name.
        self.setWindowTitle(self.tr("Överlämna till annat valv"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        intro = PlainLabel(
            self.tr(
                "Ärendet {0}, dess personer och dokument krypteras till det valv du väljer och "
                "signeras av det här valvet. Bara det valvet kan öppna filen. Spara den på ett "
                "flyttbart minne och lämna över minnet."
            ).format(reference or self.tr("(utan nummer)")),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.intro = intro

        self.form_host = QWidget(self)
        form = form_layout(self.form_host)
        self.peer_combo = QComboBox(self.form_host)
        self.peer_combo.setAccessibleName(self.tr("Mottagande valv"))
        add_row(form, self.tr("Mottagande &valv:"), self.peer_combo)
        self.days_spin = QSpinBox(self.form_host)
        self.days_spin.setRange(1, MAX_VALID_DAYS)
        self.days_spin.setValue(DEFAULT_DAYS)
        self.days_spin.setSuffix(self.tr(" dagar"))
        self.days_spin.setAccessibleName(self.tr("Giltighet i dagar"))
        self.days_spin.setToolTip(
            self.tr("Efter så många dagar tar det mottagande valvet inte emot paketet.")
        )
        add_row(form, self.tr("&Giltigt i:"), self.days_spin)
        self.answer_check = QCheckBox(self.form_host)
        self.answer_check.setAccessibleName(self.tr("Svar på överlämningen"))
        self.answer_check.hide()
        form.addRow("", self.answer_check)
        layout.addWidget(self.form_host)

        self.no_peers_label = PlainLabel(
            self.tr(
                "Det här valvet litar inte på något annat valv ännu. Be valvets administratör "
                "lägga till det mottagande valvet under Arkiv → Valvets identitet, efter att "
                "ha jämfört fingeravtrycket med det valvets administratör."
            ),
            self,
        )
        self.no_peers_label.setWordWrap(True)
        self.no_peers_label.hide()
        layout.addWidget(self.no_peers_label)

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # how far a write has come is not known: it only moves
        self.progress.setAccessibleName(self.tr("Sparar paketet"))
        self.progress.hide()
        layout.addWidget(self.progress)
        self.error = error_label(self)
        layout.addWidget(self.error)
        self.result_label = PlainLabel(parent=self)
        self.result_label.setWordWrap(True)
        self.result_label.setAccessibleName(self.tr("Resultat"))
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()
        layout.addWidget(self.result_label)
        layout.addStretch(1)

        self.buttons = QDialogButtonBox(self)
        self.seal_button = QPushButton(self.tr("&Försegla och spara…"), self)
        self.seal_button.setDefault(True)
        self.buttons.addButton(self.seal_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Avbryt"))
        self.seal_button.clicked.connect(self.seal)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self.finished.connect(self._forget)
        self.finished.connect(self._wait_for_worker)
        self._load_peers()
        self.resize(560, self.sizeHint().height())

    def _load_peers(self) -> None:
        try:
            peers = handover.peers_for_sealing(self.session)
            self.reply = handover.reply_target(self.session, self.case_id)
        except (DomainError, ServiceError) as error:
            peers, self.reply = [], None
            self.error.setText(error_text(error))
            self.error.show()
        for peer_id, name in peers:
            self.peer_combo.addItem(name, peer_id)
        if self.reply is not None:
            # The case came in a package: by default the answer goes back to its sender and
            # updates their case instead of opening a new one there.
            self.answer_check.setText(
                self.tr(
                    "&Svar till {0}: uppdaterar deras ärende i stället för att skapa ett nytt"
                ).format(self.reply.peer_name)
            )
            self.answer_check.show()
            index = self.peer_combo.findData(self.reply.peer_id)
            if index >= 0:
                self.peer_combo.setCurrentIndex(index)
            self.peer_combo.currentIndexChanged.connect(self._peer_changed)
            self._peer_changed()
        has_peers = bool(peers)
        self.form_host.setEnabled(has_peers)
        self.seal_button.setEnabled(has_peers)
        self.no_peers_label.setVisible(not has_peers)
        (self.peer_combo if has_peers else self.cancel_button).setFocus()

    def _peer_changed(self) -> None:
        """An answer can only go to the vault the case came from."""
        to_sender = self.reply is not None and self.peer_combo.currentData() == self.reply.peer_id
        self.answer_check.setEnabled(to_sender)
        self.answer_check.setChecked(to_sender)

    @property
    def reply_to(self) -> str | None:
        """The package this one answers, when the handler keeps it an answer."""
        if self.reply is None or not self.answer_check.isChecked():
            return None
        return self.reply.package_id

    # ----------------------------------------------------------------- sealing

    @property
    def peer_name(self) -> str:
        return self.peer_combo.currentText()

    def seal(self) -> None:
        """Ask for the folder, seal (unless this very package is sealed already), write."""
        if self.session.vault.is_locked:
            self.reject()
            return
        if self.workers.busy or self.peer_combo.currentIndex() < 0:
            return
        self.error.hide()
        folder = self.dialogs.save_path(
            self, self.tr("Välj var paketet ska sparas (t.ex. ett USB-minne)"), "", ""
        )
        if folder is None or self.session.vault.is_locked:
            return
        wanted = (int(self.peer_combo.currentData()), self.days_spin.value(), self.reply_to)
        if self.package is None or self._sealed_for != wanted:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self.package = handover.seal_case(
                    self.session, self.case_id, wanted[0], valid_days=wanted[1], reply_to=wanted[2]
                )
            except (DomainError, ServiceError) as error:
                self._show_error(error_text(error))
                return
            finally:
                QApplication.restoreOverrideCursor()
            self._sealed_for = wanted
        package, session = self.package, self.session
        self.workers.start(
            lambda: handover.write_package(session, package, folder),
            self._written,
            self._not_written,
        )

    def _show_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.form_host.setEnabled(not busy)
        self.seal_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _written(self, path: object) -> None:
        if self.session.vault.is_locked:
            return
        assert isinstance(path, Path)
        self.written = path
        self.form_host.hide()
        self.intro.hide()
        self.result_label.setText(
            self.tr(
                "Ärendet är förseglat till {0} och sparat som\n{1}\n\n"
                "Filen är krypterad till {0}: bara det valvet kan öppna den, och det kan se "
                "att den kommer från det här valvet. Den gäller i {2} dagar. Lämna över minnet "
                "till mottagaren. Ärendet finns kvar här oförändrat."
            ).format(self.peer_name, str(path), self.days_spin.value())
            + (
                "\n\n"
                + self.tr("Paketet är ett svar: {0} uppdaterar sitt ärende.").format(self.peer_name)
                if self._sealed_for is not None and self._sealed_for[2] is not None
                else ""
            )
        )
        self.result_label.show()
        self.seal_button.hide()
        self.cancel_button.setText(self.tr("&Stäng"))
        self.cancel_button.setDefault(True)
        self.cancel_button.setFocus()
        # The form is gone: as wide as before, as tall as what was done needs.
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            self.resize(self.width(), layout.totalHeightForWidth(self.width()))

    def _not_written(self, message: str) -> None:
        if self.session.vault.is_locked:
            return
        self._show_error(
            self.tr(
                "{0}\nPaketet är förseglat men inte sparat. Välj en annan plats och försök igen."
            ).format(message)
        )

    def reject(self) -> None:
        if self.workers.busy:
            return  # a file half written must finish (or fail) before the dialog goes
        super().reject()

    def _wait_for_worker(self, _result: int) -> None:
        # A lock closes the dialog through QDialog.done, past reject(): the write and its
        # record must end before the vault is closed under them (a package is small).
        if self.workers.busy:
            self.workers.wait()

    def _forget(self) -> None:
        # Also at a lock, which closes the dialog with QDialog.done (not this class's reject).
        self.package = None
