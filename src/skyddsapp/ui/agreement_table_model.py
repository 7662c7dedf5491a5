"""Standing agreements as a table model: kind, counterpart, title, period, quota, in force."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette

from skyddsapp.domain.agreement import Agreement, period_text
from skyddsapp.ui.labels import domain_text
from skyddsapp.ui.plain_text import plain_tooltip

Index = QModelIndex | QPersistentModelIndex


class AgreementTableModel(QAbstractTableModel):
    """Agreements in the order the service gives them (the most recently begun first); those
    not in force on ``today`` greyed."""

    TITLE, COUNTERPART, PERIOD, IN_FORCE, QUOTA, KIND = range(6)
    COLUMN_COUNT = 6
    AgreementIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, today: dt.date, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._rows: list[Agreement] = []

    def set_rows(self, agreements: Sequence[Agreement], today: dt.date | None = None) -> None:
        self.beginResetModel()
        self._rows = list(agreements)
        if today is not None:
            self._today = today
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def agreement(self, row: int) -> Agreement | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, agreement_id: int) -> int | None:
        return next((i for i, a in enumerate(self._rows) if a.id == agreement_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt default
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation is Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < self.COLUMN_COUNT
        ):
            return [
                self.tr("Benämning"),
                self.tr("Motpart"),
                self.tr("Period"),
                self.tr("Gäller idag"),
                self.tr("Lägenheter per år"),
                self.tr("Avtalstyp"),
            ][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        agreement = self._rows[index.row()]
        if role == self.AgreementIdRole:
            return agreement.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(agreement, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (
            self.KIND,
            self.COUNTERPART,
            self.TITLE,
        ):
            return plain_tooltip(self._display(agreement, index.column()))
        if role == Qt.ItemDataRole.ForegroundRole and not agreement.is_in_force(self._today):
            return QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None

    def _display(self, agreement: Agreement, column: int) -> str:
        if column == self.KIND:
            return domain_text(agreement.kind.label)
        if column == self.COUNTERPART:
            return agreement.counterpart
        if column == self.TITLE:
            return agreement.title
        if column == self.PERIOD:
            return domain_text(period_text(agreement))
        if column == self.QUOTA:
            return "–" if agreement.flats_per_year is None else str(agreement.flats_per_year)
        if column == self.IN_FORCE:
            return self.in_force_text(agreement)
        return ""

    def in_force_text(self, agreement: Agreement) -> str:
        if agreement.is_in_force(self._today):
            return self.tr("Ja")
        if agreement.valid_from > self._today:
            return self.tr("Nej, börjar gälla {0}").format(agreement.valid_from.isoformat())
        return self.tr("Nej, har upphört")
