"""Gallring (administrators, Arkiv → Gallring…): the retention rule of each case kind, the
closed cases past their time, and the purge of those marked, after a typed confirmation.

Every change goes through `services.retention`, which checks, logs and deletes; the dialog only
shows and asks. The purge runs on the worker pool with a busy bar, and what it removed is named
afterwards (counts only).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.errors import DomainError
from skyddsapp.domain.retention import MAX_YEARS, MIN_YEARS, counts_by_kind
from skyddsapp.services import retention
from skyddsapp.services.context import Session
from skyddsapp.services.errors import ServiceError, VaultError
from skyddsapp.ui.admin.retention_confirm_dialog import RetentionConfirmDialog
from skyddsapp.ui.admin.retention_table_model import RetentionTableModel
from skyddsapp.ui.shell.todo_table_model import overdue_color
from skyddsapp.ui.shell.unlock_worker import WorkerPool
from skyddsapp.ui.widgets.field_errors import ERROR_STYLE
from skyddsapp.ui.widgets.labels import domain_text, error_text
from skyddsapp.ui.widgets.list_table import empty_overlay, page_action, set_up_list, size_columns
from skyddsapp.ui.widgets.plain_text import PlainLabel

USER_ERRORS = (DomainError, ServiceError, VaultError)


class RetentionDialog(QDialog):
    """Opened with open(), not exec(); a lock closes it like every dialog. ``purged`` is
    emitted after a purge (the workspace reads its lists again). ``confirm_dialog`` is the
    confirmation open now (for tests)."""

    purged = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.confirm_dialog: RetentionConfirmDialog | None = None
        self._stored: dict[CaseKind, int] = {}
        """The years of each rule as last read: what the spin boxes are compared with."""
        self.setWindowTitle(self.tr("Gallring"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._workers = WorkerPool(self)
        self._workers.busy_changed.connect(self._show_busy)
        self._model = RetentionTableModel(session.today(), self, overdue_color=overdue_color(self))
        self._build()
        self.finished.connect(self._finished)
        self.reload()
        self.resize(1000, 720)

    # ------------------------------------------------------------------ layout

    def _build(self) -> None:
        rules_box = QGroupBox(self.tr("Gallringsregler per ärendetyp"), self)
        rules_intro = PlainLabel(
            self.tr(
                "Ett avslutat ärende sparas det angivna antalet hela kalenderår efter året det "
                "avslutades och gallras under året därefter."
            ),
            rules_box,
        )
        rules_intro.setWordWrap(True)
        # Two kinds a row, each spin box as wide as "100 år": the rules fit above the list.
        form = QGridLayout()
        form.setColumnStretch(2, 1)
        form.setColumnStretch(5, 1)
        width = self.fontMetrics().horizontalAdvance(self.tr("100 år")) + 6 * (
            self.fontMetrics().averageCharWidth()
        )
        self.year_boxes: dict[CaseKind, QSpinBox] = {}
        for index, kind in enumerate(CaseKind):
            box = QSpinBox(rules_box)
            box.setRange(MIN_YEARS, MAX_YEARS)
            box.setSuffix(self.tr(" år"))
            box.setFixedWidth(width)
            box.setAccessibleName(self.tr("Gallringstid för {0}").format(domain_text(kind.label)))
            label = PlainLabel(domain_text(kind.label) + ":", rules_box)
            label.setBuddy(box)
            row, column = divmod(index, 2)
            form.addWidget(label, row, 3 * column)
            form.addWidget(box, row, 3 * column + 1)
            self.year_boxes[kind] = box
            box.valueChanged.connect(self._update_actions)
        self.save_button = QPushButton(self.tr("&Spara reglerna"), rules_box)
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_rules)
        self.rules_status = PlainLabel(parent=rules_box)
        self.rules_status.setWordWrap(True)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.rules_status, 1)
        rules_layout = QVBoxLayout(rules_box)
        rules_layout.addWidget(rules_intro)
        rules_layout.addLayout(form)
        rules_layout.addLayout(save_row)

        due_box = QGroupBox(self.tr("Ärenden som ska gallras"), self)
        due_intro = PlainLabel(
            self.tr(
                "Listan visar bara ärendenummer, ärendetyp och datum, inga namn. Markera de "
                "ärenden du har granskat och välj Gallra markerade."
            ),
            due_box,
        )
        due_intro.setWordWrap(True)
        self.table = QTableView(due_box)
        self.table.setModel(self._model)
        set_up_list(self.table, self.tr("Ärenden som ska gallras"), single_selection=False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        size_columns(
            self.table,
            {
                RetentionTableModel.REFERENCE: "KV-2026-00001",
                RetentionTableModel.KIND: "Kundvård vid våld i nära relation",
                RetentionTableModel.CLOSED: "2026-12-31",
                RetentionTableModel.DUE: "Ska gallras från",
            },
        )
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.empty_label = empty_overlay(self.table)
        self.empty_label.setText(self.tr("Inga avslutade ärenden har passerat sin gallringstid."))
        self.counts_label = PlainLabel(parent=due_box)
        self.counts_label.setWordWrap(True)
        self.counts_label.setAccessibleName(self.tr("Antal ärenden att gallra"))
        self.select_all_action, self.select_all_button = page_action(
            self, self.tr("Markera &alla"), "Ctrl+Shift+A", self.table.selectAll
        )
        self.purge_action, self.purge_button = page_action(
            self, self.tr("&Gallra markerade…"), "Ctrl+Shift+D", self.purge_selected
        )
        self.reload_action, self.reload_button = page_action(
            self, self.tr("&Läs in igen"), "F5", self.reload
        )
        self.finish_action, self.finish_button = page_action(
            self, self.tr("&Slutför gallringen"), "Ctrl+Shift+F", self.finish_purge
        )
        self.finish_action.setVisible(False)
        self.finish_button.hide()
        actions = QHBoxLayout()
        for button in (
            self.select_all_button,
            self.purge_button,
            self.reload_button,
            self.finish_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        self.busy_bar = QProgressBar(due_box)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setAccessibleName(self.tr("Gallring pågår"))
        self.busy_bar.hide()
        self.result_label = PlainLabel(parent=due_box)
        self.result_label.setWordWrap(True)
        self.result_label.setAccessibleName(self.tr("Resultat av gallringen"))
        self.error_label = PlainLabel(parent=due_box)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        for label in (self.result_label, self.error_label):
            label.hide()
        due_layout = QVBoxLayout(due_box)
        due_layout.addWidget(due_intro)
        due_layout.addLayout(actions)
        due_layout.addWidget(self.table, 1)
        due_layout.addWidget(self.counts_label)
        due_layout.addWidget(self.busy_bar)
        due_layout.addWidget(self.result_label)
        due_layout.addWidget(self.error_label)

        self.read_only_note = PlainLabel(
            self.tr("Valvet är skrivskyddat: regler kan inte ändras och inget kan gallras nu."),
            self,
        )
        self.read_only_note.setStyleSheet(ERROR_STYLE)
        self.read_only_note.setVisible(self._session.read_only)
        layout = QVBoxLayout(self)
        layout.addWidget(self.read_only_note)
        layout.addWidget(rules_box)
        layout.addWidget(due_box, 1)
        self.setTabOrder(self.save_button, self.select_all_button)

    # ------------------------------------------------------------------ public

    @property
    def model(self) -> RetentionTableModel:
        return self._model

    @property
    def busy(self) -> bool:
        return self._workers.busy

    def selected_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [case_id for row in rows if (case_id := self._model.case_id(row)) is not None]

    def reload(self) -> None:
        """Read the rules and the due cases again (after a change, a purge, or F5)."""
        if self._session.vault.is_locked or self._workers.busy:
            return
        try:
            rules = retention.rules(self._session)
            due = retention.due_cases(self._session)
        except USER_ERRORS as error:
            self._model.clear()
            _show(self.error_label, error_text(error))
            self._update_actions()
            return
        self._stored = {rule.kind: rule.years for rule in rules}
        for kind, box in self.year_boxes.items():
            box.blockSignals(True)
            box.setValue(self._stored[kind])
            box.blockSignals(False)
        self._model.set_rows(due, self._session.today())
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.empty_label.setVisible(not due)
        self.counts_label.setText(self._counts_text())
        self._update_actions()

    def _finished(self, _result: int) -> None:
        # A lock closes the dialog and then locks the vault: a purge still running on the
        # connection must end first (the vault is whole either way, committed or rolled back).
        if self._workers.busy:
            self._workers.wait()
        self.clear()

    def clear(self) -> None:
        """Forget every row shown (on close or lock)."""
        self._model.clear()
        self.counts_label.clear()
        _show(self.result_label, "")

    # ------------------------------------------------------------------ rules

    def _changed_rules(self) -> dict[CaseKind, int]:
        return {
            kind: box.value()
            for kind, box in self.year_boxes.items()
            if kind in self._stored and box.value() != self._stored[kind]
        }

    def save_rules(self) -> None:
        """Save each changed rule (one logged change per kind), then read the list again."""
        if self._session.vault.is_locked or self._session.read_only or self._workers.busy:
            return
        changed = self._changed_rules()
        _show(self.error_label, "")
        try:
            for kind, years in changed.items():
                retention.set_rule(self._session, kind, years)
        except USER_ERRORS as error:
            self.rules_status.setText("")
            _show(self.error_label, error_text(error))
        else:
            self.rules_status.setText(
                self.tr("Sparade ändringar: {0}.").format(len(changed)) if changed else ""
            )
        self.reload()

    # ------------------------------------------------------------------ purge

    def purge_selected(self) -> None:
        """Ask for the typed confirmation; the purge starts when it is accepted."""
        ids = self.selected_ids()
        if not ids or not self._may_change():
            return
        chosen = set(ids)
        counts = counts_by_kind(case for case in self._model.rows if case.case_id in chosen)
        dialog = RetentionConfirmDialog(counts, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._start_purge(ids))
        self.confirm_dialog = dialog
        dialog.open()

    def _start_purge(self, ids: list[int]) -> None:
        if not self._may_change():
            return
        session = self._session
        _show(self.error_label, "")
        _show(self.result_label, "")
        self._workers.start(lambda: _purge(session, ids), self._purged, self._failed)

    def finish_purge(self) -> None:
        """After a purge told as unfinished: rebuild the file and remove the backups again."""
        if not self._may_change():
            return
        session = self._session
        _show(self.error_label, "")
        self._workers.start(lambda: _finish(session), self._purged, self._failed)

    def _purged(self, result: object) -> None:
        if self._session.vault.is_locked:
            return
        unfinished = isinstance(result, retention.PurgeUnfinished)
        self.finish_action.setVisible(unfinished)
        self.finish_button.setVisible(unfinished)
        if isinstance(result, retention.PurgeUnfinished):
            self.reload()
            _show(self.error_label, error_text(result))
            self.purged.emit()  # the cases are gone all the same: the workspace reads again
            return
        if isinstance(result, int):  # finish_purge
            self.reload()
            _show(
                self.result_label,
                self.tr(
                    "Gallringen är slutförd. Säkerhetskopior från schemauppdateringar som togs "
                    "bort: {0}."
                ).format(result),
            )
            return
        assert isinstance(result, retention.PurgeResult)
        per_kind = ", ".join(
            self.tr("{0}: {1}").format(domain_text(kind.label), n)
            for kind, n in result.counts.items()
        )
        text = self.tr(
            "Gallrade ärenden: {0} ({1}). Borttagna personer: {2}, dokument: {3}, "
            "säkerhetskopior från schemauppdateringar: {4}."
        ).format(result.cases, per_kind, result.persons, result.documents, result.backups_removed)
        self.reload()
        _show(self.result_label, text)
        self.purged.emit()

    def _failed(self, message: str) -> None:
        if self._session.vault.is_locked:
            return
        self.reload()
        _show(self.error_label, domain_text(message))

    # ------------------------------------------------------------------ state

    def _may_change(self) -> bool:
        session = self._session
        return not (session.vault.is_locked or session.read_only or self._workers.busy)

    def _counts_text(self) -> str:
        rows = self._model.rows
        if not rows:
            return ""
        per_kind = ", ".join(
            self.tr("{0}: {1}").format(domain_text(kind.label), n)
            for kind, n in counts_by_kind(rows).items()
        )
        return self.tr("Ärenden att gallra: {0}, varav försenade: {1}. {2}.").format(
            len(rows), self._model.overdue_count(), per_kind
        )

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_actions()

    def _update_actions(self) -> None:
        writable = not self._session.read_only and not self._workers.busy
        has_rows = self._model.rowCount() > 0
        self.save_button.setEnabled(writable and bool(self._changed_rules()))
        self.select_all_action.setEnabled(has_rows and not self._workers.busy)
        self.purge_action.setEnabled(writable and bool(self.selected_ids()))
        self.reload_action.setEnabled(not self._workers.busy)
        self.finish_action.setEnabled(writable)
        selected = len(self.selected_ids())
        self.purge_button.setText(
            self.tr("&Gallra markerade ({0})…").format(selected)
            if selected
            else self.tr("&Gallra markerade…")
        )

    def _show_busy(self, busy: bool) -> None:
        """Follows the worker pool, the one source of truth for busy."""
        self.busy_bar.setVisible(busy)
        self.table.setEnabled(not busy)
        for box in self.year_boxes.values():
            box.setEnabled(not busy)
        self._update_actions()

    def reject(self) -> None:
        if self._workers.busy and not self._session.vault.is_locked:
            return  # the purge runs to its end; the dialog closes after it
        super().reject()


def _show(label: PlainLabel, text: str) -> None:
    """A message line takes room only while it has something to say."""
    label.setText(text)
    label.setVisible(bool(text))


def _purge(session: Session, ids: list[int]) -> retention.PurgeResult | retention.PurgeUnfinished:
    """The purge for the worker: "deleted, but not yet wiped" comes back as an answer of its
    own, so that the dialog can offer to finish it."""
    try:
        return retention.purge(session, ids)
    except retention.PurgeUnfinished as unfinished:
        return unfinished


def _finish(session: Session) -> int | retention.PurgeUnfinished:
    try:
        return retention.finish_purge(session)
    except retention.PurgeUnfinished as unfinished:
        return unfinished
