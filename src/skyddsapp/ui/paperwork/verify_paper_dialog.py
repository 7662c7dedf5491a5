"""Verifiera papper: a paper's QR code (scanned or pasted) checked against the register.

A matching QR code only proves which document the paper was printed from, not that no one wrote
on it: "Visa registrets PDF" shows what was printed, to compare with the paper.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from skyddsapp.domain.errors import DomainError, ValidationError
from skyddsapp.services import cases, documents
from skyddsapp.services.context import Session
from skyddsapp.services.documents import PaperCheck
from skyddsapp.services.errors import ServiceError
from skyddsapp.ui.paperwork.document_flows import document_caption
from skyddsapp.ui.paperwork.pdf_preview import PdfPreviewDialog
from skyddsapp.ui.widgets.field_errors import ERROR_STYLE
from skyddsapp.ui.widgets.labels import domain_text, error_text
from skyddsapp.ui.widgets.plain_text import PlainLabel

# The words carry the verdict; colour and sign only repeat it (readable without colour).
MATCH_STYLE = "QLabel { background: #e7f4ea; color: #1e4620; }"
NEUTRAL_STYLE = "QLabel { background: #eef1f5; color: #1f2933; }"
WARNING_STYLE = "QLabel { background: #fff4e5; color: #5f3b00; }"
NEWER_STYLE = "QLabel { color: #5f3b00; font-weight: bold; }"


class VerifyPaperDialog(QDialog):
    """A USB QR scanner types the code and Enter; each Enter checks (and logs) once.

    ``open_case_requested(case_id, document_id)`` asks the main window to show the document.
    ``preview`` is the register's PDF when shown; it closes with this dialog (and at a lock).
    """

    open_case_requested = Signal(int, int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.check: PaperCheck | None = None
        self.preview: PdfPreviewDialog | None = None
        self.setWindowTitle(self.tr("Verifiera papper"))
        intro = PlainLabel(
            self.tr(
                "Skanna QR-koden på papperet med handskannern, eller klistra in texten från den "
                "(eller skriv dokumentnumret) och tryck Retur."
            ),
            self,
        )
        intro.setWordWrap(True)
        label = PlainLabel(self.tr("&QR-kod eller dokumentnummer:"), self)
        self.code = QLineEdit(self)
        self.code.setAccessibleName(self.tr("QR-kod eller dokumentnummer"))
        self.code.setPlaceholderText(self.tr("t.ex. UH-2026-000042:VOV2XK5L…"))
        self.code.setClearButtonEnabled(True)
        label.setBuddy(self.code)
        self.error = PlainLabel(parent=self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.outcome = PlainLabel(parent=self)
        self.outcome.setWordWrap(True)
        self.outcome.setMargin(10)
        self.outcome.setFrameShape(QFrame.Shape.StyledPanel)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.setAccessibleName(self.tr("Resultat"))
        font = self.outcome.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.outcome.setFont(font)
        self.outcome.hide()
        self.details = QWidget(self)
        self.details_form = details = QFormLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        self.detail_labels: dict[str, QLabel] = {}
        for key, title in (
            ("title", self.tr("Blankett:")),
            ("number", self.tr("Dokumentnummer:")),
            ("version", self.tr("Version:")),
            ("latest", self.tr("Nyare version:")),
            ("case", self.tr("Ärende:")),
            ("status", self.tr("Status:")),
        ):
            value = PlainLabel(parent=self.details)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            details.addRow(title, value)
            self.detail_labels[key] = value
        self.detail_labels["latest"].setStyleSheet(NEWER_STYLE)
        self.detail_labels["latest"].setWordWrap(True)
        self.details.hide()
        self.verify_button = QPushButton(self.tr("&Kontrollera"), self)
        self.verify_button.setAutoDefault(False)
        self.open_button = QPushButton(self.tr("&Öppna ärendet"), self)
        self.open_button.setAutoDefault(False)
        self.open_button.hide()
        self.pdf_button = QPushButton(self.tr("Visa registrets &PDF"), self)
        self.pdf_button.setAutoDefault(False)
        self.pdf_button.setToolTip(
            self.tr("Visa dokumentet som det skrevs ut, för att jämföra papperets text med det")
        )
        self.pdf_button.setEnabled(False)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.verify_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Stäng"))
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        self.code.returnPressed.connect(self.verify)
        self.verify_button.clicked.connect(self.verify)
        self.open_button.clicked.connect(self._open_case)
        self.pdf_button.clicked.connect(self.show_pdf)
        self.finished.connect(self.release)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(label)
        layout.addWidget(self.code)
        layout.addWidget(self.error)
        layout.addWidget(self.outcome)
        layout.addWidget(self.details)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(640, 420)
        self.code.setFocus()

    def verify(self) -> None:
        if self.session.vault.is_locked:
            self.reject()
            return
        self._clear()
        text = self.code.text()
        try:
            check = documents.verify_paper(self.session, text)
        except ValidationError as error:
            self.error.setText(error_text(error))
            self.error.show()
            self.code.selectAll()
            return
        except (DomainError, ServiceError) as error:
            self.error.setText(error_text(error))
            self.error.show()
            return
        self.check = check
        self._show(check)
        # The next scan replaces this code rather than being appended to it.
        self.code.selectAll()

    def _show(self, check: PaperCheck) -> None:
        message = domain_text(check.message)
        newer = check.latest_version
        if check.document is None:
            style, sign = WARNING_STYLE, "⚠"
        elif check.hash_matches and newer is None:
            style, sign = MATCH_STYLE, "✓"
        elif check.hash_matches:
            style, sign = WARNING_STYLE, "⚠"  # the paper is what was printed, but superseded
        elif not check.hash_checked:
            style, sign = NEUTRAL_STYLE, "ℹ"
        else:
            style, sign = WARNING_STYLE, "⚠"
        self.outcome.setStyleSheet(style)
        self.outcome.setText(f"{sign} {message}")
        self.outcome.show()
        record = check.document
        if record is None:
            return
        latest = ""
        if newer is not None:
            latest = self.tr("Version {0} finns i ärendet: papperet är inte den senaste.")
            latest = latest.format(newer)
        values = {
            "title": domain_text(record.title),
            "number": record.number,
            "version": str(record.version),
            "case": self._case_reference(record.case_id),
            "status": domain_text(record.status.label),
            "latest": latest,
        }
        for key, text in values.items():
            self.detail_labels[key].setText(text)
        self.details_form.setRowVisible(self.detail_labels["latest"], newer is not None)
        self.details.show()
        may_read = self.session.vault.user.role.may_read_cases
        self.open_button.setVisible(may_read)
        self.pdf_button.setEnabled(may_read)

    def _case_reference(self, case_id: int) -> str:
        try:
            return cases.get_case(self.session, case_id).reference.formatted()
        except (DomainError, ServiceError):
            return self.tr("(kan inte visas)")

    def _open_case(self) -> None:
        record = self.check.document if self.check is not None else None
        if record is None or self.session.vault.is_locked:
            return
        self.open_case_requested.emit(record.case_id, record.id)
        self.accept()

    def show_pdf(self) -> None:
        """The register's PDF (logged as a view) in a preview, without print or save."""
        record = self.check.document if self.check is not None else None
        if record is None or self.session.vault.is_locked:
            return
        try:
            data = documents.pdf(self.session, record.id)
        except (DomainError, ServiceError) as error:
            self.error.setText(error_text(error))
            self.error.show()
            return
        self._close_preview()
        caption = document_caption(record)
        preview = PdfPreviewDialog(data, caption, self, can_print=False, can_save=False)
        preview.setWindowTitle(self.tr("Registrets PDF – {0}").format(caption))
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.finished.connect(lambda _result: self._preview_closed(preview))
        self.preview = preview
        preview.show()

    def _preview_closed(self, preview: PdfPreviewDialog) -> None:
        if self.preview is preview:
            self.preview = None

    def _close_preview(self) -> None:
        preview, self.preview = self.preview, None
        if preview is not None:
            QDialog.done(preview, QDialog.DialogCode.Rejected)  # drops the PDF

    def _clear(self) -> None:
        self._close_preview()  # it showed the previous paper's document
        self.check = None
        self.error.hide()
        self.outcome.hide()
        self.details.hide()
        self.open_button.hide()
        self.pdf_button.setEnabled(False)
        for label in self.detail_labels.values():
            label.clear()

    def release(self) -> None:
        """Closed or locked: forget the code and the answer, close the register's PDF."""
        self._clear()
        self.code.clear()
