"""Move the case's client into a free flat of the register of transition and emergency flats,
chosen from the free ones (the one free the longest first)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QPlainTextEdit, QWidget

from skyddsapp.domain.errors import ValidationError
from skyddsapp.services import transition_flats, transition_flats_overview
from skyddsapp.services.context import Session
from skyddsapp.services.transition_flats_overview import FlatOverviewRow
from skyddsapp.ui.flats.flat_stay_dialog import DEFAULT_STAY_DAYS
from skyddsapp.ui.paperwork.form_dialog import FormDialog
from skyddsapp.ui.widgets.form_widgets import add_row, date_edit, from_qdate
from skyddsapp.ui.widgets.labels import domain_text
from skyddsapp.ui.widgets.plain_text import PlainLabel


class CaseFlatMoveInDialog(FormDialog):
    """``transition_flats.move_in`` for ``case_id``, into one of
    ``transition_flats_overview.free_flats``."""

    def __init__(self, session: Session, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(session, "", parent)
        self.setWindowTitle(self.tr("Flytta in"))  # generic: titles reach task bars
        self.case_id = case_id
        today = session.today()
        self.free = transition_flats_overview.free_flats(session)
        self.flat = QComboBox(self.content)
        self.flat.setAccessibleName(self.tr("Ledig lägenhet i förteckningen"))
        # As wide as the dialog allows; the list that opens shows each choice whole.
        self.flat.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.flat.setMinimumContentsLength(56)
        for row in self.free:
            self.flat.addItem(self._choice(row), row.flat.apartment_id)
        add_row(
            self.form,
            self.tr("&Lägenhet:"),
            self.errors.wrap("apartment_id", self.flat, self.content),
            self.flat,
        )
        if not self.free:
            none = PlainLabel(
                self.tr(
                    "Ingen lägenhet i förteckningen är ledig. Lediga lägenheter registreras "
                    "under Utsluss- och jourlägenheter (Ctrl+3)."
                ),
                self.content,
            )
            none.setWordWrap(True)
            self.form.addRow(none)
            self.flat.setEnabled(False)
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.moved_in = date_edit(today, self.tr("Inflyttningsdag"), self.content)
        add_row(
            self.form,
            self.tr("&Inflyttning:"),
            self.errors.wrap("moved_in", self.moved_in, self.content),
            self.moved_in,
        )
        planned = today + dt.timedelta(days=DEFAULT_STAY_DAYS)
        self.planned_move_out = date_edit(planned, self.tr("Planerad utflytt"), self.content)
        add_row(
            self.form,
            self.tr("&Planerad utflytt:"),
            self.errors.wrap("planned_move_out", self.planned_move_out, self.content),
            self.planned_move_out,
        )
        self.next_step = QPlainTextEdit(self.content)
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
        self.flat.setFocus()

    def _choice(self, row: FlatOverviewRow) -> str:
        since = row.free_since.isoformat() if row.free_since else ""
        return self.tr("{0} · {1} · {2} · ledig sedan {3}").format(
            row.object_number,
            domain_text(row.flat.category.label),
            row.address if row.address is not None else self.tr("adressen visas inte"),
            since,
        )

    def save(self) -> None:
        apartment_id = self.flat.currentData()
        if apartment_id is None:  # Enter with nothing to choose
            raise ValidationError.single("apartment_id", self.tr("Välj en ledig lägenhet."))
        transition_flats.move_in(
            self.session,
            apartment_id,
            self.case_id,
            moved_in=from_qdate(self.moved_in.date()),
            planned_move_out=from_qdate(self.planned_move_out.date()),
            next_step=self.next_step.toPlainText(),
        )
