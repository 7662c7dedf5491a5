"""The register of transition and emergency flats through the use cases: register a flat, move a
case in, Att göra's planned move-out, move out, free for N days; who sees whom; refusals."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

import pytest
from service_support import TODAY, Factory, audit_entries, last_audit, snapshot

from skyddsapp.domain.address import Address
from skyddsapp.domain.apartment import Apartment
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.deadlines import DeadlineKind
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.lease import LeaseKind
from skyddsapp.domain.person import ProtectionLevel
from skyddsapp.domain.users import Role
from skyddsapp.domain.workflows import CANCEL_ACTION
from skyddsapp.services import cases, housing, todo
from skyddsapp.services import transition_flats as flats
from skyddsapp.services.context import Session
from skyddsapp.services.errors import NoAccess, NotAllowed, NotFound
from skyddsapp.services.transition_flats import FlatCategory
from skyddsapp.services.transition_flats_overview import overview
from skyddsapp.vault.database import Connection
from skyddsapp.vault.vault import Vault

DAY = dt.timedelta(days=1)
Login = Callable[[Vault, str, Role], Session]


def counts(conn: Connection) -> dict[str, int]:
    """Every table a use case here writes, the audit log included."""
    tables = ("transition_flats", "transition_flat_stays", "apartments", "cases")
    mine = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    return {**snapshot(conn), **mine}


def _id(thing: object) -> int:
    value = getattr(thing, "id", None)
    assert isinstance(value, int)
    return value


def flat(make: Factory, category: FlatCategory = FlatCategory.TRANSITION, **extra) -> int:
    apartment = _id(make.apartment("Slussvägen 3"))
    flats.register_flat(make.session, apartment, category, **extra)
    return apartment


def client_case(make: Factory, *, protection=ProtectionLevel.NONE, kind=CaseKind.SHELTER_EXIT):
    client = make.person("Sluss", "Klientsson", protection=protection)
    return make.case(kind, client=client)


def row_of(session: Session, apartment_id: int):
    return next(r for r in overview(session) if r.flat.apartment_id == apartment_id)


def test_the_journey_register_move_in_todo_move_out_free_for_n_days(
    session: Session, make: Factory
) -> None:
    apartment = flat(make, available_from=TODAY - 40 * DAY, notes="Nycklar hos Nexus.")
    entry = last_audit(session.conn)
    assert (entry.action, entry.object_type, entry.object_id, entry.details) == (
        "transition_flat.register",
        "apartment",
        str(apartment),
        "transition",
    )
    free = row_of(session, apartment)
    assert free.stay is None
    assert free.flat.holder == "Nexus"
    assert free.free_since == TODAY - 40 * DAY
    assert free.free_days(TODAY) == 40
    assert free.address == "Slussvägen 3, 754 28 Uppsala"

    case = client_case(make)
    planned = TODAY + 20 * DAY
    stay = flats.move_in(
        session,
        apartment,
        _id(case),
        moved_in=TODAY - 5 * DAY,
        planned_move_out=planned,
        next_step="  Ansöka om bostadssocialt kontrakt ",
    )
    assert stay.next_step == "Ansöka om bostadssocialt kontrakt"
    entry = last_audit(session.conn)
    assert (entry.action, entry.object_type, entry.object_id) == (
        "transition_flat.move_in",
        "case",
        str(case.id),
    )
    assert "Klientsson" not in entry.details
    assert "Slussvägen" not in entry.details
    occupied = row_of(session, apartment)
    assert occupied.stay == stay
    assert occupied.case_reference == case.reference.formatted()
    assert (occupied.occupant_visible, occupied.occupant) == (True, "Sluss Klientsson")
    assert occupied.free_days(TODAY) is None

    # Att göra, across cases and on the case itself, even once the case is closed.
    cases.take_step(session, _id(case), CANCEL_ACTION, reason="Placeringen avslutad hit.")
    wanted = (planned, DeadlineKind.PLANNED_MOVE_OUT, case.id, occupied.object_number)
    found = [(d.date, d.kind, d.case_id, d.detail) for d in todo.deadlines(session)]
    assert wanted in found
    assert wanted not in [
        (d.date, d.kind, d.case_id, d.detail) for d in todo.deadlines(session, until=planned - DAY)
    ]
    assert [(d.date, d.kind) for d in todo.case_deadlines(session, _id(case))] == [
        (planned, DeadlineKind.PLANNED_MOVE_OUT)
    ]

    later = TODAY + 60 * DAY
    flats.replan(session, _id(stay), planned_move_out=later, next_step="Visning av BK-lägenhet")
    assert row_of(session, apartment).stay.planned_move_out == later  # type: ignore[union-attr]
    assert last_audit(session.conn).action == "transition_flat.replan"

    flats.move_out(session, _id(stay), TODAY - 2 * DAY)
    assert last_audit(session.conn).action == "transition_flat.move_out"
    after = row_of(session, apartment)
    assert after.stay is None
    assert after.free_since == TODAY - 2 * DAY
    assert after.free_days(TODAY) == 2
    assert not [d for d in todo.deadlines(session) if d.case_id == case.id]
    assert flats.current_stay_of_case(session, _id(case)) is None


def test_a_new_flat_is_registered_with_its_apartment_in_one_go(
    session: Session, make: Factory
) -> None:
    apartment = Apartment(
        None, "9911-0001", Address("Jourgränd 1", "75320", "Uppsala"), 2, Decimal(48), 6900
    )
    registered = flats.register_new_flat(
        session, apartment, FlatCategory.KVINNOBYRAN, available_from=TODAY
    )
    assert registered.holder == "Uppsala Stadsmission"
    actions = [e.action for e in audit_entries(session.conn)[-2:]]
    assert actions == ["apartment.create", "transition_flat.register"]
    assert flats.apartment_id_by_object_number(session, " 9911-0001 ") == registered.apartment_id

    before = counts(session.conn)
    duplicate = Apartment(None, "9911-0001", apartment.address, 2, Decimal(48), 6900)
    with pytest.raises(ValidationError, match="Objektnumret 9911-0001 finns redan"):
        flats.register_new_flat(session, duplicate, FlatCategory.EMERGENCY)
    with pytest.raises(ValidationError) as caught:
        flats.register_new_flat(
            session,
            Apartment(None, "9911-0002", apartment.address, 2, Decimal(48), 6900),
            FlatCategory.EMERGENCY,
            holder=" ",
        )
    assert str(caught.value) == "Organisationen saknas."
    assert counts(session.conn) == before  # neither the flat nor a half of it


def test_kvinnojouren_flats_are_its_lets(session: Session, make: Factory) -> None:
    tenant = make.person("Jour", "Hyresgästsson")
    plain = _id(make.apartment())
    before = counts(session.conn)
    with pytest.raises(ValidationError) as caught:
        flats.register_flat(session, plain, FlatCategory.KVINNOJOUR)
    assert caught.value.fields == ("category",)
    assert "andrahandskontraktet" in str(caught.value)
    assert counts(session.conn) == before
    let = make.lease(
        (_id(tenant),),
        kind=LeaseKind.SECOND_HAND_KVINNOJOUR,
        start=TODAY,
        override_reason="Test: kvoten",
    )
    flats.register_flat(session, let.apartment_id, FlatCategory.KVINNOJOUR)
    assert row_of(session, let.apartment_id).flat.holder == "Uppsala Kvinnojour"


@pytest.mark.parametrize(
    ("call", "field", "message"),
    [
        (
            lambda s, a, c, o: flats.register_flat(s, a, FlatCategory.EMERGENCY),
            "apartment_id",
            "Lägenheten finns redan i förteckningen över utsluss- och jourlägenheter.",
        ),
        (
            lambda s, a, c, o: flats.move_in(s, a, c, moved_in=TODAY, planned_move_out=TODAY + DAY),
            "apartment_id",
            f"Lägenheten är redan belagd sedan {TODAY - 3 * DAY}; registrera utflytten först.",
        ),
        (
            lambda s, a, c, o: flats.move_in(s, o, c, moved_in=TODAY, planned_move_out=TODAY + DAY),
            "reference",
            "Klienten i ärendet bor redan i lägenhet {number} sedan "
            f"{TODAY - 3 * DAY}; registrera utflytten därifrån först.",
        ),
        (
            lambda s, a, c, o: flats.move_in(
                s, o, c + 1000, moved_in=TODAY, planned_move_out=TODAY + DAY
            ),
            None,
            None,
        ),
        (
            lambda s, a, c, o: flats.replan(
                s,
                flats.current_stay_of_case(s, c).id,  # type: ignore[union-attr]
                planned_move_out=TODAY - 4 * DAY,
                next_step="",
            ),
            "planned_move_out",
            "Den planerade utflytten kan inte vara före inflyttningen.",
        ),
        (
            lambda s, a, c, o: flats.move_out(
                s,
                flats.current_stay_of_case(s, c).id,  # type: ignore[union-attr]
                TODAY + DAY,
            ),
            "moved_out",
            "Utflyttningen kan inte registreras i förväg.",
        ),
        (
            lambda s, a, c, o: flats.case_id_by_reference(s, "BF-2026-9999"),
            "reference",
            "Det finns inget ärende BF-2026-9999.",
        ),
        (
            lambda s, a, c, o: flats.case_id_by_reference(s, "  "),
            "reference",
            "Ange ärendenumret för den som flyttar in.",
        ),
        (
            lambda s, a, c, o: flats.apartment_id_by_object_number(s, "0000-404"),
            "object_number",
            "Det finns ingen lägenhet med objektnummer 0000-404 i valvet.",
        ),
    ],
    ids=[
        "registered twice",
        "flat occupied",
        "case lives elsewhere",
        "no such case",
        "planned before in",
        "out in the future",
        "no such reference",
        "no reference",
        "no such flat",
    ],
)
def test_every_refusal_says_why_and_changes_nothing(
    session: Session, make: Factory, call, field: str | None, message: str | None
) -> None:
    apartment = flat(make, available_from=TODAY - 10 * DAY)
    other = flat(make, FlatCategory.EMERGENCY, available_from=TODAY - 10 * DAY)
    case = client_case(make)
    flats.move_in(
        session, apartment, _id(case), moved_in=TODAY - 3 * DAY, planned_move_out=TODAY + DAY
    )
    before = counts(session.conn)
    stays = session.conn.execute("SELECT * FROM transition_flat_stays").fetchall()
    if field is None:
        with pytest.raises(NotFound):
            call(session, apartment, _id(case), other)
    else:
        with pytest.raises(ValidationError) as caught:
            call(session, apartment, _id(case), other)
        number = row_of(session, apartment).object_number
        assert caught.value.fields == (field,)
        assert str(caught.value) == message.format(number=number)  # type: ignore[union-attr]
    assert counts(session.conn) == before
    assert session.conn.execute("SELECT * FROM transition_flat_stays").fetchall() == stays


def test_occupants_are_named_only_to_those_who_see_their_case(
    fresh_session: Session, login: Login
) -> None:
    admin = fresh_session
    nora = login(admin.vault, "nora", Role.SOCIAL_WORKER)  # Nexus: sees none of admin's cases
    mine, hers = Factory(admin), Factory(nora)
    uh_flat, nexus_flat = flat(mine), flat(hers, FlatCategory.EMERGENCY)
    protected_flat = flat(mine, FlatCategory.KVINNOBYRAN)
    uh_case = client_case(mine)
    nexus_case = client_case(hers, kind=CaseKind.HOUSING_FIRST)
    hidden = client_case(mine, protection=ProtectionLevel.PROTECTED_REGISTRATION)
    for session, apartment, case in (
        (admin, uh_flat, uh_case),
        (nora, nexus_flat, nexus_case),
        (admin, protected_flat, hidden),
    ):
        flats.move_in(
            session,
            apartment,
            _id(case),
            moved_in=TODAY,
            planned_move_out=TODAY + 30 * DAY,
            next_step="Hemligt nästa steg",
        )

    seen_by_nora = {r.flat.apartment_id: r for r in overview(nora)}
    belagd = seen_by_nora[uh_flat]
    assert belagd.stay is not None
    assert belagd.stay.planned_move_out == TODAY + 30 * DAY
    assert belagd.case_reference == uh_case.reference.formatted()
    assert belagd.address is None  # nor where the flat is
    assert seen_by_nora[nexus_flat].address is not None
    assert (belagd.occupant_visible, belagd.occupant, belagd.stay.next_step) == (False, None, "")
    assert seen_by_nora[nexus_flat].occupant == "Sluss Klientsson"
    assert seen_by_nora[nexus_flat].stay.next_step == "Hemligt nästa steg"  # type: ignore[union-attr]

    seen_by_admin = {r.flat.apartment_id: r for r in overview(admin)}
    assert seen_by_admin[nexus_flat].occupant is None
    assert seen_by_admin[uh_flat].occupant == "Sluss Klientsson"
    # A protected client: the case is the admin's, but the name is not shown, nor the street.
    shielded = seen_by_admin[protected_flat]
    assert (shielded.occupant_visible, shielded.occupant_protected, shielded.occupant) == (
        True,
        True,
        None,
    )
    assert shielded.address is None
    assert housing.get_apartment(admin, protected_flat).street_masked
    assert seen_by_admin[uh_flat].address is not None

    # Att göra lists only the cases each user sees.
    assert {d.case_id for d in todo.deadlines(nora) if d.kind is DeadlineKind.PLANNED_MOVE_OUT} == {
        nexus_case.id
    }
    # Nor can a stay of a case one does not see be moved, or a case moved into a flat.
    spare = flat(hers)
    before = counts(admin.conn)
    stay = flats.current_stay_of_case(admin, _id(uh_case))
    with pytest.raises(NoAccess):
        flats.move_out(nora, _id(stay), TODAY)
    with pytest.raises(NoAccess):
        flats.case_id_by_reference(nora, uh_case.reference.formatted())
    with pytest.raises(NoAccess):
        flats.move_in(nora, spare, _id(uh_case), moved_in=TODAY, planned_move_out=TODAY)
    assert counts(admin.conn) == before
    # Nor can a flat that belongs only to others' cases be put in the register.
    case_flat = mine.apartment("Ärendegatan 1")
    cases.update_case(admin, cases.get_case(admin, _id(uh_case)).with_apartment(_id(case_flat)))
    before = counts(admin.conn)
    with pytest.raises(NoAccess):
        flats.register_flat(nora, _id(case_flat), FlatCategory.TRANSITION)
    with pytest.raises(NoAccess):
        flats.apartment_id_by_object_number(nora, case_flat.object_number)
    assert counts(admin.conn) == before


def test_a_granskare_may_not_register(fresh_session: Session, login: Login) -> None:
    gun = login(fresh_session.vault, "gun", Role.AUDITOR)
    apartment = _id(Factory(fresh_session).apartment())
    before = counts(fresh_session.conn)
    with pytest.raises(NotAllowed):
        flats.register_flat(gun, apartment, FlatCategory.TRANSITION)
    with pytest.raises(NotAllowed):
        overview(gun)
    assert counts(fresh_session.conn) == before
