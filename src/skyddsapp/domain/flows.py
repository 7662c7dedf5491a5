"""The case workflows as navigation tables, one per case kind (DOMAIN.md, the source)."""

from __future__ import annotations

from types import MappingProxyType

from skyddsapp.domain import requirements as req
from skyddsapp.domain.case import DecisionKind
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.housing_first import MOVE_IN_ACTION, START_WAITING_ACTION
from skyddsapp.domain.lease import LeaseKind
from skyddsapp.domain.person import CaseRole
from skyddsapp.domain.workflow import Step, Transition, Workflow, build_workflow

_CLIENT_NEW_FIRST_HAND = req.active_lease_for(
    CaseRole.CLIENT,
    LeaseKind.FIRST_HAND,
    "Klientens nya förstahandskontrakt saknas: koppla ett gällande förstahandskontrakt med "
    "klienten som hyresgäst till ärendet.",
)

_KVINNOJOUR_LEASE = req.lease_of_kind(LeaseKind.SECOND_HAND_KVINNOJOUR)

CUSTOMER_CARE = build_workflow(
    CaseKind.CUSTOMER_CARE,
    (
        Step("received", "Förfrågan från Nexus mottagen"),
        Step("need_confirmed", "Behovet styrkt av Nexus"),
        Step("granted", "Beviljat av Kundvårdsgruppen"),
        Step("refused", "Avslaget av Kundvårdsgruppen", terminal=True),
        Step("flat_offered", "Likvärdig bostad erbjuden"),
        Step("moved", "Flytten genomförd"),
        Step("closed", "Avslutat", terminal=True),
    ),
    (
        Transition(
            "received",
            "need_confirmed",
            "confirm_need",
            "Nexus styrker behovet",
            (req.HAS_CLIENT, req.NEED_CONFIRMED),
        ),
        Transition(
            "need_confirmed",
            "granted",
            "grant",
            "Kundvårdsgruppen beviljar kundvård",
            (req.CARE_GROUP_GRANTED,),
        ),
        Transition(
            "need_confirmed",
            "refused",
            "refuse",
            "Kundvårdsgruppen avslår",
            (req.CARE_GROUP_REFUSED,),
        ),
        # Nexus always assesses threat and risk before a move inside Uppsala.
        Transition(
            "granted",
            "flat_offered",
            "offer_flat",
            "Erbjud likvärdig bostad",
            (req.HAS_APARTMENT, req.CURRENT_RISK_ASSESSMENT),
        ),
        Transition(
            "flat_offered", "granted", "offer_declined", "Erbjudandet avböjdes", needs_reason=True
        ),
        Transition(
            "flat_offered",
            "moved",
            "register_move",
            "Registrera flytten",
            (_CLIENT_NEW_FIRST_HAND,),
        ),
        # The old flat is settled first: its notice period has run out and its outcome is
        # recorded (a case whose client keeps her flat has none).
        Transition(
            "moved",
            "closed",
            "close",
            "Avsluta ärendet",
            (req.OLD_LEASE_ENDED, req.OLD_FLAT_OUTCOME_RECORDED),
        ),
    ),
)

KVINNOJOUR_SUBLET = build_workflow(
    CaseKind.KVINNOJOUR_SUBLET,
    (
        Step("requested", "Förfrågan från Uppsala Kvinnojour"),
        Step("tenant_approved", "Andrahandshyresgästen godkänd"),
        Step("not_approved", "Andrahandshyresgästen inte godkänd", terminal=True),
        Step("contract_signed", "Andrahandsavtalet undertecknat"),
        Step("ended", "Avtalet avslutat", terminal=True),
    ),
    (
        Transition(
            "requested",
            "tenant_approved",
            "approve_tenant",
            "Godkänn andrahandshyresgästen",
            (req.HAS_CLIENT, req.HAS_APARTMENT, req.TENANT_APPROVED),
        ),
        Transition(
            "requested",
            "not_approved",
            "reject_tenant",
            "Godkänn inte andrahandshyresgästen",
            (req.TENANT_NOT_APPROVED,),
        ),
        # The yearly quota spans cases; services check it (rules.check_kvinnojour_quota).
        Transition(
            "tenant_approved",
            "contract_signed",
            "sign_contract",
            "Andrahandsavtalet undertecknat",
            (_KVINNOJOUR_LEASE,),
        ),
        Transition(
            "contract_signed", "ended", "end_contract", "Avsluta avtalet", (req.LEASE_WITH_NOTICE,)
        ),
    ),
)

HOUSING_CHAIN = build_workflow(
    CaseKind.HOUSING_CHAIN,
    (
        Step("referred", "Anmäld till boendekedjan"),
        Step("approved", "Bostadssocialt kontrakt beviljat"),
        Step("flat_offered", "Lägenhet erbjuden"),
        Step("social_contract", "Bostadssocialt kontrakt (prövotid)"),
        Step("taken_over", "Förstahandskontraktet övertaget", terminal=True),
        Step("ended", "Avslutat utan övertagande", terminal=True),
    ),
    (
        Transition(
            "referred",
            "approved",
            "approve",
            "Bevilja bostadssocialt kontrakt",
            (req.HAS_CLIENT, req.SOCIAL_CONTRACT_GRANTED),
        ),
        Transition(
            "approved", "flat_offered", "offer_flat", "Erbjud lägenhet", (req.HAS_APARTMENT,)
        ),
        Transition(
            "flat_offered", "approved", "offer_declined", "Erbjudandet avböjdes", needs_reason=True
        ),
        Transition(
            "flat_offered",
            "social_contract",
            "sign_social_contract",
            "Bostadssocialt kontrakt undertecknat",
            (
                req.active_lease_for(
                    CaseRole.CLIENT,
                    LeaseKind.SOCIAL_CONTRACT,
                    "Det bostadssociala kontraktet saknas: koppla ett gällande bostadssocialt "
                    "kontrakt med klienten som hyresgäst till ärendet.",
                ),
            ),
        ),
        Transition(
            "social_contract",
            "taken_over",
            "take_over",
            "Klienten tar över förstahandskontraktet",
            (req.JOINT_ASSESSMENT_TAKE_OVER, _CLIENT_NEW_FIRST_HAND),
        ),
        Transition(
            "social_contract",
            "ended",
            "end_without_takeover",
            "Avsluta utan övertagande",
            (req.LEASE_WITH_NOTICE,),
            needs_reason=True,
        ),
    ),
)

SHELTER_EXIT = build_workflow(
    CaseKind.SHELTER_EXIT,
    (
        Step("placed", "Placerad i skyddat boende"),
        Step("exit_planning", "Utslussning planeras"),
        Step("ended", "Placeringen avslutad", terminal=True),
    ),
    (
        Transition(
            "placed",
            "exit_planning",
            "plan_exit",
            "Påbörja utslussning",
            (req.HAS_CLIENT, req.CURRENT_RISK_ASSESSMENT, req.PLACEMENT_RECORDED),
        ),
        Transition(
            "exit_planning",
            "ended",
            "end_placement",
            "Avsluta placeringen",
            (req.PLACEMENT_ENDED, req.OUTCOME_RECORDED),
        ),
        # A placement can also end abruptly, e.g. when the client goes back to the perpetrator.
        Transition(
            "placed",
            "ended",
            "end_placement",
            "Avsluta placeringen",
            (req.PLACEMENT_ENDED, req.OUTCOME_RECORDED),
        ),
    ),
)

LEASE_TAKEOVER = build_workflow(
    CaseKind.LEASE_TAKEOVER,
    (
        Step("requested", "Begäran om övertagande mottagen"),
        Step("under_review", "Övertagandet prövas"),
        Step("approved", "Övertagande beviljat"),
        Step("refused", "Övertagande avslaget", terminal=True),
        Step("taken_over", "Hyresrätten övertagen", terminal=True),
    ),
    (
        Transition(
            "requested",
            "under_review",
            "start_review",
            "Påbörja prövningen",
            (req.HAS_CLIENT, req.HAS_LEASE),
        ),
        Transition(
            "under_review", "approved", "approve", "Bevilja övertagandet", (req.TAKEOVER_GRANTED,)
        ),
        Transition(
            "under_review", "refused", "refuse", "Avslå övertagandet", (req.TAKEOVER_REFUSED,)
        ),
        Transition(
            "approved",
            "taken_over",
            "sign_agreement",
            "Överenskommelse om övertagande undertecknad",
            (
                req.active_lease_for(
                    CaseRole.CLIENT,
                    None,
                    "Klienten står inte som ensam hyresgäst på ett gällande hyresavtal i ärendet.",
                    sole=True,
                ),
            ),
        ),
    ),
)

PRIORITY = build_workflow(
    CaseKind.PRIORITY,
    (
        Step("applied", "Ansökan om förtur mottagen"),
        Step("granted", "Förtur beviljad"),
        Step("refused", "Förtur avslagen", terminal=True),
        Step("flat_offered", "Lägenhet erbjuden"),
        Step("housed", "Hyresavtal tecknat", terminal=True),
    ),
    (
        # Förtur is always decided on an individual needs assessment against open criteria.
        Transition(
            "applied", "granted", "grant", "Bevilja förtur", (req.HAS_CLIENT, req.PRIORITY_GRANTED)
        ),
        Transition("applied", "refused", "refuse", "Avslå förtur", (req.PRIORITY_REFUSED,)),
        Transition(
            "granted",
            "flat_offered",
            "offer_flat",
            "Erbjud lägenhet",
            (req.HAS_APARTMENT, req.PRIORITY_VALID),
        ),
        Transition(
            "flat_offered", "granted", "offer_declined", "Erbjudandet avböjdes", needs_reason=True
        ),
        Transition(
            "flat_offered", "housed", "sign_lease", "Hyresavtal tecknat", (_CLIENT_NEW_FIRST_HAND,)
        ),
    ),
)

PERPETRATOR_MOVE = build_workflow(
    CaseKind.PERPETRATOR_MOVE,
    (
        Step("requested", "Förfrågan om att flytta våldsutövaren"),
        Step("assessed", "Hot- och riskbedömning gjord"),
        Step("approved", "Flytt beslutad"),
        Step("refused", "Flytt inte lämplig", terminal=True),
        Step("moved", "Våldsutövaren har flyttat"),
        Step("closed", "Avslutat", terminal=True),
    ),
    (
        Transition(
            "requested",
            "assessed",
            "assess",
            "Registrera hot- och riskbedömningen",
            (req.HAS_CLIENT, req.HAS_PERPETRATOR, req.CURRENT_RISK_ASSESSMENT),
        ),
        Transition(
            "assessed",
            "approved",
            "approve_move",
            "Besluta om flytt",
            (req.PERPETRATOR_MOVE_RULE, req.PERPETRATOR_MOVE_GRANTED),
        ),
        Transition(
            "assessed",
            "refused",
            "refuse_move",
            "Besluta att inte flytta",
            (req.PERPETRATOR_MOVE_REFUSED,),
        ),
        # The rule is checked again on the day of the move: assessments recur.
        Transition(
            "approved",
            "moved",
            "register_move",
            "Registrera flytten",
            (
                req.PERPETRATOR_MOVE_RULE,
                req.HAS_APARTMENT,
                req.active_lease_for(
                    CaseRole.PERPETRATOR,
                    None,
                    "Våldsutövarens hyresavtal för den nya lägenheten saknas i ärendet.",
                ),
            ),
        ),
        Transition("moved", "closed", "close", "Avsluta ärendet", (req.CURRENT_RISK_ASSESSMENT,)),
    ),
)

# Länskompotten: the workflow follows the case's latest referral (domain.county_referral).
COUNTY_REFERRAL = build_workflow(
    CaseKind.COUNTY_REFERRAL,
    (
        Step("opened", "Behov av lägenhet i annan kommun i länet"),
        Step("referred", "Förfrågan skickad till kommunen"),
        Step("flat_offered", "Lägenhet erbjuden i den andra kommunen"),
        Step("moved", "Flyttat till den andra kommunen", terminal=True),
        Step("no_flat", "Ingen lägenhet genom Länskompotten", terminal=True),
    ),
    (
        Transition(
            "opened",
            "referred",
            "refer",
            "Förfrågan skickad till kommunen",
            (req.HAS_CLIENT, req.REFERRAL_SENT),
        ),
        Transition(
            "referred",
            "flat_offered",
            "flat_offered",
            "Kommunen erbjuder en lägenhet",
            (req.REFERRAL_FLAT_OFFERED,),
        ),
        Transition(
            "flat_offered", "moved", "register_move", "Registrera flytten", (req.REFERRAL_MOVED,)
        ),
        Transition(
            "referred",
            "no_flat",
            "no_flat",
            "Ingen lägenhet genom Länskompotten",
            (req.REFERRAL_NO_FLAT,),
        ),
        Transition(
            "flat_offered",
            "no_flat",
            "no_flat",
            "Ingen lägenhet genom Länskompotten",
            (req.REFERRAL_NO_FLAT,),
        ),
        # After a refusal, a new referral to another municipality in the county.
        Transition(
            "flat_offered",
            "referred",
            "refer_again",
            "Ny förfrågan till en annan kommun",
            (req.REFERRAL_PENDING,),
        ),
    ),
)


# Bostad först: the shortage of flats makes the wait after the grant the number to watch
# (domain/housing_first.py counts it from the grant decision to the move).
HOUSING_FIRST = build_workflow(
    CaseKind.HOUSING_FIRST,
    (
        Step("granted", "Insatsen beviljad"),
        Step("waiting", "Väntar på lägenhet"),
        Step("flat_offered", "Lägenhet erbjuden"),
        Step("moved_in", "Inflyttad", terminal=True),
    ),
    (
        Transition(
            "granted",
            "waiting",
            START_WAITING_ACTION,
            "Börja söka lägenhet",
            (
                req.HAS_CLIENT,
                req.decision_granted(
                    DecisionKind.HOUSING_FIRST,
                    "Beslutet om att bevilja Bostad först saknas: registrera beslutet.",
                ),
            ),
        ),
        Transition(
            "waiting", "flat_offered", "offer_flat", "Erbjud lägenhet", (req.HAS_APARTMENT,)
        ),
        Transition(
            "flat_offered", "waiting", "offer_declined", "Erbjudandet avböjdes", needs_reason=True
        ),
        Transition(
            "flat_offered",
            "moved_in",
            MOVE_IN_ACTION,
            "Registrera inflyttningen",
            (
                req.active_lease_for(
                    CaseRole.CLIENT,
                    None,
                    "Klientens hyresavtal saknas: koppla ett gällande hyresavtal för den "
                    "erbjudna lägenheten med klienten som hyresgäst till ärendet.",
                ),
            ),
        ),
    ),
)

WORKFLOWS: MappingProxyType[CaseKind, Workflow] = MappingProxyType(
    {
        workflow.kind: workflow
        for workflow in (
            CUSTOMER_CARE,
            KVINNOJOUR_SUBLET,
            HOUSING_CHAIN,
            SHELTER_EXIT,
            LEASE_TAKEOVER,
            PRIORITY,
            PERPETRATOR_MOVE,
            COUNTY_REFERRAL,
            HOUSING_FIRST,
        )
    }
)
