"""`skyddsapp` administrator commands: vault, user, audit, backup, report, demo."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn, TextIO

import platformdirs

from skyddsapp.cli.secrets_input import InputEnded, Mismatch, NotText, SecretReader
from skyddsapp.crypto.recovery import InvalidRecoveryKey
from skyddsapp.documents.header import Issuer
from skyddsapp.domain.audit_review import AuditQuery, audit_query
from skyddsapp.domain.errors import DomainError
from skyddsapp.domain.users import Role
from skyddsapp.program.arguments import SwedishParser, integer
from skyddsapp.program.hardening import harden_process
from skyddsapp.services import accounts, backups, demo, yearly_report
from skyddsapp.services import audit as audit_service
from skyddsapp.services.context import Session
from skyddsapp.services.errors import ServiceError
from skyddsapp.services.sessions import storage_error
from skyddsapp.vault import audit as audit_log
from skyddsapp.vault.errors import NotAVault, VaultError
from skyddsapp.vault.keyslots import KeySlotError
from skyddsapp.vault.layout import vault_exists
from skyddsapp.vault.permissions import check_private
from skyddsapp.vault.vault import Vault

EXPECTED_ERRORS = (
    VaultError,
    KeySlotError,
    DomainError,
    ServiceError,
    InvalidRecoveryKey,
    InputEnded,
    Mismatch,
    NotText,
)


class UsageError(Exception):
    """The command line itself is wrong: unknown command, missing or malformed argument."""


class _Parser(SwedishParser):
    """Reports a usage error by raising, so `main` prints it as one line and the process lives.
    Usage, help and argparse's own messages are Swedish (`SwedishParser`)."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (se {self.prog} --help)")


def default_vault_path() -> Path:
    return Path(platformdirs.user_data_dir("skyddsapp", appauthor=False)) / "valv"


class Command:
    """What every command gets: parsed arguments, a secret reader and an output stream."""

    def __init__(self, args: argparse.Namespace, secrets: SecretReader, out: TextIO) -> None:
        self.args = args
        self.secrets = secrets
        self.out = out

    @property
    def folder(self) -> Path:
        return Path(self.args.vault)

    @property
    def witness(self) -> Path | None:
        value = getattr(self.args, "witness", None)
        return Path(value) if value else None

    def say(self, text: str = "") -> None:
        print(text, file=self.out)

    def require_vault(self) -> None:
        """Name a wrong --vault, or one other users can reach, before asking for a secret."""
        folder = self.folder
        if not Vault.database_path(folder).exists() and not Vault.keyslot_path(folder).exists():
            raise NotAVault(folder)
        check_private(folder)

    def unlock(self) -> Vault:
        if not self.args.user:
            raise ServiceError("Ange användare med --user NAMN.")
        self.require_vault()
        passphrase = self.secrets.read(f"Lösenfras för {self.args.user}: ")
        return Vault.unlock(self.folder, self.args.user, passphrase, witness_dir=self.witness)


def _run_locked(cmd: Command, body: Callable[[Vault], int]) -> int:
    """Unlock, run `body`, lock. An error from locking never replaces the body's own error."""
    vault = cmd.unlock()
    _warn(vault)
    try:
        result = body(vault)
    except BaseException:
        with contextlib.suppress(Exception):
            vault.lock()
        raise
    vault.lock()
    return result


def _warn(vault: Vault) -> None:
    """What unlock found that did not keep the vault closed, on standard error."""
    for warning in vault.warnings:
        print("skyddsapp: varning: " + " ".join(str(warning).split()), file=sys.stderr)


def cmd_vault_init(cmd: Command) -> int:
    user = cmd.args.user or "admin"
    passphrase = cmd.secrets.read(f"Ny lösenfras för {user}: ", confirm=True)
    cmd.say("Mäter hur många Argon2id-rundor den här datorn klarar på under en sekund …")
    created = Vault.create(cmd.folder, user, cmd.args.display_name or user, passphrase)
    created.vault.lock()
    cmd.say(f"Valvet skapat i {cmd.folder} med administratören {user}.")
    cmd.say("")
    cmd.say("ÅTERSTÄLLNINGSNYCKEL — visas bara den här gången. Skriv ner den för hand och")
    cmd.say("förvara den inlåst. Den öppnar valvet om alla lösenfraser glöms bort.")
    cmd.say("")
    cmd.say(f"    {created.recovery_key}")
    cmd.say("")
    return 0


def cmd_vault_passwd(cmd: Command) -> int:
    """Change your own passphrase; `--for NAME` (administrator) or `--recovery` resets another's."""
    target = cmd.args.for_user or cmd.args.user
    if cmd.args.recovery:
        if not cmd.args.user:
            raise ServiceError("Ange vems lösenfras som ska återställas med --user NAMN.")
        cmd.require_vault()
        key = cmd.secrets.read("Återställningsnyckel: ")
        vault = Vault.unlock_with_recovery_key(cmd.folder, key, witness_dir=cmd.witness)
    else:
        vault = cmd.unlock()
    try:
        new = cmd.secrets.read(f"Ny lösenfras för {target}: ", confirm=True)
        accounts.change_passphrase(vault, target, new)
    finally:
        vault.lock()
    cmd.say(f"Lösenfrasen för {target} är bytt.")
    return 0


def cmd_vault_check(cmd: Command) -> int:
    """Examine every file read-only; damage is listed and nothing is written (exit 1)."""
    if not cmd.args.user:
        raise ServiceError("Ange användare med --user NAMN.")
    cmd.require_vault()
    passphrase = cmd.secrets.read(f"Lösenfras för {cmd.args.user}: ")
    problems = audit_service.check_folder(
        cmd.folder, cmd.args.user, passphrase, witness_dir=cmd.witness
    )
    for problem in problems:
        cmd.say(f"FEL: {' '.join(str(problem).split())}")
    if problems:
        cmd.say("Inget skrevs till valvet. Återställ det från en säkerhetskopia, eller godta")
        cmd.say("förlusten med ”skyddsapp vault repair” (administratör).")
        return 1
    cmd.say(
        "Valvet är helt: sidornas MAC, loggfil, valvhuvud, nyckelfil, integritetskontroll, "
        "schema och granskningslogg stämmer."
    )
    return 0


def cmd_vault_repair(cmd: Command) -> int:
    """Accept named damage: keep a copy of every file, open what SQLite can read, log it."""
    if not cmd.args.user:
        raise ServiceError("Ange användare med --user NAMN.")
    cmd.require_vault()
    passphrase = cmd.secrets.read(f"Lösenfras för {cmd.args.user}: ")
    accepted = audit_service.repair_folder(
        cmd.folder, cmd.args.user, passphrase, witness_dir=cmd.witness
    )
    if not accepted:
        cmd.say("Valvet är helt; det fanns inget att reparera.")
        return 0
    for problem in accepted:
        cmd.say(f"GODTOGS: {' '.join(str(problem).split())}")
    cmd.say("Valvet går att öppna igen. En kopia av filerna som de var finns i damaged-*/.")
    return 0


def cmd_vault_kdf(cmd: Command) -> int:
    vault = cmd.unlock()
    try:
        passphrase = cmd.secrets.read(f"Lösenfras för {cmd.args.user} igen: ")
        params = accounts.raise_kdf_params(vault, passphrase)
    finally:
        vault.lock()
    cmd.say(
        f"Argon2id: {params.memory_kib // 1024} MiB, {params.iterations} varv, "
        f"{params.lanes} trådar."
    )
    return 0


def cmd_user_add(cmd: Command) -> int:
    def body(vault: Vault) -> int:
        new = cmd.secrets.read(f"Lösenfras för nya användaren {cmd.args.name}: ", confirm=True)
        role = Role(cmd.args.role)
        accounts.add_user(vault, cmd.args.name, cmd.args.display_name or cmd.args.name, role, new)
        cmd.say(f"Användaren {cmd.args.name} ({role.label}) är tillagd.")
        return 0

    return _run_locked(cmd, body)


def cmd_user_deactivate(cmd: Command) -> int:
    def body(vault: Vault) -> int:
        accounts.deactivate_user(vault, cmd.args.name)
        cmd.say(f"Användaren {cmd.args.name} är inaktiverad och databasen har fått en ny nyckel.")
        return 0

    return _run_locked(cmd, body)


def cmd_user_list(cmd: Command) -> int:
    def body(vault: Vault) -> int:
        for user in accounts.list_users(vault):
            state = "aktiv" if user.active else "inaktiverad"
            cmd.say(f"{user.name}\t{user.display_name}\t{user.role.value}\t{state}")
        return 0

    return _run_locked(cmd, body)


def cmd_audit_verify(cmd: Command) -> int:
    def body(vault: Vault) -> int:
        result = audit_service.verify(vault)
        if result.ok:
            cmd.say(f"Granskningsloggen är obruten ({result.checked} poster).")
            return 0
        cmd.say(f"Granskningsloggen är bruten vid post {result.broken_id}: {result.problem}")
        return 1

    return _run_locked(cmd, body)


def _print_entries(cmd: Command, entries: list[audit_log.AuditEntry]) -> None:
    for e in entries:
        fields = [str(e.id), e.at[:19].replace("T", " "), e.user_name, e.action]
        fields.append(f"{e.object_type} {e.object_id}".strip())
        fields += [e.reason, e.details]
        cmd.say("\t".join(" ".join(f.split()) for f in fields))


def _query(args: argparse.Namespace) -> AuditQuery:
    return audit_query(
        user=args.who,
        case_id=args.case,
        person_id=args.person,
        action=args.action,
        since=args.since,
        until=args.until,
        flagged_only=args.flagged,
    )


def cmd_audit_list(cmd: Command) -> int:
    """The entries that match every filter given, one per line, tab-separated."""
    query = _query(cmd.args)

    def body(vault: Vault) -> int:
        found = audit_service.search(vault, query)
        _print_entries(cmd, found)
        if len(found) == query.limit:
            print(
                f"skyddsapp: visar de första {query.limit} posterna; snäva in sökningen.",
                file=sys.stderr,
            )
        return 0

    return _run_locked(cmd, body)


def cmd_audit_export(cmd: Command) -> int:
    """Loggutdrag as a PDF: the entries a search finds, or (--seen-person) every look at a
    person. Written 0600, never inside the vault folder; the export itself is logged."""
    args = cmd.args
    query = None if args.seen_person is not None else _query(args)
    issuer = Issuer.NEXUS if args.issuer == "nexus" else Issuer.UPPSALAHEM

    def body(vault: Vault) -> int:
        count = audit_service.export_extract(
            vault, Path(args.out), query=query, person_id=args.seen_person, issuer=issuer
        )
        cmd.say(f"Loggutdraget med {count} poster är sparat i {args.out}.")
        return 0

    return _run_locked(cmd, body)


def cmd_audit_seen(cmd: Command) -> int:
    """Vem har sett personen: every logged look at a person, their cases and their papers."""

    def body(vault: Vault) -> int:
        _print_entries(cmd, audit_service.who_has_seen(vault, cmd.args.person))
        return 0

    return _run_locked(cmd, body)


def cmd_audit_review(cmd: Command) -> int:
    """Sign off the review of a period; without --since/--until, list the reviews made."""
    args = cmd.args

    def body(vault: Vault) -> int:
        if args.since is None and args.until is None:
            for r in audit_service.reviews(vault):
                cmd.say(
                    f"{r.id}\t{r.since}–{r.until}\t{r.reviewed_by}\t{r.reviewed_at[:19]}\t"
                    f"t.o.m. post {r.last_entry}\t{' '.join(r.remarks.split())}"
                )
            return 0
        review = audit_service.sign_off_review(
            vault, args.since or "", args.until or "", args.remarks
        )
        cmd.say(
            f"Granskningen av {review.since}–{review.until} är registrerad "
            f"(loggen t.o.m. post {review.last_entry})."
        )
        return 0

    return _run_locked(cmd, body)


def default_backup_path() -> Path:
    return Path(platformdirs.user_data_dir("skyddsapp", appauthor=False)) / "säkerhetskopior"


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _size(size_bytes: int) -> str:
    return f"{size_bytes / (1024 * 1024):.1f} MiB"


def cmd_backup_create(cmd: Command) -> int:
    """A verified backup in --to (the newest --keep of this vault are kept there)."""
    target = Path(cmd.args.to) if cmd.args.to else default_backup_path()

    def body(vault: Vault) -> int:
        made = backups.create_backup(vault, target, keep=cmd.args.keep)
        cmd.say(f"Säkerhetskopian är gjord och kontrollerad: {made.summary.path}")
        cmd.say(
            f"{made.cases} ärenden, {made.persons} personer, {made.documents} dokument, "
            f"{made.audit_entries} loggposter; {_size(made.summary.size_bytes)}."
        )
        return 0

    return _run_locked(cmd, body)


def cmd_backup_verify(cmd: Command) -> int:
    """Check one backup through and through with the open vault's key; damage gives exit 1."""
    path = Path(cmd.args.path)

    def body(vault: Vault) -> int:
        found = backups.verify_backup(vault, path)
        for problem in found.problems:
            cmd.say(f"FEL: {_one_line(problem)}")
        if found.problems:
            return 1
        assert found.summary is not None
        cmd.say(
            f"Säkerhetskopian {path} är hel (gjord {found.summary.made_at}, "
            f"generation {found.summary.generation})."
        )
        return 0

    return _run_locked(cmd, body)


def cmd_backup_list(cmd: Command) -> int:
    """This vault's backups in --in, newest first: time, generation, size, state, folder."""
    folder = Path(cmd.args.in_dir) if cmd.args.in_dir else default_backup_path()

    def body(vault: Vault) -> int:
        found_any = backups.list_backups(vault, folder)
        if not found_any:
            cmd.say(f"Det finns inga säkerhetskopior av valvet i {folder}.")
        for found in found_any:
            state = "hel" if not found.problems else "SKADAD: " + _one_line(found.problems[0])
            if found.summary is None:
                cmd.say(f"?\t?\t?\t{state}")
                continue
            s = found.summary
            cmd.say(f"{s.made_at}\t{s.generation}\t{_size(s.size_bytes)}\t{state}\t{s.path}")
        return 0

    return _run_locked(cmd, body)


def cmd_backup_restore(cmd: Command) -> int:
    """Restore into a NEW folder beside the vault (or --into), after a preview; never over it."""
    args = cmd.args
    path = Path(args.path)
    if args.recovery:
        secret = cmd.secrets.read("Återställningsnyckel: ")
        user = ""
    else:
        if not args.user:
            raise ServiceError("Ange användare med --user NAMN, eller --recovery.")
        user = args.user
        secret = cmd.secrets.read(f"Lösenfras för {user}: ")
    preview = backups.preview_restore(path, user, secret, recovery_key=args.recovery)
    cmd.say(
        f"Säkerhetskopian gjordes {preview.summary.made_at} av {preview.made_by} "
        f"(generation {preview.summary.generation}): {preview.cases} ärenden, "
        f"{preview.persons} personer, {preview.documents} dokument, "
        f"{preview.audit_entries} loggposter."
    )
    if args.preview:
        cmd.say("Säkerhetskopian är hel. Inget återställdes (--preview).")
        return 0
    restored = backups.restore_beside(
        path,
        cmd.folder,
        user,
        secret,
        recovery_key=args.recovery,
        into=Path(args.into) if args.into else None,
        witness_dir=cmd.witness,
    )
    cmd.say(f"Återställt till {restored}; valvet i {cmd.folder} är orört.")
    cmd.say(f"Öppna det återställda valvet med --vault {restored}.")
    return 0


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"”{text}” är inget datum (ÅÅÅÅ-MM-DD)") from None


def cmd_report(cmd: Command) -> int:
    """Årsuppföljning: the figures of a year (or a period) beside the year before's, printed,
    or written as CSV or PDF; small counts shown as <3 unless --utan-maskning."""
    args = cmd.args
    period = {"year": args.year, "start": args.start, "end": args.end}
    suppress = not args.unmasked
    issuer = Issuer.NEXUS if args.issuer == "nexus" else Issuer.UPPSALAHEM

    def body(vault: Vault) -> int:
        session = Session(vault)
        for kind, path in (("csv", args.csv), ("pdf", args.pdf)):
            if path is None:
                continue
            yearly_report.export(
                session, Path(path), kind=kind, suppress=suppress, issuer=issuer, **period
            )
            cmd.say(f"Årsuppföljningen ({kind.upper()}) är sparad i {path}.")
        if args.csv is None and args.pdf is None:
            made = yearly_report.tables(session, suppress=suppress, **period)
            for table in made.tables:
                cmd.say(f"{table.title}\t" + "\t".join(table.columns))
                for label, cells in table.rows:
                    cmd.say(f"  {label}\t" + "\t".join(cells))
                cmd.say()
        return 0

    return _run_locked(cmd, body)


def cmd_demo(cmd: Command) -> int:
    if vault_exists(cmd.folder):
        check_private(cmd.folder)  # an existing demo vault is opened like any other
    summary = demo.ensure_demo_vault(cmd.folder, cases=cmd.args.cases)
    for line in summary.lines():
        cmd.say(line)
    return 0


def build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument(
        "--vault", default=str(default_vault_path()), metavar="MAPP", help="valvets mapp"
    )
    common.add_argument("--user", default=None, metavar="NAMN", help="ditt användarnamn")
    common.add_argument(
        "--witness",
        default=None,
        metavar="MAPP",
        help="mapp utanför valvet (din USB-nyckel) där valvets senaste läge sparas och "
        "kontrolleras, så att även en äldre kopia av hela valvmappen upptäcks",
    )

    parser = _Parser(prog="skyddsapp", description="skyddsapp – administration")
    parser.add_version("skyddsapp")
    groups = parser.add_subparsers(dest="group", required=True, metavar="GRUPP")

    vault = groups.add_parser("vault", help="skapa, kontrollera och byta lösenfras")
    vault_cmds = vault.add_subparsers(dest="command", required=True, metavar="KOMMANDO")
    init = vault_cmds.add_parser("init", parents=[common], help="skapa ett nytt valv")
    init.add_argument("--display-name", default=None, metavar="NAMN", help="visningsnamn")
    init.set_defaults(func=cmd_vault_init)
    passwd = vault_cmds.add_parser("passwd", parents=[common], help="byt lösenfras")
    passwd.add_argument(
        "--recovery", action="store_true", help="återställ med återställningsnyckeln"
    )
    passwd.add_argument(
        "--for", dest="for_user", default=None, metavar="NAMN", help="återställ åt (administratör)"
    )
    passwd.set_defaults(func=cmd_vault_passwd)
    check = vault_cmds.add_parser("check", parents=[common], help="kontrollera valvet")
    check.set_defaults(func=cmd_vault_check)
    repair = vault_cmds.add_parser(
        "repair", parents=[common], help="godta skador som kontrollen hittat (administratör)"
    )
    repair.set_defaults(func=cmd_vault_repair)
    kdf = vault_cmds.add_parser("kdf", parents=[common], help="höj Argon2id-parametrarna")
    kdf.set_defaults(func=cmd_vault_kdf)

    user = groups.add_parser("user", help="användarkonton")
    user_cmds = user.add_subparsers(dest="command", required=True, metavar="KOMMANDO")
    add = user_cmds.add_parser("add", parents=[common], help="lägg till en användare")
    add.add_argument("name", metavar="NAMN", help="användarnamnet")
    add.add_argument(
        "--role", choices=[r.value for r in Role], default=Role.HANDLER.value, help="roll"
    )
    add.add_argument("--display-name", default=None, metavar="NAMN", help="visningsnamn")
    add.set_defaults(func=cmd_user_add)
    deactivate = user_cmds.add_parser("deactivate", parents=[common], help="inaktivera")
    deactivate.add_argument("name", metavar="NAMN", help="användarnamnet")
    deactivate.set_defaults(func=cmd_user_deactivate)
    user_cmds.add_parser("list", parents=[common], help="lista").set_defaults(func=cmd_user_list)

    audit = groups.add_parser("audit", help="granskningsloggen")
    audit_cmds = audit.add_subparsers(dest="command", required=True, metavar="KOMMANDO")
    verify = audit_cmds.add_parser("verify", parents=[common], help="verifiera kedjan")
    verify.set_defaults(func=cmd_audit_verify)
    period = _Parser(add_help=False)
    period.add_argument("--since", default=None, metavar="ÅÅÅÅ-MM-DD", help="från och med (UTC)")
    period.add_argument("--until", default=None, metavar="ÅÅÅÅ-MM-DD", help="till och med (UTC)")
    filters = _Parser(add_help=False)
    filters.add_argument("--who", default=None, metavar="NAMN", help="vem som gjorde det")
    filters.add_argument("--case", default=None, metavar="ID", help="ärendets id i valvet")
    filters.add_argument("--person", default=None, metavar="ID", help="personens id i valvet")
    filters.add_argument(
        "--action", default=None, metavar="HÄNDELSE", help="händelse, eller prefix som slutar på ."
    )
    filters.add_argument(
        "--flagged",
        action="store_true",
        help="bara brutna förseglingar (ärenden öppnade av någon som inte handlägger dem)",
    )
    listing = audit_cmds.add_parser(
        "list", parents=[common, period, filters], help="sök i loggen (administratör, granskare)"
    )
    listing.set_defaults(func=cmd_audit_list)
    export = audit_cmds.add_parser(
        "export", parents=[common, period, filters], help="loggutdrag som PDF"
    )
    export.add_argument("--out", required=True, metavar="FIL", help="PDF-filen som skrivs")
    export.add_argument(
        "--seen-person", type=integer, default=None, metavar="ID", help="vem har sett personen"
    )
    export.add_argument(
        "--issuer", choices=["uppsalahem", "nexus"], default="uppsalahem", help="utfärdare"
    )
    export.set_defaults(func=cmd_audit_export)
    seen = audit_cmds.add_parser("seen", parents=[common], help="vem har sett en person")
    seen.add_argument(
        "--person", required=True, type=integer, metavar="ID", help="personens id i valvet"
    )
    seen.set_defaults(func=cmd_audit_seen)
    review = audit_cmds.add_parser(
        "review", parents=[common, period], help="registrera eller lista granskningar av loggen"
    )
    review.add_argument("--remarks", default="", metavar="TEXT", help="anmärkningar")
    review.set_defaults(func=cmd_audit_review)

    backup = groups.add_parser("backup", help="säkerhetskopior (administratör)")
    backup_cmds = backup.add_subparsers(dest="command", required=True, metavar="KOMMANDO")
    create = backup_cmds.add_parser(
        "create", parents=[common], help="gör en kontrollerad säkerhetskopia"
    )
    create.add_argument(
        "--to", default=None, metavar="MAPP", help="mappen (USB-minnet) där kopian läggs"
    )
    create.add_argument(
        "--keep",
        type=_keep_count,
        default=backups.DEFAULT_KEEP,
        metavar="N",
        help="hur många av valvets kopior som behålls i mappen",
    )
    create.set_defaults(func=cmd_backup_create)
    verify_backup = backup_cmds.add_parser(
        "verify", parents=[common], help="kontrollera en säkerhetskopia"
    )
    verify_backup.add_argument("path", metavar="SÖKVÄG", help="säkerhetskopians mapp")
    verify_backup.set_defaults(func=cmd_backup_verify)
    list_backups = backup_cmds.add_parser(
        "list", parents=[common], help="lista valvets säkerhetskopior"
    )
    list_backups.add_argument(
        "--in", dest="in_dir", default=None, metavar="MAPP", help="mappen som kopiorna ligger i"
    )
    list_backups.set_defaults(func=cmd_backup_list)
    restore = backup_cmds.add_parser(
        "restore", parents=[common], help="återställ bredvid valvet, aldrig över det"
    )
    restore.add_argument("path", metavar="SÖKVÄG", help="säkerhetskopians mapp")
    restore.add_argument(
        "--into", default=None, metavar="MAPP", help="ny mapp för det återställda valvet"
    )
    restore.add_argument("--recovery", action="store_true", help="öppna med återställningsnyckeln")
    restore.add_argument(
        "--preview",
        action="store_true",
        help="kontrollera och visa vad kopian innehåller, utan att återställa",
    )
    restore.set_defaults(func=cmd_backup_restore)

    report = groups.add_parser(
        "report", parents=[common], help="årsuppföljningen: siffror, CSV eller PDF"
    )
    when = report.add_mutually_exclusive_group(required=True)
    when.add_argument("--year", type=int, metavar="ÅR", help="kalenderåret")
    when.add_argument("--from", dest="start", type=_day, metavar="DATUM", help="periodens början")
    report.add_argument("--to", dest="end", type=_day, metavar="DATUM", help="periodens slut")
    report.add_argument("--csv", metavar="FIL", help="skriv CSV (för Excel) till FIL")
    report.add_argument("--pdf", metavar="FIL", help="skriv Årsuppföljningen som PDF till FIL")
    report.add_argument(
        "--utan-maskning",
        dest="unmasked",
        action="store_true",
        help="visa även antal 1–2 (bara för bruk inom enheten)",
    )
    report.add_argument("--issuer", choices=["uppsalahem", "nexus"], default="nexus")
    report.set_defaults(func=cmd_report)

    demo_parser = groups.add_parser("demo", parents=[common], help="skapa ett demovalv")
    demo_parser.add_argument(
        "--cases",
        type=_case_count,
        default=demo.DEFAULT_CASES,
        metavar="ANTAL",
        help="antal ärenden",
    )
    demo_parser.set_defaults(func=cmd_demo)
    return parser


def _case_count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"”{text}” är inget heltal") from None
    if not 0 <= value <= demo.MAX_CASES:
        raise argparse.ArgumentTypeError(f"antalet måste vara mellan 0 och {demo.MAX_CASES}")
    return value


def _keep_count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"”{text}” är inget heltal") from None
    if value < 1:
        raise argparse.ArgumentTypeError("minst 1 kopia behålls")
    return value


def _fail(message: str) -> None:
    # One line, whatever the message holds: scripts read the first line of standard error.
    print("skyddsapp: " + " ".join(message.split()), file=sys.stderr)


def main(
    argv: Sequence[str] | None = None, *, stdin: TextIO | None = None, out: TextIO | None = None
) -> int:
    harden_process()  # no core dumps, umask 077: before any secret is read
    try:
        args = build_parser().parse_args(argv)
    except UsageError as exc:
        _fail(str(exc))
        return 2
    except SystemExit as exc:  # --help has been printed
        return exc.code if isinstance(exc.code, int) else 0
    cmd = Command(args, SecretReader(stdin), out or sys.stdout)
    try:
        result: int = args.func(cmd)
        return result
    except EXPECTED_ERRORS as exc:
        _fail(str(exc))
        return 1
    except KeyboardInterrupt:
        _fail("avbrutet.")
        return 130
    except Exception as exc:
        named = storage_error(exc, Path(args.vault) if getattr(args, "vault", None) else None)
        if named is not None:
            _fail(str(named))
            return 1
        # A bug or a failing disk: still one line, and no traceback that could carry data.
        _fail(f"oväntat fel ({type(exc).__name__}): {exc}")
        return 1
