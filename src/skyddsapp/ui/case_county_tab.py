"""The case view's Länskompotten tab (county-referral cases): the referrals and their answers."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QPushButton, QWidget

from skyddsapp.domain.county_referral import CountyReferral, latest_referral
from skyddsapp.ui.case_data import CaseData, ScrollTab, button_row, value_label
from skyddsapp.ui.form_widgets import form_layout
from skyddsapp.ui.labels import domain_text


class CaseCountyTab(ScrollTab):
    add_requested = Signal()
    edit_requested = Signal(int)
    """A referral's id: record its answer or correct it."""

    def show_data(self, data: CaseData) -> None:
        content, layout = self.new_content()
        referrals = data.county_referrals
        self.add_button = QPushButton(self.tr("Ny &förfrågan till kommun …"), content)
        self.add_button.setToolTip(
            self.tr("Förfrågan till en annan kommun i Uppsala län genom Länskompotten")
        )
        self.add_button.clicked.connect(self.add_requested)
        latest = latest_referral(referrals)
        if latest is not None and latest.is_pending:
            self.add_button.setEnabled(False)
            self.add_button.setToolTip(
                self.tr("Registrera först svaret på förfrågan till {0}.").format(
                    domain_text(latest.municipality.label)
                )
            )
        layout.addWidget(button_row(self.add_button))
        self.answer_buttons: dict[int, QPushButton] = {}
        if not referrals:
            layout.addWidget(
                value_label(
                    self.tr(
                        "Ingen förfrågan är registrerad. Registrera vilken kommun i länet "
                        "förfrågan skickades till."
                    ),
                    content,
                )
            )
        for number, referral in reversed(list(enumerate(referrals, start=1))):
            layout.addWidget(self._referral_box(number, referral, content))
        self.set_content(content, layout)

    def _referral_box(self, number: int, referral: CountyReferral, parent: QWidget) -> QGroupBox:
        box = QGroupBox(
            self.tr("Förfrågan {0}: {1}").format(number, domain_text(referral.municipality.label)),
            parent,
        )
        form = form_layout(box)
        rows = [
            (self.tr("Kommun:"), domain_text(referral.municipality.label)),
            (self.tr("Förfrågan skickad:"), referral.referred_on.isoformat()),
            (
                self.tr("Svar:"),
                domain_text(referral.result.label)
                if referral.result
                else self.tr("Väntar på svar"),
            ),
            (
                self.tr("Svarsdatum:"),
                referral.result_on.isoformat() if referral.result_on else self.tr("–"),
            ),
            (self.tr("Anteckningar:"), referral.notes or self.tr("–")),
        ]
        for title, text in rows:
            form.addRow(title, value_label(text, box))
        assert referral.id is not None
        text = self.tr("Registrera s&var …") if referral.is_pending else self.tr("Ändra …")
        button = QPushButton(text, box)
        button.clicked.connect(lambda _=False, rid=referral.id: self.edit_requested.emit(rid))
        self.answer_buttons[referral.id] = button
        form.addRow("", button_row(button))
        return box
