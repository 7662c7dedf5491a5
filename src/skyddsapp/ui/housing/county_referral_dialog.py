"""Register a Länskompotten referral to another municipality in the county, or its answer."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QWidget

from skyddsapp.domain.county_referral import CountyReferral, Municipality, ReferralResult
from skyddsapp.services import county_referrals
from skyddsapp.services.context import Session
from skyddsapp.services.errors import NotFound
from skyddsapp.ui.paperwork.form_dialog import FormDialog
from skyddsapp.ui.widgets.form_widgets import (
    OptionalDateEdit,
    add_row,
    date_edit,
    from_qdate,
    to_qdate,
)
from skyddsapp.ui.widgets.labels import domain_text
from skyddsapp.ui.widgets.masked_field import MASK


class CountyReferralDialog(FormDialog):
    """``county_referrals.record_referral``: a new referral on ``case_id``, or with
    ``referral_id`` the one to edit (most often to record the answer).

    ``revealed``: that referral with its municipality, as `county_referrals.reveal_referral`
    gave it (the case view asks for the reason first where the case hides the municipality).
    Without it, a withheld municipality stays hidden here and is kept unless another is chosen.
    """

    def __init__(
        self,
        session: Session,
        case_id: int,
        referral_id: int | None = None,
        parent: QWidget | None = None,
        *,
        revealed: CountyReferral | None = None,
    ) -> None:
        super().__init__(session, "", parent)
        self.case_id = case_id
        self.referral_id = referral_id
        self.referral: CountyReferral | None = None
        self._municipality_masked = False
        self.setWindowTitle(
            self.tr("Svar på förfrågan") if referral_id else self.tr("Ny förfrågan till kommun")
        )
        today = session.today()
        self.municipality = QComboBox(self.content)
        self.municipality.setAccessibleName(self.tr("Kommun"))
        for municipality in Municipality:
            self.municipality.addItem(domain_text(municipality.label), municipality)
        add_row(
            self.form,
            self.tr("&Kommun:"),
            self.errors.wrap("municipality", self.municipality, self.content),
            self.municipality,
        )
        self.referred_on = date_edit(today, self.tr("Förfrågan skickad"), self.content)
        add_row(
            self.form,
            self.tr("&Förfrågan skickad:"),
            self.errors.wrap("referred_on", self.referred_on, self.content),
            self.referred_on,
        )
        self.answer = QComboBox(self.content)
        self.answer.setAccessibleName(self.tr("Kommunens svar"))
        self.answer.addItem(self.tr("Väntar på svar"), None)
        for result in ReferralResult:
            self.answer.addItem(domain_text(result.label), result)
        add_row(
            self.form,
            self.tr("Kommunens s&var:"),
            self.errors.wrap("result", self.answer, self.content),
            self.answer,
        )
        self.result_on = OptionalDateEdit(
            self.tr("Kommunen svarade &den"), self.tr("Datum för svaret"), today, self.content
        )
        self.form.addRow(
            self.tr("Svarsdatum:"), self.errors.wrap("result_on", self.result_on, self.content)
        )
        self.notes = QPlainTextEdit(self.content)
        self.notes.setAccessibleName(self.tr("Anteckningar om förfrågan"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        add_row(
            self.form,
            self.tr("&Anteckningar:"),
            self.errors.wrap("notes", self.notes, self.content),
            self.notes,
        )
        # Choosing an answer most often means it came today.
        self.answer.currentIndexChanged.connect(self._result_changed)
        if referral_id is not None:
            self._load(referral_id, revealed)
            self.answer.setFocus()
        else:
            self.municipality.setFocus()

    def _load(self, referral_id: int, revealed: CountyReferral | None) -> None:
        found = [
            r
            for r in (
                [revealed]
                if revealed is not None
                else county_referrals.referrals_of_case(self.session, self.case_id)
            )
            if r.id == referral_id
        ]
        if not found:
            raise NotFound("Förfrågan", referral_id)
        referral = found[0]
        if referral.municipality_masked:
            self._municipality_masked = True
            self.municipality.insertItem(0, MASK, None)
            self.municipality.setToolTip(
                self.tr(
                    "Kommunen är skyddad och visas inte. Låt valet vara för att behålla den, "
                    "eller välj en annan."
                )
            )
        self.municipality.setCurrentIndex(self.municipality.findData(referral.municipality))
        self.referred_on.setDate(to_qdate(referral.referred_on))
        self.answer.setCurrentIndex(max(0, self.answer.findData(referral.result)))
        self.result_on.set_value(referral.result_on)
        self.notes.setPlainText(referral.notes)

    def _result_changed(self) -> None:
        answered = self.answer.currentData() is not None
        if answered != self.result_on.check.isChecked():
            self.result_on.check.setChecked(answered)

    def save(self) -> None:
        referral = CountyReferral(
            id=self.referral_id,
            case_id=self.case_id,
            referred_on=from_qdate(self.referred_on.date()),
            municipality=self.municipality.currentData(),
            result=self.answer.currentData(),
            result_on=self.result_on.value(),
            notes=self.notes.toPlainText(),
            # The withheld municipality left as it was: the service keeps the stored one.
            municipality_masked=self._municipality_masked
            and self.municipality.currentData() is None,
        )
        self.referral = county_referrals.record_referral(self.session, referral)
