"""Examining a vault without changing a byte: damage and rollback are named before any use.

Unlock runs the quick examination (the WAL, the head, the key file: milliseconds); `vault
check` runs the full one (every page's HMAC, SQLite's and SQLCipher's integrity checks, the
audit chain). Both only read: the database is opened read-only, so SQLite neither checkpoints a
damaged WAL into it nor deletes the frames behind a break, and no audit entry is written.
"""

from __future__ import annotations

import hmac
import time
from dataclasses import dataclass, field
from pathlib import Path

import sqlcipher3

from skyddsapp.domain.text import Text
from skyddsapp.vault import audit as audit_log
from skyddsapp.vault import database, wal
from skyddsapp.vault import head as head_file
from skyddsapp.vault.database import Connection
from skyddsapp.vault.errors import DatabaseCorrupt, WrongKey
from skyddsapp.vault.head import Head
from skyddsapp.vault.keyslots import FILE_MAC_BROKEN, KeySlotFile
from skyddsapp.vault.layout import DATABASE_FILENAME
from skyddsapp.vault.pages import PageChecker, damaged_pages

_SHOWN_PAGES = 10
_PAGE_ONE_PROBE = 64  # pages read to tell a damaged first page from a foreign file


@dataclass(frozen=True)
class Finding:
    """One thing found: `fatal` damage keeps the vault closed, other damage is a warning, and a
    notice (`damage=False`: a witness folder not inserted) is told at unlock only."""

    message: str
    fatal: bool = True
    damage: bool = True


@dataclass
class Inspection:
    """What was found, and the state a session that opens the vault starts from."""

    findings: list[Finding] = field(default_factory=list)
    schema: int = 0
    generation: int | None = None  # None before migration 004
    integrity_key: bytes | None = None
    keyslots_serial: int | None = None
    audit_last_id: int = 0

    @property
    def fatal(self) -> list[str]:
        return [f.message for f in self.findings if f.fatal]

    @property
    def warnings(self) -> list[str]:
        """Damage that does not keep the vault closed."""
        return [f.message for f in self.findings if not f.fatal and f.damage]

    @property
    def notices(self) -> list[str]:
        return [f.message for f in self.findings if not f.damage]

    def add(self, message: str, *, fatal: bool = True) -> None:
        self.findings.append(Finding(message, fatal))

    def notice(self, message: str) -> None:
        self.findings.append(Finding(message, fatal=False, damage=False))


def inspect(
    folder: Path,
    slots: KeySlotFile,
    data_key: bytes | bytearray,
    *,
    immutable: bool = False,
    full: bool = False,
    witness_dir: Path | None = None,
) -> Inspection:
    """Examine the vault in `folder` with its data key; read-only throughout.

    `witness_dir` is a folder outside the vault (the user's USB key) holding a copy of the head:
    a vault older than that copy has been put back whole from an older copy.

    Raises WrongKey when the database is not this key's at all (not a damaged first page).
    """
    db = folder / DATABASE_FILENAME
    found = Inspection()
    # The heads are read before the database: a program that has the vault open may commit
    # meanwhile, which makes the database newer than a head read earlier (fine), never older.
    heads = _Heads(
        head_file.read_bytes(folder / head_file.HEAD_FILENAME),
        head_file.read_bytes(head_file.witness_path(witness_dir, slots.vault_id))
        if witness_dir is not None and witness_dir.is_dir()
        else None,
    )
    _inspect_wal(found, db, immutable)
    # Without a WAL there is nothing to replay and no other connection (an open one keeps a
    # WAL): read the file as it is, so that not even an empty -wal or -shm is left behind.
    immutable = immutable or not database.has_wal_content(db)
    checker = PageChecker.for_file(data_key, db)
    try:
        if full and checker is not None:
            bad = list(damaged_pages(checker, db))
            if bad and _salt_damaged(db, data_key, heads.head):
                found.add(_salt_message(db))
                return found
            if bad:
                found.add(pages_message(db, bad))
                return found  # SQLite would only stumble over the same pages
        try:
            conn = database.connect(db, data_key, read_only=True, immutable=immutable)
        except WrongKey:
            if _salt_damaged(db, data_key, heads.head):
                found.add(_salt_message(db))
                return found
            if checker is None or not _other_pages_ok(checker, db):
                raise
            found.add(
                Text(
                    "Databasfilen {0} är skadad på sin första sida; resten av filen hör till "
                    "det här valvet.",
                    db,
                )
            )
            return found
        except DatabaseCorrupt as exc:
            found.add(_damage_message(db, checker, exc))
            return found
        try:
            _inspect_database(found, conn, folder, slots, data_key, full, heads.head)
            if witness_dir is not None:
                _compare_witness(found, conn, folder, slots.vault_id, witness_dir, heads.witness)
        except sqlcipher3.DatabaseError as exc:
            if isinstance(exc, sqlcipher3.OperationalError) and "malformed" not in str(exc):
                raise
            found.add(_damage_message(db, checker, DatabaseCorrupt(db, str(exc))))
        finally:
            database.close_quietly(conn)
    finally:
        if checker is not None:
            checker.wipe()
    return found


@dataclass(frozen=True)
class _Heads:
    head: bytes | None
    witness: bytes | None


def _stable_scan(path: Path) -> wal.WalScan | None:
    """Scan the WAL until two looks at the file agree: a program that has the vault open may
    be appending or restarting it, and a half-written log must not pass for a damaged one."""
    scan = None
    for _ in range(5):
        before = _stat(path)
        scan = wal.scan(path)
        if _stat(path) == before:
            return scan
        time.sleep(0.05)
    return scan


def _stat(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except FileNotFoundError:
        return None
    return info.st_size, info.st_mtime_ns


def _inspect_wal(found: Inspection, db: Path, immutable: bool) -> None:
    wal_path = db.with_name(db.name + "-wal")
    scan = _stable_scan(wal_path)
    if scan is None:
        return
    if scan.loses_commits:
        if scan.header_damaged:
            found.add(
                Text(
                    "Loggfilen {0} har ett skadat huvud: {1} sparade ändringar i den skulle gå "
                    "förlorade om valvet öppnades.",
                    wal_path,
                    scan.lost_commits,
                )
            )
        else:
            found.add(
                Text(
                    "Loggfilen {0} är skadad vid ram {1}: {2} sparade ändringar efter den "
                    "skulle gå förlorade om valvet öppnades.",
                    wal_path,
                    scan.damaged_frame,
                    scan.lost_commits,
                )
            )
    elif immutable and scan.commits:
        found.add(
            Text(
                "Valvet stängdes inte ordentligt och ligger på en skrivskyddad enhet: {0} "
                "sparade ändringar i loggfilen {1} kan inte läsas där. Kopiera hela valvmappen "
                "till en skrivbar disk och öppna den där.",
                scan.commits,
                wal_path,
            )
        )


def _inspect_database(
    found: Inspection,
    conn: Connection,
    folder: Path,
    slots: KeySlotFile,
    data_key: bytes | bytearray,
    full: bool,
    head_bytes: bytes | None,
) -> None:
    db = folder / DATABASE_FILENAME
    found.schema = int(conn.execute("PRAGMA user_version").fetchone()[0])
    has_state = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'vault_state'"
    ).fetchone()
    if has_state:
        row = conn.execute(
            "SELECT generation, integrity_key, keyslots_serial FROM vault_state WHERE id = 1"
        ).fetchone()
        found.generation, found.integrity_key, found.keyslots_serial = (
            int(row[0]),
            bytes(row[1]),
            int(row[2]),
        )
    last = conn.execute("SELECT id, mac FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    last_id = found.audit_last_id = int(last[0]) if last else 0
    _compare_head(
        found, conn, folder, slots.vault_id, last_id, head_bytes, wal_named=bool(found.fatal)
    )
    _inspect_keyslots(found, folder, slots)
    if full:
        for problem in contents_problems(conn, db, data_key):
            found.add(problem)


def contents_problems(conn: Connection, db: Path, data_key: bytes | bytearray) -> list[str]:
    """SQLite's and SQLCipher's integrity checks and the audit chain, as messages ([]: whole)."""
    problems: list[str] = []
    found = database.integrity_problems(conn)
    if found:
        problems.append(Text("SQLite hittade fel i {0}: {1}", db, "; ".join(found[:5])))
    chain = audit_log.verify(conn, data_key)
    if not chain.ok:
        problems.append(
            Text("Granskningsloggen är bruten vid post {0}: {1}", chain.broken_id, chain.problem)
        )
    return problems


def page_problems(db: Path, data_key: bytes | bytearray) -> list[str]:
    """Every page of `db` whose HMAC does not hold, as one message ([]: all hold)."""
    checker = PageChecker.for_file(data_key, db)
    if checker is None:
        return []
    try:
        bad = list(damaged_pages(checker, db))
    finally:
        checker.wipe()
    return [pages_message(db, bad)] if bad else []


def _compare_head(
    found: Inspection,
    conn: Connection,
    folder: Path,
    vault_id: str,
    last_id: int,
    head_bytes: bytes | None,
    *,
    wal_named: bool = False,
) -> None:
    """Is the database at least as new as the head says, and the same history?

    `wal_named`: the WAL's damage is already named, so a shortfall needs no guess at its cause.
    """
    path = folder / head_file.HEAD_FILENAME
    db = folder / DATABASE_FILENAME
    if found.integrity_key is None:
        if head_bytes is not None and not wal_named:
            found.add(
                Text(
                    "Databasfilen {0} är från före en uppgradering av programmet, men {1} finns: "
                    "en äldre kopia av databasen har lagts tillbaka.",
                    db,
                    path,
                )
            )
        return
    read = (
        None if head_bytes is None else head_file.parse(head_bytes, found.integrity_key, vault_id)
    )
    if read is None:
        if found.generation:
            found.add(
                Text(
                    "Filen {0} saknas. Den visar valvets senast bekräftade läge; utan den går "
                    "det inte att se om databasen är den senaste.",
                    path,
                )
            )
        return
    newest = read.newest
    if newest is None:
        found.add(Text("Filen {0} är skadad och kan inte läsas.", path))
        return
    for number in read.damaged_records:
        found.add(Text("Filen {0} är skadad (post {1} av 2).", path, number), fatal=False)
    behind = _behind(newest, found, conn, last_id)
    if behind.missing and wal_named:
        found.add(
            Text(
                "Databasfilen {0} saknar då {1} bekräftade ändringar jämfört med {2}.",
                db,
                behind.missing,
                path,
            )
        )
        return
    if behind.missing:
        if newest.audit_id > last_id:
            found.add(
                Text(
                    "Databasfilen {0} saknar {1} bekräftade ändringar (granskningsloggens poster "
                    "{2}–{3}) jämfört med {4}: en äldre kopia av databasen har lagts tillbaka, "
                    "eller så har dess loggfil skadats eller kortats av.",
                    db,
                    behind.missing,
                    last_id + 1,
                    newest.audit_id,
                    path,
                )
            )
        else:
            found.add(
                Text(
                    "Databasfilen {0} saknar {1} bekräftade ändringar jämfört med {2}: en äldre "
                    "kopia av databasen har lagts tillbaka, eller så har dess loggfil skadats "
                    "eller kortats av.",
                    db,
                    behind.missing,
                    path,
                )
            )
        return
    if behind.forked:
        found.add(
            Text(
                "Databasfilen {0} är inte den som {1} beskriver: granskningsloggens post {2} "
                "är en annan. Databasen har bytts ut mot en kopia från ett annat tillfälle.",
                db,
                path,
                newest.audit_id,
            )
        )


@dataclass(frozen=True)
class _Behind:
    missing: int  # acknowledged changes the database lacks (0: none)
    forked: bool  # as long, but another history: the head's audit entry is not in it


def _behind(head: Head, found: Inspection, conn: Connection, last_id: int) -> _Behind:
    """How the database stands against a head (vault.head's or the witness's)."""
    missing = max(head.generation - (found.generation or 0), head.audit_id - last_id, 0)
    if missing or not head.audit_id:
        return _Behind(missing, forked=False)
    row = conn.execute("SELECT mac FROM audit_log WHERE id = ?", (head.audit_id,)).fetchone()
    forked = row is None or not hmac.compare_digest(bytes(row[0]), head.audit_mac)
    return _Behind(0, forked)


def _compare_witness(
    found: Inspection,
    conn: Connection,
    folder: Path,
    vault_id: str,
    witness_dir: Path,
    witness_bytes: bytes | None,
) -> None:
    """Is the vault at least as new as the copy of its head on the user's own medium?"""
    if found.integrity_key is None:
        return
    if not witness_dir.is_dir():
        found.notice(
            Text(
                "Mappen för vittnesfilen, {0}, finns inte (är USB-nyckeln isatt?): kontrollen "
                "av om hela valvmappen har ersatts med en äldre kopia gjordes inte.",
                witness_dir,
            )
        )
        return
    path = head_file.witness_path(witness_dir, vault_id)
    read = (
        None
        if witness_bytes is None
        else head_file.parse(witness_bytes, found.integrity_key, vault_id)
    )
    if read is None:
        found.notice(
            Text(
                "Vittnesfilen {0} fanns inte och skapas nu. Om den borde ha funnits kan hela "
                "valvmappen ha ersatts med en äldre kopia.",
                path,
            )
        )
        return
    witnessed = read.newest
    if witnessed is None:
        found.add(Text("Vittnesfilen {0} är skadad och kan inte läsas.", path), fatal=False)
        return
    behind = _behind(witnessed, found, conn, found.audit_last_id)
    if behind.missing:
        found.add(
            Text(
                "Valvet i {0} saknar {1} bekräftade ändringar jämfört med vittnesfilen {2}: "
                "hela valvmappen har ersatts med en äldre kopia.",
                folder,
                behind.missing,
                path,
            )
        )
    elif behind.forked:
        found.add(
            Text(
                "Valvet i {0} är inte det som vittnesfilen {1} beskriver: granskningsloggens "
                "post {2} är en annan. Valvmappen har bytts ut mot en kopia från ett annat "
                "tillfälle.",
                folder,
                path,
                witnessed.audit_id,
            )
        )


def _inspect_keyslots(found: Inspection, folder: Path, slots: KeySlotFile) -> None:
    """The key file against the database: a damaged slot is a warning (its owner cannot unlock,
    everyone else can); a file that is not the one the database last saved is refused, since
    an older key file would let an old passphrase in again."""
    key = found.integrity_key
    if key is None:
        return
    path = folder / "keyslots.json"
    expected = found.keyslots_serial or 0
    if not slots.is_bound:
        if expected > 0:
            found.add(
                Text(
                    "Nyckelfilen {0} saknar sina kontrollsummor, fast databasen har sparat den "
                    "med kontrollsummor (löpnummer {1}): en äldre eller ändrad nyckelfil har "
                    "lagts tillbaka.",
                    path,
                    expected,
                )
            )
        return
    damaged = slots.damaged_slots(key)
    for problem in damaged:
        found.add(Text("Nyckelfilen {0}: {1}.", path, problem), fatal=False)
    if not damaged and not slots.file_mac_holds(key):
        found.add(Text("Nyckelfilen {0}: {1}.", path, FILE_MAC_BROKEN))
    if slots.serial < expected:
        found.add(
            Text(
                "Nyckelfilen {0} är äldre än databasen (löpnummer {1}, databasen väntar {2}): "
                "en äldre kopia av nyckelfilen har lagts tillbaka, så gamla lösenfraser kan "
                "gälla igen.",
                path,
                slots.serial,
                expected,
            )
        )
    elif slots.serial > expected + 1:
        # One ahead is a save whose commit a crash cut off; more is no file this database made.
        found.add(
            Text(
                "Nyckelfilen {0} är nyare än databasen (löpnummer {1}, databasen väntar {2}): "
                "databasen är en äldre kopia, eller nyckelfilen kommer från ett annat tillfälle.",
                path,
                slots.serial,
                expected,
            )
        )


def _salt_message(db: Path) -> str:
    return Text(
        "Saltet i början av databasfilen {0} (dess första 16 byte) är skadat; resten av filen "
        "hör till det här valvet.",
        db,
    )


def _salt_damaged(db: Path, data_key: bytes | bytearray, head_bytes: bytes | None) -> bool:
    """Whether the salt vault.head recorded, not the one the file starts with, opens its pages."""
    salt = database.salt_of(db)
    for recorded in head_file.recorded_salts(head_bytes) - {salt, bytes(16)}:
        checker = PageChecker(data_key, recorded)
        try:
            if _other_pages_ok(checker, db):
                return True
        finally:
            checker.wipe()
    return False


def _other_pages_ok(checker: PageChecker, db: Path) -> bool:
    with db.open("rb") as handle:
        handle.seek(4096)
        for number in range(2, 2 + _PAGE_ONE_PROBE):
            page = handle.read(4096)
            if len(page) < 4096:
                return False
            if checker.page_ok(number, page):
                return True
    return False


def _damage_message(db: Path, checker: PageChecker | None, error: DatabaseCorrupt) -> str:
    """The damaged pages by number when our own HMAC check finds them, else SQLite's word.

    An empty file or a plain SQLite file is named as such, not as a file of damaged pages.
    """
    with db.open("rb") as handle:
        start = handle.read(16)
    if checker is not None and start and start != b"SQLite format 3\x00":
        bad = list(damaged_pages(checker, db))
        if bad:
            return pages_message(db, bad)
    message = error.args[0] if error.args else str(error)
    return message if isinstance(message, str) else str(error)


def pages_message(db: Path, pages: list[int]) -> str:
    shown = ", ".join(str(p) for p in pages[:_SHOWN_PAGES]) + (
        " …" if len(pages) > _SHOWN_PAGES else ""
    )
    if len(pages) == 1:
        return Text("Databasfilen {0} har en skadad sida (sida {1}).", db, shown)
    return Text("Databasfilen {0} har {1} skadade sidor (sidorna {2}).", db, len(pages), shown)
