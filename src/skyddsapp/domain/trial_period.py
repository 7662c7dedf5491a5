"""Boendekedjans prövotid: the social contract's trial period, its start and its length.

A social contract (bostadssocialt kontrakt) starts with a trial period, about a year; then the
landlord, Socialförvaltningen (the first-hand tenant) and the tenant assess together whether the
tenant takes over the first-hand lease (DOMAIN.md). The trial starts on the social contract's
start date when the case's "social contract signed" step is taken. Its length is the one the
printed Andrahandsavtal allows (`MIN_TRIAL_MONTHS`–`MAX_TRIAL_MONTHS`, default 12), and it ends
as the printed contract says (`trial_end`: the day before the same date that many months later).

The joint assessment (`domain.joint_assessment`) decides the takeover or extends the trial;
the takeover itself ends the social contract (`domain.social_contract_takeover`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import Enum

from skyddsapp.domain.case import Case
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.deadlines import Deadline, DeadlineKind
from skyddsapp.domain.errors import FieldError, RuleViolation, ValidationError, raise_if_errors
from skyddsapp.domain.fields import clean_reason
from skyddsapp.domain.lease import Lease, LeaseKind, LeaseStatus
from skyddsapp.domain.paperwork.sublease import (
    DEFAULT_TRIAL_MONTHS,
    MAX_TRIAL_MONTHS,
    MIN_TRIAL_MONTHS,
    trial_end,
)
from skyddsapp.domain.person import CaseRole
from skyddsapp.domain.text import Text

__all__ = [
    "DEFAULT_TRIAL_MONTHS",
    "MAX_TRIAL_MONTHS",
    "MIN_TRIAL_MONTHS",
    "AssessmentOutcome",
    "JointAssessment",
    "TrialPeriod",
    "trial_end",
]

TRIAL_STATE = "social_contract"
"""The housing chain's step in which the trial runs."""
SIGN_ACTION = "sign_social_contract"
TAKE_OVER_ACTION = "take_over"


class AssessmentOutcome(Enum):
    """Utfall av den gemensamma bedömningen om övertagande."""

    TAKE_OVER = "take_over"
    EXTEND = "extend"
    END = "end"

    @property
    def label(self) -> str:
        return _OUTCOME_LABELS[self]

    @property
    def granted(self) -> bool | None:
        """What the assessment makes of the case's takeover decision."""
        return {AssessmentOutcome.TAKE_OVER: True, AssessmentOutcome.END: False}.get(self)


_OUTCOME_LABELS = {
    AssessmentOutcome.TAKE_OVER: "Klienten tar över förstahandskontraktet",
    AssessmentOutcome.EXTEND: "Prövotiden förlängs",
    AssessmentOutcome.END: "Avslutas utan övertagande",
}


@dataclass(frozen=True, slots=True)
class JointAssessment:
    """Gemensam bedömning om övertagande."""

    date: dt.date
    outcome: AssessmentOutcome
    assessed_by: str
    reason: str
    extend_months: int | None = None
    """Only for EXTEND: how many months the trial is extended by."""
    recorded_by: str = ""
    """The user who recorded it (set by the use case)."""


@dataclass(frozen=True, slots=True)
class TrialPeriod:
    """Prövotid of a housing-chain case's social contract (``lease_id``)."""

    case_id: int
    lease_id: int
    start: dt.date
    months: int
    assessments: tuple[JointAssessment, ...] = ()
    """Oldest first; the last one counts."""
    first_hand_lease_id: int | None = None
    social_contract_ended_on: dt.date | None = None
    """Set when the client took over: the social contract's last day."""

    @property
    def end(self) -> dt.date:
        """The last day of the trial."""
        return trial_end(self.start, self.months)

    def days_left(self, today: dt.date) -> int:
        """Days from ``today`` to the last day (0 on it, negative once it has passed)."""
        return (self.end - today).days

    @property
    def latest_assessment(self) -> JointAssessment | None:
        return self.assessments[-1] if self.assessments else None

    @property
    def taken_over(self) -> bool:
        return self.social_contract_ended_on is not None


# --- starting ------------------------------------------------------------------------------------


def social_contract_of(case: Case, leases: Iterable[Lease]) -> Lease | None:
    """The client's running social contract in the case (the latest started, if several)."""
    clients = set(case.person_ids(CaseRole.CLIENT))
    linked = set(case.lease_ids)
    found = [
        lease
        for lease in leases
        if lease.id in linked
        and lease.kind is LeaseKind.SOCIAL_CONTRACT
        and lease.status is LeaseStatus.ACTIVE
        and clients & set(lease.tenant_ids)
    ]
    return max(found, key=lambda lease: (lease.start_date, lease.id or 0), default=None)


def start_trial(case: Case, leases: Iterable[Lease]) -> TrialPeriod:
    """The trial that starts when the social contract is signed: from its start date, the
    default length. Raises RuleViolation when the case has no running social contract."""
    if case.id is None or case.kind is not CaseKind.HOUSING_CHAIN:
        raise ValueError("a trial period belongs to a stored housing-chain case")
    lease = social_contract_of(case, leases)
    if lease is None or lease.id is None:
        raise RuleViolation(
            "Prövotiden kan inte starta: ärendet saknar ett gällande bostadssocialt kontrakt "
            "med klienten som hyresgäst."
        )
    return TrialPeriod(case.id, lease.id, lease.start_date, DEFAULT_TRIAL_MONTHS)


def started_text(trial: TrialPeriod) -> str:
    """The case event written when the trial starts."""
    return Text(
        "Prövotiden började {0} och löper ut {1} ({2} månader).",
        trial.start.isoformat(),
        trial.end.isoformat(),
        trial.months,
    )


# --- changing the length -------------------------------------------------------------------------


def require_running(case: Case, trial: TrialPeriod | None) -> TrialPeriod:
    """The trial while it runs (it may change and be assessed then); RuleViolation otherwise."""
    if case.kind is not CaseKind.HOUSING_CHAIN:
        raise RuleViolation("Bara ärenden i boendekedjan har prövotid.")
    if trial is None:
        raise RuleViolation(
            "Prövotiden har inte börjat: den börjar när steget ”Bostadssocialt kontrakt "
            "undertecknat” görs."
        )
    if case.state != TRIAL_STATE or trial.taken_over:
        raise RuleViolation(
            "Prövotiden är över: den kan bara ändras och bedömas medan det bostadssociala "
            "kontraktet löper."
        )
    return trial


def _months_errors(months: int, field: str, errors: list[FieldError]) -> int | None:
    if not isinstance(months, bool) and MIN_TRIAL_MONTHS <= months <= MAX_TRIAL_MONTHS:
        return months
    errors.append(
        FieldError(
            field,
            Text("Prövotiden ska vara {0}–{1} månader.", MIN_TRIAL_MONTHS, MAX_TRIAL_MONTHS),
        )
    )
    return None


def change_length(
    case: Case, trial: TrialPeriod | None, months: int, reason: str
) -> tuple[TrialPeriod, str]:
    """The trial with its new length and the normalised reason; raises RuleViolation when the
    trial is not running, ValidationError for a bad length or a missing reason."""
    running = require_running(case, trial)
    errors: list[FieldError] = []
    checked = _months_errors(months, "months", errors)
    if checked is not None and checked == running.months:
        errors.append(
            FieldError("months", Text("Prövotiden är redan {0} månader.", running.months))
        )
    try:
        cleaned = clean_reason(reason, field="reason", label="Skälet")
    except ValidationError as error:
        errors.extend(error.errors)
        cleaned = ""
    else:
        if not cleaned:
            errors.append(FieldError("reason", "Ange varför prövotidens längd ändras."))
    raise_if_errors(errors)
    assert checked is not None
    return replace(running, months=checked), cleaned


def length_changed_text(before: TrialPeriod, after: TrialPeriod, reason: str) -> str:
    return Text(
        "Prövotidens längd ändrad från {0} till {1} månader; den löper ut {2}. Skäl: {3}",
        before.months,
        after.months,
        after.end.isoformat(),
        reason,
    )


# --- the social contract's start date corrected --------------------------------------------------


def moved_with_contract(trial: TrialPeriod, start: dt.date) -> TrialPeriod:
    """The trial after its social contract's start date was corrected to ``start``: it starts
    then and keeps its length in months (an extension included), so its end moves as much.

    Raises ValidationError on the lease's ``start_date`` when the correction would move the
    trial's end earlier, to before a joint assessment already recorded (moving it later is
    always allowed, even past a late assessment), would start the trial after such an
    assessment, or, after the takeover, would start the social contract after its last day.
    """
    moved = replace(trial, start=start)
    errors: list[FieldError] = []
    dates = [assessment.date for assessment in trial.assessments]
    if dates and moved.end < trial.end and moved.end < max(dates):
        errors.append(
            FieldError(
                "start_date",
                Text(
                    "Startdatumet kan inte ändras till {0}: prövotiden skulle då löpa ut {1}, "
                    "före den gemensamma bedömningen som gjordes {2}.",
                    start.isoformat(),
                    moved.end.isoformat(),
                    max(dates).isoformat(),
                ),
            )
        )
    if dates and start > min(dates):
        errors.append(
            FieldError(
                "start_date",
                Text(
                    "Startdatumet kan inte ändras till {0}: den gemensamma bedömningen gjordes "
                    "redan {1}, och prövotiden kan inte börja efter den.",
                    start.isoformat(),
                    min(dates).isoformat(),
                ),
            )
        )
    ended = trial.social_contract_ended_on
    if ended is not None and start > ended:
        errors.append(
            FieldError(
                "start_date",
                Text(
                    "Startdatumet kan inte ändras till {0}: det bostadssociala kontraktet "
                    "upphörde {1}, dagen före förstahandskontraktet.",
                    start.isoformat(),
                    ended.isoformat(),
                ),
            )
        )
    raise_if_errors(errors)
    return moved


def start_moved_text(before: TrialPeriod, after: TrialPeriod) -> str:
    """The case event written when the trial follows its social contract's start date."""
    return Text(
        "Det bostadssociala kontraktets startdatum ändrat: prövotiden börjar {0} och löper ut "
        "{1} ({2} månader), i stället för {3}–{4}.",
        after.start.isoformat(),
        after.end.isoformat(),
        after.months,
        before.start.isoformat(),
        before.end.isoformat(),
    )


# --- Att göra ------------------------------------------------------------------------------------


def trial_deadline(case_id: int, reference: str, *, end: dt.date, contract_number: str) -> Deadline:
    """The trial's last day: by then the joint takeover assessment is due."""
    return Deadline(
        end,
        DeadlineKind.TRIAL_ENDS,
        case_id,
        reference,
        Text("{0}: gemensam bedömning om övertagande", contract_number),
    )
