"""Persons in a case: protection level, addresses, contact details, children, role."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Any

from skyddsapp.domain.address import Address, AddressInput, parse_address
from skyddsapp.domain.errors import FieldError, ValidationError, raise_if_errors
from skyddsapp.domain.fields import clean_line, clean_name, clean_text
from skyddsapp.domain.personal_number import PersonalNumber
from skyddsapp.domain.text import Text

# A child who follows the parent may turn 18 during the year it is counted.
CHILD_MAX_AGE = 18


class ProtectionLevel(Enum):
    """Skyddsnivå (skyddade personuppgifter)."""

    NONE = "none"
    CONFIDENTIALITY_MARKING = "confidentiality_marking"
    PROTECTED_REGISTRATION = "protected_registration"
    ASSUMED_IDENTITY = "assumed_identity"

    @property
    def label(self) -> str:
        return _PROTECTION_LABELS[self]

    @property
    def is_protected(self) -> bool:
        return self is not ProtectionLevel.NONE

    @property
    def hides_real_address(self) -> bool:
        return self in (ProtectionLevel.PROTECTED_REGISTRATION, ProtectionLevel.ASSUMED_IDENTITY)


_PROTECTION_LABELS = {
    ProtectionLevel.NONE: "Inga skyddade personuppgifter",
    ProtectionLevel.CONFIDENTIALITY_MARKING: "Sekretessmarkering",
    ProtectionLevel.PROTECTED_REGISTRATION: "Skyddad folkbokföring",
    ProtectionLevel.ASSUMED_IDENTITY: "Fingerade personuppgifter",
}


class CaseRole(Enum):
    """Roll i ärendet."""

    CLIENT = "client"
    CO_TENANT = "co_tenant"
    PERPETRATOR = "perpetrator"
    AGENT = "agent"
    CONTACT_PERSON = "contact_person"

    @property
    def label(self) -> str:
        return _ROLE_LABELS[self]


class ProtectedField(Enum):
    """Fält som maskeras för personer med skyddade personuppgifter (each value is the name of
    the Person attribute it masks)."""

    PERSONAL_NUMBER = "personal_number"
    REAL_ADDRESS = "real_address"
    DELIVERY_ADDRESS = "delivery_address"
    PHONE = "phone"


_ROLE_LABELS = {
    CaseRole.CLIENT: "Klient (våldsutsatt)",
    CaseRole.CO_TENANT: "Medhyresgäst",
    CaseRole.PERPETRATOR: "Våldsutövare",
    CaseRole.AGENT: "Ombud (fullmaktshavare)",
    CaseRole.CONTACT_PERSON: "Kontaktperson",
}


@dataclass(frozen=True, slots=True, repr=False)
class Child:
    """Medföljande barn: first name and year of birth only."""

    first_name: str
    birth_year: int

    def __repr__(self) -> str:
        return f"Child(birth_year={self.birth_year})"


@dataclass(repr=False)
class Person:
    """Person som är part i ett ärende."""

    id: int | None
    first_name: str
    last_name: str
    personal_number: PersonalNumber | None = None
    protection: ProtectionLevel = ProtectionLevel.NONE
    real_address: Address | None = None
    delivery_address: Address | None = None
    uses_skatteverket_forwarding: bool = False
    phone: str | None = None
    children: list[Child] = field(default_factory=list)
    notes: str = ""
    masked: frozenset[ProtectedField] = frozenset()
    """Protected fields that hold a value this copy does not carry (it reads None here): what
    `masked_person` withheld. Only the reveal use case gives the value."""

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    def holds(self, protected: ProtectedField) -> bool:
        """Whether the field has a value, shown here or masked."""
        return protected in self.masked or bool(field_text(self, protected))

    def validate(self, today: dt.date | None = None) -> None:
        """Raise one ValidationError listing every problem with this person."""
        self.validated(today)

    def validated(self, today: dt.date | None = None) -> Person:
        """A copy with every text normalised (`skyddsapp.domain.fields`), as it is to be stored;
        raises one ValidationError listing every problem."""
        cleaned, errors = clean_person(self, today or dt.date.today())
        raise_if_errors(errors)
        return cleaned

    def __repr__(self) -> str:
        # Names, numbers and addresses stay out of tracebacks and logs.
        return f"Person(id={self.id}, protection={self.protection.name})"


def field_text(person: Person, protected: ProtectedField) -> str:
    """The text of one protected field as it is shown ("" when empty or masked)."""
    if protected is ProtectedField.PERSONAL_NUMBER:
        return person.personal_number.formatted() if person.personal_number else ""
    if protected is ProtectedField.PHONE:
        return person.phone or ""
    address = (
        person.real_address if protected is ProtectedField.REAL_ADDRESS else person.delivery_address
    )
    return "\n".join(address.lines()) if address else ""


def masked_person(person: Person, also: Iterable[ProtectedField] = ()) -> Person:
    """A copy without the protected values: every protected field of a person with skyddade
    personuppgifter, and the fields in ``also`` of anyone (a home in a flat the case hides)."""
    hidden = set(also) | (set(ProtectedField) if person.protection.is_protected else set())
    withheld = {f for f in hidden if field_text(person, f)}
    if not withheld:
        return person
    cleared: dict[str, Any] = {f.value: None for f in withheld}
    return replace(person, masked=person.masked | withheld, **cleared)


def with_masked_values(person: Person, stored: Person) -> Person:
    """``person`` (an edited masked copy) with each field it does not carry taken from
    ``stored``: a field left masked in an edit keeps its stored value."""
    if not person.masked:
        return person
    kept: dict[str, Any] = {f.value: getattr(stored, f.value) for f in person.masked}
    return replace(person, masked=frozenset(), **kept)


def unmasked_fields(person: Person, source: Person, fields: Iterable[ProtectedField]) -> Person:
    """``person`` with ``fields`` no longer masked, their values taken from ``source`` (a copy
    that shows them)."""
    shown = person.masked & set(fields)
    restored = with_masked_values(replace(person, masked=shown), source)
    return replace(restored, masked=person.masked - shown)


def person_errors(person: Person, today: dt.date) -> list[FieldError]:
    """Every problem with an already built person, including rules across fields."""
    return clean_person(person, today)[1]


def clean_person(person: Person, today: dt.date) -> tuple[Person, list[FieldError]]:
    """The person with its texts normalised, and every problem with it."""
    errors: list[FieldError] = []
    first_name = clean_name(person.first_name, field="first_name", label="Förnamn", errors=errors)
    last_name = clean_name(person.last_name, field="last_name", label="Efternamn", errors=errors)
    if person.personal_number is not None and person.personal_number.birth_date > today:
        errors.append(
            FieldError("personal_number", "Födelsedatumet i personnumret ligger i framtiden.")
        )
    phone = clean_phone(person.phone, field="phone", errors=errors)
    children = [
        _clean_child(child, index, today, errors) for index, child in enumerate(person.children)
    ]
    notes = clean_text(person.notes, field="notes", label="Anteckningar", errors=errors)
    if person.uses_skatteverket_forwarding:
        if not person.protection.is_protected:
            errors.append(
                FieldError(
                    "uses_skatteverket_forwarding",
                    "Särskild postförmedling via Skatteverket gäller bara personer med "
                    "skyddade personuppgifter.",
                )
            )
        if person.personal_number is None and ProtectedField.PERSONAL_NUMBER not in person.masked:
            errors.append(
                FieldError(
                    "personal_number",
                    "Personnummer behövs för särskild postförmedling: Skatteverket "
                    "förmedlar posten med hjälp av mottagarens personnummer.",
                )
            )
    cleaned = replace(
        person,
        first_name=first_name,
        last_name=last_name,
        phone=phone,
        children=children,
        notes=notes,
    )
    return cleaned, errors


def new_person(
    *,
    first_name: str,
    last_name: str,
    personal_number: str | PersonalNumber | None = None,
    protection: ProtectionLevel = ProtectionLevel.NONE,
    real_address: Address | AddressInput | None = None,
    delivery_address: Address | AddressInput | None = None,
    uses_skatteverket_forwarding: bool = False,
    phone: str | None = None,
    children: list[Child] | None = None,
    notes: str = "",
    id: int | None = None,
    today: dt.date | None = None,
    masked: Iterable[ProtectedField] = (),
) -> Person:
    """Build a person from form input, collecting every problem into one ValidationError.

    ``masked``: protected fields left masked in an edit (their stored value is kept)."""
    today = today or dt.date.today()
    errors: list[FieldError] = []
    number: PersonalNumber | None = None
    number_unreadable = False
    if isinstance(personal_number, PersonalNumber):
        number = personal_number
    elif personal_number is not None and personal_number.strip():
        try:
            number = PersonalNumber.parse(personal_number, today=today)
        except ValidationError as error:
            errors.extend(error.errors)
            number_unreadable = True
    addresses: dict[str, Address | None] = {}
    for key, label, data in (
        ("real_address", Text("Bostadsadress"), real_address),
        ("delivery_address", Text("Kontaktadress"), delivery_address),
    ):
        addresses[key] = None
        if data is not None:
            try:
                addresses[key] = parse_address(data, field=key, label=label)
            except ValidationError as error:
                errors.extend(error.errors)
    person = Person(
        id=id,
        first_name=first_name,
        last_name=last_name,
        personal_number=number,
        protection=protection,
        real_address=addresses["real_address"],
        delivery_address=addresses["delivery_address"],
        uses_skatteverket_forwarding=uses_skatteverket_forwarding,
        phone=phone,
        children=list(children or []),
        notes=notes,
        masked=frozenset(masked),
    )
    cleaned, cross_field = clean_person(person, today)
    if number_unreadable:
        # The reading error already names the number; "needs a number" would only confuse.
        cross_field = [e for e in cross_field if e.field != "personal_number"]
    raise_if_errors([*errors, *cross_field])
    return cleaned


def clean_phone(phone: str | None, *, field: str, errors: list[FieldError]) -> str | None:
    """A phone number as one normalised line (None when blank), checked by `check_phone`."""
    own: list[FieldError] = []
    text = clean_line(
        phone, field=field, label="Telefonnummer", errors=own, required=False, max_length=30
    )
    if text and not own:
        check_phone(text, field=field, errors=own)
    errors.extend(own)
    return text or None


def check_phone(phone: str, *, field: str, errors: list[FieldError]) -> None:
    """A Swedish number: 0 or +46 first, then 6–9 digits; digits, spaces, hyphens, one plus."""
    text = phone.strip()
    if not text:
        return
    if any(char not in "0123456789 +-" for char in text):
        errors.append(
            FieldError(
                field,
                "Telefonnumret får bara innehålla siffror, mellanslag, bindestreck och ett "
                "inledande plustecken.",
            )
        )
        return
    if "+" in text[1:]:
        errors.append(FieldError(field, "Plustecknet får bara stå först i telefonnumret."))
        return
    digits = "".join(char for char in text if char.isdigit())
    if text.startswith("+") or digits.startswith("00"):
        country = digits[:2] if text.startswith("+") else digits[2:4]
        if country != "46":
            errors.append(
                FieldError(field, "Ange ett svenskt telefonnummer (börjar med 0 eller +46).")
            )
            return
        national = digits[2:] if text.startswith("+") else digits[4:]
        national = national[1:] if national.startswith("0") else national
    elif digits.startswith("0"):
        national = digits[1:]
    else:
        errors.append(FieldError(field, "Telefonnumret ska börja med 0 eller +46."))
        return
    if not 6 <= len(national) <= 9:
        errors.append(
            FieldError(
                field,
                "Telefonnumret har fel antal siffror: ett svenskt nummer har 7–10 siffror "
                "med inledande 0, t.ex. 070-123 45 67.",
            )
        )


def _clean_child(child: Child, index: int, today: dt.date, errors: list[FieldError]) -> Child:
    prefix = f"children[{index}]"
    label = Text("Barn {0}", index + 1)
    first_name = clean_name(
        child.first_name,
        field=f"{prefix}.first_name",
        label=Text("{0}: förnamn", label),
        errors=errors,
    )
    if child.birth_year > today.year:
        errors.append(
            FieldError(f"{prefix}.birth_year", Text("{0}: födelseåret ligger i framtiden.", label))
        )
    elif child.birth_year < today.year - CHILD_MAX_AGE:
        errors.append(
            FieldError(
                f"{prefix}.birth_year",
                Text(
                    "{0}: födelseåret ger en ålder över {1} år; "
                    "registrera vuxna som egna personer.",
                    label,
                    CHILD_MAX_AGE,
                ),
            )
        )
    return Child(first_name, child.birth_year)
