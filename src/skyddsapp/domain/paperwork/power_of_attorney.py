"""Fullmakt (2 kap. avtalslagen): who may act for whom, for what, and for how long."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from skyddsapp.domain.attorney import DEFAULT_VALIDITY_DAYS, MAX_VALIDITY_DAYS
from skyddsapp.domain.attorney import AttorneyScope as AttorneyScope
from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.errors import FieldError, raise_if_errors
from skyddsapp.domain.paperwork.schema import (
    NOT_AN_ID,
    Choice,
    FieldKind,
    OptionField,
    choice_values,
    chosen_id,
    date_value,
    text_value,
)
from skyddsapp.domain.person import CaseRole
from skyddsapp.domain.text import Text

MAX_WITNESSES = 2


@dataclass(frozen=True, slots=True)
class PowerOfAttorney:
    """Fullmakt: the principal is the case's client, the agent a party in the role Ombud."""

    principal_id: int
    agent_id: int
    scopes: tuple[AttorneyScope, ...]
    valid_from: dt.date
    valid_until: dt.date
    witnesses: tuple[str, ...] = ()


def fields(file: CaseFile) -> tuple[OptionField, ...]:
    agents = file.people(CaseRole.AGENT)
    return (
        OptionField(
            "agent",
            "Ombud",
            FieldKind.PERSON,
            default=str(agents[0].id) if agents else None,
            choices=tuple(Choice(str(p.id), p.full_name) for p in agents),
            help="Lägg till ombudet som part i ärendet (roll Ombud) om det saknas.",
        ),
        OptionField(
            "scopes",
            "Fullmakten omfattar",
            FieldKind.MULTI_CHOICE,
            default=tuple(scope.value for scope in AttorneyScope),
            choices=tuple(Choice(scope.value, scope.label) for scope in AttorneyScope),
        ),
        OptionField("valid_from", "Gäller från", FieldKind.DATE, default=file.today),
        OptionField(
            "valid_until",
            "Gäller till och med",
            FieldKind.DATE,
            default=file.today + dt.timedelta(days=DEFAULT_VALIDITY_DAYS),
        ),
        OptionField("witness_1", "Vittne 1 (valfritt)", FieldKind.TEXT, default=""),
        OptionField("witness_2", "Vittne 2 (valfritt)", FieldKind.TEXT, default=""),
    )


def parse(values: Mapping[str, Any], file: CaseFile) -> PowerOfAttorney:
    errors: list[FieldError] = []
    client = file.client()
    if client is None or client.id is None:
        errors.append(FieldError("agent", "Ärendet har ingen klient som kan ge fullmakt."))
    agent_ids = {p.id for p in file.people(CaseRole.AGENT)}
    agent_id = chosen_id(values, "agent")
    if agent_id is None or agent_id == NOT_AN_ID:
        errors.append(FieldError("agent", "Välj ombud."))
    elif agent_id not in agent_ids:
        errors.append(FieldError("agent", "Ombudet måste vara part i ärendet med rollen Ombud."))
    elif client is not None and agent_id == client.id:
        errors.append(FieldError("agent", "Klienten kan inte vara sitt eget ombud."))
    scopes = choice_values(values, "scopes", AttorneyScope, "Fullmakten omfattar", errors)
    if not scopes:
        errors.append(FieldError("scopes", "Välj minst en sak som fullmakten omfattar."))
    valid_from = date_value(values, "valid_from", "Gäller från", errors)
    valid_until = date_value(values, "valid_until", "Gäller till och med", errors)
    if valid_from and valid_until:
        if valid_until < valid_from:
            errors.append(
                FieldError("valid_until", "Slutdatumet kan inte ligga före startdatumet.")
            )
        elif (valid_until - valid_from).days > MAX_VALIDITY_DAYS:
            errors.append(
                FieldError(
                    "valid_until",
                    Text("En fullmakt får gälla högst {0} dagar.", MAX_VALIDITY_DAYS),
                )
            )
        if valid_until < file.today:
            errors.append(
                FieldError("valid_until", "Fullmakten har redan gått ut och får inte användas.")
            )
    witnesses = tuple(
        name
        for name in (
            text_value(values, f"witness_{i}", f"Vittne {i}", errors, max_length=100)
            for i in range(1, MAX_WITNESSES + 1)
        )
        if name
    )
    raise_if_errors(errors)
    assert client is not None
    assert client.id is not None
    assert agent_id is not None
    assert valid_from is not None
    assert valid_until is not None
    return PowerOfAttorney(
        principal_id=client.id,
        agent_id=agent_id,
        scopes=scopes,
        valid_from=valid_from,
        valid_until=valid_until,
        witnesses=witnesses,
    )
