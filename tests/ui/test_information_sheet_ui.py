"""Arkiv → Skriv ut informationsblad…: the campaign sheet with no case, previewed, printed and
saved from the main window, with nothing counted or logged."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
import shiboken6
from documents_support import FakeDialogs, MemoryPrinter, ink
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from shell_support import ControllerFactory, controller_factory

from skyddsapp.services.context import Session
from skyddsapp.ui.paperwork.information_sheet_flow import JOB_NAME, InformationSheetFlow
from skyddsapp.ui.paperwork.pdf_preview import PdfPreviewDialog
from skyddsapp.ui.shell.controller import AppController
from skyddsapp.ui.shell.main_window import MainWindow

TITLE = "Informationsblad: stöd vid våld i nära relation"


@pytest.fixture
def make_controller(qapp: QApplication, tmp_path: Path) -> Iterator[ControllerFactory]:
    yield from controller_factory(qapp, tmp_path)


@pytest.fixture
def controller(make_controller: ControllerFactory, session: Session) -> AppController:
    controller = make_controller(session.vault.folder)
    controller.open_session(session)
    return controller


@pytest.fixture
def window(controller: AppController) -> MainWindow:
    window = controller.main_window
    assert window is not None
    return window


def _audit_count(session: Session) -> int:
    return int(session.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0])


def _open(window: MainWindow) -> tuple[InformationSheetFlow, PdfPreviewDialog]:
    window.information_sheet_action.trigger()
    flow = window.information_sheet
    assert flow is not None
    assert flow.preview is not None
    return flow, flow.preview


def test_the_action_is_in_the_file_menu_with_its_shortcut(window: MainWindow) -> None:
    action = window.information_sheet_action
    file_menu = window.menuBar().actions()[0].menu()
    assert action in file_menu.actions()
    assert action.text() == "Skriv &ut informationsblad…"
    assert action.shortcut() == QKeySequence("Ctrl+Shift+I")
    assert action.isEnabled()


def test_it_opens_the_preview_of_the_sheet_without_a_case(
    window: MainWindow, session: Session, qtbot: QtBot
) -> None:
    before = _audit_count(session)
    _flow, preview = _open(window)
    qtbot.waitExposed(preview)
    assert preview.windowTitle() == "Förhandsgranskning – Informationsblad"
    assert preview.source is not None
    assert preview.source.page_count == 1
    assert preview.print_button.isVisible()
    assert preview.save_button.isVisible()
    assert _audit_count(session) == before  # nothing personal was looked at
    # Asked again: one preview, the new one.
    _flow, again = _open(window)
    assert again is not preview
    assert not preview.isVisible()


def test_printing_paints_the_sheet_and_counts_nothing(
    window: MainWindow, session: Session, qtbot: QtBot
) -> None:
    flow, preview = _open(window)
    printer = MemoryPrinter()
    flow.printer = printer
    before = _audit_count(session)
    preview.print_button.click()
    assert len(printer.sheets) == 1
    assert ink(printer.sheets[0]) > 100
    assert printer.printer.docName() == JOB_NAME
    assert _audit_count(session) == before
    assert flow.message is None


def test_printing_to_a_file_is_refused_with_a_pointer_to_save(window: MainWindow) -> None:
    flow, preview = _open(window)
    printer = MemoryPrinter(choose=lambda p: p.setOutputFileName("/tmp/utskrift.pdf"))
    flow.printer = printer
    preview.print_button.click()
    assert printer.sheets == []
    assert flow.message is not None
    assert "Använd Spara som PDF" in flow.message.text()


def test_saving_asks_only_where(window: MainWindow, session: Session, tmp_path: Path) -> None:
    flow, preview = _open(window)
    target = tmp_path / "kampanj.pdf"
    flow.dialogs = FakeDialogs(save=target)
    before = _audit_count(session)
    preview.save_button.click()
    assert flow.dialogs.asked == ["save informationsblad.pdf"]  # no personal-data warning
    text = "".join(page.extract_text() for page in pypdf.PdfReader(target).pages)
    assert TITLE in text
    assert "Ärende" not in text
    assert _audit_count(session) == before


def test_a_lock_closes_the_preview(
    controller: AppController, window: MainWindow, qtbot: QtBot
) -> None:
    _flow, preview = _open(window)
    qtbot.waitExposed(preview)
    controller.lock()
    assert not shiboken6.isValid(preview) or not preview.isVisible()
