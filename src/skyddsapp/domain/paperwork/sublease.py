"""Andrahandsavtal: Uppsala Kvinnojour's second-hand let, or a bostadssocialt kontrakt.

A social contract is a second-hand lease from Socialförvaltningen with a trial period, after
which the parties jointly assess whether the tenant takes over the first-hand lease. Its terms
may only be those of tenancy law: the Parliamentary Ombudsman (JO) has found terms such as
demands of medication, drug tests, sobriety, inspection visits beyond the landlord's right under
12 kap. 26 § jordabalken, accepting support or treatment as a condition, or eviction for
reasons outside tenancy law unlawful. `UNLAWFUL_TERMS` lists words that give such terms away,
and `check_lawful_terms` refuses a text holding one.

Value types of the option fields: ``lease`` – ``str`` (CHOICE); ``start_date`` –
``datetime.date``; ``end_date`` – ``datetime.date | None`` (None: tills vidare);
``trial_months``, ``rent`` – ``int``; ``extra_terms`` – ``str``.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.errors import FieldError, RuleViolation, raise_if_errors
from skyddsapp.domain.lease import Lease, LeaseKind, LeaseStatus
from skyddsapp.domain.notice import add_months
from skyddsapp.domain.paperwork.lease_choice import chosen_lease
from skyddsapp.domain.paperwork.schema import (
    Choice,
    FieldKind,
    OptionField,
    date_value,
    long_text_value,
)
from skyddsapp.domain.text import Text

FIRST_HAND_TENANTS: Mapping[LeaseKind, str] = {
    LeaseKind.SECOND_HAND_KVINNOJOUR: "Uppsala Kvinnojour",
    LeaseKind.SOCIAL_CONTRACT: "Socialförvaltningen, Uppsala kommun",
}
SUBLEASE_KINDS = tuple(FIRST_HAND_TENANTS)

MIN_TRIAL_MONTHS = 6
MAX_TRIAL_MONTHS = 24
DEFAULT_TRIAL_MONTHS = 12
MAX_RENT_SEK = 100_000
MAX_EXTRA_TERMS = 2000

TERMS: tuple[str, ...] = (
    "Hyran betalas i förskott senast sista vardagen före varje kalendermånads början, enligt "
    "förstahandshyresgästens anvisningar.",
    "Hyresgästen ska vårda lägenheten väl och följa de ordningsregler som gäller i fastigheten. "
    "Hyresgästen ska se till att de som bor runt omkring inte utsätts för störningar.",
    "Hyresgästen ersätter skador i lägenheten som orsakas genom vårdslöshet eller försummelse "
    "av hyresgästen, någon i hushållet eller någon som hyresgästen har tagit emot där.",
    "Hyresgästen får inte hyra ut lägenheten i andra hand eller låta någon annan ta över den.",
    "Förstahandshyresgästen och hyresvärden har rätt att få komma in i lägenheten för att "
    "utöva nödvändig tillsyn eller utföra arbeten enligt 12 kap. 26 § jordabalken. Tiden "
    "bestäms i förväg med hyresgästen, utom när något är brådskande.",
    "Avtalet kan bara sägas upp eller upphöra i förtid på de grunder och med den "
    "uppsägningstid som gäller enligt hyreslagen (12 kap. jordabalken). Uppsägningen ska vara "
    "skriftlig. Ett avtal som gäller tills vidare upphör vid det månadsskifte som inträffar "
    "närmast efter tre månader från uppsägningen (12 kap. 4 § jordabalken).",
    "Stöd från socialtjänsten eller andra är frivilligt och är inte ett villkor för att få "
    "hyra eller bo kvar i lägenheten.",
    "Nycklar, taggar och kort kvitteras ut mot nyckelkvittens och lämnas tillbaka när avtalet "
    "upphör.",
    "I övrigt gäller hyreslagen (12 kap. jordabalken).",
)
"""Standard terms of every second-hand lease the app prints (Swedish)."""

SOCIAL_CONTRACT_TERMS: tuple[str, ...] = (
    "Avtalet börjar med en prövotid. När prövotiden har gått ut gör hyresvärden, "
    "förstahandshyresgästen och hyresgästen tillsammans en bedömning av om hyresgästen ska "
    "ta över förstahandskontraktet.",
    "Bedömningen grundar sig enbart på hur hyresförhållandet har skötts: att hyran har betalats "
    "i tid, att lägenheten har vårdats och att grannarna inte har störts. Det är samma krav "
    "som gäller för alla hyresgäster.",
)
"""Terms added for a bostadssocialt kontrakt: the trial period and the joint assessment."""

KVINNOJOUR_TERMS: tuple[str, ...] = (
    "Lägenheten hyrs ut inom ramen för Uppsala Kvinnojours avtal med hyresvärden om "
    "andrahandsuthyrning.",
)
"""Terms added for a second-hand let from Uppsala Kvinnojour."""

UNLAWFUL_TERMS: tuple[str, ...] = (
    # tests and checks of the body, substances
    "drogtest",
    "drogkontroll",
    "drogfri",
    "droger",
    "narkotika",
    "alkohol",
    "urinprov",
    "blodprov",
    "utandningsprov",
    "alkotest",
    "provtagning",
    "medicin",
    "nykter",
    "avhållsam",
    "abstinens",
    # treatment or cooperation made a condition of the lease
    "behandlingsplan",
    "behandlingshem",
    "krav på behandling",
    "genomgå behandling",
    "delta i behandling",
    "missbruk",
    "psykiatri",
    "terapi",
    "öppenvård",
    "boendestöd",
    "ta emot stöd",
    "samarbeta med socialtjänsten",
    "genomförandeplan",
    "vårdplan",
    "handlingsplan",
    # visits and inspections beyond 12 kap. 26 § jordabalken
    "hembesök",
    "spontanbesök",
    "kontrollbesök",
    "oanmäld",
    "ta emot besök",
    "besök av socialtjänsten",
    "besök av socialsekreterare",
    "besök av handläggare",
    "utan förvarning",
    "tillsyn när som helst",
    "tillträde när som helst",
    "kontroll av bostaden",
    "kontroll av lägenheten",
    "kontroll av hemmet",
)
"""Words and phrases that give away a term JO has found unlawful in social contracts. Each
matches at the start of a word, in any case and inflection ("medicin" also catches
"medicinering", "hembesök" "hembesöken"), but not inside another word, so lawful terms such as
"besöksparkering", "ventilationskontrollen" or "tillträde efter förvarning enligt 12 kap. 26 §
jordabalken" pass."""


def _folded(text: str) -> str:
    return " ".join(text.casefold().split())


@functools.cache
def _pattern(term: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(term) + r"\w*")


@functools.cache
def _any_term() -> re.Pattern[str]:
    """One pattern for every term: most text holds none, and one search says so."""
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, UNLAWFUL_TERMS)) + r")")


def unlawful_terms_in(text: str) -> tuple[str, ...]:
    """The entries of `UNLAWFUL_TERMS` that occur in ``text``."""
    folded = _folded(text)
    if not _any_term().search(folded):
        return ()
    return tuple(term for term in UNLAWFUL_TERMS if _pattern(term).search(folded))


def check_lawful_terms(text: str) -> None:
    """Raise RuleViolation quoting the first unlawful term found in ``text``, as written."""
    found = unlawful_terms_in(text)
    if found:
        match = _pattern(found[0]).search(_folded(text))
        raise RuleViolation(
            Text(
                "Villkoret innehåller ”{0}”. Krav av det slaget har JO funnit otillåtna i "
                "bostadssociala kontrakt; avtalet får bara ställa de krav som följer av "
                "hyreslagen.",
                match.group(0) if match else found[0],
            )
        )


@functools.cache  # constants: checked once per process
def terms_for(kind: LeaseKind) -> tuple[str, ...]:
    """The standard terms for a lease of ``kind``, each checked against `UNLAWFUL_TERMS`."""
    extra = SOCIAL_CONTRACT_TERMS if kind is LeaseKind.SOCIAL_CONTRACT else KVINNOJOUR_TERMS
    terms = extra + TERMS
    for term in terms:
        check_lawful_terms(term)
    return terms


@dataclass(frozen=True, slots=True)
class Sublease:
    """Andrahandsavtal: the lease of the case it is drawn from, and what the handler chose."""

    lease: Lease
    start_date: dt.date
    end_date: dt.date | None
    """Last day of a fixed-term lease; None for tills vidare."""
    trial_months: int | None
    """Only for a social contract."""
    monthly_rent_sek: int
    extra_terms: str = ""

    @property
    def first_hand_tenant(self) -> str:
        return FIRST_HAND_TENANTS[self.lease.kind]

    @property
    def is_social_contract(self) -> bool:
        return self.lease.kind is LeaseKind.SOCIAL_CONTRACT

    @property
    def trial_end(self) -> dt.date | None:
        """The last day of the trial period."""
        if self.trial_months is None:
            return None
        return trial_end(self.start_date, self.trial_months)

    @property
    def terms(self) -> tuple[str, ...]:
        return terms_for(self.lease.kind)


def trial_end(start: dt.date, months: int) -> dt.date:
    return add_months(start, months) - dt.timedelta(days=1)


def _sublease_leases(file: CaseFile) -> list[Lease]:
    return [
        lease
        for lease in file.case_leases()
        if lease.kind in SUBLEASE_KINDS and lease.status is not LeaseStatus.ENDED
    ]


def fields(file: CaseFile) -> tuple[OptionField, ...]:
    leases = _sublease_leases(file)
    lease = leases[0] if leases else None
    flat = file.apartment_of(lease) if lease else None
    rent = flat.monthly_rent_sek if flat else 0
    return (
        OptionField(
            "lease",
            "Avtal som upplåts i andra hand",
            FieldKind.CHOICE,
            default=str(lease.id) if lease else None,
            choices=tuple(Choice(str(item.id), _lease_label(item, file)) for item in leases),
            help="Andrahandskontrakt till Uppsala Kvinnojour eller bostadssocialt kontrakt.",
        ),
        OptionField(
            "start_date",
            "Tillträdesdag",
            FieldKind.DATE,
            default=lease.start_date if lease else file.today,
        ),
        OptionField(
            "end_date",
            "Avtalet gäller till och med",
            FieldKind.OPTIONAL_DATE,
            default=None,
            help="Lämna tomt om avtalet gäller tills vidare.",
        ),
        OptionField(
            "trial_months",
            "Prövotid (månader)",
            FieldKind.NUMBER,
            default=DEFAULT_TRIAL_MONTHS,
            minimum=MIN_TRIAL_MONTHS,
            maximum=MAX_TRIAL_MONTHS,
            help="Gäller bara bostadssocialt kontrakt.",
        ),
        OptionField(
            "rent",
            "Månadshyra (kr)",
            FieldKind.NUMBER,
            default=rent,
            minimum=1,
            maximum=MAX_RENT_SEK,
            help="Högst förstahandshyran.",
        ),
        OptionField(
            "extra_terms",
            "Övriga villkor (valfritt)",
            FieldKind.LONG_TEXT,
            default="",
            help="Bara villkor som följer av hyreslagen. Krav på t.ex. drogtester, "
            "medicinering eller hembesök är otillåtna och stoppas.",
        ),
    )


def _lease_label(lease: Lease, file: CaseFile) -> str:
    flat = file.apartment_of(lease)
    where = f", objekt {flat.object_number}" if flat else ""
    return f"{lease.contract_number} ({lease.kind.label}{where})"


def parse(values: Mapping[str, Any], file: CaseFile) -> Sublease:
    errors: list[FieldError] = []
    lease = chosen_lease(values, file, errors)
    if lease is not None:
        if lease.kind not in SUBLEASE_KINDS:
            errors.append(
                FieldError(
                    "lease",
                    "Välj ett andrahandskontrakt till Uppsala Kvinnojour eller ett "
                    "bostadssocialt kontrakt.",
                )
            )
            lease = None
        elif lease.status is LeaseStatus.ENDED:
            errors.append(FieldError("lease", "Avtalet har redan upphört."))
    start = date_value(values, "start_date", "Tillträdesdag", errors)
    if lease is not None and start is not None and start < lease.start_date:
        errors.append(
            FieldError(
                "start_date",
                Text(
                    "Tillträdesdagen kan inte ligga före avtalets startdatum {0}.",
                    lease.start_date.isoformat(),
                ),
            )
        )
    social = lease is not None and lease.kind is LeaseKind.SOCIAL_CONTRACT
    months = _trial_months(values.get("trial_months"), errors) if social else None
    end = _end_date(values.get("end_date"), start, months, errors)
    rent = _rent(values.get("rent"), lease, file, errors)
    extra = long_text_value(
        values, "extra_terms", "Övriga villkor", errors, max_length=MAX_EXTRA_TERMS
    )
    try:
        check_lawful_terms(extra)
    except RuleViolation as error:
        errors.append(FieldError("extra_terms", str(error)))
    raise_if_errors(errors)
    assert lease is not None
    assert start is not None
    assert rent is not None
    return Sublease(lease, start, end, months, rent, extra)


def _trial_months(raw: object, errors: list[FieldError]) -> int | None:
    months = _whole_number(raw, MIN_TRIAL_MONTHS, MAX_TRIAL_MONTHS)
    if months is not None:
        return months
    errors.append(
        FieldError(
            "trial_months",
            Text("Prövotiden ska vara {0}–{1} månader.", MIN_TRIAL_MONTHS, MAX_TRIAL_MONTHS),
        )
    )
    return None


def _end_date(
    raw: object, start: dt.date | None, months: int | None, errors: list[FieldError]
) -> dt.date | None:
    if raw is None:
        return None
    if not isinstance(raw, dt.date):
        errors.append(FieldError("end_date", "Slutdatumet kan inte läsas."))
        return None
    if start is None:
        return raw
    if raw <= start:
        errors.append(FieldError("end_date", "Avtalet måste sluta efter tillträdesdagen."))
    elif months is not None and raw < trial_end(start, months):
        errors.append(
            FieldError(
                "end_date",
                Text(
                    "Avtalet måste gälla minst till prövotidens slut ({0}), annars kan den "
                    "gemensamma bedömningen inte göras.",
                    trial_end(start, months).isoformat(),
                ),
            )
        )
    return raw


def _rent(raw: object, lease: Lease | None, file: CaseFile, errors: list[FieldError]) -> int | None:
    rent = _whole_number(raw, 1, MAX_RENT_SEK)
    if rent is None:
        errors.append(FieldError("rent", "Ange månadshyran i hela kronor, större än 0."))
        return None
    flat = file.apartment_of(lease) if lease is not None else None
    if flat is not None and rent > flat.monthly_rent_sek:
        errors.append(
            FieldError(
                "rent",
                Text(
                    "Hyran i andra hand får inte vara högre än förstahandshyran ({0} kr).",
                    flat.monthly_rent_sek,
                ),
            )
        )
    return rent


def _whole_number(raw: object, low: int, high: int) -> int | None:
    """``raw`` when it is an int (not a bool) from ``low`` to ``high``."""
    if isinstance(raw, int) and not isinstance(raw, bool) and low <= raw <= high:
        return raw
    return None
