"""Förtur options: published criteria, a required assessment, the household and flat size."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from skyddsapp.domain.case import Case, Decision, DecisionKind
from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.case_reference import CaseReference
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.paperwork import priority
from skyddsapp.domain.paperwork.priority import PriorityCriterion, rooms_for

TODAY = dt.date(2026, 11, 27)


def case_file(*, granted: bool | None = True, children: int = 0) -> CaseFile:
    decision = Decision(
        date=TODAY,
        kind=DecisionKind.PRIORITY,
        text="Förtur.",
        decided_by="Beslutsfattare",
        granted=granted,
        valid_until=TODAY + dt.timedelta(days=365),
    )
    case = Case(
        id=1,
        reference=CaseReference(CaseKind.PRIORITY, 2026, 1),
        kind=CaseKind.PRIORITY,
        state="open",
        opened_on=TODAY,
        decisions=[decision],
        children_count=children,
    )
    return CaseFile(case=case, today=TODAY)


def values(file: CaseFile, **changes: Any) -> dict[str, Any]:
    return {field.name: field.default for field in priority.fields(file)} | changes


def test_parse_reads_every_option() -> None:
    file = case_file(children=1)
    parsed = priority.parse(
        values(
            file,
            criteria=("no_other_solution", "violence_confirmed"),
            assessment="  Bedömning.\nRad två.  ",
            adults="2",
            children=1,
            rooms=4,
            area_restrictions="Norra Uppsala",
        ),
        file,
    )
    # Enum order, whatever order the dialog hands back.
    assert parsed.criteria == (
        PriorityCriterion.VIOLENCE_CONFIRMED,
        PriorityCriterion.NO_OTHER_SOLUTION,
    )
    assert parsed.assessment == "Bedömning.\nRad två."
    assert (parsed.adults, parsed.children, parsed.rooms) == (2, 1, 4)
    assert parsed.area_restrictions == "Norra Uppsala"


def test_defaults_are_valid_even_for_a_case_without_facts() -> None:
    file = case_file()
    parsed = priority.parse(values(file, criteria=("no_other_solution",)), file)
    assert parsed.adults == 1
    assert parsed.children == 0
    assert parsed.rooms == 2
    assert parsed.assessment  # a draft the handler completes


def test_a_grant_needs_a_criterion_a_refusal_does_not() -> None:
    with pytest.raises(ValidationError) as caught:
        priority.parse(values(case_file(), criteria=()), case_file())
    assert caught.value.fields == ("criteria",)
    refused = case_file(granted=False)
    assert priority.parse(values(refused, criteria=()), refused).criteria == ()


@pytest.mark.parametrize(
    ("adults", "children", "rooms"), [(1, 0, 2), (1, 1, 3), (1, 2, 3), (2, 3, 5), (10, 10, 10)]
)
def test_the_default_flat_size(adults: int, children: int, rooms: int) -> None:
    assert rooms_for(adults, children) == rooms


def test_every_bad_field_is_reported_at_once() -> None:
    file = case_file()
    with pytest.raises(ValidationError) as caught:
        priority.parse(
            values(file, criteria=("children_at_home",), assessment=" ", adults=0, rooms="x"),
            file,
        )
    assert set(caught.value.fields) == {"criteria", "assessment", "adults", "rooms"}
    assert "mellan 1 och 10" in caught.value.messages_for("adults")[0]
