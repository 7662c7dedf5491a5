"""Sealed hand-overs between air-gapped vaults (issue 12 part 3): seal a case, its persons and
documents to a trusted peer vault as one signed file; read such a file for a preview; import it
as a new case, or as an update of the case this vault once sent when it answers one of ours.

Sealing and importing are case work (a user who may see, or change, cases); which vaults are
trusted stays an administrator's decision (`services.identities`). Every refusal of a package is
a `PackageRefused` subclass with its own Swedish message, raised before anything is stored or
logged. The format is `skyddsapp.domain.handover_package` (docs/handover-package-format.md).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import secrets
from dataclasses import dataclass, field, replace
from pathlib import Path

from skyddsapp.crypto.aead import DecryptionError, wipe
from skyddsapp.crypto.box import BOX_OVERHEAD, open_box, public_key_of, seal_to
from skyddsapp.crypto.signing import sign, verify, verify_key_of
from skyddsapp.domain import handover_package as package_format
from skyddsapp.domain.case import Case, CaseEvent, CaseParty, Decision, EventKind
from skyddsapp.domain.case_reference import CaseReference, next_reference
from skyddsapp.domain.document_register import DocumentNumber, RegisteredDocument
from skyddsapp.domain.errors import DomainError, RuleViolation, ValidationError
from skyddsapp.domain.handover_package import (
    MAX_PACKAGE_SIZE,
    MAX_VALID_DAYS,
    BadSignature,
    Header,
    NotAPackage,
    PackageCase,
    PackageContentInvalid,
    PackageDamaged,
    PackageDocument,
    PackageExpired,
    PackageFromFuture,
    PackageParty,
    PackagePerson,
    PackageRefused,
    PackageReplayed,
    PackageTooLarge,
    PackageTooNew,
    PackageTruncated,
    Payload,
    UnknownSender,
    WrongRecipient,
)
from skyddsapp.domain.identity_card import fingerprint
from skyddsapp.domain.person import Person, ProtectedField, field_text
from skyddsapp.domain.structured_decisions import check_plain_decision
from skyddsapp.domain.text import Text
from skyddsapp.domain.workflows import workflow_for
from skyddsapp.services import cases, persons
from skyddsapp.services.context import Session, reindex_cases
from skyddsapp.services.errors import NotFound
from skyddsapp.vault import (
    cases_repository,
    documents_repository,
    handover_repository,
    identity_repository,
    persons_repository,
)
from skyddsapp.vault.audit import utc_now
from skyddsapp.vault.database import Connection
from skyddsapp.vault.errors import HeadNotWritten
from skyddsapp.vault.files import atomic_write, fsync_dir
from skyddsapp.vault.identity_repository import PeerVault

__all__ = [
    "MAX_PACKAGE_SIZE",
    "MAX_VALID_DAYS",
    "BadSignature",
    "ImportResult",
    "NotAPackage",
    "PackageContentInvalid",
    "PackageDamaged",
    "PackageExpired",
    "PackageFromFuture",
    "PackagePreview",
    "PackageRefused",
    "PackageReplayed",
    "PackageTooLarge",
    "PackageTooNew",
    "PackageTruncated",
    "PersonPreview",
    "ReplyTarget",
    "SealedPackage",
    "UnknownSender",
    "WrongRecipient",
    "import_package",
    "peers_for_sealing",
    "read_package",
    "reply_target",
    "seal_case",
    "write_package",
]

PACKAGE_SUFFIX = ".skydd"


@dataclass(frozen=True)
class _Sending:
    """What `write_package` records and logs once the package is on the media."""

    package_id: bytes
    peer_id: int
    peer_name: str
    case_id: int
    reply_to: bytes | None
    created_at: str
    expires_at: str
    looks: tuple[tuple[int, str], ...]
    """(person key, protected fields) of each protected person whose fields travel."""


@dataclass(frozen=True)
class SealedPackage:
    """A sealed package ready to be written to removable media (`write_package`)."""

    data: bytes
    file_name: str
    """Suggested, with no personal data: "overlamning-<date>-<8 hex>.skydd"."""
    package_id: str
    """The package's random id, 32 hex digits."""
    sending: _Sending = field(repr=False, compare=False)


@dataclass(frozen=True)
class PersonPreview:
    name: str
    """As the importing user may see it (masked when the person is protected)."""
    role: str
    """The person's role in the case, a Swedish label."""
    protected: bool


@dataclass(frozen=True)
class PackagePreview:
    """What a checked package holds, shown before the user decides to import it."""

    package_id: str
    sender_name: str
    sender_fingerprint: str
    created_at: str
    expires_at: str
    case_kind: str
    """Swedish label of the case kind."""
    sender_reference: str
    """The case's reference in the sending vault."""
    persons: list[PersonPreview]
    documents: int
    updates_case: str | None
    """This vault's reference of the case the package updates; None when it makes a new case."""


@dataclass(frozen=True)
class ImportResult:
    case_id: int
    reference: str
    created: bool
    """True for a new case, False when an existing case was updated."""


def seal_case(
    session: Session,
    case_id: int,
    peer_id: int,
    *,
    valid_days: int = 14,
    reply_to: str | None = None,
    now: dt.datetime | None = None,
) -> SealedPackage:
    """Seal the case, its persons and documents to the trusted peer vault `peer_id`, signed by
    this vault, in memory: nothing is recorded or logged until `write_package` has put the
    package on the media. `reply_to` is the id of the package this one answers (one imported
    here for this case, from that peer), so that the peer updates its own case instead of
    opening a new one. (`now`: the clock, for tests.)

    Everything of the persons travels, protected fields included (the receiving handler needs
    them): once written, each protected person's fields are logged as a look
    (`person.reveal`)."""
    session.require_write()
    session.require_case(case_id)
    if not 1 <= valid_days <= MAX_VALID_DAYS:
        raise ValidationError.single(
            "valid_days",
            Text("Ett paket kan gälla från 1 till {0} dagar.", MAX_VALID_DAYS),
        )
    conn = session.conn
    own = identity_repository.own(conn)
    if own is None:
        raise RuleViolation(
            Text(
                "Valvet har ingen egen identitet ännu. En administratör måste skapa den innan "
                "ett ärende kan förseglas."
            )
        )
    # The header keeps whole seconds; so does everything recorded of it.
    moment = _now(now).astimezone(dt.UTC).replace(microsecond=0)
    try:
        peer = _peer(session, peer_id)
        answered = _answered(session, case_id, peer_id, reply_to)
        payload = _payload(session, case_id, answered)
        header = Header(
            sender_verify_key=verify_key_of(own.sign_private),
            recipient_seal_key=peer.card.seal_key,
            package_id=os.urandom(package_format.PACKAGE_ID_LENGTH),
            created_at=moment,
            expires_at=moment + dt.timedelta(days=valid_days),
        )
        plain = bytearray(package_format.encode_payload(payload))
        try:
            header_bytes = package_format.encode_header(header, len(plain) + BOX_OVERHEAD)
            sealed = seal_to(peer.card.seal_key, plain, header_bytes)
        finally:
            wipe(plain)
        data = package_format.assemble(
            header_bytes, sealed, sign(own.sign_private, header_bytes + sealed)
        )
    finally:
        wipe(own.seal_private)
        wipe(own.sign_private)
    looks = []
    for sent in payload.persons:
        shown = [f.value for f in ProtectedField if field_text(sent.person, f)]
        if sent.person.protection.is_protected and shown:
            looks.append((sent.key, ",".join(shown)))
    sending = _Sending(
        header.package_id,
        peer.id,
        peer.card.name,
        case_id,
        answered,
        _stamp(header.created_at),
        _stamp(header.expires_at),
        tuple(looks),
    )
    package_hex = header.package_hex
    day = header.created_at.date().isoformat()
    name = f"overlamning-{day}-{package_hex[:8]}{PACKAGE_SUFFIX}"
    return SealedPackage(data, name, package_hex, sending)


def write_package(session: Session, package: SealedPackage, target: Path) -> Path:
    """Write the package to `target` (a file, or a folder to put it in under its suggested
    name) atomically with mode 0600, never over a file that is there; then record it as sent
    and log `handover.seal` (and each protected person's fields as a look) in one
    transaction. Returns the path written. (The package is sealed: it holds no readable
    personal data.)

    Only a package that is on the media is recorded: a write that fails (a full stick, a
    pulled drive) records and logs nothing, and a record that fails takes the file away
    again. A package is written once; a second copy needs a new seal."""
    session.require_write()
    sending = package.sending
    if handover_repository.known(session.conn, sending.package_id):
        raise RuleViolation(
            Text("Paketet är redan sparat. Försegla ärendet på nytt för att spara det igen.")
        )
    path = _write_file(package, target)
    try:
        _record_sent(session, sending)
    except HeadNotWritten:
        raise  # committed all the same: the record names the file, so the file stays
    except BaseException:
        _remove(path)
        raise
    return path


def _record_sent(session: Session, sending: _Sending) -> None:
    conn = session.conn
    with session.vault.transaction() as audit:
        handover_repository.record(
            conn,
            sending.package_id,
            direction=handover_repository.SENT,
            peer_id=sending.peer_id,
            case_id=sending.case_id,
            reply_to=sending.reply_to,
            created_at=sending.created_at,
            expires_at=sending.expires_at,
            now=utc_now(),
            user_name=session.user_name,
        )
        reason = Text("Förseglad överlämning till valvet {0}", sending.peer_name)
        for key, shown in sending.looks:
            audit.append(
                session.user_name, "person.reveal", "person", key, reason=reason, details=shown
            )
        audit.append(
            session.user_name,
            "handover.seal",
            "case",
            sending.case_id,
            details=f"paket {sending.package_id.hex()}; valv {sending.peer_id}",
        )


def _remove(path: Path) -> None:
    """Take away a package file the vault did not record; a failure here must not hide the
    error that led to it."""
    with contextlib.suppress(OSError):
        os.unlink(path)
        fsync_dir(path.parent)


def _write_file(package: SealedPackage, target: Path) -> Path:
    path = Path(target)
    if path.is_dir():
        path = path / package.file_name
    if not path.parent.is_dir():
        raise ValidationError.single("path", "Mappen finns inte. Välj en befintlig mapp.")
    if path.exists() or path.is_symlink():
        raise _file_exists(path)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(8)}.tmp")
    try:
        atomic_write(tmp, package.data, mode=0o600)
        try:
            # A hard link is made only where no file is: nothing is ever written over.
            os.link(tmp, path)
        except FileExistsError:
            raise _file_exists(path) from None
        except OSError:
            # FAT and exFAT sticks have no hard links: the file is created exclusively there.
            _write_new(path, package.data)
        fsync_dir(path.parent)
    except OSError as error:
        raise ValidationError.single(
            "path", Text("Paketet kunde inte sparas: {0}", error.strerror or type(error).__name__)
        ) from error
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
    return path


def _write_new(path: Path, data: bytes) -> None:
    """Write `data` to a file that must not exist yet (O_EXCL), 0600; a half file goes."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags | getattr(os, "O_CLOEXEC", 0), 0o600)
    except FileExistsError:
        raise _file_exists(path) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(path)
        raise


def _file_exists(path: Path) -> ValidationError:
    return ValidationError.single(
        "path", Text("Det finns redan en fil med namnet {0}. Välj ett annat namn.", path.name)
    )


def read_package(
    session: Session, data: bytes, *, now: dt.datetime | None = None
) -> PackagePreview:
    """Check the package in `data` (every check, in the documented order) and return its
    preview; stores and logs nothing. Raises a `PackageRefused` subclass; NoAccess when the
    package answers one of this vault's cases that the user may not see."""
    session.require_write()
    checked = _check(session, data, _now(now))
    header, payload = checked.header, checked.payload
    by_key = {p.key: p.person for p in payload.persons}
    shown = [
        PersonPreview(
            _shown_name(by_key[party.person_key]),
            party.role.label,
            _protected(by_key[party.person_key]),
        )
        for party in payload.parties
    ]
    updates = None
    if checked.updates is not None:
        updates = str(cases.get_case(session, checked.updates).reference)
    return PackagePreview(
        package_id=header.package_hex,
        sender_name=checked.peer.card.name,
        sender_fingerprint=fingerprint(checked.peer.card),
        created_at=_shown_time(header.created_at),
        expires_at=_shown_time(header.expires_at),
        case_kind=payload.case.kind.label,
        sender_reference=payload.case.reference,
        persons=shown,
        documents=len(payload.documents),
        updates_case=updates,
    )


def import_package(
    session: Session, data: bytes, *, now: dt.datetime | None = None
) -> ImportResult:
    """Check `data` again from the start and import it in one transaction: a new case in the
    user's team, or the update of the case it answers; the package id is recorded (a replay is
    refused afterwards) and `handover.import` logged. Everything is stored, or nothing."""
    session.require_write()
    checked = _check(session, data, _now(now))
    header, payload, peer = checked.header, checked.payload, checked.peer
    conn = session.conn
    with session.vault.transaction() as audit:
        # Again under the write lock: another import of the same file may have landed since.
        if handover_repository.known(conn, header.package_id):
            raise PackageReplayed()
        try:
            if checked.updates is None:
                case, mapping = _new_case(session, payload)
            else:
                case, mapping = _update_case(session, checked.updates, payload)
        except ValidationError:
            # What the checks before could not see (a rule across the case and this vault's
            # records); the transaction takes back whatever was written.
            raise PackageContentInvalid() from None
        assert case.id is not None
        _add_records(session, case, payload, peer)
        handover_repository.record(
            conn,
            header.package_id,
            direction=handover_repository.RECEIVED,
            peer_id=peer.id,
            case_id=case.id,
            reply_to=payload.reply_to,
            created_at=_stamp(header.created_at),
            expires_at=_stamp(header.expires_at),
            now=utc_now(),
            user_name=session.user_name,
        )
        handover_repository.record_persons(conn, header.package_id, mapping.items())
        what = "nytt ärende" if checked.updates is None else "uppdaterat ärende"
        audit.append(
            session.user_name,
            "handover.import",
            "case",
            case.id,
            details=f"paket {header.package_hex}; valv {peer.id}; {what}",
        )
        reindex_cases(conn, [case.id])
    return ImportResult(case.id, str(case.reference), checked.updates is None)


@dataclass(frozen=True)
class ReplyTarget:
    """Where an answer to the case goes: the peer it came from, answering its latest package."""

    package_id: str
    peer_id: int
    peer_name: str


def reply_target(session: Session, case_id: int) -> ReplyTarget | None:
    """For a case that came in a package: the package to answer (`seal_case`'s `reply_to`)
    and the peer to seal the answer to; None for a case that did not come from another vault
    (or whose sender is no longer trusted)."""
    session.require_case(case_id)
    received = handover_repository.latest_received(session.conn, case_id)
    if received is None:
        return None
    peer = next(
        (p for p in identity_repository.peers(session.conn) if p.id == received.peer_id), None
    )
    if peer is None:
        return None
    return ReplyTarget(received.package_id.hex(), peer.id, peer.card.name)


def peers_for_sealing(session: Session) -> list[tuple[int, str]]:
    """The trusted peer vaults a case can be sealed to, as (peer id, name); any user who may
    read cases may ask (trusting a peer stays an administrator's decision)."""
    session.require_read()
    return [(p.id, p.card.name) for p in identity_repository.peers(session.conn)]


# --- checking a package ---------------------------------------------------------------------


@dataclass(frozen=True)
class _Checked:
    header: Header
    peer: PeerVault
    payload: Payload
    updates: int | None
    """The id of the case here that the package updates, or None for a new case."""


def _check(session: Session, data: bytes, now: dt.datetime) -> _Checked:
    """Every check of a package, in the documented order, each refusal its own error; then
    the opened, validated payload. Reads only."""
    parsed = package_format.parse(bytes(data))
    header = parsed.header
    conn = session.conn
    peer = next(
        (
            p
            for p in identity_repository.peers(conn)
            if p.card.verify_key == header.sender_verify_key
        ),
        None,
    )
    if peer is None:
        raise UnknownSender()
    own = identity_repository.own(conn)
    if own is None:
        raise WrongRecipient()
    try:
        if public_key_of(own.seal_private) != header.recipient_seal_key:
            raise WrongRecipient()
        if not verify(header.sender_verify_key, parsed.signed, parsed.signature):
            raise BadSignature()
        package_format.check_freshness(header, now)
        if handover_repository.known(conn, header.package_id):
            raise PackageReplayed()
        try:
            plain = open_box(own.seal_private, parsed.sealed, parsed.header_bytes)
        except DecryptionError:
            # Signed by the sender, yet not sealed to our key: the sender's mistake.
            raise PackageContentInvalid() from None
    finally:
        wipe(own.seal_private)
        wipe(own.sign_private)
    try:
        payload = _validated(session, package_format.decode_payload(plain))
    finally:
        wipe(plain)
    return _Checked(header, peer, payload, _updated_case(session, payload, peer))


def _validated(session: Session, payload: Payload) -> Payload:
    """The payload as it is to be stored (texts normalised), or PackageContentInvalid when a
    rule of this vault refuses any of it; checked before anything is written."""
    today = session.today()
    try:
        people = tuple(replace(p, person=p.person.validated(today)) for p in payload.persons)
        case = replace(
            payload.case,
            decisions=tuple(d.validated() for d in payload.case.decisions),
            risk_assessments=tuple(r.validated() for r in payload.case.risk_assessments),
        )
        probe = Case(
            None,
            _probe_reference(case),
            case.kind,
            "",
            today,
            children_count=case.children_count,
            notes=case.notes,
        ).validated(today)
    except DomainError:
        raise PackageContentInvalid() from None
    return replace(payload, persons=people, case=replace(case, notes=probe.notes))


def _probe_reference(case: PackageCase) -> CaseReference:
    # Any reference of the kind: the probe only checks the case's own fields.
    return next_reference(case.kind, 2000, None)


def _updated_case(session: Session, payload: Payload, peer: PeerVault) -> int | None:
    """The case a package updates: the one this vault sent the answered package for, to the
    same peer, if it is still here. Anything else opens a new case."""
    if payload.reply_to is None:
        return None
    sent = handover_repository.get(session.conn, payload.reply_to)
    if (
        sent is None
        or sent.direction != handover_repository.SENT
        or sent.peer_id != peer.id
        or sent.case_id is None
        or not cases_repository.exists(session.conn, sent.case_id)
    ):
        return None
    return sent.case_id


# --- importing ------------------------------------------------------------------------------


def _new_case(session: Session, payload: Payload) -> tuple[Case, dict[int, int]]:
    mapping: dict[int, int] = {}
    for sent in payload.persons:
        created = persons.create_person(session, sent.person)
        assert created.id is not None
        mapping[sent.key] = created.id
    parties = [CaseParty(mapping[p.person_key], p.role, p.lives_in_flat) for p in payload.parties]
    case = cases.create_case(
        session,
        payload.case.kind,
        parties=list(dict.fromkeys(parties)),
        children_count=payload.case.children_count,
        notes=payload.case.notes,
    )
    return case, mapping


def _update_case(session: Session, case_id: int, payload: Payload) -> tuple[Case, dict[int, int]]:
    """New persons added, changed persons and fields updated; nothing of the case removed."""
    stored = cases.get_case(session, case_id)
    ours = {p.person_id for p in stored.parties}
    mapping: dict[int, int] = {}
    for sent in payload.persons:
        mine = sent.your_key if sent.your_key in ours else None
        if mine is None:
            created = persons.create_person(session, sent.person)
            assert created.id is not None
            mapping[sent.key] = created.id
            continue
        mapping[sent.key] = mine
        before = persons_repository.get(session.conn, mine)
        changed = replace(sent.person, id=mine)
        if before is not None and _person_values(before) != _person_values(changed):
            persons.update_person(session, changed, details="överlämning")
    parties = list(stored.parties)
    for party in payload.parties:
        added = CaseParty(mapping[party.person_key], party.role, party.lives_in_flat)
        if (added.person_id, added.role) not in {(p.person_id, p.role) for p in parties}:
            parties.append(added)
    updated = replace(
        stored,
        parties=parties,
        notes=payload.case.notes,
        children_count=payload.case.children_count,
    )
    if (updated.parties, updated.notes, updated.children_count) != (
        stored.parties,
        stored.notes,
        stored.children_count,
    ):
        cases.update_case(session, updated, details="överlämning")
    return cases.get_case(session, case_id), mapping


def _person_values(person: Person) -> tuple[object, ...]:
    return (
        person.first_name,
        person.last_name,
        person.personal_number,
        person.protection,
        person.real_address,
        person.delivery_address,
        person.uses_skatteverket_forwarding,
        person.phone,
        person.children,
        person.notes,
    )


def _add_records(session: Session, case: Case, payload: Payload, peer: PeerVault) -> None:
    """The decisions, risk assessments and documents the case does not hold yet, and a line in
    its timeline saying where they came from."""
    conn = session.conn
    assert case.id is not None
    for decision in payload.case.decisions:
        if decision not in case.decisions and _plain(case, decision):
            cases_repository.add_decision(conn, case.id, decision)
    for assessment in payload.case.risk_assessments:
        if assessment not in case.risk_assessments:
            cases_repository.add_risk_assessment(conn, case.id, assessment)
    held = {
        (d.form_id, d.variant, d.version, d.content_sha256)
        for d in documents_repository.of_case(conn, case.id)
    }
    for document in payload.documents:
        entry = document.entry
        if (entry.form_id, entry.variant, entry.version, entry.content_sha256) in held:
            continue
        _add_document(session, case.id, document)
    step = workflow_for(payload.case.kind).step(payload.case.state)
    text = Text(
        "Överlämning från valvet {0}: ärende {1} där, i steget {2}, med {3} dokument.",
        peer.card.name,
        payload.case.reference,
        step.label if step is not None else payload.case.state,
        len(payload.documents),
    )
    cases_repository.add_event(
        conn, case.id, CaseEvent(session.today(), EventKind.NOTE, text, session.user_name)
    )


def _plain(case: Case, decision: Decision) -> bool:
    """Whether the decision stands alone. One recorded with its answers here (a tenant
    approval, the housing chain's takeover) would arrive without them; its paper travels
    among the documents instead."""
    try:
        check_plain_decision(case.kind, decision.kind)
    except ValidationError:
        return False
    return True


def _add_document(session: Session, case_id: int, document: PackageDocument) -> None:
    """The document under the next number of this vault (its serials are this vault's); the
    PDF stays as it was made, with the sender's number printed on it."""
    conn = session.conn
    entry = document.entry
    year = session.today().year
    serial = (documents_repository.last_serial(conn, year) or 0) + 1
    number = DocumentNumber(entry.number.series, year, serial)
    stored = replace(entry, id=None, number=number, case_id=case_id)
    document_id = documents_repository.insert(conn, stored, document.pdf)
    if document.scan is not None:
        media_type, filename, data = document.scan
        documents_repository.put_scan(
            conn,
            document_id,
            media_type,
            data,
            filename,
            at=dt.datetime.now(dt.UTC),
            by=session.user_name,
        )


# --- sealing --------------------------------------------------------------------------------


def _peer(session: Session, peer_id: int) -> PeerVault:
    found = next((p for p in identity_repository.peers(session.conn) if p.id == peer_id), None)
    if found is None:
        raise NotFound("Det andra valvet", peer_id)
    return found


def _answered(session: Session, case_id: int, peer_id: int, reply_to: str | None) -> bytes | None:
    """The id of the package being answered: one this vault received from the same peer for
    this case. RuleViolation for any other."""
    if reply_to is None:
        return None
    try:
        package_id = bytes.fromhex(reply_to)
    except ValueError:
        package_id = b""
    received = handover_repository.get(session.conn, package_id) if package_id else None
    if (
        received is None
        or received.direction != handover_repository.RECEIVED
        or received.peer_id != peer_id
        or received.case_id != case_id
    ):
        raise RuleViolation(
            Text(
                "Svaret kan bara gå till det valv som ärendet kom från, som svar på paketet "
                "det kom i."
            )
        )
    return package_id


def _payload(session: Session, case_id: int, answered: bytes | None) -> Payload:
    conn = session.conn
    case = cases_repository.get(conn, case_id)
    if case is None:
        raise NotFound("Ärendet", case_id)
    ids = list(dict.fromkeys(p.person_id for p in case.parties))
    found = persons_repository.get_many(conn, ids)
    theirs = handover_repository.their_person_ids(conn, answered) if answered else {}
    people = tuple(
        PackagePerson(person_id, theirs.get(person_id), replace(found[person_id], id=None))
        for person_id in ids
    )
    documents = tuple(
        _document(conn, entry) for entry in reversed(documents_repository.of_case(conn, case_id))
    )
    return Payload(
        case=PackageCase(
            kind=case.kind,
            reference=str(case.reference),
            opened_on=case.opened_on,
            state=case.state,
            notes=case.notes,
            children_count=case.children_count,
            decisions=tuple(case.decisions),
            risk_assessments=tuple(case.risk_assessments),
        ),
        persons=people,
        parties=tuple(PackageParty(p.person_id, p.role, p.lives_in_flat) for p in case.parties),
        documents=documents,
        reply_to=answered,
    )


def _document(conn: Connection, entry: RegisteredDocument) -> PackageDocument:
    assert entry.id is not None
    pdf = documents_repository.pdf(conn, entry.id) or b""
    scan = documents_repository.scan(conn, entry.id) if entry.has_scan else None
    carried = None
    if scan is not None:
        carried = (scan[0], entry.scan_filename or "", scan[1])
    return PackageDocument(entry, pdf, carried)


# --- small helpers --------------------------------------------------------------------------


def _now(now: dt.datetime | None) -> dt.datetime:
    return now if now is not None else dt.datetime.now(dt.UTC)


def _stamp(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat(timespec="seconds")


def _shown_time(moment: dt.datetime) -> str:
    """As the preview shows it: UTC, to the minute (the two vaults may be in any time zone)."""
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


def _protected(person: Person) -> bool:
    return person.protection.is_protected


def _shown_name(person: Person) -> str:
    """As the app shows a person in lists: a protected person by protection level only."""
    if person.protection.is_protected:
        return Text("Skyddad person ({0})", person.protection.label)
    return person.full_name
