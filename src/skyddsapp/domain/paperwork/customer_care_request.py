"""Begäran om kundvård: what Nexus asks Uppsalahem's Kundvårdsgrupp to do for the client."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.errors import FieldError, raise_if_errors
from skyddsapp.domain.paperwork.schema import (
    Choice,
    FieldKind,
    OptionField,
    choice_value,
    long_text_value,
    text_value,
)

MAX_MOTIVATION = 2000
MAX_AREAS = 300


class CareRequest(Enum):
    """Vad Nexus begär av Kundvårdsgruppen."""

    EQUIVALENT_FLAT = "equivalent_flat"
    TAKEOVER = "takeover"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _REQUEST_LABELS[self]


_REQUEST_LABELS = {
    CareRequest.EQUIVALENT_FLAT: "Likvärdig bostad / byte av lägenhet",
    CareRequest.TAKEOVER: "Övertagande av hyresrätt",
    CareRequest.OTHER: "Annat",
}


@dataclass(frozen=True, slots=True)
class CustomerCareRequest:
    """Begäran om kundvård vid våld i nära relation."""

    request: CareRequest
    motivation: str = ""
    areas: str = ""
    """Områden som ska undvikas eller önskas (säkerhet); empty when none were given."""


def fields(file: CaseFile) -> tuple[OptionField, ...]:
    return (
        OptionField(
            "request",
            "Nexus begär",
            FieldKind.CHOICE,
            default=CareRequest.EQUIVALENT_FLAT.value,
            choices=tuple(Choice(kind.value, kind.label) for kind in CareRequest),
        ),
        OptionField(
            "motivation",
            "Motivering",
            FieldKind.LONG_TEXT,
            default="",
            help="Krävs när du väljer Annat. Skriv inte in detaljer om våldet eller "
            "riskbedömningen; lämnas tomt skrivs motiveringen för hand.",
        ),
        OptionField(
            "areas",
            "Områden som ska undvikas eller önskas (valfritt)",
            FieldKind.TEXT,
            default="",
            help="T.ex. områden där klienten av säkerhetsskäl inte kan bo.",
        ),
    )


def parse(values: Mapping[str, Any], file: CaseFile) -> CustomerCareRequest:
    errors: list[FieldError] = []
    request = choice_value(values, "request", CareRequest, "Vad som begärs", errors)
    motivation = long_text_value(
        values, "motivation", "Motiveringen", errors, max_length=MAX_MOTIVATION
    )
    if request is CareRequest.OTHER and not motivation:
        errors.append(
            FieldError("motivation", "Beskriv i motiveringen vad som begärs när du väljer Annat.")
        )
    areas = text_value(values, "areas", "Områden", errors, max_length=MAX_AREAS)
    raise_if_errors(errors)
    assert request is not None
    return CustomerCareRequest(request=request, motivation=motivation, areas=areas)
