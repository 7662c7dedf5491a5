"""The case view's Dokument tab: the case's document register and what can be done with a paper."""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from skyddsapp.domain.errors import DomainError
from skyddsapp.services import documents
from skyddsapp.services.context import Session
from skyddsapp.services.documents import DocumentRecord, DocumentStatus, GeneratedDocument
from skyddsapp.services.errors import ServiceError
from skyddsapp.ui.paperwork.document_flows import DocumentFlows, document_caption
from skyddsapp.ui.paperwork.document_table_model import DocumentTableModel
from skyddsapp.ui.paperwork.form_options_dialog import FormOptionsDialog
from skyddsapp.ui.paperwork.form_picker_dialog import FormPickerDialog
from skyddsapp.ui.paperwork.pdf_preview import PdfPreviewDialog
from skyddsapp.ui.paperwork.sign_document_dialog import SignDocumentDialog
from skyddsapp.ui.paperwork.verify_paper_dialog import VerifyPaperDialog
from skyddsapp.ui.widgets.labels import error_text
from skyddsapp.ui.widgets.plain_text import PlainLabel

if TYPE_CHECKING:
    from skyddsapp.documents.forms import FormSpec


class RegisterTable(QTableView):
    """Enter previews (double-click too); other keys as usual."""

    enter_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.enter_pressed.emit()
            return
        super().keyPressEvent(event)


class CaseDocumentsTab(QWidget):
    """``changed`` after anything was stored (the case view reloads, this tab with it);
    ``document_requested(case_id, document_id)`` when a verified paper belongs elsewhere."""

    changed = Signal()
    document_requested = Signal(int, int)

    def __init__(
        self,
        session: Session,
        case_id: int,
        parent: QWidget | None = None,
        *,
        read_only: bool | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.case_id = case_id
        # The services refuse a change by a read-only role anyway; this only hides the buttons.
        may_change = session.vault.user.role.may_change_cases
        self.read_only = not may_change if read_only is None else read_only
        self.flows = DocumentFlows(session, parent=self)
        self.preview: PdfPreviewDialog | None = None
        self.preview_id: int | None = None
        self.scan_window: QDialog | None = None
        self.active_dialog: QDialog | None = None
        self.model = DocumentTableModel(self)
        self.table = RegisterTable(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Dokumentregister"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DocumentTableModel.FORM, QHeaderView.ResizeMode.Stretch)
        self.empty_label = PlainLabel(self.tr("Inga dokument har skapats i ärendet ännu."), self)
        self._make_actions()
        self.table.doubleClicked.connect(lambda _index: self.preview_selected())
        self.table.enter_pressed.connect(self.preview_selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())
        self.update_actions()

    # ------------------------------------------------------------------ actions

    def showEvent(self, event: QShowEvent) -> None:  # Qt's name
        super().showEvent(event)
        warm_up_forms()

    def _action(self, text: str, shortcut: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setIconText(text)  # a tool button would drop the "…" that says a dialog follows
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            # Only while the focus is in this tab: another case's tab has the same shortcuts.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(self.tr("{0} ({1})").format(text.rstrip("…"), shown))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.new_action = self._action(self.tr("Ny blankett…"), "Ctrl+Shift+N", self.new_form)
        # Its shortcut (Ctrl+Shift+V) is the main window's, which works from every tab.
        self.verify_action = self._action(self.tr("Verifiera papper…"), "", self.verify_paper)
        self.preview_action = self._action(
            self.tr("Förhandsgranska"), "Ctrl+Shift+F", self.preview_selected
        )
        self.print_action = self._action(self.tr("Skriv ut…"), "Ctrl+P", self.print_selected)
        self.sign_action = self._action(
            self.tr("Registrera underskrift…"), "Ctrl+Shift+U", self.sign_selected
        )
        self.attach_action = self._action(
            self.tr("Bifoga skannat papper…"), "Ctrl+Shift+B", self.attach_scan
        )
        self.show_scan_action = self._action(
            self.tr("Visa skanning"), "Ctrl+Shift+K", self.show_scan
        )
        self.archive_action = self._action(
            self.tr("Arkivera"), "Ctrl+Shift+A", self.archive_selected
        )
        self.save_action = self._action(
            self.tr("Spara som PDF…"), "Ctrl+Shift+S", self.save_selected
        )
        self.change_actions = (
            self.new_action,
            self.print_action,
            self.sign_action,
            self.attach_action,
            self.archive_action,
        )
        self.buttons: dict[QAction, QToolButton] = {}
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        for action in (self.new_action, self.verify_action):
            top.addWidget(self._button(action))
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        for action in (
            self.preview_action,
            self.print_action,
            self.sign_action,
            self.attach_action,
            self.show_scan_action,
            self.archive_action,
            self.save_action,
        ):
            bottom.addWidget(self._button(action))
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (
            self.preview_action,
            self.print_action,
            self.sign_action,
            self.attach_action,
            self.show_scan_action,
            self.archive_action,
            self.save_action,
        ):
            if not (self.read_only and action in self.change_actions):
                self.table.addAction(action)
        for action in self.change_actions:
            action.setVisible(not self.read_only)
            self.buttons[action].setVisible(not self.read_only)

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.buttons[action] = button
        return button

    def update_actions(self) -> None:
        record = self.selected_record()
        has = record is not None
        is_open = record is not None and record.status is not DocumentStatus.ARCHIVED
        writable = not self.read_only
        self.new_action.setEnabled(writable)
        self.preview_action.setEnabled(has)
        self.save_action.setEnabled(has)
        self.print_action.setEnabled(writable and is_open)
        self.sign_action.setEnabled(writable and is_open)
        self.attach_action.setEnabled(writable and is_open)
        self.archive_action.setEnabled(writable and is_open)
        self.show_scan_action.setEnabled(record is not None and record.has_scan)
        self.empty_label.setVisible(self.model.rowCount() == 0)

    # ------------------------------------------------------------------ data

    def reload(self) -> None:
        """Read the register again, keeping the selected document selected."""
        if self.session.vault.is_locked:
            return
        selected = self.selected_record()
        try:
            rows = documents.register(self.session, self.case_id)
        except (DomainError, ServiceError) as error:
            rows = []
            self.empty_label.setText(error_text(error))
        self.model.set_rows(rows)
        if selected is not None:
            self.select_document(selected.id)
        self.update_actions()

    def selected_record(self) -> DocumentRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def select_document(self, document_id: int) -> bool:
        row = self.model.row_of(document_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def release(self) -> None:
        """At lock: close what shows a document and forget the register."""
        for window in (self.preview, self.scan_window, self.active_dialog):
            if window is not None:
                QDialog.done(window, QDialog.DialogCode.Rejected)
        self.preview = self.scan_window = self.active_dialog = None
        self.preview_id = None
        self.model.clear()

    def _stored(self, record: DocumentRecord | None) -> None:
        if record is None or self.session.vault.is_locked:
            return
        self.reload()
        self.select_document(record.id)
        self.changed.emit()

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.active_dialog = dialog
        dialog.open()

    # ------------------------------------------------------------------ new form

    def new_form(self) -> None:
        if self.read_only or self.session.vault.is_locked:
            return
        picker = FormPickerDialog(documents.forms(), self)
        picker.accepted.connect(lambda: self._form_chosen(picker))
        self._open(picker)

    def new_form_of(self, form_id: str) -> None:
        """Straight to the options of one form (the Nycklar tab's receipts and orders)."""
        if self.read_only or self.session.vault.is_locked:
            return
        spec = next((s for s in documents.forms() if s.id == form_id), None)
        if spec is not None:
            self._open_options(spec)

    def _form_chosen(self, picker: FormPickerDialog) -> None:
        spec = picker.chosen
        if spec is None or self.session.vault.is_locked:
            return
        self._open_options(spec)

    def _open_options(self, spec: FormSpec) -> None:
        try:
            file = documents.case_file(self.session, self.case_id)
        except (DomainError, ServiceError) as error:
            self.flows.warn(self, self.tr("Ny blankett"), error_text(error))
            return
        dialog = FormOptionsDialog(self.session, self.case_id, spec, file, self)
        dialog.accepted.connect(lambda: self._generated(dialog.generated))
        self._open(dialog)

    def _generated(self, generated: GeneratedDocument | None) -> None:
        if generated is None or self.session.vault.is_locked:
            return
        self._stored(generated.record)
        self.open_preview(generated.record, generated.pdf)

    # ------------------------------------------------------------------ preview

    def preview_selected(self) -> None:
        record = self.selected_record()
        if record is None or self.session.vault.is_locked:
            return
        try:
            data = documents.pdf(self.session, record.id)
        except (DomainError, ServiceError) as error:
            self.flows.warn(self, self.tr("Förhandsgranska"), error_text(error))
            return
        self.open_preview(record, data)

    def open_preview(self, record: DocumentRecord, data: bytes) -> PdfPreviewDialog:
        if self.preview is not None:
            self.preview.reject()
        writable = not self.read_only and record.status is not DocumentStatus.ARCHIVED
        preview = PdfPreviewDialog(data, document_caption(record), self, can_print=writable)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.print_requested.connect(lambda: self._print_from_preview(preview, record.id))
        preview.save_requested.connect(lambda: self._save(record.id, preview))
        preview.finished.connect(lambda _result: self._preview_closed(preview))
        self.preview, self.preview_id = preview, record.id
        preview.show()
        return preview

    def _preview_closed(self, preview: PdfPreviewDialog) -> None:
        if self.preview is preview:
            self.preview = self.preview_id = None

    def _current(self, document_id: int) -> DocumentRecord | None:
        try:
            return documents.get(self.session, document_id)
        except (DomainError, ServiceError):
            return None

    def _print_from_preview(self, preview: PdfPreviewDialog, document_id: int) -> None:
        record = self._current(document_id)
        if record is None or preview.source is None or self.read_only:
            return
        printed = self.flows.print_document(record, preview, preview.source.document)
        self._stored(printed)
        if printed is not None and printed.status is DocumentStatus.ARCHIVED:
            preview.print_button.setEnabled(False)

    # ------------------------------------------------------------------ paper

    def print_selected(self) -> None:
        record = self.selected_record()
        if record is not None and not self.read_only and not self.session.vault.is_locked:
            self._stored(self.flows.print_document(record, self))

    def _save(self, document_id: int, parent: QWidget) -> None:
        record = self._current(document_id)
        if record is not None and not self.session.vault.is_locked:
            self.flows.save_pdf(record, parent)

    def save_selected(self) -> None:
        record = self.selected_record()
        if record is not None:
            self._save(record.id, self)

    def sign_selected(self) -> None:
        record = self.selected_record()
        if record is None or self.read_only or self.session.vault.is_locked:
            return
        dialog = SignDocumentDialog(self.session, record, self)
        dialog.accepted.connect(lambda: self._stored(dialog.saved))
        self._open(dialog)

    def attach_scan(self) -> None:
        record = self.selected_record()
        if record is not None and not self.read_only and not self.session.vault.is_locked:
            self._stored(self.flows.attach_scan(record, self))

    def show_scan(self) -> None:
        record = self.selected_record()
        if record is None or not record.has_scan or self.session.vault.is_locked:
            return
        window = self.flows.show_scan(record, self)
        if window is None:
            return
        if self.scan_window is not None:
            self.scan_window.reject()
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.scan_window = window
        window.finished.connect(lambda _result: self._scan_closed(window))
        window.show()

    def _scan_closed(self, window: QDialog) -> None:
        if self.scan_window is window:
            self.scan_window = None

    def archive_selected(self) -> None:
        record = self.selected_record()
        if record is not None and not self.read_only and not self.session.vault.is_locked:
            self._stored(self.flows.archive(record, self))

    # ------------------------------------------------------------------ verify

    def verify_paper(self) -> None:
        if self.session.vault.is_locked:
            return
        dialog = VerifyPaperDialog(self.session, self)
        dialog.open_case_requested.connect(self._verified)
        self._open(dialog)

    def _verified(self, case_id: int, document_id: int) -> None:
        if case_id == self.case_id:
            self.reload()
            self.select_document(document_id)
            self.table.setFocus()
        else:
            self.document_requested.emit(case_id, document_id)


_warmed = threading.Event()


def warm_up_forms() -> None:
    """Import the forms (reportlab, about 0.35 s) in the background the first time a Dokument
    tab is shown, so that the first "Ny blankett" does not wait for it."""
    if _warmed.is_set():
        return
    _warmed.set()
    threading.Thread(
        target=importlib.import_module,
        args=("skyddsapp.documents.forms",),
        name="warm-up-forms",
        daemon=True,
    ).start()
