"""The case view's Placering tab (shelter-exit cases): the placement in sheltered housing."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QWidget

from skyddsapp.domain.agreement import period_text
from skyddsapp.domain.placement import Placement, flat_offer_text
from skyddsapp.ui.case_data import CaseData, ScrollTab, button_row, value_label
from skyddsapp.ui.field_errors import ERROR_STYLE
from skyddsapp.ui.form_widgets import form_layout
from skyddsapp.ui.labels import domain_text


class CasePlacementTab(ScrollTab):
    edit_requested = Signal()

    def show_data(self, data: CaseData) -> None:
        content, layout = self.new_content()
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
        self.values: dict[str, QLabel] = {}
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
        rows = [
            (self.tr("Ramavtal:"), agreement_text),
            (self.tr("Leverantör:"), placement.provider),
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
            label = value_label(text, box)
            form.addRow(title, label)
            self.values[title.rstrip(":")] = label
        if placement.is_running and placement.planned_end < data.today:
            self.values[self.tr("Planerat slut")].setStyleSheet(ERROR_STYLE)
        return box

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
