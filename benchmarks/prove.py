"""`make prove`: the vault's damage handling as one repeatable harness with one table of counts.

What each part proves (DESIGN.md promises 4 and 5, issue 8):

(a) Kills. A child (tests/vault/prove_child.py) writes through the services and gets SIGKILL at
    a random moment: in its start or unlock, mid-commit, between batches. The files each kill
    leaves unlock, pass `PRAGMA integrity_check` and `PRAGMA cipher_integrity_check` and the
    audit chain, and hold every commit the child acknowledged (and no row without its audit
    entry). The next child starts on the killed folder itself, so recovery is exercised too.
(b) Flips. One bit flipped in a random page of a closed vault.db is named by `vault check`;
    one in a committed WAL frame of a crashed vault is named by unlock; one in keyslots.json is
    named by the parser or by some user's check (admin, handler, recovery key). Not one byte
    of the damaged files changes. A flip named by nobody counts as harmless only when nothing
    acknowledged was lost (WAL) or the file still means exactly the same (key file).
(c) Rollback. An older vault.db (alone, with its WAL, or from another branch), an older key
    file after a passphrase change, and a whole folder put back (named by the witness) are
    named and left as found.
(d) Full disk. On a tiny tmpfs (root) - or, where mounting is impossible, under
    `PRAGMA max_page_count` - creating a vault fails with the message and leaves nothing;
    filling a vault ends with "Disken där … är full" and loses no acknowledged commit; a
    completely full disk still opens read-only, can be read and checked.
(e) Hypothesis. The key-slot parser on random and mutated bytes either parses or raises a
    KeySlotError; service inputs (persons, cases, notes, flats, reveal reasons, search) either
    succeed and read back as stored, or are refused with a domain or service error that
    changes nothing.

Argon2id is swapped for vault_kit's fast stand-in throughout (Argon2id itself is tested in
tests/crypto and tests/vault/test_keyslots.py): what is proven here is everything around it.

    .venv/bin/python benchmarks/prove.py [--quick] [--seed N] [--dir DIR]
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import random
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
VAULT_TESTS = ROOT / "tests" / "vault"
if str(VAULT_TESTS) not in sys.path:
    sys.path.insert(0, str(VAULT_TESTS))

from damage_kit import CRASH_FILES, WAL_FRAME, crash_image, flip, frame_offset  # noqa: E402
from vault_kit import (  # noqa: E402
    ADMIN,
    ADMIN_PASSPHRASE,
    HANDLER,
    HANDLER_PASSPHRASE,
    TODAY,
    Template,
    add_case,
    add_person,
    fast_kdf,
    make_template,
    no_sleep,
    session_of,
    unlock,
)

from skyddsapp.crypto.kdf import MINIMUM_KDF  # noqa: E402
from skyddsapp.domain.address import Address  # noqa: E402
from skyddsapp.domain.apartment import Apartment  # noqa: E402
from skyddsapp.domain.case import Case  # noqa: E402
from skyddsapp.domain.case_kind import CaseKind  # noqa: E402
from skyddsapp.domain.errors import DomainError  # noqa: E402
from skyddsapp.domain.person import Child, Person, ProtectionLevel  # noqa: E402
from skyddsapp.domain.personal_number import PersonalNumber, check_digit  # noqa: E402
from skyddsapp.services import accounts, cases, housing, persons, search  # noqa: E402
from skyddsapp.services.audit import check_folder  # noqa: E402
from skyddsapp.services.context import Session  # noqa: E402
from skyddsapp.services.errors import ServiceError  # noqa: E402
from skyddsapp.services.persons import ProtectedField  # noqa: E402
from skyddsapp.vault import audit as audit_log  # noqa: E402
from skyddsapp.vault import persons_repository, wal  # noqa: E402
from skyddsapp.vault.database import Connection  # noqa: E402
from skyddsapp.vault.errors import (  # noqa: E402
    DiskFull,
    StorageError,
    VaultDamaged,
    VaultError,
    VaultReadOnly,
)
from skyddsapp.vault.keyslots import KeySlotError, KeySlotFile, WrongSecret  # noqa: E402
from skyddsapp.vault.vault import Vault  # noqa: E402

CHILD = VAULT_TESTS / "prove_child.py"
# Files a check may leave beside a vault by design or by SQLite; reported when they appear.
STRAYS = ("vault.db-shm", "unlock-failures.json")
CREATED = {"person": "persons", "case": "cases", "apartment": "apartments"}


# --------------------------------------------------------------------------------- results


@dataclass
class PartResult:
    """One row of the summary table."""

    key: str
    title: str
    cases: int = 0
    named: int = 0  # named (damage) or passed (everything else)
    harmless: int = 0  # named by nobody, but nothing was lost or used differently
    failed: int = 0
    known: int = 0  # failed because of a bug listed in KNOWN_BUGS
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)
    details: list[str] = field(default_factory=list)

    def add(self, outcome: str, detail: str = "") -> None:
        self.cases += 1
        if outcome == "named":
            self.named += 1
        elif outcome == "harmless":
            self.harmless += 1
        elif outcome == "known":
            self.known += 1
        else:
            self.failed += 1
        if detail:
            self.details.append(detail)

    def note(self, text: str) -> None:
        if text not in self.notes:
            self.notes.append(text)


# Bugs in src/ found by this harness, not yet fixed: their cases are counted as "known" (shown
# in the table and explained after it) instead of failing every run. Once a bug is fixed its
# cases count as named; then delete its entry and the check that returns "known: <key>".
KNOWN_BUGS = {}


@dataclass(frozen=True)
class Counts:
    kills: int
    lineage: int  # kills on one folder before a fresh copy
    db_flips: int
    db_persons: int
    wal_flips: int
    slot_flips: int
    rollback_rounds: int
    disk_creates: int
    disk_fills: int
    disk_full_reads: int
    examples: int


FULL = Counts(
    kills=600,
    lineage=25,
    db_flips=400,
    db_persons=300,
    wal_flips=300,
    slot_flips=300,
    rollback_rounds=10,
    disk_creates=24,
    disk_fills=10,
    disk_full_reads=4,
    examples=400,
)
QUICK = Counts(
    kills=6,
    lineage=3,
    db_flips=6,
    db_persons=30,
    wal_flips=4,
    slot_flips=6,
    rollback_rounds=1,
    disk_creates=2,
    disk_fills=1,
    disk_full_reads=1,
    examples=8,
)


@dataclass
class Context:
    counts: Counts
    rng: random.Random
    seed: int
    work: Path
    quick: bool

    def fresh(self, name: str) -> Path:
        path = self.work / name
        if path.exists():
            shutil.rmtree(path)
        return path


def progress(text: str) -> None:
    print(text, flush=True)


def every(n: int, i: int) -> bool:
    """Whether to print progress after case i (1-based) of n: about five times per part."""
    return i == n or i % max(1, n // 5) == 0


def short(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"[:300]


# --------------------------------------------------------------------------------- files


def file_hashes(folder: Path) -> dict[str, str]:
    """SHA-256 of every file below `folder`, by relative path."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def changes(before: dict[str, str], after: dict[str, str]) -> tuple[list[str], list[str]]:
    """(changed or removed or added files that matter, stray files that appeared)."""
    changed = sorted(
        name
        for name in before.keys() | after.keys()
        if before.get(name) != after.get(name) and Path(name).name not in STRAYS
    )
    strays = sorted(n for n in after.keys() - before.keys() if Path(n).name in STRAYS)
    return changed, strays


def copy_crash_files(source: Path, target: Path) -> Path:
    """What a kill left in `source` (the child is dead), without -shm as after a reboot."""
    target.mkdir(mode=0o700, parents=True)
    for name in CRASH_FILES:
        if (source / name).exists():
            shutil.copy2(source / name, target / name)
    return target


def names_file(message: str, path: Path) -> bool:
    """Whether `message` names exactly `path` (not a longer name such as vault.db-wal)."""
    return re.search(re.escape(str(path)) + r"(?![-\w.])", message) is not None


# --------------------------------------------------------------------------------- acks


@dataclass
class Acked:
    """What children acknowledged: ids per kind and the newest notes version per person."""

    ids: dict[str, set[int]] = field(default_factory=lambda: {k: set() for k in CREATED})
    versions: dict[int, int] = field(default_factory=dict)

    def take(self, lines: list[str]) -> None:
        for line in lines:
            words = line.split()
            if words[0] == "notes":
                person, version = int(words[1]), int(words[2])
                self.versions[person] = max(version, self.versions.get(person, 0))
            else:
                self.ids[words[0]].add(int(words[1]))

    @property
    def total(self) -> int:
        return sum(len(s) for s in self.ids.values())


def verify_whole(folder: Path, acked: Acked) -> list[str]:
    """Unlock `folder` and check it whole: integrity, cipher integrity, audit chain, acks."""
    try:
        vault = unlock(folder)
    except (VaultError, KeySlotError) as exc:
        return [f"unlock: {short(exc)}"]
    try:
        return _problems_of_open(vault, acked)
    finally:
        vault.lock()


def _problems_of_open(vault: Vault, acked: Acked) -> list[str]:
    conn = vault.connection
    problems = []
    integrity = conn.execute("PRAGMA integrity_check").fetchall()
    if integrity != [("ok",)]:
        problems.append(f"integrity_check: {integrity[:3]}")
    cipher = conn.execute("PRAGMA cipher_integrity_check").fetchall()
    if cipher:
        problems.append(f"cipher_integrity_check: {cipher[:3]}")
    chain = vault.verify_audit()
    if not chain.ok:
        problems.append(f"audit chain broken at {chain.broken_id}: {chain.problem}")
    stored = {k: {r[0] for r in conn.execute(f"SELECT id FROM {t}")} for k, t in CREATED.items()}
    for kind, ids in acked.ids.items():
        missing = ids - stored[kind]
        if missing:
            problems.append(
                f"{len(missing)} acknowledged {kind} ids missing: {sorted(missing)[:5]}"
            )
    for person_id, version in acked.versions.items():
        person = persons_repository.get(conn, person_id)
        found = int(person.notes.split()[0][1:]) if person else -1
        if found < version:
            problems.append(f"person {person_id}: notes v{found}, v{version} acknowledged")
    logged = {
        (e.object_type, int(e.object_id))
        for e in audit_log.entries(conn)
        if e.action in {f"{k}.create" for k in CREATED}
    }
    rows = {(k, i) for k, ids in stored.items() for i in ids}
    if logged != rows:
        problems.append(f"rows without audit entry or entries without row: {logged ^ rows}")
    return problems


# --------------------------------------------------------------------------------- (a) kills


class Writer:
    """prove_child.py on one folder; its acknowledged lines, read without blocking forever."""

    def __init__(self, folder: Path, seed: int, log: Path) -> None:
        self._log = log.open("wb")
        self.proc = subprocess.Popen(
            [sys.executable, str(CHILD), str(folder), ADMIN, ADMIN_PASSPHRASE, str(seed)],
            stdout=subprocess.PIPE,
            stderr=self._log,
        )
        assert self.proc.stdout is not None
        self._fd = self.proc.stdout.fileno()
        self._buffer = b""
        self.lines: list[str] = []

    def _take(self, chunk: bytes) -> None:
        self._buffer += chunk
        *whole, self._buffer = self._buffer.split(b"\n")
        self.lines += [line.decode() for line in whole if line]

    def read_until(self, count: int, timeout: float = 60.0) -> bool:
        """Read until `count` lines arrived (True) or the child ended (False)."""
        deadline = time.monotonic() + timeout
        while len(self.lines) < count:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"child gave {len(self.lines)} of {count} lines in {timeout}s")
            ready, _, _ = select.select([self._fd], [], [], left)
            if ready:
                chunk = os.read(self._fd, 65536)
                if not chunk:
                    return False
                self._take(chunk)
        return True

    def kill(self) -> int:
        """SIGKILL (if still running); read what it printed before; return its exit code."""
        with contextlib.suppress(ProcessLookupError):
            self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()
        while chunk := os.read(self._fd, 65536):
            self._take(chunk)
        assert self.proc.stdout is not None
        self.proc.stdout.close()
        self._log.close()
        return self.proc.returncode

    @property
    def acknowledged(self) -> list[str]:
        return self.lines[1:] if self.lines[:1] == ["ready"] else []


def part_a(ctx: Context, result: PartResult) -> None:
    n = ctx.counts.kills
    template = make_template(ctx.fresh("a-template"))
    folder = ctx.work / "a-vault"
    acked = Acked()
    tally = {"early": 0, "acks": 0}
    fresh = True
    for i in range(1, n + 1):
        if fresh or (i - 1) % ctx.counts.lineage == 0:
            if folder.exists():
                shutil.rmtree(folder)
            template.copy_to(folder)
            acked = Acked()
        try:
            problems = _kill_once(ctx, folder, acked, tally)
        except Exception as exc:  # a case must not end the part
            problems = [f"harness: {short(exc)}"]
        fresh = bool(problems)  # a failure is not carried into the next kills
        if problems:
            result.add("failed", f"kill {i} (seed {ctx.seed}): {'; '.join(problems)}")
        else:
            result.add("named")
        if every(n, i):
            progress(f"  (a) {i}/{n} kills, {acked.total} acknowledged objects in this folder")
    result.note(f"{tally['acks']} acknowledgements checked")
    result.note(f"{tally['early']} kills at a random time from the start (incl. unlock)")
    result.note(f"fresh folder every {ctx.counts.lineage} kills")


def _kill_once(ctx: Context, folder: Path, acked: Acked, tally: dict[str, int]) -> list[str]:
    """Run a child on `folder`, SIGKILL it, and check a copy of what it left: the problems."""
    log = ctx.work / "a-child.log"
    child = Writer(folder, ctx.rng.getrandbits(32), log)
    try:
        if ctx.rng.random() < 0.12:
            # Anywhere: in the start, the unlock (its audit entry) or the first writes.
            tally["early"] += 1
            time.sleep(ctx.rng.uniform(0.0, 0.7))
            alive = True
        else:
            wanted = ctx.rng.choice((0, 1, 2, 5, 10, 20, 40, 60)) + ctx.rng.randrange(5)
            alive = child.read_until(wanted + 1)
            time.sleep(ctx.rng.uniform(0.0, 0.02))
    finally:
        code = child.kill()
    acked.take(child.acknowledged)
    tally["acks"] += len(child.acknowledged)
    if not alive or code != -signal.SIGKILL:
        return [f"child ended itself ({code}): {_tail(log)}"]
    image = copy_crash_files(folder, ctx.fresh("a-image"))
    try:
        return verify_whole(image, acked)
    finally:
        shutil.rmtree(image)


def _tail(log: Path) -> str:
    text = log.read_text(errors="replace").strip().splitlines()
    return " | ".join(text[-3:])


# --------------------------------------------------------------------------------- (b) flips


def filled_template(ctx: Context, name: str, persons_count: int) -> Template:
    """A locked vault with `persons_count` persons (random notes) and half as many cases."""
    template = make_template(ctx.fresh(name))
    vault = unlock(template.folder)
    session = session_of(vault)
    for n in range(persons_count):
        person = add_person(
            session, last_name="Sidsson", notes="anteckning " * ctx.rng.randrange(80)
        )
        if n % 2 == 0 and person.id is not None:
            add_case(session, person.id, notes="ärende " * ctx.rng.randrange(40))
    vault.lock()
    return template


def part_b_db(ctx: Context, result: PartResult) -> None:
    n = ctx.counts.db_flips
    template = filled_template(ctx, "b-db-template", ctx.counts.db_persons)
    pages = (template.folder / "vault.db").stat().st_size // 4096
    result.note(f"vault.db of {pages} pages")
    page_one = salt = 0
    for i in range(1, n + 1):
        case = template.copy_to(ctx.fresh("b-db-case"))
        db = case / "vault.db"
        page = ctx.rng.randrange(pages)
        # Every fifth flip lands in page 1, every twentieth in its salt.
        if i % 5 == 0:
            page = 0
        page_one += page == 0
        offset = page * 4096 + ctx.rng.randrange(4096)
        if i % 20 == 0:
            offset = ctx.rng.randrange(16)  # the salt: not under the HMAC, but keys derive from it
        salt += offset < 16
        flip(db, offset, ctx.rng)
        before = file_hashes(case)
        try:
            problems = check_folder(case, ADMIN, ADMIN_PASSPHRASE)
            named = any(names_file(p, db) for p in problems)
            said = " ".join(problems) or "[]"
        except (VaultError, KeySlotError) as exc:
            named = names_file(str(exc), db)
            said = short(exc)
        changed, strays = changes(before, file_hashes(case))
        if strays:
            result.note(f"stray files appeared: {', '.join(strays)}")
        where = f"page {page + 1}, byte {offset % 4096} (offset {offset})"
        if changed:
            result.add("failed", f"db flip at {where}: files changed: {changed}")
        elif not named:
            result.add("failed", f"db flip at {where} not named: {said}")
        else:
            result.add("named")
        if every(n, i):
            progress(f"  (b) {i}/{n} vault.db flips")
    result.note(f"{page_one} in page 1, {salt} of them in its salt")


def part_b_wal(ctx: Context, result: PartResult) -> None:
    n = ctx.counts.wal_flips
    template = filled_template(ctx, "b-wal-template", 20)
    image: Path | None = None
    acked: set[int] = set()
    used = 0
    for i in range(1, n + 1):
        if image is None or i % 25 == 1:
            image, acked = _crash_image(ctx, template, ctx.rng.randrange(3, 25))
            scan = wal.scan(image / "vault.db-wal")
            assert scan is not None
            assert not scan.loses_commits
            used = scan.used_frames
        case = ctx.fresh("b-wal-case")
        shutil.copytree(image, case)
        wal_path = case / "vault.db-wal"
        frame = ctx.rng.randrange(1, used + 1)
        within = ctx.rng.randrange(WAL_FRAME)
        flip(wal_path, frame_offset(frame) + within, ctx.rng)
        where = f"frame {frame} of {used}, byte {within}"
        before = file_hashes(case)
        try:
            vault = unlock(case)
        except VaultDamaged as exc:
            changed, strays = changes(before, file_hashes(case))
            if strays:
                result.note(f"stray files appeared: {', '.join(strays)}")
            message = str(exc)
            if changed:
                result.add("failed", f"WAL flip at {where}: files changed: {changed}")
            elif "vault.db-wal" in message or "saknar" in message:
                result.add("named")
            else:
                result.add("failed", f"WAL flip at {where}: named oddly: {message[:200]}")
        except (VaultError, KeySlotError) as exc:
            result.add("failed", f"WAL flip at {where}: {short(exc)}")
        else:
            try:
                lost = _problems_of_open(vault, Acked(ids={"person": acked, "case": set()}))
            finally:
                vault.lock()
            if lost:
                result.add("failed", f"WAL flip at {where} not named, and: {'; '.join(lost)}")
            else:
                result.add("harmless", f"WAL flip at {where}: not named, nothing lost")
        if every(n, i):
            progress(f"  (b) {i}/{n} WAL flips")


def _crash_image(ctx: Context, template: Template, commits: int) -> tuple[Path, set[int]]:
    """A crash image of the template after `commits` acknowledged commits, and their ids."""
    source = template.copy_to(ctx.fresh("b-wal-source"))
    vault = unlock(source)
    session = session_of(vault)
    ids = {add_person(session, last_name="Kraschsson").id for _ in range(commits)}
    image = crash_image(vault, ctx.fresh("b-wal-image"))
    vault.lock()
    return image, {i for i in ids if i is not None}


def _json_field_at(text: str, offset: int) -> str:
    """Which field of the (indented, one field a line) key file the byte at `offset` is in."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    line = text[start : end if end >= 0 else len(text)]
    slot = text.count('"kind"', 0, offset)
    name = line.strip().split(":")[0].strip('" ,') or repr(line.strip())
    return f"slot {slot} {name}" if slot else f"file {name}"


def part_b_slots(ctx: Context, result: PartResult) -> None:
    n = ctx.counts.slot_flips
    template = make_template(ctx.fresh("b-slots-template"))
    original_bytes = (template.folder / "keyslots.json").read_bytes()
    original = KeySlotFile.from_bytes(original_bytes)
    text = original_bytes.decode("ascii")
    by: dict[str, int] = {}
    for i in range(1, n + 1):
        case = template.copy_to(ctx.fresh("b-slots-case"))
        path = case / "keyslots.json"
        offset = ctx.rng.randrange(len(original_bytes))
        flip(path, offset, ctx.rng)
        where = f"byte {offset} ({_json_field_at(text, offset)})"
        slot_bytes = path.read_bytes()
        before = file_hashes(case)
        who, opened = _name_slot_damage(case, template.recovery_key)
        after = file_hashes(case)
        changed, _ = changes(before, after)
        if path.read_bytes() != slot_bytes or (changed and not opened):
            result.add("failed", f"key file flip at {where}: files changed: {changed}")
        elif who:
            by[who] = by.get(who, 0) + 1
            result.add("named")
        elif _same_meaning(slot_bytes, original):
            result.add("harmless", f"key file flip at {where}: same slots, nothing to name")
        else:
            result.add("failed", f"key file flip at {where} not named")
        if every(n, i):
            progress(f"  (b) {i}/{n} keyslots.json flips")
    result.note("named by " + ", ".join(f"{k} {v}" for k, v in sorted(by.items())))


def _name_slot_damage(folder: Path, recovery_key: str) -> tuple[str, bool]:
    """Who names the key file's damage ("" = nobody), and whether a session was opened (which
    writes its audit entries to vault.db and vault.head by design)."""
    path = folder / "keyslots.json"
    opened = False
    for user, passphrase in ((ADMIN, ADMIN_PASSPHRASE), (HANDLER, HANDLER_PASSPHRASE)):
        try:
            problems = check_folder(folder, user, passphrase)
        except WrongSecret:
            continue  # this user's own slot is the damaged one: another must name it
        except (VaultError, KeySlotError) as exc:
            if "Nyckelfilen" in str(exc) or names_file(str(exc), path):
                return type(exc).__name__, opened  # named reading the file or opening a slot
            opened = True  # NotPermitted for the handler comes after a whole check
            continue
        if any("Nyckelfilen" in p for p in problems):
            return f"{user}'s check", opened
        opened = opened or not problems
    try:
        vault = Vault.unlock_with_recovery_key(folder, recovery_key, sleep=no_sleep)
    except (VaultError, KeySlotError) as exc:
        return ("recovery key" if "Nyckelfilen" in str(exc) else ""), opened
    try:
        if any("Nyckelfilen" in w for w in vault.warnings):
            return "recovery key", True
        return "", True
    finally:
        vault.lock()


def _same_meaning(data: bytes, original: KeySlotFile) -> bool:
    try:
        return KeySlotFile.from_bytes(data) == original
    except KeySlotError:
        return False


# --------------------------------------------------------------------------------- (c) rollback


def part_c(ctx: Context, result: PartResult) -> None:
    variations: list[tuple[str, Callable[[Context, Path], str]]] = [
        ("older vault.db", _older_database),
        ("older vault.db with its WAL", _older_database_with_wal),
        ("vault.db from another branch", _other_branch),
        ("older keyslots.json", _older_key_file),
        ("older keyslots.json as version 1", _older_key_file_downgraded),
        ("whole folder, witness", _whole_folder),
    ]
    template = make_template(ctx.fresh("c-template"))
    for round_number in range(1, ctx.counts.rollback_rounds + 1):
        for name, variation in variations:
            folder = template.copy_to(ctx.fresh("c-case"))
            try:
                outcome = variation(ctx, folder)
            except Exception as exc:  # a case must not end the part
                outcome = f"failed: {short(exc)}"
            if outcome == "named":
                result.add("named")
            elif outcome.startswith("known:"):
                result.add("known", f"{name}: {outcome}")
            else:
                result.add("failed", f"{name} (round {round_number}): {outcome}")
        progress(f"  (c) round {round_number}/{ctx.counts.rollback_rounds}")
    result.note(f"{len(variations)} variations")


def _add_persons(folder: Path, count: int) -> None:
    vault = unlock(folder)
    try:
        for _ in range(count):
            add_person(session_of(vault), last_name="Nyaresson")
    finally:
        vault.lock()


def _expect_damaged(
    folder: Path,
    words: tuple[str, ...],
    user: str = ADMIN,
    passphrase: str = ADMIN_PASSPHRASE,
    witness_dir: Path | None = None,
) -> str:
    """Unlock must raise VaultDamaged naming every one of `words`, changing nothing."""
    before = file_hashes(folder)
    try:
        vault = Vault.unlock(folder, user, passphrase, sleep=no_sleep, witness_dir=witness_dir)
    except VaultDamaged as exc:
        changed, _ = changes(before, file_hashes(folder))
        if changed:
            return f"files changed: {changed}"
        missing = [w for w in words if w not in str(exc)]
        return f"message lacks {missing}: {str(exc)[:200]}" if missing else "named"
    vault.lock()
    return "not named: unlock succeeded"


def _older_database(ctx: Context, folder: Path) -> str:
    old = ctx.work / "c-old.db"
    shutil.copy2(folder / "vault.db", old)
    _add_persons(folder, ctx.rng.randrange(1, 6))
    shutil.copy2(old, folder / "vault.db")
    outcome = _expect_damaged(folder, ("vault.db saknar", "äldre kopia"))
    if outcome != "named":
        return outcome
    problems = check_folder(folder, ADMIN, ADMIN_PASSPHRASE)
    return "named" if any("saknar" in p for p in problems) else f"check said {problems}"


def _older_database_with_wal(ctx: Context, folder: Path) -> str:
    vault = unlock(folder)
    for _ in range(ctx.rng.randrange(1, 6)):
        add_person(session_of(vault))
    old = crash_image(vault, ctx.fresh("c-old"))
    for _ in range(ctx.rng.randrange(1, 6)):
        add_person(session_of(vault))
    vault.lock()
    for name in ("vault.db", "vault.db-wal"):
        shutil.copy2(old / name, folder / name)
    return _expect_damaged(folder, ("saknar",))


def _other_branch(ctx: Context, folder: Path) -> str:
    branch = ctx.fresh("c-branch")
    shutil.copytree(folder, branch)
    count = ctx.rng.randrange(1, 4)
    _add_persons(folder, count)
    _add_persons(branch, count)
    shutil.copy2(branch / "vault.db", folder / "vault.db")
    return _expect_damaged(folder, ("är inte den som",))


def _older_key_file(ctx: Context, folder: Path) -> str:
    old = (folder / "keyslots.json").read_bytes()
    vault = unlock(folder)
    accounts.change_passphrase(vault, HANDLER, "en helt ny lösenfras för hugo")
    if ctx.rng.random() < 0.5:
        add_person(session_of(vault))
    vault.lock()
    (folder / "keyslots.json").write_bytes(old)
    outcome = _expect_damaged(
        folder,
        ("keyslots.json är äldre än databasen",),
        user=HANDLER,
        passphrase=HANDLER_PASSPHRASE,
    )
    return outcome if outcome != "named" else _expect_damaged(folder, ("äldre än databasen",))


def _older_key_file_downgraded(ctx: Context, folder: Path) -> str:
    """The older key file as an attacker could write it: format version 1, without MACs."""
    document = json.loads((folder / "keyslots.json").read_text("ascii"))
    vault = unlock(folder)
    accounts.change_passphrase(vault, HANDLER, "en helt ny lösenfras för hugo")
    vault.lock()
    document["version"] = 1
    for name in ("serial", "mac"):
        document.pop(name)
    for slot in document["slots"]:
        slot.pop("mac")
    (folder / "keyslots.json").write_text(json.dumps(document, indent=2) + "\n", "ascii")
    outcome = _expect_damaged(
        folder, ("keyslots.json",), user=HANDLER, passphrase=HANDLER_PASSPHRASE
    )
    return outcome


def _whole_folder(ctx: Context, folder: Path) -> str:
    usb = ctx.fresh("c-usb")
    usb.mkdir()
    Vault.unlock(folder, ADMIN, ADMIN_PASSPHRASE, sleep=no_sleep, witness_dir=usb).lock()
    copy = ctx.fresh("c-copy")
    shutil.copytree(folder, copy)
    vault = Vault.unlock(folder, ADMIN, ADMIN_PASSPHRASE, sleep=no_sleep, witness_dir=usb)
    for _ in range(ctx.rng.randrange(1, 4)):
        add_person(session_of(vault))
    vault.lock()
    shutil.rmtree(folder)
    shutil.copytree(copy, folder)
    return _expect_damaged(folder, ("hela valvmappen",), witness_dir=usb)


# --------------------------------------------------------------------------------- (d) full disk


class Disk:
    """Tiny disks: a tmpfs mounted per case (root), else none (max_page_count is used)."""

    def __init__(self, work: Path) -> None:
        self.tmpfs = self._probe(work / "d-probe")

    @staticmethod
    def _probe(path: Path) -> bool:
        if not hasattr(os, "geteuid") or os.geteuid() != 0 or not shutil.which("mount"):
            return False
        try:
            with Disk.mounted(path, 64):
                return True
        except (OSError, subprocess.CalledProcessError):
            return False

    @staticmethod
    @contextlib.contextmanager
    def mounted(path: Path, size_kib: int) -> Iterator[Path]:
        path.mkdir(parents=True, exist_ok=True)
        options = f"size={size_kib}k,mode=0700"
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", options, "prove", str(path)],
            check=True,
            capture_output=True,
        )
        try:
            yield path
        finally:
            done = subprocess.run(["umount", str(path)], capture_output=True, check=False)
            if done.returncode:
                subprocess.run(["umount", "-l", str(path)], capture_output=True, check=False)
            with contextlib.suppress(OSError):
                path.rmdir()

    @staticmethod
    def resize(path: Path, size_kib: int) -> None:
        subprocess.run(
            ["mount", "-o", f"remount,size={size_kib}k", str(path)],
            check=True,
            capture_output=True,
        )


def part_d(ctx: Context, result: PartResult) -> None:
    disk = Disk(ctx.work)
    if not disk.tmpfs:
        # Without a small disk only the filling can be shown: as many cases as all three.
        result.note("max_page_count (no tmpfs: not root, or mount refused)")
        counts = ctx.counts
        for i in range(1, counts.disk_creates + counts.disk_fills + counts.disk_full_reads + 1):
            _record(result, f"fill {i}", partial(_fill_by_page_count, ctx))
        return
    result.note("tmpfs, and max_page_count")
    footprint = _footprint(ctx)
    result.note(f"a new vault takes {footprint} KiB")
    seen: dict[str, int] = {}
    for _ in range(ctx.counts.disk_creates):
        size = ctx.rng.randrange(4, footprint + 16, 4)
        _record(result, f"create on {size} KiB", partial(_create_on, ctx, size, seen))
    result.note("create: " + ", ".join(f"{k} {v}" for k, v in sorted(seen.items())))
    for _ in range(ctx.counts.disk_fills):
        size = footprint + ctx.rng.randrange(200, 1200, 4)
        _record(result, f"fill {size} KiB", partial(_fill_on, ctx, size))
    for i in range(1, ctx.counts.disk_fills // 2 + 2):
        _record(result, f"fill to max_page_count {i}", partial(_fill_by_page_count, ctx))
    for i in range(1, ctx.counts.disk_full_reads + 1):
        _record(result, f"read on full disk {i}", lambda: _read_on_full(ctx))
    progress(f"  (d) {result.cases} full-disk cases")


def _record(result: PartResult, name: str, case: Callable[[], str]) -> None:
    try:
        outcome = case()
    except Exception as exc:  # a case must not end the part
        outcome = f"{short(exc)} at {traceback.format_exc(limit=-1).strip()[-200:]}"
    if outcome == "named":
        result.add("named")
    elif outcome.startswith("known:"):
        result.add("known", f"{name}: {outcome}")
    else:
        result.add("failed", f"{name}: {outcome}")


def _footprint(ctx: Context) -> int:
    """KiB a new vault takes on a disk, its creation's WAL included."""
    for size in range(256, 8192, 128):
        with Disk.mounted(ctx.fresh("d-disk"), size) as disk:
            try:
                Vault.create(disk / "valv", ADMIN, "Anna", ADMIN_PASSPHRASE, kdf_params=MINIMUM_KDF)
            except (VaultError, KeySlotError):
                continue
            created = Vault.unlock(disk / "valv", ADMIN, ADMIN_PASSPHRASE, sleep=no_sleep)
            created.lock()
            return size
    raise RuntimeError("a vault does not fit on 8 MiB")


def _leftovers(disk: Path) -> list[str]:
    """Whatever is on the disk besides the (empty) vault folder a failed `create` made."""
    return sorted(str(p.relative_to(disk)) for p in disk.rglob("*") if p != disk / "valv")


def _create_on(ctx: Context, size: int, seen: dict[str, int]) -> str:
    with Disk.mounted(ctx.fresh("d-disk"), size) as disk:
        folder = disk / "valv"
        try:
            created = Vault.create(folder, ADMIN, "Anna", ADMIN_PASSPHRASE, kdf_params=MINIMUM_KDF)
        except (VaultError, KeySlotError) as exc:
            seen[type(exc).__name__] = seen.get(type(exc).__name__, 0) + 1
            # StorageError is accepted: SQLite reports a full disk while it makes the -shm
            # file as an I/O error, and the message then says "läsfel eller skrivfel".
            full = isinstance(exc, DiskFull) or "disken är full" in str(exc)
            if not full and not isinstance(exc, StorageError):
                return f"not the full-disk message: {short(exc)}"
            left = _leftovers(disk)
            if left:
                return f"left behind: {left}"
        else:
            created.vault.lock()  # it fitted: it must be whole
            seen["fitted"] = seen.get("fitted", 0) + 1
            problems = check_folder(folder, ADMIN, ADMIN_PASSPHRASE)
            return "named" if not problems else f"created vault not whole: {problems}"
        # With room again, the same folder takes a vault.
        Disk.resize(disk, size + 4096)
        Vault.create(folder, ADMIN, "Anna", ADMIN_PASSPHRASE, kdf_params=MINIMUM_KDF).vault.lock()
        problems = check_folder(folder, ADMIN, ADMIN_PASSPHRASE)
        return "named" if not problems else f"vault made after freeing space: {problems}"


def _fill_on(ctx: Context, size: int) -> str:
    with Disk.mounted(ctx.fresh("d-disk"), size) as disk:
        folder = disk / "valv"
        Vault.create(folder, ADMIN, "Anna", ADMIN_PASSPHRASE, kdf_params=MINIMUM_KDF).vault.lock()
        acked = Acked()
        outcome = _fill(ctx, folder, acked)
        Disk.resize(disk, size * 4)  # space freed
        return _whole_after_fill(folder, acked, outcome)


def _fill_by_page_count(ctx: Context) -> str:
    folder = make_template(ctx.fresh("d-vault")).folder
    acked = Acked()
    outcome = _fill(ctx, folder, acked, page_limit=ctx.rng.randrange(10, 120))
    return _whole_after_fill(folder, acked, outcome)  # a new connection has no limit


def _fill(ctx: Context, folder: Path, acked: Acked, page_limit: int | None = None) -> str:
    """Write persons until the disk is full: DiskFull with the message, then the same again."""
    vault = unlock(folder)
    session = session_of(vault)
    try:
        if page_limit is not None:
            pages = vault.connection.execute("PRAGMA page_count").fetchone()[0]
            vault.connection.execute(f"PRAGMA max_page_count = {pages + page_limit}")
        for _ in range(100_000):
            notes = "".join(ctx.rng.choice("abcdefghij ") for _ in range(ctx.rng.randrange(4000)))
            try:
                person = add_person(session, last_name="Fyllnadsson", notes=notes)
            except DiskFull as exc:
                if "Disken där" not in str(exc) or "är full" not in str(exc):
                    return f"message: {exc}"
                break
            acked.ids["person"].add(person.id or 0)
        else:
            return "the disk never filled"
        for _ in range(3):  # once full, every further write is refused the same way
            try:
                add_person(session, last_name="Efterfyllnadsson")
            except DiskFull:
                continue
            except VaultError as exc:
                return f"after full: {short(exc)}"
        last = max(acked.ids["person"], default=None)
        if last is not None:
            persons.get_person(session, last)  # reading still works
    finally:
        vault.lock()
    return "named" if acked.ids["person"] else "no person fitted"


def _whole_after_fill(folder: Path, acked: Acked, outcome: str) -> str:
    """With room again: every acknowledged commit there, the vault whole; else `outcome`."""
    problems = verify_whole(folder, acked) or check_folder(folder, ADMIN, ADMIN_PASSPHRASE)
    if problems:
        return f"{outcome}; then: {'; '.join(problems)}"
    return outcome


def _read_on_full(ctx: Context) -> str:
    footprint = 2048
    with Disk.mounted(ctx.fresh("d-disk"), footprint) as disk:
        folder = disk / "valv"
        created = Vault.create(folder, ADMIN, "Anna", ADMIN_PASSPHRASE, kdf_params=MINIMUM_KDF)
        session = session_of(created.vault)
        acked = Acked()
        for n in range(ctx.rng.randrange(3, 12)):
            person = add_person(session, last_name="Läsesson", notes=f"läsbar {n}")
            case = add_case(session, person.id or 0, notes=f"läsbart ärende {n}")
            acked.ids["person"].add(person.id or 0)
            acked.ids["case"].add(case.id or 0)
        created.vault.lock()
        _fill_disk(disk / "fyllnad")
        before = file_hashes(folder)
        vault = Vault.unlock(folder, ADMIN, ADMIN_PASSPHRASE, sleep=no_sleep)
        try:
            if not vault.read_only or not any("full" in w for w in vault.warnings):
                return f"not read-only with a warning: {vault.read_only}, {vault.warnings}"
            reading = session_of(vault)
            if ADMIN not in {u.name for u in accounts.list_users(vault)}:
                return "list_users lacks the administrator"
            found = search.search_cases(reading, "")
            if {r.id for r in found.rows} != acked.ids["case"]:
                return f"search found {len(found.rows)} of {len(acked.ids['case'])} cases"
            if not search.search_cases(reading, "läsbart").rows:
                return "a text search found nothing"
            try:
                add_person(reading, last_name="Skrivsson")
                return "a write on a full disk was accepted"
            except VaultReadOnly:
                pass
        finally:
            vault.lock()
        problems = check_folder(folder, ADMIN, ADMIN_PASSPHRASE)
        changed, _ = changes(before, file_hashes(folder))
        if changed:
            return f"files changed on the full disk: {changed}"
        (disk / "fyllnad").unlink()
        whole = verify_whole(folder, acked)
        if whole:
            return "; ".join(whole)
        return "named" if isinstance(problems, list) else f"check gave {problems!r}"


def _fill_disk(path: Path) -> None:
    """Fill the file system holding `path` to the last byte."""
    with path.open("wb", buffering=0) as handle:
        for chunk in (65536, 4096, 1):
            block = os.urandom(chunk)
            while True:
                try:
                    handle.write(block)
                except OSError:
                    break


# --------------------------------------------------------------------------------- (e) hypothesis


def part_e(ctx: Context, result: PartResult) -> None:
    from hypothesis import HealthCheck, event, given, settings
    from hypothesis import seed as hypothesis_seed
    from hypothesis import strategies as st

    config = settings(
        max_examples=ctx.counts.examples,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        print_blob=False,
    )
    template = make_template(ctx.fresh("e-slots"))
    valid = (template.folder / "keyslots.json").read_bytes()
    vault = Vault.create(
        ctx.fresh("e-vault"), ADMIN, "Anna", ADMIN_PASSPHRASE, kdf_params=MINIMUM_KDF
    ).vault
    session = Session(vault, lambda: TODAY)
    base_person = add_person(session_of(vault), last_name="Grundsson")
    base_case = add_case(session_of(vault), base_person.id or 0)
    assert base_person.id is not None
    assert base_case.id is not None
    person_id, case_id = base_person.id, base_case.id
    tally = {"examples": 0, "refused": 0, "stored": 0, "parsed": 0, "rejected": 0}
    downgrades = 0

    def parse(data: bytes) -> KeySlotFile | None:
        tally["examples"] += 1
        try:
            parsed = KeySlotFile.from_bytes(data, source=Path("keyslots.json"))
        except KeySlotError:
            tally["rejected"] += 1
            return None
        tally["parsed"] += 1
        return parsed

    texts = st.one_of(
        st.text(max_size=40),
        st.sampled_from(["Anna", "Åsa-Lind", "O'Neil", " ", "", "\u3000", "A\u030a", "\x00"]),
        st.lists(st.sampled_from(["Anna", " ", "\n", "\u00a0", "e\u0301", "\u200b", "7"])).map(
            "".join
        ),
    )
    pnr_texts = st.one_of(
        st.text(alphabet="0123456789-+ ", max_size=14),
        st.builds(
            _valid_pnr,
            st.integers(1900, 2025),
            st.integers(1, 12),
            st.integers(1, 28),
            st.integers(1, 999),
            st.booleans(),
        ),
    )

    def changed_nothing(write: Callable[[], object], state: Callable[[], object]) -> object:
        """write(), or None when refused - and then the vault holds exactly what it held."""
        tally["examples"] += 1
        before = (_counts(session.conn), state())
        try:
            done = write()
        except (DomainError, ServiceError) as exc:
            if not str(exc):
                raise AssertionError(f"{type(exc).__name__} without a message") from exc
            if (_counts(session.conn), state()) != before:
                raise AssertionError(f"refused ({exc}) but the vault changed") from exc
            tally["refused"] += 1
            event("refused")
            return None
        tally["stored"] += 1
        return done

    @config
    @hypothesis_seed(ctx.seed)
    @given(st.one_of(st.binary(max_size=3000), st.text(max_size=400).map(str.encode)))
    def slot_parser_on_random_bytes(data: bytes) -> None:
        parse(data)

    @config
    @hypothesis_seed(ctx.seed)
    @given(
        st.lists(
            st.tuples(st.sampled_from("fdit"), st.floats(0, 1), st.binary(max_size=8)),
            min_size=1,
            max_size=4,
        )
    )
    def slot_parser_on_mutated_bytes(edits: list[tuple[str, float, bytes]]) -> None:
        nonlocal downgrades
        data = bytearray(valid)
        for kind, where, payload in edits:
            at = min(int(where * len(data)), max(len(data) - 1, 0))
            if kind == "f" and data:
                data[at] ^= 1 << (payload[0] % 8 if payload else 0)
            elif kind == "d":
                del data[at : at + 1 + len(payload)]
            elif kind == "i":
                data[at:at] = payload
            else:
                del data[at:]
        parsed = parse(bytes(data))
        if parsed is not None and not parsed.is_bound:
            downgrades += 1

    def containers(inner: st.SearchStrategy[object]) -> st.SearchStrategy[object]:
        return st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)

    json_values = st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
        containers,
        max_leaves=6,
    )
    paths = _json_paths(json.loads(valid))

    @config
    @hypothesis_seed(ctx.seed)
    @given(st.sampled_from(paths), st.one_of(st.just(_DELETE), json_values))
    def slot_parser_on_changed_fields(path: tuple[str | int, ...], value: object) -> None:
        document = json.loads(valid)
        _set_path(document, path, value)
        parse(json.dumps(document, indent=2).encode())

    @config
    @hypothesis_seed(ctx.seed)
    @given(
        first=texts,
        last=texts,
        notes=texts,
        phone=st.one_of(st.none(), texts),
        street=texts,
        postal=st.one_of(st.text(alphabet="0123456789 ", max_size=7), texts),
        city=texts,
        care_of=st.one_of(st.none(), texts),
        number=st.one_of(st.none(), pnr_texts),
        protection=st.sampled_from(ProtectionLevel),
        forwarding=st.booleans(),
        child=st.one_of(st.none(), st.tuples(texts, st.integers(1990, 2030))),
        edit=st.booleans(),
    )
    def a_person_is_stored_as_validated_or_refused(
        first: str,
        last: str,
        notes: str,
        phone: str | None,
        street: str,
        postal: str,
        city: str,
        care_of: str | None,
        number: str | None,
        protection: ProtectionLevel,
        forwarding: bool,
        child: tuple[str, int] | None,
        edit: bool,
    ) -> None:
        def build() -> Person:
            return Person(
                id=person_id if edit else None,
                first_name=first,
                last_name=last,
                personal_number=PersonalNumber.parse(number, today=TODAY) if number else None,
                protection=protection,
                real_address=Address(street, postal, city, care_of),
                uses_skatteverket_forwarding=forwarding,
                phone=phone,
                children=[Child(*child)] if child else [],
                notes=notes,
            )

        def write() -> Person:
            person = build()  # the form's own checks are input too
            if edit:
                return persons.update_person(session, person)
            return persons.create_person(session, person)

        saved = changed_nothing(write, lambda: persons.get_person(session, person_id))
        if isinstance(saved, Person):
            assert saved.id is not None
            stored = persons.get_person(session, saved.id)
            assert stored == saved, "what was stored is not what was returned"
            assert stored.validated(TODAY) == stored, "validating the stored person changed it"

    @config
    @hypothesis_seed(ctx.seed)
    @given(notes=texts, children=st.integers(-3, 40), note=texts)
    def a_case_and_its_note_are_stored_as_validated_or_refused(
        notes: str, children: int, note: str
    ) -> None:
        made = changed_nothing(
            lambda: cases.create_case(
                session, CaseKind.CUSTOMER_CARE, notes=notes, children_count=children
            ),
            lambda: None,
        )
        if made is not None:
            assert isinstance(made, Case)
            assert made.id is not None
            stored = cases.get_case(session, made.id)
            assert stored.notes == made.notes
            assert stored.children_count == made.children_count
            assert stored.validated(TODAY) == stored
        noted = changed_nothing(
            lambda: cases.add_note(session, case_id, note),
            lambda: cases.get_case(session, case_id),
        )
        if noted is not None:
            assert cases.get_case(session, case_id).events[-1].text.strip()

    @config
    @hypothesis_seed(ctx.seed)
    @given(
        number=st.one_of(st.text(alphabet="0123456789-/. A", max_size=14), texts),
        rooms=st.integers(-2, 14),
        area=st.decimals(
            allow_nan=False, allow_infinity=False, places=2, min_value=-10, max_value=1000
        ),
        rent=st.integers(-100, 100_000),
        landlord=texts,
        key_system=texts,
        key_series=texts,
    )
    def a_flat_is_stored_as_validated_or_refused(
        number: str,
        rooms: int,
        area: Decimal,
        rent: int,
        landlord: str,
        key_system: str,
        key_series: str,
    ) -> None:
        def write() -> Apartment:
            flat = Apartment(
                None,
                number,
                Address("Provgatan 3", "75428", "Uppsala"),
                rooms,
                area,
                rent,
                landlord=landlord,
                key_system=key_system,
                key_series=key_series,
            )
            return housing.create_apartment(session, flat)

        made = changed_nothing(write, lambda: None)
        if isinstance(made, Apartment):
            assert made.id is not None
            stored = housing.get_apartment(session, made.id)
            assert stored == made
            assert stored.validated() == stored

    @config
    @hypothesis_seed(ctx.seed)
    @given(reason=texts, which=st.sampled_from(ProtectedField), query=texts)
    def a_reveal_reason_and_a_search_are_answered(
        reason: str, which: ProtectedField, query: str
    ) -> None:
        entries = len(list(audit_log.entries(session.conn)))
        shown = changed_nothing(
            lambda: persons.reveal(session, person_id, which, reason), lambda: None
        )
        if shown is not None:
            assert len(list(audit_log.entries(session.conn))) == entries + 1
        changed_nothing(lambda: search.search_cases(session, query), lambda: None)

    properties = [
        slot_parser_on_random_bytes,
        slot_parser_on_mutated_bytes,
        slot_parser_on_changed_fields,
        a_person_is_stored_as_validated_or_refused,
        a_case_and_its_note_are_stored_as_validated_or_refused,
        a_flat_is_stored_as_validated_or_refused,
        a_reveal_reason_and_a_search_are_answered,
    ]
    try:
        for test in properties:
            before = tally["examples"]
            try:
                test()
            except Exception as exc:
                notes = " ".join(getattr(exc, "__notes__", []))
                result.details.append(f"{test.__name__}: {short(exc)} {notes}"[:600])
                result.failed += 1
            examples = tally["examples"] - before
            result.cases += examples
            progress(f"  (e) {test.__name__}: {examples} examples")
    finally:
        vault.lock()
    # Cases are examples; a failing property counts once (Hypothesis stops at its first).
    result.cases = max(result.cases, result.failed)
    result.named = result.cases - result.failed
    result.note(f"{len(properties)} properties")
    result.note(f"key file: {tally['parsed']} parsed, {tally['rejected']} KeySlotError")
    result.note(f"services: {tally['stored']} stored, {tally['refused']} refused")
    if downgrades:
        result.note(f"{downgrades} mutations parsed as an unbound version 1 file")


_DELETE = object()


def _valid_pnr(year: int, month: int, day: int, serial: int, short_form: bool) -> str:
    nine = f"{year % 100:02d}{month:02d}{day:02d}{serial:03d}"
    ten = f"{nine}{check_digit(nine)}"
    return f"{ten[:6]}-{ten[6:]}" if short_form else f"{year // 100}{ten}"


def _json_paths(value: Any, prefix: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    """Every path into a JSON document (the whole document excluded)."""
    out: list[tuple[str | int, ...]] = []
    children: list[tuple[str | int, Any]] = (
        list(value.items())
        if isinstance(value, dict)
        else list(enumerate(value))
        if isinstance(value, list)
        else []
    )
    for key, child in children:
        out.append((*prefix, key))
        out += _json_paths(child, (*prefix, key))
    return out


def _set_path(document: Any, path: tuple[str | int, ...], value: object) -> None:
    target = document
    for key in path[:-1]:
        target = target[key]
    if value is _DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value


def _counts(conn: Connection) -> dict[str, int]:
    """Row counts of every table and the vault's generation: "nothing changed" made checkable."""
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    counts["generation"] = conn.execute("SELECT generation FROM vault_state").fetchone()[0]
    return counts


# --------------------------------------------------------------------------------- main

PARTS: list[tuple[str, str, Callable[[Context, PartResult], None]]] = [
    ("a", "SIGKILL during writes", part_a),
    ("b", "flips in vault.db pages", part_b_db),
    ("b", "flips in committed WAL frames", part_b_wal),
    ("b", "flips in keyslots.json", part_b_slots),
    ("c", "rollback put back", part_c),
    ("d", "full disk", part_d),
    ("e", "hypothesis properties", part_e),
]


def run(ctx: Context) -> list[PartResult]:
    results = []
    with fast_kdf():
        for key, title, part in PARTS:
            result = PartResult(key, title)
            progress(f"({key}) {title} …")
            started = time.perf_counter()
            try:
                part(ctx, result)
            except Exception as exc:  # set-up failed: the part counts as failed, the rest runs
                result.add("failed", f"set-up: {short(exc)}\n{traceback.format_exc(limit=-3)}")
            result.seconds = time.perf_counter() - started
            results.append(result)
    return results


def table(results: list[PartResult], seconds: float) -> str:
    header = ("part", "what", "cases", "named/passed", "harmless", "failed", "seconds", "notes")
    rows = [
        (
            f"({r.key})",
            r.title,
            str(r.cases),
            str(r.named),
            str(r.harmless),
            str(r.failed) + (f" (+{r.known} known)" if r.known else ""),
            f"{r.seconds:.1f}",
            "; ".join(r.notes),
        )
        for r in results
    ]
    total = sum(r.cases for r in results)
    rows.append(
        ("", "total", str(total), "", "", str(sum(r.failed for r in results)), f"{seconds:.1f}", "")
    )
    widths = [max(len(row[i]) for row in (header, *rows)) for i in range(len(header) - 1)]
    lines = []
    for row in (header, *rows):
        cells = [
            c.ljust(w) if i < 2 else c.rjust(w)
            for i, (c, w) in enumerate(zip(row, widths, strict=False))
        ]
        lines.append("  ".join([*cells, row[-1]]).rstrip())
    lines.insert(1, "-" * len(lines[0]))
    return "\n".join(lines)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a few of each (seconds)")
    parser.add_argument("--seed", type=int, default=None, help="repeat a run (default: random)")
    parser.add_argument("--dir", type=Path, default=None, help="work folder (default: a temp)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None, report: list[PartResult] | None = None) -> int:
    """Run every part; print the table; 0 when no case failed. `report` receives the rows."""
    args = parse_args(argv)
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(2**32)
    counts = QUICK if args.quick else FULL
    started = time.perf_counter()
    with contextlib.ExitStack() as stack:
        if args.dir is None:
            base = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="prove-")))
        else:
            base = args.dir
        work = base / f"prove-{seed}"
        work.mkdir(parents=True, exist_ok=True)
        mode = "quick" if args.quick else "full"
        progress(f"prove: {mode} run, seed {seed}, in {work}")
        ctx = Context(counts, random.Random(seed), seed, work, args.quick)
        results = run(ctx)
    seconds = time.perf_counter() - started
    if report is not None:
        report[:] = results
    print()
    print(table(results, seconds))
    for r in results:
        for detail in r.details[:15]:
            print(f"({r.key}) {detail}")
        if len(r.details) > 15:
            print(f"({r.key}) … {len(r.details) - 15} more")
    hit = " ".join(d for r in results for d in r.details)
    for key, text in KNOWN_BUGS.items():
        if f"known: {key}" in hit:
            print(f"known bug {key}: {text}")
    failed = sum(r.failed for r in results)
    print(f"\n{'FAILED' if failed else 'ok'}: seed {seed}, {seconds:.0f} s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
