"""Standing agreements as a table model: kind, counterpart, title, period, quota, in force."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QPalette

from skyddsapp.domain.agreement import Agreement, period_text
from skyddsapp.ui.shell.settings import QT_TRANSLATE_NOOP
from skyddsapp.ui.widgets.labels import domain_text
from skyddsapp.ui.widgets.table_model import Column, RowTableModel


class AgreementTableModel(RowTableModel[Agreement]):
    """Agreements in the order the service gives them (the most recently begun first); those
    not in force on ``today`` greyed."""

    TITLE, COUNTERPART, PERIOD, IN_FORCE, QUOTA, KIND = range(6)
    COLUMN_COUNT = 6
    AgreementIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, today: dt.date, parent: QObject | None = None) -> None:
        def title(a: Agreement) -> str:
            return a.title

        def counterpart(a: Agreement) -> str:
            return a.counterpart

        def kind(a: Agreement) -> str:
            return domain_text(a.kind.label)

        super().__init__(
            [
                Column(QT_TRANSLATE_NOOP("AgreementTableModel", "Benämning"), title, tooltip=title),
                Column(
                    QT_TRANSLATE_NOOP("AgreementTableModel", "Motpart"),
                    counterpart,
                    tooltip=counterpart,
                ),
                Column(
                    QT_TRANSLATE_NOOP("AgreementTableModel", "Period"),
                    lambda a: domain_text(period_text(a)),
                ),
                Column(QT_TRANSLATE_NOOP("AgreementTableModel", "Gäller idag"), self.in_force_text),
                Column(QT_TRANSLATE_NOOP("AgreementTableModel", "Lägenheter per år"), _quota),
                Column(QT_TRANSLATE_NOOP("AgreementTableModel", "Avtalstyp"), kind, tooltip=kind),
            ],
            roles={
                self.AgreementIdRole: lambda a: a.id,
                Qt.ItemDataRole.ForegroundRole: self._foreground,
            },
            parent=parent,
        )
        self._today = today

    def set_rows(self, agreements: Iterable[Agreement], today: dt.date | None = None) -> None:
        with self._resetting(agreements):
            if today is not None:
                self._today = today

    def agreement(self, row: int) -> Agreement | None:
        return self.row_at(row)

    def row_of(self, agreement_id: int) -> int | None:
        return self.find_row(lambda a: a.id == agreement_id)

    def in_force_text(self, agreement: Agreement) -> str:
        if agreement.is_in_force(self._today):
            return self.tr("Ja")
        if agreement.valid_from > self._today:
            return self.tr("Nej, börjar gälla {0}").format(agreement.valid_from.isoformat())
        return self.tr("Nej, har upphört")

    def _foreground(self, agreement: Agreement) -> QColor | None:
        if agreement.is_in_force(self._today):
            return None
        return QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)


def _quota(agreement: Agreement) -> str:
    return "–" if agreement.flats_per_year is None else str(agreement.flats_per_year)
