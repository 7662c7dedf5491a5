"""Registrera underskrift: the day the paper was signed and who signed it."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from skyddsapp.services import documents
from skyddsapp.services.context import Session
from skyddsapp.services.documents import DocumentRecord
from skyddsapp.ui.paperwork.form_dialog import FormDialog
from skyddsapp.ui.widgets.form_widgets import add_row, date_edit, from_qdate, to_qdate
from skyddsapp.ui.widgets.labels import domain_text
from skyddsapp.ui.widgets.plain_text import PlainLabel


class SignDocumentDialog(FormDialog):
    """``documents.mark_signed``; the domain refuses a future date or one before the document's."""

    def __init__(
        self, session: Session, record: DocumentRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, "", parent)
        self.setWindowTitle(self.tr("Registrera underskrift – {0}").format(record.number))
        self.record = record
        self.saved: DocumentRecord | None = None
        intro = PlainLabel(
            self.tr("{0}, {1}, version {2}.").format(
                domain_text(record.title), record.number, record.version
            ),
            self.content,
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        today = session.today()
        self.signed_on = date_edit(record.signed_on or today, self.tr("Underskrivet den"))
        self.signed_on.setMaximumDate(to_qdate(today))
        add_row(
            self.form,
            self.tr("Underskrivet &den:"),
            self.errors.wrap("signed_on", self.signed_on, self.content),
            self.signed_on,
        )
        self.signed_by = QLineEdit(record.signed_by or "", self.content)
        self.signed_by.setAccessibleName(self.tr("Underskrivet av"))
        self.signed_by.setPlaceholderText(self.tr("t.ex. Klienten och handläggaren"))
        self.signed_by.setMaxLength(200)
        add_row(
            self.form,
            self.tr("Underskrivet &av:"),
            self.errors.wrap("signed_by", self.signed_by, self.content),
            self.signed_by,
        )
        self.signed_by.setFocus()

    def save(self) -> None:
        self.saved = documents.mark_signed(
            self.session,
            self.record.id,
            from_qdate(self.signed_on.date()),
            self.signed_by.text(),
        )
