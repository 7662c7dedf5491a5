"""Asks why a protected field is needed, then reveals it through the service (which logs it)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from skyddsapp.domain.errors import ValidationError
from skyddsapp.services import persons
from skyddsapp.services.context import Session
from skyddsapp.services.sessions import USER_ERRORS
from skyddsapp.ui.widgets.field_errors import FieldErrors, error_label
from skyddsapp.ui.widgets.form_widgets import add_row, form_layout
from skyddsapp.ui.widgets.labels import error_text
from skyddsapp.ui.widgets.plain_text import PlainLabel


class RevealDialog(QDialog):
    """After ``exec()`` returns Accepted, ``values`` holds each revealed field's text."""

    def __init__(
        self,
        session: Session,
        person_id: int,
        fields: Sequence[Any],
        parent: QWidget | None = None,
        *,
        reveal: Callable[[Any, str], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.person_id = person_id
        self.fields = tuple(fields)
        self.values: dict[Any, str] = {}
        # A person's field by default; a flat's hidden street passes its own service call.
        self._reveal = reveal or (
            lambda field, reason: persons.reveal(session, person_id, field, reason)
        )
        self.setWindowTitle(self.tr("Visa skyddad uppgift"))
        layout = QVBoxLayout(self)
        intro = PlainLabel(
            self.tr(
                "Personen har skyddade personuppgifter. Ange varför du behöver se uppgiften. "
                "Visningen loggas med ditt användarnamn, tidpunkt och skäl."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form_host = QWidget(self)
        form = form_layout(form_host)
        self.reason_choice = QComboBox(form_host)
        self.reason_choice.addItem(self.tr("Välj ett skäl …"), "")
        for text in (
            self.tr("Upprätta dokument"),
            self.tr("Kontakt med klienten"),
            self.tr("Kontroll av uppgift"),
            self.tr("Ändra personuppgifter"),
        ):
            self.reason_choice.addItem(text, text)
        self.reason_choice.setAccessibleName(self.tr("Skäl"))
        add_row(form, self.tr("&Skäl:"), self.reason_choice)
        self.reason_text = QLineEdit(form_host)
        self.reason_text.setAccessibleName(self.tr("Skäl med egna ord"))
        self.reason_text.setPlaceholderText(self.tr("Annat skäl eller komplettering"))
        general = error_label(self)
        self.errors = FieldErrors(general)
        add_row(form, self.tr("&Eget skäl:"), self.errors.wrap("reason", self.reason_text))
        layout.addWidget(form_host)
        layout.addWidget(general)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Visa"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self.try_reveal)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reason_choice.setFocus()
        self.setMinimumWidth(460)

    def reason(self) -> str:
        chosen = str(self.reason_choice.currentData() or "")
        own = " ".join(self.reason_text.text().split())
        return ": ".join(part for part in (chosen, own) if part)

    def try_reveal(self) -> None:
        if self.session.vault.is_locked:
            self.reject()
            return
        self.errors.clear()
        values: dict[Any, str] = {}
        try:
            for field in self.fields:
                values[field] = self._reveal(field, self.reason())
        except ValidationError as error:
            self.errors.show(error)
            return
        except USER_ERRORS as error:
            # Refused (a role, a read-only vault whose log cannot take the trace): said here.
            self.errors.show_general([error_text(error)])
            return
        self.values = values
        self.accept()
