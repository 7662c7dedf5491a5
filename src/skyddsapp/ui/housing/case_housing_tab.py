"""The case view's Lägenhet och avtal tab: the flats and leases linked to the case, the housing
chain's trial period, and the client's transition or emergency flat."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QPushButton, QWidget

from skyddsapp.domain.agreement import Agreement, period_text
from skyddsapp.domain.apartment import Apartment
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.lease import Lease, LeaseStatus
from skyddsapp.domain.rules import takeover_warning_12_47
from skyddsapp.services import housing
from skyddsapp.services.context import Session
from skyddsapp.ui.cases.case_data import CaseData, ScrollTab, button_row, value_label, warning_label
from skyddsapp.ui.flats.case_flat_stay_box import CaseFlatStayBox, shows_flat_stays
from skyddsapp.ui.housing.old_flat_box import OldFlatBox
from skyddsapp.ui.housing.trial_period_box import TrialPeriodBox
from skyddsapp.ui.shell.clipboard import SecretClipboard
from skyddsapp.ui.widgets.form_widgets import form_layout
from skyddsapp.ui.widgets.labels import domain_text
from skyddsapp.ui.widgets.masked_field import MaskedField


class CaseHousingTab(ScrollTab):
    add_apartment_requested = Signal()
    edit_apartment_requested = Signal(int)
    add_lease_requested = Signal()
    edit_lease_requested = Signal(int)
    notice_requested = Signal(int)
    outcome_requested = Signal(int)
    """(apartment id): record the outcome of the client's old flat."""
    trial_length_requested = Signal()
    joint_assessment_requested = Signal()
    flat_stay_changed = Signal()
    """A move into, a plan for or a move out of a transition or emergency flat was saved."""

    def __init__(
        self, session: Session, clipboard: SecretClipboard, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.clipboard = clipboard
        self.masked_fields: list[MaskedField] = []
        self.address_hidden = False

    def show_data(self, data: CaseData) -> None:
        content, layout = self.new_content()
        self.masked_fields = []
        self.address_hidden = data.flat_address_hidden
        self.add_apartment_button = QPushButton(self.tr("Lägg till &lägenhet …"), content)
        self.add_apartment_button.clicked.connect(self.add_apartment_requested)
        self.add_lease_button = QPushButton(self.tr("Lägg till &hyresavtal …"), content)
        self.add_lease_button.clicked.connect(self.add_lease_requested)
        if not data.apartments:
            self.add_lease_button.setEnabled(False)
            self.add_lease_button.setToolTip(self.tr("Lägg först till en lägenhet."))
        layout.addWidget(button_row(self.add_apartment_button, self.add_lease_button))
        self.trial_box: TrialPeriodBox | None = None
        if data.case.kind is CaseKind.HOUSING_CHAIN:
            self.trial_box = TrialPeriodBox(data, content)
            self.trial_box.length_requested.connect(self.trial_length_requested)
            self.trial_box.assessment_requested.connect(self.joint_assessment_requested)
            layout.addWidget(self.trial_box)
        self.notice_buttons: dict[int, QPushButton] = {}
        if not data.apartments and not data.leases:
            layout.addWidget(
                value_label(self.tr("Ingen lägenhet eller hyresavtal är kopplat."), content)
            )
        self.flat_stay_box: CaseFlatStayBox | None = None
        if shows_flat_stays(data):
            self.flat_stay_box = CaseFlatStayBox(
                self.session, data, self.flat_stay_changed.emit, content
            )
            layout.addWidget(self.flat_stay_box)
        self.old_flat_boxes: dict[int, OldFlatBox] = {}
        for flat in data.old_flats.flats:
            box = OldFlatBox(flat, data.old_flats.open_items, content)
            box.outcome_requested.connect(self.outcome_requested)
            assert flat.apartment.id is not None
            self.old_flat_boxes[flat.apartment.id] = box
            layout.addWidget(box)
        for apartment in data.apartments.values():
            layout.addWidget(self._apartment_box(apartment, data, content))
        for lease in data.leases.values():
            layout.addWidget(self._lease_box(lease, data, content))
        self.set_content(content, layout)

    def _masked_address(self, apartment: Apartment, parent: QWidget) -> MaskedField:
        """Someone in the case has a protected address: the flat may be where they live."""
        assert apartment.id is not None
        apartment_id = apartment.id
        widget = MaskedField(
            self.session,
            apartment_id,
            "address",
            True,
            self.clipboard,
            parent,
            name=self.tr("lägenhetens adress"),
            reveal=lambda _field, reason: housing.reveal_apartment_address(
                self.session, apartment_id, reason
            ),
        )
        self.masked_fields.append(widget)
        return widget

    def mask_all(self) -> None:
        for widget in self.masked_fields:
            widget.mask()

    def _apartment_box(self, apartment: Apartment, data: CaseData, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Lägenhet {0}").format(apartment.object_number), parent)
        form = form_layout(box)
        if self.address_hidden:
            form.addRow(self.tr("Adress:"), self._masked_address(apartment, box))
        else:
            form.addRow(self.tr("Adress:"), value_label("\n".join(apartment.address.lines()), box))
        rows = [
            (self.tr("Objektnummer:"), apartment.object_number),
            (self.tr("Hyresvärd:"), apartment.landlord),
            (self.tr("Antal rum:"), str(apartment.rooms)),
            (
                self.tr("Boarea:"),
                self.tr("{0} m²").format(str(apartment.area_m2).replace(".", ",")),
            ),
            (
                self.tr("Månadshyra:"),
                self.tr("{0} kr").format(f"{apartment.monthly_rent_sek:,}".replace(",", " ")),
            ),
            (self.tr("Låssystem:"), apartment.key_system or self.tr("–")),
            (self.tr("Nyckelserie:"), apartment.key_series or self.tr("–")),
        ]
        for title, text in rows:
            form.addRow(title, value_label(text, box))
        embargo = apartment.embargo_until
        if embargo is None:
            embargo_text = self.tr("Inget visningsstopp")
        elif apartment.may_be_advertised(data.today):
            embargo_text = self.tr("{0} (har passerat)").format(embargo.isoformat())
        else:
            embargo_text = self.tr("{0} – får inte annonseras eller visas ännu").format(
                embargo.isoformat()
            )
        form.addRow(
            self.tr("Får inte annonseras eller visas före:"), value_label(embargo_text, box)
        )
        edit = QPushButton(self.tr("Redigera lägenhet …"), box)
        assert apartment.id is not None
        edit.clicked.connect(
            lambda _=False, aid=apartment.id: self.edit_apartment_requested.emit(aid)
        )
        form.addRow("", button_row(edit))
        return box

    def _lease_box(self, lease: Lease, data: CaseData, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Hyresavtal {0}").format(lease.contract_number), parent)
        form = form_layout(box)
        apartment = data.apartments.get(lease.apartment_id)
        tenants = [data.persons[t].full_name for t in lease.tenant_ids if t in data.persons]
        rows = [
            (self.tr("Kontraktsnummer:"), lease.contract_number),
            (self.tr("Typ:"), domain_text(lease.kind.label)),
            (self.tr("Status:"), domain_text(lease.status.label)),
            (self.tr("Lägenhet:"), apartment.object_number if apartment else self.tr("–")),
            (self.tr("Hyresgäster:"), ", ".join(tenants) or self.tr("–")),
            (self.tr("Startdatum:"), lease.start_date.isoformat()),
            (
                self.tr("Uppsägningsdatum:"),
                lease.notice_date.isoformat() if lease.notice_date else self.tr("–"),
            ),
            (self.tr("Slutdatum:"), self._end_text(lease, data)),
        ]
        if lease.id in data.lease_agreements:
            rows.append((self.tr("Avtal:"), self._agreement_text(data.lease_agreements[lease.id])))
        for title, text in rows:
            form.addRow(title, value_label(text, box))
        warning = takeover_warning_12_47(lease, data.case.parties)
        if warning:
            form.addRow(warning_label(domain_text(warning), box))
        assert lease.id is not None
        edit = QPushButton(self.tr("Redigera avtal …"), box)
        edit.clicked.connect(lambda _=False, lid=lease.id: self.edit_lease_requested.emit(lid))
        notice = QPushButton(self.tr("Registrera &uppsägning …"), box)
        notice.setEnabled(lease.status is LeaseStatus.ACTIVE)
        if lease.status is not LeaseStatus.ACTIVE:
            notice.setToolTip(self.tr("Avtalet är redan uppsagt eller har upphört."))
        notice.clicked.connect(lambda _=False, lid=lease.id: self.notice_requested.emit(lid))
        self.notice_buttons[lease.id] = notice
        form.addRow("", button_row(edit, notice))
        return box

    def _agreement_text(self, agreement: Agreement | None) -> str:
        """The Kvinnojour agreement in force on the lease's start date."""
        if agreement is None:
            return self.tr("Inget avtal med Uppsala Kvinnojour gällde på startdatumet")
        return self.tr("{0} ({1})").format(agreement.title, domain_text(period_text(agreement)))

    def _end_text(self, lease: Lease, data: CaseData) -> str:
        trial = data.trial
        if trial is not None and trial.lease_id == lease.id and trial.social_contract_ended_on:
            return self.tr("{0} (dagen före förstahandskontraktet, vid övertagandet)").format(
                trial.social_contract_ended_on.isoformat()
            )
        end = lease.end_date
        if end is None:
            return self.tr("– (ingen uppsägning registrerad)")
        return self.tr("{0} (beräknat enligt 12 kap. 4 § jordabalken)").format(end.isoformat())
