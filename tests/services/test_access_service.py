"""Assigning handlers, sharing, opening a case, and the teams: one audit entry each, and a
refusal with its reason that changes nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from service_support import ADMIN, PASSPHRASE, Factory, last_audit, snapshot

from skyddsapp.domain.access import Organisation
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.new_case import NewCase
from skyddsapp.domain.users import Role, User
from skyddsapp.services import access, accounts, case_data, cases
from skyddsapp.services.context import Session
from skyddsapp.services.errors import NoAccess, NotAllowed, NotFound
from skyddsapp.vault.vault import Vault

Login = Callable[[Vault, str, Role], Session]


def _entry(session: Session) -> tuple[str, str, str, str]:
    entry = last_audit(session.conn)
    return entry.user_name, entry.action, entry.object_id, entry.details


def test_assigning_and_unassigning_write_one_entry_each(
    fresh_session: Session, login: Login
) -> None:
    hanna = login(fresh_session.vault, "hanna", Role.HANDLER)
    case = Factory(fresh_session).case()
    assert case.id is not None
    before = snapshot(fresh_session.conn)["audit_log"]
    access.assign_handler(fresh_session, case.id, "hanna")
    assert _entry(fresh_session) == (ADMIN, "case.assign", str(case.id), "hanna")
    assert cases.get_case(hanna, case.id).handlers == (ADMIN, "hanna")
    access.unassign_handler(hanna, case.id, ADMIN)
    assert _entry(fresh_session) == ("hanna", "case.unassign", str(case.id), ADMIN)
    assert snapshot(fresh_session.conn)["audit_log"] == before + 2
    assert cases.get_case(hanna, case.id).handlers == ("hanna",)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("ingen.alls", "Det finns ingen aktiv användare som heter ingen.alls."),
        ("nora", "nora hör till Nexus. Dela ärendet med Nexus innan du tilldelar någon därifrån."),
        ("gun", "gun handlägger inga ärenden och kan inte tilldelas."),
        (ADMIN, "admin är redan handläggare i ärendet."),
    ],
)
def test_an_assignment_that_cannot_be_is_refused_with_its_reason(
    session: Session, login: Login, name: str, message: str
) -> None:
    login(session.vault, "nora", Role.SOCIAL_WORKER)
    login(session.vault, "gun", Role.AUDITOR)
    case = Factory(session).case()
    assert case.id is not None
    before = snapshot(session.conn)
    with pytest.raises(ValidationError) as raised:
        access.assign_handler(session, case.id, name)
    assert str(raised.value) == message
    assert raised.value.fields == ("handlers",)
    assert snapshot(session.conn) == before


def test_sharing_lets_the_other_organisation_in_and_ends_only_when_they_are_off(
    session: Session, login: Login
) -> None:
    nora = login(session.vault, "nora", Role.SOCIAL_WORKER)
    case = Factory(session).case()
    assert case.id is not None
    assert access.share_case(session, case.id) is Organisation.NEXUS
    assert _entry(session) == (ADMIN, "case.share", str(case.id), "nexus")
    with pytest.raises(NoAccess):  # shared, but no one of Nexus on it yet
        cases.get_case(nora, case.id)
    access.assign_handler(session, case.id, "nora")
    assert cases.get_case(nora, case.id).shared_with is Organisation.NEXUS
    before = snapshot(session.conn)
    with pytest.raises(ValidationError, match="Ta först bort handläggarna från Nexus"):
        access.unshare_case(session, case.id)
    with pytest.raises(ValidationError, match="redan delat med Nexus"):
        access.share_case(nora, case.id)
    assert snapshot(session.conn) == before
    access.unassign_handler(session, case.id, "nora")
    access.unshare_case(session, case.id)
    assert _entry(session) == (ADMIN, "case.unshare", str(case.id), "nexus")
    assert cases.get_case(session, case.id).shared_with is None


def test_the_last_handler_stays(session: Session) -> None:
    case = Factory(session).case()
    assert case.id is not None
    before = snapshot(session.conn)
    with pytest.raises(ValidationError, match="minst en handläggare"):
        access.unassign_handler(session, case.id, ADMIN)
    assert snapshot(session.conn) == before


def test_editing_a_case_does_not_change_its_handlers_or_sharing(session: Session) -> None:
    case = Factory(session).case()
    assert case.id is not None
    stored = cases.get_case(session, case.id)
    stored.handlers = ("someone.else",)
    stored.shared_with = Organisation.NEXUS
    stored.notes = "Ny anteckning."
    cases.update_case(session, stored)
    again = cases.get_case(session, case.id)
    assert (again.handlers, again.shared_with, again.notes) == ((ADMIN,), None, "Ny anteckning.")


def test_a_new_case_is_the_creators_organisations_and_may_be_shared(
    session: Session, login: Login
) -> None:
    nora = login(session.vault, "nora", Role.SOCIAL_WORKER)
    theirs = cases.open_case(nora, NewCase(CaseKind.PRIORITY))
    assert (theirs.organisation, theirs.shared_with, theirs.handlers) == (
        Organisation.NEXUS,
        None,
        ("nora",),
    )
    with pytest.raises(NoAccess):
        cases.get_case(session, theirs.id)  # type: ignore[arg-type]
    before = snapshot(session.conn)
    with pytest.raises(ValidationError, match="Dela ärendet med Uppsalahem"):
        cases.open_case(nora, NewCase(CaseKind.PRIORITY, handlers=("nora", ADMIN)))
    with pytest.raises(ValidationError, match="själv vara handläggare"):
        cases.open_case(nora, NewCase(CaseKind.PRIORITY, handlers=(ADMIN,), share=True))
    assert snapshot(session.conn) == before
    shared = cases.open_case(nora, NewCase(CaseKind.PRIORITY, handlers=("nora", ADMIN), share=True))
    assert shared.shared_with is Organisation.UPPSALAHEM
    assert cases.get_case(session, shared.id).reference == shared.reference  # type: ignore[arg-type]
    assert _entry(session)[1:] == (
        "case.create",
        str(shared.id),
        "priority; handläggare nora, admin; delat med uppsalahem",
    )


def test_check_new_handlers_answers_as_the_creation_would(session: Session, login: Login) -> None:
    login(session.vault, "nora", Role.SOCIAL_WORKER)
    access.check_new_handlers(session, (), share=False)
    access.check_new_handlers(session, (ADMIN, "nora"), share=True)
    with pytest.raises(ValidationError, match="Dela ärendet med Nexus"):
        access.check_new_handlers(session, (ADMIN, "nora"), share=False)


def test_opening_a_case_writes_who_which_and_when_reading_it_again_does_not(
    session: Session,
) -> None:
    case = Factory(session).case()
    assert case.id is not None
    before = snapshot(session.conn)["audit_log"]
    data = case_data.open_case_data(session, case.id)
    assert data.case.id == case.id
    assert not data.opened_by_glass
    assert data.access is not None
    assert data.access.handler_names == {ADMIN}
    entry = last_audit(session.conn)
    assert (entry.user_name, entry.action, entry.object_type, entry.object_id) == (
        ADMIN,
        "case.open",
        "case",
        str(case.id),
    )
    assert entry.at
    case_data.load_case_data(session, case.id)
    assert snapshot(session.conn)["audit_log"] == before + 1


def test_opening_a_missing_case_writes_nothing(session: Session) -> None:
    before = snapshot(session.conn)
    with pytest.raises(NotFound):
        case_data.open_case_data(session, 999_999)
    with pytest.raises(NotFound):
        access.break_glass(session, "FT-2026-9999", "Klienten står i receptionen.")
    assert snapshot(session.conn) == before


def test_case_workers_are_the_active_users_in_a_team(fresh_session: Session, login: Login) -> None:
    login(fresh_session.vault, "hanna", Role.HANDLER)
    login(fresh_session.vault, "nora", Role.SOCIAL_WORKER)
    login(fresh_session.vault, "gun", Role.AUDITOR)
    workers = access.case_workers(fresh_session)
    assert [(w.name, w.team.name) for w in workers] == [
        ("nora", "Nexus"),
        (ADMIN, "Uppsalahem"),
        ("hanna", "Uppsalahem"),
    ]


# --- teams ---------------------------------------------------------------------------------------


def test_an_administrator_adds_teams_and_moves_users(fresh_vault: Vault) -> None:
    team = accounts.add_team(fresh_vault, "  Uppsalahem   Söder ", Organisation.UPPSALAHEM)
    assert team.name == "Uppsalahem Söder"
    entry = last_audit(fresh_vault.connection)
    assert (entry.action, entry.object_id, entry.details) == (
        "team.add",
        "Uppsalahem Söder",
        "uppsalahem",
    )
    assert [t.name for t in accounts.teams(fresh_vault)] == [
        "Nexus",
        "Uppsalahem",
        "Uppsalahem Söder",
    ]
    accounts.add_user(fresh_vault, "hanna", "Hanna", Role.HANDLER, PASSPHRASE + "h")
    moved = accounts.set_team(fresh_vault, "hanna", "Uppsalahem Söder")
    assert moved == User("hanna", "Hanna", Role.HANDLER, team="Uppsalahem Söder")
    entry = last_audit(fresh_vault.connection)
    assert (entry.action, entry.object_id, entry.details) == (
        "user.team",
        "hanna",
        "Uppsalahem -> Uppsalahem Söder",
    )
    before = snapshot(fresh_vault.connection)
    with pytest.raises(ValidationError, match="finns redan"):
        accounts.add_team(fresh_vault, "uppsalahem söder", Organisation.NEXUS)
    with pytest.raises(ValidationError, match="Teamet Nexus hör till Nexus"):
        accounts.set_team(fresh_vault, "hanna", "Nexus")
    with pytest.raises(ValidationError, match="måste höra till ett team"):
        accounts.set_team(fresh_vault, "hanna", None)
    with pytest.raises(NotFound):
        accounts.set_team(fresh_vault, "hanna", "Finns inte")
    with pytest.raises(ValidationError, match="Teamet Finns inte finns inte"):
        accounts.add_user(fresh_vault, "x.y", "X", Role.ADMIN, PASSPHRASE, team="Finns inte")
    assert snapshot(fresh_vault.connection) == before


def test_moving_a_user_changes_what_they_see_at_once(fresh_session: Session, login: Login) -> None:
    hanna = login(fresh_session.vault, "hanna", Role.HANDLER)
    case = Factory(fresh_session).case()
    assert case.id is not None
    assert cases.get_case(hanna, case.id).id == case.id
    accounts.add_team(fresh_session.vault, "Söder", Organisation.UPPSALAHEM)
    accounts.set_team(fresh_session.vault, "hanna", "Söder")
    with pytest.raises(NoAccess):
        cases.get_case(hanna, case.id)


def test_only_administrators_manage_teams(session: Session, login: Login) -> None:
    hanna = login(session.vault, "hanna", Role.HANDLER)
    with pytest.raises(NotAllowed):
        accounts.add_team(hanna.vault, "Eget team", Organisation.UPPSALAHEM)
    with pytest.raises(NotAllowed):
        accounts.set_team(hanna.vault, "hanna", None)


def test_an_administrator_without_a_team_sees_no_case(fresh_vault: Vault) -> None:
    session = Session(fresh_vault)
    case = Factory(session).case()
    assert case.id is not None
    accounts.set_team(fresh_vault, ADMIN, None)
    with pytest.raises(NotAllowed, match="läsa ärenden"):
        cases.get_case(session, case.id)
    assert not session.handles_cases
