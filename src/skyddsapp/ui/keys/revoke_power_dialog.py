"""Återkalla fullmakt: from today the fullmakt cannot be used; the reason goes to the log."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from skyddsapp.services import keys
from skyddsapp.services.context import Session
from skyddsapp.ui.paperwork.form_dialog import FormDialog
from skyddsapp.ui.widgets.form_widgets import add_row


class RevokePowerDialog(FormDialog):
    def __init__(
        self, session: Session, case_id: int, power_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, "", parent)
        self.setWindowTitle(self.tr("Återkalla fullmakt"))
        self.case_id = case_id
        self.power_id = power_id
        self.reason = QLineEdit(self.content)
        self.reason.setAccessibleName(self.tr("Skäl"))
        add_row(
            self.form,
            self.tr("&Skäl:"),
            self.errors.wrap("reason", self.reason, self.content),
            self.reason,
        )
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("&Återkalla"))
        self.reason.setFocus()

    def save(self) -> None:
        keys.revoke_power_of_attorney(self.session, self.case_id, self.power_id, self.reason.text())
