"""The key registry end to end through the use cases: key sets, receipts filled from the
registry, fullmakter, losses and lock changes; every refusal changes nothing."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import pytest
from service_support import TODAY, Factory, last_audit, pnr, snapshot

from skyddsapp.domain.attorney import AttorneyScope
from skyddsapp.domain.case import CaseParty
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.key_registry import IdKind, KeyEventKind, LockChangeReason
from skyddsapp.domain.key_rows import KeyKind, KeyRow
from skyddsapp.domain.lease import LeaseStatus
from skyddsapp.domain.person import CaseRole
from skyddsapp.services import cases, documents, housing, keys
from skyddsapp.services.context import Session

SERIES = "S-100"
ISSUE = "nyckelkvittens_utlamning"


def rows(series: str = SERIES, keys_: int = 3, tags: int = 1) -> tuple[KeyRow, ...]:
    return (
        KeyRow(KeyKind.NYCKEL, "Lägenhet/ytterdörr", "ASSA d12", series, keys_),
        KeyRow(KeyKind.TAGG, "Entré/tvättstuga", "ASSA d12", series, tags),
    )


@dataclass
class Move:
    """A customer-care case: the client leaves the old flat (under notice) for a new one; an
    agent may act for her."""

    session: Session
    case_id: int
    client: int
    agent: int
    old_flat: int
    new_flat: int

    def receipt(self, form: str, **changes: Any) -> documents.GeneratedDocument:
        file = documents.case_file(self.session, self.case_id)
        spec = next(s for s in documents.forms() if s.id == form)
        values = {f.name: f.default for f in spec.fields(file)} | {"id_kind": "passport"}
        return documents.generate(self.session, self.case_id, form, values | changes)

    def register(self) -> keys.CaseKeys:
        return keys.case_keys(self.session, self.case_id)


@pytest.fixture
def move(session: Session, make: Factory) -> Move:
    client = make.person("Klara", "Nyckelsson", number=pnr("19850315"))
    agent = make.person("Olle", "Ombudsson", number=pnr("19700101", "012"))
    old = make.apartment("Gamla gatan 1")
    new = make.apartment("Nya vägen 2")
    assert client.id
    assert agent.id
    for flat, series in ((old, "OLD-1"), (new, SERIES)):
        housing.update_apartment(session, replace(flat, key_system="ASSA d12", key_series=series))
    assert old.id
    assert new.id
    old_lease = make.lease((client.id,), apartment_id=old.id)
    new_lease = make.lease((client.id,), apartment_id=new.id, start=TODAY)
    assert old_lease.id is not None
    housing.register_notice(session, old_lease.id, TODAY - dt.timedelta(days=3))
    case = make.case(client=client, apartments=[old, new], leases=[old_lease, new_lease])
    assert case.id is not None
    cases.add_party(session, case.id, CaseParty(agent.id, CaseRole.AGENT))
    keys.register_key_set(session, case.id, old.id, rows("OLD-1"), held_by=client.id)
    keys.register_key_set(session, case.id, new.id, rows())
    return Move(session, case.id, client.id, agent.id, old.id, new.id)


def pdf_text(pdf: bytes) -> str:
    import pypdf

    pages = pypdf.PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join(page.extract_text() for page in pages).split())


def refused(session: Session, action: Callable[[], object]) -> ValidationError:
    before = snapshot(session.conn)
    with pytest.raises(ValidationError) as caught:
        action()
    assert snapshot(session.conn) == before
    return caught.value


def test_a_key_set_registered_with_the_tenant(move: Move) -> None:
    register = move.register().register
    assert register.held_rows(move.client, move.old_flat) == rows("OLD-1")
    assert register.office_rows(move.old_flat) == ()
    assert register.office_rows(move.new_flat) == rows()
    assert last_audit(move.session.conn).action == "keys.register"


def test_the_client_collects_keys_with_a_receipt_filled_from_the_registry(move: Move) -> None:
    made = move.receipt("nyckelkvittens_utlamning", person=str(move.client))
    text = pdf_text(made.pdf)
    assert "Nyckel Lägenhet/ytterdörr ASSA d12 S-100 3" in text
    assert "Legitimation kontrollerad Pass" in text
    register = move.register().register
    assert register.office_rows(move.new_flat) == ()
    event = register.events[-1]
    assert event.kind is KeyEventKind.ISSUE
    assert event.document_id == made.record.id
    assert event.id_kind is IdKind.PASSPORT
    assert event.holder_id == move.client
    # Nothing left at the office: a second receipt is refused, and stores nothing.
    error = refused(
        move.session,
        lambda: move.receipt("nyckelkvittens_utlamning", person=str(move.client), keys=rows()),
    )
    assert "bara 0 finns på kontoret" in error.messages_for("keys")[0]


def test_an_agent_needs_a_signed_fullmakt_that_covers_keys(move: Move) -> None:
    session = move.session
    error = refused(
        session, lambda: move.receipt("nyckelkvittens_utlamning", person=str(move.agent))
    )
    assert "ingen registrerad fullmakt" in error.messages_for("person")[0]
    fullmakt = move.receipt("fullmakt", agent=str(move.agent))
    error = refused(
        session, lambda: move.receipt("nyckelkvittens_utlamning", person=str(move.agent))
    )
    assert "inte registrerad som undertecknad" in error.messages_for("person")[0]
    documents.mark_signed(session, fullmakt.record.id, TODAY, "Klienten")
    made = move.receipt("nyckelkvittens_utlamning", person=str(move.agent))
    text = pdf_text(made.pdf)
    assert f"Fullmakt {fullmakt.record.number}" in text
    event = move.register().register.events[-1]
    assert event.by_agent
    assert event.holder_id == move.client  # the keys are the client's
    assert event.power_of_attorney_id is not None


def test_an_expired_or_revoked_fullmakt_cannot_be_used(move: Move) -> None:
    session = move.session
    power = keys.record_power_of_attorney(
        session, move.case_id, move.agent, [AttorneyScope.COLLECT_KEYS], TODAY, TODAY
    )
    later = Session(session.vault, lambda: TODAY + dt.timedelta(days=1))
    error = refused(
        later,
        lambda: documents.generate(
            later,
            move.case_id,
            "nyckelkvittens_utlamning",
            {
                "flat": str(move.new_flat),
                "person": str(move.agent),
                "date": TODAY + dt.timedelta(days=1),
                "keys": rows(),
                "id_kind": "passport",
            },
        ),
    )
    assert f"Fullmakten gick ut {TODAY}." in error.messages_for("person")[0]
    assert power.id is not None
    keys.revoke_power_of_attorney(session, move.case_id, power.id, "Klienten återkallade den")
    error = refused(
        session, lambda: move.receipt("nyckelkvittens_utlamning", person=str(move.agent))
    )
    assert "återkallades" in error.messages_for("person")[0]
    error = refused(
        session, lambda: keys.revoke_power_of_attorney(session, move.case_id, power.id, "igen")
    )
    assert error.messages_for("reason") == ["Fullmakten är redan återkallad."]


def test_a_fullmakt_on_paper_is_checked_before_it_is_registered(move: Move) -> None:
    session = move.session
    error = refused(
        session,
        lambda: keys.record_power_of_attorney(
            session, move.case_id, move.client, [], TODAY, TODAY - dt.timedelta(days=1)
        ),
    )
    assert error.fields == ("agent", "scopes", "valid_until", "valid_until")


def test_a_missing_key_at_return_means_a_lock_change_before_the_next_handover(move: Move) -> None:
    session = move.session
    made = move.receipt(
        "nyckelkvittens_aterlamning",
        person=str(move.client),
        keys=rows("OLD-1", keys_=2),
        all_returned=False,
        missing="En lägenhetsnyckel är borttappad.",
    )
    assert "Låsbyte ska beställas" in pdf_text(made.pdf)
    register = move.register().register
    assert [e.kind for e in register.events[-2:]] == [KeyEventKind.RETURN, KeyEventKind.LOSS]
    (task,) = register.open_lock_changes(move.old_flat)
    assert task.reason is LockChangeReason.MISSING_KEY
    # What came back is at the office, but no key to the flat leaves it before the change.
    error = refused(
        session,
        lambda: move.receipt(
            "nyckelkvittens_utlamning", flat=str(move.old_flat), keys=rows("OLD-1", 2)
        ),
    )
    assert error.messages_for("flat")[0].startswith("Låset måste bytas innan nycklar lämnas ut")
    order = move.receipt("lasbyte", flat=str(move.old_flat))
    (ordered,) = move.register().register.open_lock_changes(move.old_flat)
    assert ordered.ordered_on == TODAY
    assert ordered.order_document_id == order.record.id
    assert task.id is not None
    refusal = refused(session, lambda: keys.complete_lock_change(session, task.id, TODAY, "OLD-1"))
    assert refusal.messages_for("new_series") == ["Den nya nyckelserien är densamma som den gamla."]
    done = keys.complete_lock_change(session, task.id, TODAY, "NY-7")
    assert done.done_on == TODAY
    register = move.register().register
    assert register.open_lock_changes(move.old_flat) == []
    assert register.office_rows(move.old_flat) == rows("NY-7")
    assert housing.get_apartment(session, move.old_flat).key_series == "NY-7"
    move.receipt("nyckelkvittens_utlamning", flat=str(move.old_flat), keys=rows("NY-7", 1, 1))
    with pytest.raises(ValidationError, match="redan registrerat som utfört"):
        keys.complete_lock_change(session, task.id, TODAY, "NY-8")


def test_returning_more_than_the_registry_says_is_refused(move: Move) -> None:
    error = refused(
        move.session,
        lambda: move.receipt(
            "nyckelkvittens_aterlamning", person=str(move.client), keys=rows("OLD-1", 4)
        ),
    )
    assert "har bara 3 kvitterade" in error.messages_for("keys")[0]


def test_a_reported_loss_requires_a_lock_change(move: Move) -> None:
    session = move.session
    task = keys.report_loss(
        session,
        move.case_id,
        move.old_flat,
        move.client,
        TODAY,
        rows("OLD-1", 1, 1)[:1],
        "Tappad på bussen",
    )
    assert task.reason is LockChangeReason.MISSING_KEY
    register = move.register().register
    assert register.events[-1].kind is KeyEventKind.LOSS
    assert sum(c for _i, c in register.held_by(move.client, move.old_flat)) == 3
    error = refused(
        session,
        lambda: keys.report_loss(
            session, move.case_id, move.old_flat, move.client, TODAY, rows("OLD-1", 9)[:1], ""
        ),
    )
    assert "har bara 2 kvitterade" in error.messages_for("keys")[0]


def test_a_perpetrator_who_may_hold_keys_stops_every_handover(move: Move) -> None:
    session = move.session
    error = refused(
        session,
        lambda: keys.require_lock_change(
            session, move.case_id, move.new_flat, LockChangeReason.OTHER, ""
        ),
    )
    assert error.messages_for("detail") == ["Beskriv skälet när du väljer Annat skäl."]
    keys.require_lock_change(
        session, move.case_id, move.new_flat, LockChangeReason.UNAUTHORISED_KEYS, ""
    )
    error = refused(
        session, lambda: move.receipt("nyckelkvittens_utlamning", person=str(move.client))
    )
    assert "Obehörig person kan ha nycklar" in error.messages_for("flat")[0]


def test_a_key_set_cannot_drop_keys_that_are_out(move: Move) -> None:
    session = move.session
    error = refused(
        session,
        lambda: keys.register_key_set(session, move.case_id, move.old_flat, rows("OLD-1")[:1]),
    )
    assert "kan inte tas bort: 1 är utlämnade" in error.messages_for("keys")[0]
    other = refused(
        session,
        lambda: keys.register_key_set(
            session, move.case_id, move.new_flat, rows(), held_by=move.agent
        ),
    )
    assert other.fields == ("held_by",)


def test_a_flat_of_another_case_is_refused(move: Move, make: Factory) -> None:
    stranger = make.apartment("Annan gatan 3")
    assert stranger.id is not None
    error = refused(
        move.session, lambda: keys.register_key_set(move.session, move.case_id, stranger.id, rows())
    )
    assert error.messages_for("flat") == ["Lägenheten hör inte till ärendet."]


def test_notice_status_is_untouched_by_keys(move: Move) -> None:
    case = cases.get_case(move.session, move.case_id)
    statuses = {housing.get_lease(move.session, lid).status for lid in case.lease_ids}
    assert LeaseStatus.NOTICE_GIVEN in statuses


def test_a_perpetrator_on_the_old_lease_blocks_that_flat_until_the_lock_is_changed(
    session: Session, make: Factory
) -> None:
    client = make.person("Vera", "Kvarboende", number=pnr("19900101", "024"))
    perpetrator = make.person("Per", "Utflyttad")
    assert client.id
    assert perpetrator.id
    flat = make.apartment("Delade gatan 4")
    assert flat.id
    lease = make.lease((client.id, perpetrator.id), apartment_id=flat.id)
    case = make.case(client=client, perpetrator=perpetrator, apartments=[flat], leases=[lease])
    assert case.id is not None
    keys.register_key_set(session, case.id, flat.id, rows("DEL-1"))
    blocks = keys.case_keys(session, case.id).blocks[flat.id]
    assert blocks[0].startswith("Våldsutövaren kan ha nycklar till lägenheten")
    values = {
        "flat": str(flat.id),
        "person": str(client.id),
        "date": TODAY,
        "keys": rows("DEL-1", 1, 1),
        "id_kind": "national_id",
    }
    error = refused(session, lambda: documents.generate(session, case.id, ISSUE, values))
    assert error.messages_for("flat") == blocks
    task = keys.require_lock_change(
        session, case.id, flat.id, LockChangeReason.UNAUTHORISED_KEYS, ""
    )
    assert task.id is not None
    keys.complete_lock_change(session, task.id, TODAY, "DEL-2")
    assert keys.case_keys(session, case.id).blocks[flat.id] == []
    documents.generate(session, case.id, ISSUE, values | {"keys": rows("DEL-2", 1, 1)})
    texts = [e.text for e in cases.get_case(session, case.id).events]
    assert any(t.startswith("Låset bytt i lägenhet") for t in texts)
