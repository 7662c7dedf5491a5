"""The key registry's rules: what may be handed out or taken back, by whom, and when the lock
must change first."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import pytest
from test_paperwork_keys import TODAY, case_file, defaults, registered, standard_register

from skyddsapp.domain.attorney import AttorneyScope, PowerOfAttorneyRecord, agent_problem
from skyddsapp.domain.case import CaseParty
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.key_registry import (
    KeyEvent,
    KeyEventKind,
    KeyMovement,
    KeyRegister,
    LockChangeReason,
    LockChangeTask,
    check_new_key_set,
    key_set_rows,
    rows_after_lock_change,
)
from skyddsapp.domain.key_rows import KeyKind, KeyRow
from skyddsapp.domain.paperwork import keys
from skyddsapp.domain.person import CaseRole


def power(**changes: Any) -> PowerOfAttorneyRecord:
    base = PowerOfAttorneyRecord(
        1, 1, 1, 2, (AttorneyScope.COLLECT_KEYS,), TODAY, TODAY + dt.timedelta(days=30), True
    )
    return replace(base, **changes)


def file_with(**register: Any) -> Any:
    base = standard_register(registered(*case_file().apartments.values()))
    return case_file(register=replace(base, **register))


def refusal(parse: Any, values: dict[str, Any], file: Any) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        parse(values, file)
    return caught.value


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        (
            {
                "valid_until": TODAY - dt.timedelta(days=1),
                "valid_from": TODAY - dt.timedelta(days=9),
            },
            "Fullmakten gick ut 2026-11-26.",
        ),
        ({"valid_from": TODAY + dt.timedelta(days=1)}, "Fullmakten gäller först från 2026-11-28."),
        ({"signed": False}, "Fullmakten är inte registrerad som undertecknad."),
        ({"revoked_on": TODAY}, "Fullmakten återkallades 2026-11-27."),
        ({"scopes": (AttorneyScope.SIGN_LEASE,)}, "Fullmakten omfattar inte: kvittera ut"),
    ],
)
def test_an_agent_needs_a_usable_fullmakt(changes: dict[str, Any], reason: str) -> None:
    file = file_with(powers=(power(**changes),))
    values = defaults(keys.issue_fields(file)) | {"person": "2"}
    error = refusal(keys.parse_issue, values, file)
    assert error.fields == ("person",)
    assert error.errors[0].message.startswith("Ombudet får inte hämta eller lämna nycklar: ")
    assert reason in error.errors[0].message


def test_an_agent_without_any_fullmakt_is_told_where_to_register_one() -> None:
    file = file_with(powers=())
    values = defaults(keys.issue_fields(file)) | {"person": "2"}
    error = refusal(keys.parse_issue, values, file)
    assert "ingen registrerad fullmakt" in error.errors[0].message


def test_one_usable_fullmakt_among_expired_ones_is_enough() -> None:
    old = power(id=5, valid_from=dt.date(2026, 1, 1), valid_until=dt.date(2026, 2, 1))
    file = file_with(powers=(old, power(id=6)))
    values = defaults(keys.issue_fields(file)) | {"person": "2"}
    handover = keys.parse_issue(values, file)
    assert handover.by_agent
    assert handover.holder_id == 1  # the keys are the client's
    assert handover.power is not None
    assert handover.power.id == 6


def test_agent_problem_names_the_newest_fullmakt() -> None:
    old = power(id=5, valid_from=dt.date(2026, 1, 1), valid_until=dt.date(2026, 2, 1))
    newer = power(id=6, signed=False)
    problem = agent_problem((old, newer), 1, 2, AttorneyScope.COLLECT_KEYS, TODAY)
    assert problem is not None
    assert "undertecknad" in problem


def test_the_identity_check_is_required() -> None:
    file = case_file()
    values = defaults(keys.issue_fields(file)) | {"id_kind": None}
    error = refusal(keys.parse_issue, values, file)
    assert error.fields == ("id_kind",)


def test_an_open_lock_change_stops_every_handover() -> None:
    task = LockChangeTask(1, 11, 1, LockChangeReason.MISSING_KEY, "", TODAY)
    file = file_with(lock_changes=(task,))
    error = refusal(keys.parse_issue, defaults(keys.issue_fields(file)), file)
    assert error.fields == ("flat",)
    assert error.errors[0].message.startswith("Låset måste bytas innan nycklar lämnas ut")
    done = replace(task, done_on=TODAY)
    assert keys.parse_issue(defaults(keys.issue_fields(file)), file_with(lock_changes=(done,)))


def test_a_perpetrator_on_the_lease_means_a_lock_change_first() -> None:
    file = case_file()
    lease = replace(file.leases[21], tenant_ids=(1, 3))  # the new flat, perpetrator co-tenant
    risky = replace(file, leases={**file.leases, 21: lease})
    error = refusal(keys.parse_issue, defaults(keys.issue_fields(risky)), risky)
    assert "Våldsutövaren kan ha nycklar" in error.errors[0].message
    changed = LockChangeTask(1, 11, 1, LockChangeReason.UNAUTHORISED_KEYS, "", TODAY, done_on=TODAY)
    after = replace(risky, keys=replace(risky.keys, lock_changes=(changed,)))
    assert keys.parse_issue(defaults(keys.issue_fields(after)), after).total == 4


def test_a_perpetrator_living_in_the_clients_flat_blocks_that_flat() -> None:
    file = case_file(perpetrator_in_flat=True)
    assert keys.perpetrator_may_hold_keys(file, 10)
    assert not keys.perpetrator_may_hold_keys(file, 11)  # the new flat: never theirs
    alone = replace(file.case, parties=[CaseParty(1, CaseRole.CLIENT)])
    assert not keys.perpetrator_may_hold_keys(replace(file, case=alone), 10)


def test_no_more_than_is_at_the_office() -> None:
    file = case_file()
    values = defaults(keys.issue_fields(file))
    too_many = tuple(replace(row, count=row.count + 1) for row in values["keys"])
    error = refusal(keys.parse_issue, values | {"keys": too_many}, file)
    assert "bara 3 finns på kontoret" in error.errors[0].message


def test_rows_not_in_the_registry_are_refused() -> None:
    file = case_file()
    values = defaults(keys.issue_fields(file))
    other = (KeyRow(KeyKind.KORT, "Garage", "ASSA d12", "NEW-2", 1),)
    error = refusal(keys.parse_issue, values | {"keys": other}, file)
    assert "finns inte i lägenhetens nyckelregister" in error.errors[0].message


def test_a_flat_without_a_key_set_must_be_registered_first() -> None:
    file = file_with(items=(), events=())
    error = refusal(keys.parse_issue, defaults(keys.issue_fields(file)), file)
    assert "ingen registrerad nyckeluppsättning" in error.errors[0].message


def test_the_office_count_follows_the_events() -> None:
    file = case_file()
    handover = keys.parse_issue(defaults(keys.issue_fields(file)), file)
    issued = KeyEvent(2, 11, 1, KeyEventKind.ISSUE, TODAY, 1, handover.movements, holder_id=1)
    register = replace(file.keys, events=(*file.keys.events, issued))
    assert register.office_rows(11) == ()
    assert {row.count for row in register.held_rows(1, 11)} == {3, 1}
    lost = KeyEvent(3, 11, 1, KeyEventKind.LOSS, TODAY, 1, (KeyMovement(110, 1),), holder_id=1)
    register = replace(register, events=(*register.events, lost))
    assert register.at_office(110) == 0
    assert register.lost(110) == 1
    assert register.out(110) == 2


def test_a_return_must_match_what_the_registry_says_is_held() -> None:
    file = case_file()
    values = defaults(keys.return_fields(file))
    back = keys.parse_return(values, file)
    assert back.total == 4
    assert back.lost == ()
    fewer = tuple(replace(row, count=1) for row in values["keys"])
    error = refusal(keys.parse_return, values | {"keys": fewer}, file)
    assert error.fields == ("all_returned",)
    partial = keys.parse_return(
        values | {"keys": fewer, "all_returned": False, "missing": "Två nycklar"}, file
    )
    assert sum(move.count for move in partial.lost) == 2
    assert partial.lock_change_needed
    more = tuple(replace(row, count=row.count + 1) for row in values["keys"])
    error = refusal(keys.parse_return, values | {"keys": more}, file)
    assert "har bara 3 kvitterade" in error.errors[0].message


def test_a_key_set_names_each_sort_once_with_a_series() -> None:
    row = {"kind": "key", "marking": "Ytterdörr", "system": "ASSA", "series": "S-1", "count": 2}
    assert key_set_rows([row]) == (KeyRow(KeyKind.NYCKEL, "Ytterdörr", "ASSA", "S-1", 2),)
    with pytest.raises(ValidationError, match="samma sort står redan"):
        key_set_rows([row, row])
    with pytest.raises(ValidationError, match="serienummer"):
        key_set_rows([{**row, "series": ""}])


def test_a_key_set_cannot_lose_keys_that_are_out() -> None:
    register = standard_register(registered(*case_file().apartments.values()))
    rows = register.held_rows(1, 10)  # the same sorts and counts: fine
    assert [item is not None for item, _row in check_new_key_set(register, 10, rows)] == [1, 1]
    with pytest.raises(ValidationError, match="kan inte tas bort"):
        check_new_key_set(register, 10, rows[:1])
    with pytest.raises(ValidationError, match="kan inte vara lägre än 3"):
        check_new_key_set(register, 10, (replace(rows[0], count=2), rows[1]))
    empty = KeyRegister(items=register.items)
    assert check_new_key_set(empty, 10, rows[:1])  # nothing out: a sort may go


def test_after_a_lock_change_the_same_sorts_in_the_new_series() -> None:
    items = registered(*case_file().apartments.values())
    rows = rows_after_lock_change([i for i in items if i.apartment_id == 10], "NY-9")
    assert {row.series for row in rows} == {"NY-9"}
    assert [row.count for row in rows] == [3, 1]
