"""Fullmakt (2 kap. avtalslagen) as the register holds it: who may act for whom, in what, when.

An expired, revoked or unsigned fullmakt must not be used; `agent_problem` says why one cannot.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

from skyddsapp.domain.errors import FieldError, raise_if_errors
from skyddsapp.domain.text import Text


class AttorneyScope(Enum):
    """Vad fullmakten omfattar."""

    SIGN_LEASE = "sign_lease"
    TERMINATE_LEASE = "terminate_lease"
    COLLECT_KEYS = "collect_keys"

    @property
    def label(self) -> str:
        return _SCOPE_LABELS[self]


_SCOPE_LABELS = {
    AttorneyScope.SIGN_LEASE: "Underteckna hyresavtal för ny bostad",
    AttorneyScope.TERMINATE_LEASE: "Säga upp nuvarande hyresavtal",
    AttorneyScope.COLLECT_KEYS: "Kvittera ut och lämna tillbaka nycklar, taggar och kort",
}


@dataclass(frozen=True, slots=True)
class PowerOfAttorneyRecord:
    """En registrerad fullmakt: made as a document in the case (valid once signed) or received
    on paper and checked by the handler."""

    id: int | None
    case_id: int
    principal_id: int
    agent_id: int
    scopes: tuple[AttorneyScope, ...]
    valid_from: dt.date
    valid_until: dt.date
    signed: bool
    document_id: int | None = None
    document_number: str = ""
    revoked_on: dt.date | None = None

    def problem(self, scope: AttorneyScope, day: dt.date) -> str | None:
        """Why this fullmakt cannot be used for ``scope`` on ``day`` (None: it can)."""
        if self.revoked_on is not None and self.revoked_on <= day:
            return Text("Fullmakten återkallades {0}.", self.revoked_on.isoformat())
        if not self.signed:
            return Text("Fullmakten är inte registrerad som undertecknad.")
        if day < self.valid_from:
            return Text("Fullmakten gäller först från {0}.", self.valid_from.isoformat())
        if day > self.valid_until:
            return Text("Fullmakten gick ut {0}.", self.valid_until.isoformat())
        if scope not in self.scopes:
            return Text("Fullmakten omfattar inte: {0}.", scope.label.lower())
        return None


def power_status(power: PowerOfAttorneyRecord, day: dt.date) -> str:
    """How the fullmakt stands on ``day``, in a few words for the case's list of fullmakter."""
    if power.revoked_on is not None:
        return Text("Återkallad {0}.", power.revoked_on.isoformat())
    if not power.signed:
        return Text("Inte undertecknad ännu – registrera underskriften under Dokument.")
    if day > power.valid_until:
        return Text("Har gått ut.")
    if day < power.valid_from:
        return Text("Gäller ännu inte.")
    if AttorneyScope.COLLECT_KEYS not in power.scopes:
        return Text("Gäller, men inte för nycklar.")
    return Text("Gäller.")


def agent_problem(
    powers: Iterable[PowerOfAttorneyRecord],
    principal_id: int,
    agent_id: int,
    scope: AttorneyScope,
    day: dt.date,
) -> str | None:
    """Why the agent may not act for the principal in ``scope`` on ``day`` (None: one of the
    registered fullmakter covers it). The message names the reason of the closest fullmakt."""
    mine = [p for p in powers if p.principal_id == principal_id and p.agent_id == agent_id]
    if not mine:
        return Text(
            "Ombudet har ingen registrerad fullmakt. Registrera fullmakten under fliken "
            "Nycklar eller skapa blanketten Fullmakt och registrera underskriften."
        )
    problems = [p.problem(scope, day) for p in mine]
    if any(problem is None for problem in problems):
        return None
    # The newest fullmakt explains best why none holds.
    newest = max(range(len(mine)), key=lambda i: (mine[i].valid_until, mine[i].id or 0))
    reason = problems[newest]
    assert reason is not None
    return Text("Ombudet får inte hämta eller lämna nycklar: {0}", reason)


def valid_power(
    powers: Iterable[PowerOfAttorneyRecord],
    principal_id: int,
    agent_id: int,
    scope: AttorneyScope,
    day: dt.date,
) -> PowerOfAttorneyRecord | None:
    for power in powers:
        if (
            power.principal_id == principal_id
            and power.agent_id == agent_id
            and power.problem(scope, day) is None
        ):
            return power
    return None


# A power of attorney for a move is short-lived; a longer one is more likely to be misused.
MAX_VALIDITY_DAYS = 366
DEFAULT_VALIDITY_DAYS = 90
"""What a new fullmakt is suggested to run for (the form and the paper register alike)."""


def check_power(
    power: PowerOfAttorneyRecord, *, agents: Iterable[int], today: dt.date
) -> PowerOfAttorneyRecord:
    """A fullmakt received on paper, checked as the register keeps it; raises ValidationError
    listing every problem (the same rules as the form Fullmakt)."""
    errors: list[FieldError] = []
    if not power.principal_id:
        errors.append(FieldError("agent", "Ärendet har ingen klient som kan ge fullmakt."))
    if power.agent_id not in set(agents):
        errors.append(FieldError("agent", "Ombudet måste vara part i ärendet med rollen Ombud."))
    elif power.agent_id == power.principal_id:
        errors.append(FieldError("agent", "Klienten kan inte vara sitt eget ombud."))
    if not power.scopes:
        errors.append(FieldError("scopes", "Välj minst en sak som fullmakten omfattar."))
    if len(set(power.scopes)) != len(power.scopes):
        errors.append(FieldError("scopes", "Samma sak står flera gånger."))
    if power.valid_until < power.valid_from:
        errors.append(FieldError("valid_until", "Slutdatumet kan inte ligga före startdatumet."))
    elif (power.valid_until - power.valid_from).days > MAX_VALIDITY_DAYS:
        errors.append(
            FieldError(
                "valid_until", Text("En fullmakt får gälla högst {0} dagar.", MAX_VALIDITY_DAYS)
            )
        )
    if power.valid_until < today:
        errors.append(
            FieldError("valid_until", "Fullmakten har redan gått ut och får inte användas.")
        )
    raise_if_errors(errors)
    return power
