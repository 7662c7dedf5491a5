"""The new-case wizard's first page: which kind of case, each with a one-line description."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QRadioButton, QWidget

from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.services.context import Session
from skyddsapp.ui.widgets.labels import domain_text
from skyddsapp.ui.widgets.plain_text import PlainLabel
from skyddsapp.ui.wizard.form_page import WizardFormPage


class KindPage(WizardFormPage):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setTitle(self.tr("Vilket slags ärende?"))
        self.setSubTitle(self.tr("Sidorna som följer anpassas efter ärendetypen."))
        self.group = QButtonGroup(self)
        self.buttons: dict[CaseKind, QRadioButton] = {}
        descriptions = self.descriptions()
        for index, kind in enumerate(CaseKind):
            button = QRadioButton(domain_text(kind.label), self.body)
            button.setAccessibleName(domain_text(kind.label))
            button.setAccessibleDescription(descriptions[kind])
            description = PlainLabel(descriptions[kind], self.body)
            description.setWordWrap(True)
            description.setIndent(button.iconSize().width() + 12)
            self.group.addButton(button, index)
            self.buttons[kind] = button
            self.body_layout.addWidget(button)
            self.body_layout.addWidget(description)
            self.body_layout.addSpacing(4)
        self.body_layout.addStretch(1)
        self.buttons[CaseKind.CUSTOMER_CARE].setChecked(True)

    def descriptions(self) -> dict[CaseKind, str]:
        return {
            CaseKind.CUSTOMER_CARE: self.tr(
                "Nexus begär att en hyresgäst hos Uppsalahem som utsätts för våld får flytta "
                "till en likvärdig bostad; Kundvårdsgruppen beviljar eller avslår."
            ),
            CaseKind.KVINNOJOUR_SUBLET: self.tr(
                "Uppsalahem hyr ut en lägenhet i andra hand till Uppsala Kvinnojour "
                "(upp till två lägenheter per år)."
            ),
            CaseKind.HOUSING_CHAIN: self.tr(
                "En klient som lämnar skyddat boende eller en utslussningslägenhet får ett "
                "bostadssocialt kontrakt och kan senare ta över förstahandskontraktet."
            ),
            CaseKind.SHELTER_EXIT: self.tr(
                "En placering i skyddat boende avslutas; vart klienten flyttar och medföljande "
                "barn registreras."
            ),
            CaseKind.LEASE_TAKEOVER: self.tr(
                "En medhyresgäst, make, maka eller sambo som utsatts för våld tar över "
                "hyresavtalet (12 kap. 47 § jordabalken)."
            ),
            CaseKind.PRIORITY: self.tr(
                "Förtur i bostadskön efter en individuell behovsbedömning mot öppna kriterier."
            ),
            CaseKind.PERPETRATOR_MOVE: self.tr(
                "Våldsutövaren flyttar så att den våldsutsatta kan bo kvar – bara vid låg risk "
                "och om våldsutövaren inte söker upp den våldsutsatta."
            ),
            CaseKind.COUNTY_REFERRAL: self.tr(
                "Klienten behöver en lägenhet i en annan kommun i Uppsala län; förfrågan går "
                "genom samverkansavtalet Länskompotten."
            ),
            CaseKind.HOUSING_FIRST: self.tr(
                "Insatsen är beviljad och klienten väntar på en egen lägenhet; väntetiden räknas "
                "från beslutet, och byten med andra kommuner kan registreras."
            ),
        }

    def kind(self) -> CaseKind:
        for kind, button in self.buttons.items():
            if button.isChecked():
                return kind
        return CaseKind.CUSTOMER_CARE

    def set_kind(self, kind: CaseKind) -> None:
        self.buttons[kind].setChecked(True)
