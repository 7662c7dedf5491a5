"""Verifiera papper: a scanned QR code is matched against the register, a changed one is not."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from documents_support import add_agent, case_with_client
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from shell_support import ControllerFactory, controller_factory

from skyddsapp.documents.layout import Issuer
from skyddsapp.domain.document_register import paper_code_text
from skyddsapp.services import audit, cases, documents
from skyddsapp.services.context import Session
from skyddsapp.services.documents import DocumentRecord, DocumentStatus, GeneratedDocument
from skyddsapp.ui.paperwork.document_table_model import DocumentTableModel
from skyddsapp.ui.paperwork.pdf_preview import PdfPreviewDialog
from skyddsapp.ui.paperwork.verify_paper_dialog import MATCH_STYLE, WARNING_STYLE, VerifyPaperDialog
from skyddsapp.ui.shell.main_window import real_screens


@pytest.fixture
def generated(session: Session) -> GeneratedDocument:
    case_id = case_with_client(session)
    add_agent(session, case_id)
    file = documents.case_file(session, case_id)
    spec = next(s for s in documents.forms() if s.id == "fullmakt")
    values = {field.name: field.default for field in spec.fields(file)}
    return documents.generate(session, case_id, "fullmakt", values)


@pytest.fixture
def dialog(qtbot: QtBot, session: Session) -> VerifyPaperDialog:
    widget = VerifyPaperDialog(session)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def scan(qtbot: QtBot, dialog: VerifyPaperDialog, text: str) -> None:
    """As a USB scanner does it: the text typed, then Enter."""
    dialog.code.selectAll()
    qtbot.keyClicks(dialog.code, text)
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)


def qr_text(record: DocumentRecord, digest: str | None = None) -> str:
    return paper_code_text(record.number, digest or record.content_sha256)


def test_a_matching_paper(qtbot, dialog: VerifyPaperDialog, session, generated):
    record = generated.record
    scan(qtbot, dialog, qr_text(record))
    assert dialog.check is not None
    assert dialog.check.hash_matches
    assert dialog.outcome.text().startswith(f"✓ QR-koden stämmer med dokument {record.number}")
    # The QR code says which document was printed, not that no one wrote on the paper.
    assert "Jämför papperets text med registrets PDF" in dialog.outcome.text()
    assert dialog.outcome.styleSheet() == MATCH_STYLE
    assert dialog.check.latest_version is None
    reference = cases.get_case(session, record.case_id).reference.formatted()
    shown = {key: label.text() for key, label in dialog.detail_labels.items()}
    assert shown == {
        "title": "Fullmakt",
        "number": record.number,
        "version": "1",
        "case": reference,
        "status": "Skapad",
        "latest": "",
    }
    assert dialog.open_button.isVisible()
    assert dialog.pdf_button.isVisible()
    assert dialog.pdf_button.isEnabled()
    assert not dialog.detail_labels["latest"].isVisible()
    assert dialog.code.selectedText() == dialog.code.text()  # the next scan replaces it


def _views(session: Session, document_id: int) -> int:
    return sum(
        1
        for entry in audit.entries(session.vault)
        if entry.action == "document.view" and entry.object_id == str(document_id)
    )


def test_the_registers_pdf_is_shown_to_compare_with_the_paper(
    qtbot, dialog: VerifyPaperDialog, session, generated
):
    record = generated.record
    assert not dialog.pdf_button.isEnabled()  # nothing checked yet
    scan(qtbot, dialog, qr_text(record))
    before = _views(session, record.id)
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    preview = dialog.preview
    assert isinstance(preview, PdfPreviewDialog)
    assert preview.isVisible()
    assert preview.page_count >= 1
    assert preview.source.document.getAllText(0).text()  # the stored PDF, readable
    assert record.number in preview.windowTitle()
    assert "Registrets PDF" in preview.windowTitle()
    assert preview.print_button.isHidden()
    assert preview.save_button.isHidden()
    assert _views(session, record.id) == before + 1  # looking at it is logged
    dialog.reject()
    assert not preview.isVisible()
    assert preview.source is None  # the PDF is dropped with the dialog
    assert dialog.preview is None


def test_the_next_scan_closes_the_previous_documents_pdf(
    qtbot, dialog: VerifyPaperDialog, generated
):
    scan(qtbot, dialog, qr_text(generated.record))
    dialog.pdf_button.click()
    preview = dialog.preview
    scan(qtbot, dialog, "UH-2026-999999")
    assert not preview.isVisible()
    assert preview.source is None
    assert not dialog.pdf_button.isEnabled()  # no document found


def test_a_newer_version_of_the_form_is_shown(qtbot, dialog: VerifyPaperDialog, session, generated):
    record = generated.record
    file = documents.case_file(session, record.case_id)
    spec = next(s for s in documents.forms() if s.id == "fullmakt")
    values = {field.name: field.default for field in spec.fields(file)}
    newer = documents.generate(session, record.case_id, "fullmakt", values).record
    assert newer.version == 2
    scan(qtbot, dialog, qr_text(record))
    assert dialog.check.hash_matches
    assert dialog.check.latest_version == 2
    assert dialog.outcome.text().startswith("⚠ QR-koden stämmer med dokument")
    assert dialog.outcome.text().endswith("Det finns en nyare version (2) av blanketten i ärendet.")
    assert dialog.outcome.styleSheet() == WARNING_STYLE
    latest = dialog.detail_labels["latest"]
    assert latest.isVisible()
    assert latest.text() == "Version 2 finns i ärendet: papperet är inte den senaste."
    assert dialog.detail_labels["version"].text() == "1"
    scan(qtbot, dialog, qr_text(newer))
    assert dialog.check.latest_version is None
    assert dialog.outcome.styleSheet() == MATCH_STYLE
    assert not latest.isVisible()


def test_a_changed_paper_is_a_warning(qtbot, dialog: VerifyPaperDialog, generated):
    scan(qtbot, dialog, qr_text(generated.record, "0" * 64))
    assert not dialog.check.hash_matches
    assert dialog.outcome.text().startswith("⚠ Innehållet stämmer INTE")
    assert dialog.outcome.styleSheet() == WARNING_STYLE
    assert dialog.details.isVisible()


def test_an_unknown_number_and_an_unreadable_code(qtbot, dialog: VerifyPaperDialog, generated):
    scan(qtbot, dialog, "UH-2026-999999")
    assert dialog.check.document is None
    assert "Inget dokument med numret UH-2026-999999" in dialog.outcome.text()
    assert not dialog.open_button.isVisible()
    assert not dialog.details.isVisible()
    scan(qtbot, dialog, "hej hej")
    assert dialog.check is None
    assert dialog.error.isVisible()
    assert "QR-kod i skyddsapp" in dialog.error.text()
    assert not dialog.outcome.isVisible()


def test_a_number_without_checksum_is_neutral(qtbot, dialog: VerifyPaperDialog, generated):
    scan(qtbot, dialog, generated.record.number)
    assert dialog.check.document is not None
    assert not dialog.check.hash_checked
    assert dialog.outcome.text().startswith("ℹ")


def test_open_case_asks_for_the_document(qtbot, dialog: VerifyPaperDialog, generated):
    scan(qtbot, dialog, qr_text(generated.record))
    with qtbot.waitSignal(dialog.open_case_requested) as signal:
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert signal.args == [generated.record.case_id, generated.record.id]
    assert not dialog.isVisible()
    assert dialog.code.text() == ""


@pytest.fixture
def make_controller(qapp: QApplication, tmp_path: Path) -> Iterator[ControllerFactory]:
    yield from controller_factory(qapp, tmp_path)


def test_the_main_window_verifies_and_opens_the_document(
    qtbot: QtBot, session: Session, generated: GeneratedDocument, make_controller
):
    controller = make_controller(session.vault.folder, screens=real_screens())
    controller.open_session(session)
    window = controller.main_window
    window.verify_action.trigger()
    dialog = window.verify_dialog
    assert dialog.isVisible()
    scan(qtbot, dialog, qr_text(generated.record))
    dialog.open_button.click()
    view = window._case_tabs[generated.record.case_id]
    assert window.tabs.currentWidget() is view
    assert view.tabs.currentWidget() is view.documents
    assert view.documents.selected_record().id == generated.record.id


def test_the_register_model_needs_no_window(qapp):
    model = DocumentTableModel()
    moment = dt.datetime(2026, 11, 27, 9, 30, tzinfo=dt.UTC)
    record = DocumentRecord(
        id=7, number="NX-2026-000007", case_id=1, form_id="samtycke",
        title="Samtycke till informationsutbyte", issuer=Issuer.NEXUS, version=2,
        content_sha256="a" * 64, protected=True, created_at=moment, created_by="anna",
        printed_at=moment, printed_by="anna", print_count=3, signed_on=dt.date(2026, 11, 27),
        signed_by="Klienten", has_scan=True, archived_at=None, archived_by=None,
    )  # fmt: skip
    model.set_rows([record])
    assert model.rowCount() == 1
    assert model.columnCount() == 8
    texts = [model.data(model.index(0, c)) for c in range(8)]
    assert texts[0] == "NX-2026-000007"
    assert texts[2] == "2"
    assert texts[4] == "Underskriven"
    assert texts[5].endswith("(3 ggr)")
    assert texts[6] == "2026-11-27"
    assert texts[7] == "Bifogad"
    assert record.status is DocumentStatus.SIGNED
    assert model.data(model.index(0, 0), DocumentTableModel.DocumentIdRole) == 7
    assert model.data(model.index(0, 6), Qt.ItemDataRole.ToolTipRole) == "Underskrivet av Klienten"
    assert model.row_of(7) == 0
    model.clear()
    assert model.rowCount() == 0
