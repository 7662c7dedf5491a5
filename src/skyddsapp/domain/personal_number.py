"""Swedish personal identity numbers: personnummer and samordningsnummer."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from personnummer import personnummer as _pnr

from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.text import Text

FIELD = "personal_number"

_ALLOWED = frozenset("0123456789-+")
_CENTURIES = ("18", "19", "20")
_COORDINATION_OFFSET = 60


def check_digit(nine_digits: str) -> int:
    """The Luhn check digit over YYMMDDNNN (the century is not part of the check)."""
    if len(nine_digits) != 9 or not nine_digits.isdigit():
        raise ValueError("check_digit needs exactly nine digits")
    total = 0
    for index, char in enumerate(nine_digits):
        product = int(char) * (2 if index % 2 == 0 else 1)
        total += product - 9 if product > 9 else product
    return (10 - total % 10) % 10


def _noun(day: int) -> str:
    return Text("samordningsnumret") if day > _COORDINATION_OFFSET else Text("personnumret")


def _problem(digits: str) -> str | None:
    """What makes twelve digits an impossible number, or None. The future is checked elsewhere."""
    if len(digits) != 12 or not digits.isascii() or not digits.isdigit():
        return Text("Personnumret ska lagras som exakt 12 siffror (ÅÅÅÅMMDDNNNK).")
    return _date_problem(digits) or _serial_problem(digits)


def _date_problem(digits: str) -> str | None:
    if digits[:2] not in _CENTURIES:
        return Text("Personnumret ska börja med 18, 19 eller 20 när det skrivs med 12 siffror.")
    year, month, day = int(digits[0:4]), int(digits[4:6]), int(digits[6:8])
    noun = _noun(day)
    if not 1 <= month <= 12:
        return Text("Datumet i {0} finns inte: månaden ska vara 01–12.", noun)
    coordination = day > _COORDINATION_OFFSET
    real_day = day - _COORDINATION_OFFSET if coordination else day
    if not 1 <= real_day <= calendar.monthrange(year, month)[1]:
        if 1 <= real_day <= 31:
            if coordination:
                return Text(
                    "Datumet i samordningsnumret finns inte: "
                    "dagen minus 60 finns inte i den månaden."
                )
            return Text("Datumet i personnumret finns inte: dagen finns inte i den månaden.")
        return Text(
            "Datumet i personnumret finns inte: dagen ska vara 01–31 (61–91 för samordningsnummer)."
        )
    return None


def _serial_problem(digits: str) -> str | None:
    noun = _noun(int(digits[6:8]))
    if digits[8:11] == "000":
        return Text("Födelsenumret (de tre siffrorna efter datumet) i {0} får inte vara 000.", noun)
    if check_digit(digits[2:11]) != int(digits[11]):
        return Text(
            "Kontrollsiffran i {0} stämmer inte – kontrollera att alla siffror är rätt.", noun
        )
    return None


@dataclass(frozen=True, slots=True)
class PersonalNumber:
    """Personnummer eller samordningsnummer, stored as 12 digits (ÅÅÅÅMMDDNNNK)."""

    digits: str

    def __post_init__(self) -> None:
        problem = _problem(self.digits)
        if problem is not None:
            raise ValidationError.single(FIELD, problem)

    @classmethod
    def parse(cls, text: str, *, today: dt.date | None = None) -> PersonalNumber:
        """Read 10 or 12 digits with ``-``, ``+`` or no separator before the last four.

        A 10-digit number gets its century from ``today``: ``-`` (or none) means the person
        turns at most 99 this year, ``+`` that they turn 100 or more (Skatteverket's rule).
        """
        today = today or dt.date.today()
        raw = text.strip()
        if not raw:
            raise ValidationError.single(FIELD, "Personnummer saknas.")
        if any(char not in _ALLOWED for char in raw):
            raise ValidationError.single(
                FIELD,
                "Personnumret får bara innehålla siffror och ett bindestreck eller plustecken.",
            )
        digits = "".join(char for char in raw if char.isdigit())
        if len(digits) not in (10, 12):
            raise ValidationError.single(
                FIELD,
                Text(
                    "Personnumret ska ha 10 eller 12 siffror (ÅÅMMDD-NNNN eller ÅÅÅÅMMDD-NNNN), "
                    "men har {0}.",
                    len(digits),
                ),
            )
        separator = raw[:-4].lstrip("0123456789")
        if len(separator) > 1 or not raw[-4:].isdigit():
            raise ValidationError.single(
                FIELD, "Bindestreck eller plustecken ska stå före de fyra sista siffrorna."
            )
        if len(digits) == 10:
            digits = _with_century(digits, centenarian=separator == "+", today=today)
        # The date is checked before the check digit: a date error is the more precise message.
        date_problem = _date_problem(digits)
        if date_problem is not None:
            raise ValidationError.single(FIELD, date_problem)
        if _birth_date(digits) > today:
            raise ValidationError.single(
                FIELD, Text("Födelsedatumet i {0} ligger i framtiden.", _noun(int(digits[6:8])))
            )
        number = cls(digits)
        _confirm_with_library(number)
        return number

    @property
    def is_coordination(self) -> bool:
        return int(self.digits[6:8]) > _COORDINATION_OFFSET

    @property
    def birth_date(self) -> dt.date:
        return _birth_date(self.digits)

    def formatted(self) -> str:
        """ÅÅÅÅMMDD-NNNK, the form used on every document."""
        return f"{self.digits[:8]}-{self.digits[8:]}"

    def short_form(self, today: dt.date) -> str:
        """ÅÅMMDD-NNNK, with ``+`` from the year the person turns 100."""
        separator = "+" if today.year - int(self.digits[:4]) >= 100 else "-"
        return f"{self.digits[2:8]}{separator}{self.digits[8:]}"

    def masked(self) -> str:
        """ÅÅÅÅMMDD-****, for screens where the number is hidden until revealed."""
        return f"{self.digits[:8]}-****"

    def __str__(self) -> str:
        return self.formatted()

    def __repr__(self) -> str:
        # Keeps the full number out of tracebacks and debug logs.
        return f"PersonalNumber('{self.masked()}')"


def _birth_date(digits: str) -> dt.date:
    day = int(digits[6:8])
    if day > _COORDINATION_OFFSET:
        day -= _COORDINATION_OFFSET
    return dt.date(int(digits[0:4]), int(digits[4:6]), day)


def _with_century(ten: str, *, centenarian: bool, today: dt.date) -> str:
    reference_year = today.year - 100 if centenarian else today.year
    year = reference_year - (reference_year - int(ten[:2])) % 100
    return f"{year:04d}{ten[2:]}"


def _confirm_with_library(number: PersonalNumber) -> None:
    # Our checks come first for specific messages; the maintained library has the last word.
    try:
        parsed = _pnr.Personnummer(number.digits)
    except _pnr.PersonnummerException:
        raise ValidationError.single(FIELD, "Personnumret är ogiltigt.") from None
    if parsed.format(long_format=True) != number.digits:
        raise ValidationError.single(FIELD, "Personnumret är ogiltigt.")
