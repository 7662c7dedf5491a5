"""Säkerhetskopior: this vault's backups in a folder, newest first, each one checked on request.

Listing reads each backup's plaintext header and hashes its files, and Kontrollera opens the
copy with the data key and runs every check; both read whole files, so both run on the worker.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from skyddsapp.services import backups
from skyddsapp.services.context import Session
from skyddsapp.ui.admin.backup_common import moment_text, size_text, state_text
from skyddsapp.ui.paperwork.file_dialogs import PathAsker, choose_folder
from skyddsapp.ui.shell.settings import QT_TRANSLATE_NOOP, Settings
from skyddsapp.ui.shell.unlock_worker import WorkerPool
from skyddsapp.ui.widgets.field_errors import ERROR_COLOR, error_color
from skyddsapp.ui.widgets.labels import domain_text
from skyddsapp.ui.widgets.list_table import empty_overlay, set_up_list, size_columns
from skyddsapp.ui.widgets.plain_text import PlainLabel
from skyddsapp.ui.widgets.table_model import NUMBER_ALIGNMENT, Column, RowTableModel


class BackupTableModel(RowTableModel[backups.BackupCheck]):
    """One row per backup as the service lists them (newest first); a damaged one in red. The
    state comes last, so that it gets the room a list of problems needs."""

    MADE_AT, SIZE, GENERATION, FOLDER, STATE = range(5)

    def __init__(
        self, parent: QObject | None = None, *, damaged_color: QColor | str = ERROR_COLOR
    ) -> None:
        damaged = QBrush(QColor(damaged_color))

        def made_at(check: backups.BackupCheck) -> str:
            return moment_text(check.summary.made_at) if check.summary else "–"

        def size(check: backups.BackupCheck) -> str:
            return size_text(check.summary.size_bytes) if check.summary else "–"

        def generation(check: backups.BackupCheck) -> str:
            return str(check.summary.generation) if check.summary else "–"

        def state(check: backups.BackupCheck) -> str:
            return state_text(check.problems)

        def folder(check: backups.BackupCheck) -> str:
            return check.summary.path.name if check.summary else "–"

        def red_if_damaged(check: backups.BackupCheck) -> QBrush | None:
            return damaged if check.problems else None

        super().__init__(
            [
                Column(QT_TRANSLATE_NOOP("BackupTableModel", "Gjord"), made_at),
                Column(
                    QT_TRANSLATE_NOOP("BackupTableModel", "Storlek"),
                    size,
                    alignment=NUMBER_ALIGNMENT,
                ),
                Column(
                    QT_TRANSLATE_NOOP("BackupTableModel", "Generation"),
                    generation,
                    alignment=NUMBER_ALIGNMENT,
                ),
                Column(
                    QT_TRANSLATE_NOOP("BackupTableModel", "Mapp"),
                    folder,
                    tooltip=lambda c: str(c.summary.path) if c.summary else None,
                ),
                Column(QT_TRANSLATE_NOOP("BackupTableModel", "Tillstånd"), state, tooltip=state),
            ],
            roles={Qt.ItemDataRole.ForegroundRole: red_if_damaged},
            parent=parent,
        )

    def replace(self, row: int, check: backups.BackupCheck) -> None:
        """One backup checked again: its row shows the new result."""
        rows = list(self.rows)
        if 0 <= row < len(rows):
            rows[row] = check
            self.set_rows(rows)


class BackupListDialog(QDialog):
    """Opened with open(); a lock closes it (and waits for a running check, which reads the
    vault's key). `restore_requested(path)` asks for the restore flow on the selected backup."""

    restore_requested = Signal(object)

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
        self._ask_folder = ask_folder
        self.setWindowTitle(self.tr("Säkerhetskopior"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        folder = settings.backup_folder()
        self.folder_edit = QLineEdit(str(folder) if folder else "", self)
        self.folder_edit.setPlaceholderText(self.tr("Välj mappen med säkerhetskopiorna"))
        self.folder_edit.setAccessibleName(self.tr("Mapp med säkerhetskopior"))
        self.folder_edit.returnPressed.connect(self.refresh)
        self.choose_button = QPushButton(self.tr("&Välj …"), self)
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self._choose_folder)
        folder_label = PlainLabel(self.tr("&Mapp:"), self)
        folder_label.setBuddy(self.folder_edit)
        folder_row = QHBoxLayout()
        folder_row.addWidget(folder_label)
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_button)

        self.model = BackupTableModel(self, damaged_color=error_color(self))
        self.table = QTableView(self)
        self.table.setModel(self.model)
        set_up_list(self.table, self.tr("Säkerhetskopior"))
        size_columns(
            self.table,
            {
                BackupTableModel.MADE_AT: "2026-12-31 23:59",
                BackupTableModel.SIZE: "999,9 MB",
                BackupTableModel.GENERATION: "Generation",
                BackupTableModel.FOLDER: "skyddsapp-backup-20261231T235959Z-0123abcd",
            },
        )
        self.empty_label = empty_overlay(self.table)
        self.table.doubleClicked.connect(lambda _index: self.check_selected())
        selection = self.table.selectionModel()
        selection.selectionChanged.connect(lambda *_: self._update_buttons())

        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setAccessibleName(self.tr("Arbetar"))
        self.busy_bar.hide()
        self.status_label = PlainLabel(parent=self)
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(parent=self)
        self.check_button = self.buttons.addButton(
            self.tr("&Kontrollera"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.check_button.setDefault(True)
        self.restore_button = self.buttons.addButton(
            self.tr("Åte&rställ…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.refresh_button = self.buttons.addButton(
            self.tr("&Uppdatera"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.close_button = self.buttons.addButton(
            self.tr("S&täng"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.check_button.clicked.connect(self.check_selected)
        self.refresh_button.clicked.connect(self.refresh)
        self.restore_button.clicked.connect(self.restore_selected)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(folder_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)

        self._workers = WorkerPool(self)
        self._workers.busy_changed.connect(self._show_busy)
        self.finished.connect(self._closing)
        self.resize(900, 460)
        self._update_buttons()
        if folder is not None:
            self.refresh()
        else:
            self.empty_label.setText(self.tr("Välj mappen där säkerhetskopiorna finns."))

    @property
    def busy(self) -> bool:
        return self._workers.busy

    def _choose_folder(self) -> None:
        chosen = self._ask_folder(
            self, self.tr("Välj mappen med säkerhetskopiorna"), self.folder_edit.text(), ""
        )
        if chosen is not None:
            self.folder_edit.setText(str(chosen))
            self.refresh()

    def folder(self) -> Path | None:
        text = self.folder_edit.text().strip()
        return Path(text).expanduser() if text else None

    def refresh(self) -> None:
        """List this vault's backups in the folder (on the worker: every file is hashed)."""
        folder = self.folder()
        if self._workers.busy or self._session.vault.is_locked:
            return
        self.model.clear()
        if folder is None:
            self.empty_label.setText(self.tr("Välj mappen där säkerhetskopiorna finns."))
            self.empty_label.show()
            return
        if not folder.is_dir():
            self.empty_label.setText(
                self.tr("Mappen {0} finns inte. Är disken ansluten?").format(folder)
            )
            self.empty_label.show()
            return
        vault = self._session.vault
        self.status_label.setText(self.tr("Läser säkerhetskopiorna i {0} …").format(folder))
        self._workers.start(
            lambda: backups.list_backups(vault, folder), self._listed, self._show_error
        )

    def _listed(self, result: object) -> None:
        assert isinstance(result, list)
        self.model.set_rows(result)
        folder = self.folder()
        self.empty_label.setText(
            self.tr("Det finns inga säkerhetskopior av det här valvet i {0}.").format(folder)
        )
        self.empty_label.setVisible(not result)
        damaged = sum(1 for check in result if check.problems)
        if not result:
            self.status_label.clear()
        elif damaged:
            self.status_label.setText(
                self.tr("{0} säkerhetskopior, varav {1} skadade.").format(len(result), damaged)
            )
        else:
            self.status_label.setText(self.tr("{0} säkerhetskopior.").format(len(result)))
        if result:
            self.table.selectRow(0)
            self.table.setFocus()
        self._update_buttons()

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def check_selected(self) -> None:
        """Kontrollera: open the selected backup with the data key and run every check."""
        row = self.selected_row()
        check = self.model.row_at(row) if row is not None else None
        if row is None or check is None or check.summary is None or self._workers.busy:
            return
        if self._session.vault.is_locked:
            return
        vault, path = self._session.vault, check.summary.path
        self.status_label.setText(self.tr("Kontrollerar {0} …").format(path.name))
        self._workers.start(
            lambda: backups.verify_backup(vault, path),
            lambda result: self._checked(row, result),
            self._show_error,
        )

    def restore_selected(self) -> None:
        """Återställ…: the restore flow on the selected backup (one found damaged is not
        offered; the restore checks it through again in any case)."""
        row = self.selected_row()
        check = self.model.row_at(row) if row is not None else None
        if check is None or check.summary is None or check.problems or self._workers.busy:
            return
        self.restore_requested.emit(check.summary.path)

    def _checked(self, row: int, result: object) -> None:
        assert isinstance(result, backups.BackupCheck)
        self.model.replace(row, result)
        self.table.selectRow(row)
        name = result.summary.path.name if result.summary else ""
        if result.problems:
            self.status_label.setText(
                self.tr("{0} är skadad: {1}").format(
                    name, " ".join(domain_text(p) for p in result.problems)
                )
            )
        else:
            self.status_label.setText(
                self.tr("{0} är kontrollerad och hel: den går att återställa.").format(name)
            )

    def _show_error(self, message: str) -> None:
        self.status_label.setText(domain_text(message))

    def _show_busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        for widget in (self.folder_edit, self.choose_button, self.refresh_button):
            widget.setEnabled(not busy)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.selected_row()
        check = self.model.row_at(row) if row is not None else None
        readable = not self._workers.busy and check is not None and check.summary is not None
        self.check_button.setEnabled(readable)
        self.restore_button.setEnabled(readable and check is not None and not check.problems)

    def reject(self) -> None:
        if self._workers.busy:
            return  # a check or listing is reading; it ends by itself in a moment
        super().reject()

    def _closing(self, _result: int) -> None:
        if self._workers.busy:
            self._workers.wait()  # the check reads with the vault's key: let it end first
        self.model.clear()
