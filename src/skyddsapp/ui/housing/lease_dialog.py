"""Register or edit a lease on a case; the Kvinnojour quota asks for a reason to go beyond it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from skyddsapp.domain.apartment import Apartment
from skyddsapp.domain.errors import RuleViolation
from skyddsapp.domain.lease import Lease, LeaseKind, LeaseStatus
from skyddsapp.domain.notice import notice_end_date
from skyddsapp.domain.rules import hides_flat_address
from skyddsapp.services import cases, housing, persons
from skyddsapp.services.context import Session
from skyddsapp.ui.paperwork.form_dialog import FormDialog
from skyddsapp.ui.widgets.field_errors import FieldErrors
from skyddsapp.ui.widgets.form_widgets import (
    OptionalDateEdit,
    add_row,
    date_edit,
    from_qdate,
    to_qdate,
)
from skyddsapp.ui.widgets.labels import domain_text, error_text
from skyddsapp.ui.widgets.plain_text import PlainLabel


class LeaseForm(QWidget):
    """The lease's fields. Tenants are offered as (id, label); ids may be stand-ins (the wizard
    numbers persons that are not stored yet)."""

    def __init__(
        self,
        errors: FieldErrors,
        today: dt.date,
        apartments: Sequence[tuple[int, str]],
        tenants: Sequence[tuple[int, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._id: int | None = None
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.contract_number = QLineEdit(self)
        self.contract_number.setAccessibleName(self.tr("Kontraktsnummer"))
        add_row(
            form,
            self.tr("&Kontraktsnummer:"),
            errors.wrap("contract_number", self.contract_number, self),
            self.contract_number,
        )
        self.apartment = QComboBox(self)
        self.apartment.setAccessibleName(self.tr("Lägenhet"))
        for apartment_id, text in apartments:
            self.apartment.addItem(text, apartment_id)
        if apartments:
            add_row(form, self.tr("&Lägenhet:"), errors.wrap("apartment_id", self.apartment, self))
        else:
            self.apartment.hide()
        self.tenant_box = QWidget(self)
        self._tenant_layout = QVBoxLayout(self.tenant_box)
        self._tenant_layout.setContentsMargins(0, 0, 0, 0)
        self.tenant_checks: dict[int, QCheckBox] = {}
        self.set_tenants(tenants)
        form.addRow(self.tr("Hyresgäster:"), errors.wrap("tenant_ids", self.tenant_box, self))
        self.kind = QComboBox(self)
        for kind in LeaseKind:
            self.kind.addItem(domain_text(kind.label), kind)
        self.kind.setAccessibleName(self.tr("Kontraktstyp"))
        add_row(form, self.tr("Kontrakts&typ:"), errors.wrap("kind", self.kind, self), self.kind)
        self.start_date = date_edit(today, self.tr("Startdatum"), self)
        add_row(
            form,
            self.tr("&Startdatum:"),
            errors.wrap("start_date", self.start_date, self),
            self.start_date,
        )
        self.status = QComboBox(self)
        for status in LeaseStatus:
            self.status.addItem(domain_text(status.label), status)
        self.status.setAccessibleName(self.tr("Avtalsstatus"))
        add_row(form, self.tr("Stat&us:"), errors.wrap("status", self.status, self), self.status)
        self.notice_date = OptionalDateEdit(
            self.tr("Uppsagt den"), self.tr("Uppsägningsdatum"), today, self
        )
        form.addRow(self.tr("Uppsägning:"), errors.wrap("notice_date", self.notice_date, self))
        self.end_date = PlainLabel(parent=self)
        form.addRow(self.tr("Avtalet upphör:"), self.end_date)
        self.notice_date.check.toggled.connect(self._show_end_date)
        self.notice_date.edit.dateChanged.connect(self._show_end_date)
        self._show_end_date()

    def set_tenants(self, tenants: Sequence[tuple[int, str]]) -> None:
        """Offer these persons as tenants; those offered before keep their tick."""
        checked = {pid for pid, check in self.tenant_checks.items() if check.isChecked()}
        while self._tenant_layout.count():
            item = self._tenant_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.tenant_checks = {}
        for person_id, text in tenants:
            check = QCheckBox(text, self.tenant_box)
            check.setAccessibleName(self.tr("Hyresgäst: {0}").format(text))
            check.setChecked(person_id in checked)
            self._tenant_layout.addWidget(check)
            self.tenant_checks[person_id] = check
        if not tenants:
            self._tenant_layout.addWidget(
                PlainLabel(self.tr("Ärendet har inga personer ännu."), self.tenant_box)
            )

    def set_kind(self, kind: LeaseKind) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind))

    def check_tenants(self, person_ids: Sequence[int]) -> None:
        for person_id, check in self.tenant_checks.items():
            check.setChecked(person_id in person_ids)

    def load(self, lease: Lease) -> None:
        self._id = lease.id
        self.contract_number.setText(lease.contract_number)
        self.apartment.setCurrentIndex(self.apartment.findData(lease.apartment_id))
        self.check_tenants(lease.tenant_ids)
        self.set_kind(lease.kind)
        self.start_date.setDate(to_qdate(lease.start_date))
        self.status.setCurrentIndex(self.status.findData(lease.status))
        self.notice_date.set_value(lease.notice_date)

    def _show_end_date(self) -> None:
        notice = self.notice_date.value()
        if notice is None:
            self.end_date.setText(self.tr("– (ingen uppsägning registrerad)"))
        else:
            self.end_date.setText(
                self.tr("{0} (12 kap. 4 § jordabalken)").format(notice_end_date(notice).isoformat())
            )

    def build(self, apartment_id: int | None = None) -> Lease:
        """The lease as entered; raises ValidationError (the domain's checks)."""
        chosen = apartment_id if apartment_id is not None else self.apartment.currentData()
        lease = Lease(
            id=self._id,
            contract_number=" ".join(self.contract_number.text().split()),
            apartment_id=int(chosen) if chosen is not None else 0,
            tenant_ids=tuple(pid for pid, check in self.tenant_checks.items() if check.isChecked()),
            kind=self.kind.currentData(),
            start_date=from_qdate(self.start_date.date()),
            notice_date=self.notice_date.value(),
            status=self.status.currentData(),
        )
        lease.validate()
        return lease


def apartment_choices(
    apartments: Sequence[Apartment], *, hide_street: bool = False
) -> list[tuple[int, str]]:
    """Combo items for the flats; by object number alone where the case hides the street."""
    return [
        (a.id, a.object_number if hide_street else f"{a.object_number} – {a.address.street}")
        for a in apartments
        if a.id is not None
    ]


class LeaseDialog(FormDialog):
    """New lease on ``case_id`` (linked to the case) or edit ``lease_id``."""

    def __init__(
        self,
        session: Session,
        case_id: int,
        lease_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, "", parent)
        self.setWindowTitle(
            self.tr("Redigera hyresavtal") if lease_id is not None else self.tr("Nytt hyresavtal")
        )
        self.case_id = case_id
        self.lease: Lease | None = None
        case = cases.get_case(session, case_id)
        flats = [housing.get_apartment(session, a) for a in case.apartment_ids]
        tenants: list[tuple[int, str]] = []
        people = [persons.get_person(session, party.person_id) for party in case.parties]
        for party, person in zip(case.parties, people, strict=True):
            label = f"{person.full_name} ({domain_text(party.role.label)})"
            if party.person_id not in [t[0] for t in tenants]:
                tenants.append((party.person_id, label))
        self.lease_form = LeaseForm(
            self.errors,
            session.today(),
            apartment_choices(flats, hide_street=hides_flat_address(people)),
            tenants,
            self.content,
        )
        self.form.addRow(self.lease_form)
        self.override_reason = QLineEdit(self.content)
        self.override_reason.setAccessibleName(self.tr("Skäl till undantag från kvoten"))
        self.override_label = add_row(
            self.form,
            self.tr("Skäl till &undantag:"),
            self.errors.wrap("override_reason", self.override_reason, self.content),
            self.override_reason,
        )
        self._show_override(False)
        if lease_id is not None:
            self.lease_form.load(housing.get_lease(session, lease_id))
        self.lease_form.contract_number.setFocus()

    def _show_override(self, shown: bool) -> None:
        wrapper = self.override_reason.parentWidget()  # the field with its error line
        assert wrapper is not None
        wrapper.setVisible(shown)
        self.override_label.setVisible(shown)

    def rule_violated(self, error: RuleViolation) -> None:
        # The quota is a rule, not an error in a field: explain it and ask for the reason.
        self._show_override(True)
        self.errors.show([])
        self.errors.show_general([error_text(error)])
        self.override_reason.setFocus()

    def save(self) -> None:
        lease = self.lease_form.build()
        reason = self.override_reason.text().strip() or None
        if lease.id is not None:
            self.lease = housing.update_lease(self.session, lease, override_reason=reason)
            return
        self.lease = cases.add_new_lease(self.session, self.case_id, lease, override_reason=reason)
