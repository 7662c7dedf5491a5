"""Placements through the use cases: agreement → placement → ending soon in Att göra → the
end with its outcome, and every refusal leaving the vault as it was."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from placement_support import case_with_client, counts, framework
from service_support import TODAY, Factory, audit_entries, last_audit

from skyddsapp.domain.access import Organisation
from skyddsapp.domain.agreement import Agreement, AgreementKind
from skyddsapp.domain.case import ShelterOutcome
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.deadlines import DeadlineKind
from skyddsapp.domain.errors import TransitionError, ValidationError
from skyddsapp.domain.history import RecordKind
from skyddsapp.domain.placement import Placement
from skyddsapp.domain.users import Role
from skyddsapp.services import accounts, agreements, cases, history, placements, todo
from skyddsapp.services.context import Session
from skyddsapp.services.errors import NoAccess, NotFound
from skyddsapp.vault.vault import Vault

DAY = dt.timedelta(days=1)
PROVIDER = "Skyddsboendet Hemlig Ort AB"


@pytest.fixture(scope="module")
def agreement(shared_vault: Vault) -> Agreement:
    return framework(Session(shared_vault, lambda: TODAY))


def running(case_id: int, agreement: Agreement, **changes: object) -> Placement:
    assert agreement.id is not None
    base = Placement(
        None, case_id, agreement.id, PROVIDER, True, TODAY - 60 * DAY, TODAY + 10 * DAY
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_agreement_placement_ending_soon_and_the_end(
    session: Session, make: Factory, agreement: Agreement
) -> None:
    case = case_with_client(make, CaseKind.SHELTER_EXIT)
    assert case.id is not None
    with pytest.raises(TransitionError) as caught:
        cases.take_step(session, case.id, "plan_exit")
    assert caught.value.missing == (
        "Placeringen saknas: registrera placeringen i skyddat boende (ramavtal, leverantör och "
        "datum).",
    )
    assert placements.placement_of_case(session, case.id) is None

    saved = placements.record_placement(
        session, running(case.id, agreement), outcome=None, children_count=2
    )
    assert saved.id is not None
    assert placements.placement_of_case(session, case.id) == saved
    entry = last_audit(session.conn)
    assert (entry.action, entry.object_type, entry.object_id) == (
        "placement.create",
        "case",
        str(case.id),
    )
    assert PROVIDER not in entry.details  # the provider may tell where the client is
    assert cases.get_case(session, case.id).children_count == 2

    # Ending soon: in Att göra within the period, and in the case's own dates.
    soon = [
        d
        for d in todo.deadlines(session, until=TODAY + 14 * DAY)
        if d.case_id == case.id and d.kind is DeadlineKind.PLACEMENT_ENDS
    ]
    assert [(d.date, d.detail) for d in soon] == [
        (TODAY + 10 * DAY, "Erbjudande om lägenhet inte registrerat")
    ]
    later = todo.deadlines(session, until=TODAY + 9 * DAY)
    assert all(d.case_id != case.id or d.kind is not DeadlineKind.PLACEMENT_ENDS for d in later)
    assert DeadlineKind.PLACEMENT_ENDS in {d.kind for d in todo.case_deadlines(session, case.id)}

    assert cases.take_step(session, case.id, "plan_exit").state == "exit_planning"
    with pytest.raises(TransitionError) as caught:
        cases.take_step(session, case.id, "end_placement")
    assert caught.value.missing == (
        "Placeringens faktiska slutdatum saknas: registrera när placeringen upphörde.",
        "Utfallet saknas: ange vart klienten flyttade när placeringen avslutades.",
    )

    ended = placements.record_placement(
        session,
        replace(saved, actual_end=TODAY, flat_offered_before_end=True),
        outcome=ShelterOutcome.FIRST_HAND_FROM_PROVIDER,
        children_count=3,
    )
    assert ended.actual_end == TODAY
    stored_case = cases.get_case(session, case.id)
    assert stored_case.outcome is ShelterOutcome.FIRST_HAND_FROM_PROVIDER
    assert stored_case.children_count == 3
    assert last_audit(session.conn).action == "placement.update"
    versions = history.record_history(session, RecordKind.CASE, case.id)
    assert versions[-1].action == placements.HISTORY_ACTION
    assert all(d.kind is not DeadlineKind.PLACEMENT_ENDS for d in todo.deadlines(session))

    assert cases.take_step(session, case.id, "end_placement").state == "ended"
    # The ended case keeps its placement's end.
    before = counts(session.conn)
    with pytest.raises(ValidationError) as refused:
        placements.record_placement(
            session,
            replace(ended, actual_end=None, flat_offered_before_end=None),
            outcome=ShelterOutcome.FIRST_HAND_FROM_PROVIDER,
            children_count=3,
        )
    assert refused.value.messages_for("actual_end") == [
        "Ärendet är avslutat; placeringens faktiska slutdatum kan inte tas bort."
    ]
    assert counts(session.conn) == before


def test_a_placement_can_end_abruptly(
    session: Session, make: Factory, agreement: Agreement
) -> None:
    case = case_with_client(make, CaseKind.SHELTER_EXIT, assessed=False)
    assert case.id is not None
    placements.record_placement(
        session,
        running(case.id, agreement, actual_end=TODAY - DAY, flat_offered_before_end=False),
        outcome=ShelterOutcome.BACK_TO_PERPETRATOR,
        children_count=1,
    )
    assert cases.take_step(session, case.id, "end_placement").state == "ended"


def test_refusals_store_nothing(session: Session, make: Factory, agreement: Agreement) -> None:
    case = case_with_client(make, CaseKind.SHELTER_EXIT)
    other_kind = case_with_client(make, CaseKind.CUSTOMER_CARE)
    assert case.id is not None
    assert other_kind.id is not None
    iop = agreements.create_agreement(
        session,
        Agreement(None, AgreementKind.IOP, "Stadsmissionen", "IOP", TODAY, TODAY + 900 * DAY),
    )
    old = framework(session, dt.date(2021, 6, 1), dt.date(2025, 5, 31), "Ramavtal 2021")
    before = counts(session.conn)
    audit_before = len(audit_entries(session.conn))

    def refused(placement: Placement, **kwargs: object) -> dict[str, list[str]]:
        options: dict[str, object] = {"outcome": None, "children_count": 0, **kwargs}
        with pytest.raises(ValidationError) as caught:
            placements.record_placement(session, placement, **options)  # type: ignore[arg-type]
        return {f: caught.value.messages_for(f) for f in caught.value.fields}

    assert refused(running(other_kind.id, agreement)) == {
        "case_id": [
            "En placering i skyddat boende hör till ett ärende av typen Skyddat boende – "
            "utslussning."
        ]
    }
    assert refused(running(case.id, agreement, agreement_id=None)) == {
        "agreement_id": ["Välj det ramavtal om skyddat boende som placeringen gjordes under."]
    }
    assert refused(running(case.id, iop)) == {
        "agreement_id": ["Avtalet ”IOP” är inget ramavtal om skyddat boende."]
    }
    assert refused(running(case.id, old)) == {
        "agreement_id": [
            f"Ramavtalet ”Ramavtal 2021” gällde inte på startdatumet "
            f"{(TODAY - 60 * DAY).isoformat()}; välj det ramavtal som gällde då."
        ]
    }
    assert refused(running(case.id, agreement, actual_end=TODAY), children_count=31) == {
        "outcome": ["Ange utfallet: vart klienten flyttade när placeringen upphörde."],
        "flat_offered_before_end": [
            "Ange om klienten erbjöds en lägenhet innan placeringen upphörde."
        ],
        "children_count": ["Antal barn ska vara mellan 0 och 30."],
    }
    assert refused(running(case.id, agreement, provider="\x07")) == {
        "provider": ["Leverantör innehåller otillåtna tecken."]
    }
    with pytest.raises(NotFound, match="Placeringen 4242 finns inte"):
        placements.record_placement(
            session, running(case.id, agreement, id=4242), outcome=None, children_count=0
        )
    assert counts(session.conn) == before
    assert len(audit_entries(session.conn)) == audit_before

    placements.record_placement(
        session, running(case.id, agreement), outcome=None, children_count=0
    )
    before = counts(session.conn)
    assert refused(running(case.id, agreement)) == {
        "case_id": ["Ärendet har redan en registrerad placering; redigera den i stället."]
    }
    assert counts(session.conn) == before


def test_a_case_the_user_does_not_see(
    session: Session, make: Factory, agreement: Agreement
) -> None:
    case = case_with_client(make, CaseKind.SHELTER_EXIT)
    assert case.id is not None
    vault = session.vault
    if "Söder" not in {t.name for t in accounts.teams(vault)}:
        accounts.add_team(vault, "Söder", Organisation.UPPSALAHEM)
    accounts.add_user(vault, "sven", "Sven", Role.HANDLER, "svens-långa-lösenfras", team="Söder")
    outsider = Session(Vault.unlock(vault.folder, "sven", "svens-långa-lösenfras"))
    try:
        before = counts(session.conn)
        with pytest.raises(NoAccess):
            placements.record_placement(
                outsider, running(case.id, agreement), outcome=None, children_count=0
            )
        with pytest.raises(NoAccess):
            placements.placement_of_case(outsider, case.id)
        assert counts(session.conn) == before
    finally:
        outsider.vault.lock()
