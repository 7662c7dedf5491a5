"""Use cases for placements in sheltered housing: read, register or edit with the outcome.

The outcome and the children who follow are the case's own fields (`Case.outcome`,
`Case.children_count`): they are saved with the placement, in the same transaction, so that
the placement's end and where the client went are recorded together.

The provider tells where the client lives: where someone in the case lives at a protected
address (`hidden_streets.case_hides_address`), placements leave here without it
(`Placement.provider_masked`) and `reveal_placement` gives it, logged with its reason.
"""

from __future__ import annotations

from dataclasses import replace

from skyddsapp.domain.case import Case, ShelterOutcome
from skyddsapp.domain.errors import FieldError, ValidationError, raise_if_errors
from skyddsapp.domain.fields import reveal_reason
from skyddsapp.domain.placement import (
    Placement,
    checked_placement,
    masked_placement,
    with_masked_provider,
)
from skyddsapp.services import history
from skyddsapp.services.cases import get_case
from skyddsapp.services.context import Session, reindex_cases
from skyddsapp.services.errors import NotFound
from skyddsapp.services.hidden_streets import case_hides_address
from skyddsapp.vault import agreements_repository, cases_repository, placements_repository
from skyddsapp.vault.audit import utc_now

HISTORY_ACTION = "case.placement"
"""The case history's name for a change of outcome or children saved with the placement."""


def placement_of_case(session: Session, case_id: int) -> Placement | None:
    """The case's placement, None before one is registered; its provider withheld where the
    case hides where its client lives."""
    case = get_case(session, case_id)  # the user may see the case
    return _shown(session, case, placements_repository.of_case(session.conn, case_id))


def _shown(session: Session, case: Case, placement: Placement | None) -> Placement | None:
    if placement is None or not case_hides_address(session.conn, case):
        return placement
    return masked_placement(placement)


def reveal_placement(session: Session, case_id: int, reason: str) -> Placement:
    """The case's placement with its provider (to show it, or to edit the placement); the look
    is written to the audit log with its reason (never the provider)."""
    session.require_read()
    reason = reveal_reason(reason)
    get_case(session, case_id)  # the user may see the case
    placement = placements_repository.of_case(session.conn, case_id)
    if placement is None:
        raise NotFound("Placeringen i ärende", case_id)
    with session.vault.transaction() as audit:
        audit.append(
            session.user_name,
            "placement.reveal",
            "case",
            case_id,
            reason=reason,
            details=f"placement {placement.id}; provider",
        )
    return placement


def record_placement(
    session: Session,
    placement: Placement,
    *,
    outcome: ShelterOutcome | None,
    children_count: int,
) -> Placement:
    """Register the case's placement (``placement.id`` None) or save the edited one, with the
    case's outcome and number of children who follow, in one transaction.

    Refused, with nothing stored: a case that is not about sheltered housing, a second
    placement in one case, an agreement that is not a framework agreement in force on the
    start date, dates out of order, an actual end without the outcome (and without whether a
    flat was offered before it).

    A masked copy (`Placement.provider_masked`) keeps the stored provider; what is returned is
    masked where the case hides where its client lives.
    """
    session.require_write()
    today = session.today()
    conn = session.conn
    case = get_case(session, placement.case_id)
    assert case.id is not None
    stored = placements_repository.of_case(conn, case.id)
    if placement.id is None and stored is not None:
        raise ValidationError.single(
            "case_id", "Ärendet har redan en registrerad placering; redigera den i stället."
        )
    if placement.id is not None and (stored is None or stored.id != placement.id):
        raise NotFound("Placeringen", placement.id)
    placement = with_masked_provider(placement, stored)
    agreement = None
    if placement.agreement_id is not None:
        agreement = agreements_repository.get(conn, placement.agreement_id)
    errors: list[FieldError] = []
    changed = replace(case, outcome=outcome, children_count=children_count)
    try:
        placement = checked_placement(
            placement, case=case, agreement=agreement, outcome=outcome, today=today
        )
    except ValidationError as error:
        errors += error.errors
    try:
        changed = changed.validated(today)
    except ValidationError as error:
        errors += error.errors
    raise_if_errors(errors)
    with session.vault.transaction() as audit:
        now = utc_now()
        placement_id: int | None
        if stored is None:
            placement_id = placements_repository.insert(conn, placement, now)
            action = "placement.create"
        else:
            placement_id = stored.id
            placements_repository.update(conn, replace(placement, id=stored.id), now)
            action = "placement.update"
        _save_case(session, case, changed)
        audit.append(
            session.user_name,
            action,
            "case",
            case.id,
            details=_details(placement_id, placement, changed),
        )
    saved = _shown(session, case, placements_repository.of_case(conn, case.id))
    assert saved is not None
    return saved


def _save_case(session: Session, case: Case, changed: Case) -> None:
    """Keep the case's outcome and children as saved with the placement (history too)."""
    if (changed.outcome, changed.children_count) == (case.outcome, case.children_count):
        return
    assert case.id is not None
    cases_repository.update(session.conn, changed, utc_now())
    history.note(session, changed, HISTORY_ACTION, before=case)
    reindex_cases(session.conn, [case.id])


def _details(placement_id: int | None, placement: Placement, case: Case) -> str:
    """Ids, dates and kinds only: never the provider, which may tell where the client is."""
    end = placement.actual_end.isoformat() if placement.actual_end else "-"
    outcome = case.outcome.value if case.outcome else "-"
    return (
        f"placement {placement_id}; agreement {placement.agreement_id}; "
        f"start {placement.start_date.isoformat()}; planned end "
        f"{placement.planned_end.isoformat()}; end {end}; outcome {outcome}; "
        f"children {case.children_count}"
    )
