"""Utsluss- och jourlägenheter: every flat of the register, who lives there since when, the
planned move-out and the next step, or how long it has stood free; Enter opens the case. A flat
is registered, changed and taken out of the register here, and cases move in and out."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from skyddsapp.services import transition_flats_overview
from skyddsapp.services.context import Session
from skyddsapp.services.errors import ServiceError
from skyddsapp.ui.cases.case_data import button_row
from skyddsapp.ui.flats.flat_stay_dialog import FlatStayDialog
from skyddsapp.ui.flats.transition_flat_dialog import TransitionFlatDialog
from skyddsapp.ui.flats.transition_flat_edit_dialog import TransitionFlatEditDialog
from skyddsapp.ui.flats.transition_flat_remove_dialog import TransitionFlatRemoveDialog
from skyddsapp.ui.flats.transition_flats_table_model import TransitionFlatsTableModel
from skyddsapp.ui.housing.move_out_dialog import MoveOutDialog
from skyddsapp.ui.shell.screen import CasesScreen
from skyddsapp.ui.shell.todo_table_model import overdue_color
from skyddsapp.ui.widgets.labels import error_text
from skyddsapp.ui.widgets.list_table import empty_overlay, set_up_list, size_columns
from skyddsapp.ui.widgets.plain_text import PlainLabel

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
Model = TransitionFlatsTableModel


class TransitionFlatsPage(CasesScreen):
    """Emits `case_activated(case_id)` for a flat whose occupant's case the user sees, and
    `changed()` after a saved change (Att göra and the case list may show it)."""

    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._model = Model(self, overdue_color=overdue_color(self))
        self.active_dialog: QDialog | None = None
        self._build()
        self.refresh()

    def _build(self) -> None:
        self.register_button = QPushButton(self.tr("&Registrera lägenhet …"), self)
        self.register_button.clicked.connect(self.register_flat)
        self.edit_button = QPushButton(self.tr("Än&dra lägenhet …"), self)
        self.edit_button.clicked.connect(self.edit_flat)
        self.remove_button = QPushButton(self.tr("Ta &bort lägenhet …"), self)
        self.remove_button.clicked.connect(self.remove_flat)
        self.move_in_button = QPushButton(self.tr("Flytta &in …"), self)
        self.move_in_button.clicked.connect(self.move_in)
        self.plan_button = QPushButton(self.tr("Ändra &plan …"), self)
        self.plan_button.clicked.connect(self.replan)
        self.move_out_button = QPushButton(self.tr("Registrera &utflytt …"), self)
        self.move_out_button.clicked.connect(self.move_out)
        self.open_button = QPushButton(self.tr("Ö&ppna ärendet"), self)
        self.open_button.clicked.connect(lambda: self._activate())

        self.table = QTableView(self)
        self.table.setModel(self._model)
        set_up_list(self.table, self.tr("Utsluss- och jourlägenheter"))
        self._size_columns()
        self.table.doubleClicked.connect(lambda index: self._activate(index.row()))
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.table.installEventFilter(self)

        self.empty = empty_overlay(self.table)

        self.status = PlainLabel(parent=self)
        self.status.setAccessibleName(self.tr("Antal lägenheter"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            button_row(
                self.register_button,
                self.edit_button,
                self.remove_button,
                self.move_in_button,
                self.plan_button,
                self.move_out_button,
                self.open_button,
            )
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        QWidget.setTabOrder(self.table, self.register_button)

    def _size_columns(self) -> None:
        samples = {
            Model.CATEGORY: "Kvinnojourens lägenhet",
            Model.OBJECT: "1234-5678-01",
            Model.ADDRESS: "Långgatan 12, 754 28 Uppsala",
            Model.SITUATION: self.tr("Ledig sedan {0} ({1} dagar)").format("2026-11-27", 100),
            Model.CASE: "KV-2026-00000",
            Model.OCCUPANT: "Anna-Karin Exempelström",
            Model.MOVE_OUT: self.tr("{0} (passerat)").format("2026-11-27"),
        }
        size_columns(self.table, samples)

    # ------------------------------------------------------------------ public

    @property
    def model(self) -> TransitionFlatsTableModel:
        return self._model

    def refresh(self) -> None:
        if self._session.vault.is_locked:
            self.clear()
            return
        selected = self._selected_flat()
        try:
            rows = transition_flats_overview.overview(self._session)
        except ServiceError as error:
            self._model.clear()
            self._update_status()
            self.empty.setText(error_text(error))
            self.empty.show()
            return
        self._model.set_rows(rows, self._session.today())
        self._update_status()
        for row in range(self._model.rowCount()):
            if self._model.index(row, 0).data(Model.ApartmentIdRole) == selected:
                self.table.selectRow(row)
                break
        self._update_buttons()

    def clear(self) -> None:
        """Forget every row (on lock)."""
        self._model.clear()
        self._update_status()
        self._update_buttons()

    # ------------------------------------------------------------------ actions

    def register_flat(self) -> None:
        self._open(TransitionFlatDialog(self._session, self))

    def edit_flat(self) -> None:
        row = self._model.row(self._current_row())
        if row is not None:
            self._open(TransitionFlatEditDialog(self._session, row.flat, row.object_number, self))

    def remove_flat(self) -> None:
        """Also for an occupied flat: the dialog then says why it cannot be removed yet."""
        row = self._model.row(self._current_row())
        if row is not None:
            self._open(TransitionFlatRemoveDialog(self._session, row.flat, row.object_number, self))

    def move_in(self) -> None:
        row = self._model.row(self._current_row())
        if row is None or row.stay is not None:
            return
        dialog = FlatStayDialog(
            self._session, row.object_number, apartment_id=row.flat.apartment_id, parent=self
        )
        self._open(dialog)

    def replan(self) -> None:
        row = self._model.row(self._current_row())
        if row is None or row.stay is None or not row.occupant_visible:
            return
        self._open(FlatStayDialog(self._session, row.object_number, stay=row.stay, parent=self))

    def move_out(self) -> None:
        row = self._model.row(self._current_row())
        if row is None or row.stay is None or not row.occupant_visible:
            return
        self._open(MoveOutDialog(self._session, row.object_number, row.stay, self))

    def _open(self, dialog: QDialog) -> None:
        # open(), not exec(): a lock may reject the dialog at any moment.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._saved)
        self.active_dialog = dialog
        dialog.open()

    def _saved(self) -> None:
        if self._session.vault.is_locked:
            return
        self.refresh()
        self.changed.emit()

    # ------------------------------------------------------------------ behaviour

    def _current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def _selected_flat(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(Model.ApartmentIdRole) if index.isValid() else None

    def _update_buttons(self) -> None:
        row = self._model.row(self._current_row())
        writable = not self._session.read_only
        occupied = row is not None and row.stay is not None
        mine = occupied and row is not None and row.occupant_visible
        self.register_button.setEnabled(writable)
        self.edit_button.setEnabled(writable and row is not None)
        self.remove_button.setEnabled(writable and row is not None)
        self.remove_button.setToolTip(
            self.tr("Någon bor i lägenheten: registrera utflytten innan den tas bort.")
            if occupied
            else ""
        )
        self.move_in_button.setEnabled(writable and row is not None and not occupied)
        self.plan_button.setEnabled(writable and mine)
        self.move_out_button.setEnabled(writable and mine)
        self.open_button.setEnabled(mine)

    def _update_status(self) -> None:
        rows = self._model.rowCount()
        self.empty.setText(
            self.tr("Inga lägenheter i förteckningen än. Registrera en med Registrera lägenhet.")
        )
        self.empty.setVisible(rows == 0)
        occupied = self._model.occupied_count()
        self.status.setText(
            self.tr("{0} lägenheter: {1} belagda, {2} lediga").format(
                rows, occupied, rows - occupied
            )
            if rows
            else ""
        )

    def _activate(self, row: int | None = None) -> None:
        index = self._model.index(self._current_row() if row is None else row, 0)
        case_id = index.data(Model.CaseIdRole) if index.isValid() else None
        if case_id is not None:
            self.case_activated.emit(case_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _ENTER_KEYS
        ):
            self._activate()
            return True
        return super().eventFilter(watched, event)
