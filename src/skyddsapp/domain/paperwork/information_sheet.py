"""Informationsblad om stöd: the only option is the phone number of the handler to call."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.errors import FieldError, raise_if_errors
from skyddsapp.domain.paperwork.schema import FieldKind, OptionField, text_value
from skyddsapp.domain.person import check_phone

MAX_PHONE = 30


@dataclass(frozen=True, slots=True)
class InformationSheet:
    contact_phone: str = ""
    """The handler's work phone; empty: a line to write it by hand."""


def fields(file: CaseFile) -> tuple[OptionField, ...]:
    return (
        OptionField(
            "contact_phone",
            "Telefon till din kontakt (valfritt)",
            FieldKind.TEXT,
            default="",
            help="Handläggarens telefonnummer i tjänsten. Lämna tomt för att skriva för hand.",
        ),
    )


def parse(values: Mapping[str, Any], file: CaseFile) -> InformationSheet:
    errors: list[FieldError] = []
    label = "Telefon till din kontakt"
    phone = text_value(values, "contact_phone", label, errors, max_length=MAX_PHONE)
    if phone and not errors:
        check_phone(phone, field="contact_phone", errors=errors)
    raise_if_errors(errors)
    return InformationSheet(contact_phone=phone)
