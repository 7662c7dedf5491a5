"""Ta emot överlämning: open a sealed package, see what it holds, import it as a case.

The file is read on a worker (removable media can be slow); the package is then checked by the
service (`handover.read_package`: sender, recipient, signature, dates, replay), which stores
nothing. The checks and the import use the vault's connection, so they run on this thread,
under a wait cursor: a lock (which closes the connection) can then never come in the middle of
one. They are quick: a 24 MiB package is read in about 0.1 s and imported in 0.3 s.

A refused package shows the refusal's own message and the Importera button stays off.
A package that passes shows its preview: sender and fingerprint, dates, case kind, the sender's
reference, persons with roles (masked as the service gives them), how many documents, and
whether it makes a new case or updates one here. Importera checks the same bytes again and
imports them; the case then opens. Everything from a package is untrusted input and shown as
plain text (PlainLabel, table items).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skyddsapp.domain.errors import DomainError
from skyddsapp.domain.handover_package import MAX_PACKAGE_SIZE
from skyddsapp.services import handover
from skyddsapp.services.context import Session
from skyddsapp.services.errors import ServiceError
from skyddsapp.services.handover import ImportResult, PackagePreview
from skyddsapp.ui.cases.case_data import value_label
from skyddsapp.ui.cases.handover_files import package_dialogs
from skyddsapp.ui.paperwork.file_dialogs import FileDialogs
from skyddsapp.ui.shell.unlock_worker import WorkerPool
from skyddsapp.ui.widgets.field_errors import error_label
from skyddsapp.ui.widgets.form_widgets import form_layout
from skyddsapp.ui.widgets.labels import domain_text, error_text
from skyddsapp.ui.widgets.list_table import set_up_list, size_columns
from skyddsapp.ui.widgets.plain_text import PlainLabel, plain_tooltip

PREVIEW_SIZE = (760, 620)


def read_file(path: Path) -> bytes:
    """The package file's bytes (on the worker): never more than one byte past the largest
    package, which the service then refuses by its size; an OSError's text is shown as is."""
    with path.open("rb") as file:
        return file.read(MAX_PACKAGE_SIZE + 1)


class HandoverReceiveDialog(QDialog):
    """Opened with open(); a lock rejects it and it forgets the package. ``case_imported``
    carries the id of the case made or updated. ``preview`` and ``imported`` are for tests."""

    case_imported = Signal(int)

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        *,
        dialogs: FileDialogs | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.dialogs = dialogs or package_dialogs()
        self.data: bytes | None = None
        self.preview: PackagePreview | None = None
        self.imported: ImportResult | None = None
        self.workers = WorkerPool(self)
        self.workers.busy_changed.connect(self._show_busy)
        self.setWindowTitle(self.tr("Ta emot överlämning"))
        self.setModal(True)
        layout = QVBoxLayout(self)

        file_row = QHBoxLayout()
        self.file_label = PlainLabel(self.tr("Ingen fil vald."), self)
        self.file_label.setAccessibleName(self.tr("Paketfil"))
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("&Välj fil…"), self)
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose_file)
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)
        layout.addLayout(file_row)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Läser paketet"))
        self.progress.hide()
        layout.addWidget(self.progress)
        self.error = error_label(self)
        self.error.setAccessibleName(self.tr("Paketet tas inte emot"))
        layout.addWidget(self.error)
        layout.addWidget(self._preview_box(), 1)
        layout.addStretch(0)

        self.buttons = QDialogButtonBox(self)
        self.import_button = QPushButton(self.tr("&Importera"), self)
        self.import_button.setEnabled(False)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Avbryt"))
        self.import_button.clicked.connect(self.import_package)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self.finished.connect(self._forget)
        self.resize(PREVIEW_SIZE[0], self.sizeHint().height())  # grows with a preview

    def _preview_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Innehåll"), self)
        layout = QVBoxLayout(box)
        details = QWidget(box)
        form = form_layout(details)
        self.values: dict[str, QLabel] = {}
        for key, title in (
            ("sender", self.tr("Avsändare:")),
            ("fingerprint", self.tr("Avsändarens fingeravtryck:")),
            ("created", self.tr("Förseglat:")),
            ("expires", self.tr("Giltigt till:")),
            ("kind", self.tr("Ärendetyp:")),
            ("reference", self.tr("Avsändarens ärendenummer:")),
            ("documents", self.tr("Dokument:")),
            ("outcome", self.tr("Vid import:")),
        ):
            label = value_label("", details)
            label.setAccessibleName(title.rstrip(":"))
            form.addRow(title, label)
            self.values[key] = label
        bold = self.values["outcome"].font()
        bold.setBold(True)
        self.values["outcome"].setFont(bold)
        layout.addWidget(details)
        layout.addWidget(PlainLabel(self.tr("Personer:"), box))
        self.persons = QTableWidget(0, 3, box)
        set_up_list(self.persons, self.tr("Personer i paketet"))
        self.persons.setHorizontalHeaderLabels(
            [self.tr("Namn"), self.tr("Roll"), self.tr("Skyddade uppgifter")]
        )
        size_columns(
            self.persons, {0: "Förnamn Efternamnsson Långnamn", 1: "Klient (våldsutövare)"}
        )
        layout.addWidget(self.persons, 1)
        box.hide()  # shown with a package that passed every check
        self.preview_box = box
        return box

    # ----------------------------------------------------------------- reading

    def choose_file(self) -> None:
        if self.session.vault.is_locked or self.workers.busy:
            return
        path = self.dialogs.open_path(
            self,
            self.tr("Välj överlämningspaket"),
            "",
            self.tr("Överlämningar (*.skydd);;Alla filer (*)"),
        )
        if path is not None:
            self.open_file(path)

    def open_file(self, path: Path) -> None:
        """Read `path` on the worker, then check it and show what it holds."""
        if self.session.vault.is_locked or self.workers.busy:
            return
        self._clear()
        self.file_label.setText(path.name)
        self.file_label.setToolTip(plain_tooltip(str(path)))  # a folder may look like HTML
        self.workers.start(lambda: read_file(path), self._read, self._refused)

    def _read(self, data: object) -> None:
        if self.session.vault.is_locked:
            return
        assert isinstance(data, bytes)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            preview = handover.read_package(self.session, data)
        except (DomainError, ServiceError) as error:
            self._refused(error_text(error))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.data = data
        self._show(preview)

    def _refused(self, message: str) -> None:
        if self.session.vault.is_locked:
            return
        self._clear()
        self.error.setText(message)
        self.error.show()
        self.choose_button.setFocus()

    def _clear(self) -> None:
        self.data = None
        self.preview = None
        self.error.hide()
        self.error.clear()
        for label in self.values.values():
            label.clear()
        self.persons.setRowCount(0)
        self.preview_box.hide()
        self.import_button.setEnabled(False)

    def _show(self, preview: PackagePreview) -> None:
        self.preview = preview
        outcome = (
            self.tr("Uppdaterar ärende {0}").format(preview.updates_case)
            if preview.updates_case
            else self.tr("Skapar ett nytt ärende")
        )
        shown = {
            "sender": preview.sender_name,
            "fingerprint": preview.sender_fingerprint,
            "created": preview.created_at,
            "expires": preview.expires_at,
            "kind": domain_text(preview.case_kind),
            "reference": preview.sender_reference,
            "documents": str(preview.documents),
            "outcome": outcome,
        }
        for key, text in shown.items():
            self.values[key].setText(text)
        self.persons.setRowCount(len(preview.persons))
        for row, person in enumerate(preview.persons):
            cells = (
                person.name,
                domain_text(person.role),
                self.tr("Ja") if person.protected else self.tr("Nej"),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)  # item text is never read as rich text
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.persons.setItem(row, column, item)
        self.preview_box.show()
        if self.height() < PREVIEW_SIZE[1]:
            self.resize(max(self.width(), PREVIEW_SIZE[0]), PREVIEW_SIZE[1])
        self.import_button.setEnabled(True)
        self.import_button.setDefault(True)
        self.import_button.setFocus()

    def _show_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.choose_button.setEnabled(not busy)
        if busy:
            self.import_button.setEnabled(False)

    # ----------------------------------------------------------------- importing

    def import_package(self) -> None:
        """Import the bytes previewed (the service checks them all again)."""
        if self.session.vault.is_locked:
            self.reject()
            return
        if self.data is None or self.preview is None or self.workers.busy:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = handover.import_package(self.session, self.data)
        except (DomainError, ServiceError) as error:
            self._refused(error_text(error))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.imported = result
        self.case_imported.emit(result.case_id)
        self.accept()

    def reject(self) -> None:
        if self.workers.busy:
            return  # the file is still being read; it ends soon
        super().reject()

    def _forget(self) -> None:
        # Also at a lock, which closes the dialog with QDialog.done (not this class's reject).
        self.data = None
        self.preview = None
        self.persons.setRowCount(0)
        for label in self.values.values():
            label.clear()
