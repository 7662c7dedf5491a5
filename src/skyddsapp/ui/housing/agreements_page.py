"""Avtal: the standing agreements, their periods and whether each is in force today.

Every change goes through `services.agreements`, which validates and logs it; the page only
shows and asks. The Kvinnojour quota and the placements in sheltered housing point here.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from skyddsapp.domain.agreement import Agreement
from skyddsapp.domain.errors import DomainError
from skyddsapp.services import agreements
from skyddsapp.services.context import Session
from skyddsapp.services.errors import ServiceError, VaultError
from skyddsapp.ui.housing.agreement_dialog import AgreementDialog
from skyddsapp.ui.housing.agreement_table_model import AgreementTableModel
from skyddsapp.ui.widgets.field_errors import ERROR_STYLE
from skyddsapp.ui.widgets.labels import error_text
from skyddsapp.ui.widgets.list_table import page_action, set_up_list
from skyddsapp.ui.widgets.plain_text import PlainLabel


class AgreementsPage(QWidget):
    """Avtal. ``active_dialog`` is the dialog open now (for tests)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.active_dialog: QDialog | None = None
        self._model = AgreementTableModel(session.today(), self)
        self._build()
        self.reload()

    def _build(self) -> None:
        self.new_action, self.new_button = page_action(
            self, self.tr("&Nytt avtal…"), "Ctrl+N", self.new_agreement
        )
        self.edit_action, self.edit_button = page_action(
            self, self.tr("&Redigera avtal…"), "Ctrl+E", self.edit_agreement
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        self.table = QTableView(self)
        self.table.setModel(self._model)
        set_up_list(self.table, self.tr("Avtal"))
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.edit_action.trigger())
        self.table.activated.connect(lambda _index: self.edit_action.trigger())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.notes = PlainLabel(parent=self)
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes.setAccessibleName(self.tr("Anteckningar om det valda avtalet"))
        self.status = PlainLabel(parent=self)
        self.status.setAccessibleName(self.tr("Antal avtal"))
        self.read_only_note = PlainLabel(
            self.tr("Valvet är skrivskyddat: avtal kan inte läggas till eller ändras nu."), self
        )
        self.read_only_note.setStyleSheet(ERROR_STYLE)
        self.read_only_note.setVisible(self._session.read_only)
        intro = PlainLabel(
            self.tr(
                "Avtal som Uppsala kommun och Uppsalahem har ingått. Kvoten för Uppsala "
                "Kvinnojour läses från det avtal som gäller på andrahandskontraktets startdatum, "
                "och varje placering i skyddat boende hänvisar till sitt ramavtal."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.read_only_note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notes)
        layout.addWidget(self.status)

    def _fit_columns(self) -> None:
        """Wide enough for what is shown, up to a limit (a long title is cut, and shown whole
        in its tooltip)."""
        em = self.table.fontMetrics().averageCharWidth()
        header = self.table.horizontalHeader()
        for column in range(AgreementTableModel.COLUMN_COUNT):
            wanted = max(self.table.sizeHintForColumn(column), header.sectionSizeHint(column))
            limit = 70 * em if column == AgreementTableModel.TITLE else 45 * em
            header.resizeSection(column, min(wanted + 2 * em, limit))

    # ------------------------------------------------------------------ public

    @property
    def model(self) -> AgreementTableModel:
        return self._model

    def selected_agreement(self) -> Agreement | None:
        rows = self.table.selectionModel().selectedRows()
        return self._model.agreement(rows[0].row()) if rows else None

    def select_agreement(self, agreement_id: int) -> None:
        row = self._model.row_of(agreement_id)
        if row is not None:
            self.table.selectRow(row)

    def reload(self, select: int | None = None) -> None:
        """Read the agreements again; keep (or move) the selection by id."""
        if self._session.vault.is_locked:
            return
        current = self.selected_agreement()
        keep = select if select is not None else (current.id if current else None)
        try:
            found = agreements.list_agreements(self._session)
        except (DomainError, ServiceError, VaultError) as error:
            self._model.clear()
            self.status.setText(error_text(error))
            self._update_actions()
            return
        self._model.set_rows(found, self._session.today())
        self._fit_columns()
        in_force = sum(1 for a in found if a.is_in_force(self._session.today()))
        self.status.setText(
            self.tr("{0} avtal, varav {1} gäller idag").format(len(found), in_force)
        )
        if keep is not None:
            self.select_agreement(keep)
        self._update_actions()

    def clear(self) -> None:
        """Forget every row shown (on lock)."""
        self._model.clear()
        self.notes.clear()
        self.status.clear()
        self._update_actions()

    # ------------------------------------------------------------------ actions

    def new_agreement(self) -> None:
        if self._may_change():
            self._open(AgreementDialog(self._session, parent=self))

    def edit_agreement(self) -> None:
        agreement = self.selected_agreement()
        if agreement is not None and agreement.id is not None and self._may_change():
            self._open(AgreementDialog(self._session, agreement.id, self))

    def _open(self, dialog: AgreementDialog) -> None:
        # open(), not exec(): a lock rejects every open dialog at any moment.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self.reload(dialog.agreement.id if dialog.agreement else None)
        )
        self.active_dialog = dialog
        dialog.open()

    def _may_change(self) -> bool:
        return not (self._session.vault.is_locked or self._session.read_only)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_actions()

    def _update_actions(self) -> None:
        writable = not self._session.read_only
        agreement = self.selected_agreement()
        self.new_action.setEnabled(writable)
        self.edit_action.setEnabled(writable and agreement is not None)
        self.notes.setText(agreement.notes if agreement is not None else "")
