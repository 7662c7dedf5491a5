"""Användare och team: the administrator's page and its dialogs, driven as real widgets."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from shell_support import ini_settings

from skyddsapp.crypto.kdf import MINIMUM_KDF
from skyddsapp.domain.access import Organisation, Team
from skyddsapp.domain.users import Role, User
from skyddsapp.services import accounts, audit
from skyddsapp.services.context import Session
from skyddsapp.services.errors import NotAllowed
from skyddsapp.ui.admin.auditor_window import AuditorWindow
from skyddsapp.ui.admin.user_dialogs import (
    ChangeTeamDialog,
    NewTeamDialog,
    NewUserDialog,
    SetPassphraseDialog,
)
from skyddsapp.ui.admin.users_page import UsersPage
from skyddsapp.ui.admin.users_table_model import UsersTableModel
from skyddsapp.ui.shell.auto_lock import AutoLock
from skyddsapp.vault.vault import Vault

TODAY = dt.date(2026, 5, 4)
ADMIN_PHRASE = "korrekt-häst-batteri"
HANDLER_PHRASE = "hanna-handlägger-i-gottsunda"
AUDITOR_PHRASE = "granska-loggen-noga!"
NEW_PHRASE = "Blåbärssoppa-vid-Fyrisån-klockan-sju"


def no_sleep(seconds: float) -> None:
    """Stands in for time.sleep: the delay after failed unlocks costs nothing here."""


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A vault made once per module: an administrator outside every team, a handler, a social
    worker and a granskare. Each test opens a copy of it."""
    folder = tmp_path_factory.mktemp("users") / "valv"
    vault = Vault.create(
        folder, "admin", "Administratör", ADMIN_PHRASE, kdf_params=MINIMUM_KDF, team=None
    ).vault
    vault.add_user("hanna", "Hanna Handläggare", Role.HANDLER, HANDLER_PHRASE, team="Uppsalahem")
    vault.add_user("sara", "Sara Socialsekreterare", Role.SOCIAL_WORKER, "sara-på-nexus-hela-dagen")
    vault.add_user("gun", "Gun Granskare", Role.AUDITOR, AUDITOR_PHRASE)
    vault.lock()
    return folder


@pytest.fixture
def folder(template: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "valv"
    shutil.copytree(template, copy)
    return copy


def _open(folder: Path, user: str, passphrase: str) -> Session:
    return Session(Vault.unlock(folder, user, passphrase, sleep=no_sleep), lambda: TODAY)


@pytest.fixture
def session(folder: Path) -> Iterator[Session]:
    session = _open(folder, "admin", ADMIN_PHRASE)
    yield session
    if not session.vault.is_locked:
        session.vault.lock()


@pytest.fixture
def page(session: Session, qtbot: QtBot) -> UsersPage:
    page = UsersPage(session)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    return page


def _users(session: Session) -> dict[str, User]:
    return {u.name: u for u in accounts.list_users(session.vault)}


def _logged(session: Session, action: str) -> list[tuple[str, str]]:
    return [(e.object_id, e.details) for e in audit.entries(session.vault) if e.action == action]


def _column(page: UsersPage, column: int) -> list[str]:
    model = page.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _row(page: UsersPage, name: str) -> list[str]:
    row = page.model.row_of(name)
    assert row is not None
    return [page.model.index(row, c).data() for c in range(page.model.columnCount())]


def _team_items(combo) -> list[str | None]:
    return [combo.itemData(i) for i in range(combo.count())]


def _new_user_dialog(page: UsersPage, qtbot: QtBot) -> NewUserDialog:
    qtbot.mouseClick(page.new_user_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    assert isinstance(dialog, NewUserDialog)
    assert dialog.isVisible()
    return dialog


def _fill(dialog: NewUserDialog, name: str, display: str, role: Role, phrase: str) -> None:
    dialog.user_name.setText(name)
    dialog.display_name.setText(display)
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(role))
    dialog.passphrase.passphrase_edit.setText(phrase)
    dialog.passphrase.confirm_edit.setText(phrase)


def _save(dialog) -> None:
    dialog.buttons.accepted.emit()


def test_the_model_lists_users_with_their_team_and_organisation(qtbot: QtBot) -> None:
    model = UsersTableModel()
    ModelTester(qtbot).check(model)
    teams = [Team("Norr", Organisation.UPPSALAHEM), Team("Nexus", Organisation.NEXUS)]
    model.set_rows(
        [
            User("anna", "<b>Anna</b>", Role.HANDLER, team="Norr"),
            User("gun", "Gun", Role.AUDITOR, active=False),
        ],
        teams,
    )
    assert model.index(0, model.TEAM).data() == "Norr (Uppsalahem)"
    assert model.index(0, model.DISPLAY_NAME).data() == "<b>Anna</b>"  # as typed, never HTML
    assert model.index(1, model.TEAM).data() == "– inget team –"
    assert model.index(1, model.ACTIVE).data() == "Nej, inaktiverad"
    assert model.index(1, 0).data(UsersTableModel.UserNameRole) == "gun"
    assert model.row_of("gun") == 1
    model.clear()
    assert model.rowCount() == 0


def test_the_page_lists_every_user_with_role_team_and_state(page: UsersPage) -> None:
    assert _column(page, UsersTableModel.NAME) == ["admin", "gun", "hanna", "sara"]
    assert _row(page, "hanna") == [
        "hanna",
        "Hanna Handläggare",
        "Handläggare (Uppsalahem)",
        "Uppsalahem (Uppsalahem)",
        "Ja",
    ]
    assert _row(page, "sara")[UsersTableModel.TEAM] == "Nexus (Nexus)"
    assert _row(page, "admin")[UsersTableModel.TEAM] == "– inget team –"
    assert page.status.text() == "4 användare"
    assert page.team_lists[Organisation.UPPSALAHEM].text() == "Uppsalahem – 1 medlem"
    assert page.team_lists[Organisation.NEXUS].text() == "Nexus – 1 medlem"
    # Nothing chosen yet: only what needs no user is on offer.
    assert page.new_user_action.isEnabled()
    assert not page.change_team_action.isEnabled()
    assert not page.change_team_button.isEnabled()
    page.select_user("admin")
    assert page.change_team_action.isEnabled()
    assert not page.deactivate_action.isEnabled()  # not oneself
    assert page.new_user_button.accessibleName() == "Ny användare"


def test_a_new_user_through_the_dialog_is_stored_once_and_logged(
    page: UsersPage, session: Session, qtbot: QtBot
) -> None:
    before = _logged(session, "user.add")
    dialog = _new_user_dialog(page, qtbot)
    _fill(dialog, "nils.nexus", "Nils Nexusson", Role.SOCIAL_WORKER, NEW_PHRASE)
    assert _team_items(dialog.team_combo) == ["Nexus"]  # a social worker: Nexus teams only
    _save(dialog)
    assert not dialog.isVisible()
    assert dialog.result() == NewUserDialog.DialogCode.Accepted

    users = _users(session)
    assert set(users) == {"admin", "gun", "hanna", "sara", "nils.nexus"}
    stored = users["nils.nexus"]
    assert (stored.display_name, stored.role, stored.team) == (
        "Nils Nexusson",
        Role.SOCIAL_WORKER,
        "Nexus",
    )
    assert _logged(session, "user.add") == [*before, ("nils.nexus", "social_worker; team Nexus")]
    assert _row(page, "nils.nexus")[UsersTableModel.TEAM] == "Nexus (Nexus)"
    assert page.selected_user() == stored
    assert page.outcome.text() == "Användaren nils.nexus lades till."
    folder = session.vault.folder
    session.vault.lock()
    _open(folder, "nils.nexus", NEW_PHRASE).vault.lock()


def test_each_problem_is_named_next_to_its_field_and_nothing_is_stored(
    page: UsersPage, session: Session, qtbot: QtBot
) -> None:
    before = (_users(session), _logged(session, "user.add"))
    dialog = _new_user_dialog(page, qtbot)
    _fill(dialog, "Hanna", "", Role.HANDLER, "kort")
    dialog.passphrase.confirm_edit.setText("något annat")
    _save(dialog)
    assert dialog.isVisible()
    assert "små bokstäver" in dialog.errors.message("user_name")
    assert dialog.errors.message("display_name") == "Ange användarens namn."
    assert "minst 12 tecken" in dialog.errors.message("passphrase")
    assert dialog.errors.message("passphrase_confirm") == "Lösenfraserna är inte lika."
    assert dialog.errors.message("team") == ""

    _fill(dialog, "hanna", "Hanna Två", Role.HANDLER, "lösenord12345")
    _save(dialog)
    assert "redan en användare" in dialog.errors.message("user_name")
    assert dialog.errors.message("display_name") == ""
    assert "för lätt att gissa" in dialog.errors.message("passphrase")
    assert (_users(session), _logged(session, "user.add")) == before


def test_a_handler_cannot_be_put_in_a_nexus_team(
    page: UsersPage, session: Session, qtbot: QtBot
) -> None:
    before = (_users(session), _logged(session, "user.add"))
    dialog = _new_user_dialog(page, qtbot)
    _fill(dialog, "henrik", "Henrik Handläggare", Role.HANDLER, NEW_PHRASE)
    # The combo offers a handler the Uppsalahem teams only, and no "Inget team".
    assert _team_items(dialog.team_combo) == ["Uppsalahem"]
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(Role.ADMIN))
    assert _team_items(dialog.team_combo) == [None, "Nexus", "Uppsalahem"]
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(Role.HANDLER))
    assert _team_items(dialog.team_combo) == ["Uppsalahem"]
    # Should a Nexus team get chosen all the same (a list read before a change, say), the
    # domain's rule is shown at the team field and nothing is stored.
    dialog.team_combo.addItem("Nexus (Nexus)", "Nexus")
    dialog.team_combo.setCurrentIndex(dialog.team_combo.count() - 1)
    _save(dialog)
    assert dialog.isVisible()
    assert dialog.errors.message("team") == (
        "Teamet Nexus hör till Nexus; Handläggare (Uppsalahem) hör till Uppsalahem."
    )
    assert dialog.errors.message("user_name") == ""
    assert dialog.errors.general_text == ""
    assert (_users(session), _logged(session, "user.add")) == before

    # And the service refuses a move there too, named at the team field of Byt team.
    page.select_user("hanna")
    qtbot.mouseClick(page.change_team_button, Qt.MouseButton.LeftButton)
    move = page.active_dialog
    assert isinstance(move, ChangeTeamDialog)
    assert _team_items(move.team_combo) == ["Uppsalahem"]
    move.team_combo.addItem("Nexus (Nexus)", "Nexus")
    move.team_combo.setCurrentIndex(move.team_combo.count() - 1)
    _save(move)
    assert move.isVisible()
    assert "hör till Nexus" in move.errors.message("team")
    assert _users(session)["hanna"].team == "Uppsalahem"
    assert _logged(session, "user.team") == []


def test_a_new_team_appears_and_may_be_chosen(
    page: UsersPage, session: Session, qtbot: QtBot
) -> None:
    qtbot.mouseClick(page.new_team_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    assert isinstance(dialog, NewTeamDialog)
    dialog.name_edit.setText("uppsalahem")  # taken, whatever the case
    _save(dialog)
    assert dialog.isVisible()
    assert dialog.errors.message("team") == "Teamet uppsalahem finns redan."
    dialog.name_edit.setText("Team Norr")
    dialog.organisation_combo.setCurrentIndex(
        dialog.organisation_combo.findData(Organisation.UPPSALAHEM)
    )
    _save(dialog)
    assert not dialog.isVisible()
    assert Team("Team Norr", Organisation.UPPSALAHEM) in accounts.teams(session.vault)
    assert _logged(session, "team.add") == [("Team Norr", "uppsalahem")]
    assert page.team_lists[Organisation.UPPSALAHEM].text() == (
        "Team Norr – inga medlemmar\nUppsalahem – 1 medlem"
    )
    assert page.outcome.text() == "Teamet Team Norr lades till."
    offered = _new_user_dialog(page, qtbot)
    assert _team_items(offered.team_combo) == ["Team Norr", "Uppsalahem"]
    assert offered.team_combo.currentData() == "Uppsalahem"  # the organisation's own first
    offered.reject()


def test_moving_a_user_to_another_team_is_logged(
    page: UsersPage, session: Session, qtbot: QtBot
) -> None:
    accounts.add_team(session.vault, "Norr", Organisation.UPPSALAHEM)
    page.reload()
    page.select_user("hanna")
    qtbot.keyClick(page.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)  # Byt team
    dialog = page.active_dialog
    assert isinstance(dialog, ChangeTeamDialog)
    assert dialog.team_combo.currentData() == "Uppsalahem"
    dialog.team_combo.setCurrentIndex(dialog.team_combo.findData("Norr"))
    _save(dialog)
    assert not dialog.isVisible()
    assert _users(session)["hanna"].team == "Norr"
    assert _logged(session, "user.team") == [("hanna", "Uppsalahem -> Norr")]
    assert _row(page, "hanna")[UsersTableModel.TEAM] == "Norr (Uppsalahem)"
    assert page.selected_user() is not None
    assert page.selected_user().name == "hanna"


def test_deactivating_asks_first_and_avbryt_changes_nothing(
    page: UsersPage, session: Session, qtbot: QtBot
) -> None:
    slots = Vault.keyslot_path(session.vault.folder)
    before = slots.read_bytes()
    page.select_user("sara")
    qtbot.mouseClick(page.deactivate_button, Qt.MouseButton.LeftButton)
    box = page.active_dialog
    assert isinstance(box, QMessageBox)
    assert box.isVisible()
    assert "ny nyckel" in box.text()
    assert "kan inte öppnas igen" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Avbryt"
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert not box.isVisible()
    assert _users(session)["sara"].active
    assert slots.read_bytes() == before
    assert _logged(session, "user.deactivate") == []

    qtbot.mouseClick(page.deactivate_button, Qt.MouseButton.LeftButton)
    box = page.active_dialog
    assert isinstance(box, QMessageBox)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert not _users(session)["sara"].active
    assert _logged(session, "user.deactivate") == [("sara", "")]
    assert slots.read_bytes() != before
    assert _row(page, "sara")[UsersTableModel.ACTIVE] == "Nej, inaktiverad"
    assert page.status.text() == "4 användare, varav 1 inaktiverad"
    assert not page.deactivate_action.isEnabled()
    assert not page.change_team_action.isEnabled()
    assert QApplication.overrideCursor() is None


def test_an_administrator_resets_a_forgotten_passphrase(
    page: UsersPage, session: Session, qtbot: QtBot
) -> None:
    page.select_user("hanna")
    qtbot.mouseClick(page.reset_passphrase_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    assert isinstance(dialog, SetPassphraseDialog)
    dialog.passphrase.passphrase_edit.setText("hanna1234567")
    dialog.passphrase.confirm_edit.setText("hanna1234567")
    _save(dialog)
    assert dialog.isVisible()
    assert "för lätt att gissa" in dialog.errors.message("passphrase")
    dialog.passphrase.passphrase_edit.setText(NEW_PHRASE)
    dialog.passphrase.confirm_edit.setText(NEW_PHRASE)
    _save(dialog)
    assert not dialog.isVisible()
    assert _logged(session, "user.passwd_reset") == [("hanna", "")]
    folder = session.vault.folder
    session.vault.lock()
    _open(folder, "hanna", NEW_PHRASE).vault.lock()


def test_only_an_administrator_gets_the_page(
    session: Session, qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    folder = session.vault.folder
    settings = ini_settings(tmp_path / "settings.ini")
    auto_lock = AutoLock(qapp, 600_000)
    try:
        window = AuditorWindow(session, settings, auto_lock)
        qtbot.addWidget(window)
        assert window.tabs is not None
        assert window.users_page is not None
        assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
            "Logg",
            "Användare och team",
        ]
        assert window.tabs.currentWidget() is window.page
        assert window.users_action is not None
        assert window.users_action.shortcut().toString() == "Ctrl+2"
        window.users_action.trigger()
        assert window.tabs.currentWidget() is window.users_page
        window.filters_action.trigger()  # Sök goes back to the Logg
        assert window.tabs.currentWidget() is window.page
        assert window.users_page.model.rowCount() == 4
        window.retire()
        assert window.users_page.model.rowCount() == 0
        session.vault.lock()

        auditor = _open(folder, "gun", AUDITOR_PHRASE)
        try:
            for call in (
                lambda: accounts.list_users(auditor.vault),
                lambda: accounts.teams(auditor.vault),
            ):
                with pytest.raises(NotAllowed):
                    call()
            window = AuditorWindow(auditor, settings, auto_lock)
            qtbot.addWidget(window)
            assert window.users_page is None
            assert window.tabs is None
            assert window.centralWidget() is window.page
        finally:
            auditor.vault.lock()
    finally:
        auto_lock.detach()

    handler = _open(folder, "hanna", HANDLER_PHRASE)
    try:
        with pytest.raises(NotAllowed):
            accounts.list_users(handler.vault)
        with pytest.raises(NotAllowed):
            accounts.add_user(handler.vault, "olle", "Olle", Role.HANDLER, NEW_PHRASE)
        with pytest.raises(NotAllowed):
            accounts.add_team(handler.vault, "Egna", Organisation.UPPSALAHEM)
        with pytest.raises(NotAllowed):
            accounts.set_team(handler.vault, "sara", None)
        with pytest.raises(NotAllowed):
            accounts.deactivate_user(handler.vault, "sara")
        assert [u.name for u in handler.vault.users()] == ["admin", "gun", "hanna", "sara"]
    finally:
        handler.vault.lock()
