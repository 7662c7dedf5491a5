"""The rights matrix: every use case that reaches into a case, called as every role and as
handlers of another team and of the other organisation. An allowed call leaves exactly the
audit entries it should; a refused one raises NotAllowed or NoAccess and changes nothing."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from decimal import Decimal

import pytest
from service_support import PASSPHRASE, TODAY, Factory, new_vault, no_sleep, snapshot

from skyddsapp.domain.access import Organisation
from skyddsapp.domain.case import CaseParty
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.history import RecordKind
from skyddsapp.domain.person import CaseRole, ProtectedField, ProtectionLevel
from skyddsapp.domain.risk import RiskAssessment, RiskLevel
from skyddsapp.domain.users import Role
from skyddsapp.services import (
    access,
    accounts,
    case_data,
    cases,
    documents,
    history,
    history_restore,
    housing,
    old_flat,
    persons,
    search,
    staff,
    todo,
)
from skyddsapp.services.context import Session
from skyddsapp.services.errors import NoAccess, NotAllowed
from skyddsapp.vault.vault import Vault

# Who asks. "admin" created the vault (in Uppsalahem's team) and the case; "hanna" is in the
# same team; "sven" in another Uppsalahem team; "nora" at Nexus; "adam" administers without a
# team; "gun" is a granskare.
TEAM_SODER = "Söder"
USERS = {
    "hanna": (Role.HANDLER, None),
    "sven": (Role.HANDLER, TEAM_SODER),
    "nora": (Role.SOCIAL_WORKER, None),
    "adam": (Role.ADMIN, "-"),
    "gun": (Role.AUDITOR, None),
    "extra": (Role.HANDLER, None),  # assigned and unassigned by the matrix
}
SEES = {"admin", "hanna"}
NO_CASES = {"adam", "gun"}  # NotAllowed: they handle no cases at all
OTHERS = {"sven", "nora"}  # NoAccess: they handle cases, but not this one


@dataclass
class World:
    vault: Vault
    sessions: dict[str, Session]
    case_id: int
    shared_case_id: int
    person_id: int
    apartment_id: int
    lease_id: int
    document_id: int


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    vault = new_vault(tmp_path_factory.mktemp("rights") / "valv")
    accounts.add_team(vault, TEAM_SODER, Organisation.UPPSALAHEM)
    for name, (role, team) in USERS.items():
        if team == "-":
            accounts.add_user(vault, name, name.title(), role, PASSPHRASE + name)
            accounts.set_team(vault, name, None)
        else:
            accounts.add_user(vault, name, name.title(), role, PASSPHRASE + name, team=team)
    owner = Session(vault, lambda: TODAY)
    make = Factory(owner)
    client = make.person("Klara", "Klientsson", protection=ProtectionLevel.PROTECTED_REGISTRATION)
    lease = make.lease((client.id,))  # type: ignore[arg-type]
    case = make.case(client=client, leases=[lease])
    shared = cases.create_case(owner, CaseKind.PRIORITY, handlers=("admin", "nora"), share=True)
    assert case.id is not None
    assert shared.id is not None
    assert client.id is not None
    assert lease.id is not None
    made = documents.generate(
        owner, case.id, "uppsagning", {"lease": str(lease.id), "notice_date": TODAY}
    )
    assert made.record.id is not None
    sessions = {"admin": owner}
    opened = []
    for name in USERS:
        other = Vault.unlock(vault.folder, name, PASSPHRASE + name, sleep=no_sleep)
        opened.append(other)
        sessions[name] = Session(other, lambda: TODAY)
    yield World(
        vault,
        sessions,
        case.id,
        shared.id,
        client.id,
        lease.apartment_id,
        lease.id,
        made.record.id,
    )
    for other in opened:
        other.lock()
    vault.lock()


@dataclass(frozen=True)
class Use:
    """One use case on the world's case; `entries`: what an allowed call adds to the log."""

    name: str
    call: Callable[[Session, World], object]
    entries: int


def _assessment() -> RiskAssessment:
    return RiskAssessment(TODAY, "Bedömare", RiskLevel.LOW, False, TODAY + dt.timedelta(days=30))


def _edit_person(s: Session, w: World) -> object:
    person = persons.get_person(s, w.person_id)
    return persons.update_person(s, replace(person, notes=f"Ändrad av {s.user_name}"))


def _edit_apartment(s: Session, w: World) -> object:
    flat = housing.get_apartment(s, w.apartment_id)
    return housing.update_apartment(s, replace(flat, monthly_rent_sek=flat.monthly_rent_sek + 1))


def _edit_lease(s: Session, w: World) -> object:
    lease = housing.get_lease(s, w.lease_id)
    return housing.update_lease(s, replace(lease, start_date=dt.date(2020, 1, 2)))


def _edit_case(s: Session, w: World) -> object:
    case = cases.get_case(s, w.case_id)
    return cases.update_case(s, replace(case, notes=f"Noterat av {s.user_name}"))


def _assign_and_unassign(s: Session, w: World) -> object:
    access.assign_handler(s, w.case_id, "extra")
    access.unassign_handler(s, w.case_id, "extra")
    return None


def _share_and_unshare(s: Session, w: World) -> object:
    access.share_case(s, w.case_id)
    access.unshare_case(s, w.case_id)
    return None


def _link_a_new_flat(s: Session, w: World) -> object:
    from skyddsapp.domain.address import Address
    from skyddsapp.domain.apartment import Apartment

    flat = Apartment(
        None,
        f"{s.user_name}-{len(cases.get_case(s, w.case_id).apartment_ids)}-77",
        Address("Matrisvägen 1", "75320", "Uppsala"),
        2,
        Decimal(50),
        7000,
    )
    return cases.add_new_apartment(s, w.case_id, flat)


def _change_and_restore(s: Session, w: World) -> object:
    _edit_case(s, w)
    versions = history.record_history(s, RecordKind.CASE, w.case_id)
    earlier = next(
        v for v in reversed(versions) if v.values["notes"] != versions[-1].values["notes"]
    )
    return history_restore.restore(s, RecordKind.CASE, w.case_id, earlier.number, "notes")


USES = [
    Use("get_case", lambda s, w: cases.get_case(s, w.case_id), 0),
    Use("load_case_data", lambda s, w: case_data.load_case_data(s, w.case_id), 0),
    Use("open_case_data", lambda s, w: case_data.open_case_data(s, w.case_id), 1),
    Use("update_case", _edit_case, 1),
    Use("add_note", lambda s, w: cases.add_note(s, w.case_id, "En anteckning."), 1),
    Use(
        "add_risk_assessment",
        lambda s, w: cases.add_risk_assessment(s, w.case_id, _assessment()),
        1,
    ),
    Use("steps", lambda s, w: cases.steps(s, cases.get_case(s, w.case_id)), 0),
    Use("add_new_apartment", _link_a_new_flat, 2),
    Use("case_deadlines", lambda s, w: todo.case_deadlines(s, w.case_id), 0),
    Use("get_person", lambda s, w: persons.get_person(s, w.person_id), 0),
    Use(
        "reveal",
        lambda s, w: persons.reveal(s, w.person_id, ProtectedField.PHONE, "Ringa klienten."),
        1,
    ),
    Use("update_person", _edit_person, 1),
    Use("get_apartment", lambda s, w: housing.get_apartment(s, w.apartment_id), 0),
    Use("update_apartment", _edit_apartment, 1),
    Use(
        "reveal_apartment_address",
        lambda s, w: housing.reveal_apartment_address(s, w.apartment_id, "Nyckelöverlämning."),
        1,
    ),
    Use("get_lease", lambda s, w: housing.get_lease(s, w.lease_id), 0),
    Use("update_lease", _edit_lease, 1),
    Use("register", lambda s, w: documents.register(s, w.case_id), 0),
    Use("case_file", lambda s, w: documents.case_file(s, w.case_id), 0),
    Use("document", lambda s, w: documents.get(s, w.document_id), 0),
    Use("pdf", lambda s, w: documents.pdf(s, w.document_id), 1),
    Use("assign_and_unassign", _assign_and_unassign, 2),
    Use(
        "record_history",
        lambda s, w: history.record_history(s, RecordKind.PERSON, w.person_id),
        0,
    ),
    Use(
        "reveal_history",
        lambda s, w: history.reveal_history(s, RecordKind.PERSON, w.person_id, "Kontroll."),
        1,
    ),
    Use("change_and_restore", _change_and_restore, 2),
    Use("share_and_unshare", _share_and_unshare, 2),
    Use("case_old_flats", lambda s, w: old_flat.case_old_flats(s, w.case_id), 0),
    Use("get_old_flat_outcome", lambda s, w: old_flat.get_outcome(s, w.case_id, w.apartment_id), 0),
]


@pytest.mark.parametrize("who", ["admin", "hanna", "sven", "nora", "adam", "gun"])
@pytest.mark.parametrize("use", USES, ids=lambda u: u.name)
def test_every_use_case_as_every_role(world: World, use: Use, who: str) -> None:
    session = world.sessions[who]
    conn = world.vault.connection
    before = snapshot(conn)
    if who in SEES:
        use.call(session, world)
        after = snapshot(conn)
        assert after["audit_log"] - before["audit_log"] == use.entries
        return
    expected = NotAllowed if who in NO_CASES else NoAccess
    with pytest.raises(expected):
        use.call(session, world)
    assert snapshot(conn) == before


@pytest.mark.parametrize("who", ["admin", "hanna", "sven", "nora"])
def test_lists_and_searches_show_only_what_each_sees(world: World, who: str) -> None:
    session = world.sessions[who]
    listed = {row.id for row in search.search_cases(session, limit=1000).rows}
    by_reference = {
        row.id
        for row in search.search_cases(
            session, cases.get_case(world.sessions["admin"], world.case_id).reference.formatted()
        ).rows
    }
    deadline_cases = {d.case_id for d in todo.deadlines(session)}
    people = {p.id for p in persons.find_by_name_prefix(session, "Klara")}
    expected = {
        "admin": {world.case_id, world.shared_case_id},
        "hanna": {world.case_id, world.shared_case_id},
        "sven": set(),
        "nora": {world.shared_case_id},
    }[who]
    assert listed == expected
    assert by_reference == expected & {world.case_id}
    assert deadline_cases <= expected
    assert (world.person_id in people) is (world.case_id in expected)
    if who in ("admin", "hanna"):
        assert world.case_id in deadline_cases  # the lease's notice and the risk review


@pytest.mark.parametrize("who", ["adam", "gun"])
def test_lists_refuse_those_who_handle_no_cases(world: World, who: str) -> None:
    session = world.sessions[who]
    for call in (
        lambda: search.search_cases(session),
        lambda: todo.deadlines(session),
        lambda: staff.handler_names(session),
        lambda: persons.find_by_name_prefix(session, "K"),
        lambda: access.case_workers(session),
    ):
        with pytest.raises(NotAllowed):
            call()


def test_a_case_is_no_way_into_another_cases_person_flat_or_lease(world: World) -> None:
    """Linking what belongs only to a case one does not see is refused, and changes nothing."""
    sven = world.sessions["sven"]
    own = cases.create_case(sven, CaseKind.PRIORITY)
    assert own.id is not None
    conn = world.vault.connection
    before = snapshot(conn)
    with pytest.raises(NoAccess):
        cases.add_party(sven, own.id, CaseParty(world.person_id, CaseRole.CLIENT))
    with pytest.raises(NoAccess):
        cases.update_case(sven, dataclasses.replace(own, lease_ids=[world.lease_id]))
    with pytest.raises(NoAccess):
        cases.update_case(sven, dataclasses.replace(own, apartment_ids=[world.apartment_id]))
    assert snapshot(conn) == before
    assert world.person_id not in {p.id for p in persons.find_by_name_prefix(sven, "Klara")}


def test_breaking_the_glass_opens_the_case_for_the_session_and_is_logged(
    world: World, tmp_path_factory: pytest.TempPathFactory
) -> None:
    sven_vault = Vault.unlock(world.vault.folder, "sven", PASSPHRASE + "sven", sleep=no_sleep)
    try:
        sven = Session(sven_vault, lambda: TODAY)
        conn = world.vault.connection
        reference = cases.get_case(world.sessions["admin"], world.case_id).reference
        before = snapshot(conn)
        for bad, message in (("", "Ange varför"), ("kort", "minst 10 tecken")):
            with pytest.raises(ValidationError, match=message):
                access.break_glass(sven, reference.formatted(), bad)
        with pytest.raises(ValidationError, match="Ärendenumret ska skrivas"):
            access.break_glass(sven, "inget nummer", "Klienten står i receptionen.")
        assert snapshot(conn) == before
        case_id = access.break_glass(
            sven, reference.formatted().lower(), "  Klienten står i receptionen. "
        )
        assert case_id == world.case_id
        entry = conn.execute(
            "SELECT user_name, action, object_id, reason FROM audit_log ORDER BY id DESC LIMIT 1"
        ).fetchone()
        assert tuple(entry) == (
            "sven",
            "case.break_glass",
            str(world.case_id),
            "Klienten står i receptionen.",
        )
        assert snapshot(conn)["audit_log"] == before["audit_log"] + 1
        # The case is now open to sven (and every look is logged as usual) ...
        data = case_data.open_case_data(sven, world.case_id)
        assert data.opened_by_glass
        assert world.case_id in {r.id for r in search.search_cases(sven).rows}
        # ... but breaking it again for the same case writes nothing more.
        count = snapshot(conn)["audit_log"]
        access.break_glass(sven, reference.formatted(), "Klienten står kvar i receptionen.")
        assert snapshot(conn)["audit_log"] == count
    finally:
        sven_vault.lock()
    # A new session starts without it.
    again = Vault.unlock(world.vault.folder, "sven", PASSPHRASE + "sven", sleep=no_sleep)
    try:
        with pytest.raises(NoAccess):
            cases.get_case(Session(again, lambda: TODAY), world.case_id)
    finally:
        again.lock()


def test_those_who_handle_no_cases_cannot_break_the_glass(world: World) -> None:
    reference = cases.get_case(world.sessions["admin"], world.case_id).reference.formatted()
    before = snapshot(world.vault.connection)
    for who in NO_CASES:
        with pytest.raises(NotAllowed):
            access.break_glass(world.sessions[who], reference, "Behöver se ärendet nu.")
    assert snapshot(world.vault.connection) == before
