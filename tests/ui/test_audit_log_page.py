"""Logg: searching the audit log, verifying it, reviews, the extract, and who may see it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from shell_support import ControllerFactory, controller_factory, no_sleep
from shiboken6 import Shiboken

from skyddsapp.domain.audit_review import AuditQuery
from skyddsapp.domain.users import Role
from skyddsapp.services import accounts, audit, demo, sessions
from skyddsapp.services.context import Session
from skyddsapp.services.errors import NotAllowed
from skyddsapp.ui.admin.audit_log_dialog import AuditLogDialog
from skyddsapp.ui.admin.audit_log_page import AuditLogPage
from skyddsapp.ui.admin.audit_table_model import AuditTableModel
from skyddsapp.ui.paperwork.file_dialogs import FileDialogs

AUDITOR_PHRASE = "granska-loggen-noga!"
COLLEAGUE_PHRASE = "nexus-demo-fras!"  # every colleague's, as in conftest.demo_template


@pytest.fixture
def make_controller(qapp: QApplication, tmp_path: Path) -> Iterator[ControllerFactory]:
    yield from controller_factory(qapp, tmp_path)


@pytest.fixture
def asked() -> list[str]:
    return []


@pytest.fixture
def page(session: Session, qtbot: QtBot, tmp_path: Path, asked: list[str]) -> AuditLogPage:
    def save_path(_parent: QWidget | None, title: str, name: str, _filter: str) -> Path:
        asked.append(f"save {title} {name}")
        return tmp_path / "utdrag" / name

    def confirm(_parent: QWidget | None, title: str, text: str) -> bool:
        asked.append(f"confirm {title} {text}")
        return True

    (tmp_path / "utdrag").mkdir()
    page = AuditLogPage(session, dialogs=FileDialogs(save_path=save_path, confirm=confirm))
    qtbot.addWidget(page)
    page.show()
    return page


def _column(page: AuditLogPage, column: int) -> list[str]:
    model = page.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_search_by_user_and_action_prefix_shows_only_matching_rows(
    page: AuditLogPage, qtbot: QtBot
) -> None:
    page.user.setText(demo.DEMO_USER)
    page.action.setText("case.")
    qtbot.mouseClick(page.search_button, Qt.MouseButton.LeftButton)
    users = _column(page, AuditTableModel.USER)
    assert users
    assert set(users) == {demo.DEMO_USER}
    assert all(a.startswith("case.") for a in _column(page, AuditTableModel.ACTION))
    assert page.status.text().endswith("loggposter") or page.status.text() == "1 loggpost"

    page.user.setText(demo.DEMO_COLLEAGUE)
    qtbot.keyClick(page.user, Qt.Key.Key_Return)  # Enter in a filter searches too
    assert page.model.rowCount() == 0
    assert page.status.text() == "Inga loggposter matchar."


def test_search_by_period_and_flagged_only(page: AuditLogPage, session: Session) -> None:
    page.since.setText("2000-01-01")
    page.until.setText("2000-12-31")
    page.search()
    assert page.model.rowCount() == 0
    page.since.clear()
    page.until.clear()
    page.flagged.setChecked(True)
    page.search()
    expected = audit.search(session.vault, AuditQuery(flagged_only=True))
    assert page.model.rowCount() == len(expected)


def test_a_bad_date_is_named_next_to_its_field_and_nothing_is_searched(
    page: AuditLogPage, session: Session
) -> None:
    before = len(audit.entries(session.vault))
    page.since.setText("2026-13-01")
    page.case_id.setText("abc")
    page.search()
    assert "ÅÅÅÅ-MM-DD" in page.errors.message("since")
    assert "positivt heltal" in page.errors.message("case_id")
    assert page.model.rowCount() == 0
    assert len(audit.entries(session.vault)) == before  # not even the search was logged
    assert not page.export_button.isEnabled()


def test_who_has_seen_needs_a_person_id_and_lists_the_looks(
    page: AuditLogPage, session: Session
) -> None:
    page.who_has_seen()
    assert page.errors.message("person_id")
    assert page.model.rowCount() == 0
    person_id = next(
        int(e.object_id) for e in audit.entries(session.vault) if e.object_type == "person"
    )
    page.person_id.setText(str(person_id))
    page.who_has_seen()
    assert page.errors.message("person_id") == ""
    expected = audit.who_has_seen(session.vault, person_id)
    assert page.model.rowCount() == len(expected)
    assert page.export_button.isEnabled() == bool(expected)


def test_verify_shows_the_result(page: AuditLogPage, qtbot: QtBot) -> None:
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    assert page.verify_result.text().startswith("Kedjan är obruten:")
    assert "poster kontrollerade" in page.verify_result.text()


def test_a_signed_off_review_is_listed(page: AuditLogPage, session: Session) -> None:
    panel = page.reviews
    assert panel.list.count() == 0
    panel.since.setText("2026-11-01")
    panel.until.setText("2026-10-01")
    panel.sign_off()
    assert panel.errors.message("until")
    assert audit.reviews(session.vault) == []
    panel.until.setText("2026-11-30")
    panel.remarks.setPlainText("<b>Inga avvikelser</b>")
    panel.sign_off()
    assert panel.list.count() == 1
    shown = panel.list.item(0).text()
    assert shown.startswith("2026-11-01 – 2026-11-30: granskad av " + demo.DEMO_USER)
    assert "<b>Inga avvikelser</b>" in shown  # as typed
    assert panel.since.text() == ""
    assert len(audit.reviews(session.vault)) == 1


def test_the_extract_warns_first_and_writes_a_pdf(
    page: AuditLogPage, session: Session, tmp_path: Path, asked: list[str]
) -> None:
    assert not page.export_button.isEnabled()  # nothing shown, nothing to extract
    page.action.setText("case.")
    page.search()
    assert page.export_button.isEnabled()
    page.export_button.click()
    assert asked[0].startswith("confirm Loggutdrag som PDF")
    assert "Exporten loggas" in asked[0]
    assert asked[1] == "save Loggutdrag som PDF loggutdrag.pdf"
    written = tmp_path / "utdrag" / "loggutdrag.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    assert "Loggutdraget sparades" in page.status.text()
    assert audit.entries(session.vault)[-1].action == "audit.export"


def test_clear_drops_everything(page: AuditLogPage) -> None:
    page.user.setText(demo.DEMO_USER)
    page.search()
    page.verify()
    assert page.model.rowCount()
    page.clear()
    assert page.model.rowCount() == 0
    assert page.user.text() == ""
    assert page.verify_result.text() == ""
    assert page.reviews.list.count() == 0


def test_a_handler_cannot_open_the_log(
    make_controller: ControllerFactory, session: Session
) -> None:
    folder = session.vault.folder
    sessions.lock(session)
    handler = sessions.unlock(folder, demo.DEMO_COLLEAGUE, COLLEAGUE_PHRASE, sleep=no_sleep)
    controller = make_controller(folder)
    controller.open_session(handler)
    window = controller.main_window
    assert window is not None
    assert not window.audit_log_action.isEnabled()
    assert not window.audit_log_action.isVisible()
    window.open_audit_log()
    assert not any(isinstance(w, AuditLogDialog) for w in QApplication.topLevelWidgets())
    with pytest.raises(NotAllowed):
        audit.search(handler.vault, AuditQuery())
    with pytest.raises(NotAllowed):
        audit.verify(handler.vault)


def test_an_administrator_opens_the_log_and_a_lock_closes_it(
    make_controller: ControllerFactory, session: Session, qtbot: QtBot
) -> None:
    controller = make_controller(session.vault.folder)
    controller.open_session(session)
    window = controller.main_window
    assert window is not None
    assert window.audit_log_action.isEnabled()
    window.audit_log_action.trigger()
    dialog = window.audit_log_dialog
    assert dialog.isVisible()
    dialog.page.user.setText(demo.DEMO_USER)
    dialog.page.search()
    model = dialog.page.model
    assert model.rowCount() > 0
    controller.lock()
    assert model.rowCount() == 0  # dropped at once, before Qt deletes the dialog
    qtbot.waitUntil(lambda: not Shiboken.isValid(dialog), timeout=5000)
    assert session.vault.is_locked


def test_an_auditor_unlocking_gets_the_log_and_a_lock_closes_it(
    make_controller: ControllerFactory, session: Session, qtbot: QtBot
) -> None:
    accounts.add_user(session.vault, "granskare", "Gun Granskare", Role.AUDITOR, AUDITOR_PHRASE)
    folder = session.vault.folder
    sessions.lock(session)
    controller = make_controller(folder)
    controller.show_unlock()
    dialog = controller.unlock_dialog
    assert dialog is not None
    dialog.user_edit.setText("granskare")
    dialog.passphrase_edit.setText(AUDITOR_PHRASE)
    qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.auditor_window is not None, timeout=10000)
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    assert not [box for box in boxes if box.isVisible()]  # no refusal
    window = controller.auditor_window
    assert window is not None
    assert controller.main_window is None
    assert controller.auto_lock.running
    page = window.page
    page.action.setText("vault.")
    page.search()
    assert page.model.rowCount() > 0
    page.verify()
    assert page.verify_result.text().startswith("Kedjan är obruten:")
    window.lock_action.trigger()
    assert page.model.rowCount() == 0
    assert controller.auditor_window is None
    assert controller.session is None
    qtbot.waitUntil(lambda: not Shiboken.isValid(window), timeout=5000)
    assert controller.unlock_dialog is not None


def test_a_search_that_reaches_the_row_limit_says_so(
    page: AuditLogPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from skyddsapp.ui.admin import audit_log_page

    monkeypatch.setattr(audit_log_page, "MAX_ROWS", 3)  # the search returns more than this
    qtbot.mouseClick(page.search_button, Qt.MouseButton.LeftButton)
    rows = page.model.rowCount()
    assert rows > 3
    assert page.status.text() == (
        f"De första {rows} loggposterna visas. Avgränsa sökningen (period, användare, "
        "ärende) för att se resten."
    )
