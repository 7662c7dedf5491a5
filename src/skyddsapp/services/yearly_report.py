"""Use cases of the yearly follow-up (årsuppföljning): the figures of a period beside the year
before's, as structured figures (for the dashboard), as CSV and as PDF.

Who may: aggregates name no case and no person, so everyone who handles cases (handlers and
social workers, of every team: the figures count the whole vault, not only the user's cases)
and the vault's administrators (also one in no team, who sees no case) may see them; a
granskare, who reads the log and nothing else, may not. Every call writes one audit entry,
`report.figures`, that says the period and the form (figures, csv or pdf, with or without the
small-count rule), nothing else. Its write is why a read-only vault gives no figures: what is
looked at is logged, and nothing can be written there.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from skyddsapp.documents.header import Issuer
from skyddsapp.domain.agreement import AgreementKind
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.rules import kvinnojour_terms
from skyddsapp.domain.users import Role
from skyddsapp.domain.yearly_report import (
    Comparison,
    Period,
    YearlyFigures,
    checked_period,
    terminal_actions,
    year_period,
)
from skyddsapp.domain.yearly_report import (
    figures as build_figures,
)
from skyddsapp.domain.yearly_tables import ShownTable, shown_tables
from skyddsapp.services.context import Session
from skyddsapp.services.documents import export_target, write_export
from skyddsapp.services.errors import NotAllowed
from skyddsapp.vault import agreements_repository, yearly_report_repository

ACTION = "report.figures"


@dataclass(frozen=True, slots=True)
class Report:
    """What a report was made from: the figures and their tables as they leave the vault."""

    comparison: Comparison
    tables: list[ShownTable]
    suppressed: bool


def may_see_figures(session: Session) -> bool:
    actor = session.actor
    return actor.role is Role.ADMIN or (actor.role.may_read_cases and actor.handles_cases)


def _require(session: Session) -> None:
    if not may_see_figures(session):
        raise NotAllowed("se årsuppföljningens siffror")


def period_of(
    session: Session,
    *,
    year: int | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> Period:
    """The period asked for: a calendar year, or from ``start`` to ``end``."""
    if year is not None:
        if start is not None or end is not None:
            raise ValidationError.single("year", "Ange antingen ett år eller en period, inte båda.")
        return year_period(year)
    if start is None or end is None:
        raise ValidationError.single("year", "Ange ett år, eller periodens första och sista dag.")
    return checked_period(start, end, session.today())


def _count(session: Session, period: Period) -> YearlyFigures:
    conn = session.conn
    reference = period.reference_day(session.today())
    counts = yearly_report_repository.count_period(conn, period, reference, terminal_actions())
    agreements = agreements_repository.of_kind(conn, AgreementKind.KVINNOJOUR)
    quota = kvinnojour_terms(agreements, period.start).flats_per_year
    return build_figures(counts, quota)


def _compare(session: Session, period: Period) -> Comparison:
    return Comparison(_count(session, period), _count(session, period.year_before()))


def _log(
    session: Session, period: Period, form: str, write: Callable[[], None] | None = None
) -> None:
    """The audit entry, and ``write`` (a file export) inside its transaction: a failed write
    leaves no entry behind."""
    with session.vault.transaction() as audit:
        audit.append(
            session.user_name,
            ACTION,
            "report",
            period.label,
            details=f"{period.start.isoformat()}..{period.end.isoformat()}; {form}",
        )
        if write is not None:
            write()


def figures(
    session: Session,
    *,
    year: int | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> Comparison:
    """The follow-up's figures for the period and the same period the year before: exact
    counts, for use inside the unit (the dashboard). Logged."""
    _require(session)
    period = period_of(session, year=year, start=start, end=end)
    comparison = _compare(session, period)
    _log(session, period, "figures")
    return comparison


def _made(session: Session, period: Period, suppress: bool) -> Report:
    comparison = _compare(session, period)
    return Report(comparison, shown_tables(comparison, suppress=suppress), suppress)


def _form(kind: str, suppress: bool) -> str:
    return f"{kind}; {'maskning' if suppress else 'utan maskning'}"


def tables(
    session: Session,
    *,
    year: int | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    suppress: bool = True,
) -> Report:
    """The figures and their tables as they may leave the unit (small counts suppressed
    unless ``suppress`` is False). Logged."""
    _require(session)
    period = period_of(session, year=year, start=start, end=end)
    made = _made(session, period, suppress)
    _log(session, period, _form("tables", suppress))
    return made


def _csv_bytes(session: Session, made: Report) -> bytes:
    from skyddsapp.documents.yearly_report import render_csv

    return render_csv(
        made.tables,
        period_label=made.comparison.current.period.label,
        made_on=session.today(),
        suppressed=made.suppressed,
    )


def _pdf_bytes(session: Session, made: Report, issuer: Issuer) -> bytes:
    # reportlab is loaded on first use only (the desktop starts without it).
    from skyddsapp.documents.yearly_report import render_pdf

    return render_pdf(
        made.tables,
        period_label=made.comparison.current.period.label,
        issuer=issuer,
        number="",
        made_by=session.vault.user.display_name,
        made_on=session.today(),
        suppressed=made.suppressed,
    )


def csv(
    session: Session,
    *,
    year: int | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    suppress: bool = True,
) -> bytes:
    """The follow-up as CSV for Swedish Excel (UTF-8 with BOM, ";", Swedish headings), small
    counts suppressed by default. Logged."""
    _require(session)
    period = period_of(session, year=year, start=start, end=end)
    data = _csv_bytes(session, _made(session, period, suppress))
    _log(session, period, _form("csv", suppress))
    return data


def pdf(
    session: Session,
    *,
    year: int | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    suppress: bool = True,
    issuer: Issuer = Issuer.NEXUS,
) -> bytes:
    """Årsuppföljningen as PDF/A-2b bytes: the tables and a bar chart per breakdown, small
    counts suppressed by default. Logged."""
    _require(session)
    period = period_of(session, year=year, start=start, end=end)
    data = _pdf_bytes(session, _made(session, period, suppress), issuer)
    _log(session, period, _form("pdf", suppress))
    return data


def export(
    session: Session,
    path: Path,
    *,
    kind: str,
    year: int | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    suppress: bool = True,
    issuer: Issuer = Issuer.NEXUS,
) -> Path:
    """Write the follow-up as ``kind`` ("csv" or "pdf") to ``path``: 0600, atomic, never in
    the vault's folder; logged in the same transaction (the file name is not logged)."""
    _require(session)
    if kind not in ("csv", "pdf"):
        raise ValidationError.single("kind", "Välj CSV eller PDF.")
    target = export_target(session, path)
    period = period_of(session, year=year, start=start, end=end)
    made = _made(session, period, suppress)
    data = _csv_bytes(session, made) if kind == "csv" else _pdf_bytes(session, made, issuer)

    _log(session, period, _form(kind, suppress), lambda: write_export(target, data))
    return target
