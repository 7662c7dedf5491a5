"""Reviewing the log: searching it, who has seen a person, signing off a period (issue 9, part 3).

Only administrators and auditors (granskare) may; every search and sign-off is itself logged;
a refused or invalid request changes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from service_support import ADMIN, Factory, audit_entries, last_audit

from skyddsapp.domain.audit_review import audit_query
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.users import Role
from skyddsapp.services import audit as audit_service
from skyddsapp.services.context import Session
from skyddsapp.services.errors import NotAllowed
from skyddsapp.vault.vault import Vault

LoginFn = Callable[[Vault, str, Role], Session]


def _look(session: Session, action: str, object_type: str, object_id: int) -> None:
    # A look as the services will log it (reveals, views, case openings, broken seals).
    with session.vault.transaction() as audit:
        audit.append(session.user_name, action, object_type, object_id, reason="test")


def test_search_filters_by_user_person_case_action_and_period(
    fresh_session: Session, login: LoginFn
) -> None:
    make = Factory(fresh_session)
    client = make.person()
    other = make.person("Berit", "Annansson")
    assert client.id is not None
    assert other.id is not None
    case = make.case(client=client)
    assert case.id is not None
    handler = login(fresh_session.vault, "hugo", Role.HANDLER)
    _look(handler, "person.reveal", "person", client.id)
    _look(handler, "case.break_glass", "case", case.id)
    _look(fresh_session, "person.reveal", "person", other.id)
    vault = fresh_session.vault

    by_user = audit_service.search(vault, audit_query(user="hugo"))
    assert {e.action for e in by_user} >= {"person.reveal", "case.break_glass"}
    assert {e.user_name for e in by_user} == {"hugo"}
    of_client = audit_service.search(vault, audit_query(person_id=client.id))
    assert {e.action for e in of_client} == {"person.create", "person.reveal"}
    of_case = audit_service.search(vault, audit_query(case_id=str(case.id)))
    assert {e.action for e in of_case} == {"case.create", "case.break_glass"}
    reveals = audit_service.search(vault, audit_query(action="person."))
    assert {e.action for e in reveals} == {"person.create", "person.reveal"}
    flagged = audit_service.search(vault, audit_query(flagged_only=True))
    assert [(e.action, e.user_name) for e in flagged] == [("case.break_glass", "hugo")]
    today = dt.datetime.now(dt.UTC).date()
    assert audit_service.search(vault, audit_query(until=today - dt.timedelta(days=1))) == []
    assert audit_service.search(vault, audit_query(since=today, action="case.break_glass"))
    entry = last_audit(vault.connection)
    assert (entry.action, entry.user_name) == ("audit.search", ADMIN)
    assert entry.details == f"action=case.break_glass since={today}; 1"  # ids and dates only


def test_who_has_seen_a_person_lists_looks_at_them_and_their_cases(
    fresh_session: Session, login: LoginFn
) -> None:
    make = Factory(fresh_session)
    client = make.person()
    stranger = make.person("Cecilia", "Främlingsson")
    assert client.id is not None
    assert stranger.id is not None
    case = make.case(client=client)
    assert case.id is not None
    handler = login(fresh_session.vault, "hugo", Role.HANDLER)
    _look(handler, "person.reveal", "person", client.id)
    _look(handler, "case.open", "case", case.id)
    _look(handler, "person.reveal", "person", stranger.id)

    seen = audit_service.who_has_seen(fresh_session.vault, client.id)

    assert [(e.action, e.object_type) for e in seen] == [
        ("person.reveal", "person"),
        ("case.open", "case"),
    ]
    assert last_audit(fresh_session.conn).action == "audit.seen_person"


def test_a_review_is_signed_off_once_with_how_far_the_log_reached(fresh_session: Session) -> None:
    vault = fresh_session.vault
    before = len(audit_entries(vault.connection))

    review = audit_service.sign_off_review(vault, "2026-01-01", "2026-06-30", "Inga avvikelser.")

    assert review.last_entry == before
    assert (review.since, review.until) == (dt.date(2026, 1, 1), dt.date(2026, 6, 30))
    assert review.reviewed_by == ADMIN
    assert audit_service.reviews(vault) == [review]
    entry = last_audit(vault.connection)
    assert (entry.action, entry.object_type, entry.details) == (
        "audit.review",
        "audit_review",
        "2026-01-01–2026-06-30",
    )
    with pytest.raises(Exception, match="append-only"):
        vault.connection.execute("DELETE FROM audit_reviews")


@pytest.mark.parametrize(
    ("since", "until", "remarks", "field"),
    [
        ("", "2026-06-30", "", "since"),
        ("2026-13-01", "2026-06-30", "", "since"),
        ("2026-07-01", "2026-06-30", "", "until"),
        ("2026-01-01", "2026-06-30", "klocka\x07", "remarks"),
    ],
)
def test_a_bad_review_is_refused_field_by_field_and_stores_nothing(
    fresh_session: Session, since: str, until: str, remarks: str, field: str
) -> None:
    vault = fresh_session.vault
    before = len(audit_entries(vault.connection))
    with pytest.raises(ValidationError) as refused:
        audit_service.sign_off_review(vault, since, until, remarks)
    assert field in {e.field for e in refused.value.errors}
    assert audit_service.reviews(vault) == []
    assert len(audit_entries(vault.connection)) == before


def test_only_administrators_and_auditors_review_the_log(
    fresh_session: Session, login: LoginFn
) -> None:
    vault = fresh_session.vault
    for role in (Role.HANDLER, Role.SOCIAL_WORKER):
        other = login(vault, f"u{role.value[:4]}", role).vault
        before = len(audit_entries(vault.connection))
        with pytest.raises(NotAllowed):
            audit_service.search(other, audit_query())
        with pytest.raises(NotAllowed):
            audit_service.who_has_seen(other, 1)
        with pytest.raises(NotAllowed):
            audit_service.sign_off_review(other, "2026-01-01", "2026-01-31")
        assert len(audit_entries(vault.connection)) == before
    auditor = login(vault, "granskare", Role.AUDITOR).vault
    assert audit_service.sign_off_review(auditor, "2026-01-01", "2026-01-31").reviewed_by == (
        "granskare"
    )


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"case_id": "tre"}, "case_id"),
        ({"person_id": "-4"}, "person_id"),
        ({"since": "igår"}, "since"),
        ({"since": "2026-02-01", "until": "2026-01-01"}, "until"),
        ({"action": "DROP TABLE"}, "action"),
    ],
)
def test_a_bad_search_names_its_field(kwargs: dict[str, str], field: str) -> None:
    with pytest.raises(ValidationError) as refused:
        audit_query(**kwargs)  # type: ignore[arg-type]
    assert [e.field for e in refused.value.errors] == [field]


def test_a_log_extract_is_a_private_pdf_of_the_entries_and_is_logged(
    fresh_session: Session, login: LoginFn, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    make = Factory(fresh_session)
    client = make.person()
    assert client.id is not None
    handler = login(fresh_session.vault, "hugo", Role.HANDLER)
    _look(handler, "person.reveal", "person", client.id)
    vault = fresh_session.vault
    out = tmp_path / "utdrag.pdf"

    count = audit_service.export_extract(vault, out, person_id=client.id)

    assert count == 1
    assert out.stat().st_mode & 0o777 == 0o600
    reader = PdfReader(out)
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Loggutdrag" in text
    assert "person.reveal" in text
    assert "hugo" in text
    assert "SEKRETESS" in text
    assert "Testsson" not in text  # ids only: the person's name is not in the log
    meta = reader.metadata or {}
    assert str(meta.get("/Title")) == "Loggutdrag"
    entry = last_audit(vault.connection)
    assert (entry.action, entry.details) == ("audit.export", f"person {client.id}; 1")
    assert "utdrag" not in entry.details  # never the file name

    searched = audit_service.export_extract(vault, tmp_path / "alla.pdf", query=audit_query())
    assert searched == len(audit_entries(vault.connection)) - 1


def test_a_log_extract_is_never_written_into_the_vault_folder(fresh_session: Session) -> None:
    vault = fresh_session.vault
    before = len(audit_entries(vault.connection))
    with pytest.raises(ValidationError, match="valvets mapp"):
        audit_service.export_extract(vault, vault.folder / "utdrag.pdf", query=audit_query())
    assert not (vault.folder / "utdrag.pdf").exists()
    assert len(audit_entries(vault.connection)) == before
