"""The register of transition flats changed through the use cases: edit a flat with the rules of
registering, take it out of the register only while nobody lives there (its stays are kept), put
it back; a case's stays and the free flats it can move into."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from service_support import TODAY, Factory, last_audit, snapshot

from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.lease import LeaseKind
from skyddsapp.domain.person import ProtectionLevel
from skyddsapp.domain.users import Role
from skyddsapp.services import housing, todo
from skyddsapp.services import transition_flats as flats
from skyddsapp.services.context import Session
from skyddsapp.services.errors import NoAccess, NotAllowed
from skyddsapp.services.transition_flat_changes import edit_flat, remove_flat
from skyddsapp.services.transition_flats import FlatCategory, TransitionFlat
from skyddsapp.services.transition_flats_overview import case_stays, free_flats, overview
from skyddsapp.vault.database import Connection
from skyddsapp.vault.vault import Vault

DAY = dt.timedelta(days=1)
Login = Callable[[Vault, str, Role], Session]


def stored(conn: Connection) -> dict[str, list[tuple[object, ...]]]:
    """Every row the register keeps, with the row counts and the audit log's length."""
    return {
        "flats": conn.execute("SELECT * FROM transition_flats ORDER BY apartment_id").fetchall(),
        "stays": conn.execute("SELECT * FROM transition_flat_stays ORDER BY id").fetchall(),
        "counts": sorted(snapshot(conn).items()),
    }


def _id(thing: object) -> int:
    value = getattr(thing, "id", None)
    assert isinstance(value, int)
    return value


def flat(make: Factory, category=FlatCategory.TRANSITION, *, days: int = 100) -> int:
    apartment = _id(make.apartment("Ändringsgatan 5"))
    flats.register_flat(make.session, apartment, category, available_from=TODAY - days * DAY)
    return apartment


def client_case(make: Factory, protection=ProtectionLevel.NONE) -> int:
    client = make.person("Ändra", "Boendesson", protection=protection)
    return _id(make.case(CaseKind.SHELTER_EXIT, client=client))


def in_register(session: Session) -> set[int]:
    return {r.flat.apartment_id for r in overview(session)}


def test_edit_a_flat_normalised_and_audited(session: Session, make: Factory) -> None:
    apartment = flat(make)
    edited = edit_flat(
        session,
        apartment,
        FlatCategory.KVINNOBYRAN,
        holder="  Uppsala   Stadsmission ",
        available_from=TODAY - 120 * DAY,
        notes=" Nya nycklar hos värden. ",
    )
    assert edited == TransitionFlat(
        apartment,
        FlatCategory.KVINNOBYRAN,
        "Uppsala Stadsmission",
        TODAY - 120 * DAY,
        "Nya nycklar hos värden.",
    )
    assert flats.get_flat(session, apartment) == edited
    entry = last_audit(session.conn)
    assert (entry.action, entry.object_type, entry.object_id, entry.details) == (
        "transition_flat.edit",
        "apartment",
        str(apartment),
        f"kvinnobyran; {TODAY - 120 * DAY}",
    )
    row = next(r for r in overview(session) if r.flat.apartment_id == apartment)
    assert (row.flat, row.free_days(TODAY)) == (edited, 120)


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        (
            {"category": FlatCategory.KVINNOJOUR},
            "category",
            "Kvinnojourens lägenheter är de som hyrs ut i andra hand till Uppsala Kvinnojour: "
            "registrera först andrahandskontraktet för lägenheten.",
        ),
        ({"holder": " \n "}, "holder", "Organisationen saknas."),
        (
            {"available_from": TODAY + DAY},
            "available_from",
            "Lägenheten kan inte vara tillgänglig från ett datum i framtiden.",
        ),
        (
            {"available_from": TODAY - 20 * DAY},
            "available_from",
            f"Någon flyttade in {TODAY - 30 * DAY}; lägenheten kan inte ha kommit in i "
            "förteckningen efter det.",
        ),
    ],
    ids=["kvinnojour without its let", "no holder", "in the future", "after the first move in"],
)
def test_every_refused_edit_says_why_and_changes_nothing(
    session: Session, make: Factory, change: dict[str, object], field: str, message: str
) -> None:
    apartment = flat(make)
    stay = flats.move_in(
        session,
        apartment,
        client_case(make),
        moved_in=TODAY - 30 * DAY,
        planned_move_out=TODAY,
    )
    flats.move_out(session, _id(stay), TODAY - 10 * DAY)
    before = stored(session.conn)
    values: dict[str, object] = {
        "category": FlatCategory.TRANSITION,
        "holder": "Nexus",
        "available_from": TODAY - 100 * DAY,
        **change,
    }
    with pytest.raises(ValidationError) as caught:
        edit_flat(
            session,
            apartment,
            values["category"],  # type: ignore[arg-type]
            holder=values["holder"],  # type: ignore[arg-type]
            available_from=values["available_from"],  # type: ignore[arg-type]
        )
    assert (caught.value.fields, str(caught.value)) == ((field,), message)
    assert stored(session.conn) == before


def test_a_kvinnojour_let_may_become_kvinnojourens_flat(session: Session, make: Factory) -> None:
    tenant = make.person("Jour", "Ändringsdotter")
    let = make.lease(
        (_id(tenant),), kind=LeaseKind.SECOND_HAND_KVINNOJOUR, start=TODAY, override_reason="Test"
    )
    flats.register_flat(session, let.apartment_id, FlatCategory.EMERGENCY)
    edited = edit_flat(
        session,
        let.apartment_id,
        FlatCategory.KVINNOJOUR,
        holder="Kvinnojouren",
        available_from=TODAY,
    )
    assert edited.category is FlatCategory.KVINNOJOUR


def test_removal_is_refused_while_someone_lives_there(session: Session, make: Factory) -> None:
    apartment = flat(make)
    case_id = client_case(make)
    flats.move_in(
        session, apartment, case_id, moved_in=TODAY - 5 * DAY, planned_move_out=TODAY + 9 * DAY
    )
    before = stored(session.conn)
    with pytest.raises(ValidationError) as caught:
        remove_flat(session, apartment)
    assert caught.value.fields == ("apartment_id",)
    assert str(caught.value) == (
        f"Någon bor i lägenheten sedan {TODAY - 5 * DAY}. Registrera utflytten innan "
        "lägenheten tas bort ur förteckningen."
    )
    assert stored(session.conn) == before
    assert apartment in in_register(session)


def test_a_free_flat_leaves_the_register_and_keeps_its_past(
    session: Session, make: Factory
) -> None:
    apartment = flat(make)
    case_id = client_case(make, ProtectionLevel.PROTECTED_REGISTRATION)
    stay = flats.move_in(
        session, apartment, case_id, moved_in=TODAY - 50 * DAY, planned_move_out=TODAY
    )
    flats.move_out(session, _id(stay), TODAY - 8 * DAY)
    stays_before = session.conn.execute("SELECT * FROM transition_flat_stays").fetchall()
    before = stored(session.conn)

    for refused, message in (
        (TODAY + DAY, "Lägenheten kan inte tas bort ur förteckningen i förväg."),
        (
            TODAY - 9 * DAY,
            f"Lägenheten var belagd till {TODAY - 8 * DAY}; den kan inte ha tagits bort ur "
            "förteckningen före det.",
        ),
    ):
        with pytest.raises(ValidationError, match=message):
            remove_flat(session, apartment, refused)
        assert stored(session.conn) == before

    removed = remove_flat(session, apartment, TODAY - 2 * DAY)
    assert removed.removed_on == TODAY - 2 * DAY
    entry = last_audit(session.conn)
    assert (entry.action, entry.object_type, entry.object_id, entry.details) == (
        "transition_flat.remove",
        "apartment",
        str(apartment),
        str(TODAY - 2 * DAY),
    )
    assert apartment not in in_register(session)
    assert apartment not in {r.flat.apartment_id for r in free_flats(session)}
    # History kept: the row and the stay stay, the case still shows where the client lived,
    # and a flat a protected client has lived in still withholds its street.
    assert session.conn.execute("SELECT * FROM transition_flat_stays").fetchall() == stays_before
    [past] = case_stays(session, case_id)
    assert (past.stay, past.flat.removed_on, past.address) == (
        flats.get_stay(session, _id(stay)),
        TODAY - 2 * DAY,
        None,
    )
    assert housing.get_apartment(session, apartment).street_masked

    # Nobody moves in, and it can be neither edited nor removed again.
    other = client_case(make)
    before = stored(session.conn)
    gone = f"Lägenheten togs bort ur förteckningen {TODAY - 2 * DAY}"
    for call, message in (
        (
            lambda: flats.move_in(
                session, apartment, other, moved_in=TODAY, planned_move_out=TODAY
            ),
            f"{gone}; registrera den igen först.",
        ),
        (
            lambda: edit_flat(
                session, apartment, FlatCategory.TRANSITION, holder="Nexus", available_from=TODAY
            ),
            f"{gone}.",
        ),
        (lambda: remove_flat(session, apartment), f"{gone}."),
    ):
        with pytest.raises(ValidationError) as caught:
            call()
        assert (caught.value.fields, str(caught.value)) == (("apartment_id",), message)
    assert stored(session.conn) == before

    # Back in the register: free from the day it came back, with its earlier stay.
    with pytest.raises(ValidationError, match="tidigast samma dag"):
        flats.register_flat(
            session, apartment, FlatCategory.EMERGENCY, available_from=TODAY - 3 * DAY
        )
    flats.register_flat(session, apartment, FlatCategory.EMERGENCY, available_from=TODAY - DAY)
    assert (last_audit(session.conn).action, last_audit(session.conn).details) == (
        "transition_flat.register",
        "emergency; again",
    )
    row = next(r for r in overview(session) if r.flat.apartment_id == apartment)
    assert (row.free_since, row.flat.removed_on) == (TODAY - DAY, None)
    assert (
        session.conn.execute(
            "SELECT count(*) FROM transition_flat_stays WHERE apartment_id = ?", (apartment,)
        ).fetchone()[0]
        == 1
    )


def test_a_case_moves_into_a_free_flat_and_sees_its_stay(session: Session, make: Factory) -> None:
    free, taken = flat(make, days=10), flat(make, FlatCategory.EMERGENCY, days=40)
    case_id, other = client_case(make), client_case(make)
    flats.move_in(session, taken, other, moved_in=TODAY - DAY, planned_move_out=TODAY + DAY)
    choices = [r.flat.apartment_id for r in free_flats(session)]
    assert free in choices
    assert taken not in choices
    assert case_stays(session, case_id) == []

    stay = flats.move_in(
        session,
        free,
        case_id,
        moved_in=TODAY,
        planned_move_out=TODAY + 90 * DAY,
        next_step="Bostadssocialt kontrakt",
    )
    [now] = case_stays(session, case_id)
    assert (now.stay, now.flat.apartment_id, now.address) == (
        stay,
        free,
        "Ändringsgatan 5, 754 28 Uppsala",
    )
    assert free not in [r.flat.apartment_id for r in free_flats(session)]
    assert (TODAY + 90 * DAY, case_id) in {(d.date, d.case_id) for d in todo.deadlines(session)}


def test_only_writers_who_see_the_flat_change_it(fresh_session: Session, login: Login) -> None:
    admin = fresh_session
    make = Factory(admin)
    apartment = flat(make)
    # A flat that belongs to a case nora does not see is not hers to change.
    case = make.case(CaseKind.SHELTER_EXIT, apartments=[housing.get_apartment(admin, apartment)])
    assert case.id is not None
    gun = login(admin.vault, "gun", Role.AUDITOR)
    nora = login(admin.vault, "nora", Role.SOCIAL_WORKER)
    before = stored(admin.conn)
    with pytest.raises(NotAllowed):
        edit_flat(gun, apartment, FlatCategory.TRANSITION, holder="Nexus", available_from=TODAY)
    with pytest.raises(NotAllowed):
        remove_flat(gun, apartment)
    with pytest.raises(NoAccess):
        edit_flat(nora, apartment, FlatCategory.TRANSITION, holder="Nexus", available_from=TODAY)
    with pytest.raises(NoAccess):
        remove_flat(nora, apartment)
    with pytest.raises(NoAccess):
        case_stays(nora, case.id)
    assert stored(admin.conn) == before
