"""Move a case into a flat of the register, or change the plan of someone who lives there:
the planned move-out and the next step."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from skyddsapp.domain.transition_flat import FlatStay
from skyddsapp.services import transition_flats
from skyddsapp.services.context import Session
from skyddsapp.ui.paperwork.form_dialog import FormDialog
from skyddsapp.ui.widgets.form_widgets import add_row, date_edit, from_qdate, to_qdate
from skyddsapp.ui.widgets.plain_text import PlainLabel

DEFAULT_STAY_DAYS = 180


class FlatStayDialog(FormDialog):
    """``transition_flats.move_in`` (given the flat), or ``replan`` (given the stay)."""

    def __init__(
        self,
        session: Session,
        object_number: str,
        *,
        apartment_id: int | None = None,
        stay: FlatStay | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, "", parent)
        if (apartment_id is None) == (stay is None):
            raise ValueError("give the flat to move into, or the stay to plan")
        self.apartment_id = apartment_id
        self.stay = stay
        today = session.today()
        # Generic titles: they reach task bars and screen-sharing pickers.
        self.setWindowTitle(self.tr("Flytta in") if stay is None else self.tr("Ändra plan"))
        self.form.addRow(self.tr("Lägenhet:"), PlainLabel(object_number, self.content))
        self.reference = QLineEdit(self.content)
        self.moved_in = date_edit(today, self.tr("Inflyttningsdag"), self.content)
        if stay is None:
            self.reference.setAccessibleName(self.tr("Ärendenummer för den som flyttar in"))
            self.reference.setPlaceholderText("SB-2026-0001")
            add_row(
                self.form,
                self.tr("Ä&rende:"),
                self.errors.wrap("reference", self.reference, self.content),
                self.reference,
            )
            add_row(
                self.form,
                self.tr("&Inflyttning:"),
                self.errors.wrap("moved_in", self.moved_in, self.content),
                self.moved_in,
            )
        else:
            since = PlainLabel(stay.moved_in.isoformat(), self.content)
            self.form.addRow(self.tr("Inflyttning:"), since)
        planned = stay.planned_move_out if stay else today + dt.timedelta(days=DEFAULT_STAY_DAYS)
        self.planned_move_out = date_edit(planned, self.tr("Planerad utflytt"), self.content)
        self.planned_move_out.setDate(to_qdate(planned))
        add_row(
            self.form,
            self.tr("&Planerad utflytt:"),
            self.errors.wrap("planned_move_out", self.planned_move_out, self.content),
            self.planned_move_out,
        )
        self.next_step = QPlainTextEdit(stay.next_step if stay else "", self.content)
        self.next_step.setAccessibleName(self.tr("Nästa steg"))
        self.next_step.setPlaceholderText(self.tr("t.ex. Bostadssocialt kontrakt via boendekedjan"))
        self.next_step.setTabChangesFocus(True)
        self.next_step.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        add_row(
            self.form,
            self.tr("&Nästa steg:"),
            self.errors.wrap("next_step", self.next_step, self.content),
            self.next_step,
        )
        (self.reference if stay is None else self.planned_move_out).setFocus()

    def save(self) -> None:
        planned = from_qdate(self.planned_move_out.date())
        if self.stay is not None:
            assert self.stay.id is not None
            self.stay = transition_flats.replan(
                self.session,
                self.stay.id,
                planned_move_out=planned,
                next_step=self.next_step.toPlainText(),
            )
            return
        assert self.apartment_id is not None
        case_id = transition_flats.case_id_by_reference(self.session, self.reference.text())
        self.stay = transition_flats.move_in(
            self.session,
            self.apartment_id,
            case_id,
            moved_in=from_qdate(self.moved_in.date()),
            planned_move_out=planned,
            next_step=self.next_step.toPlainText(),
        )
