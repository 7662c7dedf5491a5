"""The Dokument tab driven like a handler would: new form, preview, print, sign, scan, archive."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from documents_support import (
    FakeDialogs,
    MemoryPrinter,
    add_agent,
    case_with_client,
    ink,
)
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from skyddsapp.domain.person import CaseRole
from skyddsapp.services import cases, documents, persons
from skyddsapp.services.context import Session
from skyddsapp.services.documents import DocumentStatus
from skyddsapp.ui.cases.case_view import CaseView
from skyddsapp.ui.paperwork.document_table_model import DocumentTableModel
from skyddsapp.ui.paperwork.form_options_dialog import FormOptionsDialog
from skyddsapp.ui.paperwork.form_picker_dialog import FormPickerDialog
from skyddsapp.ui.paperwork.image_viewer_dialog import ImageViewerDialog
from skyddsapp.ui.paperwork.pdf_preview import PdfPreviewDialog
from skyddsapp.ui.paperwork.pdf_printing import PdfPrinter, real_print_dialog
from skyddsapp.ui.paperwork.sign_document_dialog import SignDocumentDialog
from skyddsapp.ui.shell.clipboard import SecretClipboard

COLUMN = DocumentTableModel


@pytest.fixture
def case_id(session: Session) -> int:
    found = case_with_client(session)
    add_agent(session, found)
    return found


@pytest.fixture
def view(qtbot: QtBot, session: Session, case_id: int) -> CaseView:
    widget = CaseView(session, case_id, SecretClipboard())
    qtbot.addWidget(widget)
    widget.resize(1366, 740)
    widget.show()
    widget.tabs.setCurrentWidget(widget.documents)
    return widget


def click_ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def generate_fullmakt(qtbot: QtBot, view: CaseView) -> PdfPreviewDialog:
    """Ny blankett → Fullmakt → Skapa, through the real dialogs."""
    tab = view.documents
    qtbot.mouseClick(tab.buttons[tab.new_action], Qt.MouseButton.LeftButton)
    picker = tab.active_dialog
    assert isinstance(picker, FormPickerDialog)
    assert len(picker.specs) == 16
    picker.select("fullmakt")
    click_ok(picker)
    options = tab.active_dialog
    assert isinstance(options, FormOptionsDialog)
    assert options.spec.id == "fullmakt"
    click_ok(options)
    qtbot.waitUntil(lambda: tab.preview is not None)
    assert tab.preview is not None
    return tab.preview


def row_text(view: CaseView, column: int, row: int = 0) -> str:
    model = view.documents.model
    return model.data(model.index(row, column))


def test_the_case_view_has_a_document_tab_with_an_empty_register(view: CaseView):
    tab = view.documents
    titles = [view.tabs.tabText(i).replace("&", "") for i in range(view.tabs.count())]
    assert "Dokument" in titles
    assert view.tabs.widget(titles.index("Dokument")) is tab
    assert tab.model.rowCount() == 0
    assert not tab.empty_label.isHidden()
    assert tab.new_action.isEnabled()
    for action in (tab.preview_action, tab.print_action, tab.sign_action, tab.archive_action):
        assert not action.isEnabled()
    headers = [
        tab.model.headerData(c, Qt.Orientation.Horizontal) for c in range(COLUMN.COLUMN_COUNT)
    ]
    assert headers == [
        "Dokumentnr", "Blankett", "Version", "Skapad", "Status", "Utskriven", "Underskriven",
        "Skanning",
    ]  # fmt: skip


def test_generate_preview_print_sign_archive(qtbot: QtBot, view: CaseView, session, case_id):
    tab = view.documents
    preview = generate_fullmakt(qtbot, view)
    assert preview.isVisible()
    assert preview.page_count >= 1
    assert "Sida 1 av" in preview.page_label.text()
    record = documents.register(session, case_id)[0]
    assert record.form_id == "fullmakt"
    assert tab.model.rowCount() == 1
    assert row_text(view, COLUMN.NUMBER) == record.number
    assert row_text(view, COLUMN.STATUS) == "Skapad"
    assert tab.selected_record().id == record.id
    events = cases.get_case(session, case_id).events
    assert any(record.number in event.text for event in events)

    printer = MemoryPrinter()
    tab.flows.printer = printer
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    assert len(printer.sheets) == preview.page_count
    assert all(ink(sheet) > 0 for sheet in printer.sheets)
    assert printer.printer.docName() == record.number  # the print queue sees no name
    assert row_text(view, COLUMN.STATUS) == "Utskriven"
    assert row_text(view, COLUMN.PRINTED) != "–"
    assert documents.get(session, record.id).print_count == 1

    tab.select_document(record.id)
    tab.sign_action.trigger()
    dialog = tab.active_dialog
    assert isinstance(dialog, SignDocumentDialog)
    dialog.signed_by.setText("Klienten och ombudet")
    click_ok(dialog)
    assert row_text(view, COLUMN.STATUS) == "Underskriven"
    assert row_text(view, COLUMN.SIGNED) == "2026-11-27"
    assert documents.get(session, record.id).signed_by == "Klienten och ombudet"

    tab.flows.dialogs = FakeDialogs(confirm=True)
    tab.select_document(record.id)
    tab.archive_action.trigger()
    assert row_text(view, COLUMN.STATUS) == "Arkiverad"
    assert documents.get(session, record.id).status is DocumentStatus.ARCHIVED
    for action in (tab.print_action, tab.sign_action, tab.attach_action, tab.archive_action):
        assert not action.isEnabled()
    assert tab.preview_action.isEnabled()
    assert tab.save_action.isEnabled()


def test_a_cancelled_print_counts_nothing(qtbot: QtBot, view: CaseView, session, case_id):
    generate_fullmakt(qtbot, view).reject()
    tab = view.documents
    tab.flows.printer = MemoryPrinter(accepted=False)
    tab.print_action.trigger()
    assert tab.flows.printer.dialogs  # the dialog was asked
    assert tab.flows.printer.sheets == []
    assert documents.register(session, case_id)[0].print_count == 0
    assert row_text(view, COLUMN.STATUS) == "Skapad"


def test_the_print_dialog_offers_no_print_to_file(qtbot: QtBot):
    printer = PdfPrinter()
    dialog = real_print_dialog(printer.printer, None)
    assert not dialog.testOption(QPrintDialog.PrintDialogOption.PrintToFile)
    dialog.show()
    qtbot.waitExposed(dialog)
    destinations = dialog.findChild(QComboBox, "printers")
    assert destinations is not None
    names = [destinations.itemText(i) for i in range(destinations.count())]
    assert not any("PDF" in name or "File" in name for name in names), names
    dialog.hide()
    Shiboken.delete(dialog)  # before its QPrinter


REFUSED_FILE = "Utskrift till fil är avstängd. Använd Spara som PDF, som frågar först och loggas."


def test_a_file_chosen_in_the_print_dialog_is_refused(
    qtbot: QtBot, view: CaseView, session, case_id, tmp_path: Path
):
    generate_fullmakt(qtbot, view).reject()
    tab = view.documents
    out = tmp_path / "ut"
    out.mkdir()
    target = out / "utskrift.pdf"
    choices = [
        lambda printer: printer.setOutputFileName(str(target)),  # "Print to File (PDF)"
        lambda printer: printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat),  # no printer
        lambda printer: None,  # a printer, next time
    ]
    printer = MemoryPrinter(choose=lambda p: choices.pop(0)(p))
    tab.flows.printer = printer
    for _ in range(2):
        tab.flows.message = None
        tab.print_action.trigger()
        assert tab.flows.message is not None
        assert tab.flows.message.text() == REFUSED_FILE
        assert printer.sheets == []
        assert documents.register(session, case_id)[0].print_count == 0
        assert row_text(view, COLUMN.STATUS) == "Skapad"
    assert list(out.iterdir()) == []
    tab.flows.message = None
    tab.print_action.trigger()  # the file chosen before does not stick to the printer
    assert tab.flows.message is None
    assert printer.sheets
    assert documents.register(session, case_id)[0].print_count == 1


def test_signing_shows_the_domains_errors_next_to_the_fields(qtbot, view: CaseView, session):
    generate_fullmakt(qtbot, view).reject()
    tab = view.documents
    tab.sign_action.trigger()
    dialog = tab.active_dialog
    assert isinstance(dialog, SignDocumentDialog)
    assert dialog.signed_on.maximumDate().toPython() == dt.date(2026, 11, 27)
    dialog.signed_on.setDate(dialog.signed_on.date().addDays(-3))  # before the document's date
    click_ok(dialog)
    assert dialog.isVisible()
    assert "före dokumentets datum" in dialog.errors.message("signed_on")
    assert dialog.errors.message("signed_by")  # who signed is required
    assert tab.selected_record().signed_on is None


def test_a_validation_error_is_shown_next_to_its_field(qtbot, view: CaseView, session, case_id):
    tab = view.documents
    tab.new_action.trigger()
    picker = tab.active_dialog
    picker.select("fullmakt")
    click_ok(picker)
    options = tab.active_dialog
    valid_until = options.inputs["valid_until"].widget
    valid_until.setDate(valid_until.date().addDays(-200))
    for _value, box in options.inputs["scopes"].widget.boxes:
        box.setChecked(False)
    click_ok(options)
    assert options.isVisible()
    assert options.errors.message("valid_until")
    assert "minst en" in options.errors.message("scopes")
    assert documents.register(session, case_id) == []
    assert tab.preview is None


def test_missing_data_is_listed_and_nothing_is_stored(qtbot, session: Session):
    case_id = case_with_client(session)
    add_agent(session, case_id, with_number=False)
    view = CaseView(session, case_id, SecretClipboard())
    qtbot.addWidget(view)
    view.show()
    tab = view.documents
    before = len(documents.register(session, case_id))
    tab.new_action.trigger()
    picker = tab.active_dialog
    picker.select("fullmakt")
    click_ok(picker)
    options = tab.active_dialog
    click_ok(options)
    assert options.isVisible()
    assert options.missing_items == ["ombudets personnummer"]
    assert "Det saknas:" in options.missing.text()
    assert "<li>ombudets personnummer</li>" in options.missing.text()
    assert not options.missing.isHidden()
    assert len(documents.register(session, case_id)) == before
    assert tab.model.rowCount() == before
    assert tab.preview is None


def test_every_form_builds_its_options_dialog(qtbot, session: Session, case_id: int):
    file = documents.case_file(session, case_id)
    for spec in documents.forms():
        dialog = FormOptionsDialog(session, case_id, spec, file)
        qtbot.addWidget(dialog)
        names = {field.name for field in spec.fields(file)}
        assert set(dialog.inputs) == names, spec.id
        dialog.values()  # every input gives a value of its kind
        assert dialog.issuer.currentData() is spec.issuer
        dialog.reject()


def test_save_as_pdf_asks_first_and_cancel_writes_nothing(
    qtbot: QtBot, view: CaseView, session, tmp_path: Path
):
    generate_fullmakt(qtbot, view).reject()
    tab = view.documents
    target = tmp_path / "export"
    target.mkdir()
    record = tab.selected_record()

    said_no = FakeDialogs(confirm=False, save=target / "x.pdf")
    tab.flows.dialogs = said_no
    tab.save_action.trigger()
    assert len(said_no.asked) == 1
    assert "personuppgifter okrypterat" in said_no.asked[0]
    cancelled = FakeDialogs(confirm=True, save=None)
    tab.flows.dialogs = cancelled
    tab.save_action.trigger()
    assert cancelled.asked[1] == f"save {record.number}.pdf"  # no name in the suggestion
    assert list(target.iterdir()) == []

    tab.flows.dialogs = FakeDialogs(confirm=True, save=target / "fullmakt.pdf")
    tab.save_action.trigger()
    saved = target / "fullmakt.pdf"
    assert saved.read_bytes().startswith(b"%PDF-")
    assert saved.stat().st_mode & 0o777 == 0o600


def test_a_refused_export_is_explained(qtbot: QtBot, view: CaseView, session):
    generate_fullmakt(qtbot, view).reject()
    tab = view.documents
    tab.flows.dialogs = FakeDialogs(save=session.vault.folder / "in-the-vault.pdf")
    tab.save_action.trigger()
    assert tab.flows.message is not None
    assert "valvets mapp" in tab.flows.message.text()
    assert not (session.vault.folder / "in-the-vault.pdf").exists()


def _png(path: Path) -> Path:
    image = QImage(60, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("navy"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    path.write_bytes(bytes(data))
    return path


def test_a_scan_is_attached_and_shown_from_memory(
    qtbot: QtBot, view: CaseView, session, tmp_path: Path
):
    generate_fullmakt(qtbot, view).reject()
    tab = view.documents
    assert not tab.show_scan_action.isEnabled()
    tab.flows.dialogs = FakeDialogs(open_=_png(tmp_path / "skanning.png"))
    tab.attach_action.trigger()
    assert row_text(view, COLUMN.SCAN) == "Bifogad"
    assert tab.show_scan_action.isEnabled()
    tab.show_scan_action.trigger()
    viewer = tab.scan_window
    assert isinstance(viewer, ImageViewerDialog)
    assert viewer.ok
    assert tab.selected_record().number in viewer.windowTitle()
    viewer.reject()
    assert viewer.image is None

    # A PDF scan opens in the preview, without print or save.
    pdf_scan = tmp_path / "skanning.pdf"
    pdf_scan.write_bytes(documents.pdf(session, tab.selected_record().id))
    tab.flows.dialogs = FakeDialogs(open_=pdf_scan)
    tab.attach_action.trigger()
    tab.show_scan_action.trigger()
    window = tab.scan_window
    assert isinstance(window, PdfPreviewDialog)
    assert window.page_count >= 1
    assert window.print_button.isHidden()
    window.reject()


def test_a_scan_that_is_not_a_scan_is_refused(qtbot, view: CaseView, tmp_path: Path):
    generate_fullmakt(qtbot, view).reject()
    tab = view.documents
    text = tmp_path / "anteckning.pdf"
    text.write_text("inte en pdf", "utf-8")
    tab.flows.dialogs = FakeDialogs(open_=text)
    tab.attach_action.trigger()
    assert "varken PDF, PNG eller JPEG" in tab.flows.message.text()
    assert row_text(view, COLUMN.SCAN) == "–"


def test_enter_and_double_click_preview(qtbot: QtBot, view: CaseView):
    generate_fullmakt(qtbot, view).reject()
    tab = view.documents
    assert tab.preview is None
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert tab.preview is not None
    assert tab.preview.page_count >= 1


def test_the_preview_zooms_and_drops_the_pdf_when_closed(qtbot: QtBot, view: CaseView):
    preview = generate_fullmakt(qtbot, view)
    assert "Sidbredd" in preview.zoom_label.text()
    preview.zoom_in()
    assert "%" in preview.zoom_label.text()
    larger = preview.view.zoomFactor()
    preview.zoom_out()
    assert preview.view.zoomFactor() < larger
    preview.fit_width()
    assert "Sidbredd" in preview.zoom_label.text()
    preview.reject()
    assert preview.source is None
    assert view.documents.preview is None


def test_releasing_the_view_closes_the_preview(qtbot: QtBot, view: CaseView):
    preview = generate_fullmakt(qtbot, view)
    view.release()
    assert not preview.isVisible()
    assert preview.source is None
    assert view.documents.model.rowCount() == 0


def test_a_read_only_role_sees_the_register_without_change_actions(
    qtbot: QtBot, view: CaseView, session, case_id
):
    from skyddsapp.ui.paperwork.case_documents_tab import CaseDocumentsTab

    generate_fullmakt(qtbot, view).reject()
    tab = CaseDocumentsTab(session, case_id, read_only=True)
    qtbot.addWidget(tab)
    tab.show()
    tab.reload()
    assert tab.model.rowCount() == 1
    for action in tab.change_actions:
        assert not action.isVisible()
        assert not tab.buttons[action].isVisible()
    tab.select_document(tab.model.record(0).id)
    assert tab.preview_action.isEnabled()
    assert tab.preview_action in tab.table.actions()
    assert tab.print_action not in tab.table.actions()
    tab.preview_selected()
    assert tab.preview is not None
    assert tab.preview.print_button.isHidden()


def test_no_window_title_carries_personal_data(qtbot: QtBot, view: CaseView, session, case_id):
    case = cases.get_case(session, case_id)
    people = [persons.get_person(session, p.person_id) for p in case.parties]
    secrets = {name for p in people for name in (p.first_name, p.last_name)}
    secrets |= {p.personal_number.formatted() for p in people if p.personal_number}
    client = persons.get_person(session, case.person_ids(CaseRole.CLIENT)[0])
    assert client.first_name in secrets
    generate_fullmakt(qtbot, view)
    view.documents.sign_action.trigger()
    view.documents.verify_paper()
    titles = [w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert len(titles) >= 3
    for title in titles:
        assert not any(secret in title for secret in secrets), title


def test_the_actions_have_shortcuts_in_the_tab(qtbot: QtBot, view: CaseView):
    tab = view.documents
    expected = {
        tab.new_action: "Ctrl+Shift+N",
        tab.preview_action: "Ctrl+Shift+F",
        tab.print_action: "Ctrl+P",
        tab.sign_action: "Ctrl+Shift+U",
        tab.attach_action: "Ctrl+Shift+B",
        tab.show_scan_action: "Ctrl+Shift+K",
        tab.archive_action: "Ctrl+Shift+A",
        tab.save_action: "Ctrl+Shift+S",
    }
    for action, keys in expected.items():
        assert action.shortcut().toString() == keys
        assert action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
        assert keys in action.toolTip()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    tab.table.setFocus()
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(tab.table, Qt.Key.Key_N, modifiers)
    assert isinstance(tab.active_dialog, FormPickerDialog)
    tab.active_dialog.reject()


def test_key_rows_are_edited_in_a_table(qtbot, session: Session, case_id: int):
    from skyddsapp.domain.paperwork.keys import KeyKind, KeyRow
    from skyddsapp.ui.keys.key_rows_editor import COUNT, KIND, MARKING, KeyRowsEditor

    spec = next(s for s in documents.forms() if s.id == "nyckelkvittens_utlamning")
    dialog = FormOptionsDialog(session, case_id, spec, documents.case_file(session, case_id))
    qtbot.addWidget(dialog)
    dialog.show()
    editor = dialog.inputs["keys"].widget
    assert isinstance(editor, KeyRowsEditor)
    while editor.table.rowCount():
        editor.table.selectRow(0)
        editor.remove_current()
    assert editor.value() == ()
    click_ok(dialog)
    assert "minst en" in dialog.errors.message("keys")
    row = editor.add_row()
    editor.table.cellWidget(row, KIND).setCurrentIndex(1)
    editor.set_text(row, MARKING, "A1")
    editor.table.cellWidget(row, COUNT).setValue(2)
    [key] = editor.value()
    assert isinstance(key, KeyRow)
    assert (key.kind, key.marking, key.count) == (KeyKind.TAGG, "A1", 2)
    editor.table.cellWidget(row, COUNT).setValue(0)
    click_ok(dialog)
    assert dialog.errors.message("keys")  # a row of no keys is refused, under the table
    assert dialog.isVisible()
