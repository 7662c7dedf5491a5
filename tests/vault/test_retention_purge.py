"""Gallring proven on the raw bytes: after a purge, every page of vault.db and every frame of its
WAL, decrypted here with the data key (not through SQLite), holds no name, personal number,
address, note or record-history value of the purged cases, nor their search tokens, while the
kept case's still show (so the scan can fail); a copy made after the purge holds none either,
and the migration backups that held them are gone."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from vault_kit import unlock

from skyddsapp.domain.address import Address
from skyddsapp.domain.apartment import Apartment
from skyddsapp.domain.case import Case, CaseParty, Decision, DecisionKind
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.lease import Lease, LeaseKind
from skyddsapp.domain.person import CaseRole, Person, ProtectionLevel
from skyddsapp.domain.personal_number import PersonalNumber
from skyddsapp.domain.risk import RiskAssessment, RiskLevel
from skyddsapp.services import cases, documents, housing, persons, retention
from skyddsapp.services.context import Session
from skyddsapp.vault import database, retention_repository
from skyddsapp.vault.pages import PAGE_SIZE, SALT_LENGTH, PageChecker
from skyddsapp.vault.vault import BACKUP_DIRNAME, Vault

TODAY = dt.date(2026, 3, 2)
_RESERVE = 80  # 16-byte IV + 64-byte HMAC at the end of every page
_WAL_HEADER, _FRAME_HEADER = 32, 24


@dataclass
class Clock:
    day: dt.date = TODAY

    def __call__(self) -> dt.date:
        return self.day


@dataclass(frozen=True)
class Party:
    """What one client leaves in the vault, as markers to look for in the bytes."""

    first: str
    last: str
    number: str  # a Skatteverket test personal number (12 digits)
    street: str
    person_notes: str
    case_notes: str
    old_notes: str  # the case's notes before an edit: only in record_versions

    def markers(self) -> list[str]:
        words = [self.first, self.last, self.street.split()[0]]
        return [
            *words,
            *(word[-6:] for word in words),  # FTS5 keeps a term's tail after a shared prefix
            self.number,
            self.number[2:],
            self.person_notes.split()[-1],
            self.case_notes.split()[-1],
            self.old_notes.split()[-1],
        ]


PURGED = Party(
    "Xylofina",
    "Qvarnbjörkstad",
    "194107086995",
    "Hemlighetsgränd 9",
    "Personanteckning Wurzelpqd",
    "Ärendeanteckning Zomphraxil",
    "Tidigare anteckning Gorblunket",
)
KEPT = Party(
    "Ulvhildur",
    "Brammelqvist",
    "194510142393",
    "Kvarstadsvägen 4",
    "Personanteckning Snurrpelix",
    "Ärendeanteckning Trumvaldik",
    "Tidigare anteckning Fjompelund",
)


def _forms(marker: str) -> list[bytes]:
    return sorted({marker.encode(), marker.casefold().encode(), marker.upper().encode()})


def found_markers(data: bytes, party: Party) -> list[str]:
    return [m for m in party.markers() if any(form in data for form in _forms(m))]


# --- decrypting SQLCipher 4 pages ourselves ----------------------------------------------------


def _decrypt_page(key: bytes, checker: PageChecker, number: int, page: bytes) -> bytes:
    assert checker.page_ok(number, page), f"page {number} fails its HMAC"
    start = SALT_LENGTH if number == 1 else 0
    body = page[start : PAGE_SIZE - _RESERVE]
    iv = page[PAGE_SIZE - _RESERVE : PAGE_SIZE - _RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def _database_pages(key: bytes, path: Path) -> Iterator[bytes]:
    checker = PageChecker.for_file(key, path)
    assert checker is not None
    data = path.read_bytes()
    assert len(data) % PAGE_SIZE == 0
    for index in range(len(data) // PAGE_SIZE):
        page = data[index * PAGE_SIZE : (index + 1) * PAGE_SIZE]
        plain = _decrypt_page(key, checker, index + 1, page)
        if index == 0:  # the SQLite header after the salt: page size 4096, reserve 80
            assert plain[:2] == b"\x10\x00"
            assert plain[4] == _RESERVE
        yield plain


def _wal_frames(key: bytes, database_path: Path) -> Iterator[bytes]:
    wal = database_path.with_name(database_path.name + "-wal")
    if not wal.exists():
        return
    checker = PageChecker.for_file(key, database_path)
    assert checker is not None
    data = wal.read_bytes()
    frame = _FRAME_HEADER + PAGE_SIZE
    for offset in range(_WAL_HEADER, len(data) - frame + 1, frame):
        number = int.from_bytes(data[offset : offset + 4], "big")
        page = data[offset + _FRAME_HEADER : offset + frame]
        yield _decrypt_page(key, checker, number, page)


def plaintext(key: bytes, database_path: Path) -> tuple[bytes, int]:
    """Every decrypted page of the file and its WAL, joined; and how many WAL frames there were."""
    pages = list(_database_pages(key, database_path))
    frames = list(_wal_frames(key, database_path))
    return b"".join(pages + frames), len(frames)


# --- the vault --------------------------------------------------------------------------------


def _person(session: Session, party: Party) -> Person:
    return persons.create_person(
        session,
        Person(
            id=None,
            first_name=party.first,
            last_name=party.last,
            personal_number=PersonalNumber(party.number),
            protection=ProtectionLevel.NONE,
            real_address=Address(party.street, "75320", "Uppsala"),
            notes=party.person_notes,
        ),
    )


def case_of(session: Session, clock: Clock, party: Party, *, close: bool) -> Case:
    """A case with a decision, a risk assessment, a lease, a paper with its scan and an edited
    note (so that record history holds a value the case no longer has)."""
    clock.day = dt.date(2019, 3, 1)
    person = _person(session, party)
    assert person.id is not None
    flat = housing.create_apartment(
        session,
        Apartment(None, f"{party.number[-4:]}-1001", Address("Gemensamma vägen 1", "75428",
                  "Uppsala"), 2, Decimal("54.5"), 7200),
    )  # fmt: skip
    assert flat.id is not None
    lease = housing.create_lease(
        session,
        Lease(None, f"K-{party.number[-4:]}", flat.id, (person.id,), LeaseKind.FIRST_HAND,
              clock.day),
    )  # fmt: skip
    assert lease.id is not None
    case = cases.create_case(
        session,
        CaseKind.CUSTOMER_CARE,
        parties=[CaseParty(person.id, CaseRole.CLIENT)],
        notes=party.old_notes,
        apartment_ids=[flat.id],
        lease_ids=[lease.id],
    )
    assert case.id is not None
    case = cases.update_case(session, dataclasses.replace(case, notes=party.case_notes))
    cases.add_decision(
        session,
        case.id,
        Decision(clock.day, DecisionKind.SOCIAL_CONTRACT, "Beviljas.", "Nexus", True),
    )
    cases.add_risk_assessment(
        session,
        case.id,
        RiskAssessment(clock.day, "Nexus", RiskLevel.HIGH, True, dt.date(2019, 9, 1)),
    )
    made = documents.generate(
        session, case.id, "uppsagning", {"lease": str(lease.id), "notice_date": clock.day}
    )
    scan = b"%PDF-1.4\n" + " ".join(party.markers()).encode() + b"\n%%EOF\n"
    documents.attach_scan(session, made.record.id, scan, "skanning.pdf")
    if close:
        clock.day = dt.date(2019, 6, 10)
        case = cases.take_step(session, case.id, "cancel", reason="Klienten har flyttat.")
    clock.day = TODAY
    return case


@pytest.fixture
def purge_vault(vault_dir: Path) -> Iterator[tuple[Vault, Session, Case, Case]]:
    vault = unlock(vault_dir)
    clock = Clock()
    session = Session(vault, clock)
    gone = case_of(session, clock, PURGED, close=True)
    kept = case_of(session, clock, KEPT, close=False)
    try:
        yield vault, session, gone, kept
    finally:
        vault.lock()


def _migration_backup(vault: Vault) -> Path:
    """A copy like the one made before a schema migration (it holds every case)."""
    folder = vault.folder / BACKUP_DIRNAME
    folder.mkdir(mode=0o700, exist_ok=True)
    backup = folder / "before-018-20260302T101010.db"
    database.export_to(vault.connection, backup, vault.data_key)
    return backup


# --- tests ------------------------------------------------------------------------------------


def test_every_table_is_either_purged_or_kept(
    purge_vault: tuple[Vault, Session, Case, Case],
) -> None:
    vault = purge_vault[0]
    tables = {
        name
        for (name,) in vault.connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
        if not name.startswith("case_search_")  # FTS5's own tables of case_search
    }

    undecided = tables - retention_repository.PURGED - retention_repository.KEPT

    assert not undecided, f"decide what a purge does with: {sorted(undecided)}"
    assert not retention_repository.PURGED & retention_repository.KEPT


def test_the_purged_cases_are_gone_from_every_byte_the_kept_one_is_not(
    purge_vault: tuple[Vault, Session, Case, Case], tmp_path: Path
) -> None:
    vault, session, gone, kept = purge_vault
    key = vault.data_key
    db_path = Vault.database_path(vault.folder)
    backup = _migration_backup(vault)
    before, _ = plaintext(key, db_path)
    # The scan sees both clients before the purge, history and search tokens included.
    assert found_markers(before, PURGED) == PURGED.markers()
    assert found_markers(before, KEPT) == KEPT.markers()
    assert found_markers(plaintext(key, backup)[0], PURGED) == PURGED.markers()
    assert gone.id is not None

    result = retention.purge(session, [gone.id])

    assert result.cases == 1
    assert result.backups_removed == 1
    assert not backup.exists()
    assert list((vault.folder / BACKUP_DIRNAME).iterdir()) == []
    after, frames = plaintext(key, db_path)
    assert frames == 0  # checkpointed and cut
    assert found_markers(after, PURGED) == []
    assert found_markers(after, KEPT) == KEPT.markers()

    # Work goes on: new commits fill the WAL again, and none of it brings anything back.
    assert kept.id is not None
    cases.add_note(session, kept.id, "Uppföljning efter gallringen.")
    after, frames = plaintext(key, db_path)
    assert frames > 0
    assert found_markers(after, PURGED) == []
    assert found_markers(after, KEPT) == KEPT.markers()

    copy = tmp_path / "kopia.db"
    database.export_to(vault.connection, copy, key)
    copied, _ = plaintext(key, copy)
    assert found_markers(copied, PURGED) == []
    assert found_markers(copied, KEPT) == KEPT.markers()


def test_the_vault_opens_whole_after_a_purge(
    purge_vault: tuple[Vault, Session, Case, Case],
) -> None:
    vault, session, gone, kept = purge_vault
    assert gone.id is not None
    retention.purge(session, [gone.id])
    folder = vault.folder
    vault.lock()

    again = unlock(folder)
    try:
        assert again.examine() == []
        assert again.verify_audit().ok
        ids = [row[0] for row in again.connection.execute("SELECT id FROM cases")]
        assert ids == [kept.id]
        hits = again.connection.execute(
            "SELECT rowid FROM case_search WHERE case_search MATCH ?", (PURGED.last,)
        ).fetchall()
        assert hits == []
        kept_hits = again.connection.execute(
            "SELECT rowid FROM case_search WHERE case_search MATCH ?", (KEPT.last,)
        ).fetchall()
        assert kept_hits == [(kept.id,)]
    finally:
        again.lock()


def _hang_everything_on(vault: Vault, case_id: int) -> None:
    """A row of every table that hangs on a case and that the builders above do not fill, as
    the use cases would write it (the schema's constraints hold)."""
    conn = vault.connection
    (apartment_id,) = conn.execute(
        "SELECT apartment_id FROM case_apartments WHERE case_id = ?", (case_id,)
    ).fetchone()
    (lease_id,) = conn.execute(
        "SELECT lease_id FROM case_leases WHERE case_id = ?", (case_id,)
    ).fetchone()
    (decision_id,) = conn.execute(
        "SELECT id FROM case_decisions WHERE case_id = ?", (case_id,)
    ).fetchone()
    day, now = "2019-04-01", "2019-04-01T10:00:00+00:00"
    with vault.transaction():
        for sql, values in (
            (
                "INSERT INTO county_referrals (case_id, referred_on, municipality, created_at, "
                "updated_at) VALUES (?, ?, 'Enköping', ?, ?)",
                (case_id, day, now, now),
            ),
            (
                "INSERT INTO housing_first_exchanges (case_id, municipality, direction, "
                "requested_on, status, created_at, updated_at) "
                "VALUES (?, 'Gävle', 'to_other', ?, 'requested', ?, ?)",
                (case_id, day, now, now),
            ),
            (
                "INSERT INTO housing_first_outside_uppsala (case_id, reason, noted_on, noted_by) "
                "VALUES (?, 'Hotbild Gnuffelsten', ?, 'admin')",
                (case_id, day),
            ),
            (
                "INSERT INTO joint_assessments (case_id, on_date, outcome, assessed_by, reason, "
                "decision_id, recorded_by) VALUES (?, ?, 'end', 'Nexus', 'Skäl', ?, 'admin')",
                (case_id, day, decision_id),
            ),
            (
                "INSERT INTO tenant_approvals (decision_id, case_id, credit_check, "
                "housing_reference, exception_used) VALUES (?, ?, 'clear', 'approved', 0)",
                (decision_id, case_id),
            ),
            (
                "INSERT INTO lock_changes (apartment_id, case_id, reason, required_on, "
                "recorded_by, updated_at) VALUES (?, ?, 'other', ?, 'admin', ?)",
                (apartment_id, case_id, day, now),
            ),
            (
                "INSERT INTO old_flat_outcomes (case_id, apartment_id, outcome, vacant_from, "
                "recorded_by, recorded_at, updated_at) VALUES (?, ?, 'vacant', ?, 'admin', ?, ?)",
                (case_id, apartment_id, day, now, now),
            ),
            (
                "INSERT INTO trial_periods (case_id, lease_id, start_date, months, end_date, "
                "updated_at) VALUES (?, ?, ?, 6, '2019-09-30', ?)",
                (case_id, lease_id, day, now),
            ),
            (
                "INSERT INTO transition_flats (apartment_id, category, holder, available_from, "
                "created_at, updated_at) VALUES (?, 'transition', 'Nexus', ?, ?, ?)",
                (apartment_id, day, now, now),
            ),
            (
                "INSERT INTO transition_flat_stays (apartment_id, case_id, moved_in, "
                "planned_move_out, moved_out, created_at, updated_at) "
                "VALUES (?, ?, ?, '2019-05-01', '2019-05-01', ?, ?)",
                (apartment_id, case_id, day, now, now),
            ),
        ):
            conn.execute(sql, values)
        agreement_id = conn.execute(
            "INSERT INTO agreements (kind, counterpart, title, valid_from, created_at, "
            "updated_at) VALUES ('framework', 'Skyddat AB', 'Ramavtal', '2018-01-01', ?, ?)",
            (now, now),
        ).lastrowid
        conn.execute(
            "INSERT INTO placements (case_id, agreement_id, provider, provider_can_supply_lease, "
            "start_date, planned_end, created_at, updated_at) "
            "VALUES (?, ?, 'Skyddat AB', 0, ?, '2019-06-01', ?, ?)",
            (case_id, agreement_id, day, now, now),
        )


def test_no_row_of_any_purged_table_names_the_purged_case(
    purge_vault: tuple[Vault, Session, Case, Case],
) -> None:
    vault, session, gone, _kept = purge_vault
    conn = vault.connection
    assert gone.id is not None
    _hang_everything_on(vault, gone.id)
    with_case = [
        table
        for table in sorted(retention_repository.PURGED)
        if any(col[1] == "case_id" for col in conn.execute(f"PRAGMA table_info({table})"))
    ]
    before = {
        t: conn.execute(f"SELECT count(*) FROM {t} WHERE case_id = ?", (gone.id,)).fetchone()[0]
        for t in with_case
    }
    # Every table that hangs on a case has a row of this one, but those of keys (the key
    # registry is exercised by the demo purge in the desktop tests).
    assert {t for t, n in before.items() if n == 0} <= {"key_events", "powers_of_attorney"}

    retention.purge(session, [gone.id])

    left = {
        t: conn.execute(f"SELECT count(*) FROM {t} WHERE case_id = ?", (gone.id,)).fetchone()[0]
        for t in with_case
    }
    assert set(left.values()) == {0}, left
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    # The flats stay, the one in the register of transition flats too.
    assert conn.execute("SELECT count(*) FROM transition_flats").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM agreements").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM apartments").fetchone()[0] == 2


def test_a_row_left_pointing_to_a_purged_one_rolls_the_purge_back(
    purge_vault: tuple[Vault, Session, Case, Case],
) -> None:
    """Foreign keys are checked once, before the commit: a kept case's lock change ordered on
    the purged case's paper would dangle, so nothing is deleted (and the keys are on again)."""
    vault, session, gone, kept = purge_vault
    conn = vault.connection
    (document_id,) = conn.execute(
        "SELECT id FROM documents WHERE case_id = ?", (gone.id,)
    ).fetchone()
    (apartment_id,) = conn.execute(
        "SELECT apartment_id FROM case_apartments WHERE case_id = ?", (kept.id,)
    ).fetchone()
    with vault.transaction():
        conn.execute(
            "INSERT INTO lock_changes (apartment_id, case_id, reason, required_on, "
            "order_document_id, recorded_by, updated_at) "
            "VALUES (?, ?, 'other', '2026-01-01', ?, 'admin', '2026-01-01T10:00:00+00:00')",
            (apartment_id, kept.id, document_id),
        )
    before = conn.execute("SELECT count(*) FROM cases").fetchone()[0]
    assert gone.id is not None

    with pytest.raises(RuntimeError, match="lock_changes"):
        retention.purge(session, [gone.id])

    assert conn.execute("SELECT count(*) FROM cases").fetchone()[0] == before
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("SELECT purging FROM vault_state").fetchone()[0] == 0
