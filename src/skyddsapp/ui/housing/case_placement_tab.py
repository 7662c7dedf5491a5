"""The case view's Placering tab (shelter-exit cases): the placement in sheltered housing.

Where the case hides where its client lives, the provider comes masked from the services and is
shown only through `placements.reveal_placement`, with a reason that is logged."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QWidget

from skyddsapp.domain.agreement import period_text
from skyddsapp.domain.placement import Placement, flat_offer_text
from skyddsapp.services import placements
from skyddsapp.services.context import Session
from skyddsapp.ui.cases.case_data import CaseData, ScrollTab, button_row, value_label
from skyddsapp.ui.shell.clipboard import SecretClipboard
from skyddsapp.ui.widgets.field_errors import ERROR_STYLE
from skyddsapp.ui.widgets.form_widgets import form_layout
from skyddsapp.ui.widgets.labels import domain_text
from skyddsapp.ui.widgets.masked_field import MaskedField


class CasePlacementTab(ScrollTab):
    edit_requested = Signal()

    def __init__(
        self, session: Session, clipboard: SecretClipboard, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.clipboard = clipboard
        self.values: dict[str, QLabel | MaskedField] = {}
        self.provider_field: MaskedField | None = None

    def show_data(self, data: CaseData) -> None:
        content, layout = self.new_content()
        self.provider_field = None
        placement = data.placement
        text = (
            self.tr("Re&gistrera placering …")
            if placement is None
            else self.tr("Ändra placerin&g …")
        )
        self.edit_button = QPushButton(text, content)
        self.edit_button.setToolTip(
            self.tr("Ramavtal, leverantör, datum, erbjuden lägenhet, utfall och barn")
        )
        self.edit_button.clicked.connect(self.edit_requested)
        layout.addWidget(button_row(self.edit_button))
        self.values = {}
        if placement is None:
            layout.addWidget(
                value_label(
                    self.tr(
                        "Ingen placering är registrerad. Registrera placeringen i skyddat boende "
                        "innan utslussningen påbörjas."
                    ),
                    content,
                )
            )
        else:
            layout.addWidget(self._placement_box(placement, data, content))
        self.set_content(content, layout)

    def _placement_box(self, placement: Placement, data: CaseData, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Placering i skyddat boende"), parent)
        form = form_layout(box)
        agreement = data.placement_agreement
        agreement_text = (
            self.tr("{0} ({1})").format(agreement.title, domain_text(period_text(agreement)))
            if agreement is not None
            else self.tr("–")
        )
        case = data.case
        provider = self.tr("Leverantör:")
        rows = [
            (self.tr("Ramavtal:"), agreement_text),
            (provider, placement.provider),
            (
                self.tr("Avropsgrund:"),
                self.tr("Leverantören kan ordna ett lägenhetskontrakt")
                if placement.provider_can_supply_lease
                else self.tr("Leverantören kan inte ordna ett lägenhetskontrakt"),
            ),
            (self.tr("Startdatum:"), placement.start_date.isoformat()),
            (self.tr("Planerat slut:"), self._planned_end(placement, data)),
            (
                self.tr("Faktiskt slut:"),
                placement.actual_end.isoformat() if placement.actual_end else self.tr("Pågår"),
            ),
            (
                self.tr("Lägenhet erbjuden:"),
                domain_text(flat_offer_text(placement.flat_offered_before_end)),
            ),
            (
                self.tr("Utfall:"),
                domain_text(case.outcome.label) if case.outcome else self.tr("Inte angivet än"),
            ),
            (self.tr("Medföljande barn:"), str(case.children_count)),
        ]
        for title, text in rows:
            shown: QLabel | MaskedField = (
                self._masked_provider(data.case_id, box)
                if title == provider and placement.provider_masked
                else value_label(text, box)
            )
            form.addRow(title, shown)
            self.values[title.rstrip(":")] = shown
        if placement.is_running and placement.planned_end < data.today:
            self.values[self.tr("Planerat slut")].setStyleSheet(ERROR_STYLE)
        return box

    def _masked_provider(self, case_id: int, parent: QWidget) -> MaskedField:
        """Someone in the case has a protected address: the provider tells where they live."""
        session = self.session
        self.provider_field = MaskedField(
            session,
            case_id,
            "provider",
            True,
            self.clipboard,
            parent,
            name=self.tr("leverantören"),
            reveal=lambda _field, reason: (
                placements.reveal_placement(session, case_id, reason).provider
            ),
        )
        return self.provider_field

    def mask_all(self) -> None:
        if self.provider_field is not None:
            self.provider_field.mask()

    def _planned_end(self, placement: Placement, data: CaseData) -> str:
        day = placement.planned_end.isoformat()
        if not placement.is_running:
            return day
        left = (placement.planned_end - data.today).days
        if left < 0:
            return self.tr("{0} (har passerat; registrera slutet eller ett nytt datum)").format(day)
        if left == 0:
            return self.tr("{0} (idag)").format(day)
        return self.tr("{0} (om {1} dagar)").format(day, left)
