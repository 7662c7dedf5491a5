"""Use cases for staff accounts and the audit log (administrators; auditors read the log)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from service_support import ADMIN, PASSPHRASE, Factory, audit_entries, last_audit, no_sleep

from skyddsapp.crypto.kdf import MINIMUM_KDF
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.users import Role, User
from skyddsapp.services import accounts
from skyddsapp.services import audit as audit_service
from skyddsapp.services.context import Session
from skyddsapp.services.errors import NotAllowed
from skyddsapp.vault.errors import LastAdministrator, UnknownUser, UserExists
from skyddsapp.vault.keyslots import WrongSecret
from skyddsapp.vault.vault import Vault

LoginFn = Callable[[Vault, str, Role], Session]


def test_verify_is_ok_on_a_healthy_vault_and_is_itself_logged(
    fresh_session: Session, login: LoginFn
) -> None:
    Factory(fresh_session).case(client=Factory(fresh_session).person())
    vault = fresh_session.vault
    count = len(audit_entries(vault.connection))

    result = audit_service.verify(vault)

    assert result.ok
    assert result.checked == count
    entry = last_audit(vault.connection)
    assert (entry.action, entry.user_name, entry.details) == ("audit.verify", ADMIN, "ok")
    # An auditor may verify and read, too.
    auditor = login(vault, "revisor", Role.AUDITOR)
    assert audit_service.verify(auditor.vault).ok
    actions = [e.action for e in audit_service.entries(auditor.vault)]
    assert actions[:3] == ["vault.create", "user.add", "recovery_key.create"]
    assert "case.create" in actions


def test_check_finds_no_problem_in_a_healthy_vault(fresh_session: Session) -> None:
    Factory(fresh_session).person()
    assert audit_service.check(fresh_session.vault) == []
    entry = last_audit(fresh_session.conn)
    assert entry.action == "vault.check"
    assert entry.details.endswith("; 0 problem")


def test_verify_and_check_name_a_broken_chain(fresh_vault: Vault) -> None:
    # Append-only triggers stop UPDATE; an attacker with the key could still drop them.
    conn = fresh_vault.connection
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET details = 'ändrad' WHERE id = 2")
    result = audit_service.verify(fresh_vault)
    assert not result.ok
    assert result.broken_id == 2
    problems = audit_service.check(fresh_vault)
    assert len(problems) == 1
    assert problems[0].startswith("Granskningsloggen är bruten vid post 2")


def test_only_an_administrator_lists_adds_and_deactivates_users(
    fresh_vault: Vault, login: LoginFn
) -> None:
    handler = login(fresh_vault, "handlaggare", Role.HANDLER).vault
    auditor = login(fresh_vault, "granskare", Role.AUDITOR).vault
    for who in (handler, auditor):
        with pytest.raises(NotAllowed, match="Din roll får inte se användarkonton"):
            accounts.list_users(who)
        with pytest.raises(NotAllowed, match="lägga till användare"):
            accounts.add_user(who, "ny.person", "Ny", Role.HANDLER, "en-lång-lösenfras")
        with pytest.raises(NotAllowed, match="inaktivera användare"):
            accounts.deactivate_user(who, "handlaggare")
    names = {u.name for u in accounts.list_users(fresh_vault)}
    assert names == {ADMIN, "handlaggare", "granskare"}


def test_an_administrator_adds_a_user_who_can_then_unlock(fresh_vault: Vault) -> None:
    added = accounts.add_user(
        fresh_vault, "sara.nexus", "Sara Nexus", Role.SOCIAL_WORKER, "saras-lösenfras-lång"
    )
    assert added == User("sara.nexus", "Sara Nexus", Role.SOCIAL_WORKER, team="Nexus")
    assert added in accounts.list_users(fresh_vault)
    entry = last_audit(fresh_vault.connection)
    assert (entry.action, entry.object_id, entry.details) == (
        "user.add",
        "sara.nexus",
        "social_worker; team Nexus",
    )
    sara = Vault.unlock(fresh_vault.folder, "sara.nexus", "saras-lösenfras-lång", sleep=no_sleep)
    try:
        assert sara.user.role is Role.SOCIAL_WORKER
    finally:
        sara.lock()
    with pytest.raises(UserExists):
        accounts.add_user(fresh_vault, "sara.nexus", "Igen", Role.HANDLER, "en-annan-lösenfras")
    with pytest.raises(ValidationError, match="minst 12 tecken"):
        accounts.add_user(fresh_vault, "kort.fras", "Kort", Role.HANDLER, "kort")
    with pytest.raises(ValidationError, match="Användarnamnet"):
        accounts.add_user(fresh_vault, "Stora Bokstäver", "X", Role.HANDLER, "en-lång-lösenfras")


def test_a_deactivated_user_cannot_unlock_and_stays_listed(fresh_vault: Vault) -> None:
    accounts.add_user(fresh_vault, "slutar", "Slutar Snart", Role.HANDLER, "slutarens-lösenfras")
    accounts.deactivate_user(fresh_vault, "slutar")

    listed = {u.name: u for u in accounts.list_users(fresh_vault)}
    assert listed["slutar"].active is False
    with pytest.raises(WrongSecret):
        Vault.unlock(fresh_vault.folder, "slutar", "slutarens-lösenfras", sleep=no_sleep)
    actions = [e.action for e in audit_service.entries(fresh_vault)]
    assert "user.deactivate" in actions
    assert actions[-1] == "vault.rekey"
    assert audit_service.verify(fresh_vault).ok
    with pytest.raises(UnknownUser):
        accounts.deactivate_user(fresh_vault, "slutar")
    # The rest still open the vault.
    again = Vault.unlock(fresh_vault.folder, ADMIN, PASSPHRASE, sleep=no_sleep)
    again.lock()


def test_the_last_administrator_cannot_be_deactivated(fresh_vault: Vault) -> None:
    with pytest.raises(LastAdministrator):
        accounts.deactivate_user(fresh_vault, ADMIN)
    assert all(u.active for u in accounts.list_users(fresh_vault))
    accounts.add_user(fresh_vault, "admin.tva", "Admin Två", Role.ADMIN, "andra-adminens-fras")
    accounts.deactivate_user(fresh_vault, "admin.tva")
    with pytest.raises(LastAdministrator):
        accounts.deactivate_user(fresh_vault, ADMIN)


def test_anyone_changes_their_own_passphrase_and_only_admins_reset_others(
    fresh_vault: Vault, login: LoginFn
) -> None:
    handler = login(fresh_vault, "egen", Role.HANDLER).vault
    accounts.change_passphrase(handler, "egen", "egna-nya-lösenfrasen")
    with pytest.raises(NotAllowed, match="byta lösenfras åt någon annan"):
        accounts.change_passphrase(handler, ADMIN, "kapad-admin-fras")
    Vault.unlock(fresh_vault.folder, "egen", "egna-nya-lösenfrasen", sleep=no_sleep).lock()
    Vault.unlock(fresh_vault.folder, ADMIN, PASSPHRASE, sleep=no_sleep).lock()

    accounts.change_passphrase(fresh_vault, "egen", "återställd-av-admin")
    Vault.unlock(fresh_vault.folder, "egen", "återställd-av-admin", sleep=no_sleep).lock()
    with pytest.raises(WrongSecret):
        Vault.unlock(fresh_vault.folder, "egen", "egna-nya-lösenfrasen", sleep=no_sleep)
    assert "user.passwd_reset" in [e.action for e in audit_service.entries(fresh_vault)]


def test_raising_kdf_parameters_rewraps_the_own_slot(fresh_vault: Vault) -> None:
    with pytest.raises(WrongSecret):
        accounts.raise_kdf_params(fresh_vault, "inte-rätt-lösenfras", MINIMUM_KDF)
    stronger = type(MINIMUM_KDF)(MINIMUM_KDF.memory_kib, MINIMUM_KDF.iterations + 1, 4)
    assert accounts.raise_kdf_params(fresh_vault, PASSPHRASE, stronger) == stronger
    Vault.unlock(fresh_vault.folder, ADMIN, PASSPHRASE, sleep=no_sleep).lock()


def test_the_recovery_key_resets_a_passphrase_but_may_not_raise_kdf_parameters(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The recovery key has no own Argon2id cost to copy; the reset calibrates (fast here).
    monkeypatch.setattr("skyddsapp.vault.vault.calibrate", lambda: MINIMUM_KDF)
    created = Vault.create(tmp_path / "v", ADMIN, "Admin", PASSPHRASE, kdf_params=MINIMUM_KDF)
    created.vault.lock()
    recovered = Vault.unlock_with_recovery_key(
        tmp_path / "v", created.recovery_key.lower(), sleep=no_sleep
    )
    try:
        assert recovered.user.role is Role.ADMIN
        with pytest.raises(NotAllowed):
            accounts.raise_kdf_params(recovered, PASSPHRASE, MINIMUM_KDF)
        accounts.change_passphrase(recovered, ADMIN, "ny-fras-efter-glömska")
    finally:
        recovered.lock()
    Vault.unlock(tmp_path / "v", ADMIN, "ny-fras-efter-glömska", sleep=no_sleep).lock()
