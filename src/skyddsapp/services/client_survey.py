"""Use cases of the client survey (brukarundersökning): questions, answers, visitors, the report.

Rights: whoever handles cases (a handler, a social worker, an administrator in a team) enters
the answers and the number of visitors of their organisation's periods and sees the report,
free texts included (inside the unit). Only an administrator adds, edits, orders, retires and
removes questions. A granskare does neither. The report leaves the unit only as PDF or CSV,
with the small-count rule on and no free text; such an export is logged. Audit entries name the
period, never an answer's content.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

from skyddsapp.documents.header import Issuer
from skyddsapp.domain.access import Organisation
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.client_survey import (
    AnswerValue,
    Channel,
    OutsideReport,
    Question,
    SurveyPeriod,
    SurveyReport,
    asked,
    build_report,
    check_answer,
    check_question_change,
    check_removal,
    check_visitors,
    for_outside,
)
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.small_counts import MARKERS_EXPLAINED
from skyddsapp.domain.text import Text
from skyddsapp.domain.users import Role
from skyddsapp.domain.workflows import workflow_for
from skyddsapp.services.context import Session
from skyddsapp.services.documents import export_target
from skyddsapp.services.errors import NotAllowed, NotFound
from skyddsapp.vault import client_survey_repository as repo
from skyddsapp.vault.audit import utc_now
from skyddsapp.vault.files import atomic_write

__all__ = [
    "add_question",
    "csv_bytes",
    "move_question",
    "paper_form",
    "questions",
    "record_answer",
    "remove_answer",
    "remove_question",
    "report",
    "report_pdf",
    "retire_question",
    "save_export",
    "set_visitors",
    "update_question",
]


def _require_admin(session: Session, what: str) -> None:
    if session.vault.user.role is not Role.ADMIN:
        raise NotAllowed(what)


def _organisation(session: Session, *, write: bool) -> Organisation:
    """The organisation whose survey the user works on: their team's."""
    actor = session.require_write() if write else session.require_read()
    assert actor.team is not None  # require_read/write: the user handles cases
    return actor.team.organisation


# --- questions ----------------------------------------------------------------------------------


def questions(session: Session) -> list[Question]:
    """Every question, retired ones too, in their order (administrators and case handlers)."""
    if session.vault.user.role is not Role.ADMIN:
        session.require_read()
    return repo.questions(session.conn)


def _question(session: Session, question_id: int) -> Question:
    found = repo.question(session.conn, question_id)
    if found is None:
        raise NotFound("Frågan", question_id)
    return found


def add_question(session: Session, question: Question) -> Question:
    """A new question, last in the order; logged (its kind, never its text)."""
    _require_admin(session, "ändra frågorna i brukarundersökningen")
    cleaned = question.validated()
    with session.vault.transaction() as audit:
        question_id = repo.insert_question(session.conn, replace(cleaned, retired=False), utc_now())
        audit.append(
            session.user_name,
            "survey.question.create",
            "survey_question",
            question_id,
            details=cleaned.kind.value,
        )
    return _question(session, question_id)


def update_question(session: Session, question: Question) -> Question:
    """A changed text or kind; refused once the question has answers."""
    _require_admin(session, "ändra frågorna i brukarundersökningen")
    if question.id is None:
        raise NotFound("Frågan", None)
    stored = _question(session, question.id)
    cleaned = replace(question.validated(), retired=stored.retired, position=stored.position)
    check_question_change(stored, cleaned, repo.times_answered(session.conn, question.id))
    with session.vault.transaction() as audit:
        repo.update_question(session.conn, cleaned, utc_now())
        audit.append(
            session.user_name,
            "survey.question.update",
            "survey_question",
            question.id,
            details=cleaned.kind.value,
        )
    return _question(session, question.id)


def retire_question(session: Session, question_id: int, *, retired: bool = True) -> Question:
    """Take a question out of use (it keeps its answers), or into use again."""
    _require_admin(session, "ändra frågorna i brukarundersökningen")
    stored = _question(session, question_id)
    if stored.retired is retired:
        return stored
    with session.vault.transaction() as audit:
        repo.update_question(session.conn, replace(stored, retired=retired), utc_now())
        audit.append(
            session.user_name,
            "survey.question.retire" if retired else "survey.question.reinstate",
            "survey_question",
            question_id,
        )
    return _question(session, question_id)


def remove_question(session: Session, question_id: int) -> None:
    """Remove a question nobody has answered; one with answers can only be retired."""
    _require_admin(session, "ändra frågorna i brukarundersökningen")
    stored = _question(session, question_id)
    check_removal(stored, repo.times_answered(session.conn, question_id))
    with session.vault.transaction() as audit:
        repo.delete_question(session.conn, question_id)
        audit.append(session.user_name, "survey.question.remove", "survey_question", question_id)


def move_question(session: Session, question_id: int, steps: int) -> list[Question]:
    """Move a question ``steps`` places (negative: up) in the order; the new order."""
    _require_admin(session, "ändra frågorna i brukarundersökningen")
    ordered = repo.questions(session.conn)
    ids = [q.id for q in ordered if q.id is not None]
    if question_id not in ids:
        raise NotFound("Frågan", question_id)
    index = ids.index(question_id)
    target = max(0, min(len(ids) - 1, index + steps))
    if target == index:
        return ordered
    ids.insert(target, ids.pop(index))
    with session.vault.transaction() as audit:
        repo.set_positions(session.conn, ids, utc_now())
        audit.append(session.user_name, "survey.question.move", "survey_question", question_id)
    return repo.questions(session.conn)


# --- answers and visitors ---------------------------------------------------------------------


def _open_period(session: Session, period: SurveyPeriod) -> SurveyPeriod:
    period = period.validated()
    if not period.has_begun(session.today()):
        raise ValidationError.single(
            "period",
            Text("Mätperioden {0} har inte börjat; svar kan inte registreras än.", period.label),
        )
    return period


def record_answer(
    session: Session,
    period: SurveyPeriod,
    channel: Channel,
    values: Mapping[int, AnswerValue | bool | None],
) -> int:
    """Store one anonymous answer (from a paper form or a digital one) in the user's
    organisation's period; returns its id, for an immediate undo. Logged with the period and
    the channel only."""
    organisation = _organisation(session, write=True)
    period = _open_period(session, period)
    cleaned = check_answer(values, repo.questions(session.conn))
    with session.vault.transaction() as audit:
        period_row = repo.ensure_period(session.conn, organisation, period, utc_now())
        answer_id = repo.insert_answer(session.conn, period_row, channel, cleaned)
        # The period, not the answer: an entry per answer id with its time could be matched
        # with who was at the unit when a digital answer was typed in.
        audit.append(
            session.user_name,
            "survey.answer",
            "survey_period",
            period_row,
            details=f"{period.key}; {channel.value}",
        )
    return answer_id


def remove_answer(session: Session, answer_id: int) -> None:
    """Take back an answer entered by mistake (of the user's organisation's periods)."""
    organisation = _organisation(session, write=True)
    owner = repo.answer_owner(session.conn, answer_id)
    if owner is None or owner[1] is not organisation:
        raise NotFound("Svaret", answer_id)
    with session.vault.transaction() as audit:
        repo.delete_answer(session.conn, answer_id)
        audit.append(session.user_name, "survey.answer.remove", "survey_period", owner[0])


def set_visitors(session: Session, period: SurveyPeriod, visitors: int) -> None:
    """How many visited the unit in the period (counted by hand: the vault keeps no visits)."""
    organisation = _organisation(session, write=True)
    period = period.validated()
    count = check_visitors(visitors)
    with session.vault.transaction() as audit:
        period_row = repo.ensure_period(session.conn, organisation, period, utc_now())
        repo.set_visitors(session.conn, period_row, count, utc_now())
        audit.append(
            session.user_name,
            "survey.visitors",
            "survey_period",
            period_row,
            details=f"{period.key}; {count}",
        )


# --- the report ---------------------------------------------------------------------------------


def _terminal() -> list[tuple[CaseKind, str]]:
    return [
        (kind, step.id) for kind in CaseKind for step in workflow_for(kind).steps if step.terminal
    ]


def report(session: Session, period: SurveyPeriod) -> SurveyReport:
    """The period's figures for the user's organisation, free texts included (inside the unit:
    shown on screen, never exported). Counts only; not logged."""
    organisation = _organisation(session, write=False)
    period = period.validated()
    conn = session.conn
    period_row = repo.period_id(conn, organisation, period)
    return build_report(
        period,
        repo.questions(conn),
        visitors=repo.visitors(conn, organisation, period),
        closed_clients=repo.closed_clients(conn, organisation, period, _terminal()),
        by_channel=repo.by_channel(conn, period_row),
        counts=repo.value_counts(conn, period_row),
        answered=repo.answered(conn, period_row),
        texts=repo.free_texts(conn, period_row),
    )


def _log_export(session: Session, made: OutsideReport, kind: str) -> None:
    """An export leaves the unit: logged with the period and the format, once it is made."""
    organisation = _organisation(session, write=False)
    period_row = repo.period_id(session.conn, organisation, made.period)
    with session.vault.transaction() as audit:
        audit.append(
            session.user_name,
            "survey.report",
            "survey_period",
            "" if period_row is None else period_row,
            details=f"{made.period.key}; {kind}",
        )


_UNSAFE_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(text: str) -> str:
    """A cell Excel shows as text: a leading =, +, - or @ would start a formula."""
    return "'" + text if text.startswith(_UNSAFE_START) else text


def csv_bytes(session: Session, period: SurveyPeriod) -> bytes:
    """The period's aggregates as CSV for Swedish Excel (UTF-8 with BOM, ``;``), with the
    small-count rule and no free text; logged."""
    outside = for_outside(report(session, period))
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(["Brukarundersökning", outside.period.label, "", ""])
    writer.writerow(["Avsnitt", "Uppgift", "Svarsalternativ", "Antal"])
    writer.writerow(["Population", "Besökare under perioden", "", outside.visitors])
    writer.writerow(
        ["Population", "Klienter vars ärende avslutades under perioden", "", outside.closed_clients]
    )
    writer.writerow(["Svar", "Pappersformulär", "", outside.paper])
    writer.writerow(["Svar", "Digitalt", "", outside.digital])
    writer.writerow(["Svar", "Totalt", "", outside.answers])
    writer.writerow(["Svar", "Svarsfrekvens", "", outside.response_rate])
    for number, question in enumerate(outside.questions, start=1):
        section = f"Fråga {number}"
        text = _cell(question.text)
        writer.writerow([section, text, "Antal svar", question.answered])
        for value, count in question.cells or ():
            writer.writerow([section, text, value, count])
    writer.writerow(
        [
            "Förklaring",
            f"{MARKERS_EXPLAINED} Fritextsvar lämnar inte enheten.",
            "",
            "",
        ]
    )
    data = ("\ufeff" + buffer.getvalue()).encode("utf-8")
    _log_export(session, outside, "csv")
    return data


def report_pdf(session: Session, period: SurveyPeriod) -> bytes:
    """The aggregate report as PDF (the documents' layout), for outside the unit; logged."""
    from skyddsapp.documents.client_survey import render_report

    outside = for_outside(report(session, period))
    data = render_report(outside, _issuer(session), session.today())
    _log_export(session, outside, "pdf")
    return data


def paper_form(session: Session, period: SurveyPeriod) -> bytes:
    """The printable survey with the questions in use, for paper answers in ``period``.

    Holds no personal data and nothing from the vault but the questions: not logged, like the
    Informationsblad (`services.information_campaign`)."""
    from skyddsapp.documents.client_survey import render_paper_form

    if session.vault.user.role is not Role.ADMIN:
        session.require_read()
    period = period.validated()
    return render_paper_form(
        asked(repo.questions(session.conn)), period, _issuer(session), session.today()
    )


_ISSUER = {Organisation.UPPSALAHEM: Issuer.UPPSALAHEM, Organisation.NEXUS: Issuer.NEXUS}


def _issuer(session: Session) -> Issuer:
    """The user's organisation; Nexus for an administrator without a team."""
    team = session.actor.team
    return _ISSUER[team.organisation] if team is not None else Issuer.NEXUS


def save_export(session: Session, path: Path, data: bytes) -> Path:
    """Write an export the user chose to save (fsync, atomic rename), outside the vault's
    folder; readable only by the user, as every export."""
    target = export_target(session, Path(path))
    try:
        atomic_write(target, data)
    except OSError as error:
        raise ValidationError.single(
            "path", Text("Filen kunde inte sparas: {0}", error.strerror or type(error).__name__)
        ) from error
    return target
