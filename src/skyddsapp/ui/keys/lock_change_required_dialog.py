"""Kräv låsbyte: the lock must be changed before any key to the flat is handed out."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from skyddsapp.domain.key_registry import LockChangeReason
from skyddsapp.services import keys
from skyddsapp.services.context import Session
from skyddsapp.ui.paperwork.form_dialog import FormDialog
from skyddsapp.ui.widgets.form_widgets import add_row
from skyddsapp.ui.widgets.labels import domain_text
from skyddsapp.ui.widgets.plain_text import PlainLabel


class LockChangeRequiredDialog(FormDialog):
    """``keys.require_lock_change`` (the order itself is the form Beställning av låsbyte)."""

    def __init__(
        self, session: Session, case_id: int, apartment_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, "", parent)
        self.setWindowTitle(self.tr("Kräv låsbyte"))
        self.case_id = case_id
        self.apartment_id = apartment_id
        intro = PlainLabel(
            self.tr(
                "Till exempel när våldsutövaren kan ha nycklar. Inga nycklar till lägenheten "
                "lämnas ut förrän låsbytet är registrerat som utfört."
            ),
            self.content,
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.reason = QComboBox(self.content)
        for reason in LockChangeReason:
            self.reason.addItem(domain_text(reason.label), reason)
        self.reason.setCurrentIndex(self.reason.findData(LockChangeReason.UNAUTHORISED_KEYS))
        add_row(
            self.form,
            self.tr("&Skäl:"),
            self.errors.wrap("reason", self.reason, self.content),
            self.reason,
        )
        self.detail = QLineEdit(self.content)
        self.detail.setAccessibleName(self.tr("Beskrivning"))
        self.detail.setPlaceholderText(self.tr("Skriv inga namn"))
        add_row(
            self.form,
            self.tr("&Beskrivning:"),
            self.errors.wrap("detail", self.detail, self.content),
            self.detail,
        )
        self.reason.setFocus()

    def save(self) -> None:
        keys.require_lock_change(
            self.session,
            self.case_id,
            self.apartment_id,
            self.reason.currentData(),
            self.detail.text(),
        )
