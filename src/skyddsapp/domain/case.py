"""Cases (ärenden): parties, decisions, risk assessments, events and the placement outcome."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from enum import Enum

from skyddsapp.domain.access import Organisation
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.case_reference import CaseReference
from skyddsapp.domain.errors import FieldError, ValidationError, raise_if_errors
from skyddsapp.domain.fields import clean_line, clean_text
from skyddsapp.domain.person import CaseRole
from skyddsapp.domain.risk import RiskAssessment, latest_assessment
from skyddsapp.domain.text import Text

MAX_CHILDREN = 30


class ShelterOutcome(Enum):
    """Utfall vid avslutad placering i skyddat boende (the source report's categories)."""

    FIRST_HAND_FROM_PROVIDER = "first_hand_from_provider"
    NEXUS_TRANSITION_FLAT = "nexus_transition_flat"
    OTHER_SOCIAL_SERVICES = "other_social_services"
    LANSKOMPOTTEN_OR_CUSTOMER_CARE = "lanskompotten_or_customer_care"
    BACK_TO_PERPETRATOR = "back_to_perpetrator"
    OWN_SOLUTION = "own_solution"

    @property
    def label(self) -> str:
        return _OUTCOME_LABELS[self]


_OUTCOME_LABELS = {
    ShelterOutcome.FIRST_HAND_FROM_PROVIDER: "Förstahandskontrakt via leverantören",
    ShelterOutcome.NEXUS_TRANSITION_FLAT: "Utslussningslägenhet",
    ShelterOutcome.OTHER_SOCIAL_SERVICES: "Annan insats från socialförvaltningen",
    ShelterOutcome.LANSKOMPOTTEN_OR_CUSTOMER_CARE: (
        "Ny lägenhet via Länskompotten eller Uppsalahems kundvård"
    ),
    ShelterOutcome.BACK_TO_PERPETRATOR: "Tillbaka till förövaren",
    ShelterOutcome.OWN_SOLUTION: "Egen lösning",
}


class EventKind(Enum):
    """Händelsetyp i ärendets logg."""

    OPENED = "opened"
    TRANSITION = "transition"
    NOTE = "note"
    DECISION = "decision"
    RISK_ASSESSMENT = "risk_assessment"
    DOCUMENT = "document"
    KEYS = "keys"
    TRIAL_PERIOD = "trial_period"
    OLD_FLAT = "old_flat"

    @property
    def label(self) -> str:
        return _EVENT_LABELS[self]


_EVENT_LABELS = {
    EventKind.OPENED: "Ärendet öppnat",
    EventKind.TRANSITION: "Steg i ärendet",
    EventKind.NOTE: "Anteckning",
    EventKind.DECISION: "Beslut",
    EventKind.RISK_ASSESSMENT: "Hot- och riskbedömning",
    EventKind.DOCUMENT: "Dokument",
    EventKind.KEYS: "Nycklar",
    EventKind.TRIAL_PERIOD: "Prövotid",
    EventKind.OLD_FLAT: "Den gamla lägenheten",
}


class DecisionKind(Enum):
    """Beslutstyp."""

    NEED_CONFIRMATION = "need_confirmation"
    CUSTOMER_CARE_GROUP = "customer_care_group"
    TENANT_APPROVAL = "tenant_approval"
    SOCIAL_CONTRACT = "social_contract"
    TAKEOVER = "takeover"
    PRIORITY = "priority"
    PERPETRATOR_MOVE = "perpetrator_move"
    OTHER = "other"
    HOUSING_FIRST = "housing_first"

    @property
    def label(self) -> str:
        return _DECISION_LABELS[self]


_DECISION_LABELS = {
    DecisionKind.NEED_CONFIRMATION: "Nexus styrker behovet",
    DecisionKind.CUSTOMER_CARE_GROUP: "Kundvårdsgruppens beslut",
    DecisionKind.TENANT_APPROVAL: "Hyresgästgodkännande",
    DecisionKind.SOCIAL_CONTRACT: "Beslut om bostadssocialt kontrakt",
    DecisionKind.TAKEOVER: "Beslut om övertagande av hyresrätt",
    DecisionKind.PRIORITY: "Beslut om förtur efter individuell behovsbedömning",
    DecisionKind.PERPETRATOR_MOVE: "Beslut om flytt av våldsutövaren",
    DecisionKind.OTHER: "Övrigt beslut",
    DecisionKind.HOUSING_FIRST: "Beslut om Bostad först",
}


@dataclass(frozen=True, slots=True)
class CaseParty:
    """Part i ärendet: a person in a role.

    ``lives_in_flat``: the person lives in the flat of the case's lease without necessarily
    being on it (for a perpetrator: stays there; matters for 12 kap. 47 § JB).
    """

    person_id: int
    role: CaseRole
    lives_in_flat: bool = False


@dataclass(frozen=True, slots=True)
class CaseEvent:
    """Händelse i ärendet."""

    date: dt.date
    kind: EventKind
    text: str
    by: str
    action: str | None = None
    """The workflow action id, for events written by a workflow step."""

    def __post_init__(self) -> None:
        errors: list[FieldError] = []
        if not self.text.strip():
            errors.append(FieldError("text", "Händelsen saknar text."))
        if not self.by.strip():
            errors.append(FieldError("by", "Ange vem som registrerade händelsen."))
        raise_if_errors(errors)


def note_event(day: dt.date, text: str, by: str) -> CaseEvent:
    """A note in the case's timeline, its text normalised as a multi-line field."""
    errors: list[FieldError] = []
    cleaned = clean_text(text, field="text", label="Anteckningen", errors=errors)
    raise_if_errors(errors)
    return CaseEvent(day, EventKind.NOTE, cleaned, by)


@dataclass(frozen=True, slots=True)
class Decision:
    """Beslut: granted is True (bifall), False (avslag) or None (beslut utan ja/nej)."""

    date: dt.date
    kind: DecisionKind
    text: str
    decided_by: str
    granted: bool | None
    valid_until: dt.date | None = None

    def __post_init__(self) -> None:
        errors: list[FieldError] = []
        if not self.text.strip():
            errors.append(FieldError("text", "Beskriv beslutet."))
        if not self.decided_by.strip():
            errors.append(FieldError("decided_by", "Ange vem som fattade beslutet."))
        if self.valid_until is not None and self.valid_until < self.date:
            errors.append(
                FieldError("valid_until", "Beslutet kan inte gälla till ett datum före beslutet.")
            )
        raise_if_errors(errors)

    def is_valid_on(self, day: dt.date) -> bool:
        return self.date <= day and (self.valid_until is None or day <= self.valid_until)

    def validated(self) -> Decision:
        """A copy with its texts normalised, as it is to be stored; raises ValidationError."""
        errors: list[FieldError] = []
        text = clean_text(self.text, field="text", label="Beslutet", errors=errors)
        by = clean_line(
            self.decided_by,
            field="decided_by",
            label="Beslutsfattare",
            errors=errors,
            required=False,
        )
        try:  # __post_init__ reports a text that normalising left empty
            cleaned = replace(self, text=text, decided_by=by)
        except ValidationError as error:
            raise ValidationError([*errors, *error.errors]) from None
        raise_if_errors(errors)
        return cleaned


@dataclass(repr=False)
class Case:
    """Ärende. Domain functions never change a case in place; they return an updated copy."""

    id: int | None
    reference: CaseReference
    kind: CaseKind
    state: str
    opened_on: dt.date
    handlers: tuple[str, ...] = ()
    parties: list[CaseParty] = field(default_factory=list)
    apartment_ids: list[int] = field(default_factory=list)
    lease_ids: list[int] = field(default_factory=list)
    events: list[CaseEvent] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    risk_assessments: list[RiskAssessment] = field(default_factory=list)
    outcome: ShelterOutcome | None = None
    children_count: int = 0
    notes: str = ""
    organisation: Organisation = Organisation.UPPSALAHEM
    """The organisation that opened the case (`skyddsapp.domain.access`)."""
    shared_with: Organisation | None = None

    def person_ids(self, role: CaseRole) -> list[int]:
        return [party.person_id for party in self.parties if party.role is role]

    def latest_decision(self, kind: DecisionKind) -> Decision | None:
        """The most recent decision of ``kind``; a later decision replaces an earlier one."""
        latest: Decision | None = None
        for decision in self.decisions:
            if decision.kind is kind and (latest is None or decision.date >= latest.date):
                latest = decision
        return latest

    def latest_risk_assessment(self) -> RiskAssessment | None:
        return latest_assessment(self.risk_assessments)

    def with_party(self, party: CaseParty) -> Case:
        return replace(self, parties=[*self.parties, party])

    def with_decision(self, decision: Decision) -> Case:
        return replace(self, decisions=[*self.decisions, decision])

    def with_risk_assessment(self, assessment: RiskAssessment) -> Case:
        return replace(self, risk_assessments=[*self.risk_assessments, assessment])

    def with_event(self, event: CaseEvent) -> Case:
        return replace(self, events=[*self.events, event])

    def with_apartment(self, apartment_id: int) -> Case:
        return replace(self, apartment_ids=[*self.apartment_ids, apartment_id])

    def with_lease(self, lease_id: int) -> Case:
        return replace(self, lease_ids=[*self.lease_ids, lease_id])

    def matches_text(self, query: str) -> bool:
        """Free-text search over reference, notes, events and decisions (case-insensitive)."""
        needle = query.casefold().strip()
        if not needle:
            return True
        haystack = [str(self.reference), self.notes]
        haystack += [event.text for event in self.events]
        haystack += [decision.text for decision in self.decisions]
        return any(needle in text.casefold() for text in haystack)

    def validate(self, today: dt.date | None = None) -> None:
        self.validated(today)

    def validated(self, today: dt.date | None = None) -> Case:
        """A copy with its notes and handler names normalised, as it is to be stored; raises
        ValidationError listing every problem. Events, decisions and assessments are added
        through their own use cases and are left as they are."""
        errors: list[FieldError] = []
        notes = clean_text(self.notes, field="notes", label="Anteckningar", errors=errors)
        handlers = tuple(
            clean_line(h, field="handlers", label="Handläggare", errors=errors, required=False)
            for h in self.handlers
        )
        cleaned = replace(self, notes=notes, handlers=handlers)
        raise_if_errors([*errors, *case_errors(cleaned, today or dt.date.today())])
        return cleaned

    def __repr__(self) -> str:
        # Notes and events may name people; keep them out of tracebacks and logs.
        return f"Case(reference={self.reference}, state={self.state!r})"


def case_errors(case: Case, today: dt.date) -> list[FieldError]:
    """Every problem with a case that does not depend on its workflow."""
    errors: list[FieldError] = []
    if case.reference.kind is not case.kind:
        errors.append(
            FieldError(
                "reference",
                Text(
                    "Ärendenumret {0} hör till en annan ärendetyp än {1}.",
                    case.reference,
                    case.kind.label,
                ),
            )
        )
    if case.opened_on > today:
        errors.append(FieldError("opened_on", "Ärendet kan inte öppnas ett datum i framtiden."))
    if any(not handler.strip() for handler in case.handlers):
        errors.append(FieldError("handlers", "En handläggare saknar namn."))
    if len(set(case.handlers)) != len(case.handlers):
        errors.append(FieldError("handlers", "Samma handläggare står flera gånger."))
    if not 0 <= case.children_count <= MAX_CHILDREN:
        errors.append(
            FieldError(
                "children_count", Text("Antal barn ska vara mellan 0 och {0}.", MAX_CHILDREN)
            )
        )
    if case.outcome is not None and case.kind is not CaseKind.SHELTER_EXIT:
        errors.append(FieldError("outcome", "Utfall kan bara anges i ärenden om skyddat boende."))
    pairs = [(party.person_id, party.role) for party in case.parties]
    if len(set(pairs)) != len(pairs):
        errors.append(FieldError("parties", "Samma person står flera gånger i samma roll."))
    both = set(case.person_ids(CaseRole.CLIENT)) & set(case.person_ids(CaseRole.PERPETRATOR))
    if both:
        errors.append(
            FieldError("parties", "Samma person kan inte vara både klient och våldsutövare.")
        )
    if len(set(case.apartment_ids)) != len(case.apartment_ids):
        errors.append(FieldError("apartment_ids", "Samma lägenhet är kopplad flera gånger."))
    if len(set(case.lease_ids)) != len(case.lease_ids):
        errors.append(FieldError("lease_ids", "Samma hyresavtal är kopplat flera gånger."))
    return errors
