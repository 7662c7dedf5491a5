"""Säkerhetskopiera: the whole vault, encrypted, to a chosen folder; verified, then summed up.

The copy runs on the worker pool with a real progress bar. The dialog cannot be closed while it
runs (the copy has the vault open on the worker); a lock that closes it anyway waits for the
copy to end, so that the vault is never closed under it and no half backup is left (the core
writes to a `.partial` folder and removes it on failure).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from skyddsapp.services import backups
from skyddsapp.services.context import Session
from skyddsapp.ui.admin.backup_common import (
    ProgressRelay,
    follow_progress,
    moment_text,
    size_text,
)
from skyddsapp.ui.paperwork.file_dialogs import PathAsker, choose_folder
from skyddsapp.ui.shell.settings import BACKUP_FOLDER, BACKUP_KEEP, Settings
from skyddsapp.ui.shell.unlock_worker import WorkerPool
from skyddsapp.ui.widgets.field_errors import ERROR_STYLE
from skyddsapp.ui.widgets.labels import domain_text
from skyddsapp.ui.widgets.plain_text import PlainLabel


class BackupDialog(QDialog):
    """Opened with open(); emits `backup_made(manifest)` once a backup is written and verified."""

    backup_made = Signal(object)

    def __init__(
        self,
        session: Session,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        ask_folder: PathAsker = choose_folder,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._settings = settings
        self._ask_folder = ask_folder
        self.manifest: backups.BackupManifest | None = None
        self._folder: Path | None = None
        self.setWindowTitle(self.tr("Säkerhetskopiera"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        intro = PlainLabel(
            self.tr(
                "Säkerhetskopian innehåller hela valvet, krypterat med valvets nyckel. Den "
                "kontrolleras efter att den skrivits. Spara den helst på en extern disk som "
                "förvaras inlåst."
            ),
            self,
        )
        intro.setWordWrap(True)

        folder = settings.backup_folder()
        self.folder_edit = QLineEdit(str(folder) if folder else "", self)
        self.folder_edit.setPlaceholderText(self.tr("Välj en mapp"))
        self.folder_edit.setAccessibleName(self.tr("Mapp för säkerhetskopian"))
        self.folder_edit.setClearButtonEnabled(True)
        self.choose_button = QPushButton(self.tr("&Välj …"), self)
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_button)
        folder_label = PlainLabel(self.tr("&Mapp:"), self)
        folder_label.setBuddy(self.folder_edit)

        self.keep_spin = QSpinBox(self)
        self.keep_spin.setRange(BACKUP_KEEP.minimum or 1, BACKUP_KEEP.maximum or 100)
        self.keep_spin.setValue(settings.get(BACKUP_KEEP))
        self.keep_spin.setAccessibleName(self.tr("Antal säkerhetskopior att behålla"))
        keep_label = PlainLabel(self.tr("&Behåll de senaste:"), self)
        keep_label.setBuddy(self.keep_spin)
        keep_hint = PlainLabel(
            self.tr("Äldre säkerhetskopior av det här valvet i mappen tas bort."), self
        )
        keep_hint.setWordWrap(True)

        form = QFormLayout()
        form.addRow(folder_label, folder_row)
        form.addRow(keep_label, self.keep_spin)
        form.addRow("", keep_hint)

        self.progress_bar = QProgressBar(self)
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setTextVisible(True)
        self.progress_bar.setFormat("%p %")
        self.progress_bar.setAccessibleName(self.tr("Säkerhetskopierar"))
        self.progress_bar.hide()
        self._relay = ProgressRelay(self)
        follow_progress(self._relay, self.progress_bar)

        self.status_label = PlainLabel(parent=self)
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Resultat"))
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(parent=self)
        self.start_button = self.buttons.addButton(
            self.tr("&Starta"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.start_button.setDefault(True)
        self.close_button = self.buttons.addButton(
            self.tr("S&täng"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.start_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self._workers = WorkerPool(self)
        self._workers.busy_changed.connect(self._show_busy)
        self.finished.connect(self._wait_for_worker)
        self.setMinimumWidth(620)

    @property
    def busy(self) -> bool:
        return self._workers.busy

    def _choose_folder(self) -> None:
        chosen = self._ask_folder(
            self, self.tr("Välj mapp för säkerhetskopian"), self.folder_edit.text(), ""
        )
        if chosen is not None:
            self.folder_edit.setText(str(chosen))

    def start(self) -> None:
        """Start the copy on the worker (the folder must exist: a missing drive is named)."""
        if self._workers.busy or self._session.vault.is_locked:
            return
        text = self.folder_edit.text().strip()
        if not text:
            self._show_error(self.tr("Välj en mapp för säkerhetskopian."))
            self.folder_edit.setFocus()
            return
        folder = Path(text).expanduser()
        if not folder.is_dir():
            self._show_error(
                self.tr(
                    "Mappen {0} finns inte. Är disken ansluten? Välj en mapp som finns."
                ).format(folder)
            )
            self.folder_edit.setFocus()
            return
        vault, keep, relay = self._session.vault, self.keep_spin.value(), self._relay
        relay.reset()
        self.manifest = None
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setValue(0)
        self.status_label.setStyleSheet("")
        self.status_label.setText(self.tr("Säkerhetskopierar till {0} …").format(folder))
        self._folder = folder

        def job() -> object:
            return backups.create_backup(vault, folder, keep=keep, progress=relay)

        self._workers.start(job, self._succeeded, self._show_error)

    def _show_busy(self, busy: bool) -> None:
        """Follows the worker pool, the one source of truth for busy."""
        self.progress_bar.setVisible(busy or self.progress_bar.value() > 0)
        for widget in (
            self.folder_edit,
            self.choose_button,
            self.keep_spin,
            self.start_button,
            self.close_button,
        ):
            widget.setEnabled(not busy)

    def _succeeded(self, result: object) -> None:
        assert isinstance(result, backups.BackupManifest)
        self.manifest = result
        self.progress_bar.setValue(self.progress_bar.maximum())
        # Remembered only now: a folder that worked (a path, never personal data).
        if self._folder is not None:
            self._settings.set(BACKUP_FOLDER, str(self._folder))
        self._settings.set(BACKUP_KEEP, self.keep_spin.value())
        self.status_label.setStyleSheet("")
        self.status_label.setText(self.result_text(result))
        # Done: Enter now closes, it does not start a second backup.
        self.start_button.setDefault(False)
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        if not self._session.vault.is_locked:
            self.backup_made.emit(result)

    def result_text(self, manifest: backups.BackupManifest) -> str:
        summary = manifest.summary
        lines = [
            self.tr("Säkerhetskopian är skriven och kontrollerad: den är hel."),
            "",
            self.tr("Tid: {0}").format(moment_text(summary.made_at)),
            self.tr("Storlek: {0}").format(size_text(summary.size_bytes)),
            self.tr("Mapp: {0}").format(summary.path),
            self.tr("Ärenden: {0}, personer: {1}, dokument: {2}, loggposter: {3}").format(
                manifest.cases, manifest.persons, manifest.documents, manifest.audit_entries
            ),
            self.tr("Generation: {0}").format(summary.generation),
        ]
        return "\n".join(lines)

    def _show_error(self, message: str) -> None:
        self.progress_bar.hide()
        self.status_label.setStyleSheet(ERROR_STYLE)
        self.status_label.setText(domain_text(message))

    # ----------------------------------------------------------------- closing

    def reject(self) -> None:
        if self._workers.busy:
            return  # the copy holds the vault open on the worker; it ends by itself
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._workers.busy:
            event.ignore()
            return
        super().closeEvent(event)

    def _wait_for_worker(self, _result: int) -> None:
        # A lock closes dialogs through QDialog.done, past reject(): the copy must end before
        # the vault is closed under it (a backup of a small office vault takes seconds).
        if self._workers.busy:
            self._workers.wait()
