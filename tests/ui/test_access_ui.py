"""Who sees a case, on the desktop: opening is logged, handlers and sharing are changed in their
dialog, a case handed over closes, nödåtkomst asks for a reason, the wizard can share."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard
from pytestqt.qtbot import QtBot
from shell_support import ControllerFactory, controller_factory, no_sleep

from skyddsapp.domain.access import Organisation
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.services import accounts, audit, cases, demo, sessions
from skyddsapp.services.context import Session
from skyddsapp.services.search import search_cases
from skyddsapp.ui.cases.case_view import CaseView
from skyddsapp.ui.cases.handlers_dialog import HandlersDialog
from skyddsapp.ui.shell.clipboard import SecretClipboard
from skyddsapp.ui.widgets.glass_dialog import GlassDialog
from skyddsapp.ui.wizard.new_case_wizard import NewCaseWizard


def last_entries(session: Session, count: int) -> list[tuple[str, str, str, str]]:
    rows = session.conn.execute(
        "SELECT user_name, action, object_id, details FROM audit_log ORDER BY id DESC LIMIT ?",
        (count,),
    ).fetchall()
    return [tuple(r) for r in reversed(rows)]


def audit_count(session: Session) -> int:
    return int(session.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0])


def own_case(session: Session) -> int:
    """A case demo handles alone, not shared."""
    for row in search_cases(session, limit=200).rows:
        case = cases.get_case(session, row.id)
        if case.handlers == (demo.DEMO_USER,) and case.shared_with is None:
            return row.id
    raise AssertionError("the demo vault has no such case")


def other_teams_case(session: Session) -> tuple[int, str]:
    """A case only the other team's handler has: demo does not see it."""
    row = session.conn.execute(
        "SELECT c.id, c.reference FROM cases c WHERE c.id IN (SELECT case_id FROM case_handlers "
        "WHERE user_name = ?) AND c.id NOT IN (SELECT case_id FROM case_handlers "
        "WHERE user_name <> ?) ORDER BY c.id LIMIT 1",
        (demo.DEMO_OTHER_TEAM, demo.DEMO_OTHER_TEAM),
    ).fetchone()
    assert row is not None
    return int(row[0]), str(row[1])


@pytest.fixture
def clipboard(qtbot: QtBot) -> SecretClipboard:
    return SecretClipboard()


def open_view(qtbot: QtBot, session: Session, case_id: int, clipboard: SecretClipboard) -> CaseView:
    view = CaseView(session, case_id, clipboard)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    return view


def test_opening_a_case_is_logged_once_and_reloading_is_not(
    qtbot: QtBot, session: Session, clipboard: SecretClipboard
) -> None:
    case_id = own_case(session)
    before = audit_count(session)
    view = open_view(qtbot, session, case_id, clipboard)
    assert last_entries(session, 1) == [(demo.DEMO_USER, "case.open", str(case_id), "")]
    view.reload()
    view.refresh()
    assert audit_count(session) == before + 1
    assert view.glass_label.isHidden()
    handlers = view.overview.values["Handläggare"].text()
    assert handlers == "demo (Uppsalahem)"
    assert view.overview.values["Organisation"].text() == "Uppsalahem"


def test_the_handlers_dialog_shares_assigns_and_unassigns(qtbot: QtBot, session: Session) -> None:
    case_id = own_case(session)
    dialog = HandlersDialog(session, case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    candidates = [dialog.candidates.itemData(i) for i in range(dialog.candidates.count())]
    # Not shared: only Uppsalahem's handlers may be assigned (the other team's too).
    assert candidates == [demo.DEMO_TEAMMATE, demo.DEMO_OTHER_TEAM]
    assert dialog.sharing_label.text() == "Ärendet hör till Uppsalahem och är inte delat."
    qtbot.mouseClick(dialog.share_button, Qt.MouseButton.LeftButton)
    assert dialog.sharing_label.text() == "Ärendet hör till Uppsalahem och är delat med Nexus."
    dialog.candidates.setCurrentIndex(dialog.candidates.findData(demo.DEMO_COLLEAGUE))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert [dialog.handler_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(2)] == [
        demo.DEMO_USER,
        demo.DEMO_COLLEAGUE,
    ]
    assert dialog.handler_list.item(1).text() == "nexus.demo — Nexus Demo (Nexus)"
    # Sharing cannot end while Nexus is on the case: the reason shows, nothing changes.
    count = audit_count(session)
    qtbot.mouseClick(dialog.share_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible()
    assert dialog.error.text().startswith("Ta först bort handläggarna från Nexus")
    assert audit_count(session) == count
    dialog.handler_list.setCurrentRow(1)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.handler_list.count() == 1
    # The last handler stays.
    dialog.handler_list.setCurrentRow(0)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert "minst en handläggare" in dialog.error.text()
    assert [e[1] for e in last_entries(session, 3)] == [
        "case.share",
        "case.assign",
        "case.unassign",
    ]
    with qtbot.waitSignal(dialog.accepted):
        dialog.finish()
    assert cases.get_case(session, case_id).shared_with is Organisation.NEXUS


def test_handing_a_case_over_asks_first_and_closes_the_view(
    qtbot: QtBot, session: Session, clipboard: SecretClipboard
) -> None:
    case_id = own_case(session)
    view = open_view(qtbot, session, case_id, clipboard)
    view.overview.handlers_button.click()
    dialog = view.active_dialog
    assert isinstance(dialog, HandlersDialog)
    dialog.candidates.setCurrentIndex(dialog.candidates.findData(demo.DEMO_OTHER_TEAM))
    dialog.add_button.click()
    dialog.handler_list.setCurrentRow(0)
    assert dialog.handler_list.currentItem().data(Qt.ItemDataRole.UserRole) == demo.DEMO_USER
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])

    def answer() -> None:
        box = next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible()
            ),
            None,
        )
        if box is None:
            QTimer.singleShot(10, answer)
            return
        assert "ser varken du eller ditt team ärendet" in box.text()
        box.button(next(answers)).click()

    QTimer.singleShot(0, answer)
    dialog.remove_button.click()  # answered No: nothing happens
    assert dialog.handler_list.count() == 2
    QTimer.singleShot(0, answer)
    with qtbot.waitSignal(view.access_lost) as lost:
        dialog.remove_button.click()
    assert lost.args == [case_id]
    assert case_id not in {r.id for r in search_cases(session, limit=500).rows}


def test_nodatkomst_asks_for_a_reason_logs_it_and_marks_the_view(
    qtbot: QtBot, session: Session, clipboard: SecretClipboard
) -> None:
    case_id, reference = other_teams_case(session)
    assert case_id not in {r.id for r in search_cases(session, limit=500).rows}
    dialog = GlassDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    before = audit_count(session)
    qtbot.keyClicks(dialog.reference, reference)
    qtbot.keyClicks(dialog.reason, "kolla")
    dialog.buttons.accepted.emit()
    assert dialog.isVisible()
    assert "minst 10 tecken" in dialog.errors.message("reason")
    assert audit_count(session) == before
    dialog.reason.setText("Klienten står i receptionen, handläggaren är sjuk.")
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.accepted.emit()
    assert dialog.case_id == case_id
    assert last_entries(session, 1) == [(demo.DEMO_USER, "case.break_glass", str(case_id), "")]
    flagged = audit.search(session.vault, audit.AuditQuery(flagged_only=True))
    assert [e.object_id for e in flagged][-1] == str(case_id)
    view = open_view(qtbot, session, case_id, clipboard)
    assert view.glass_label.isVisible()
    assert "nödåtkomst" in view.glass_label.text()


def test_the_wizard_shares_a_new_case_only_when_asked(qtbot: QtBot, session: Session) -> None:
    wizard = NewCaseWizard(session)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.kind_page.set_kind(CaseKind.PRIORITY)
    wizard.next()
    form = wizard.client_page.form
    form.first_name.setText("Delma")
    form.last_name.setText("Delningsdotter")
    wizard.next()
    wizard.next()
    page = wizard.details_page
    assert wizard.currentPage() is page
    assert page.share.text() == "D&ela ärendet med Nexus"
    page.handlers.setText(f"{demo.DEMO_USER}, {demo.DEMO_COLLEAGUE}")
    wizard.next()
    assert wizard.currentPage() is page
    assert "Dela ärendet med Nexus innan" in page.errors.message("handlers")
    page.share.setChecked(True)
    wizard.next()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    case = cases.get_case(session, wizard.created_case_id)
    assert case.shared_with is Organisation.NEXUS
    assert case.handlers == (demo.DEMO_USER, demo.DEMO_COLLEAGUE)


@pytest.fixture
def make_controller(qapp: QApplication, tmp_path: Path) -> Iterator[ControllerFactory]:
    yield from controller_factory(qapp, tmp_path)


def test_an_administrator_without_a_team_gets_the_log_not_the_cases(
    make_controller: ControllerFactory, session: Session
) -> None:
    accounts.set_team(session.vault, demo.DEMO_USER, None)
    controller = make_controller(session.vault.folder)
    controller.open_session(session)
    assert controller.main_window is None
    assert controller.auditor_window is not None
    assert controller.auditor_window.isVisible()


def test_an_administrator_who_handles_cases_manages_accounts_beside_the_workspace(
    make_controller: ControllerFactory, session: Session, qtbot: QtBot
) -> None:
    from skyddsapp.ui.admin.users_dialog import UsersDialog

    controller = make_controller(session.vault.folder)
    controller.open_session(session)
    window = controller.main_window
    assert window is not None
    assert window.users_action.isVisible()
    assert window.users_action.shortcut().toString() == "Ctrl+Shift+U"
    window.users_action.trigger()
    dialog = window.users_dialog
    assert isinstance(dialog, UsersDialog)
    assert dialog.isVisible()
    names = {dialog.page.model.index(r, 0).data() for r in range(dialog.page.model.rowCount())}
    assert {demo.DEMO_USER, demo.DEMO_TEAMMATE, demo.DEMO_OTHER_TEAM, demo.DEMO_COLLEAGUE} <= names
    controller.lock()
    assert shiboken_deleted(dialog) or not dialog.isVisible()


def shiboken_deleted(widget: object) -> bool:
    import shiboken6

    return not shiboken6.isValid(widget)


def test_a_handler_has_no_accounts_to_manage(
    make_controller: ControllerFactory, session: Session
) -> None:
    folder = session.vault.folder
    sessions.lock(session)
    handler = sessions.unlock(folder, demo.DEMO_TEAMMATE, "nexus-demo-fras!", sleep=no_sleep)
    controller = make_controller(folder)
    controller.open_session(handler)
    window = controller.main_window
    assert window is not None
    assert not window.users_action.isVisible()
    window.open_users()
    assert not hasattr(window, "users_dialog")
