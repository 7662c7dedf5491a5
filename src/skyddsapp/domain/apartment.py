"""Flats: identity in the landlord's register, size, rent, keys and showing embargo."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

from skyddsapp.domain.address import Address, AddressInput, parse_address
from skyddsapp.domain.errors import FieldError, ValidationError, raise_if_errors
from skyddsapp.domain.fields import clean_line
from skyddsapp.domain.text import Text

DEFAULT_LANDLORD = "Uppsalahem AB"
MAX_ROOMS = 10
MASKED_STREET = "••••••"
"""Stands for a withheld street (an Address needs one)."""
_OBJECT_NUMBER_CHARS = frozenset("0123456789-/. ")


@dataclass
class Apartment:
    """Lägenhet."""

    id: int | None
    object_number: str
    address: Address
    rooms: int
    area_m2: Decimal
    monthly_rent_sek: int
    landlord: str = DEFAULT_LANDLORD
    key_system: str = ""
    key_series: str = ""
    embargo_until: dt.date | None = None
    """Får inte annonseras eller visas före: the flat must not be advertised or shown before."""
    street_masked: bool = False
    """The street is withheld (`masked_apartment`): someone in the flat's cases lives at a
    protected address. Saving a copy with a masked street keeps the stored street."""

    def may_be_advertised(self, today: dt.date) -> bool:
        """Whether the flat may be advertised or shown on ``today`` (risk to the victim)."""
        return self.embargo_until is None or today >= self.embargo_until

    def validate(self) -> None:
        self.validated()

    def validated(self) -> Apartment:
        """A copy with every text normalised, as it is to be stored; raises ValidationError."""
        errors: list[FieldError] = []
        texts = _clean_values(
            object_number=self.object_number,
            rooms=self.rooms,
            area_m2=self.area_m2,
            monthly_rent_sek=self.monthly_rent_sek,
            landlord=self.landlord,
            key_system=self.key_system,
            key_series=self.key_series,
            errors=errors,
        )
        raise_if_errors(errors)
        return replace(
            self,
            object_number=texts.object_number,
            landlord=texts.landlord,
            key_system=texts.key_system,
            key_series=texts.key_series,
        )


def masked_apartment(apartment: Apartment) -> Apartment:
    """A copy without the street, for a flat whose cases hide it (rules.hides_flat_address)."""
    if apartment.street_masked:
        return apartment
    address = replace(apartment.address, street=MASKED_STREET)
    return replace(apartment, address=address, street_masked=True)


def with_masked_street(apartment: Apartment, stored: Apartment) -> Apartment:
    """``apartment`` (an edited masked copy) with the stored street where it was withheld."""
    if not apartment.street_masked:
        return apartment
    address = replace(apartment.address, street=stored.address.street)
    return replace(apartment, address=address, street_masked=False)


@dataclass(frozen=True, slots=True)
class _Texts:
    """An apartment's texts, normalised."""

    object_number: str
    landlord: str
    key_system: str
    key_series: str


def apartment_errors(apartment: Apartment) -> list[FieldError]:
    errors: list[FieldError] = []
    _clean_values(
        object_number=apartment.object_number,
        rooms=apartment.rooms,
        area_m2=apartment.area_m2,
        monthly_rent_sek=apartment.monthly_rent_sek,
        landlord=apartment.landlord,
        key_system=apartment.key_system,
        key_series=apartment.key_series,
        errors=errors,
    )
    return errors


def _clean_values(
    *,
    object_number: str,
    rooms: int | None,
    area_m2: Decimal | None,
    monthly_rent_sek: int | None,
    landlord: str,
    key_system: str,
    key_series: str,
    errors: list[FieldError],
) -> _Texts:
    """The normalised texts; errors in every value (None: a value that could not be read)."""
    cleaned_number = _clean_object_number(object_number, errors)
    if rooms is not None and not 1 <= rooms <= MAX_ROOMS:
        errors.append(FieldError("rooms", Text("Antal rum ska vara mellan 1 och {0}.", MAX_ROOMS)))
    if area_m2 is not None:
        if not area_m2 > 0:
            errors.append(FieldError("area_m2", "Boarean ska vara större än 0 m²."))
        elif area_m2 >= 1000:
            errors.append(FieldError("area_m2", "Boarean ska vara mindre än 1 000 m²."))
    if monthly_rent_sek is not None and monthly_rent_sek < 0:
        errors.append(FieldError("monthly_rent_sek", "Månadshyran kan inte vara negativ."))
    cleaned_landlord = clean_line(landlord, field="landlord", label="Hyresvärd", errors=errors)
    keys = [
        clean_line(value, field=name, label=label, errors=errors, required=False, max_length=50)
        for name, label, value in (
            ("key_system", Text("Låssystem"), key_system),
            ("key_series", Text("Nyckelserie"), key_series),
        )
    ]
    return _Texts(cleaned_number, cleaned_landlord, keys[0], keys[1])


def new_apartment(
    *,
    object_number: str,
    address: Address | AddressInput,
    rooms: int | str,
    area_m2: Decimal | float | str,
    monthly_rent_sek: int | str,
    landlord: str = DEFAULT_LANDLORD,
    key_system: str = "",
    key_series: str = "",
    embargo_until: dt.date | None = None,
    id: int | None = None,
) -> Apartment:
    """Build a flat from form input (numbers may be text, "52,5" included); all errors at once."""
    errors: list[FieldError] = []
    parsed_address: Address | None = None
    try:
        parsed_address = parse_address(address, field="address", label="Adress")
    except ValidationError as error:
        errors.extend(error.errors)
    room_count = _whole_number(rooms, field="rooms", label="Antal rum", errors=errors)
    rent = _whole_number(
        monthly_rent_sek, field="monthly_rent_sek", label="Månadshyran", errors=errors
    )
    area = _area(area_m2, errors)
    texts = _clean_values(
        object_number=object_number,
        rooms=room_count,
        area_m2=area,
        monthly_rent_sek=rent,
        landlord=landlord,
        key_system=key_system,
        key_series=key_series,
        errors=errors,
    )
    if errors or parsed_address is None or room_count is None or area is None or rent is None:
        raise ValidationError(errors)
    return Apartment(
        id=id,
        address=parsed_address,
        rooms=room_count,
        area_m2=area,
        monthly_rent_sek=rent,
        embargo_until=embargo_until,
        object_number=texts.object_number,
        landlord=texts.landlord,
        key_system=texts.key_system,
        key_series=texts.key_series,
    )


def _clean_object_number(value: str, errors: list[FieldError]) -> str:
    own: list[FieldError] = []
    text = clean_line(value, field="object_number", label="Objektnummer", errors=own, max_length=30)
    if text and not own:
        if any(not (char.isalnum() or char in _OBJECT_NUMBER_CHARS) for char in text):
            own.append(
                FieldError(
                    "object_number",
                    "Objektnumret får bara innehålla bokstäver, siffror, bindestreck, "
                    "snedstreck och punkt.",
                )
            )
        elif not any(char.isdigit() for char in text):
            own.append(FieldError("object_number", "Objektnumret måste innehålla siffror."))
    errors.extend(own)
    return text


def _whole_number(
    value: int | str, *, field: str, label: str, errors: list[FieldError]
) -> int | None:
    if isinstance(value, int):
        return value
    text = "".join(value.split())
    if not text:
        errors.append(FieldError(field, Text("{0} saknas.", label)))
        return None
    try:
        return int(text)
    except ValueError:
        errors.append(FieldError(field, Text("{0} ska vara ett heltal.", label)))
        return None


def _area(value: Decimal | float | str, errors: list[FieldError]) -> Decimal | None:
    if isinstance(value, Decimal):
        number = value
    else:
        text = "".join(str(value).split()).replace(",", ".")
        if not text:
            errors.append(FieldError("area_m2", "Boarea saknas."))
            return None
        try:
            number = Decimal(text)
        except InvalidOperation:
            errors.append(FieldError("area_m2", "Boarean ska vara ett tal, t.ex. 52,5."))
            return None
    if not number.is_finite():
        errors.append(FieldError("area_m2", "Boarean ska vara ett tal, t.ex. 52,5."))
        return None
    return number
