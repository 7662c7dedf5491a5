"""Gallring in the desktop: the rules per kind, the list of due cases (no names, sortable), the
typed confirmation and the purge on the worker pool, and the menu action for administrators."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from shell_support import ControllerFactory, controller_factory, no_sleep

from skyddsapp.domain.retention import PURGE_ACTION, RULE_ACTION
from skyddsapp.services import audit, demo, retention, sessions
from skyddsapp.services.context import Session
from skyddsapp.ui.admin.retention_dialog import RetentionDialog
from skyddsapp.ui.admin.retention_table_model import RetentionTableModel

# The demo's closed cases closed on 2026-11-27: due from 2032, overdue from 2033.
LATER = dt.date(2033, 2, 1)


@pytest.fixture
def admin(session: Session) -> Session:
    return Session(session.vault, lambda: LATER)


@pytest.fixture
def dialog(admin: Session, qtbot: QtBot) -> Iterator[RetentionDialog]:
    shown = RetentionDialog(admin)
    shown.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(shown)
    shown.show()
    yield shown
    shown._workers.wait()


@pytest.fixture
def make_controller(qapp: QApplication, tmp_path: Path) -> Iterator[ControllerFactory]:
    yield from controller_factory(qapp, tmp_path)


def _column(dialog: RetentionDialog, column: int) -> list[str]:
    model = dialog.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _names(admin: Session) -> set[str]:
    rows = admin.conn.execute("SELECT first_name, last_name FROM persons").fetchall()
    return {name for row in rows for name in row}


def test_the_list_shows_the_due_cases_by_reference_and_kind_only(
    dialog: RetentionDialog, admin: Session
) -> None:
    due = retention.due_cases(admin)
    assert due  # the demo has closed cases

    assert sorted(_column(dialog, RetentionTableModel.REFERENCE)) == sorted(
        case.reference for case in due
    )
    shown = {
        str(dialog.model.index(row, column).data())
        for row in range(dialog.model.rowCount())
        for column in range(RetentionTableModel.COLUMN_COUNT)
    }
    assert not shown & _names(admin)
    assert all(
        text.endswith("(försenad)") for text in _column(dialog, RetentionTableModel.PURGE_BY)
    )
    assert dialog.counts_label.text().startswith(
        f"Ärenden att gallra: {len(due)}, varav försenade: {len(due)}."
    )
    assert dialog.counts_label.textFormat() is Qt.TextFormat.PlainText
    assert not dialog.empty_label.isVisible()


def test_a_click_on_a_header_sorts_and_the_selection_follows(
    dialog: RetentionDialog, qtbot: QtBot
) -> None:
    dialog.table.selectRow(0)
    chosen = dialog.selected_ids()

    dialog.table.sortByColumn(RetentionTableModel.REFERENCE, Qt.SortOrder.DescendingOrder)

    references = _column(dialog, RetentionTableModel.REFERENCE)
    assert references == sorted(references, reverse=True)
    assert dialog.selected_ids() == chosen
    dialog.table.sortByColumn(RetentionTableModel.REFERENCE, Qt.SortOrder.AscendingOrder)
    assert _column(dialog, RetentionTableModel.REFERENCE) == sorted(references)


def test_a_changed_rule_is_saved_logged_and_the_list_read_again(
    dialog: RetentionDialog, admin: Session, qtbot: QtBot
) -> None:
    kinds = {case.kind for case in retention.due_cases(admin)}
    kind = next(iter(kinds))
    assert not dialog.save_button.isEnabled()

    dialog.year_boxes[kind].setValue(40)
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert {r.kind: r.years for r in retention.rules(admin)}[kind] == 40
    assert audit.entries(admin.vault)[-1].action == RULE_ACTION
    assert kind not in {case.kind for case in dialog.model.rows}
    assert dialog.rules_status.text() == "Sparade ändringar: 1."
    assert not dialog.save_button.isEnabled()


def test_purge_needs_the_typed_number_then_runs_in_the_worker(
    dialog: RetentionDialog, admin: Session, qtbot: QtBot
) -> None:
    before = dialog.model.rowCount()
    dialog.table.selectRow(0)
    dialog.table.selectionModel().select(
        dialog.model.index(1, 0),
        dialog.table.selectionModel().SelectionFlag.Select
        | dialog.table.selectionModel().SelectionFlag.Rows,
    )
    chosen = dialog.selected_ids()
    assert len(chosen) == 2
    assert dialog.purge_button.text() == "&Gallra markerade (2)…"

    dialog.purge_action.trigger()
    confirm = dialog.confirm_dialog
    assert confirm is not None
    assert confirm.isVisible()
    assert not confirm.purge_button.isEnabled()
    qtbot.keyClicks(confirm.number_edit, "3")
    assert not confirm.purge_button.isEnabled()
    confirm.number_edit.clear()
    qtbot.keyClicks(confirm.number_edit, "2")
    assert confirm.purge_button.isEnabled()
    with qtbot.waitSignal(dialog.purged, timeout=10_000):
        qtbot.mouseClick(confirm.purge_button, Qt.MouseButton.LeftButton)

    assert not dialog.busy
    assert dialog.model.rowCount() == before - 2
    assert not set(chosen) & {case.case_id for case in retention.due_cases(admin)}
    assert dialog.result_label.text().startswith("Gallrade ärenden: 2 (")
    assert audit.entries(admin.vault)[-1].action == PURGE_ACTION


def test_a_cancelled_confirmation_purges_nothing(dialog: RetentionDialog, admin: Session) -> None:
    dialog.table.selectAll()
    count = len(retention.due_cases(admin))
    dialog.purge_action.trigger()
    confirm = dialog.confirm_dialog
    assert confirm is not None

    confirm.reject()

    assert len(retention.due_cases(admin)) == count
    assert not dialog.busy


def test_the_menu_action_is_an_administrators(
    make_controller: ControllerFactory, session: Session, qtbot: QtBot
) -> None:
    controller = make_controller(session.vault.folder)
    controller.open_session(session)
    window = controller.main_window
    assert window is not None
    assert window.retention_action.isVisible()
    assert window.retention_action.shortcut().toString() == "Ctrl+Shift+E"
    window.retention_action.trigger()
    assert isinstance(window.retention_dialog, RetentionDialog)
    assert window.retention_dialog.isVisible()
    controller.lock()

    handler = sessions.unlock(
        session.vault.folder, demo.DEMO_TEAMMATE, "nexus-demo-fras!", sleep=no_sleep
    )
    controller.open_session(handler)
    other = controller.main_window
    assert other is not None
    assert not other.retention_action.isVisible()
    assert not other.retention_action.isEnabled()


def test_a_read_only_vault_offers_no_change(
    vault_folder: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    from skyddsapp.vault import vault as vault_module
    from skyddsapp.vault.vault import Vault

    monkeypatch.setattr(vault_module, "_writable", lambda folder: False)
    vault = Vault.unlock(vault_folder, demo.DEMO_USER, demo.DEMO_PASSPHRASE, sleep=no_sleep)
    try:
        shown = RetentionDialog(Session(vault, lambda: LATER))
        qtbot.addWidget(shown)
        shown.show()
        assert shown.model.rowCount() > 0  # reading is fine
        shown.table.selectAll()
        kind = next(iter(shown.year_boxes))
        shown.year_boxes[kind].setValue(9)

        assert shown.read_only_note.isVisible()
        assert not shown.purge_action.isEnabled()
        assert not shown.save_button.isEnabled()
        shown.purge_selected()
        assert shown.confirm_dialog is None
        shown.done(0)
    finally:
        vault.lock()


def test_closing_the_dialog_waits_for_a_running_purge(
    dialog: RetentionDialog, admin: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A lock closes every dialog and then locks the vault: the purge on the connection must
    have ended by then."""
    import time

    real_purge = retention.purge

    def slow_purge(session: Session, case_ids: list[int]) -> retention.PurgeResult:
        time.sleep(0.3)
        return real_purge(session, case_ids)

    monkeypatch.setattr(retention, "purge", slow_purge)
    dialog.table.selectRow(0)
    (chosen,) = dialog.selected_ids()
    dialog._start_purge([chosen])
    assert dialog.busy

    QDialog.done(dialog, QDialog.DialogCode.Rejected)  # as the controller's lock does

    assert (
        admin.conn.execute("SELECT count(*) FROM cases WHERE id = ?", (chosen,)).fetchone()[0] == 0
    )
    assert not admin.conn.in_transaction
    assert dialog.model.rowCount() == 0  # emptied on close


def test_an_unfinished_purge_offers_to_finish_it(
    dialog: RetentionDialog, admin: Session, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    from skyddsapp.vault import retention_repository

    real_compact = retention_repository.compact

    def disk_full(conn: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(retention_repository, "compact", disk_full)
    dialog.table.selectRow(0)
    assert not dialog.finish_button.isVisible()
    with qtbot.waitSignal(dialog.purged, timeout=10_000):
        dialog._start_purge(dialog.selected_ids())
    qtbot.waitUntil(lambda: not dialog.busy)

    assert dialog.error_label.text().startswith("Ärendena är gallrade ur valvet, men")
    assert dialog.finish_button.isVisible()
    monkeypatch.setattr(retention_repository, "compact", real_compact)
    qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and not dialog.finish_button.isVisible())
    assert dialog.result_label.text().startswith("Gallringen är slutförd.")
    assert not dialog.error_label.isVisible()
