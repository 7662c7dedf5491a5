"""Inställningar: language, auto-lock minutes, the witness folder, backups, and screen-capture
protection."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from skyddsapp.ui.paperwork.file_dialogs import PathAsker, choose_folder
from skyddsapp.ui.shell.settings import (
    AUTO_LOCK_MINUTES,
    BACKUP_FOLDER,
    BACKUP_KEEP,
    BACKUP_WARN_DAYS,
    LANGUAGE,
    LANGUAGES,
    WITNESS_FOLDER,
    Settings,
)
from skyddsapp.ui.widgets.plain_text import PlainLabel


def _option_text(text: str) -> str:
    return QCoreApplication.translate("Settings", text)


class SettingsDialog(QDialog):
    """Shows the stored values; `values()` are what the user chose (applied by the caller)."""

    def __init__(
        self,
        settings: Settings,
        *,
        capture_protected: bool,
        parent: QWidget | None = None,
        ask_folder: PathAsker = choose_folder,
    ) -> None:
        super().__init__(parent)
        self._ask_folder = ask_folder
        self.setWindowTitle(self.tr("Inställningar"))
        self.language_combo = QComboBox(self)
        names = {"sv": self.tr("Svenska"), "en": self.tr("Engelska (English)")}
        for code in LANGUAGES:
            self.language_combo.addItem(names[code], code)
        self.language_combo.setCurrentIndex(LANGUAGES.index(settings.get(LANGUAGE)))
        self.language_combo.setAccessibleName(_option_text(LANGUAGE.title))
        self.language_combo.setToolTip(_option_text(LANGUAGE.description))

        self.minutes_spin = QSpinBox(self)
        self.minutes_spin.setRange(AUTO_LOCK_MINUTES.minimum or 1, AUTO_LOCK_MINUTES.maximum or 60)
        self.minutes_spin.setValue(settings.get(AUTO_LOCK_MINUTES))
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.minutes_spin.setAccessibleName(_option_text(AUTO_LOCK_MINUTES.title))
        self.minutes_spin.setToolTip(_option_text(AUTO_LOCK_MINUTES.description))

        if capture_protected:
            capture = self.tr("På: fönstren syns inte i skärmdumpar eller skärmdelning.")
        else:
            capture = self.tr(
                "Skydd mot skärmdump: endast Windows. Det finns inte på det här systemet, "
                "så tänk på vem som kan se skärmen."
            )
        self.capture_label = PlainLabel(capture, self)
        self.capture_label.setWordWrap(True)

        # The witness folder: shown as a path, chosen with Qt's own folder dialog (no history).
        self.witness_edit = QLineEdit(settings.get(WITNESS_FOLDER), self)
        self.witness_edit.setPlaceholderText(self.tr("Ingen vittnesmapp"))
        self.witness_edit.setAccessibleName(_option_text(WITNESS_FOLDER.title))
        self.witness_edit.setClearButtonEnabled(True)
        choose = QPushButton(self.tr("&Välj …"), self)
        choose.clicked.connect(self._choose_witness)
        witness_row = QHBoxLayout()
        witness_row.addWidget(self.witness_edit, 1)
        witness_row.addWidget(choose)
        witness_label = PlainLabel(self.tr("&Vittnesmapp:"), self)
        witness_label.setBuddy(self.witness_edit)
        witness_hint = PlainLabel(_option_text(WITNESS_FOLDER.description), self)
        witness_hint.setWordWrap(True)

        # Backups: where they go (a folder path, no personal data), how many, when to warn.
        self.backup_edit = QLineEdit(settings.get(BACKUP_FOLDER), self)
        self.backup_edit.setPlaceholderText(self.tr("Ingen mapp vald"))
        self.backup_edit.setAccessibleName(_option_text(BACKUP_FOLDER.title))
        self.backup_edit.setToolTip(_option_text(BACKUP_FOLDER.description))
        self.backup_edit.setClearButtonEnabled(True)
        choose_backup = QPushButton(self.tr("Välj &mapp …"), self)
        choose_backup.clicked.connect(self._choose_backup)
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup_edit, 1)
        backup_row.addWidget(choose_backup)
        backup_label = PlainLabel(self.tr("Säkerhets&kopior i:"), self)
        backup_label.setBuddy(self.backup_edit)
        self.keep_spin = QSpinBox(self)
        self.keep_spin.setRange(BACKUP_KEEP.minimum or 1, BACKUP_KEEP.maximum or 100)
        self.keep_spin.setValue(settings.get(BACKUP_KEEP))
        self.keep_spin.setAccessibleName(_option_text(BACKUP_KEEP.title))
        self.keep_spin.setToolTip(_option_text(BACKUP_KEEP.description))
        keep_label = PlainLabel(self.tr("&Behåll de senaste:"), self)
        keep_label.setBuddy(self.keep_spin)
        self.warn_spin = QSpinBox(self)
        self.warn_spin.setRange(BACKUP_WARN_DAYS.minimum or 1, BACKUP_WARN_DAYS.maximum or 365)
        self.warn_spin.setValue(settings.get(BACKUP_WARN_DAYS))
        self.warn_spin.setSuffix(self.tr(" dagar"))
        self.warn_spin.setAccessibleName(_option_text(BACKUP_WARN_DAYS.title))
        self.warn_spin.setToolTip(_option_text(BACKUP_WARN_DAYS.description))
        warn_label = PlainLabel(self.tr("Var&na efter:"), self)
        warn_label.setBuddy(self.warn_spin)
        warn_hint = PlainLabel(_option_text(BACKUP_WARN_DAYS.description), self)
        warn_hint.setWordWrap(True)

        language_label = PlainLabel(self.tr("&Språk:"), self)
        language_label.setBuddy(self.language_combo)
        minutes_label = PlainLabel(self.tr("&Lås automatiskt efter:"), self)
        minutes_label.setBuddy(self.minutes_spin)
        minutes_hint = PlainLabel(_option_text(AUTO_LOCK_MINUTES.description), self)
        minutes_hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(language_label, self.language_combo)
        form.addRow(minutes_label, self.minutes_spin)
        form.addRow("", minutes_hint)
        form.addRow(witness_label, witness_row)
        form.addRow("", witness_hint)
        form.addRow(backup_label, backup_row)
        form.addRow(keep_label, self.keep_spin)
        form.addRow(warn_label, self.warn_spin)
        form.addRow("", warn_hint)
        form.addRow(self.tr("Skärmdumpar:"), self.capture_label)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def language(self) -> str:
        return str(self.language_combo.currentData())

    def auto_lock_minutes(self) -> int:
        return self.minutes_spin.value()

    def witness_folder(self) -> str:
        return self.witness_edit.text().strip()

    def _choose_witness(self) -> None:
        chosen = self._ask_folder(self, self.tr("Välj vittnesmapp"), "", "")
        if chosen is not None:
            self.witness_edit.setText(str(chosen))

    def backup_folder(self) -> str:
        return self.backup_edit.text().strip()

    def _choose_backup(self) -> None:
        chosen = self._ask_folder(self, self.tr("Välj mapp för säkerhetskopior"), "", "")
        if chosen is not None:
            self.backup_edit.setText(str(chosen))

    def save(self, settings: Settings) -> None:
        settings.set(LANGUAGE, self.language())
        settings.set(AUTO_LOCK_MINUTES, self.auto_lock_minutes())
        settings.set(WITNESS_FOLDER, self.witness_folder())
        settings.set(BACKUP_FOLDER, self.backup_folder())
        settings.set(BACKUP_KEEP, self.keep_spin.value())
        settings.set(BACKUP_WARN_DAYS, self.warn_spin.value())
