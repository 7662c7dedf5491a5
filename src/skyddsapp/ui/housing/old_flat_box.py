"""The Lägenhet och avtal tab's "Den gamla lägenheten" box: the flat the client leaves, its
computed showing embargo, what stays open, and its outcome with vacancy days and lost rent."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QWidget

from skyddsapp.domain.old_flat_outcome import OldFlatOutcome
from skyddsapp.services.old_flat import OldFlat
from skyddsapp.ui.cases.case_data import button_row, value_label, warning_label
from skyddsapp.ui.widgets.form_widgets import form_layout
from skyddsapp.ui.widgets.labels import domain_text


def kronor(amount: int) -> str:
    """Whole kronor with a space between thousands (7 200)."""
    return f"{amount:,}".replace(",", " ")


class OldFlatBox(QGroupBox):
    """One old flat; ``outcome_requested(apartment_id)`` asks for the outcome dialog."""

    outcome_requested = Signal(int)

    def __init__(self, flat: OldFlat, open_items: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Den gamla lägenheten {0}").format(flat.apartment.object_number))
        self.values: dict[str, QLabel] = {}
        form = form_layout(self)
        lease = flat.lease
        end = flat.lease_end
        rows = [
            (
                self.tr("Hyresavtal:"),
                self.tr("{0} ({1})").format(lease.contract_number, domain_text(lease.status.label)),
            ),
            (
                self.tr("Uppsägningstiden löper till:"),
                self.tr("{0} (12 kap. 4 § jordabalken)").format(end.isoformat())
                if end
                else self.tr("– (ingen uppsägning registrerad)"),
            ),
            (self.tr("Visningsstopp:"), self._embargo(flat)),
        ]
        rows += self._outcome_rows(flat)
        for title, text in rows:
            label = value_label(text, self)
            form.addRow(title, label)
            self.values[title.rstrip(":")] = label
        if open_items:
            text = self.tr("Kvar för den gamla lägenheten:") + "\n• "
            self.open_label = warning_label(
                text + "\n• ".join(domain_text(item) for item in open_items), self
            )
        else:
            settled = self.tr(
                "Den gamla lägenheten är avvecklad: avtalet har upphört och utfallet är "
                "registrerat."
            )
            self.open_label = value_label(settled, self)
        self.open_label.setAccessibleName(self.tr("Kvar för den gamla lägenheten"))
        form.addRow(self.open_label)
        recorded = flat.outcome is not None
        self.outcome_button = QPushButton(
            self.tr("Ändra u&tfall …") if recorded else self.tr("Registrera u&tfall …"), self
        )
        assert flat.apartment.id is not None
        apartment_id = flat.apartment.id
        self.outcome_button.clicked.connect(lambda: self.outcome_requested.emit(apartment_id))
        form.addRow("", button_row(self.outcome_button))

    def _embargo(self, flat: OldFlat) -> str:
        computed = flat.embargo
        if computed is None:
            return self.tr("Beräknas när uppsägningen registreras")
        text = self.tr(
            "Får annonseras eller visas från {0}: beräknat som dagen efter att "
            "uppsägningstiden för hyresavtal {1} (uppsagt {2}) löper ut"
        ).format(
            computed.first_day.isoformat(),
            computed.contract_number,
            computed.notice_date.isoformat(),
        )
        stored = flat.apartment.embargo_until
        if stored is not None and stored > computed.first_day:
            text += "\n" + self.tr("Senare datum satt för hand: {0}").format(stored.isoformat())
        return text

    def _outcome_rows(self, flat: OldFlat) -> list[tuple[str, str]]:
        outcome = flat.outcome
        if outcome is None:
            return [(self.tr("Utfall:"), self.tr("Inte registrerat"))]
        days = flat.vacancy_days or 0
        rent = flat.apartment.monthly_rent_sek
        running = outcome.occupied_from is None
        return [
            (self.tr("Utfall:"), domain_text(outcome.outcome.label)),
            (self.tr("Vakant från:"), outcome.vacant_from.isoformat()),
            (
                self.tr("Uthyrd från:"),
                outcome.occupied_from.isoformat() if outcome.occupied_from else self.tr("–"),
            ),
            (
                self.tr("Vakansdagar:"),
                self.tr("{0} (hittills)").format(days) if running else str(days),
            ),
            (
                self.tr("Hyresförlust:"),
                self.tr("{0} kr (månadshyra {1} kr × 12 / 365 × {2} dagar)").format(
                    kronor(flat.lost_rent_sek or 0), kronor(rent), days
                ),
            ),
            (self.tr("Fri från störningar:"), self._calm(outcome)),
            (self.tr("Bedömning:"), outcome.safety_assessment or self.tr("–")),
            (
                self.tr("Registrerat av:"),
                self.tr("{0} ({1})").format(outcome.recorded_by, outcome.recorded_at[:10]),
            ),
        ]

    def _calm(self, outcome: OldFlatOutcome) -> str:
        if outcome.no_disturbances is None:
            return self.tr("Inte besvarat")
        return self.tr("Ja") if outcome.no_disturbances else self.tr("Nej")
