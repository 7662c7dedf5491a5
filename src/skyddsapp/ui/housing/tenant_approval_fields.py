"""The answers a tenant approval rests on, as rows of the decision dialog's form."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QPlainTextEdit, QWidget

from skyddsapp.domain.case import Decision
from skyddsapp.domain.tenant_approval import (
    EXCEPTION_LABEL,
    CreditCheck,
    HousingReference,
    TenantApproval,
)
from skyddsapp.ui.widgets.field_errors import FieldErrors
from skyddsapp.ui.widgets.form_widgets import add_row
from skyddsapp.ui.widgets.labels import domain_text
from skyddsapp.ui.widgets.plain_text import PlainLabel


class TenantApprovalFields(QObject):
    """Kreditupplysning, boendereferens and the exception for rent debt or disturbances caused
    by the violence, with its reason, added to ``form``. Both checks start as not done: nothing
    is approved on a default."""

    def __init__(self, form: QFormLayout, errors: FieldErrors, parent: QWidget) -> None:
        super().__init__(parent)
        self.form = form
        self.credit_check = QComboBox(parent)
        for credit in CreditCheck:
            self.credit_check.addItem(domain_text(credit.label), credit)
        self.credit_check.setCurrentIndex(self.credit_check.findData(CreditCheck.NOT_DONE))
        self.credit_check.setAccessibleName(self.tr("Kreditupplysning"))
        self.rows: list[QWidget] = [
            errors.wrap("credit_check", self.credit_check, parent),
        ]
        add_row(form, self.tr("&Kreditupplysning:"), self.rows[-1], self.credit_check)
        self.housing_reference = QComboBox(parent)
        for reference in HousingReference:
            self.housing_reference.addItem(domain_text(reference.label), reference)
        self.housing_reference.setCurrentIndex(
            self.housing_reference.findData(HousingReference.MISSING)
        )
        self.housing_reference.setAccessibleName(self.tr("Boendereferens"))
        self.rows.append(errors.wrap("housing_reference", self.housing_reference, parent))
        add_row(form, self.tr("Boende&referens:"), self.rows[-1], self.housing_reference)
        exception = domain_text(EXCEPTION_LABEL)
        self.exception = QCheckBox(self.tr("&Undantag: {0}").format(exception.lower()), parent)
        self.exception.setAccessibleName(self.tr("Undantag: {0}").format(exception))
        self.rows.append(errors.wrap("exception", self.exception, parent))
        form.addRow("", self.rows[-1])
        hint = PlainLabel(
            self.tr(
                "Undantaget används när en våldsutsatt godkänns trots hyresskuld, "
                "betalningsanmärkningar eller störningar som har orsakats av våldet. Skälet "
                "skrivs ut på beslutet."
            ),
            parent,
        )
        hint.setWordWrap(True)
        self.rows.append(hint)
        form.addRow("", hint)
        self.exception_reason = QPlainTextEdit(parent)
        self.exception_reason.setAccessibleName(self.tr("Skäl till undantaget"))
        self.exception_reason.setTabChangesFocus(True)
        self.exception_reason.setFixedHeight(parent.fontMetrics().lineSpacing() * 4)
        self.exception_reason.setEnabled(False)
        self.exception.toggled.connect(self.exception_reason.setEnabled)
        self.rows.append(errors.wrap("exception_reason", self.exception_reason, parent))
        add_row(form, self.tr("Skä&l till undantaget:"), self.rows[-1], self.exception_reason)

    def set_visible(self, visible: bool) -> None:
        for row in self.rows:
            self.form.setRowVisible(row, visible)

    def approval(self, decision: Decision) -> TenantApproval:
        """``decision`` with the answers given (the reason only when the exception is used)."""
        used = self.exception.isChecked()
        return TenantApproval(
            decision,
            self.credit_check.currentData(),
            self.housing_reference.currentData(),
            exception_used=used,
            exception_reason=self.exception_reason.toPlainText() if used else "",
        )
