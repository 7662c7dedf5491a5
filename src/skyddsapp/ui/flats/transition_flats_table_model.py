"""Utsluss- och jourlägenheter as a table model: one row per flat of the register."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from skyddsapp.domain.transition_flat import FlatOverviewRow, FlatStay
from skyddsapp.ui.shell.settings import QT_TRANSLATE_NOOP
from skyddsapp.ui.shell.todo_table_model import DEFAULT_OVERDUE_COLOR
from skyddsapp.ui.widgets.labels import domain_text
from skyddsapp.ui.widgets.table_model import Column, RowTableModel


class TransitionFlatsTableModel(RowTableModel[FlatOverviewRow]):
    """Rows are FlatOverviewRows, already in the service's order (soonest move-out first)."""

    CATEGORY, OBJECT, ADDRESS, SITUATION, CASE, OCCUPANT, MOVE_OUT, NEXT_STEP = range(8)
    COLUMN_COUNT = 8
    ApartmentIdRole = Qt.ItemDataRole.UserRole + 1
    CaseIdRole = Qt.ItemDataRole.UserRole + 2
    """The occupant's case, only where the user sees it (None otherwise, and for a free flat)."""
    StayIdRole = Qt.ItemDataRole.UserRole + 3
    OverdueRole = Qt.ItemDataRole.UserRole + 4

    def __init__(
        self, parent: QObject | None = None, *, overdue_color: QColor = DEFAULT_OVERDUE_COLOR
    ) -> None:
        super().__init__(
            [
                Column(
                    QT_TRANSLATE_NOOP("TransitionFlatsTableModel", "Slag"),
                    lambda r: domain_text(r.flat.category.label),
                    tooltip=self._category_tip,
                ),
                Column(
                    QT_TRANSLATE_NOOP("TransitionFlatsTableModel", "Objektnummer"),
                    lambda r: r.object_number,
                ),
                Column(
                    QT_TRANSLATE_NOOP("TransitionFlatsTableModel", "Adress"),
                    self._address,
                    tooltip=self._address_tip,
                ),
                Column(QT_TRANSLATE_NOOP("TransitionFlatsTableModel", "Läge"), self._situation),
                Column(
                    QT_TRANSLATE_NOOP("TransitionFlatsTableModel", "Ärende"),
                    lambda r: r.case_reference or "",
                ),
                Column(
                    QT_TRANSLATE_NOOP("TransitionFlatsTableModel", "Boende"),
                    self._occupant,
                    tooltip=self._occupant_tip,
                ),
                Column(
                    QT_TRANSLATE_NOOP("TransitionFlatsTableModel", "Planerad utflytt"),
                    self._move_out,
                    roles={Qt.ItemDataRole.ForegroundRole: self._move_out_color},
                ),
                Column(
                    QT_TRANSLATE_NOOP("TransitionFlatsTableModel", "Nästa steg"),
                    # One line in the table; the whole text in the tooltip.
                    lambda r: " ".join(r.stay.next_step.split()) if r.stay is not None else "",
                    tooltip=lambda r: r.stay.next_step if r.stay is not None else None,
                ),
            ],
            roles={
                self.ApartmentIdRole: lambda r: r.flat.apartment_id,
                self.CaseIdRole: lambda r: None if (s := _seen_stay(r)) is None else s.case_id,
                self.StayIdRole: lambda r: None if (s := _seen_stay(r)) is None else s.id,
                self.OverdueRole: self._overdue,
            },
            parent=parent,
        )
        self._today = dt.date.min
        self._overdue_color = QColor(overdue_color)

    def set_rows(self, rows: Iterable[FlatOverviewRow], today: dt.date = dt.date.min) -> None:
        with self._resetting(rows):
            self._today = today

    def row(self, row: int) -> FlatOverviewRow | None:
        return self.row_at(row)

    def occupied_count(self) -> int:
        return sum(1 for r in self.rows if r.stay is not None)

    def _overdue(self, row: FlatOverviewRow) -> bool:
        return row.stay is not None and row.stay.planned_move_out < self._today

    def _address(self, row: FlatOverviewRow) -> str:
        return row.address if row.address is not None else self.tr("Visas inte")

    def _situation(self, row: FlatOverviewRow) -> str:
        if row.stay is not None:
            return self.tr("Belagd sedan {0}").format(row.stay.moved_in.isoformat())
        days = row.free_days(self._today)
        since = row.free_since.isoformat() if row.free_since else ""
        if days == 1:
            return self.tr("Ledig sedan {0} (1 dag)").format(since)
        return self.tr("Ledig sedan {0} ({1} dagar)").format(since, days)

    def _occupant(self, row: FlatOverviewRow) -> str:
        if row.stay is None:
            return ""
        if not row.occupant_visible:
            return self.tr("Belagd")
        if row.occupant_protected:
            return self.tr("Skyddad person")
        return row.occupant or self.tr("–")

    def _move_out(self, row: FlatOverviewRow) -> str:
        if row.stay is None:
            return ""
        day = row.stay.planned_move_out.isoformat()
        return self.tr("{0} (passerat)").format(day) if self._overdue(row) else day

    def _move_out_color(self, row: FlatOverviewRow) -> QColor | None:
        return self._overdue_color if self._overdue(row) else None

    def _category_tip(self, row: FlatOverviewRow) -> str:
        return self.tr("{0}, {1}").format(domain_text(row.flat.category.label), row.flat.holder)

    def _address_tip(self, row: FlatOverviewRow) -> str | None:
        if row.address is not None:
            return None
        return self.tr(
            "Adressen visas inte: någon som bor eller har bott här har skyddad adress, "
            "eller så ser du inte ärendet."
        )

    def _occupant_tip(self, row: FlatOverviewRow) -> str | None:
        if row.stay is None or row.occupant_visible:
            return None
        return self.tr(
            "Ärendet handläggs varken av dig eller ditt team: vem som bor här visas inte."
        )


def _seen_stay(row: FlatOverviewRow) -> FlatStay | None:
    """The stay, only where the user may see whose it is."""
    return row.stay if row.occupant_visible else None
