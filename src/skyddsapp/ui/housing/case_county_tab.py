"""The case view's Länskompotten tab (county-referral cases): the referrals and their answers.

Where the case hides where its client lives, each municipality comes masked from the services
and is shown only through `county_referrals.reveal_referral`, with a reason that is logged."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QWidget

from skyddsapp.domain.county_referral import CountyReferral, latest_referral
from skyddsapp.services import county_referrals
from skyddsapp.services.context import Session
from skyddsapp.ui.cases.case_data import CaseData, ScrollTab, button_row, value_label
from skyddsapp.ui.shell.clipboard import SecretClipboard
from skyddsapp.ui.widgets.form_widgets import form_layout
from skyddsapp.ui.widgets.labels import domain_text
from skyddsapp.ui.widgets.masked_field import MaskedField


class CaseCountyTab(ScrollTab):
    add_requested = Signal()
    edit_requested = Signal(int)
    """A referral's id: record its answer or correct it."""

    def __init__(
        self, session: Session, clipboard: SecretClipboard, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.clipboard = clipboard
        self.masked_fields: dict[int, MaskedField] = {}
        """Each masked municipality, by referral id."""

    def show_data(self, data: CaseData) -> None:
        content, layout = self.new_content()
        self.masked_fields = {}
        referrals = data.county_referrals
        self.add_button = QPushButton(self.tr("Ny &förfrågan till kommun …"), content)
        self.add_button.setToolTip(
            self.tr("Förfrågan till en annan kommun i Uppsala län genom Länskompotten")
        )
        self.add_button.clicked.connect(self.add_requested)
        latest = latest_referral(referrals)
        if latest is not None and latest.is_pending:
            self.add_button.setEnabled(False)
            self.add_button.setToolTip(self._wait_for_answer(latest))
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
            layout.addWidget(self._referral_box(number, referral, data.case_id, content))
        self.set_content(content, layout)

    def _wait_for_answer(self, latest: CountyReferral) -> str:
        if latest.municipality is None:
            return self.tr("Registrera först svaret på förfrågan som skickades {0}.").format(
                latest.referred_on.isoformat()
            )
        return self.tr("Registrera först svaret på förfrågan till {0}.").format(
            domain_text(latest.municipality.label)
        )

    def _referral_box(
        self, number: int, referral: CountyReferral, case_id: int, parent: QWidget
    ) -> QGroupBox:
        municipality = referral.municipality
        title = (
            self.tr("Förfrågan {0}").format(number)
            if municipality is None
            else self.tr("Förfrågan {0}: {1}").format(number, domain_text(municipality.label))
        )
        box = QGroupBox(title, parent)
        form = form_layout(box)
        assert referral.id is not None
        shown: QLabel | MaskedField = (
            self._masked_municipality(case_id, referral.id, box)
            if municipality is None
            else value_label(domain_text(municipality.label), box)
        )
        form.addRow(self.tr("Kommun:"), shown)
        rows = [
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
        for title_text, text in rows:
            form.addRow(title_text, value_label(text, box))
        text = self.tr("Registrera s&var …") if referral.is_pending else self.tr("Ändra …")
        button = QPushButton(text, box)
        button.clicked.connect(lambda _=False, rid=referral.id: self.edit_requested.emit(rid))
        self.answer_buttons[referral.id] = button
        form.addRow("", button_row(button))
        return box

    def _masked_municipality(self, case_id: int, referral_id: int, parent: QWidget) -> MaskedField:
        """Someone in the case has a protected address: the municipality tells where they may
        live."""
        session = self.session

        def reveal(_field: object, reason: str) -> str:
            found = county_referrals.reveal_referral(session, case_id, referral_id, reason)
            return domain_text(found.municipality.label) if found.municipality else ""

        widget = MaskedField(
            session,
            case_id,
            "municipality",
            True,
            self.clipboard,
            parent,
            name=self.tr("kommunen"),
            reveal=reveal,
        )
        self.masked_fields[referral_id] = widget
        return widget

    def mask_all(self) -> None:
        for widget in self.masked_fields.values():
            widget.mask()
