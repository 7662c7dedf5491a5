"""Record a decision on a case: kind, date, text, who decided, granted or refused, validity; a
tenant approval with its credit check, housing reference and exception."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from skyddsapp.domain.case import Decision, DecisionKind
from skyddsapp.services import cases, tenant_approvals
from skyddsapp.services.context import Session
from skyddsapp.ui.housing.tenant_approval_fields import TenantApprovalFields
from skyddsapp.ui.paperwork.form_dialog import FormDialog
from skyddsapp.ui.widgets.form_widgets import OptionalDateEdit, add_row, date_edit, from_qdate
from skyddsapp.ui.widgets.labels import domain_text


class DecisionDialog(FormDialog):
    """``cases.add_decision``; the decision also goes into the case's timeline."""

    def __init__(
        self,
        session: Session,
        case_id: int,
        parent: QWidget | None = None,
        *,
        kind: DecisionKind | None = None,
    ) -> None:
        super().__init__(session, "", parent)
        self.setWindowTitle(self.tr("Nytt beslut"))
        self.case_id = case_id
        today = session.today()
        self.kind = QComboBox(self.content)
        for decision_kind in DecisionKind:
            self.kind.addItem(domain_text(decision_kind.label), decision_kind)
        if kind is not None:
            self.kind.setCurrentIndex(self.kind.findData(kind))
        self.kind.setAccessibleName(self.tr("Beslutstyp"))
        add_row(
            self.form,
            self.tr("&Beslutstyp:"),
            self.errors.wrap("kind", self.kind, self.content),
            self.kind,
        )
        outcome = QWidget(self.content)
        row = QHBoxLayout(outcome)
        row.setContentsMargins(0, 0, 0, 0)
        self.granted = QRadioButton(self.tr("&Bifall"), outcome)
        self.refused = QRadioButton(self.tr("&Avslag"), outcome)
        self.neither = QRadioButton(self.tr("Inget &ja/nej"), outcome)
        self.outcome_group = QButtonGroup(self)
        for button in (self.granted, self.refused, self.neither):
            self.outcome_group.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        self.granted.setChecked(True)
        self.granted.setAccessibleName(self.tr("Bifall"))
        self.refused.setAccessibleName(self.tr("Avslag"))
        self.neither.setAccessibleName(self.tr("Beslut utan ja eller nej"))
        self.form.addRow(self.tr("Utfall:"), self.errors.wrap("granted", outcome, self.content))
        self.date = date_edit(today, self.tr("Beslutsdatum"), self.content)
        add_row(
            self.form,
            self.tr("Beslutsda&tum:"),
            self.errors.wrap("date", self.date, self.content),
            self.date,
        )
        self.text = QPlainTextEdit(self.content)
        self.text.setAccessibleName(self.tr("Beslutets innehåll"))
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.fontMetrics().lineSpacing() * 6)
        add_row(
            self.form,
            self.tr("&Beslut:"),
            self.errors.wrap("text", self.text, self.content),
            self.text,
        )
        self.decided_by = QLineEdit(session.vault.user.display_name, self.content)
        self.decided_by.setAccessibleName(self.tr("Beslutsfattare"))
        add_row(
            self.form,
            self.tr("Beslutat a&v:"),
            self.errors.wrap("decided_by", self.decided_by, self.content),
            self.decided_by,
        )
        self.valid_until = OptionalDateEdit(
            self.tr("Gäller till och med"),
            self.tr("Beslutet gäller till och med"),
            today,
            self.content,
        )
        self.form.addRow(
            self.tr("Giltighet:"), self.errors.wrap("valid_until", self.valid_until, self.content)
        )
        self.approval_fields = TenantApprovalFields(self.form, self.errors, self.content)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.kind.setFocus()

    @property
    def is_tenant_approval(self) -> bool:
        return self.kind.currentData() is DecisionKind.TENANT_APPROVAL

    def _kind_changed(self) -> None:
        """A tenant approval asks for its answers, and is always a yes or a no."""
        approval = self.is_tenant_approval
        self.approval_fields.set_visible(approval)
        self.neither.setEnabled(not approval)
        if approval and self.neither.isChecked():
            self.granted.setChecked(True)

    def _granted(self) -> bool | None:
        if self.granted.isChecked():
            return True
        if self.refused.isChecked():
            return False
        return None

    def save(self) -> None:
        decision = Decision(
            date=from_qdate(self.date.date()),
            kind=self.kind.currentData(),
            text=self.text.toPlainText().strip(),
            decided_by=self.decided_by.text().strip(),
            granted=self._granted(),
            valid_until=self.valid_until.value(),
        )
        if self.is_tenant_approval:
            approval = self.approval_fields.approval(decision)
            tenant_approvals.record_tenant_approval(self.session, self.case_id, approval)
        else:
            cases.add_decision(self.session, self.case_id, decision)
