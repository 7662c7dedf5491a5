"""Record what became of the client's old flat: outcome, dates, the no-disturbance answer and
the safety assessment; vacancy days and lost rent are shown as they are computed."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QWidget

from skyddsapp.domain.old_flat_outcome import (
    OldFlatOutcome,
    OldFlatOutcomeKind,
    lost_rent_sek,
    vacancy_days,
)
from skyddsapp.services import old_flat
from skyddsapp.services.context import Session
from skyddsapp.services.errors import NotFound
from skyddsapp.ui.housing.old_flat_box import kronor
from skyddsapp.ui.paperwork.form_dialog import FormDialog
from skyddsapp.ui.widgets.form_widgets import (
    OptionalDateEdit,
    add_row,
    date_edit,
    from_qdate,
    to_qdate,
)
from skyddsapp.ui.widgets.labels import domain_text
from skyddsapp.ui.widgets.plain_text import PlainLabel


class OldFlatOutcomeDialog(FormDialog):
    """``old_flat.record_outcome`` for the old flat ``apartment_id`` of ``case_id``."""

    def __init__(
        self, session: Session, case_id: int, apartment_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, "", parent)
        self.setWindowTitle(self.tr("Utfall för den gamla lägenheten"))
        self.case_id = case_id
        self.apartment_id = apartment_id
        self.outcome: OldFlatOutcome | None = None
        flats = old_flat.case_old_flats(session, case_id).flats
        flat = next((f for f in flats if f.apartment.id == apartment_id), None)
        if flat is None:
            raise NotFound("Den gamla lägenheten", apartment_id)
        self.monthly_rent = flat.apartment.monthly_rent_sek
        today = session.today()
        self.today = today
        end = flat.lease_end
        intro = PlainLabel(
            self.tr("Lägenhet {0}, hyresavtal {1}: {2}.").format(
                flat.apartment.object_number,
                flat.lease.contract_number,
                self.tr("upphör {0}").format(end.isoformat())
                if end
                else self.tr("ingen uppsägning registrerad"),
            ),
            self.content,
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.kind = QComboBox(self.content)
        for kind in OldFlatOutcomeKind:
            self.kind.addItem(domain_text(kind.label), kind)
        self.kind.setAccessibleName(self.tr("Utfall"))
        add_row(
            self.form,
            self.tr("&Utfall:"),
            self.errors.wrap("outcome", self.kind, self.content),
            self.kind,
        )
        vacant_from = flat.default_vacant_from or today
        self.vacant_from = date_edit(vacant_from, self.tr("Vakant från"), self.content)
        add_row(
            self.form,
            self.tr("&Vakant från:"),
            self.errors.wrap("vacant_from", self.vacant_from, self.content),
            self.vacant_from,
        )
        self.occupied_from = OptionalDateEdit(
            self.tr("Uthyrd igen eller kontraktet börjar den"),
            self.tr("Uthyrd från"),
            vacant_from,
            self.content,
        )
        add_row(
            self.form,
            self.tr("Uthyrd &från:"),
            self.errors.wrap("occupied_from", self.occupied_from, self.content),
            self.occupied_from,
        )
        self.calm = QComboBox(self.content)
        for text, value in (
            (self.tr("Inte besvarat"), None),
            (self.tr("Ja, lägenheten har inte haft störningar"), True),
            (self.tr("Nej, lägenheten har haft störningar"), False),
        ):
            self.calm.addItem(text, value)
        self.calm.setAccessibleName(self.tr("Fri från störningar"))
        add_row(
            self.form,
            self.tr("Fri från &störningar:"),
            self.errors.wrap("no_disturbances", self.calm, self.content),
            self.calm,
        )
        self.assessment = QPlainTextEdit(self.content)
        self.assessment.setAccessibleName(self.tr("Bedömning att det är tryggt"))
        self.assessment.setTabChangesFocus(True)
        self.assessment.setFixedHeight(self.fontMetrics().lineSpacing() * 5)
        add_row(
            self.form,
            self.tr("&Bedömning:"),
            self.errors.wrap("safety_assessment", self.assessment, self.content),
            self.assessment,
        )
        hint = PlainLabel(
            self.tr(
                "Vid ny uthyrning: bedömningen att det är tryggt för klienten. Kommunen kan "
                "erbjudas lägenheten enligt kvotavtalet bara om den inte har haft störningar."
            ),
            self.content,
        )
        hint.setWordWrap(True)
        self.form.addRow(hint)
        self.figures = PlainLabel(parent=self.content)
        self.figures.setWordWrap(True)
        self.figures.setAccessibleName(self.tr("Vakansdagar och hyresförlust"))
        self.form.addRow(self.tr("Vakans:"), self.figures)
        if flat.outcome is not None:
            self._load(flat.outcome)
        self.vacant_from.dateChanged.connect(self._follow_vacancy)
        self.vacant_from.dateChanged.connect(self._show_figures)
        self.occupied_from.check.toggled.connect(self._show_figures)
        self.occupied_from.edit.dateChanged.connect(self._show_figures)
        self._show_figures()
        self.kind.setFocus()

    def _load(self, outcome: OldFlatOutcome) -> None:
        self.kind.setCurrentIndex(self.kind.findData(outcome.outcome))
        self.vacant_from.setDate(to_qdate(outcome.vacant_from))
        self.occupied_from.set_value(outcome.occupied_from)
        self.calm.setCurrentIndex({None: 0, True: 1, False: 2}[outcome.no_disturbances])
        self.assessment.setPlainText(outcome.safety_assessment)

    def _follow_vacancy(self) -> None:
        """A relet date not yet given starts from the vacancy's first day, never before it."""
        if not self.occupied_from.check.isChecked():
            self.occupied_from.edit.setDate(self.vacant_from.date())

    def _show_figures(self) -> None:
        days = vacancy_days(
            from_qdate(self.vacant_from.date()), self.occupied_from.value(), self.today
        )
        lost = kronor(lost_rent_sek(self.monthly_rent, days))
        self.figures.setText(
            self.tr(
                "{0} dagar, hyresförlust {1} kr (månadshyra {2} kr × 12 / 365 × {0} dagar)"
            ).format(days, lost, kronor(self.monthly_rent))
        )

    def save(self) -> None:
        outcome = OldFlatOutcome(
            case_id=self.case_id,
            apartment_id=self.apartment_id,
            outcome=self.kind.currentData(),
            vacant_from=from_qdate(self.vacant_from.date()),
            occupied_from=self.occupied_from.value(),
            safety_assessment=self.assessment.toPlainText(),
            no_disturbances=self.calm.currentData(),
        )
        self.outcome = old_flat.record_outcome(self.session, outcome)
