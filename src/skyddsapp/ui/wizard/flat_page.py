"""The new-case wizard's flat page: the current flat and lease, or the flat to let."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from skyddsapp.domain.apartment import Apartment
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.errors import FieldError, RuleViolation, ValidationError
from skyddsapp.domain.lease import Lease
from skyddsapp.domain.new_case import FLAT_TO_LET, default_lease_kind
from skyddsapp.services.context import Session
from skyddsapp.ui.housing.apartment_dialog import ApartmentForm
from skyddsapp.ui.housing.lease_dialog import LeaseForm
from skyddsapp.ui.widgets.labels import error_text
from skyddsapp.ui.widgets.plain_text import PlainLabel
from skyddsapp.ui.wizard.form_page import WizardFormPage


class FlatPage(WizardFormPage):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        today = session.today()
        self.apartment: Apartment | None = None
        self.lease: Lease | None = None
        self._defaults_for: CaseKind | None = None
        self.apartment_check = QCheckBox(self.tr("Registrera &lägenheten"), self.body)
        self.apartment_form = ApartmentForm(self.errors, today, self.body)
        self.lease_check = QCheckBox(self.tr("Registrera &hyresavtalet"), self.body)
        self.lease_form = LeaseForm(self.errors, today, [], [], self.body)
        self.override_label = PlainLabel(self.tr("Skäl till &undantag från kvoten:"), self.body)
        self.override_reason = QLineEdit(self.body)
        self.override_reason.setAccessibleName(self.tr("Skäl till undantag från kvoten"))
        self.override_label.setBuddy(self.override_reason)
        for widget in (
            self.apartment_check,
            self.apartment_form,
            self.lease_check,
            self.lease_form,
            self.override_label,
            self.errors.wrap("override_reason", self.override_reason, self.body),
        ):
            self.body_layout.addWidget(widget)
        self.body_layout.addStretch(1)
        self.apartment_check.toggled.connect(self.apartment_form.setVisible)
        self.lease_check.toggled.connect(self.lease_form.setVisible)
        self.apartment_form.hide()
        self.lease_form.hide()
        self.show_override(False)

    def show_override(self, shown: bool) -> None:
        self.override_label.setVisible(shown)
        wrapper = self.override_reason.parentWidget()  # the field with its error line
        assert wrapper is not None
        wrapper.setVisible(shown)

    def initializePage(self) -> None:
        wizard = self.case_wizard()
        kind = wizard.kind()
        if kind in FLAT_TO_LET:
            self.setTitle(self.tr("Lägenheten som hyrs ut"))
            self.setSubTitle(self.tr("Valfritt nu; kan läggas till i ärendet senare."))
        else:
            self.setTitle(self.tr("Nuvarande lägenhet och hyresavtal"))
            self.setSubTitle(self.tr("Valfritt nu; kan läggas till i ärendet senare."))
        self.lease_form.set_tenants(wizard.tenant_choices())
        if self._defaults_for is not kind:
            self._defaults_for = kind
            self.lease_form.set_kind(default_lease_kind(kind))
            self.lease_form.check_tenants([wizard.CLIENT_KEY])
            wanted = kind in FLAT_TO_LET
            self.apartment_check.setChecked(wanted)
            self.apartment_form.setVisible(wanted)

    def validatePage(self) -> bool:
        self.errors.clear()
        self.apartment = None
        self.lease = None
        problems: list[FieldError] = []
        if self.apartment_check.isChecked():
            try:
                self.apartment = self.apartment_form.build()
            except ValidationError as error:
                problems += error.errors
        if self.lease_check.isChecked():
            if not self.apartment_check.isChecked():
                problems.append(
                    FieldError(
                        "lease",
                        self.tr("Ett hyresavtal behöver en lägenhet: registrera lägenheten också."),
                    )
                )
            try:
                self.lease = self.lease_form.build(apartment_id=0)
            except ValidationError as error:
                problems += error.errors
        if problems:
            self.errors.show(problems)
            return False
        return True

    def quota_refused(self, error: RuleViolation) -> None:
        """The Kvinnojour quota is used up: explain, and ask for the reason for an exception."""
        self.show_override(True)
        self.errors.show_general([error_text(error)])
        self.override_reason.setFocus()

    def override(self) -> str | None:
        return self.override_reason.text().strip() or None
