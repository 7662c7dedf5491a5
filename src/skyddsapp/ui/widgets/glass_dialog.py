"""Nödåtkomst: open a case that is neither the user's nor their team's, with a written reason.

The reason goes to the audit log as `case.break_glass`, which the log review flags; the case
stays open to the user until the vault is locked.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QWidget

from skyddsapp.services import access
from skyddsapp.services.context import Session
from skyddsapp.ui.paperwork.form_dialog import FormDialog
from skyddsapp.ui.widgets.form_widgets import add_row
from skyddsapp.ui.widgets.plain_text import PlainLabel


class GlassDialog(FormDialog):
    """Accepted with `case_id` set to the case to open."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, "", parent)
        self.setWindowTitle(self.tr("Nödåtkomst till ett ärende"))
        self.case_id: int | None = None
        intro = PlainLabel(
            self.tr(
                "Använd nödåtkomst bara när du måste se ett ärende som varken du eller ditt team "
                "handlägger, till exempel när klienten står framför dig och handläggaren inte "
                "går att nå. Skälet loggas, öppningen flaggas för granskning och ärendet är "
                "öppet för dig tills valvet låses."
            ),
            self.content,
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.reference = QLineEdit(self.content)
        self.reference.setAccessibleName(self.tr("Ärendenummer"))
        self.reference.setPlaceholderText(self.tr("till exempel KV-2026-0042"))
        add_row(
            self.form,
            self.tr("Ä&rendenummer:"),
            self.errors.wrap("reference", self.reference, self.content),
            self.reference,
        )
        self.reason = QLineEdit(self.content)
        self.reason.setAccessibleName(self.tr("Skäl till nödåtkomst"))
        add_row(
            self.form,
            self.tr("S&käl:"),
            self.errors.wrap("reason", self.reason, self.content),
            self.reason,
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Öppna"))
        self.reference.setFocus()

    def save(self) -> None:
        self.case_id = access.break_glass(self.session, self.reference.text(), self.reason.text())
