"""The demo vault's transition and emergency flats and its Bostad först cases: a fixed, plainly
fictitious set (its own random numbers, so the demo's other cases stay as they were)."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from skyddsapp.domain.address import Address
from skyddsapp.domain.apartment import Apartment
from skyddsapp.domain.case import Case, CaseParty, Decision, DecisionKind
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.housing_first import Exchange, ExchangeDirection, ExchangeStatus
from skyddsapp.domain.lease import Lease, LeaseKind
from skyddsapp.domain.person import CaseRole, Person, ProtectionLevel
from skyddsapp.domain.personal_number import PersonalNumber, check_digit
from skyddsapp.domain.transition_flat import FlatCategory
from skyddsapp.services import (
    access,
    cases,
    housing,
    housing_first,
    persons,
    transition_flat_changes,
    transition_flats,
)
from skyddsapp.services.context import Session
from skyddsapp.vault import transition_flats_repository

DAY = dt.timedelta(days=1)
FIXED_CASES = 12
"""How many cases the set adds (the demo's summary counts them with the random ones)."""


def add_nexus_housing(session: Session, *, other_team: str | None = None) -> None:
    """Add the set once per vault: flats of every category (some lived in, some free, one
    taken out of the register after a stay) and Bostad först cases waiting for different
    times, one moved in, exchanges, one with the note that the client must live outside
    Uppsala. ``other_team``: a handler in another team, to whom one occupant's case is handed
    (the user then sees that flat only as "Belagd")."""
    if transition_flats_repository.all_flats(session.conn, include_removed=True):
        return
    demo = _Demo(session, other_team)
    demo.flats()
    demo.housing_first()


class _Demo:
    def __init__(self, session: Session, other_team: str | None) -> None:
        self.session = session
        self.today = session.today()
        self.rng = random.Random(4711)
        self.serial = 0
        workers = {w.name for w in access.case_workers(session)}
        self.other_team = other_team if other_team in workers else None

    def client(
        self, first: str, last: str, protection: ProtectionLevel = ProtectionLevel.NONE
    ) -> int:
        birth = dt.date(self.rng.randint(1965, 2002), self.rng.randint(1, 12), 1 + self.serial % 28)
        nine = f"{birth:%y%m%d}{self.rng.randint(980, 999)}"
        hides = protection.hides_real_address
        person = Person(
            id=None,
            first_name=first,
            last_name=last,
            personal_number=PersonalNumber.parse(
                f"{birth:%Y}{nine[2:]}{check_digit(nine)}", today=self.today
            ),
            protection=protection,
            real_address=Address(f"Demogatan {10 + self.serial}", "75320", "Uppsala"),
            uses_skatteverket_forwarding=hides,
        )
        created = persons.create_person(self.session, person)
        assert created.id is not None
        return created.id

    def apartment(self, number: str, street: str, *, landlord: str = "Uppsalahem AB") -> int:
        self.serial += 1
        created = housing.create_apartment(
            self.session,
            Apartment(
                id=None,
                object_number=number,
                address=Address(street, "75428", "Uppsala"),
                rooms=self.rng.randint(1, 3),
                area_m2=Decimal(self.rng.randint(32, 68)),
                monthly_rent_sek=self.rng.randint(5200, 8900),
                landlord=landlord,
            ),
        )
        assert created.id is not None
        return created.id

    def case(
        self, kind: CaseKind, client: int, notes: str, *, apartment: int | None = None
    ) -> Case:
        return cases.create_case(
            self.session,
            kind,
            parties=[CaseParty(client, CaseRole.CLIENT)],
            notes=notes,
            apartment_ids=[apartment] if apartment is not None else [],
        )

    def stay(self, flat: int, case_id: int, days_in: int, days_to_out: int, next_step: str) -> int:
        stay = transition_flats.move_in(
            self.session,
            flat,
            case_id,
            moved_in=self.today - days_in * DAY,
            planned_move_out=self.today + days_to_out * DAY,
            next_step=next_step,
        )
        assert stay.id is not None
        return stay.id

    def register(self, flat: int, category: FlatCategory, free_days: int, notes: str = "") -> None:
        transition_flats.register_flat(
            self.session,
            flat,
            category,
            available_from=self.today - free_days * DAY,
            notes=notes,
        )

    # ------------------------------------------------------------------ the flats

    def flats(self) -> None:
        s, today = self.session, self.today
        sluss = self.apartment("DEMO-UT-01", "Slussgränd 4", landlord="Uppsala kommun")
        self.register(sluss, FlatCategory.TRANSITION, 400, "Nycklar i Nexus nyckelskåp (demo).")
        placement = self.case(
            CaseKind.SHELTER_EXIT, self.client("Lena", "Slussdemo"), "Demo: utslussning."
        )
        assert placement.id is not None
        self.stay(
            sluss, placement.id, 75, 10, "Bostadssocialt kontrakt via boendekedjan; visning bokad."
        )

        second = self.apartment("DEMO-UT-02", "Slussgränd 6", landlord="Uppsala kommun")
        self.register(second, FlatCategory.TRANSITION, 300)
        handed = self.case(
            CaseKind.SHELTER_EXIT, self.client("Sara", "Annanteamsson"), "Demo: annat team."
        )
        assert handed.id is not None
        self.stay(second, handed.id, 30, 45, "Söker förstahandskontrakt (demo).")
        if self.other_team is not None:  # Belagd: demo sees neither who lives there nor why
            access.assign_handler(s, handed.id, self.other_team)
            access.unassign_handler(s, handed.id, s.user_name)

        jour = self.apartment("DEMO-JR-01", "Jourstigen 2", landlord="Uppsala kommun")
        self.register(jour, FlatCategory.EMERGENCY, 200)
        night = self.case(CaseKind.SHELTER_EXIT, self.client("Maja", "Jourdemo"), "Demo: jour.")
        assert night.id is not None
        # A flat since taken out of the register: the case keeps its stay there.
        gone = self.apartment("DEMO-JR-00", "Jourstigen 1", landlord="Uppsala kommun")
        self.register(gone, FlatCategory.EMERGENCY, 400, "Hyresavtalet med värden upphör (demo).")
        earlier = self.stay(gone, night.id, 150, -70, "")
        transition_flats.move_out(s, earlier, today - 62 * DAY)
        transition_flat_changes.remove_flat(s, gone, today - 61 * DAY)
        stay = self.stay(jour, night.id, 60, 0, "")
        transition_flats.move_out(s, stay, today - 12 * DAY)  # free for twelve days

        hidden = self.apartment("DEMO-JR-02", "Jourstigen 8", landlord="Uppsala kommun")
        self.register(hidden, FlatCategory.EMERGENCY, 100)
        protected = self.case(
            CaseKind.SHELTER_EXIT,
            self.client("Ida", "Skyddsdemo", ProtectionLevel.PROTECTED_REGISTRATION),
            "Demo: skyddad folkbokföring.",
        )
        assert protected.id is not None
        self.stay(hidden, protected.id, 50, -3, "Utflytten är försenad: väntar på låsbyte (demo).")

        for number, street, free in (
            ("DEMO-KB-01", "Byråvägen 1", 40),
            ("DEMO-KB-02", "Byråvägen 3", 90),
        ):
            flat = self.apartment(number, street, landlord="Uppsala Stadsmission")
            self.register(flat, FlatCategory.KVINNOBYRAN, free)
        byran = self.case(
            CaseKind.HOUSING_CHAIN, self.client("Karin", "Byrådemo"), "Demo: Kvinnobyrån."
        )
        assert byran.id is not None
        second_kb = self.find("DEMO-KB-02")  # the first stays free
        self.stay(second_kb, byran.id, 20, 120, "Boendekedjan: ansökan inskickad (demo).")

        let = self.apartment("DEMO-KJ-01", "Jourvägen 12")
        jour_client = self.client("Amira", "Kvinnojourdemo")
        sublet = self.case(CaseKind.KVINNOJOUR_SUBLET, jour_client, "Demo.", apartment=let)
        assert sublet.id is not None
        lease = housing.create_lease(
            s,
            Lease(
                None,
                "DEMO-KJ-01-A",
                let,
                (jour_client,),
                LeaseKind.SECOND_HAND_KVINNOJOUR,
                today - 30 * DAY,
            ),
            override_reason="Demo: fler lägenheter än kvoten, för att visa undantaget.",
        )
        assert lease.id is not None
        cases.update_case(s, cases.get_case(s, sublet.id).with_lease(lease.id))
        self.register(let, FlatCategory.KVINNOJOUR, 30)
        self.stay(let, sublet.id, 20, 340, "")

    def find(self, number: str) -> int:
        return transition_flats.apartment_id_by_object_number(self.session, number)

    # ------------------------------------------------------------------ Bostad först

    def granted(self, first: str, last: str, days_ago: int, *, wait: bool = True) -> int:
        case = self.case(CaseKind.HOUSING_FIRST, self.client(first, last), "Demo: Bostad först.")
        assert case.id is not None
        decision = Decision(
            self.today - days_ago * DAY,
            DecisionKind.HOUSING_FIRST,
            "Bostad först beviljas (påhittat demobeslut).",
            "Demo Beslutsfattare",
            True,
        )
        cases.add_decision(self.session, case.id, decision)
        if wait:
            cases.take_step(self.session, case.id, "start_waiting")
        return case.id

    def housing_first(self) -> None:
        s, today = self.session, self.today
        longest = self.granted("Petra", "Väntadahl", 310)
        housing_first.add_exchange(
            s,
            Exchange(
                None,
                longest,
                "Gävle",
                ExchangeDirection.TO_OTHER,
                today - 40 * DAY,
                notes="Förfrågan via Bostad först-nätverket (demo).",
            ),
        )
        housing_first.set_outside_uppsala(
            s,
            longest,
            "Våldsutövaren uppehåller sig på Mikaelsgården och andra träffpunkter i Uppsala "
            "(påhittat demoskäl).",
        )
        self.granted("Hanna", "Köstrand", 140)
        incoming = self.granted("Elin", "Bytesson", 45)
        exchange = housing_first.add_exchange(
            s, Exchange(None, incoming, "Örebro", ExchangeDirection.FROM_OTHER, today - 20 * DAY)
        )
        housing_first.update_exchange(
            s,
            Exchange(
                exchange.id,
                incoming,
                "Örebro",
                ExchangeDirection.FROM_OTHER,
                today - 20 * DAY,
                ExchangeStatus.ACCEPTED,
            ),
        )
        self.granted("Nour", "Nybeviljad", 8, wait=False)

        offered = self.granted("Sofia", "Erbjudensson", 90)
        flat = self.apartment("DEMO-BF-01", "Förstavägen 5")
        cases.update_case(s, cases.get_case(s, offered).with_apartment(flat))
        cases.take_step(s, offered, "offer_flat")

        moved = self.granted("Johanna", "Inflyttad", 200)
        home = self.apartment("DEMO-BF-02", "Förstavägen 9")
        case = cases.get_case(s, moved)
        client = case.person_ids(CaseRole.CLIENT)[0]
        lease = housing.create_lease(
            s, Lease(None, "DEMO-BF-02-A", home, (client,), LeaseKind.FIRST_HAND, today)
        )
        assert lease.id is not None
        cases.update_case(s, case.with_apartment(home).with_lease(lease.id))
        cases.take_step(s, moved, "offer_flat")
        cases.take_step(s, moved, "move_in")
