"""Key receipts in the domain: key rows, their validation, flat defaults, when to change locks."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from typing import Any

import pytest

from skyddsapp.domain.address import Address
from skyddsapp.domain.apartment import Apartment
from skyddsapp.domain.attorney import AttorneyScope, PowerOfAttorneyRecord
from skyddsapp.domain.case import Case, CaseParty
from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.case_reference import CaseReference
from skyddsapp.domain.errors import FieldError, ValidationError
from skyddsapp.domain.key_registry import (
    KeyEvent,
    KeyEventKind,
    KeyItem,
    KeyMovement,
    KeyRegister,
)
from skyddsapp.domain.lease import Lease, LeaseKind, LeaseStatus
from skyddsapp.domain.paperwork import keys
from skyddsapp.domain.paperwork.keys import (
    KeyKind,
    KeyRow,
    default_key_rows,
    lock_change_reasons,
    parse_key_rows,
    total_count,
)
from skyddsapp.domain.paperwork.schema import FieldKind
from skyddsapp.domain.person import CaseRole, Person

TODAY = dt.date(2026, 11, 27)


def flat(flat_id: int, series: str) -> Apartment:
    return Apartment(
        id=flat_id,
        object_number=f"1000-{flat_id}",
        address=Address("Provgatan 1", "753 20", "Uppsala"),
        rooms=2,
        area_m2=Decimal(50),
        monthly_rent_sek=7000,
        key_system="ASSA d12",
        key_series=series,
    )


def registered(*flats: Apartment) -> tuple[KeyItem, ...]:
    """Each flat's default key set, as registered (item ids: flat id × 10 + row)."""
    return tuple(
        KeyItem(flat.id * 10 + n, flat.id, r.kind, r.marking, r.system, r.series, r.count)
        for flat in flats
        if flat.id is not None
        for n, r in enumerate(default_key_rows(flat))
    )


def standard_register(items: tuple[KeyItem, ...]) -> KeyRegister:
    """The client (1) holds every key of the old flat (10); the agent (2) has a signed fullmakt
    for keys, valid this month."""
    old = tuple(KeyMovement(item.id or 0, item.count) for item in items if item.apartment_id == 10)
    held = KeyEvent(1, 10, 1, KeyEventKind.ISSUE, dt.date(2019, 1, 1), 1, old, holder_id=1)
    power = PowerOfAttorneyRecord(
        1, 1, 1, 2, (AttorneyScope.COLLECT_KEYS,), TODAY, TODAY + dt.timedelta(days=30), True
    )
    return KeyRegister(items=items, events=(held,), powers=(power,))


def case_file(
    *, perpetrator_in_flat: bool = False, register: KeyRegister | None = None
) -> CaseFile:
    """A client with an old lease (notice given) and a new one; an agent; a perpetrator; both
    flats' keys in the registry, the old flat's with the client."""
    parties = [
        CaseParty(1, CaseRole.CLIENT),
        CaseParty(2, CaseRole.AGENT),
        CaseParty(3, CaseRole.PERPETRATOR, lives_in_flat=perpetrator_in_flat),
    ]
    case = Case(
        id=1,
        reference=CaseReference(CaseKind.CUSTOMER_CARE, 2026, 1),
        kind=CaseKind.CUSTOMER_CARE,
        state="open",
        opened_on=dt.date(2026, 11, 1),
        parties=parties,
        apartment_ids=[10, 11],
        lease_ids=[21, 20],
    )
    persons = {
        1: Person(1, "Klient", "Klientsson"),
        2: Person(2, "Ombud", "Ombudsson"),
        3: Person(3, "Förö", "Varsson"),
    }
    leases = {
        20: Lease(
            20,
            "HK-1",
            10,
            (1,),
            LeaseKind.FIRST_HAND,
            dt.date(2019, 1, 1),
            notice_date=dt.date(2026, 11, 20),
            status=LeaseStatus.NOTICE_GIVEN,
        ),
        21: Lease(21, "HK-2", 11, (1,), LeaseKind.FIRST_HAND, dt.date(2026, 12, 1)),
    }
    apartments = {10: flat(10, "OLD-1"), 11: flat(11, "NEW-2")}
    if register is None:
        register = standard_register(registered(*apartments.values()))
    return CaseFile(
        case=case,
        persons=persons,
        apartments=apartments,
        leases=leases,
        today=TODAY,
        keys=register,
    )


def defaults(fields: Any) -> dict[str, Any]:
    """The dialog's defaults, with the identity check the handler must always make."""
    return {field.name: field.default for field in fields} | {"id_kind": "passport"}


def test_kinds_have_swedish_labels() -> None:
    assert [kind.label for kind in KeyKind] == ["Nyckel", "Tagg", "Kort"]
    assert [kind.value for kind in KeyKind] == ["key", "tag", "card"]


def test_default_rows_follow_the_flat() -> None:
    rows = default_key_rows(flat(10, "S-1"))
    assert rows == (
        KeyRow(KeyKind.NYCKEL, "Lägenhet/ytterdörr", "ASSA d12", "S-1", 3),
        KeyRow(KeyKind.TAGG, "Entré/tvättstuga", "ASSA d12", "S-1", 1),
    )
    assert total_count(rows) == 4
    assert default_key_rows(None) == ()


def test_issue_defaults_to_the_newest_lease_and_return_to_the_old_one() -> None:
    file = case_file()
    issue = {field.name: field for field in keys.issue_fields(file)}
    back = {field.name: field for field in keys.return_fields(file)}
    assert issue["flat"].default == "11"
    assert back["flat"].default == "10"
    assert issue["keys"].kind is FieldKind.KEY_ROWS
    assert isinstance(issue["keys"].default, tuple)
    assert {row.series for row in issue["keys"].default} == {"NEW-2"}
    assert {row.series for row in back["keys"].default} == {"OLD-1"}
    assert issue["person"].kind is FieldKind.PERSON
    assert [choice.value for choice in issue["person"].choices] == ["1", "2"]  # no perpetrator
    assert back["all_returned"].default is True


def test_parse_issue_knows_the_agent() -> None:
    file = case_file()
    values = defaults(keys.issue_fields(file))
    handover = keys.parse_issue({**values, "person": 2}, file)
    assert handover.by_agent
    assert handover.person_id == 2
    assert handover.total == 4
    assert not keys.parse_issue(values, file).by_agent


def test_return_tells_when_the_lock_must_change() -> None:
    calm = case_file()
    values = defaults(keys.return_fields(calm))
    assert not keys.parse_return(values, calm).lock_change_needed
    missing = keys.parse_return({**values, "all_returned": False, "missing": "En tagg"}, calm)
    assert missing.lock_change_needed
    risky = case_file(perpetrator_in_flat=True)
    assert keys.parse_return(values, risky).lock_change_needed


def test_lock_change_reasons() -> None:
    living = [CaseParty(3, CaseRole.PERPETRATOR, lives_in_flat=True)]
    away = [CaseParty(3, CaseRole.PERPETRATOR), CaseParty(1, CaseRole.CLIENT, lives_in_flat=True)]
    assert lock_change_reasons(True, away) == ()
    assert len(lock_change_reasons(False, away)) == 1
    assert len(lock_change_reasons(True, living)) == 1
    assert len(lock_change_reasons(False, living)) == 2
    for reason in lock_change_reasons(False, living):
        assert "Varsson" not in reason


ROW: dict[str, Any] = {
    "kind": "card",
    "marking": "  Garage   port ",
    "system": "Salto",
    "series": "G-1",
    "count": " 2 ",
}


def test_rows_may_be_key_rows_or_mappings() -> None:
    errors: list[FieldError] = []
    from_dict = parse_key_rows([ROW, {**ROW, "kind": KeyKind.TAGG, "count": 1}], errors)
    assert errors == []
    assert from_dict == (
        KeyRow(KeyKind.KORT, "Garage port", "Salto", "G-1", 2),
        KeyRow(KeyKind.TAGG, "Garage port", "Salto", "G-1", 1),
    )
    assert parse_key_rows(from_dict, errors) == from_dict
    assert errors == []


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        (None, "Ange minst en nyckel, tagg eller kort."),
        ((), "Ange minst en nyckel, tagg eller kort."),
        ({"kind": "key"}, "Ange minst en nyckel, tagg eller kort."),
        ([ROW, {**ROW, "marking": ""}], "Rad 2: märkning saknas."),
        ([{**ROW, "system": None}], "Rad 1: låssystem saknas."),
        ([ROW, ROW, {**ROW, "series": ""}], "Rad 3: serienummer saknas."),
        ([{**ROW, "kind": "nyckel"}], "Rad 1: välj typ (nyckel, tagg eller kort)."),
        ([{**ROW, "count": 0}], "Rad 1: antal ska vara ett heltal från 1 till 20."),
        ([{**ROW, "count": 20.0}], "Rad 1: antal ska vara ett heltal från 1 till 20."),
        ([{**ROW, "marking": "m" * 61}], "Rad 1: märkning får vara högst 60 tecken."),
        ([{**ROW, "series": "s" * 51}], "Rad 1: serienummer får vara högst 50 tecken."),
        (["Ytterdörr"], "Rad 1: raden kan inte läsas."),
        ([ROW] * 21, "Ange högst 20 rader."),
    ],
)
def test_bad_rows_are_named_by_row_number(rows: Any, message: str) -> None:
    errors: list[FieldError] = []
    parse_key_rows(rows, errors)
    assert FieldError("keys", message) in errors


def test_rows_of_another_flat_are_refused() -> None:
    file = case_file()
    values = defaults(keys.issue_fields(file))
    with pytest.raises(ValidationError) as caught:
        keys.parse_issue({**values, "flat": "10"}, file)  # rows still carry NEW-2
    assert caught.value.fields == ("keys",)
    assert "OLD-1" in caught.value.errors[0].message


def test_the_date_window() -> None:
    file = case_file()
    values = defaults(keys.issue_fields(file))
    for ok in (TODAY + dt.timedelta(days=60), dt.date(2025, 11, 27)):
        assert keys.parse_issue({**values, "date": ok}, file).date == ok
    for bad in (TODAY + dt.timedelta(days=61), dt.date(2025, 11, 26), "2026-11-27"):
        with pytest.raises(ValidationError) as caught:
            keys.parse_issue({**values, "date": bad}, file)
        assert caught.value.fields == ("date",)


def test_one_year_back_from_a_leap_day() -> None:
    file = replace(case_file(), today=dt.date(2028, 2, 29))
    values = defaults(keys.issue_fields(file))
    assert keys.parse_issue({**values, "date": dt.date(2027, 2, 28)}, file)
    with pytest.raises(ValidationError):
        keys.parse_issue({**values, "date": dt.date(2027, 2, 27)}, file)
