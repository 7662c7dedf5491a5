"""Change the length of a housing-chain trial period, with a reason; shows the new end."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QSpinBox, QWidget

from skyddsapp.domain.trial_period import MAX_TRIAL_MONTHS, MIN_TRIAL_MONTHS, TrialPeriod, trial_end
from skyddsapp.services import trial_periods
from skyddsapp.services.context import Session
from skyddsapp.ui.paperwork.form_dialog import FormDialog
from skyddsapp.ui.widgets.form_widgets import add_row
from skyddsapp.ui.widgets.plain_text import PlainLabel


class TrialLengthDialog(FormDialog):
    """``trial_periods.change_trial_length``: the length in months and why it changes."""

    def __init__(
        self, session: Session, case_id: int, trial: TrialPeriod, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, "", parent)
        self.setWindowTitle(self.tr("Ändra prövotidens längd"))
        self.case_id = case_id
        self.trial = trial
        intro = PlainLabel(
            self.tr("Prövotiden började {0} och är nu {1} månader, till och med {2}.").format(
                trial.start.isoformat(), trial.months, trial.end.isoformat()
            ),
            self.content,
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.months = QSpinBox(self.content)
        self.months.setRange(MIN_TRIAL_MONTHS, MAX_TRIAL_MONTHS)
        self.months.setValue(trial.months)
        self.months.setSuffix(self.tr(" månader"))
        self.months.setAccessibleName(self.tr("Prövotidens längd i månader"))
        add_row(
            self.form,
            self.tr("&Längd:"),
            self.errors.wrap("months", self.months, self.content),
            self.months,
        )
        self.end = PlainLabel(parent=self.content)
        self.end.setAccessibleName(self.tr("Ny sista dag"))
        self.form.addRow(self.tr("Löper ut:"), self.end)
        self.reason = QLineEdit(self.content)
        self.reason.setAccessibleName(self.tr("Skäl till ändringen"))
        add_row(
            self.form,
            self.tr("S&käl:"),
            self.errors.wrap("reason", self.reason, self.content),
            self.reason,
        )
        self.months.valueChanged.connect(self._show_end)
        self._show_end()
        self.months.setFocus()

    def _show_end(self) -> None:
        self.end.setText(trial_end(self.trial.start, self.months.value()).isoformat())

    def save(self) -> None:
        trial_periods.change_trial_length(
            self.session, self.case_id, self.months.value(), self.reason.text()
        )
