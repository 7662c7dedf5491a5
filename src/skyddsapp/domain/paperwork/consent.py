"""Samtycke till informationsutbyte: what Nexus and Uppsalahem may share, and until when."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.errors import FieldError, raise_if_errors
from skyddsapp.domain.notice import add_months
from skyddsapp.domain.paperwork.schema import (
    Choice,
    FieldKind,
    OptionField,
    choice_values,
    date_value,
    long_text_value,
)
from skyddsapp.domain.text import Text

DEFAULT_MONTHS = 6
# A consent is given for a purpose at hand; a longer one is likely to outlive it.
MAX_MONTHS = 12
MAX_PURPOSE = 1000


class ConsentScope(Enum):
    """Uppgifter som samtycket omfattar."""

    HOUSING_NEED = "housing_need"
    RISK_ASSESSMENT = "risk_assessment"
    LEASE_AND_DEBTS = "lease_and_debts"
    PROTECTED_DATA_AND_MAIL = "protected_data_and_mail"
    MOVE_AND_KEYS = "move_and_keys"

    @property
    def label(self) -> str:
        return _SCOPE_LABELS[self]


_SCOPE_LABELS = {
    ConsentScope.HOUSING_NEED: "Behov av ny bostad och boendesituation",
    ConsentScope.RISK_ASSESSMENT: "Hot- och riskbedömning i den del som behövs för boendet",
    ConsentScope.LEASE_AND_DEBTS: "Hyresavtal, hyra och eventuella skulder",
    ConsentScope.PROTECTED_DATA_AND_MAIL: "Skyddade personuppgifter och hur post ska skickas",
    ConsentScope.MOVE_AND_KEYS: "Flytt, nycklar och tillträde",
}

# Rent and debts are asked for only when the case needs them (the handler ticks them then).
_DEFAULT_SCOPES = (
    ConsentScope.HOUSING_NEED,
    ConsentScope.RISK_ASSESSMENT,
    ConsentScope.PROTECTED_DATA_AND_MAIL,
    ConsentScope.MOVE_AND_KEYS,
)

_PURPOSES = {
    CaseKind.CUSTOMER_CARE: (
        "Att du ska kunna flytta till en likvärdig bostad genom Uppsalahems kundvård vid våld "
        "i nära relation."
    ),
    CaseKind.KVINNOJOUR_SUBLET: "Att du ska kunna hyra en bostad via Uppsala Kvinnojour.",
    CaseKind.HOUSING_CHAIN: (
        "Att du ska kunna få en bostad genom boendekedjan och på sikt ta över kontraktet."
    ),
    CaseKind.SHELTER_EXIT: "Att du ska kunna få en egen bostad när du lämnar skyddat boende.",
    CaseKind.LEASE_TAKEOVER: "Att du ska kunna ta över hyresrätten till din bostad.",
    CaseKind.PRIORITY: "Att din ansökan om förtur till en bostad ska kunna prövas.",
    CaseKind.PERPETRATOR_MOVE: "Att du ska kunna bo kvar tryggt i din bostad.",
    CaseKind.COUNTY_REFERRAL: (
        "Att du ska kunna få en bostad i en annan kommun i Uppsala län genom Länskompotten."
    ),
    CaseKind.HOUSING_FIRST: "Att du ska kunna få ett eget hem genom Bostad först.",
}


@dataclass(frozen=True, slots=True)
class Consent:
    """Samtycke: the client lets Nexus and Uppsalahem exchange the chosen items until a date."""

    scopes: tuple[ConsentScope, ...]
    valid_until: dt.date
    purpose: str = ""


def latest_end(file: CaseFile) -> dt.date:
    return add_months(file.today, MAX_MONTHS)


def fields(file: CaseFile) -> tuple[OptionField, ...]:
    return (
        OptionField(
            "scopes",
            "Samtycket omfattar",
            FieldKind.MULTI_CHOICE,
            default=tuple(scope.value for scope in _DEFAULT_SCOPES),
            choices=tuple(Choice(scope.value, scope.label) for scope in ConsentScope),
            help="Välj bara det som behövs för boendet.",
        ),
        OptionField(
            "valid_until",
            "Gäller till och med",
            FieldKind.DATE,
            default=add_months(file.today, DEFAULT_MONTHS),
            help=Text("Högst {0} månader framåt.", MAX_MONTHS),
        ),
        OptionField(
            "purpose",
            "Syfte (valfritt)",
            FieldKind.LONG_TEXT,
            default=_PURPOSES.get(file.case.kind, ""),
        ),
    )


def parse(values: Mapping[str, Any], file: CaseFile) -> Consent:
    errors: list[FieldError] = []
    scopes = choice_values(values, "scopes", ConsentScope, "Samtycket omfattar", errors)
    if not scopes and not errors:
        errors.append(FieldError("scopes", "Välj minst en uppgift som samtycket omfattar."))
    valid_until = date_value(values, "valid_until", "Gäller till och med", errors)
    if valid_until is not None:
        if valid_until <= file.today:
            errors.append(
                FieldError("valid_until", "Samtycket måste gälla till ett datum efter i dag.")
            )
        elif valid_until > latest_end(file):
            errors.append(
                FieldError(
                    "valid_until",
                    Text(
                        "Ett samtycke får gälla högst {0} månader, till och med {1}.",
                        MAX_MONTHS,
                        latest_end(file).isoformat(),
                    ),
                )
            )
    purpose = long_text_value(values, "purpose", "Syfte", errors, max_length=MAX_PURPOSE)
    raise_if_errors(errors)
    assert valid_until is not None
    return Consent(scopes=scopes, valid_until=valid_until, purpose=purpose)
