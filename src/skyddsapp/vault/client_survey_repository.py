"""SQL for the client survey (brukarundersökning): questions, periods, anonymous answers and the
aggregate counts of a period. No row of a person or a case leaves this module: the closed
clients of a period come out as one number."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from skyddsapp.domain.access import Organisation
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.client_survey import (
    AnswerValue,
    Channel,
    Question,
    QuestionKind,
    SurveyPeriod,
)
from skyddsapp.domain.person import CaseRole
from skyddsapp.vault.database import Connection
from skyddsapp.vault.retention_repository import CLOSED_ON, CLOSED_ON_PARAMS
from skyddsapp.vault.todo_repository import terminal_clause

_QUESTION = "id, text, kind, position, retired"


def _question(row: Any) -> Question:
    qid, text, kind, position, retired = row
    return Question(qid, text, QuestionKind(kind), position, bool(retired))


# --- questions ----------------------------------------------------------------------------------


def questions(conn: Connection) -> list[Question]:
    """Every question, retired ones too, in their order."""
    rows = conn.execute(f"SELECT {_QUESTION} FROM survey_questions ORDER BY position, id")
    return [_question(row) for row in rows]


def question(conn: Connection, question_id: int) -> Question | None:
    row = conn.execute(
        f"SELECT {_QUESTION} FROM survey_questions WHERE id = ?", (question_id,)
    ).fetchone()
    return _question(row) if row else None


def insert_question(conn: Connection, question: Question, now: str) -> int:
    """Added last in the order."""
    (last,) = conn.execute("SELECT coalesce(max(position), 0) FROM survey_questions").fetchone()
    cursor = conn.execute(
        "INSERT INTO survey_questions (position, text, kind, retired, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (int(last) + 1, question.text, question.kind.value, int(question.retired), now, now),
    )
    return int(cursor.lastrowid)


def update_question(conn: Connection, question: Question, now: str) -> None:
    conn.execute(
        "UPDATE survey_questions SET text = ?, kind = ?, retired = ?, updated_at = ? WHERE id = ?",
        (question.text, question.kind.value, int(question.retired), now, question.id),
    )


def set_positions(conn: Connection, ordered_ids: Iterable[int], now: str) -> None:
    for position, question_id in enumerate(ordered_ids, start=1):
        conn.execute(
            "UPDATE survey_questions SET position = ?, updated_at = ? WHERE id = ?",
            (position, now, question_id),
        )


def delete_question(conn: Connection, question_id: int) -> None:
    conn.execute("DELETE FROM survey_questions WHERE id = ?", (question_id,))


def times_answered(conn: Connection, question_id: int) -> int:
    (count,) = conn.execute(
        "SELECT count(*) FROM survey_answer_values WHERE question_id = ?", (question_id,)
    ).fetchone()
    return int(count)


# --- periods ------------------------------------------------------------------------------------


def period_id(conn: Connection, organisation: Organisation, period: SurveyPeriod) -> int | None:
    row = conn.execute(
        "SELECT id FROM survey_periods WHERE organisation = ? AND year = ? AND month = ?",
        (organisation.value, period.year, period.month),
    ).fetchone()
    return int(row[0]) if row else None


def ensure_period(
    conn: Connection, organisation: Organisation, period: SurveyPeriod, now: str
) -> int:
    """The period's row, made when first needed (inside the caller's transaction)."""
    found = period_id(conn, organisation, period)
    if found is not None:
        return found
    cursor = conn.execute(
        "INSERT INTO survey_periods (organisation, year, month, updated_at) VALUES (?, ?, ?, ?)",
        (organisation.value, period.year, period.month, now),
    )
    return int(cursor.lastrowid)


def visitors(conn: Connection, organisation: Organisation, period: SurveyPeriod) -> int | None:
    row = conn.execute(
        "SELECT visitors FROM survey_periods WHERE organisation = ? AND year = ? AND month = ?",
        (organisation.value, period.year, period.month),
    ).fetchone()
    return None if row is None or row[0] is None else int(row[0])


def set_visitors(conn: Connection, period_row: int, count: int, now: str) -> None:
    conn.execute(
        "UPDATE survey_periods SET visitors = ?, updated_at = ? WHERE id = ?",
        (count, now, period_row),
    )


# --- answers ------------------------------------------------------------------------------------


def insert_answer(
    conn: Connection, period_row: int, channel: Channel, values: Mapping[int, AnswerValue]
) -> int:
    cursor = conn.execute(
        "INSERT INTO survey_answers (period_id, channel) VALUES (?, ?)",
        (period_row, channel.value),
    )
    answer_id = int(cursor.lastrowid)
    conn.executemany(
        "INSERT INTO survey_answer_values (answer_id, question_id, number, text) "
        "VALUES (?, ?, ?, ?)",
        [
            (
                answer_id,
                question_id,
                value if isinstance(value, int) else None,
                value if isinstance(value, str) else None,
            )
            for question_id, value in values.items()
        ],
    )
    return answer_id


def answer_owner(conn: Connection, answer_id: int) -> tuple[int, Organisation] | None:
    """The period row of an answer and the organisation whose survey it is."""
    row = conn.execute(
        "SELECT p.id, p.organisation FROM survey_answers a "
        "JOIN survey_periods p ON p.id = a.period_id WHERE a.id = ?",
        (answer_id,),
    ).fetchone()
    return (int(row[0]), Organisation(row[1])) if row else None


def delete_answer(conn: Connection, answer_id: int) -> None:
    conn.execute("DELETE FROM survey_answer_values WHERE answer_id = ?", (answer_id,))
    conn.execute("DELETE FROM survey_answers WHERE id = ?", (answer_id,))


# --- aggregates ---------------------------------------------------------------------------------


def by_channel(conn: Connection, period_row: int | None) -> dict[Channel, int]:
    if period_row is None:
        return {}
    rows = conn.execute(
        "SELECT channel, count(*) FROM survey_answers WHERE period_id = ? GROUP BY channel",
        (period_row,),
    )
    return {Channel(channel): int(count) for channel, count in rows}


def value_counts(conn: Connection, period_row: int | None) -> dict[tuple[int, int], int]:
    """(question id, number) → how many answers gave it, in the period."""
    if period_row is None:
        return {}
    rows = conn.execute(
        "SELECT v.question_id, v.number, count(*) FROM survey_answer_values v "
        "JOIN survey_answers a ON a.id = v.answer_id "
        "WHERE a.period_id = ? AND v.number IS NOT NULL GROUP BY v.question_id, v.number",
        (period_row,),
    )
    return {(int(q), int(n)): int(c) for q, n, c in rows}


def answered(conn: Connection, period_row: int | None) -> dict[int, int]:
    """Question id → how many answers in the period answered it."""
    if period_row is None:
        return {}
    rows = conn.execute(
        "SELECT v.question_id, count(*) FROM survey_answer_values v "
        "JOIN survey_answers a ON a.id = v.answer_id "
        "WHERE a.period_id = ? GROUP BY v.question_id",
        (period_row,),
    )
    return {int(q): int(c) for q, c in rows}


def free_texts(conn: Connection, period_row: int | None) -> dict[int, list[str]]:
    """Question id → the free texts of the period, alphabetically (never in the order they were
    entered, which could be matched with who was at the unit when)."""
    if period_row is None:
        return {}
    found: dict[int, list[str]] = {}
    rows = conn.execute(
        "SELECT v.question_id, v.text FROM survey_answer_values v "
        "JOIN survey_answers a ON a.id = v.answer_id "
        "WHERE a.period_id = ? AND v.text IS NOT NULL ORDER BY v.question_id, v.text",
        (period_row,),
    )
    for question_id, text in rows:
        found.setdefault(int(question_id), []).append(str(text))
    return found


def closed_clients(
    conn: Connection,
    organisation: Organisation,
    period: SurveyPeriod,
    terminal: Iterable[tuple[CaseKind, str]],
) -> int:
    """How many clients (persons in the client role, each once) have a case of
    ``organisation`` that reached a terminal step (closed or cancelled) in the period."""
    finished, params = terminal_clause(terminal)
    if not finished:
        return 0
    (count,) = conn.execute(
        f"SELECT count(DISTINCT p.person_id) FROM case_parties p "
        f"JOIN (SELECT c.id FROM cases c WHERE c.organisation = ? AND {finished} "
        f"AND {CLOSED_ON} BETWEEN ? AND ?) closed ON closed.id = p.case_id "
        f"WHERE p.role = ?",
        [
            organisation.value,
            *params,
            *CLOSED_ON_PARAMS,
            period.first_day.isoformat(),
            period.last_day.isoformat(),
            CaseRole.CLIENT.value,
        ],
    ).fetchone()
    return int(count)
