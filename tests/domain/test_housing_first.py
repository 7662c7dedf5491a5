"""Bostad först without Qt: its workflow, the waiting time, exchanges and the outside note."""

from __future__ import annotations

import datetime as dt

import pytest

from skyddsapp.domain.case import Case, CaseParty, Decision, DecisionKind
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.case_reference import CaseReference, next_reference
from skyddsapp.domain.errors import TransitionError, ValidationError
from skyddsapp.domain.housing_first import (
    Exchange,
    ExchangeDirection,
    ExchangeStatus,
    WaitingDates,
    check_exchange_change,
    next_statuses,
    outside_uppsala_note,
    require_housing_first,
    summarise_waits,
    waiting_dates,
)
from skyddsapp.domain.lease import Lease, LeaseKind
from skyddsapp.domain.person import CaseRole
from skyddsapp.domain.workflows import CANCEL_ACTION, apply_transition, open_case, workflow_for

GRANTED_ON = dt.date(2026, 1, 10)
TODAY = dt.date(2026, 3, 15)
USER = "bostad.forst"
CLIENT = 1
BF = CaseKind.HOUSING_FIRST


def new_case(opened: dt.date = GRANTED_ON) -> Case:
    return open_case(BF, next_reference(BF, 2026, None), opened, USER)


def do(case: Case, action: str, day: dt.date, *, reason: str = "", leases=()) -> Case:
    return apply_transition(case, action, day, USER, reason=reason, leases=leases)


def granted(case: Case, day: dt.date = GRANTED_ON, *, yes: bool = True) -> Case:
    decision = Decision(day, DecisionKind.HOUSING_FIRST, "Bostad först beviljas.", "Chef", yes)
    return case.with_decision(decision)


def client_lease(id: int = 7) -> Lease:
    return Lease(id, f"K-{id}", 70, (CLIENT,), LeaseKind.FIRST_HAND, TODAY)


class TestWorkflow:
    def test_the_kind_reads_bostad_forst_and_its_references_start_with_bf(self) -> None:
        assert BF.label == "Bostad först"
        assert BF.prefix == "BF"
        assert CaseKind.from_prefix("bf") is BF
        assert CaseReference.parse("BF-2026-0003").kind is BF
        assert [s.id for s in workflow_for(BF).steps] == [
            "granted",
            "waiting",
            "flat_offered",
            "moved_in",
            "cancelled",
        ]

    def test_granted_waiting_offered_declined_offered_moved_in(self) -> None:
        case = new_case()
        assert case.state == "granted"
        with pytest.raises(TransitionError) as caught:
            do(case, "start_waiting", GRANTED_ON)
        assert caught.value.missing == (
            "Ärendet saknar klient: lägg till den våldsutsatta som part med rollen Klient.",
            "Beslutet om att bevilja Bostad först saknas: registrera beslutet.",
        )
        case = granted(case.with_party(CaseParty(CLIENT, CaseRole.CLIENT)))
        case = do(case, "start_waiting", dt.date(2026, 1, 12))
        assert case.state == "waiting"
        with pytest.raises(TransitionError) as caught:
            do(case, "offer_flat", TODAY)
        assert caught.value.missing == (
            "Ärendet saknar lägenhet: koppla en lägenhet till ärendet.",
        )
        case = do(case.with_apartment(70), "offer_flat", dt.date(2026, 2, 1))
        with pytest.raises(TransitionError):
            do(case, "offer_declined", TODAY)  # a reason is required
        case = do(case, "offer_declined", dt.date(2026, 2, 5), reason="För långt från stöd.")
        assert case.state == "waiting"
        case = do(case, "offer_flat", dt.date(2026, 3, 1))
        with pytest.raises(TransitionError) as caught:
            do(case, "move_in", TODAY)
        assert "Klientens hyresavtal saknas" in caught.value.missing[0]
        lease = client_lease()
        case = do(case.with_lease(7), "move_in", TODAY, leases=(lease,))
        assert case.state == "moved_in"
        assert workflow_for(BF).is_terminal(case.state)
        dates = waiting_dates(case)
        assert dates == WaitingDates(GRANTED_ON, dt.date(2026, 1, 12), TODAY)
        assert dates.days(dt.date(2027, 1, 1)) == (TODAY - GRANTED_ON).days == 64

    def test_a_refusal_is_not_a_grant(self) -> None:
        case = granted(new_case().with_party(CaseParty(CLIENT, CaseRole.CLIENT)), yes=False)
        with pytest.raises(TransitionError) as caught:
            do(case, "start_waiting", TODAY)
        assert caught.value.missing == (
            "Beslutet om att bevilja Bostad först saknas: registrera beslutet.",
        )
        assert waiting_dates(case) == WaitingDates()


class TestWaitingTime:
    def test_counted_from_the_grant_decision_until_today(self) -> None:
        case = granted(new_case())
        assert waiting_dates(case).days(TODAY) == 64
        assert waiting_dates(case).running

    def test_the_latest_decision_counts(self) -> None:
        case = granted(granted(new_case(), dt.date(2025, 6, 1), yes=False), GRANTED_ON)
        assert waiting_dates(case).granted_on == GRANTED_ON
        later_refusal = granted(case, dt.date(2026, 2, 1), yes=False)
        assert waiting_dates(later_refusal).granted_on is None

    def test_without_a_decision_from_the_day_the_case_began_to_wait(self) -> None:
        dates = WaitingDates(None, dt.date(2026, 3, 1), None)
        assert dates.start == dt.date(2026, 3, 1)
        assert dates.days(TODAY) == 14

    def test_a_cancelled_case_stops_waiting_the_day_it_was_cancelled(self) -> None:
        case = granted(new_case())
        case = do(case, CANCEL_ACTION, dt.date(2026, 2, 9), reason="Flyttat till annan kommun.")
        dates = waiting_dates(case)
        assert dates.ended_on == dt.date(2026, 2, 9)
        assert dates.days(TODAY) == 30
        assert not dates.running

    def test_no_start_no_wait(self) -> None:
        assert WaitingDates().days(TODAY) is None
        assert not WaitingDates().running

    def test_summary_gives_count_median_and_longest(self) -> None:
        assert summarise_waits([]) == summarise_waits(())
        empty = summarise_waits([])
        assert (empty.count, empty.median_days, empty.longest_days) == (0, None, None)
        odd = summarise_waits([300, 20, 110])
        assert (odd.count, odd.median_days, odd.longest_days) == (3, 110.0, 300)
        even = summarise_waits([10, 20, 31, 400])
        assert (even.median_days, even.longest_days) == (25.5, 400)


def exchange(**changes: object) -> Exchange:
    values: dict[str, object] = {
        "id": None,
        "case_id": 3,
        "municipality": "Gävle",
        "direction": ExchangeDirection.TO_OTHER,
        "requested_on": dt.date(2026, 3, 1),
    }
    values.update(changes)
    return Exchange(**values)  # type: ignore[arg-type]


class TestExchanges:
    def test_labels(self) -> None:
        assert [d.label for d in ExchangeDirection] == ["Till annan kommun", "Från annan kommun"]
        assert [s.label for s in ExchangeStatus] == [
            "Förfrågan skickad",
            "Accepterad",
            "Avslagen",
            "Genomförd",
        ]

    def test_a_valid_exchange_is_stored_normalised(self) -> None:
        cleaned = exchange(municipality="  Upplands\u00a0 Väsby ", notes=" Kontakt via teamet.\t")
        assert cleaned.validated(TODAY).municipality == "Upplands Väsby"
        assert cleaned.validated(TODAY).notes == "Kontakt via teamet."
        assert exchange(municipality="Malung-Sälen").validated(TODAY).municipality == (
            "Malung-Sälen"
        )

    @pytest.mark.parametrize(
        ("changes", "field", "message"),
        [
            ({"municipality": " "}, "municipality", "Kommunen saknas."),
            (
                {"municipality": "Gävle 2"},
                "municipality",
                "Kommunens namn får bara innehålla bokstäver, mellanslag och bindestreck.",
            ),
            (
                {"municipality": "uppsala"},
                "municipality",
                "Ett byte görs med en annan kommun än Uppsala: ange den andra kommunen.",
            ),
            ({"municipality": "Å" * 61}, "municipality", "Kommunen får vara högst 60 tecken."),
            (
                {"requested_on": TODAY + dt.timedelta(days=1)},
                "requested_on",
                "Förfrågan kan inte vara skickad ett datum i framtiden.",
            ),
            ({"notes": "a\x07b"}, "notes", "Anteckningar innehåller otillåtna tecken."),
        ],
    )
    def test_bad_input_is_refused_with_its_message(
        self, changes: dict[str, object], field: str, message: str
    ) -> None:
        with pytest.raises(ValidationError) as caught:
            exchange(**changes).validated(TODAY)
        assert caught.value.fields == (field,)
        assert str(caught.value) == message

    def test_the_status_only_moves_on(self) -> None:
        sent = exchange(id=1)
        assert next_statuses(ExchangeStatus.REQUESTED) == (
            ExchangeStatus.ACCEPTED,
            ExchangeStatus.REFUSED,
        )
        assert next_statuses(ExchangeStatus.ACCEPTED) == (
            ExchangeStatus.REFUSED,
            ExchangeStatus.COMPLETED,
        )
        assert next_statuses(ExchangeStatus.COMPLETED) == ()
        accepted = exchange(id=1, status=ExchangeStatus.ACCEPTED)
        check_exchange_change(sent, accepted)
        check_exchange_change(accepted, exchange(id=1, status=ExchangeStatus.COMPLETED))
        check_exchange_change(sent, exchange(id=1, notes="Ny kontakt"))  # same status
        with pytest.raises(ValidationError) as caught:
            check_exchange_change(sent, exchange(id=1, status=ExchangeStatus.COMPLETED))
        assert str(caught.value) == (
            "Ett byte med status förfrågan skickad kan inte få status genomförd."
        )
        done = exchange(id=1, status=ExchangeStatus.COMPLETED)
        with pytest.raises(ValidationError) as caught:
            check_exchange_change(done, sent)
        assert str(caught.value) == (
            "Bytet är redan avslutat (genomförd); registrera ett nytt byte i stället."
        )

    def test_case_and_direction_stay(self) -> None:
        with pytest.raises(ValidationError) as caught:
            check_exchange_change(
                exchange(id=1),
                exchange(id=1, case_id=4, direction=ExchangeDirection.FROM_OTHER),
            )
        assert caught.value.fields == ("case_id", "direction")


class TestOutsideUppsala:
    def test_the_reason_is_required_and_normalised(self) -> None:
        note = outside_uppsala_note(
            "  Våldsutövaren söker upp\r\nhenne på Mikaelsgården. ", TODAY, USER
        )
        assert note.reason == "Våldsutövaren söker upp\nhenne på Mikaelsgården."
        assert (note.noted_on, note.noted_by) == (TODAY, USER)
        with pytest.raises(ValidationError) as caught:
            outside_uppsala_note(" \n ", TODAY, USER)
        assert str(caught.value) == "Ange skälet till att klienten behöver bo utanför Uppsala."
        with pytest.raises(ValidationError, match="högst 1000 tecken"):
            outside_uppsala_note("x" * 1001, TODAY, USER)

    def test_only_bostad_forst_cases(self) -> None:
        require_housing_first(BF)
        with pytest.raises(ValidationError) as caught:
            require_housing_first(CaseKind.PRIORITY)
        assert str(caught.value) == "Det här registreras bara i ärenden om Bostad först."
