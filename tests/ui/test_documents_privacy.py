"""Paperwork leaves no trace: no temp or home files while previewing and printing, and a lock
closes every window that shows a document."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from documents_support import MemoryPrinter, add_agent, case_with_client, ink
from PySide6.QtCore import QRect, QTimer
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from shell_support import ControllerFactory, controller_factory
from shiboken6 import Shiboken

from skyddsapp.services import documents
from skyddsapp.services.context import Session
from skyddsapp.services.demo import DEMO_PASSPHRASE, DEMO_USER
from skyddsapp.ui.cases.case_view import CaseView
from skyddsapp.ui.paperwork.pdf_printing import PdfPrinter, PdfSource, chosen_pages, paint_pages
from skyddsapp.ui.paperwork.verify_paper_dialog import VerifyPaperDialog
from skyddsapp.ui.shell.clipboard import SecretClipboard
from skyddsapp.vault.vault import Vault


def _files(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


@pytest.fixture
def clean_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """An empty home and an empty temp folder that Python and Qt both use from now on."""
    home, temp = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    temp.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("TMPDIR", str(temp))
    for variable in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setattr(tempfile, "tempdir", None)
    assert tempfile.gettempdir() == str(temp)
    return home, temp


def test_preview_and_print_write_no_file(
    qtbot: QtBot, session: Session, clean_dirs: tuple[Path, Path]
):
    home, temp = clean_dirs
    case_id = case_with_client(session)
    add_agent(session, case_id)
    view = CaseView(session, case_id, SecretClipboard())
    qtbot.addWidget(view)
    view.show()
    tab = view.documents
    tab.flows.printer = MemoryPrinter()
    tab.new_action.trigger()
    tab.active_dialog.select("fullmakt")
    tab.active_dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    tab.active_dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: tab.preview is not None)
    preview = tab.preview
    qtbot.wait(200)  # let the view render its pages
    preview.zoom_in()
    qtbot.wait(100)
    preview.print_requested.emit()
    assert tab.flows.printer.sheets
    tab.print_action.trigger()  # from the register: the PDF is loaded from memory again
    preview.reject()
    tab.preview_selected()
    qtbot.wait(100)
    tab.preview.reject()
    assert documents.register(session, case_id)[0].print_count == 2
    assert _files(home) == set()
    assert _files(temp) == set()


def test_pages_are_painted_from_memory(qtbot: QtBot, session: Session):
    case_id = case_with_client(session)
    add_agent(session, case_id)
    generated = documents.generate(session, case_id, "fullmakt", _fullmakt_values(session, case_id))
    source = PdfSource(generated.pdf)
    assert source.ok
    sheet = QImage(210, 297, QImage.Format.Format_RGB32)
    sheet.fill(QColor("white"))
    painter = QPainter(sheet)
    pages = list(range(source.page_count))
    painted = paint_pages(source.document, painter, QRect(0, 0, 210, 297), pages[:1], 600)
    painter.end()
    assert painted == 1
    assert ink(sheet) > 0
    source.close()
    assert source.buffer.size() == 0


def test_the_chosen_pages_follow_the_print_dialog(qapp):
    printer = QPrinter()
    assert chosen_pages(printer, 3) == [0, 1, 2]
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert chosen_pages(printer, 3) == [1, 2]
    printer.setFromTo(2, 9)
    assert chosen_pages(printer, 3) == [1, 2]


def _fullmakt_values(session: Session, case_id: int) -> dict:
    file = documents.case_file(session, case_id)
    spec = next(s for s in documents.forms() if s.id == "fullmakt")
    return {field.name: field.default for field in spec.fields(file)}


@pytest.fixture
def make_controller(qapp: QApplication, tmp_path: Path) -> Iterator[ControllerFactory]:
    yield from controller_factory(qapp, tmp_path)


def test_a_lock_closes_the_preview_and_drops_the_pdf(
    make_controller: ControllerFactory, session: Session, qtbot: QtBot
):
    from skyddsapp.ui.shell.main_window import real_screens

    case_id = case_with_client(session)
    add_agent(session, case_id)
    generated = documents.generate(session, case_id, "fullmakt", _fullmakt_values(session, case_id))
    controller = make_controller(session.vault.folder, screens=real_screens())
    controller.open_session(session)
    window = controller.main_window
    window.open_case(case_id)
    view = window._case_tabs[case_id]
    view.show_document(generated.record.id)
    view.documents.preview_selected()
    preview = view.documents.preview
    assert preview is not None
    assert preview.isVisible()
    window.verify_action.trigger()
    verify = window.verify_dialog
    verify.code.setText(generated.record.number)
    verify.verify()
    assert verify.check is not None
    verify.pdf_button.click()  # the register's PDF, to compare with the paper
    register_pdf = verify.preview
    assert register_pdf is not None
    assert register_pdf.isVisible()
    controller.lock()
    assert session.vault.is_locked
    assert not Shiboken.isValid(preview) or not preview.isVisible()
    assert not Shiboken.isValid(preview) or preview.source is None
    assert not Shiboken.isValid(verify) or verify.check is None
    assert not Shiboken.isValid(register_pdf) or not register_pdf.isVisible()
    assert not Shiboken.isValid(register_pdf) or register_pdf.source is None
    assert view.documents.model.rowCount() == 0
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert visible == [controller.unlock_dialog]
    assert not any(isinstance(w, VerifyPaperDialog) for w in visible)


def test_a_lock_while_the_print_dialog_is_open_prints_nothing(
    make_controller: ControllerFactory, session: Session, qtbot: QtBot
):
    """A native print dialog cannot be closed at a lock: when it returns, nothing is printed."""
    from skyddsapp.ui.shell.main_window import real_screens

    case_id = case_with_client(session)
    add_agent(session, case_id)
    generated = documents.generate(session, case_id, "fullmakt", _fullmakt_values(session, case_id))
    controller = make_controller(session.vault.folder, screens=real_screens())
    controller.open_session(session)
    window = controller.main_window
    window.open_case(case_id)
    tab = window._case_tabs[case_id].documents
    tab.select_document(generated.record.id)
    printer = MemoryPrinter(choose=lambda _printer: controller.lock())
    tab.flows.printer = printer
    tab.print_selected()
    assert session.vault.is_locked
    assert printer.dialogs  # it was asked, and said "Skriv ut" after the lock
    assert printer.sheets == []
    assert tab.flows.message is None
    vault = Vault.unlock(session.vault.folder, DEMO_USER, DEMO_PASSPHRASE, sleep=lambda _s: None)
    try:
        record = documents.get(Session(vault, session.today), generated.record.id)
    finally:
        vault.lock()
    assert record.print_count == 0
    assert record.printed_at is None


def test_a_lock_closes_qts_own_print_dialog_and_prints_nothing(
    make_controller: ControllerFactory, session: Session, qtbot: QtBot
):
    """Qt's print dialog (Linux) is a dialog like ours: the lock closes it, nothing is counted."""
    from skyddsapp.ui.shell.main_window import real_screens

    case_id = case_with_client(session)
    add_agent(session, case_id)
    generated = documents.generate(session, case_id, "fullmakt", _fullmakt_values(session, case_id))
    controller = make_controller(session.vault.folder, screens=real_screens())
    controller.open_session(session)
    window = controller.main_window
    window.open_case(case_id)
    tab = window._case_tabs[case_id].documents
    tab.select_document(generated.record.id)
    tab.preview_selected()
    tab.flows.printer = PdfPrinter()  # the real QPrintDialog
    shown: list[QPrintDialog] = []

    def lock_while_asking() -> None:
        shown.extend(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QPrintDialog) and w.isVisible()
        )
        controller.lock()

    QTimer.singleShot(50, lock_while_asking)
    tab.preview.print_requested.emit()  # returns once the dialog has been closed
    assert len(shown) == 1
    assert session.vault.is_locked
    assert not any(
        w.isVisible() for w in QApplication.topLevelWidgets() if isinstance(w, QPrintDialog)
    )
    qtbot.wait(50)  # the retired window and the preview are deleted without a crash
    vault = Vault.unlock(session.vault.folder, DEMO_USER, DEMO_PASSPHRASE, sleep=lambda _s: None)
    try:
        assert documents.get(Session(vault, session.today), generated.record.id).print_count == 0
    finally:
        vault.lock()
