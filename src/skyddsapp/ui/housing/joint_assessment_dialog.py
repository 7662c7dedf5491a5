"""Record the joint takeover assessment at the end of a housing-chain trial period."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from skyddsapp.domain.joint_assessment import DEFAULT_ASSESSORS, AssessmentOutcome, JointAssessment
from skyddsapp.domain.trial_period import MAX_TRIAL_MONTHS, TrialPeriod
from skyddsapp.services import trial_periods
from skyddsapp.services.context import Session
from skyddsapp.ui.paperwork.form_dialog import FormDialog
from skyddsapp.ui.widgets.form_widgets import add_row, date_edit, from_qdate
from skyddsapp.ui.widgets.labels import domain_text
from skyddsapp.ui.widgets.plain_text import PlainLabel

DEFAULT_EXTENSION = 6


class JointAssessmentDialog(FormDialog):
    """``trial_periods.record_joint_assessment``: date, outcome, who assessed, the reason; an
    extension asks for how many months."""

    def __init__(
        self, session: Session, case_id: int, trial: TrialPeriod, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, "", parent)
        self.setWindowTitle(self.tr("Gemensam bedömning om övertagande"))
        self.case_id = case_id
        intro = PlainLabel(
            self.tr(
                "Hyresvärden, förstahandshyresgästen och hyresgästen bedömer tillsammans om "
                "hyresgästen tar över förstahandskontraktet. Bedömningen grundar sig bara på hur "
                "hyresförhållandet har skötts. Prövotiden löper ut {0}."
            ).format(trial.end.isoformat()),
            self.content,
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.date = date_edit(session.today(), self.tr("Datum för bedömningen"), self.content)
        add_row(
            self.form,
            self.tr("&Datum:"),
            self.errors.wrap("date", self.date, self.content),
            self.date,
        )
        outcomes = QWidget(self.content)
        column = QVBoxLayout(outcomes)
        column.setContentsMargins(0, 0, 0, 0)
        self.outcome_group = QButtonGroup(self)
        self.outcome_buttons: dict[AssessmentOutcome, QRadioButton] = {}
        mnemonics = {
            AssessmentOutcome.TAKE_OVER: self.tr("&Tar över förstahandskontraktet"),
            AssessmentOutcome.EXTEND: self.tr("&Prövotiden förlängs"),
            AssessmentOutcome.END: self.tr("&Avslutas utan övertagande"),
        }
        for outcome, text in mnemonics.items():
            button = QRadioButton(text, outcomes)
            button.setAccessibleName(domain_text(outcome.label))
            self.outcome_group.addButton(button)
            self.outcome_buttons[outcome] = button
            column.addWidget(button)
        self.outcome_buttons[AssessmentOutcome.TAKE_OVER].setChecked(True)
        self.form.addRow(self.tr("Utfall:"), self.errors.wrap("outcome", outcomes, self.content))
        self.extend_months = QSpinBox(self.content)
        room = max(1, MAX_TRIAL_MONTHS - trial.months)
        self.extend_months.setRange(1, room)
        self.extend_months.setValue(min(DEFAULT_EXTENSION, room))
        self.extend_months.setSuffix(self.tr(" månader"))
        self.extend_months.setAccessibleName(self.tr("Förlängning i månader"))
        add_row(
            self.form,
            self.tr("&Förlängs med:"),
            self.errors.wrap("extend_months", self.extend_months, self.content),
            self.extend_months,
        )
        self.assessed_by = QLineEdit(DEFAULT_ASSESSORS, self.content)
        self.assessed_by.setAccessibleName(self.tr("Vilka som gjorde bedömningen"))
        add_row(
            self.form,
            self.tr("&Bedömd av:"),
            self.errors.wrap("assessed_by", self.assessed_by, self.content),
            self.assessed_by,
        )
        self.reason = QPlainTextEdit(self.content)
        self.reason.setAccessibleName(self.tr("Motivering"))
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.fontMetrics().lineSpacing() * 5)
        add_row(
            self.form,
            self.tr("&Motivering:"),
            self.errors.wrap("reason", self.reason, self.content),
            self.reason,
        )
        self.outcome_group.buttonToggled.connect(lambda *_: self._outcome_changed())
        self._outcome_changed()
        self.date.setFocus()

    @property
    def outcome(self) -> AssessmentOutcome:
        return next(o for o, button in self.outcome_buttons.items() if button.isChecked())

    def _outcome_changed(self) -> None:
        self.extend_months.setEnabled(self.outcome is AssessmentOutcome.EXTEND)

    def save(self) -> None:
        outcome = self.outcome
        assessment = JointAssessment(
            date=from_qdate(self.date.date()),
            outcome=outcome,
            assessed_by=self.assessed_by.text(),
            reason=self.reason.toPlainText(),
            extend_months=self.extend_months.value()
            if outcome is AssessmentOutcome.EXTEND
            else None,
        )
        trial_periods.record_joint_assessment(self.session, self.case_id, assessment)
