"""Swedish postal addresses as validated value objects."""

from __future__ import annotations

import re
from dataclasses import dataclass

from skyddsapp.domain.errors import FieldError, ValidationError, raise_if_errors
from skyddsapp.domain.fields import clean_line

# Every leading "c/o", so that the stored name gives itself back when it is read again.
_CARE_OF_PREFIX = re.compile(r"^(?:c/o\s*)+", re.IGNORECASE)


def normalise_postal_code(text: str, *, field: str, errors: list[FieldError]) -> str:
    """Five digits, "753 20" or "75320"; stored without the space. Swedish codes never start 0."""
    raw = text.strip()
    if not raw:
        errors.append(FieldError(field, "Postnummer saknas."))
        return ""
    digits = "".join(raw.split())
    if len(digits) != 5 or not digits.isascii() or not digits.isdigit():
        errors.append(FieldError(field, "Postnumret ska ha fem siffror, t.ex. 753 20."))
        return raw
    if digits.startswith("0"):
        errors.append(FieldError(field, "Postnumret kan inte börja med 0."))
    return digits


@dataclass(frozen=True, slots=True)
class AddressInput:
    """Adressuppgifter som de skrivits in i ett formulär, ännu inte kontrollerade."""

    street: str
    postal_code: str
    city: str
    care_of: str = ""


@dataclass(frozen=True, slots=True, repr=False)
class Address:
    """Postadress: street, five-digit postal code, postal town and an optional c/o name."""

    street: str
    postal_code: str
    city: str
    care_of: str | None = None

    def __post_init__(self) -> None:
        errors: list[FieldError] = []
        street = clean_line(self.street, field="street", label="Gatuadress", errors=errors)
        postal_code = normalise_postal_code(self.postal_code, field="postal_code", errors=errors)
        city = clean_line(self.city, field="city", label="Postort", errors=errors, max_length=60)
        if city and any(char.isdigit() for char in city):
            errors.append(FieldError("city", "Postort får inte innehålla siffror."))
        care_of = clean_line(
            self.care_of, field="care_of", label="C/o-namn", errors=errors, required=False
        )
        care_of = _CARE_OF_PREFIX.sub("", care_of)
        raise_if_errors(errors)
        # Frozen dataclass: normalised values are written once, here.
        object.__setattr__(self, "street", street)
        object.__setattr__(self, "postal_code", postal_code)
        object.__setattr__(self, "city", city)
        object.__setattr__(self, "care_of", care_of or None)

    @classmethod
    def parse(cls, street: str, postal_code: str, city: str, care_of: str | None = None) -> Address:
        return cls(street, postal_code, city, care_of)

    @classmethod
    def from_input(cls, data: AddressInput) -> Address:
        return cls(data.street, data.postal_code, data.city, data.care_of)

    @property
    def formatted_postal_code(self) -> str:
        return f"{self.postal_code[:3]} {self.postal_code[3:]}"

    def lines(self) -> tuple[str, ...]:
        """The address block below the recipient's name, as Swedish post expects it."""
        care_of = (f"c/o {self.care_of}",) if self.care_of else ()
        return (*care_of, self.street, f"{self.formatted_postal_code} {self.city}")

    def __repr__(self) -> str:
        # Addresses of protected persons must not leak through tracebacks or logs.
        return "Address(<dold>)"


def parse_address(data: Address | AddressInput, *, field: str, label: str) -> Address:
    """An Address from form input; errors are re-labelled for the enclosing form field."""
    if isinstance(data, Address):
        return data
    try:
        return Address.from_input(data)
    except ValidationError as error:
        raise ValidationError(e.within(field, label) for e in error.errors) from None
