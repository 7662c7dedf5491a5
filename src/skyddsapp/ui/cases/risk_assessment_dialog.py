"""Record a threat and risk assessment (hot- och riskbedömning) on a case."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from skyddsapp.domain.risk import RiskAssessment, RiskLevel
from skyddsapp.services import cases
from skyddsapp.services.context import Session
from skyddsapp.ui.paperwork.form_dialog import FormDialog
from skyddsapp.ui.widgets.form_widgets import add_row, date_edit, from_qdate
from skyddsapp.ui.widgets.labels import domain_text

# A proposal only: the assessor sets the follow-up date the assessment calls for.
DEFAULT_REVIEW_DAYS = 90


class RiskAssessmentDialog(FormDialog):
    """``cases.add_risk_assessment``; the domain checks the assessor and the review date."""

    def __init__(self, session: Session, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(session, "", parent)
        self.setWindowTitle(self.tr("Ny hot- och riskbedömning"))
        self.case_id = case_id
        today = session.today()
        self.date = date_edit(today, self.tr("Datum för bedömningen"), self.content)
        add_row(
            self.form,
            self.tr("&Datum:"),
            self.errors.wrap("date", self.date, self.content),
            self.date,
        )
        self.assessor = QLineEdit(session.vault.user.display_name, self.content)
        self.assessor.setAccessibleName(self.tr("Bedömare"))
        add_row(
            self.form,
            self.tr("&Bedömare:"),
            self.errors.wrap("assessor", self.assessor, self.content),
            self.assessor,
        )
        self.level = QComboBox(self.content)
        for level in RiskLevel:
            self.level.addItem(domain_text(level.label), level)
        self.level.setAccessibleName(self.tr("Risknivå"))
        add_row(
            self.form,
            self.tr("&Risknivå:"),
            self.errors.wrap("level", self.level, self.content),
            self.level,
        )
        self.seeks_out = QCheckBox(self.tr("Våldsutövaren bedöms vara &uppsökande"), self.content)
        self.seeks_out.setAccessibleName(self.tr("Våldsutövaren bedöms vara uppsökande"))
        self.form.addRow("", self.errors.wrap("seeks_out_victim", self.seeks_out, self.content))
        self.next_review = date_edit(
            today + dt.timedelta(days=DEFAULT_REVIEW_DAYS),
            self.tr("Nästa uppföljning"),
            self.content,
        )
        add_row(
            self.form,
            self.tr("&Nästa uppföljning:"),
            self.errors.wrap("next_review", self.next_review, self.content),
            self.next_review,
        )
        self.level.setFocus()

    def save(self) -> None:
        assessment = RiskAssessment(
            date=from_qdate(self.date.date()),
            assessor=self.assessor.text(),
            level=self.level.currentData(),
            seeks_out_victim=self.seeks_out.isChecked(),
            next_review=from_qdate(self.next_review.date()),
        )
        cases.add_risk_assessment(self.session, self.case_id, assessment)
