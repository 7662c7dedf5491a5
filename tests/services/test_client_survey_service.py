"""The client survey through the use cases: rights, answers, visitors, the report, CSV, PDF."""

from __future__ import annotations

import csv
import datetime as dt
import io
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from service_support import TODAY, Factory, last_audit, snapshot

from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.client_survey import Channel, Question, QuestionKind, SurveyPeriod
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.users import Role
from skyddsapp.services import cases, client_survey
from skyddsapp.services.context import Session
from skyddsapp.services.errors import NotAllowed, NotFound
from skyddsapp.vault.vault import Vault

Login = Callable[[Vault, str, Role], Session]
SEPT = SurveyPeriod(2025, 9)
FEB = SurveyPeriod(2026, 2)


@dataclass
class Clock:
    day: dt.date = TODAY

    def __call__(self) -> dt.date:
        return self.day


@pytest.fixture
def nexus(fresh_vault: Vault, login: Login) -> Session:
    session = login(fresh_vault, "nexus.sw", Role.SOCIAL_WORKER)
    session.today = Clock()
    return session


def _ids(session: Session) -> dict[QuestionKind, int]:
    """The first question in use of each kind (the migration's starting set)."""
    found: dict[QuestionKind, int] = {}
    for question in client_survey.questions(session):
        if not question.retired and question.id is not None:
            found.setdefault(question.kind, question.id)
    return found


def _close_case(session: Session, closed_on: dt.date, *, with_client: bool = True) -> None:
    clock = session.today
    assert isinstance(clock, Clock)
    clock.day = closed_on - dt.timedelta(days=20)
    made = Factory(session)
    client = made.person("Survey", "Testsson") if with_client else None
    case = made.case(CaseKind.HOUSING_CHAIN, client=client)
    assert case.id is not None
    clock.day = closed_on
    cases.take_step(session, case.id, "cancel", reason="Klienten har flyttat.")
    clock.day = TODAY


def test_the_vault_starts_with_the_2025_questions(fresh_session: Session) -> None:
    questions = client_survey.questions(fresh_session)
    assert [q.kind for q in questions] == [
        QuestionKind.SCALE,
        QuestionKind.FREE_TEXT,
        QuestionKind.YES_NO,
        QuestionKind.FREE_TEXT,
        QuestionKind.YES_NO,
    ]
    assert "lämna en våldsam eller destruktiv relation" in questions[1].text


def test_answers_round_trip_into_the_report(nexus: Session) -> None:
    ids = _ids(nexus)
    scale, yes_no, text = (
        ids[QuestionKind.SCALE],
        ids[QuestionKind.YES_NO],
        ids[QuestionKind.FREE_TEXT],
    )
    for value in (5, 5, 4, 3, 1):
        client_survey.record_answer(nexus, SEPT, Channel.PAPER, {scale: value, yes_no: False})
    client_survey.record_answer(
        nexus, SEPT, Channel.DIGITAL, {scale: 4, yes_no: True, text: " Hjälp med bostad\r\n"}
    )
    client_survey.set_visitors(nexus, SEPT, 30)
    _close_case(nexus, dt.date(2025, 9, 12))
    _close_case(nexus, dt.date(2025, 9, 30))
    _close_case(nexus, dt.date(2025, 10, 1))  # after the period
    _close_case(nexus, dt.date(2025, 9, 15), with_client=False)  # no client to count

    report = client_survey.report(nexus, SEPT)
    assert (report.visitors, report.closed_clients, report.paper, report.digital) == (30, 2, 5, 1)
    assert report.response_rate == pytest.approx(6 / 30)
    by_id = {r.question.id: r for r in report.questions}
    assert by_id[scale].counts == ((1, 1), (2, 0), (3, 1), (4, 2), (5, 2))
    assert by_id[yes_no].counts == ((1, 1), (0, 5))
    assert by_id[text].texts == ("Hjälp med bostad",)
    assert by_id[text].answered == 1
    # Another period is empty; no period row is needed to read it.
    empty = client_survey.report(nexus, SurveyPeriod(2025, 2))
    assert (empty.answers, empty.visitors, empty.closed_clients) == (0, None, 0)


def test_answers_are_anonymous_and_the_log_names_the_period(nexus: Session) -> None:
    ids = _ids(nexus)
    client_survey.record_answer(
        nexus, SEPT, Channel.PAPER, {ids[QuestionKind.FREE_TEXT]: "Hemligt svar"}
    )
    entry = last_audit(nexus.conn)
    assert (entry.action, entry.object_type, entry.details) == (
        "survey.answer",
        "survey_period",
        "2025-09; paper",
    )
    assert "Hemligt" not in f"{entry}"
    columns = {row[1] for row in nexus.conn.execute("PRAGMA table_info(survey_answers)")}
    assert columns == {"id", "period_id", "channel"}  # no person, case, user or time


def test_the_organisations_keep_their_own_periods(nexus: Session, fresh_vault: Vault) -> None:
    uppsalahem = Session(fresh_vault, lambda: TODAY)  # the administrator, in Uppsalahem's team
    scale = _ids(nexus)[QuestionKind.SCALE]
    client_survey.record_answer(nexus, SEPT, Channel.PAPER, {scale: 3})
    answer = client_survey.record_answer(uppsalahem, SEPT, Channel.PAPER, {scale: 4})
    assert client_survey.report(nexus, SEPT).answers == 1
    assert client_survey.report(uppsalahem, SEPT).answers == 1
    with pytest.raises(NotFound):
        client_survey.remove_answer(nexus, answer)  # not Nexus' answer
    client_survey.remove_answer(uppsalahem, answer)
    assert client_survey.report(uppsalahem, SEPT).answers == 0
    assert last_audit(fresh_vault.connection).action == "survey.answer.remove"


def test_bad_answers_store_nothing(nexus: Session) -> None:
    ids = _ids(nexus)
    before = snapshot(nexus.conn)
    refusals = [
        (SurveyPeriod(2025, 10), {ids[QuestionKind.SCALE]: 3}, "februari och september"),
        (SurveyPeriod(2026, 9), {ids[QuestionKind.SCALE]: 3}, "har inte börjat"),
        (SEPT, {ids[QuestionKind.SCALE]: 7}, "från 1 till 5"),
        (SEPT, {999: 1}, "Fråga 999 finns inte"),
        (SEPT, {}, "Svaret är tomt"),
    ]
    for period, values, message in refusals:
        with pytest.raises(ValidationError, match=message):
            client_survey.record_answer(nexus, period, Channel.PAPER, values)
    with pytest.raises(ValidationError, match="mellan 0 och"):
        client_survey.set_visitors(nexus, SEPT, -5)
    assert snapshot(nexus.conn) == before
    assert nexus.conn.execute("SELECT count(*) FROM survey_periods").fetchone()[0] == 0


def test_questions_are_the_administrators(fresh_session: Session, nexus: Session) -> None:
    admin = fresh_session
    with pytest.raises(NotAllowed):
        client_survey.add_question(nexus, Question(None, "Ny?", QuestionKind.YES_NO))
    added = client_survey.add_question(admin, Question(None, " Ny  fråga? ", QuestionKind.YES_NO))
    assert added.text == "Ny fråga?"
    assert added.position == 6
    assert (last_audit(admin.conn).action, last_audit(admin.conn).details) == (
        "survey.question.create",
        "yes_no",
    )
    assert added.id is not None
    edited = client_survey.update_question(admin, replace(added, text="Ändrad fråga?"))
    assert edited.text == "Ändrad fråga?"
    order = client_survey.move_question(admin, added.id, -2)
    assert [q.id for q in order].index(added.id) == 3

    client_survey.record_answer(nexus, SEPT, Channel.PAPER, {added.id: True})
    with pytest.raises(ValidationError, match="kan inte ändras"):
        client_survey.update_question(admin, replace(edited, kind=QuestionKind.SCALE))
    with pytest.raises(ValidationError, match="ta den ur bruk"):
        client_survey.remove_question(admin, added.id)
    retired = client_survey.retire_question(admin, added.id)
    assert retired.retired
    with pytest.raises(ValidationError, match="används inte längre"):
        client_survey.record_answer(nexus, SEPT, Channel.PAPER, {added.id: True})
    # Its answer stays in the report of the period it was given in.
    assert added.id in {r.question.id for r in client_survey.report(nexus, SEPT).questions}

    unused = client_survey.add_question(admin, Question(None, "Tas bort?", QuestionKind.SCALE))
    assert unused.id is not None
    client_survey.remove_question(admin, unused.id)
    assert unused.id not in {q.id for q in client_survey.questions(admin)}


def test_an_auditor_neither_answers_nor_reads(fresh_vault: Vault, login: Login) -> None:
    auditor = login(fresh_vault, "granskare", Role.AUDITOR)
    with pytest.raises(NotAllowed):
        client_survey.record_answer(auditor, SEPT, Channel.PAPER, {1: 3})
    with pytest.raises(NotAllowed):
        client_survey.report(auditor, SEPT)
    with pytest.raises(NotAllowed):
        client_survey.questions(auditor)


def _many_answers(session: Session) -> None:
    ids = _ids(session)
    scale, yes_no, text = (ids[k] for k in QuestionKind)
    values = [5] * 10 + [4] * 6 + [3] * 4 + [1] * 2  # no 2s; the two 1s are a small count
    for index, value in enumerate(values):
        channel = Channel.DIGITAL if index < 7 else Channel.PAPER
        client_survey.record_answer(
            session,
            SEPT,
            channel,
            {scale: value, yes_no: index < 2, text: f"Fritext nummer {index}"},
        )
    client_survey.set_visitors(session, SEPT, 88)


def test_csv_for_swedish_excel_with_the_small_count_rule(nexus: Session) -> None:
    _many_answers(nexus)
    data = client_survey.csv_bytes(nexus, SEPT)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:2] == ["Brukarundersökning", "september 2025"]
    assert ["Svar", "Pappersformulär", "", "15"] in rows
    assert ["Svar", "Digitalt", "", "7"] in rows
    assert ["Svar", "Svarsfrekvens", "", "25 %"] in rows
    scale_rows = {row[2]: row[3] for row in rows if row[0] == "Fråga 1"}
    assert scale_rows == {"Antal svar": "22", "1": "<3", "2": "0", "3": "..", "4": "6", "5": "10"}
    yes_rows = {row[2]: row[3] for row in rows if row[0] == "Fråga 3"}
    assert yes_rows == {"Antal svar": "22", "Ja": "<3", "Nej": ".."}
    legend = next(row[1] for row in rows if row[0] == "Förklaring")
    assert "<3" in legend
    assert "(..)" in legend  # the yearly report's markers, one rule for both
    assert "Fritext nummer" not in data.decode("utf-8-sig")
    entry = last_audit(nexus.conn)
    assert (entry.action, entry.details) == ("survey.report", "2025-09; csv")


def test_a_question_text_never_becomes_an_excel_formula(
    fresh_session: Session, nexus: Session
) -> None:
    client_survey.add_question(fresh_session, Question(None, "=1+1", QuestionKind.YES_NO))
    text = client_survey.csv_bytes(nexus, SEPT).decode("utf-8-sig")
    assert ";'=1+1;" in text


def _pdf_text(data: bytes, tmp_path: Path) -> str:
    pdf = tmp_path / "survey.pdf"
    pdf.write_bytes(data)
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout


def test_the_report_pdf_has_counts_only(nexus: Session, tmp_path: Path) -> None:
    _many_answers(nexus)
    _close_case(nexus, dt.date(2025, 9, 3))
    text = _pdf_text(client_survey.report_pdf(nexus, SEPT), tmp_path)
    assert "Brukarundersökning – sammanställning" in text
    assert "september 2025" in text
    assert "Fritextsvar redovisas inte" in text
    assert "utelämnad (..)" in text  # the legend of the yearly report's small-count markers
    assert "Fritext nummer" not in text
    # No name or personal number of anyone in the vault.
    for first, last, number in nexus.conn.execute(
        "SELECT first_name, last_name, personal_number FROM persons"
    ):
        assert first not in text
        assert last not in text
        if number:
            assert number[2:8] not in text.replace("-", "")
    assert last_audit(nexus.conn).details == "2025-09; pdf"


def test_the_paper_form_lists_the_questions_in_use(nexus: Session, tmp_path: Path) -> None:
    before = snapshot(nexus.conn)
    text = _pdf_text(client_survey.paper_form(nexus, FEB), tmp_path)
    assert "Mätperiod" in text
    assert "februari 2026" in text
    assert "Du svarar anonymt" in text
    assert "Har du fått det stöd du behövt för att få en bostad?" in text
    assert snapshot(nexus.conn) == before  # not logged: it holds nothing of the vault's


def test_exports_are_saved_outside_the_vault(nexus: Session, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="valvets mapp"):
        client_survey.save_export(nexus, nexus.vault.folder / "x.csv", b"a")
    target = client_survey.save_export(nexus, tmp_path / "enkat.csv", b"abc")
    assert target.read_bytes() == b"abc"
