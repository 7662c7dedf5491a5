"""Record an exchange of a Bostad först case with another municipality, or move one on."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from skyddsapp.domain.housing_first import (
    Exchange,
    ExchangeDirection,
    ExchangeStatus,
    next_statuses,
)
from skyddsapp.services import housing_first
from skyddsapp.services.context import Session
from skyddsapp.ui.paperwork.form_dialog import FormDialog
from skyddsapp.ui.widgets.form_widgets import add_row, date_edit, from_qdate, to_qdate
from skyddsapp.ui.widgets.labels import domain_text


class ExchangeDialog(FormDialog):
    """``housing_first.add_exchange`` (a new one starts as sent) or ``update_exchange``."""

    def __init__(
        self,
        session: Session,
        case_id: int,
        exchange: Exchange | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, "", parent)
        self.setWindowTitle(
            self.tr("Nytt byte med annan kommun")
            if exchange is None
            else self.tr("Ändra byte med annan kommun")
        )
        self.case_id = case_id
        self.exchange = exchange
        self.direction = QComboBox(self.content)
        self.direction.setAccessibleName(self.tr("Riktning"))
        for direction in ExchangeDirection:
            self.direction.addItem(domain_text(direction.label), direction)
        add_row(
            self.form,
            self.tr("&Riktning:"),
            self.errors.wrap("direction", self.direction, self.content),
            self.direction,
        )
        self.municipality = QLineEdit(self.content)
        self.municipality.setAccessibleName(self.tr("Kommun"))
        self.municipality.setPlaceholderText(self.tr("t.ex. Gävle"))
        add_row(
            self.form,
            self.tr("&Kommun:"),
            self.errors.wrap("municipality", self.municipality, self.content),
            self.municipality,
        )
        self.requested_on = date_edit(session.today(), self.tr("Förfrågan skickad"), self.content)
        add_row(
            self.form,
            self.tr("&Förfrågan skickad:"),
            self.errors.wrap("requested_on", self.requested_on, self.content),
            self.requested_on,
        )
        self.status = QComboBox(self.content)
        self.status.setAccessibleName(self.tr("Status"))
        current = exchange.status if exchange is not None else ExchangeStatus.REQUESTED
        for status in (current, *next_statuses(current)):
            self.status.addItem(domain_text(status.label), status)
        self.status.setEnabled(self.status.count() > 1)
        add_row(
            self.form,
            self.tr("S&tatus:"),
            self.errors.wrap("status", self.status, self.content),
            self.status,
        )
        self.notes = QPlainTextEdit(self.content)
        self.notes.setAccessibleName(self.tr("Anteckningar"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        add_row(
            self.form,
            self.tr("A&nteckningar:"),
            self.errors.wrap("notes", self.notes, self.content),
            self.notes,
        )
        if exchange is not None:
            self.direction.setCurrentIndex(self.direction.findData(exchange.direction))
            self.direction.setEnabled(False)  # a new exchange, not a turned one
            self.municipality.setText(exchange.municipality)
            self.requested_on.setDate(to_qdate(exchange.requested_on))
            self.notes.setPlainText(exchange.notes)
            self.status.setFocus()
        else:
            self.direction.setFocus()

    def save(self) -> None:
        municipality, notes = self.municipality.text(), self.notes.toPlainText()
        requested_on = from_qdate(self.requested_on.date())
        if self.exchange is None:
            direction: ExchangeDirection = self.direction.currentData()
            new = Exchange(None, self.case_id, municipality, direction, requested_on, notes=notes)
            self.exchange = housing_first.add_exchange(self.session, new)
            return
        changed = replace(
            self.exchange,
            municipality=municipality,
            requested_on=requested_on,
            status=self.status.currentData(),
            notes=notes,
        )
        self.exchange = housing_first.update_exchange(self.session, changed)
