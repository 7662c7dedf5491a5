"""Gemensam bedömning om övertagande: the joint takeover assessment at the end of a housing-chain
trial period (`domain.trial_period`).

The joint assessment is the housing chain's takeover decision: "take over" grants it, "end
without takeover" refuses it, and "extend" adds months to the trial and leaves it undecided.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from skyddsapp.domain.case import Case, Decision, DecisionKind
from skyddsapp.domain.errors import FieldError, raise_if_errors
from skyddsapp.domain.fields import clean_line, clean_text
from skyddsapp.domain.text import Text
from skyddsapp.domain.trial_period import (
    MAX_TRIAL_MONTHS,
    AssessmentOutcome,
    JointAssessment,
    TrialPeriod,
    require_running,
)

DEFAULT_ASSESSORS = "Uppsalahem, Socialförvaltningen och hyresgästen"
MAX_REASON = 1000

__all__ = [
    "DEFAULT_ASSESSORS",
    "AssessmentOutcome",
    "JointAssessment",
    "assess",
    "assessment_decision",
]


def assess(
    case: Case, trial: TrialPeriod | None, assessment: JointAssessment, today: dt.date
) -> tuple[TrialPeriod, JointAssessment]:
    """The trial after ``assessment`` (an extension moves its end) and the assessment as it is
    to be stored; RuleViolation when the trial is not running, ValidationError for bad fields."""
    running = require_running(case, trial)
    errors: list[FieldError] = []
    by = clean_line(
        assessment.assessed_by,
        field="assessed_by",
        label="Vilka som gjorde bedömningen",
        errors=errors,
        max_length=200,
    )
    reason = clean_text(
        assessment.reason,
        field="reason",
        label="Motiveringen",
        errors=errors,
        required=True,
        max_length=MAX_REASON,
    )
    if assessment.date > today:
        errors.append(FieldError("date", "Bedömningen kan inte ha gjorts ett datum i framtiden."))
    elif assessment.date < running.start:
        errors.append(
            FieldError(
                "date",
                Text(
                    "Bedömningen kan inte ha gjorts före prövotidens början {0}.",
                    running.start.isoformat(),
                ),
            )
        )
    months = running.months
    extension = assessment.extend_months
    if assessment.outcome is AssessmentOutcome.EXTEND:
        room = MAX_TRIAL_MONTHS - running.months
        if not isinstance(extension, int) or isinstance(extension, bool) or extension < 1:
            errors.append(
                FieldError("extend_months", "Ange med hur många månader prövotiden förlängs.")
            )
        elif extension > room:
            errors.append(
                FieldError(
                    "extend_months",
                    Text(
                        "Prövotiden kan vara högst {0} månader; den är redan {1} månader och "
                        "kan förlängas med högst {2}.",
                        MAX_TRIAL_MONTHS,
                        running.months,
                        room,
                    ),
                )
            )
        else:
            months += extension
    elif extension is not None:
        errors.append(
            FieldError("extend_months", "Förlängning anges bara när prövotiden förlängs.")
        )
    raise_if_errors(errors)
    stored = replace(assessment, assessed_by=by, reason=reason)
    after = replace(running, months=months, assessments=(*running.assessments, stored))
    return after, stored


def assessment_decision(assessment: JointAssessment, after: TrialPeriod) -> Decision:
    """The case's takeover decision that the assessment makes (see the module docstring)."""
    if assessment.outcome is AssessmentOutcome.EXTEND:
        text = Text(
            "Gemensam bedömning om övertagande: prövotiden förlängs med {0} månader, till och "
            "med {1}. {2}",
            assessment.extend_months,
            after.end.isoformat(),
            assessment.reason,
        )
    else:
        text = Text(
            "Gemensam bedömning om övertagande: {0}. {1}",
            assessment.outcome.label,
            assessment.reason,
        )
    return Decision(
        assessment.date,
        DecisionKind.TAKEOVER,
        str(text),
        assessment.assessed_by,
        assessment.outcome.granted,
    ).validated()
