"""Who sees a case: assigning handlers, sharing with the other organisation, breaking the glass,
and opening a case (each written to the audit log)."""

from __future__ import annotations

from dataclasses import dataclass

from skyddsapp.domain import access as rule
from skyddsapp.domain.access import Actor, Organisation, Team
from skyddsapp.domain.case import Case
from skyddsapp.domain.case_reference import CaseReference
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.text import Text
from skyddsapp.domain.users import Role
from skyddsapp.services import history
from skyddsapp.services.context import Session
from skyddsapp.services.errors import NotFound
from skyddsapp.vault import access_repository, cases_repository, users_repository
from skyddsapp.vault.audit import utc_now

__all__ = [
    "CaseWorker",
    "Organisation",
    "assign_handler",
    "break_glass",
    "case_workers",
    "share_case",
    "unassign_handler",
    "unshare_case",
]


@dataclass(frozen=True)
class CaseWorker:
    """Someone who may be assigned to a case: an active user who handles cases."""

    name: str
    display_name: str
    team: Team


def actor_of(session: Session, user_name: str) -> Actor:
    """The named user as the access rules see them; ValidationError if there is none."""
    user = users_repository.get(session.conn, user_name)
    if user is None or not user.active:
        raise ValidationError.single(
            "handlers", Text("Det finns ingen aktiv användare som heter {0}.", user_name)
        )
    team = access_repository.team(session.conn, user.team) if user.team else None
    return Actor(user.name, user.role, team)


def case_workers(session: Session) -> list[CaseWorker]:
    """Every active user who handles cases, of either organisation, by team and name (for
    choosing handlers; whether one may be assigned to a case depends on its sharing)."""
    session.require_read()
    teams = {t.name: t for t in access_repository.teams(session.conn)}
    found = [
        CaseWorker(u.name, u.display_name, teams[u.team])
        for u in users_repository.all(session.conn)
        if u.active and u.team in teams and u.role in (Role.ADMIN, Role.HANDLER, Role.SOCIAL_WORKER)
    ]
    return sorted(found, key=lambda w: (w.team.organisation.value, w.team.name, w.name))


def check_new_handlers(session: Session, handlers: tuple[str, ...], *, share: bool) -> None:
    """What `cases.create_case` checks of a new case's handlers, without storing anything (for
    the new-case wizard's page): ValidationError on the field `handlers`."""
    actor = session.require_write()
    organisation = actor.organisation
    assert organisation is not None
    names = handlers or (actor.name,)
    shared_with = organisation.other if share else None
    rule.check_new_case_handlers(actor, [actor_of(session, h) for h in names], shared_with)


def assign_handler(session: Session, case_id: int, user_name: str) -> None:
    """Make `user_name` a handler of the case (and so their team sees it)."""
    session.require_write()
    access = session.require_case(case_id)
    rule.check_assignment(access, actor_of(session, user_name))
    with session.vault.transaction() as audit:
        before = _stored(session, case_id)
        access_repository.add_handler(session.conn, case_id, user_name)
        cases_repository.touch(session.conn, case_id, utc_now())
        audit.append(session.user_name, "case.assign", "case", case_id, details=user_name)
        _note(session, case_id, "case.assign", before)


def unassign_handler(session: Session, case_id: int, user_name: str) -> None:
    """Take `user_name` off the case; the last handler stays (see `check_unassignment`)."""
    session.require_write()
    access = session.require_case(case_id)
    rule.check_unassignment(access, user_name)
    with session.vault.transaction() as audit:
        before = _stored(session, case_id)
        access_repository.remove_handler(session.conn, case_id, user_name)
        cases_repository.touch(session.conn, case_id, utc_now())
        audit.append(session.user_name, "case.unassign", "case", case_id, details=user_name)
        _note(session, case_id, "case.unassign", before)


def share_case(session: Session, case_id: int) -> Organisation:
    """Share the case with the other organisation, whose handlers may then be assigned."""
    session.require_write()
    access = session.require_case(case_id)
    other = access.organisation.other
    rule.check_share(access, other)
    with session.vault.transaction() as audit:
        before = _stored(session, case_id)
        access_repository.set_shared_with(session.conn, case_id, other)
        cases_repository.touch(session.conn, case_id, utc_now())
        audit.append(session.user_name, "case.share", "case", case_id, details=other.value)
        _note(session, case_id, "case.share", before)
    return other


def unshare_case(session: Session, case_id: int) -> None:
    """End the sharing (once no handler of the other organisation is left on the case)."""
    session.require_write()
    access = session.require_case(case_id)
    rule.check_unshare(access)
    assert access.shared_with is not None
    with session.vault.transaction() as audit:
        before = _stored(session, case_id)
        access_repository.set_shared_with(session.conn, case_id, None)
        cases_repository.touch(session.conn, case_id, utc_now())
        details = access.shared_with.value
        audit.append(session.user_name, "case.unshare", "case", case_id, details=details)
        _note(session, case_id, "case.unshare", before)


def _stored(session: Session, case_id: int) -> Case:
    case = cases_repository.get(session.conn, case_id)
    assert case is not None  # require_case found it
    return case


def _note(session: Session, case_id: int, action: str, before: Case) -> None:
    history.note(session, _stored(session, case_id), action, before=before)


def break_glass(session: Session, reference: str, reason: str) -> int:
    """Open a case that is neither the user's nor their team's, for the rest of this session:
    the reason is written to the log as `case.break_glass`, which review flags. Returns the
    case's id. A case the user already sees needs no glass broken (nothing is written)."""
    actor = session.require_read()
    reason = rule.glass_reason(reason)
    parsed = CaseReference.parse(reference)
    case_id = cases_repository.id_by_reference(session.conn, parsed.formatted())
    if case_id is None:
        raise NotFound("Ärendet", parsed.formatted())
    access = access_repository.case_access(session.conn, case_id)
    assert access is not None
    if case_id in session.glass or rule.may_see(actor, access):
        return case_id
    with session.vault.transaction() as audit:
        audit.append(session.user_name, "case.break_glass", "case", case_id, reason=reason)
    session.glass.add(case_id)
    return case_id


def record_open(session: Session, case_id: int) -> None:
    """Write that the user opened the case (`case.open`): who, which case, when.

    A vault opened read-only (Skrivskyddat) cannot be written; there the case opens unrecorded,
    as nothing in it can be revealed, printed or changed either.
    """
    session.require_case(case_id)
    if session.read_only:
        return
    with session.vault.transaction() as audit:
        audit.append(session.user_name, "case.open", "case", case_id)
