"""Threat and risk assessments (hot- och riskbedömningar) and which one is current."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import Enum

from skyddsapp.domain.errors import FieldError, ValidationError, raise_if_errors
from skyddsapp.domain.fields import clean_line


class RiskLevel(Enum):
    """Risknivå."""

    NONE = "none"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"

    @property
    def label(self) -> str:
        return _LEVEL_LABELS[self]


_LEVEL_LABELS = {
    RiskLevel.NONE: "Ingen risk",
    RiskLevel.LOW: "Låg risk",
    RiskLevel.MEDIUM: "Förhöjd risk",
    RiskLevel.HIGH: "Hög risk",
}


@dataclass(frozen=True, slots=True)
class RiskAssessment:
    """Hot- och riskbedömning."""

    date: dt.date
    assessor: str
    level: RiskLevel
    seeks_out_victim: bool
    """Våldsutövaren bedöms vara uppsökande."""
    next_review: dt.date

    def __post_init__(self) -> None:
        errors: list[FieldError] = []
        if not self.assessor.strip():
            errors.append(FieldError("assessor", "Ange vem som gjorde riskbedömningen."))
        if self.next_review < self.date:
            errors.append(
                FieldError(
                    "next_review",
                    "Datum för nästa uppföljning kan inte ligga före bedömningens datum.",
                )
            )
        raise_if_errors(errors)

    def validated(self) -> RiskAssessment:
        """A copy with the assessor's name normalised, as it is to be stored; raises
        ValidationError."""
        errors: list[FieldError] = []
        assessor = clean_line(
            self.assessor, field="assessor", label="Bedömare", errors=errors, required=False
        )
        try:
            cleaned = replace(self, assessor=assessor)
        except ValidationError as error:
            raise ValidationError([*errors, *error.errors]) from None
        raise_if_errors(errors)
        return cleaned

    def is_current(self, today: dt.date) -> bool:
        """Made by today and not yet due for review (today ≤ next review)."""
        return self.date <= today <= self.next_review


def latest_assessment(assessments: Iterable[RiskAssessment]) -> RiskAssessment | None:
    """The most recent assessment; of several on the same day, the one recorded last."""
    latest: RiskAssessment | None = None
    for assessment in assessments:
        if latest is None or assessment.date >= latest.date:
            latest = assessment
    return latest
