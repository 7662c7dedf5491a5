"""The case view's Historik tab: the versions of the case and of each person, flat and lease in
it; two versions compared field by field; an earlier value restored (a logged change).

Protected values come masked from `services.history`; "Visa skyddade värden …" asks for a
reason and shows them until the case is read again (a lock or any change drops them).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skyddsapp.domain.errors import DomainError
from skyddsapp.domain.history import (
    FieldChange,
    RecordKind,
    Version,
    action_label,
    compare,
    display,
)
from skyddsapp.services import history, history_restore
from skyddsapp.services.context import Session
from skyddsapp.services.errors import ServiceError
from skyddsapp.ui.cases.case_data import CaseData
from skyddsapp.ui.cases.case_table_model import local_time
from skyddsapp.ui.widgets.field_errors import error_label
from skyddsapp.ui.widgets.form_widgets import add_row, form_layout
from skyddsapp.ui.widgets.labels import domain_text, error_text
from skyddsapp.ui.widgets.plain_text import PlainLabel, plain_tooltip

HIDDEN_TEXT = "••••••"


class CaseHistoryTab(QWidget):
    """Emits `changed` after a restore, so that the case view reads the case again."""

    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.versions: list[Version] = []
        self.records: list[tuple[RecordKind, int]] = []
        self.names: dict[int, str] = {}
        self.revealed = False
        layout = QVBoxLayout(self)
        top = QWidget(self)
        form = form_layout(top)
        self.record = QComboBox(top)
        self.record.setAccessibleName(self.tr("Post"))
        add_row(form, self.tr("&Post:"), self.record)
        layout.addWidget(top)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.version_list = QListWidget(splitter)
        self.version_list.setAccessibleName(self.tr("Versioner"))
        right = QWidget(splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        compare_row = QHBoxLayout()
        self.against = QComboBox(right)
        self.against.setAccessibleName(self.tr("Jämför med version"))
        against_label = PlainLabel(self.tr("&Jämför med:"), right)
        against_label.setBuddy(self.against)
        compare_row.addWidget(against_label)
        compare_row.addWidget(self.against, 1)
        right_layout.addLayout(compare_row)
        self.summary = PlainLabel(parent=right)
        self.summary.setWordWrap(True)
        right_layout.addWidget(self.summary)
        self.table = QTableWidget(0, 3, right)
        self.table.setAccessibleName(self.tr("Ändrade fält"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Fält"), self.tr("Jämförd version"), self.tr("Vald version")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        right_layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.reveal_button = QPushButton(self.tr("&Visa skyddade värden …"), right)
        self.restore_button = QPushButton(self.tr("&Återställ värdet från jämförd version"), right)
        self.restore_button.setToolTip(
            self.tr("Sparar fältets värde från den jämförda versionen som en ny ändring (loggas).")
        )
        buttons.addWidget(self.reveal_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        right_layout.addLayout(buttons)
        self.error = error_label(right)
        right_layout.addWidget(self.error)
        splitter.addWidget(self.version_list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([320, 800])
        layout.addWidget(splitter, 1)

        self.record.currentIndexChanged.connect(lambda _i: self.load_versions())
        self.version_list.currentRowChanged.connect(lambda _r: self._version_chosen())
        self.against.currentIndexChanged.connect(lambda _i: self.show_changes())
        self.table.itemSelectionChanged.connect(self._enable)
        self.reveal_button.clicked.connect(self.reveal)
        self.restore_button.clicked.connect(self.restore)

    # ----------------------------------------------------------------- showing

    def show_data(self, data: CaseData) -> None:
        """List the case's records; the chosen one is kept when it is still there."""
        kept = self.current_record()
        self.names = {pid: p.full_name for pid, p in data.persons.items()}
        entries: list[tuple[str, tuple[RecordKind, int]]] = [
            (
                self.tr("Ärendet {0}").format(data.case.reference.formatted()),
                (RecordKind.CASE, data.case_id),
            )
        ]
        entries += [
            (self.tr("Person: {0}").format(p.full_name), (RecordKind.PERSON, pid))
            for pid, p in data.persons.items()
        ]
        entries += [
            (self.tr("Lägenhet: {0}").format(a.object_number), (RecordKind.APARTMENT, aid))
            for aid, a in data.apartments.items()
        ]
        entries += [
            (self.tr("Hyresavtal: {0}").format(lease.contract_number), (RecordKind.LEASE, lid))
            for lid, lease in data.leases.items()
        ]
        self.records = [record for _text, record in entries]
        self.record.blockSignals(True)
        self.record.clear()
        for text, _record in entries:
            self.record.addItem(text)
        index = self.records.index(kept) if kept in self.records else 0
        self.record.setCurrentIndex(index)
        self.record.blockSignals(False)
        self.load_versions()

    def load_versions(self, *, revealed: list[Version] | None = None) -> None:
        chosen = self.current_record()
        self.error.hide()
        if chosen is None or self.session.vault.is_locked:
            return
        kind, object_id = chosen
        self.revealed = revealed is not None
        self.versions = revealed or history.record_history(self.session, kind, object_id)
        self.version_list.blockSignals(True)
        self.version_list.clear()
        for version in reversed(self.versions):  # newest first
            text = self.tr("{0}. {1}  {2}  {3}").format(
                version.number,
                local_time(version.at),
                version.user_name,
                domain_text(action_label(version.action)),
            )
            item = QListWidgetItem(text, self.version_list)
            item.setData(Qt.ItemDataRole.UserRole, version.number)
        self.version_list.blockSignals(False)
        self.version_list.setCurrentRow(0)
        self._version_chosen()

    def _version_chosen(self) -> None:
        selected = self.selected_version()
        self.against.blockSignals(True)
        self.against.clear()
        self.against.addItem(self.tr("Föregående version"), None)
        for version in reversed(self.versions):
            if selected is None or version.number != selected.number:
                self.against.addItem(self.tr("Version {0}").format(version.number), version.number)
        self.against.blockSignals(False)
        self.show_changes()

    def selected_version(self) -> Version | None:
        items = self.version_list.selectedItems()
        if not items:
            return None
        number = items[0].data(Qt.ItemDataRole.UserRole)
        return next((v for v in self.versions if v.number == number), None)

    def compared_version(self) -> Version | None:
        selected = self.selected_version()
        number = self.against.currentData()
        if number is None:
            if selected is None:
                return None
            return next((v for v in self.versions if v.number == selected.number - 1), None)
        return next((v for v in self.versions if v.number == number), None)

    def show_changes(self) -> None:
        selected = self.selected_version()
        kind = self.kind()
        self.table.setRowCount(0)
        self.changes: list[FieldChange] = []
        if selected is None or kind is None:
            self.summary.setText(self.tr("Ingen historik finns ännu för posten."))
            self._enable()
            return
        other = self.compared_version()
        self.changes = compare(other, selected, kind)
        if other is None:
            self.summary.setText(
                self.tr("Version {0} är den första: alla fält med värde.").format(selected.number)
            )
        elif not self.changes:
            self.summary.setText(
                self.tr("Versionerna {0} och {1} är lika.").format(other.number, selected.number)
            )
        else:
            self.summary.setText(
                self.tr("Fält som skiljer version {0} från version {1}:").format(
                    other.number, selected.number
                )
            )
        for change in self.changes:
            row = self.table.rowCount()
            self.table.insertRow(row)
            for column, text in enumerate(
                (
                    domain_text(change.label),
                    self._value(change, change.before),
                    self._value(change, change.after),
                )
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(plain_tooltip(text))
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self._enable()

    def _value(self, change: FieldChange, value: object) -> str:
        if change.hidden:
            return self.tr("{0} (skyddat)").format(HIDDEN_TEXT)
        kind = self.kind()
        assert kind is not None
        return domain_text(display(kind, change.key, value, self.names)) or self.tr("–")

    def current_record(self) -> tuple[RecordKind, int] | None:
        index = self.record.currentIndex()
        return self.records[index] if 0 <= index < len(self.records) else None

    def select_record(self, kind: RecordKind, object_id: int) -> None:
        self.record.setCurrentIndex(self.records.index((kind, object_id)))

    def kind(self) -> RecordKind | None:
        chosen = self.current_record()
        return chosen[0] if chosen is not None else None

    def _enable(self) -> None:
        hidden = any(v.hidden for v in self.versions)
        self.reveal_button.setVisible(hidden and not self.revealed)
        row = self.table.currentRow()
        change = self.changes[row] if 0 <= row < len(self.changes) else None
        may_restore = (
            change is not None
            and change.restorable
            and self.compared_version() is not None
            and not self.session.read_only
        )
        self.restore_button.setEnabled(may_restore)

    # ----------------------------------------------------------------- acting

    def reveal(self) -> None:
        from skyddsapp.ui.cases.reveal_dialog import RevealDialog

        chosen = self.current_record()
        if chosen is None:
            return
        kind, object_id = chosen
        found: list[list[Version]] = []

        def ask(_field: object, reason: str) -> str:
            found.append(history.reveal_history(self.session, kind, object_id, reason))
            return ""

        dialog = RevealDialog(self.session, object_id, ["history"], self, reveal=ask)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if accepted and found and not self.session.vault.is_locked:
            self.load_versions(revealed=found[-1])

    def restore(self) -> None:
        chosen = self.current_record()
        other = self.compared_version()
        row = self.table.currentRow()
        if chosen is None or other is None or not 0 <= row < len(self.changes):
            return
        kind, object_id = chosen
        key = self.changes[row].key
        self.error.hide()
        try:
            history_restore.restore(self.session, kind, object_id, other.number, key)
        except (DomainError, ServiceError) as error:
            self.error.setText(error_text(error))
            self.error.show()
            return
        self.changed.emit()

    def mask_all(self) -> None:
        """Drop revealed values (a lock, or the case read again)."""
        if self.revealed:
            self.load_versions()
