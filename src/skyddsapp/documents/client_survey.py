"""Brukarundersökning on the documents' A4 layout: the paper form clients fill in, and the
period's aggregate report for outside the unit.

Neither holds personal data, by construction: the form prints the questions only, the report
only counts that went through the small-count rule (`domain.client_survey.for_outside`), and
never a free-text answer. Neither is in the register: no number, no QR code.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from skyddsapp.documents.forms.base import Sheet
from skyddsapp.documents.header import DocumentHeader, Issuer
from skyddsapp.documents.layout import render
from skyddsapp.domain.client_survey import (
    SCALE,
    OutsideReport,
    Question,
    QuestionKind,
    SurveyPeriod,
)
from skyddsapp.domain.small_counts import MARKERS_EXPLAINED

FORM_TITLE = "Brukarundersökning"
REPORT_TITLE = "Brukarundersökning – sammanställning"
_BOX = "☐"


def paper_sheet(questions: Sequence[Question], period: SurveyPeriod) -> Sheet:
    """The form's body: who it is for, that it is anonymous, one block per question."""
    sheet = Sheet(FORM_TITLE)
    sheet.text(
        "Vi vill veta vad du tycker om stödet du har fått, så att vi kan bli bättre. Det tar "
        "några minuter. Du väljer själv om du vill svara, och du kan hoppa över en fråga."
    )
    sheet.text(
        "Du svarar anonymt. Skriv inte ditt namn eller något annat som visar vem du är. Svaren "
        "räknas ihop, och ingen kan se vad just du har svarat."
    )
    sheet.fields([("Mätperiod", period.label)])
    for number, question in enumerate(questions, start=1):
        sheet.heading(f"{number}. {question.text}")
        if question.kind is QuestionKind.SCALE:
            sheet.text("Kryssa i en siffra: 1 betyder inte alls, 5 betyder mycket.")
            sheet.table([str(value) for value in SCALE], [[_BOX] * len(SCALE)])
        elif question.kind is QuestionKind.YES_NO:
            sheet.table(["Ja", "Nej"], [[_BOX, _BOX]])
        else:
            sheet.lines_to_fill("Skriv här", 4)
    sheet.space(6)
    sheet.text(
        "Tack för att du svarade! Lägg formuläret i lådan för svar, eller lämna det till "
        "personalen i ett kuvert."
    )
    return sheet


def render_paper_form(
    questions: Sequence[Question], period: SurveyPeriod, issuer: Issuer, made_on: dt.date
) -> bytes:
    """The paper form as PDF/A-2b bytes (nothing written)."""
    sheet = paper_sheet(questions, period)
    header = DocumentHeader(issuer, FORM_TITLE, "", "", made_on, 0)
    return render(header, sheet.flowables(), protected=False, content_text=sheet.content_text())


def report_sheet(report: OutsideReport) -> Sheet:
    """The report's body: the population, the answers, each question's distribution."""
    sheet = Sheet(REPORT_TITLE)
    sheet.fields(
        [
            ("Mätperiod", report.period.label),
            ("Besökare under perioden", report.visitors),
            ("Klienter vars ärende avslutades under perioden", report.closed_clients),
            ("Svar på pappersformulär", report.paper),
            ("Digitala svar", report.digital),
            ("Svar totalt", report.answers),
            ("Svarsfrekvens (svar per besökare)", report.response_rate),
        ]
    )
    for number, question in enumerate(report.questions, start=1):
        sheet.heading(f"{number}. {question.text}")
        if question.kind is QuestionKind.FREE_TEXT:
            sheet.fields([("Antal svar", question.answered)])
            sheet.small("Fritextsvar redovisas inte utanför enheten.")
        elif question.cells is None:
            sheet.fields([("Antal svar", question.answered)])
            sheet.small("För få svar för att visa hur svaren fördelar sig.")
        else:
            rows = [*question.cells, ("Antal svar", question.answered)]
            sheet.table(("Svar", "Antal"), rows, (3, 1))
    sheet.space(4)
    sheet.small(f"{MARKERS_EXPLAINED} Svaren är anonyma; fritextsvar lämnar inte enheten.")
    return sheet


def render_report(report: OutsideReport, issuer: Issuer, made_on: dt.date) -> bytes:
    """The aggregate report as PDF/A-2b bytes (nothing written)."""
    sheet = report_sheet(report)
    header = DocumentHeader(issuer, REPORT_TITLE, "", "", made_on, 0)
    return render(header, sheet.flowables(), protected=False, content_text=sheet.content_text())
