"""Register or edit a shelter-exit case's placement, with the outcome and the children."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox, QWidget

from skyddsapp.domain.agreement import Agreement, AgreementKind, period_text
from skyddsapp.domain.case import MAX_CHILDREN, ShelterOutcome
from skyddsapp.domain.placement import Placement
from skyddsapp.services import agreements, cases, placements
from skyddsapp.services.context import Session
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
from skyddsapp.ui.widgets.plain_text import PlainLabel


class PlacementDialog(FormDialog):
    """``placements.record_placement``; ``placement`` is what was saved.

    ``revealed``: the placement with its provider, as `placements.reveal_placement` gave it
    (the case view asks for the reason first where the case hides the provider). Without it, a
    withheld provider stays hidden here and is kept unless a new one is typed.
    """

    def __init__(
        self,
        session: Session,
        case_id: int,
        parent: QWidget | None = None,
        *,
        revealed: Placement | None = None,
    ) -> None:
        super().__init__(session, "", parent)
        self.case_id = case_id
        self.placement: Placement | None = None
        case = cases.get_case(session, case_id)
        self.stored = revealed or placements.placement_of_case(session, case_id)
        self.setWindowTitle(
            self.tr("Redigera placering") if self.stored else self.tr("Registrera placering")
        )
        today = session.today()
        self.frameworks = [
            a
            for a in agreements.list_agreements(session)
            if a.kind is AgreementKind.SHELTER_FRAMEWORK
        ]
        self.start_date = date_edit(today, self.tr("Startdatum"), self.content)
        add_row(
            self.form,
            self.tr("Start&datum:"),
            self.errors.wrap("start_date", self.start_date, self.content),
            self.start_date,
        )
        self.agreement = QComboBox(self.content)
        self.agreement.setAccessibleName(self.tr("Ramavtal"))
        self.agreement.addItem(self.tr("– välj ramavtal –"), None)
        for framework in self.frameworks:
            self.agreement.addItem(self._agreement_text(framework), framework.id)
        add_row(
            self.form,
            self.tr("&Ramavtal:"),
            self.errors.wrap("agreement_id", self.agreement, self.content),
            self.agreement,
        )
        self.no_agreement = PlainLabel(
            self.tr(
                "Inget ramavtal om skyddat boende gäller på startdatumet. Registrera avtalet "
                "under Arkiv → Avtal (Ctrl+Shift+T)."
            ),
            self.content,
        )
        self.no_agreement.setWordWrap(True)
        self.form.addRow("", self.no_agreement)
        self.provider = QLineEdit(self.content)
        self.provider.setAccessibleName(self.tr("Leverantör"))
        add_row(
            self.form,
            self.tr("&Leverantör:"),
            self.errors.wrap("provider", self.provider, self.content),
            self.provider,
        )
        self.can_supply_lease = QCheckBox(
            self.tr("Leverantören kan ordna ett lägenhets&kontrakt (avropsgrund)"), self.content
        )
        self.can_supply_lease.setAccessibleName(
            self.tr("Leverantören kan ordna ett lägenhetskontrakt")
        )
        self.form.addRow(
            self.tr("Avropsgrund:"),
            self.errors.wrap("provider_can_supply_lease", self.can_supply_lease, self.content),
        )
        self.planned_end = date_edit(today, self.tr("Planerat slut"), self.content)
        add_row(
            self.form,
            self.tr("&Planerat slut:"),
            self.errors.wrap("planned_end", self.planned_end, self.content),
            self.planned_end,
        )
        self.actual_end = OptionalDateEdit(
            self.tr("Placeringen &upphörde"), self.tr("Faktiskt slut"), today, self.content
        )
        self.form.addRow(
            self.tr("Faktiskt slut:"),
            self.errors.wrap("actual_end", self.actual_end, self.content),
        )
        self.flat_offered = QComboBox(self.content)
        self.flat_offered.setAccessibleName(self.tr("Lägenhet erbjuden före slutet"))
        self.flat_offered.addItem(self.tr("Inte registrerat"), None)
        self.flat_offered.addItem(self.tr("Ja"), True)
        self.flat_offered.addItem(self.tr("Nej"), False)
        add_row(
            self.form,
            self.tr("Lägenhet &erbjuden före slutet:"),
            self.errors.wrap("flat_offered_before_end", self.flat_offered, self.content),
            self.flat_offered,
        )
        self.outcome = QComboBox(self.content)
        self.outcome.setAccessibleName(self.tr("Utfall"))
        self.outcome.addItem(self.tr("Inte angivet än"), None)
        for outcome in ShelterOutcome:
            self.outcome.addItem(domain_text(outcome.label), outcome)
        self.outcome.setCurrentIndex(self.outcome.findData(case.outcome))
        add_row(
            self.form,
            self.tr("U&tfall:"),
            self.errors.wrap("outcome", self.outcome, self.content),
            self.outcome,
        )
        self.children_count = QSpinBox(self.content)
        self.children_count.setRange(0, MAX_CHILDREN)
        self.children_count.setValue(case.children_count)
        self.children_count.setMaximumWidth(self.fontMetrics().horizontalAdvance("0" * 10))
        self.children_count.setAccessibleName(self.tr("Antal medföljande barn"))
        add_row(
            self.form,
            self.tr("Medföljande &barn:"),
            self.errors.wrap("children_count", self.children_count, self.content),
            self.children_count,
        )
        if self.stored is not None:
            self._load(self.stored)
        else:
            self._choose_agreement()
        self.start_date.dateChanged.connect(self._choose_agreement)
        self._show_agreement_note()
        self.start_date.setFocus()

    def _agreement_text(self, agreement: Agreement) -> str:
        return self.tr("{0} ({1})").format(agreement.title, domain_text(period_text(agreement)))

    def _load(self, placement: Placement) -> None:
        self.start_date.setDate(to_qdate(placement.start_date))
        self.agreement.setCurrentIndex(max(0, self.agreement.findData(placement.agreement_id)))
        self.provider.setText(placement.provider)
        if placement.provider_masked:
            self.provider.setPlaceholderText(MASK)
            self.provider.setToolTip(
                self.tr(
                    "Leverantören är skyddad och visas inte. Låt fältet vara tomt för att "
                    "behålla den, eller skriv en ny."
                )
            )
        self.can_supply_lease.setChecked(placement.provider_can_supply_lease)
        self.planned_end.setDate(to_qdate(placement.planned_end))
        self.actual_end.set_value(placement.actual_end)
        self.flat_offered.setCurrentIndex(
            self.flat_offered.findData(placement.flat_offered_before_end)
        )

    def _choose_agreement(self) -> None:
        """Keep the chosen framework agreement if it held on the start date, else take the one
        that did (the service checks the choice again)."""
        start = from_qdate(self.start_date.date())
        chosen = self.agreement.currentData()
        current = next((a for a in self.frameworks if a.id == chosen), None)
        if current is None or not current.is_in_force(start):
            holding = [a for a in self.frameworks if a.is_in_force(start)]
            if holding:
                self.agreement.setCurrentIndex(self.agreement.findData(holding[0].id))
        self._show_agreement_note()

    def _show_agreement_note(self) -> None:
        start = from_qdate(self.start_date.date())
        self.no_agreement.setVisible(not any(a.is_in_force(start) for a in self.frameworks))

    def save(self) -> None:
        kept = self.stored is not None and self.stored.provider_masked
        provider = self.provider.text()
        placement = Placement(
            id=self.stored.id if self.stored else None,
            case_id=self.case_id,
            agreement_id=self.agreement.currentData(),
            provider=provider,
            provider_can_supply_lease=self.can_supply_lease.isChecked(),
            start_date=from_qdate(self.start_date.date()),
            planned_end=from_qdate(self.planned_end.date()),
            actual_end=self.actual_end.value(),
            flat_offered_before_end=self.flat_offered.currentData(),
            # The withheld provider left as it was: the service keeps the stored one.
            provider_masked=kept and not provider.strip(),
        )
        self.placement = placements.record_placement(
            self.session,
            placement,
            outcome=self.outcome.currentData(),
            children_count=self.children_count.value(),
        )
