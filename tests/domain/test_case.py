"""Case references, case records and their validation."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skyddsapp.domain.case import (
    Case,
    CaseEvent,
    CaseParty,
    Decision,
    DecisionKind,
    EventKind,
    ShelterOutcome,
)
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.case_reference import CaseReference, next_reference
from skyddsapp.domain.errors import RuleViolation, ValidationError
from skyddsapp.domain.person import CaseRole
from skyddsapp.domain.risk import RiskAssessment, RiskLevel

TODAY = dt.date(2026, 3, 15)


class TestCaseReference:
    def test_parse_and_format(self) -> None:
        reference = CaseReference.parse(" kv-2026-0001 ")
        assert reference == CaseReference(CaseKind.CUSTOMER_CARE, 2026, 1)
        assert str(reference) == "KV-2026-0001"

    def test_every_kind_has_its_own_prefix(self) -> None:
        prefixes = [kind.prefix for kind in CaseKind]
        assert len(set(prefixes)) == len(CaseKind)
        assert all(len(prefix) == 2 and prefix.isupper() for prefix in prefixes)

    @pytest.mark.parametrize(
        ("text", "fragment"),
        [
            ("KV-26-0001", "ska skrivas som KV-2026-0001"),
            ("KV-2026-1", "ska skrivas som"),
            ("KV2026-0001", "ska skrivas som"),
            ("XX-2026-0001", "okänd ärendetyp"),
            ("KV-2026-0000", "Löpnumret"),
            ("KV-1999-0001", "Årtalet"),
        ],
    )
    def test_bad_references_are_explained(self, text: str, fragment: str) -> None:
        with pytest.raises(ValidationError, match=fragment) as caught:
            CaseReference.parse(text)
        assert caught.value.fields == ("reference",)

    def test_next_reference(self) -> None:
        assert str(next_reference(CaseKind.PRIORITY, 2026, None)) == "FT-2026-0001"
        assert str(next_reference(CaseKind.PRIORITY, 2026, 0)) == "FT-2026-0001"
        assert str(next_reference(CaseKind.SHELTER_EXIT, 2027, 41)) == "SB-2027-0042"

    def test_serials_run_out_after_9999(self) -> None:
        with pytest.raises(RuleViolation, match="slut"):
            next_reference(CaseKind.CUSTOMER_CARE, 2026, 9999)

    @given(
        st.sampled_from(CaseKind), st.integers(2000, 2099), st.integers(min_value=1, max_value=9999)
    )
    def test_round_trip(self, kind: CaseKind, year: int, serial: int) -> None:
        reference = CaseReference(kind, year, serial)
        assert CaseReference.parse(reference.formatted()) == reference


def make_case(**changes: object) -> Case:
    values: dict[str, object] = {
        "id": 1,
        "reference": CaseReference(CaseKind.SHELTER_EXIT, 2026, 3),
        "kind": CaseKind.SHELTER_EXIT,
        "state": "placed",
        "opened_on": dt.date(2026, 1, 10),
        "handlers": ("handlaggare.test",),
    }
    values.update(changes)
    return Case(**values)  # type: ignore[arg-type]


def test_a_consistent_case_validates() -> None:
    make_case(outcome=ShelterOutcome.OWN_SOLUTION, children_count=2).validate(TODAY)


def test_case_problems_are_reported_together() -> None:
    case = make_case(
        kind=CaseKind.PRIORITY,
        opened_on=TODAY + dt.timedelta(days=1),
        handlers=("a", "a", " "),
        children_count=-1,
        outcome=ShelterOutcome.BACK_TO_PERPETRATOR,
        parties=[
            CaseParty(1, CaseRole.CLIENT),
            CaseParty(1, CaseRole.PERPETRATOR),
            CaseParty(1, CaseRole.CLIENT),
        ],
        apartment_ids=[4, 4],
        lease_ids=[8, 8],
    )
    with pytest.raises(ValidationError) as caught:
        case.validate(TODAY)
    error = caught.value
    assert set(error.fields) == {
        "reference",
        "opened_on",
        "handlers",
        "children_count",
        "outcome",
        "parties",
        "apartment_ids",
        "lease_ids",
    }
    assert "Samma person kan inte vara både klient och våldsutövare." in error.messages_for(
        "parties"
    )


def test_latest_decision_replaces_earlier_ones() -> None:
    first = Decision(dt.date(2026, 2, 1), DecisionKind.PRIORITY, "Avslag", "Nämnden", False)
    second = Decision(dt.date(2026, 3, 1), DecisionKind.PRIORITY, "Bifall", "Nämnden", True)
    case = make_case(decisions=[second, first])
    assert case.latest_decision(DecisionKind.PRIORITY) is second
    assert case.latest_decision(DecisionKind.TAKEOVER) is None


def test_with_helpers_leave_the_original_untouched() -> None:
    case = make_case()
    changed = (
        case.with_party(CaseParty(1, CaseRole.CLIENT))
        .with_apartment(4)
        .with_lease(8)
        .with_event(CaseEvent(TODAY, EventKind.NOTE, "Samtal", "handlaggare.test"))
    )
    assert (case.parties, case.apartment_ids, case.lease_ids, case.events) == ([], [], [], [])
    assert changed.person_ids(CaseRole.CLIENT) == [1]
    assert changed.apartment_ids == [4]


def test_free_text_search() -> None:
    case = make_case(notes="Behöver bottenvåning", reference=CaseReference.parse("SB-2026-0003"))
    assert case.matches_text("BOTTENVÅNING")
    assert case.matches_text("sb-2026")
    assert not case.matches_text("hiss")


def test_repr_hides_notes() -> None:
    assert "Hemligt" not in repr(make_case(notes="Hemligt"))


class TestRecords:
    def test_risk_assessment_is_current_up_to_its_review_date(self) -> None:
        risk = RiskAssessment(
            dt.date(2026, 3, 1), "Nexus", RiskLevel.LOW, False, dt.date(2026, 4, 1)
        )
        assert not risk.is_current(dt.date(2026, 2, 28))
        assert risk.is_current(dt.date(2026, 3, 1))
        assert risk.is_current(dt.date(2026, 4, 1))
        assert not risk.is_current(dt.date(2026, 4, 2))

    def test_risk_assessment_needs_assessor_and_a_sane_review_date(self) -> None:
        with pytest.raises(ValidationError) as caught:
            RiskAssessment(dt.date(2026, 3, 1), " ", RiskLevel.LOW, False, dt.date(2026, 2, 1))
        assert set(caught.value.fields) == {"assessor", "next_review"}

    def test_decision_needs_text_and_decider(self) -> None:
        with pytest.raises(ValidationError) as caught:
            Decision(TODAY, DecisionKind.OTHER, "", "", None, valid_until=TODAY.replace(day=1))
        assert set(caught.value.fields) == {"text", "decided_by", "valid_until"}

    def test_decision_validity(self) -> None:
        decision = Decision(
            TODAY,
            DecisionKind.PRIORITY,
            "Bifall",
            "Nämnden",
            True,
            valid_until=dt.date(2026, 9, 15),
        )
        assert decision.is_valid_on(dt.date(2026, 9, 15))
        assert not decision.is_valid_on(dt.date(2026, 9, 16))

    def test_event_needs_text_and_author(self) -> None:
        with pytest.raises(ValidationError) as caught:
            CaseEvent(TODAY, EventKind.NOTE, " ", "")
        assert set(caught.value.fields) == {"text", "by"}

    def test_outcomes_are_the_source_reports_six_categories(self) -> None:
        assert len(ShelterOutcome) == 6
        assert ShelterOutcome.BACK_TO_PERPETRATOR.label == "Tillbaka till förövaren"
