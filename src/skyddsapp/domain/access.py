"""Who sees which case: organisations, teams, assigned handlers, sharing, breaking the glass.

A case belongs to the organisation that opened it. It is visible to a user who handles cases
when the user belongs to that organisation (or to the other one, once the case is shared with
it) and is one of the case's assigned handlers or in the team of one of them. Everyone else who
handles cases may still open it by "breaking the glass": with a written reason, logged and
flagged for review. An administrator sees case contents only when also a handler (a member of a
team); a granskare never does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from skyddsapp.domain.errors import FieldError, ValidationError
from skyddsapp.domain.fields import clean_line, clean_reason
from skyddsapp.domain.text import Text
from skyddsapp.domain.users import Role


class Organisation(Enum):
    """Organisation."""

    UPPSALAHEM = "uppsalahem"
    NEXUS = "nexus"

    @property
    def label(self) -> str:
        return _ORGANISATION_LABELS[self]

    @property
    def other(self) -> Organisation:
        return Organisation.NEXUS if self is Organisation.UPPSALAHEM else Organisation.UPPSALAHEM

    @property
    def default_team(self) -> str:
        """The team every vault starts with, named after the organisation."""
        return _ORGANISATION_LABELS[self]


_ORGANISATION_LABELS = {Organisation.UPPSALAHEM: "Uppsalahem", Organisation.NEXUS: "Nexus"}

# The organisation a case-handling role belongs to; an administrator's follows the team.
ROLE_ORGANISATION = {Role.HANDLER: Organisation.UPPSALAHEM, Role.SOCIAL_WORKER: Organisation.NEXUS}

_TEAM_NAME = re.compile(r"^[^\W_][\w .&'-]*$")


@dataclass(frozen=True)
class Team:
    """Team: a group of handlers of one organisation who see each other's cases."""

    name: str
    organisation: Organisation


def validate_team_name(name: str) -> str:
    """The team name as it is to be stored (normalised), or ValidationError."""
    errors: list[FieldError] = []
    cleaned = clean_line(name, field="team", label="Teamets namn", errors=errors, max_length=40)
    if not errors and not _TEAM_NAME.match(cleaned):
        errors.append(
            FieldError(
                "team",
                "Teamets namn får bara innehålla bokstäver, siffror, mellanslag, punkt, "
                "bindestreck och &, och ska börja med en bokstav eller siffra.",
            )
        )
    if errors:
        raise ValidationError(errors)
    return cleaned


def check_membership(role: Role, team: Team | None) -> None:
    """Refuse a team that does not fit the role: a handler is in an Uppsalahem team, a social
    worker in a Nexus team, a granskare in none; an administrator in a team is also a handler."""
    wanted = ROLE_ORGANISATION.get(role)
    if role is Role.AUDITOR and team is not None:
        raise ValidationError.single(
            "team", "En granskare hör inte till något team: granskaren ser loggen, aldrig ärenden."
        )
    if wanted is not None and team is None:
        raise ValidationError.single(
            "team", Text("{0} måste höra till ett team hos {1}.", role.label, wanted.label)
        )
    if wanted is not None and team is not None and team.organisation is not wanted:
        raise ValidationError.single(
            "team",
            Text(
                "Teamet {0} hör till {1}; {2} hör till {3}.",
                team.name,
                team.organisation.label,
                role.label,
                wanted.label,
            ),
        )


@dataclass(frozen=True)
class Actor:
    """The signed-in user as the access rules see them."""

    name: str
    role: Role
    team: Team | None = None

    @property
    def handles_cases(self) -> bool:
        """Handles cases: a handler or a social worker, or an administrator who is in a team."""
        if self.role in ROLE_ORGANISATION:
            return self.team is not None
        return self.role is Role.ADMIN and self.team is not None

    @property
    def organisation(self) -> Organisation | None:
        return self.team.organisation if self.team is not None else None

    def scope(self, also: Iterable[int] = (), *, few: bool = True) -> CaseScope | None:
        """The cases this actor sees in lists and searches (None: no case at all); `also`: the
        cases opened by breaking the glass in this session."""
        if not self.handles_cases or self.team is None:
            return None
        return CaseScope(self.name, self.team.name, self.team.organisation, frozenset(also), few)


@dataclass(frozen=True)
class CaseScope:
    """Which cases a list or search may return: those `may_see` allows this user, and `also`."""

    user: str
    team: str
    organisation: Organisation
    also: frozenset[int] = frozenset()
    few: bool = True
    """The team handles few cases (a hint for the query's form; the result is the same)."""


@dataclass(frozen=True)
class Assignee:
    """An assigned handler of a case and their team (None: their account has no team)."""

    name: str
    team: Team | None


@dataclass(frozen=True)
class CaseAccess:
    """What decides who sees a case: its organisation, whom it is shared with, its handlers."""

    case_id: int
    reference: str
    organisation: Organisation
    shared_with: Organisation | None = None
    handlers: tuple[Assignee, ...] = ()

    @property
    def organisations(self) -> frozenset[Organisation]:
        if self.shared_with is None:
            return frozenset({self.organisation})
        return frozenset({self.organisation, self.shared_with})

    @property
    def handler_names(self) -> frozenset[str]:
        return frozenset(h.name for h in self.handlers)

    @property
    def teams(self) -> frozenset[str]:
        return frozenset(h.team.name for h in self.handlers if h.team is not None)


def may_see(actor: Actor, access: CaseAccess) -> bool:
    """Whether `actor` sees the case without breaking the glass."""
    if not actor.handles_cases or actor.team is None:
        return False
    if actor.team.organisation not in access.organisations:
        return False
    return actor.name in access.handler_names or actor.team.name in access.teams


def check_assignment(access: CaseAccess, assignee: Actor) -> None:
    """Refuse to assign someone who does not handle cases, or who belongs to the other
    organisation while the case is not shared with it."""
    if assignee.name in access.handler_names:
        raise ValidationError.single(
            "handlers", Text("{0} är redan handläggare i ärendet.", assignee.name)
        )
    check_handler(access, assignee)


def check_handler(access: CaseAccess, assignee: Actor) -> None:
    """Whether `assignee` may be one of the case's handlers (as in `check_assignment`)."""
    if not assignee.handles_cases or assignee.organisation is None:
        raise ValidationError.single(
            "handlers", Text("{0} handlägger inga ärenden och kan inte tilldelas.", assignee.name)
        )
    if assignee.organisation not in access.organisations:
        raise ValidationError.single(
            "handlers",
            Text(
                "{0} hör till {1}. Dela ärendet med {1} innan du tilldelar någon därifrån.",
                assignee.name,
                assignee.organisation.label,
            ),
        )


def check_unassignment(access: CaseAccess, name: str) -> None:
    """A case keeps at least one handler: it would otherwise be visible to no one."""
    if name not in access.handler_names:
        raise ValidationError.single("handlers", Text("{0} är inte handläggare i ärendet.", name))
    if len(access.handlers) == 1:
        raise ValidationError.single(
            "handlers",
            "Ärendet måste ha minst en handläggare. Tilldela en annan innan du tar bort den sista.",
        )


def check_unshare(access: CaseAccess) -> None:
    """Sharing ends only when no handler of the other organisation is still assigned."""
    if access.shared_with is None:
        raise ValidationError.single("shared_with", "Ärendet är inte delat.")
    left = sorted(
        h.name
        for h in access.handlers
        if h.team is not None and h.team.organisation is access.shared_with
    )
    if left:
        raise ValidationError.single(
            "shared_with",
            Text(
                "Ta först bort handläggarna från {0} ur ärendet: {1}.",
                access.shared_with.label,
                ", ".join(left),
            ),
        )


def check_share(access: CaseAccess, organisation: Organisation) -> None:
    if organisation is access.organisation:
        raise ValidationError.single(
            "shared_with", Text("Ärendet hör redan till {0}.", organisation.label)
        )
    if access.shared_with is organisation:
        raise ValidationError.single(
            "shared_with", Text("Ärendet är redan delat med {0}.", organisation.label)
        )


def check_new_case_handlers(
    creator: Actor, handlers: Iterable[Actor], shared_with: Organisation | None
) -> None:
    """The handlers of a new case: each handles cases in the creator's organisation or the one
    the case is shared with."""
    organisation = creator.organisation
    if organisation is None:
        raise ValidationError.single("handlers", "Du handlägger inga ärenden.")
    access = CaseAccess(0, "", organisation, shared_with)
    assigned = list(handlers)
    for handler in assigned:
        check_handler(access, handler)
    access = CaseAccess(
        0, "", organisation, shared_with, tuple(Assignee(h.name, h.team) for h in assigned)
    )
    if not may_see(creator, access):
        raise ValidationError.single(
            "handlers",
            "Du måste själv vara handläggare i ärendet, eller i samma team som en av dem.",
        )


MIN_GLASS_REASON = 10


def glass_reason(reason: str) -> str:
    """Why a case that is not one's own is opened (logged, and flagged for review): one line of
    at least a few words."""
    text = clean_reason(reason, field="reason", label="Skälet")
    if not text:
        raise ValidationError.single("reason", "Ange varför du behöver öppna ärendet.")
    if len(text) < MIN_GLASS_REASON:
        raise ValidationError.single(
            "reason",
            Text(
                "Skälet ska vara minst {0} tecken, så att granskaren förstår det.", MIN_GLASS_REASON
            ),
        )
    return text
