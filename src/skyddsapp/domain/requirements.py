"""The conditions workflow steps require, each with the Swedish message shown when unmet."""

from __future__ import annotations

from skyddsapp.domain.case import DecisionKind
from skyddsapp.domain.county_referral import CountyReferral, ReferralResult, latest_referral
from skyddsapp.domain.lease import LeaseKind, LeaseStatus
from skyddsapp.domain.old_flat import lease_problems, outcome_problems
from skyddsapp.domain.person import CaseRole
from skyddsapp.domain.placement import Placement
from skyddsapp.domain.rules import perpetrator_move_allowed
from skyddsapp.domain.text import join_sentences
from skyddsapp.domain.workflow import CaseContext, Requirement, requirement


def _decided(context: CaseContext, kind: DecisionKind, granted: bool) -> bool:
    decision = context.case.latest_decision(kind)
    return decision is not None and decision.granted is granted


def decision_granted(kind: DecisionKind, message: str) -> Requirement:
    return requirement(f"{kind.value}_granted", message, lambda c: _decided(c, kind, granted=True))


def decision_refused(kind: DecisionKind, message: str) -> Requirement:
    return requirement(f"{kind.value}_refused", message, lambda c: _decided(c, kind, granted=False))


def lease_of_kind(kind: LeaseKind) -> Requirement:
    return requirement(
        f"lease_{kind.value}",
        f"Ärendet saknar ett hyresavtal av typen {kind.label[0].lower()}{kind.label[1:]}.",
        lambda c: any(lease.kind is kind for lease in c.case_leases),
    )


def active_lease_for(
    role: CaseRole, kind: LeaseKind | None, message: str, *, sole: bool = False
) -> Requirement:
    """A linked, running lease (of ``kind``, if given) naming a person in ``role`` as tenant.

    With ``sole``, the people in ``role`` are the only tenants on it.
    """

    def test(context: CaseContext) -> bool:
        people = set(context.case.person_ids(role))
        if not people:
            return False
        for lease in context.case_leases:
            if lease.status is not LeaseStatus.ACTIVE or (
                kind is not None and lease.kind is not kind
            ):
                continue
            tenants = set(lease.tenant_ids)
            if (tenants <= people) if sole else bool(tenants & people):
                return True
        return False

    suffix = f"_{kind.value}" if kind is not None else ""
    return requirement(f"active_lease_{role.value}{suffix}", message, test)


def _has_role(context: CaseContext, role: CaseRole) -> bool:
    return any(party.role is role for party in context.case.parties)


def _client_is_tenant(context: CaseContext) -> bool:
    clients = set(context.case.person_ids(CaseRole.CLIENT))
    return any(clients & set(lease.tenant_ids) for lease in context.case_leases)


def _current_assessment(context: CaseContext) -> bool:
    latest = context.case.latest_risk_assessment()
    return latest is not None and latest.is_current(context.today)


def _perpetrator_move(context: CaseContext) -> str | None:
    allowed, reason = perpetrator_move_allowed(context.case.risk_assessments, context.today)
    return None if allowed else reason


def _priority_still_valid(context: CaseContext) -> str | None:
    decision = context.case.latest_decision(DecisionKind.PRIORITY)
    if decision is None or decision.granted is not True:
        return "Det finns inget beviljat beslut om förtur."
    if not decision.is_valid_on(context.today):
        return "Beslutet om förtur gäller inte längre; gör en ny behovsbedömning."
    return None


HAS_CLIENT = requirement(
    "has_client",
    "Ärendet saknar klient: lägg till den våldsutsatta som part med rollen Klient.",
    lambda c: _has_role(c, CaseRole.CLIENT),
)
HAS_PERPETRATOR = requirement(
    "has_perpetrator",
    "Ärendet saknar våldsutövare: lägg till en part med rollen Våldsutövare.",
    lambda c: _has_role(c, CaseRole.PERPETRATOR),
)
CURRENT_RISK_ASSESSMENT = requirement(
    "current_risk_assessment",
    "Det finns ingen aktuell hot- och riskbedömning: registrera en ny bedömning "
    "(den senaste saknas eller har passerat sitt uppföljningsdatum).",
    _current_assessment,
)
HAS_APARTMENT = requirement(
    "has_apartment",
    "Ärendet saknar lägenhet: koppla en lägenhet till ärendet.",
    lambda c: bool(c.case.apartment_ids),
)
HAS_LEASE = requirement(
    "has_lease",
    "Ärendet saknar hyresavtal: koppla ett hyresavtal till ärendet.",
    lambda c: bool(c.case_leases),
)
LEASE_WITH_NOTICE = requirement(
    "lease_with_notice",
    "Inget hyresavtal i ärendet har ett registrerat uppsägningsdatum: registrera dagen då "
    "uppsägningen togs emot eller skickades.",
    lambda c: any(lease.notice_date is not None for lease in c.case_leases),
)
CLIENT_IS_TENANT = requirement(
    "client_is_tenant",
    "Klienten står inte som hyresgäst på något hyresavtal i ärendet.",
    _client_is_tenant,
)
OUTCOME_RECORDED = requirement(
    "outcome_recorded",
    "Utfallet saknas: ange vart klienten flyttade när placeringen avslutades.",
    lambda c: c.case.outcome is not None,
)
PERPETRATOR_MOVE_RULE = Requirement(
    "perpetrator_move_rule",
    "Den senaste hot- och riskbedömningen är aktuell, visar låg eller ingen risk och att "
    "våldsutövaren inte är uppsökande.",
    _perpetrator_move,
)
PRIORITY_VALID = Requirement(
    "priority_valid", "Beslutet om förtur gäller fortfarande.", _priority_still_valid
)

NEED_CONFIRMED = decision_granted(
    DecisionKind.NEED_CONFIRMATION,
    "Nexus har inte styrkt behovet: registrera Nexus beslut om styrkt behov av ny bostad.",
)
CARE_GROUP_GRANTED = decision_granted(
    DecisionKind.CUSTOMER_CARE_GROUP,
    "Kundvårdsgruppens beslut om att bevilja kundvård saknas.",
)
CARE_GROUP_REFUSED = decision_refused(
    DecisionKind.CUSTOMER_CARE_GROUP,
    "Kundvårdsgruppens beslut om avslag saknas.",
)
TENANT_APPROVED = decision_granted(
    DecisionKind.TENANT_APPROVAL,
    "Hyresgästgodkännande saknas (kreditupplysning och boendereferens).",
)
TENANT_NOT_APPROVED = decision_refused(
    DecisionKind.TENANT_APPROVAL,
    "Beslut om att andrahandshyresgästen inte godkänns saknas.",
)
SOCIAL_CONTRACT_GRANTED = decision_granted(
    DecisionKind.SOCIAL_CONTRACT,
    "Beslut om bostadssocialt kontrakt genom boendekedjan saknas.",
)
TAKEOVER_GRANTED = decision_granted(
    DecisionKind.TAKEOVER,
    "Beslut om att klienten får ta över förstahandskontraktet saknas.",
)
TAKEOVER_REFUSED = decision_refused(
    DecisionKind.TAKEOVER,
    "Beslut om att klienten inte får ta över förstahandskontraktet saknas.",
)
PRIORITY_GRANTED = decision_granted(
    DecisionKind.PRIORITY,
    "Beslut om förtur efter individuell behovsbedömning saknas.",
)
PRIORITY_REFUSED = decision_refused(
    DecisionKind.PRIORITY,
    "Beslut om avslag på förtur efter individuell behovsbedömning saknas.",
)
PERPETRATOR_MOVE_GRANTED = decision_granted(
    DecisionKind.PERPETRATOR_MOVE,
    "Beslut om att flytta våldsutövaren saknas.",
)
PERPETRATOR_MOVE_REFUSED = decision_refused(
    DecisionKind.PERPETRATOR_MOVE,
    "Beslut om att inte flytta våldsutövaren saknas.",
)


def _old_lease_ended(context: CaseContext) -> str | None:
    problems = lease_problems(context.case, context.case_leases, context.today)
    return join_sentences(problems) or None


def _old_flat_outcome(context: CaseContext) -> str | None:
    problems = outcome_problems(context.case, context.case_leases, context.old_flat_outcomes)
    return join_sentences(problems) or None


OLD_LEASE_ENDED = Requirement(
    "old_lease_ended",
    "Den gamla lägenhetens hyresavtal har upphört (uppsägningstiden har löpt ut).",
    _old_lease_ended,
)
OLD_FLAT_OUTCOME_RECORDED = Requirement(
    "old_flat_outcome_recorded",
    "Utfallet för den gamla lägenheten är registrerat.",
    _old_flat_outcome,
)


# ----------------------------------------------------------------- skyddat boende, Länskompotten


def _own(context: CaseContext, case_id: int) -> bool:
    """A record counts for the case it belongs to (a case not stored yet owns any)."""
    return context.case.id is None or case_id == context.case.id


def _placement(context: CaseContext) -> Placement | None:
    placement = context.placement
    return placement if placement is not None and _own(context, placement.case_id) else None


def _latest_referral(context: CaseContext) -> CountyReferral | None:
    return latest_referral(r for r in context.county_referrals if _own(context, r.case_id))


def _latest_result(context: CaseContext, results: tuple[ReferralResult, ...]) -> bool:
    latest = _latest_referral(context)
    return latest is not None and latest.result in results


PLACEMENT_RECORDED = requirement(
    "placement_recorded",
    "Placeringen saknas: registrera placeringen i skyddat boende (ramavtal, leverantör och datum).",
    lambda c: _placement(c) is not None,
)
PLACEMENT_ENDED = requirement(
    "placement_ended",
    "Placeringens faktiska slutdatum saknas: registrera när placeringen upphörde.",
    lambda c: (placement := _placement(c)) is not None and placement.actual_end is not None,
)
REFERRAL_SENT = requirement(
    "county_referral_sent",
    "Ingen förfrågan är registrerad: registrera vilken kommun i länet förfrågan skickades till "
    "och när.",
    lambda c: _latest_referral(c) is not None,
)
REFERRAL_PENDING = requirement(
    "county_referral_pending",
    "Registrera först den nya förfrågan till en annan kommun i länet.",
    lambda c: (latest := _latest_referral(c)) is not None and latest.is_pending,
)
REFERRAL_FLAT_OFFERED = requirement(
    "county_referral_flat_offered",
    "Kommunens svar saknas: registrera att kommunen erbjudit en lägenhet.",
    lambda c: _latest_result(c, (ReferralResult.FLAT_OFFERED, ReferralResult.MOVED)),
)
REFERRAL_MOVED = requirement(
    "county_referral_moved",
    "Registrera i förfrågan att klienten har flyttat till lägenheten i kommunen.",
    lambda c: _latest_result(c, (ReferralResult.MOVED,)),
)
REFERRAL_NO_FLAT = requirement(
    "county_referral_no_flat",
    "Registrera i förfrågan att kommunen inte hade någon lägenhet eller att klienten tackade nej.",
    lambda c: _latest_result(c, (ReferralResult.DECLINED, ReferralResult.NO_FLAT)),
)


# Boendekedjan: the joint assessment at the end of the trial period records the takeover
# decision (domain.trial_period); a bare takeover decision cannot be recorded there.
JOINT_ASSESSMENT_TAKE_OVER = requirement(
    "joint_assessment_take_over",
    "Den gemensamma bedömningen om övertagande saknas eller säger inte att klienten tar över: "
    "registrera bedömningen under Lägenhet och avtal, Prövotid.",
    lambda c: _decided(c, DecisionKind.TAKEOVER, granted=True),
)
