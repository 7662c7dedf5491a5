"""The housing chain's trial period in the Lägenhet och avtal tab: its end, the days left, the
joint takeover assessment, and buttons to change the length and record the assessment."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from skyddsapp.domain.joint_assessment import AssessmentOutcome
from skyddsapp.domain.trial_period import TRIAL_STATE, TrialPeriod
from skyddsapp.services.case_data import CaseData
from skyddsapp.ui.cases.case_data import button_row, value_label
from skyddsapp.ui.widgets.field_errors import ERROR_STYLE
from skyddsapp.ui.widgets.form_widgets import form_layout
from skyddsapp.ui.widgets.labels import domain_text


class TrialPeriodBox(QGroupBox):
    """Prövotid; emits ``length_requested`` and ``assessment_requested`` for the dialogs."""

    length_requested = Signal()
    assessment_requested = Signal()

    def __init__(self, data: CaseData, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Prövotid"), parent)
        self.setAccessibleName(self.tr("Prövotid"))
        self.values: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        details = QWidget(self)
        self.form = form_layout(details)
        layout.addWidget(details)
        trial = data.trial
        running = trial is not None and data.case.state == TRIAL_STATE and not trial.taken_over
        if trial is None:
            self._row(
                self.tr("Status:"),
                self.tr(
                    "Prövotiden börjar när steget ”Bostadssocialt kontrakt undertecknat” görs: "
                    "från kontraktets startdatum, 12 månader om inget annat anges."
                ),
            )
        else:
            self._show(trial, data)
        self.length_button = QPushButton(self.tr("Ändra län&gd …"), self)
        self.length_button.clicked.connect(self.length_requested)
        self.assessment_button = QPushButton(self.tr("Gemensam bedö&mning …"), self)
        self.assessment_button.clicked.connect(self.assessment_requested)
        for button in (self.length_button, self.assessment_button):
            button.setEnabled(running)
            if not running:
                button.setToolTip(
                    self.tr("Går bara medan det bostadssociala kontraktet löper (prövotiden).")
                )
        layout.addWidget(button_row(self.length_button, self.assessment_button))

    def _row(self, title: str, text: str) -> QLabel:
        label = value_label(text, self)
        self.form.addRow(title, label)
        self.values[title.rstrip(":")] = label
        return label

    def _show(self, trial: TrialPeriod, data: CaseData) -> None:
        lease = data.leases.get(trial.lease_id)
        self._row(
            self.tr("Bostadssocialt kontrakt:"), lease.contract_number if lease else self.tr("–")
        )
        self._row(self.tr("Började:"), trial.start.isoformat())
        self._row(self.tr("Längd:"), self.tr("{0} månader").format(trial.months))
        self._row(self.tr("Löper ut:"), trial.end.isoformat())
        if trial.taken_over:
            assert trial.social_contract_ended_on is not None
            first_hand = data.leases.get(trial.first_hand_lease_id or -1)
            self._row(
                self.tr("Övertaget:"),
                self.tr(
                    "Det bostadssociala kontraktet upphörde {0}; förstahandskontraktet {1} "
                    "gäller från {2}."
                ).format(
                    trial.social_contract_ended_on.isoformat(),
                    first_hand.contract_number if first_hand else self.tr("–"),
                    first_hand.start_date.isoformat() if first_hand else self.tr("–"),
                ),
            )
        else:
            self._days_left(trial, data)
        self._assessment(trial)

    def _days_left(self, trial: TrialPeriod, data: CaseData) -> None:
        days = trial.days_left(data.today)
        if days > 1:
            text = self.tr("{0} dagar kvar").format(days)
        elif days == 1:
            text = self.tr("1 dag kvar")
        elif days == 0:
            text = self.tr("Löper ut idag")
        else:
            text = self.tr(
                "Har löpt ut ({0} dagar sedan): den gemensamma bedömningen ska göras"
            ).format(-days)
        label = self._row(self.tr("Kvar:"), text)
        if days < 0:
            label.setStyleSheet(ERROR_STYLE)

    def _assessment(self, trial: TrialPeriod) -> None:
        latest = trial.latest_assessment
        if latest is None:
            self._row(self.tr("Gemensam bedömning:"), self.tr("Inte gjord än"))
            return
        outcome = domain_text(latest.outcome.label)
        if latest.outcome is AssessmentOutcome.EXTEND:
            outcome = self.tr("{0} med {1} månader").format(outcome, latest.extend_months)
        self._row(
            self.tr("Gemensam bedömning:"),
            self.tr("{0}: {1} ({2})").format(latest.date.isoformat(), outcome, latest.assessed_by),
        )
        self._row(self.tr("Motivering:"), latest.reason)
        if len(trial.assessments) > 1:
            self._row(
                self.tr("Tidigare bedömningar:"),
                "\n".join(
                    self.tr("{0}: {1}").format(a.date.isoformat(), domain_text(a.outcome.label))
                    for a in trial.assessments[:-1]
                ),
            )
