"""First run: where the vault lives, the first administrator, the passphrase, the recovery key.

Or, on a machine replacing a lost one, no new vault at all: the first page's "Återställ från
säkerhetskopia…" asks the controller (`restore_requested(folder)`) for the restore flow, which
restores a backup into the folder chosen here and opens it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.users import validate_user_name
from skyddsapp.services import sessions
from skyddsapp.services.context import Session
from skyddsapp.ui.shell.new_passphrase_widget import NewPassphraseWidget
from skyddsapp.ui.shell.unlock_worker import WorkerPool
from skyddsapp.ui.widgets.labels import domain_text, error_text
from skyddsapp.ui.widgets.plain_text import PlainLabel

ERROR_STYLE = "color: #b3261e;"


def _error_label(parent: QWidget) -> QLabel:
    label = PlainLabel(parent=parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    return label


def _wizard(page: QWizardPage) -> FirstRunWizard:
    """The wizard a page belongs to, as its own type (its pages share its state)."""
    return cast("FirstRunWizard", page.wizard())


class LocationPage(QWizardPage):
    """Where the new vault goes; also the way to restore a backup instead (into that folder)."""

    restore_requested = Signal(object)

    def __init__(self, default_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Var ska valvet ligga?"))
        self.setSubTitle(
            self.tr(
                "Valvet är en mapp med den krypterade databasen och nyckelfilen. "
                "Välj en tom eller ny mapp på den här datorn."
            )
        )
        self.folder_edit = QLineEdit(str(default_folder), self)
        self.folder_edit.setAccessibleName(self.tr("Valvets mapp"))
        self.browse_button = QPushButton(self.tr("&Bläddra…"), self)
        self.browse_button.setAccessibleName(self.tr("Välj mapp"))
        self.error_label = _error_label(self)
        label = PlainLabel(self.tr("&Mapp:"), self)
        label.setBuddy(self.folder_edit)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.browse_button)
        restore_intro = PlainLabel(
            self.tr(
                "Ersätter datorn en som har gått förlorad? Återställ då valvet från en "
                "säkerhetskopia i stället för att skapa ett nytt. Det återställs i mappen ovan, "
                "som inte får finnas sedan tidigare."
            ),
            self,
        )
        restore_intro.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Åte&rställ från säkerhetskopia…"), self)
        self.restore_button.setAutoDefault(False)
        self.restore_button.setAccessibleName(self.tr("Återställ från säkerhetskopia"))
        restore_row = QHBoxLayout()
        restore_row.addWidget(self.restore_button)
        restore_row.addStretch(1)
        form = QFormLayout(self)
        form.addRow(label, row)
        form.addRow("", self.error_label)
        form.addItem(QSpacerItem(0, 18))
        form.addRow(restore_intro)
        form.addRow(restore_row)
        self.browse_button.clicked.connect(self._browse)
        self.restore_button.clicked.connect(self._restore)
        self.folder_edit.textChanged.connect(self.completeChanged)

    def folder(self) -> Path:
        return Path(self.folder_edit.text().strip()).expanduser()

    def isComplete(self) -> bool:
        return bool(self.folder_edit.text().strip())

    def validatePage(self) -> bool:
        problem = self._problem(self.folder())
        self.error_label.setText(problem)
        return not problem

    def _problem(self, folder: Path) -> str:
        if not folder.is_absolute():
            return self.tr("Ange hela sökvägen till mappen.")
        if sessions.vault_exists(folder):
            return self.tr("Det finns redan ett valv i mappen; välj en annan mapp.")
        if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
            return self.tr("Mappen är inte tom; välj en tom eller ny mapp.")
        return ""

    def _restore(self) -> None:
        """Ask for the restore flow into the folder given, once it is one a restore may make."""
        problem = self._restore_problem(self.folder())
        self.error_label.setText(problem)
        if problem:
            self.folder_edit.setFocus()
            return
        self.restore_requested.emit(self.folder())

    def _restore_problem(self, folder: Path) -> str:
        if not self.folder_edit.text().strip():
            return self.tr("Ange mappen som valvet ska återställas i.")
        if not folder.is_absolute() or sessions.vault_exists(folder):
            return self._problem(folder)
        if folder.exists():
            # A restore makes its folder itself and never writes into one that is there.
            return self.tr(
                "Mappen {0} finns redan. En återställning gör alltid en ny mapp och skriver "
                "aldrig i en befintlig: ange en mapp som inte finns ännu, till exempel {1}."
            ).format(folder, folder / "valv")
        return ""

    def _browse(self) -> None:
        start = self.folder()
        while not start.exists() and start != start.parent:
            start = start.parent
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Välj mapp för valvet"), str(start))
        if chosen:
            self.folder_edit.setText(chosen)


class AdministratorPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Första administratören"))
        self.setSubTitle(
            self.tr(
                "Administratören kan lägga till fler användare. Du loggar in med användarnamnet."
            )
        )
        self.user_edit = QLineEdit(self)
        self.user_edit.setAccessibleName(self.tr("Användarnamn"))
        self.user_edit.setPlaceholderText(self.tr("t.ex. anna.s"))
        self.display_edit = QLineEdit(self)
        self.display_edit.setAccessibleName(self.tr("Visningsnamn"))
        self.display_edit.setPlaceholderText(self.tr("t.ex. Anna Svensson"))
        self.user_error = _error_label(self)
        user_label = PlainLabel(self.tr("&Användarnamn:"), self)
        user_label.setBuddy(self.user_edit)
        display_label = PlainLabel(self.tr("&Visningsnamn:"), self)
        display_label.setBuddy(self.display_edit)
        form = QFormLayout(self)
        form.addRow(user_label, self.user_edit)
        form.addRow("", self.user_error)
        form.addRow(display_label, self.display_edit)
        self.user_edit.textChanged.connect(self._check)
        self.display_edit.textChanged.connect(self.completeChanged)

    def user_name(self) -> str:
        return self.user_edit.text().strip()

    def display_name(self) -> str:
        return " ".join(self.display_edit.text().split())

    def _user_problem(self) -> str:
        try:
            validate_user_name(self.user_name())
        except ValidationError as error:
            return error_text(error)
        return ""

    def _check(self) -> None:
        self.user_error.setText(self._user_problem() if self.user_edit.text() else "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self._user_problem() and bool(self.display_name())


class PassphrasePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Lösenfras"))
        self.setSubTitle(
            self.tr(
                "Välj en lösenfras på minst 12 tecken som är svår att gissa, till exempel "
                "fyra ovanliga ord. Den kan inte återskapas om den glöms bort."
            )
        )
        self.passphrase = NewPassphraseWidget(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.passphrase)
        layout.addStretch(1)
        self.passphrase.changed.connect(self.completeChanged)

    def initializePage(self) -> None:
        admin = _wizard(self).admin_page
        self.passphrase.set_context([admin.user_name(), admin.display_name()])

    def isComplete(self) -> bool:
        return self.passphrase.acceptable


class CreatePage(QWizardPage):
    """Calibrates Argon2id and creates the vault on a worker thread (a commit page)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Skapa valvet"))
        self.setSubTitle(
            self.tr(
                "Programmet mäter först hur tung nyckelhärledning datorn klarar och skapar "
                "sedan valvet. Det tar några sekunder."
            )
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Skapa valvet"))
        self.summary_label = PlainLabel(parent=self)
        self.summary_label.setWordWrap(True)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setAccessibleName(self.tr("Valvet skapas"))
        self.busy_bar.hide()
        self.error_label = _error_label(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        self._workers = WorkerPool(self)
        self._workers.busy_changed.connect(self._show_busy)
        self.session: Session | None = None
        self.recovery_key = ""

    def initializePage(self) -> None:
        wizard = _wizard(self)
        self.summary_label.setText(
            self.tr("Mapp: {0}\nAdministratör: {1} ({2})").format(
                wizard.location_page.folder(),
                wizard.admin_page.display_name(),
                wizard.admin_page.user_name(),
            )
        )

    def isComplete(self) -> bool:
        return not self._workers.busy

    @property
    def busy(self) -> bool:
        return self._workers.busy

    def validatePage(self) -> bool:
        if self.session is not None:
            return True
        if not self._workers.busy:
            self._start()
        return False

    def _start(self) -> None:
        wizard = _wizard(self)
        folder = wizard.location_page.folder()
        user, display = wizard.admin_page.user_name(), wizard.admin_page.display_name()
        passphrase = wizard.passphrase_page.passphrase.passphrase()
        today = wizard.today

        def job() -> sessions.NewVault:
            return sessions.create_vault(folder, user, display, passphrase, today=today)

        self.error_label.clear()
        self._workers.start(job, self._created, self._failed)

    def _show_busy(self, busy: bool) -> None:
        """Follows the worker pool, the one source of truth for busy."""
        self.busy_bar.setVisible(busy)
        self.completeChanged.emit()
        for button in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
            _wizard(self).button(button).setEnabled(not busy)

    def _created(self, result: object) -> None:
        assert isinstance(result, sessions.NewVault)
        self.session, self.recovery_key = result.session, result.recovery_key
        _wizard(self).passphrase_page.passphrase.clear()
        _wizard(self).next()

    def _failed(self, message: str) -> None:
        self.error_label.setText(domain_text(message))


class RecoveryKeyPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Återställningsnyckel"))
        self.setSubTitle(
            self.tr(
                "Skriv ner nyckeln på papper och förvara den inlåst. Den visas bara nu. "
                "Med den kan en administratör öppna valvet om alla lösenfraser glömts bort."
            )
        )
        self.key_label = PlainLabel(parent=self)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setAccessibleName(self.tr("Återställningsnyckel"))
        self.key_label.setStyleSheet("padding: 12px; border: 1px solid palette(mid);")
        self.confirm_check = QCheckBox(self.tr("&Jag har skrivit ner återställningsnyckeln"), self)
        self.confirm_check.setAccessibleName(self.tr("Jag har skrivit ner återställningsnyckeln"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.key_label)
        layout.addWidget(self.confirm_check)
        layout.addStretch(1)
        self.registerField("written_down*", self.confirm_check)

    def initializePage(self) -> None:
        create_page = _wizard(self).create_page
        # From here on the label holds the only copy, and it is cleared when the wizard ends.
        self.key_label.setText(_key_lines(create_page.recovery_key))
        create_page.recovery_key = ""
        # No way out but Finish: the key would be lost with a cancelled wizard.
        _wizard(self).setOption(QWizard.WizardOption.NoCancelButton, True)

    def clear_key(self) -> None:
        self.key_label.clear()


def _key_lines(key: str) -> str:
    """Eight groups of five in two lines of four, spaced for copying by hand."""
    groups = key.split("-")
    half = (len(groups) + 1) // 2
    return "\n".join("  ".join(groups[i : i + half]) for i in range(0, len(groups), half))


class FirstRunWizard(QWizard):
    """Makes the vault; `session` is the unlocked session once finished.

    `restore_requested(folder)`: restore a backup into `folder` instead (the controller opens
    the restore flow over the wizard, and the restored vault's unlock in its place)."""

    restore_requested = Signal(object)

    def __init__(
        self,
        default_folder: Path,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.today = today
        self.setWindowTitle("skyddsapp")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.location_page = LocationPage(default_folder, self)
        self.location_page.restore_requested.connect(self.restore_requested)
        self.admin_page = AdministratorPage(self)
        self.passphrase_page = PassphrasePage(self)
        self.create_page = CreatePage(self)
        self.key_page = RecoveryKeyPage(self)
        for page in (
            self.location_page,
            self.admin_page,
            self.passphrase_page,
            self.create_page,
            self.key_page,
        ):
            self.addPage(page)

    @property
    def session(self) -> Session | None:
        return self.create_page.session

    @property
    def folder(self) -> Path:
        return self.location_page.folder()

    def reject(self) -> None:
        # Once the vault exists, closing early would lose the only sight of the recovery key.
        if self.create_page.busy or self.create_page.session is not None:
            return
        super().reject()

    def done(self, result: int) -> None:
        self.key_page.clear_key()
        self.passphrase_page.passphrase.clear()
        super().done(result)
