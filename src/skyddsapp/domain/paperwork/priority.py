"""Beslut om förtur: the published criteria applied, the individual assessment, the household.

Förtur is always decided after an individual needs assessment against published criteria; the
decision itself (date, bifall/avslag, validity, who decided) is the case's PRIORITY decision.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

from skyddsapp.domain.case import DecisionKind
from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.errors import FieldError, raise_if_errors
from skyddsapp.domain.paperwork.schema import (
    Choice,
    FieldKind,
    OptionField,
    choice_values,
    long_text_value,
)
from skyddsapp.domain.text import Text

MAX_ADULTS = 10
MAX_CHILDREN = 10
MAX_ROOMS = 10
MAX_ASSESSMENT = 2000
MAX_AREAS = 1000


class PriorityCriterion(Enum):
    """Publicerat förturskriterium."""

    VIOLENCE_CONFIRMED = "violence_confirmed"
    RISK_IN_CURRENT_HOME = "risk_in_current_home"
    OTHER_AREA_FOR_SAFETY = "other_area_for_safety"
    CHILDREN_AT_HOME = "children_at_home"
    NO_OTHER_SOLUTION = "no_other_solution"

    @property
    def label(self) -> str:
        return _CRITERION_LABELS[self]


_CRITERION_LABELS = {
    PriorityCriterion.VIOLENCE_CONFIRMED: "Våld i nära relation bekräftat av socialtjänsten",
    PriorityCriterion.RISK_IN_CURRENT_HOME: (
        "Risk för fortsatt våld i nuvarande bostad enligt hot- och riskbedömning"
    ),
    PriorityCriterion.OTHER_AREA_FOR_SAFETY: (
        "Behov av bostad på annan ort/annat område av säkerhetsskäl"
    ),
    PriorityCriterion.CHILDREN_AT_HOME: "Hemmavarande barn",
    PriorityCriterion.NO_OTHER_SOLUTION: "Ingen annan lösning på bostadsfrågan",
}


@dataclass(frozen=True, slots=True)
class PriorityDecision:
    """What the förtur decision records beyond the case's PRIORITY decision."""

    criteria: tuple[PriorityCriterion, ...]
    assessment: str
    adults: int
    children: int
    rooms: int
    area_restrictions: str = ""


def rooms_for(adults: int, children: int) -> int:
    """A default flat size: a living room, a bedroom per adult and one per two children."""
    return max(1, min(MAX_ROOMS, 1 + adults + (children + 1) // 2))


def _default_criteria(file: CaseFile) -> tuple[str, ...]:
    chosen: list[PriorityCriterion] = []
    confirmation = file.decision(DecisionKind.NEED_CONFIRMATION)
    if confirmation is not None and confirmation.granted:
        chosen.append(PriorityCriterion.VIOLENCE_CONFIRMED)
    if file.case.latest_risk_assessment() is not None:
        chosen.append(PriorityCriterion.RISK_IN_CURRENT_HOME)
    if file.case.children_count > 0:
        chosen.append(PriorityCriterion.CHILDREN_AT_HOME)
    return tuple(criterion.value for criterion in chosen)


def _default_assessment(file: CaseFile, adults: int, children: int) -> str:
    """A draft built from the case's facts (no risk details); the handler completes it."""
    sentences = ["Sökanden behöver en ny bostad av säkerhetsskäl på grund av våld i nära relation."]
    confirmation = file.decision(DecisionKind.NEED_CONFIRMATION)
    if confirmation is not None and confirmation.granted:
        sentences.append(
            f"Socialtjänsten (Nexus) har styrkt behovet {confirmation.date.isoformat()}."
        )
    risk = file.case.latest_risk_assessment()
    if risk is not None:
        sentences.append(f"En hot- och riskbedömning gjordes {risk.date.isoformat()}.")
    household = f"Hushållet består av {adults} {'vuxen' if adults == 1 else 'vuxna'}"
    household += f" och {children} barn." if children else "."
    sentences.append(household)
    return " ".join(sentences)


def fields(file: CaseFile) -> tuple[OptionField, ...]:
    adults = 1
    children = min(MAX_CHILDREN, max(0, file.case.children_count))
    return (
        OptionField(
            "criteria",
            "Kriterier som tillämpats",
            FieldKind.MULTI_CHOICE,
            default=_default_criteria(file),
            choices=tuple(Choice(c.value, c.label) for c in PriorityCriterion),
            help="De publicerade kriterierna för förtur. Minst ett vid bifall.",
        ),
        OptionField(
            "assessment",
            "Individuell behovsbedömning",
            FieldKind.LONG_TEXT,
            default=_default_assessment(file, adults, children),
            help=Text("Beskriv bedömningen av sökandens behov (högst {0} tecken).", MAX_ASSESSMENT),
        ),
        OptionField(
            "adults",
            "Antal vuxna i hushållet",
            FieldKind.NUMBER,
            default=adults,
            minimum=1,
            maximum=MAX_ADULTS,
        ),
        OptionField(
            "children",
            "Antal barn i hushållet",
            FieldKind.NUMBER,
            default=children,
            minimum=0,
            maximum=MAX_CHILDREN,
        ),
        OptionField(
            "rooms",
            "Antal rum som behövs",
            FieldKind.NUMBER,
            default=rooms_for(adults, children),
            minimum=1,
            maximum=MAX_ROOMS,
            help="Förslag: ett vardagsrum, ett sovrum per vuxen och ett per två barn.",
        ),
        OptionField(
            "area_restrictions",
            "Områden som inte får erbjudas (valfritt)",
            FieldKind.LONG_TEXT,
            default="",
            help="Områden eller orter som sökanden av säkerhetsskäl inte ska erbjudas bostad i.",
        ),
    )


def number_value(
    values: Mapping[str, Any],
    name: str,
    label: str,
    errors: list[FieldError],
    *,
    minimum: int,
    maximum: int,
) -> int | None:
    """A whole number within ``minimum``–``maximum`` (an int, or digits as text)."""
    raw = values.get(name)
    number: int | None = None
    if isinstance(raw, int) and not isinstance(raw, bool):
        number = raw
    elif isinstance(raw, str) and raw.strip().isdigit():
        number = int(raw.strip())
    if number is None:
        errors.append(FieldError(name, Text("{0}: ange ett heltal.", label)))
        return None
    if not minimum <= number <= maximum:
        errors.append(
            FieldError(name, Text("{0} ska vara mellan {1} och {2}.", label, minimum, maximum))
        )
        return None
    return number


def parse(values: Mapping[str, Any], file: CaseFile) -> PriorityDecision:
    errors: list[FieldError] = []
    criteria = choice_values(values, "criteria", PriorityCriterion, "Kriterier", errors)
    decision = file.decision(DecisionKind.PRIORITY)
    if decision is not None and decision.granted and not criteria and not errors:
        errors.append(
            FieldError("criteria", "Ange minst ett kriterium som förturen beviljas enligt.")
        )
    assessment = long_text_value(
        values,
        "assessment",
        "Individuell behovsbedömning",
        errors,
        required=True,
        max_length=MAX_ASSESSMENT,
    )
    adults = number_value(values, "adults", "Antal vuxna", errors, minimum=1, maximum=MAX_ADULTS)
    children = number_value(
        values, "children", "Antal barn", errors, minimum=0, maximum=MAX_CHILDREN
    )
    rooms = number_value(values, "rooms", "Antal rum", errors, minimum=1, maximum=MAX_ROOMS)
    if children == 0 and PriorityCriterion.CHILDREN_AT_HOME in criteria:
        errors.append(
            FieldError(
                "criteria",
                "Kriteriet Hemmavarande barn kan inte anges när hushållet saknar barn.",
            )
        )
    areas = long_text_value(
        values,
        "area_restrictions",
        "Områden som inte får erbjudas",
        errors,
        max_length=MAX_AREAS,
    )
    raise_if_errors(errors)
    assert adults is not None
    assert children is not None
    assert rooms is not None
    return PriorityDecision(
        criteria=criteria,
        assessment=assessment,
        adults=adults,
        children=children,
        rooms=rooms,
        area_restrictions=areas,
    )
