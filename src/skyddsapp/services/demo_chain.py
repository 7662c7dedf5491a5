"""Demo cases that show the housing chain's trial period and tenant approvals at their stages.

Added once to a new demo vault (`services.demo.ensure_demo_vault`), with plainly fictitious
people (names that read as invented, personal numbers in the 98x–99x birth-number series with a
valid check digit), dated around the demo's today:

* BK, trial period ending in about two weeks: the joint assessment is due (Att göra shows it);
* BK, trial period extended by six months at the joint assessment;
* BK, taken over: the joint assessment said take over, the first-hand lease is linked and the
  social contract has ended;
* KJ, tenant approved with a clean credit check and housing reference;
* KJ, tenant approved under the exception for rent debt and disturbances caused by the violence,
  with the printed decision in the document register.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from skyddsapp.domain.address import Address
from skyddsapp.domain.apartment import Apartment
from skyddsapp.domain.case import CaseParty, Decision, DecisionKind
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.joint_assessment import DEFAULT_ASSESSORS, AssessmentOutcome, JointAssessment
from skyddsapp.domain.lease import Lease, LeaseKind
from skyddsapp.domain.person import CaseRole, Person, ProtectionLevel
from skyddsapp.domain.personal_number import PersonalNumber, check_digit
from skyddsapp.domain.tenant_approval import CreditCheck, HousingReference, TenantApproval
from skyddsapp.services import cases, documents, housing, persons, tenant_approvals, trial_periods
from skyddsapp.services.context import Session

SHOWCASE_CASES = 5
DAY = dt.timedelta(days=1)
QUOTA_REASON = "Demo: fler lägenheter än kvoten, för att visa undantaget."


@dataclass
class Showcase:
    """The ids of the cases `add_showcase` made, by what they show."""

    trial_ending: int = 0
    trial_extended: int = 0
    taken_over: int = 0
    approved: int = 0
    approved_with_exception: int = 0
    exception_document: int = 0
    made: list[int] = field(default_factory=list)


def add_showcase(session: Session) -> Showcase:
    """Add the five cases (inside the caller's transaction, if any); returns their ids."""
    maker = _Maker(session)
    today = session.today()
    shown = Showcase()
    shown.trial_ending = maker.chain_case("Trialina", today - 350 * DAY)
    shown.trial_extended = maker.chain_case("Förlängda", today - 370 * DAY)
    trial_periods.record_joint_assessment(
        session,
        shown.trial_extended,
        JointAssessment(
            today - 10 * DAY,
            AssessmentOutcome.EXTEND,
            DEFAULT_ASSESSORS,
            "Hyran har betalats sent två månader under våren; parterna vill se ett halvår till "
            "innan övertagandet. (Påhittat demoärende.)",
            extend_months=6,
        ),
    )
    shown.taken_over = maker.chain_case("Övertaga", today - 400 * DAY)
    trial_periods.record_joint_assessment(
        session,
        shown.taken_over,
        JointAssessment(
            today - 20 * DAY,
            AssessmentOutcome.TAKE_OVER,
            DEFAULT_ASSESSORS,
            "Hyran har betalats i tid, lägenheten är väl skött och inga störningar har "
            "rapporterats. (Påhittat demoärende.)",
        ),
    )
    first_of_month = today.replace(day=1)
    maker.first_hand_lease(shown.taken_over, first_of_month)
    cases.take_step(session, shown.taken_over, "take_over")

    shown.approved = maker.kvinnojour_case("Godkända", protected=False)
    tenant_approvals.record_tenant_approval(
        session,
        shown.approved,
        _approval(today, "Godkänns som andrahandshyresgäst.", CreditCheck.CLEAR),
    )
    cases.take_step(session, shown.approved, "approve_tenant")
    shown.approved_with_exception = maker.kvinnojour_case("Undantaga", protected=True)
    tenant_approvals.record_tenant_approval(
        session,
        shown.approved_with_exception,
        _approval(
            today,
            "Godkänns som andrahandshyresgäst med undantag enligt riktlinjen för uthyrning.",
            CreditCheck.REMARKS,
            HousingReference.DISTURBANCES,
            exception_reason="Hyresskulden uppstod när våldsutövaren tog över ekonomin, och "
            "störningsanmälningarna gällde hans besök i lägenheten. Nexus har styrkt "
            "sambandet med våldet. (Påhittat demoärende.)",
        ),
    )
    cases.take_step(session, shown.approved_with_exception, "approve_tenant")
    generated = documents.generate(
        session, shown.approved_with_exception, "hyresgastgodkannande", {}
    )
    shown.exception_document = generated.record.id
    shown.made = maker.made
    return shown


def _approval(
    today: dt.date,
    text: str,
    credit: CreditCheck,
    reference: HousingReference = HousingReference.APPROVED,
    *,
    exception_reason: str = "",
) -> TenantApproval:
    decision = Decision(today, DecisionKind.TENANT_APPROVAL, text, "Uthyrningschef Demo", True)
    return TenantApproval(decision, credit, reference, bool(exception_reason), exception_reason)


class _Maker:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.serial = 980
        self.made: list[int] = []

    def _person(self, first: str, protection: ProtectionLevel) -> Person:
        birth = dt.date(1986, 4, 1) + self.serial * DAY
        nine = f"{birth:%y%m%d}{self.serial:03d}"
        number = PersonalNumber.parse(
            f"{birth:%Y}{nine[2:]}{check_digit(nine)}", today=self.session.today()
        )
        self.serial += 1
        hides = protection.hides_real_address
        person = Person(
            id=None,
            first_name=first,
            last_name="Kedjedemosson",
            personal_number=number,
            protection=protection,
            real_address=Address(f"Demogatan {self.serial - 960}", "75320", "Uppsala"),
            uses_skatteverket_forwarding=hides,
        )
        return persons.create_person(self.session, person)

    def _flat(self) -> Apartment:
        number = f"9900-{self.serial:04d}-10"
        self.serial += 1
        return housing.create_apartment(
            self.session,
            Apartment(
                id=None,
                object_number=number,
                address=Address(f"Övningsbacken {self.serial - 970}", "75428", "Uppsala"),
                rooms=2,
                area_m2=Decimal("56"),
                monthly_rent_sek=7900,
                key_system="ASSA d12",
                key_series=f"S{self.serial}",
            ),
        )

    def _case(
        self,
        kind: CaseKind,
        first: str,
        lease_kind: LeaseKind,
        start: dt.date,
        protection: ProtectionLevel,
    ) -> tuple[int, Person, Apartment]:
        session = self.session
        client = self._person(first, protection)
        flat = self._flat()
        assert client.id is not None
        assert flat.id is not None
        lease = housing.create_lease(
            session,
            Lease(None, f"KD-{self.serial}", flat.id, (client.id,), lease_kind, start),
            override_reason=QUOTA_REASON,
        )
        self.serial += 1
        assert lease.id is not None
        case = cases.create_case(
            session,
            kind,
            parties=[CaseParty(client.id, CaseRole.CLIENT)],
            notes="Påhittat demoärende för prövotid och hyresgästgodkännande.",
            apartment_ids=[flat.id],
            lease_ids=[lease.id],
        )
        assert case.id is not None
        self.made.append(case.id)
        return case.id, client, flat

    def chain_case(self, first: str, start: dt.date) -> int:
        """A housing-chain case whose social contract (from ``start``) has been signed."""
        case_id, _client, _flat = self._case(
            CaseKind.HOUSING_CHAIN, first, LeaseKind.SOCIAL_CONTRACT, start, ProtectionLevel.NONE
        )
        decision = Decision(
            start - 30 * DAY,
            DecisionKind.SOCIAL_CONTRACT,
            "Beviljas bostadssocialt kontrakt genom boendekedjan. (Påhittat.)",
            "Nexus Demo",
            True,
        )
        cases.add_decision(self.session, case_id, decision)
        for action in ("approve", "offer_flat", "sign_social_contract"):
            cases.take_step(self.session, case_id, action)
        return case_id

    def first_hand_lease(self, case_id: int, start: dt.date) -> None:
        """The client's first-hand lease of the flat the social contract lets."""
        case = cases.get_case(self.session, case_id)
        client = case.person_ids(CaseRole.CLIENT)[0]
        flat = case.apartment_ids[0]
        lease = Lease(None, f"KD-{self.serial}", flat, (client,), LeaseKind.FIRST_HAND, start)
        self.serial += 1
        cases.add_new_lease(self.session, case_id, lease)

    def kvinnojour_case(self, first: str, *, protected: bool) -> int:
        protection = ProtectionLevel.PROTECTED_REGISTRATION if protected else ProtectionLevel.NONE
        case_id, _client, _flat = self._case(
            CaseKind.KVINNOJOUR_SUBLET,
            first,
            LeaseKind.SECOND_HAND_KVINNOJOUR,
            self.session.today() + 14 * DAY,
            protection,
        )
        return case_id
