"""Case references such as KV-2026-0001: kind prefix, year and a four-digit serial."""

from __future__ import annotations

import re
from dataclasses import dataclass

from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.errors import RuleViolation, ValidationError
from skyddsapp.domain.text import Text

FIELD = "reference"
MAX_SERIAL = 9999
_FORMAT = re.compile(r"^([A-Z]{2})-(\d{4})-(\d{4})$")
_EXAMPLE = "KV-2026-0001"


@dataclass(frozen=True, slots=True)
class CaseReference:
    """Ärendenummer."""

    kind: CaseKind
    year: int
    serial: int

    def __post_init__(self) -> None:
        if not 2000 <= self.year <= 2099:
            raise ValidationError.single(FIELD, "Årtalet i ärendenumret ska vara 2000–2099.")
        if not 1 <= self.serial <= MAX_SERIAL:
            raise ValidationError.single(
                FIELD, Text("Löpnumret i ärendenumret ska vara 0001–{0}.", MAX_SERIAL)
            )

    @classmethod
    def parse(cls, text: str) -> CaseReference:
        match = _FORMAT.match(text.strip().upper())
        if match is None:
            raise ValidationError.single(
                FIELD, Text("Ärendenumret ska skrivas som {0} (typ, år, löpnummer).", _EXAMPLE)
            )
        prefix, year, serial = match.groups()
        kind = CaseKind.from_prefix(prefix)
        if kind is None:
            known = ", ".join(k.prefix for k in CaseKind)
            raise ValidationError.single(
                FIELD, Text("Ärendenumret börjar med en okänd ärendetyp; giltiga är {0}.", known)
            )
        return cls(kind, int(year), int(serial))

    def formatted(self) -> str:
        return f"{self.kind.prefix}-{self.year:04d}-{self.serial:04d}"

    def __str__(self) -> str:
        return self.formatted()


def next_reference(kind: CaseKind, year: int, last_serial: int | None) -> CaseReference:
    """The reference after ``last_serial`` (None or 0 when the year has no case of this kind)."""
    serial = (last_serial or 0) + 1
    if serial > MAX_SERIAL:
        raise RuleViolation(
            Text(
                "Löpnumren för {0} år {1} är slut (högst {2} ärenden per år).",
                kind.label,
                year,
                MAX_SERIAL,
            )
        )
    return CaseReference(kind, year, serial)
