"""Återställ från säkerhetskopia: choose a backup, sign in to it, preview, restore beside.

No unlocked vault is needed: the vault may be lost or damaged, so this is reachable from the
unlock dialog as well as from Arkiv, and from the first-run wizard on a machine with no vault yet
(a lost laptop replaced). The backup's own key slots are opened with a user name and passphrase
(or the recovery key) as they were when it was made. The restore writes a NEW folder next to the
current vault (or, with `into`, the new folder chosen in the wizard), never over anything; the
dialog then offers to open that folder.

The secret is held in memory from the preview to the restore (the core opens the key slots for
each), and dropped as soon as the restore ends, the user goes back, or the dialog closes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from skyddsapp.services import backups
from skyddsapp.ui.admin.backup_common import (
    ProgressRelay,
    follow_progress,
    moment_text,
    size_text,
    state_text,
)
from skyddsapp.ui.paperwork.file_dialogs import PathAsker, choose_folder
from skyddsapp.ui.shell.unlock_worker import WorkerPool
from skyddsapp.ui.widgets.field_errors import ERROR_STYLE
from skyddsapp.ui.widgets.labels import domain_text
from skyddsapp.ui.widgets.plain_text import PlainLabel

# How the core names a backup's folder (docs/backup-format.md): used only to tell a user who chose
# the drive itself, rather than one backup on it, what to choose instead.
BACKUP_PREFIX = "skyddsapp-backup-"
CHOOSE, PREVIEW, DONE = range(3)


class RestoreDialog(QDialog):
    """Emits `open_requested(folder)` when the user asks to open the restored vault."""

    open_requested = Signal(object)

    def __init__(
        self,
        current_folder: Path,
        *,
        backup: Path | None = None,
        search_folder: Path | None = None,
        witness_dir: Path | None = None,
        user_name: str = "",
        into: Path | None = None,
        parent: QWidget | None = None,
        ask_folder: PathAsker = choose_folder,
    ) -> None:
        super().__init__(parent)
        self._current_folder = current_folder
        # Where the vault is restored when there is no vault yet (first run); None: beside it.
        self.into = into
        self._search_folder = search_folder
        self._witness_dir = witness_dir
        self._ask_folder = ask_folder
        self._recovery_mode = False
        self._secret: tuple[str, str, bool] | None = None  # user, secret, recovery key
        self._backup: Path | None = None
        self.manifest: backups.BackupManifest | None = None
        self.restored: Path | None = None
        self.setWindowTitle(self.tr("Återställ från säkerhetskopia"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        self.progress_bar = QProgressBar(self)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setAccessibleName(self.tr("Arbetar"))
        self.progress_bar.hide()
        self._relay = ProgressRelay(self)
        follow_progress(self._relay, self.progress_bar)
        self.error_label = PlainLabel(parent=self)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Felmeddelande"))
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._choose_page(backup, user_name))
        self.pages.addWidget(self._preview_page())
        self.pages.addWidget(self._done_page())

        self.close_button = QPushButton(self.tr("&Stäng"), self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        # One row of buttons for every step; each step shows its own (see _show_page).
        bottom = QHBoxLayout()
        bottom.addWidget(self.mode_button)
        bottom.addWidget(self.back_button)
        bottom.addStretch(1)
        for button in (self.preview_button, self.restore_button, self.open_button):
            bottom.addWidget(button)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.progress_bar)
        layout.addLayout(bottom)

        self._workers = WorkerPool(self)
        self._workers.busy_changed.connect(self._show_busy)
        self.finished.connect(self._closing)
        self.setMinimumWidth(640)
        self._show_page(CHOOSE)

    # ----------------------------------------------------------------- pages

    def _heading(self, text: str) -> PlainLabel:
        label = PlainLabel(text, self)
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        label.setFont(font)
        return label

    def _choose_page(self, backup: Path | None, user_name: str) -> QWidget:
        page = QWidget(self)
        intro = PlainLabel(
            self.tr(
                "Välj säkerhetskopians mapp (den heter skyddsapp-backup-…) och logga in med en "
                "administratör som fanns i valvet när kopian gjordes, eller med "
                "återställningsnyckeln. Valvet återställs i en ny mapp bredvid det nuvarande; "
                "ingenting skrivs över."
            )
            if self.into is None
            else self.tr(
                "Välj säkerhetskopians mapp (den heter skyddsapp-backup-…) och logga in med en "
                "administratör som fanns i valvet när kopian gjordes, eller med "
                "återställningsnyckeln. Valvet återställs i den nya mappen {0}; ingenting "
                "skrivs över."
            ).format(self.into),
            page,
        )
        intro.setWordWrap(True)
        self.intro_label = intro
        self.backup_edit = QLineEdit(str(backup) if backup else "", page)
        self.backup_edit.setPlaceholderText(self.tr("Välj säkerhetskopians mapp"))
        self.backup_edit.setAccessibleName(self.tr("Säkerhetskopians mapp"))
        self.choose_button = QPushButton(self.tr("&Välj …"), page)
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self._choose_backup)
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup_edit, 1)
        backup_row.addWidget(self.choose_button)
        backup_label = PlainLabel(self.tr("Säkerhets&kopia:"), page)
        backup_label.setBuddy(self.backup_edit)

        self.user_edit = QLineEdit(user_name, page)
        self.user_edit.setAccessibleName(self.tr("Användarnamn"))
        self.passphrase_edit = QLineEdit(page)
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("Lösenfras"))
        self.key_edit = QLineEdit(page)
        self.key_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.key_edit.setAccessibleName(self.tr("Återställningsnyckel"))
        self.key_edit.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.user_label = PlainLabel(self.tr("&Användarnamn:"), page)
        self.user_label.setBuddy(self.user_edit)
        self.passphrase_label = PlainLabel(self.tr("&Lösenfras:"), page)
        self.passphrase_label.setBuddy(self.passphrase_edit)
        self.key_label = PlainLabel(self.tr("Åt&erställningsnyckel:"), page)
        self.key_label.setBuddy(self.key_edit)

        self.form = QFormLayout()
        self.form.addRow(backup_label, backup_row)
        self.form.addRow(self.user_label, self.user_edit)
        self.form.addRow(self.passphrase_label, self.passphrase_edit)
        self.form.addRow(self.key_label, self.key_edit)

        self.mode_button = QPushButton(self)
        self.mode_button.setAutoDefault(False)
        self.mode_button.clicked.connect(lambda: self.set_recovery_mode(not self._recovery_mode))
        self.preview_button = QPushButton(self.tr("&Förhandsgranska"), self)
        self.preview_button.clicked.connect(self.preview)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._heading(self.tr("Återställ från säkerhetskopia")))
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(self.form)
        layout.addStretch(1)
        self.set_recovery_mode(False)
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget(self)
        self.preview_label = PlainLabel(parent=page)
        self.preview_label.setWordWrap(True)
        self.preview_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview_label.setAccessibleName(self.tr("Förhandsgranskning"))
        self.back_button = QPushButton(self.tr("&Tillbaka"), self)
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self.go_back)
        self.restore_button = QPushButton(
            self.tr("Återställ &bredvid valvet")
            if self.into is None
            else self.tr("Återställ i den nya &mappen"),
            self,
        )
        self.restore_button.clicked.connect(self.restore)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._heading(self.tr("Förhandsgranskning")))
        layout.addWidget(self.preview_label)
        layout.addStretch(1)
        return page

    def _done_page(self) -> QWidget:
        page = QWidget(self)
        self.done_label = PlainLabel(parent=page)
        self.done_label.setWordWrap(True)
        self.done_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("Ö&ppna det återställda valvet"), self)
        self.open_button.clicked.connect(self._open_restored)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._heading(self.tr("Valvet är återställt")))
        layout.addWidget(self.done_label)
        layout.addStretch(1)
        return page

    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        default = {CHOOSE: self.preview_button, PREVIEW: self.restore_button}.get(
            index, self.open_button
        )
        for button in (self.preview_button, self.restore_button, self.open_button):
            button.setDefault(button is default)
            button.setVisible(button is default)
        self.mode_button.setVisible(index == CHOOSE)
        self.back_button.setVisible(index == PREVIEW)
        if index == CHOOSE:
            self._focus_first_empty()
        else:
            default.setFocus()

    def set_recovery_mode(self, on: bool) -> None:
        self._recovery_mode = on
        for widget in (
            self.user_label,
            self.user_edit,
            self.passphrase_label,
            self.passphrase_edit,
        ):
            widget.setVisible(not on)
        for widget in (self.key_label, self.key_edit):
            widget.setVisible(on)
        self.mode_button.setText(
            self.tr("Använd &lösenfras") if on else self.tr("Använd åte&rställningsnyckel…")
        )
        self.error_label.clear()
        self._focus_first_empty()

    def _focus_first_empty(self) -> None:
        if not self.backup_edit.text():
            self.backup_edit.setFocus()
        elif self._recovery_mode:
            self.key_edit.setFocus()
        elif not self.user_edit.text():
            self.user_edit.setFocus()
        else:
            self.passphrase_edit.setFocus()

    def _choose_backup(self) -> None:
        start = self.backup_edit.text() or (str(self._search_folder or ""))
        chosen = self._ask_folder(self, self.tr("Välj säkerhetskopians mapp"), start, "")
        if chosen is not None:
            self.backup_edit.setText(str(chosen))
            self._focus_first_empty()

    # ----------------------------------------------------------------- steps

    @property
    def busy(self) -> bool:
        return self._workers.busy

    def preview(self) -> None:
        """Open the backup's key slots with what was typed and check it, on the worker."""
        if self._workers.busy:
            return
        backup_text = self.backup_edit.text().strip()
        if self._recovery_mode:
            user, secret = "", self.key_edit.text()
            self.key_edit.clear()
        else:
            user, secret = self.user_edit.text().strip(), self.passphrase_edit.text()
            self.passphrase_edit.clear()
        self.error_label.clear()
        if not backup_text:
            self._show_error(self.tr("Välj säkerhetskopians mapp."))
            return
        backup = Path(backup_text).expanduser()
        if not backup.is_dir():
            self._show_error(self.tr("Mappen {0} finns inte. Är disken ansluten?").format(backup))
            return
        inside = self.backups_inside(backup)
        if inside:
            self._show_error(
                self.tr(
                    "Mappen {0} är ingen säkerhetskopia, men den innehåller säkerhetskopior "
                    "({1} st). Välj en av dem; den senaste är {2}."
                ).format(backup, len(inside), inside[0].name)
            )
            return
        if not secret.strip() or (not self._recovery_mode and not user):
            self._show_error(
                self.tr("Skriv in återställningsnyckeln.")
                if self._recovery_mode
                else self.tr("Skriv in användarnamn och lösenfras.")
            )
            return
        recovery = self._recovery_mode
        self._secret = (user, secret, recovery)
        self._backup = backup
        self.progress_bar.setRange(0, 0)
        self._workers.start(
            lambda: backups.preview_restore(backup, user, secret, recovery_key=recovery),
            self._previewed,
            self._failed,
        )

    @staticmethod
    def backups_inside(folder: Path) -> list[Path]:
        """Backup folders directly inside `folder`, newest first, when `folder` is not one."""
        if folder.name.startswith(BACKUP_PREFIX):
            return []
        try:
            found = [p for p in folder.iterdir() if p.is_dir() and p.name.startswith(BACKUP_PREFIX)]
        except OSError:
            return []
        return sorted((p for p in found if not p.name.endswith(".partial")), reverse=True)

    def _previewed(self, result: object) -> None:
        assert isinstance(result, backups.BackupManifest)
        self.manifest = result
        self.preview_label.setText(self.preview_text(result))
        self._show_page(PREVIEW)

    def preview_text(self, manifest: backups.BackupManifest) -> str:
        summary = manifest.summary
        return "\n".join(
            [
                self.tr("Säkerhetskopian är kontrollerad: {0}.").format(state_text([])),
                "",
                self.tr("Valv: {0}").format(manifest.vault_name),
                self.tr("Gjord: {0} av {1}").format(moment_text(summary.made_at), manifest.made_by),
                self.tr("Storlek: {0}").format(size_text(summary.size_bytes)),
                self.tr("Ärenden: {0}, personer: {1}, dokument: {2}, loggposter: {3}").format(
                    manifest.cases, manifest.persons, manifest.documents, manifest.audit_entries
                ),
                self.tr("Generation: {0}, schemaversion: {1}").format(
                    summary.generation, manifest.schema
                ),
                "",
                self.tr(
                    "Valvet återställs i en ny mapp bredvid {0}. Det nuvarande valvet ändras inte."
                ).format(self._current_folder)
                if self.into is None
                else self.tr("Valvet återställs i den nya mappen {0}.").format(self.into),
            ]
        )

    def restore(self) -> None:
        """Copy the backup into a new folder beside the current vault, on the worker."""
        if self._workers.busy or self._secret is None or self._backup is None:
            return
        user, secret, recovery = self._secret
        backup, current, into, witness, relay = (
            self._backup,
            self._current_folder,
            self.into,
            self._witness_dir,
            self._relay,
        )
        relay.reset()
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setValue(0)
        self.error_label.clear()

        def job() -> Path:
            return backups.restore_beside(
                backup,
                current,
                user,
                secret,
                recovery_key=recovery,
                into=into,
                witness_dir=witness,
                progress=relay,
            )

        self._workers.start(job, self._restored, self._failed)

    def _restored(self, result: object) -> None:
        self._forget_secret()
        assert isinstance(result, Path)
        self.restored = result
        self.done_label.setText(
            self.tr(
                "Säkerhetskopian är återställd i den nya mappen\n{0}\n\nDet nuvarande valvet i "
                "{1} är orört. Öppna det återställda valvet och logga in som vanligt; det "
                "nuvarande kan tas bort eller sparas undan när du har sett att allt finns med."
            ).format(result, self._current_folder)
            if self.into is None
            else self.tr(
                "Säkerhetskopian är återställd i den nya mappen\n{0}\n\nÖppna valvet och logga "
                "in som vanligt, med ett konto som fanns när kopian gjordes eller med "
                "återställningsnyckeln."
            ).format(result)
        )
        self._show_page(DONE)

    def _open_restored(self) -> None:
        if self.restored is not None:
            self.open_requested.emit(self.restored)

    def go_back(self) -> None:
        if self._workers.busy:
            return
        self._forget_secret()
        self.manifest = None
        self.preview_label.clear()
        self._show_page(CHOOSE)

    def _failed(self, message: str) -> None:
        """A wrong secret, or a damaged backup named with its problems (nothing was written):
        back to the first page, where the secret is typed again."""
        self._forget_secret()
        self._show_page(CHOOSE)
        self._show_error(domain_text(message))

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self._fit_height()
        if self.pages.currentIndex() == CHOOSE:
            self._focus_first_empty()

    def _fit_height(self) -> None:
        """Grow to show a long message whole (a damaged backup's names every problem with its
        full path) rather than squeeze the form above it; the width stays as it is."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _show_busy(self, busy: bool) -> None:
        """Follows the worker pool, the one source of truth for busy."""
        self.progress_bar.setVisible(busy)
        for widget in (
            self.pages,
            self.mode_button,
            self.back_button,
            self.preview_button,
            self.restore_button,
            self.open_button,
            self.close_button,
        ):
            widget.setEnabled(not busy)

    def _forget_secret(self) -> None:
        self._secret = None

    # ----------------------------------------------------------------- closing

    def reject(self) -> None:
        if self._workers.busy:
            return  # a restore is writing its new folder; it ends (or cleans up) by itself
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._workers.busy:
            event.ignore()
            return
        super().closeEvent(event)

    def _closing(self, _result: int) -> None:
        if self._workers.busy:
            self._workers.wait()
        self._forget_secret()
        for edit in (self.passphrase_edit, self.key_edit):
            edit.clear()
