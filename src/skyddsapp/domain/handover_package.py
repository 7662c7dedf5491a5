"""The sealed hand-over package (issue 12 part 3): one file that carries a case from one vault to
another across an air gap. Pure: builds and parses bytes and the payload inside them, makes
every check that needs no stored data and no key, and raises a `PackageRefused` subclass with
its own Swedish message for each way a file can be wrong. The services do the cryptography
(sealing to the recipient, the Ed25519 signature) and the checks against the vault.

The byte layout, version 1 (docs/handover-package-format.md says the same with the reasons):

    offset  size  field
    0       8     magic b"SKYDDOVL"                                   } the same in every
    8       2     format version, unsigned big-endian (1)             } version, so that any
    10      4     total length of the file in bytes, big-endian       } version can be checked
    14      32    sender's Ed25519 verify key
    46      32    recipient's X25519 seal key
    78      16    package id (random)
    94      8     created at, Unix seconds UTC, signed big-endian
    102     8     expires at, the same
    110     4     length n of the sealed payload, big-endian
    114     n     payload sealed to the recipient (`crypto.box.seal_to`, AAD = bytes 0–113)
    114+n   64    Ed25519 signature by the sender over bytes 0 … 113+n
    178+n   32    SHA-256 over bytes 0 … 177+n                        } in every version

The trailing SHA-256 is no protection against an attacker (anyone can recompute it); it tells a
file damaged on the way (a bad USB stick, a cut copy) apart from a forged one, which only the
signature can tell. A parser reads no length it has not checked against the file's own size,
so it never allocates more than the file holds.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from skyddsapp.domain.address import Address
from skyddsapp.domain.case import Decision, DecisionKind
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.case_reference import CaseReference
from skyddsapp.domain.document_register import DocumentNumber, RegisteredDocument
from skyddsapp.domain.errors import DomainError
from skyddsapp.domain.person import CaseRole, Child, Person, ProtectionLevel
from skyddsapp.domain.personal_number import PersonalNumber
from skyddsapp.domain.risk import RiskAssessment, RiskLevel
from skyddsapp.domain.text import Text

__all__ = [
    "FORMAT_VERSION",
    "BadSignature",
    "Header",
    "NotAPackage",
    "PackageCase",
    "PackageContentInvalid",
    "PackageDamaged",
    "PackageDocument",
    "PackageExpired",
    "PackageFromFuture",
    "PackageParty",
    "PackagePerson",
    "PackageRefused",
    "PackageReplayed",
    "PackageTooLarge",
    "PackageTooNew",
    "PackageTruncated",
    "ParsedPackage",
    "Payload",
    "UnknownSender",
    "WrongRecipient",
    "assemble",
    "check_freshness",
    "decode_payload",
    "encode_header",
    "encode_payload",
    "parse",
]


class PackageRefused(DomainError):
    """A package that is not imported; str() is the Swedish message for the user. Nothing was
    stored and nothing was logged when this is raised."""

    message: str = Text("Paketet kan inte tas emot.")

    def __init__(self) -> None:
        super().__init__(self.message)


class NotAPackage(PackageRefused):
    message: str = Text("Filen är inte ett överlämningspaket från skyddsappen.")


class PackageDamaged(PackageRefused):
    message: str = Text(
        "Paketet är skadat: någon byte i filen har ändrats på vägen. Be avsändaren försegla "
        "ärendet igen och skicka en ny fil."
    )


class PackageTruncated(PackageDamaged):
    """A package cut short (a copy that did not finish); a kind of damage, with its own text."""

    message: str = Text(
        "Paketet är ofullständigt: filen tar slut för tidigt. Kopiera filen igen från "
        "avsändarens media."
    )


class PackageTooNew(PackageRefused):
    message: str = Text(
        "Paketet är gjort i en nyare version av skyddsappen än den här. Uppdatera programmet "
        "innan paketet tas emot."
    )


class UnknownSender(PackageRefused):
    message: str = Text(
        "Paketet kommer från ett valv som det här valvet inte litar på. En administratör måste "
        "först lägga till avsändarens identitetskort och jämföra fingeravtrycket."
    )


class WrongRecipient(PackageRefused):
    message: str = Text("Paketet är inte ställt till det här valvet och kan inte öppnas här.")


class BadSignature(PackageRefused):
    message: str = Text(
        "Paketets signatur stämmer inte med avsändarens nyckel: paketet kan vara förfalskat. "
        "Ta inte emot det; kontakta avsändaren på annat sätt."
    )


class PackageExpired(PackageRefused):
    message: str = Text(
        "Paketet har gått ut och tas inte emot. Be avsändaren försegla ärendet igen."
    )


class PackageFromFuture(PackageRefused):
    message: str = Text(
        "Paketet är daterat i framtiden: avsändarens eller den här datorns klocka går fel. "
        "Kontrollera klockorna innan paketet tas emot."
    )


class PackageReplayed(PackageRefused):
    message: str = Text("Paketet har redan tagits emot i det här valvet och tas inte emot igen.")


class PackageContentInvalid(PackageRefused):
    """Signed by a trusted sender and opened, but what it holds is not a valid case (a sender
    whose program knows rules or fields this one does not)."""

    message: str = Text(
        "Paketet är äkta, men innehållet går inte att läsa in i det här valvet. Kontrollera att "
        "båda valven har samma version av skyddsappen."
    )


MAGIC = b"SKYDDOVL"
FORMAT_VERSION = 1
KEY_LENGTH = 32
PACKAGE_ID_LENGTH = 16
SIGNATURE_LENGTH = 64
CHECKSUM_LENGTH = 32
PREFIX_LENGTH = 14
"""Magic, version and total length: the part every version keeps."""
HEADER_LENGTH = 114
"""Version 1's header up to and including the sealed payload's length."""
MIN_SEALED_LENGTH = 60
"""The smallest sealed payload `crypto.box` can make (ephemeral key, nonce, tag)."""
MAX_PACKAGE_SIZE = 256 * 1024 * 1024
"""The largest file a package may be (a case with many scanned documents fits many times)."""
MAX_VALID_DAYS = 90
FUTURE_SKEW = dt.timedelta(minutes=15)
"""How far ahead of this computer's clock a package's creation time may be: two air-gapped
computers' clocks drift apart."""


@dataclass(frozen=True)
class Header:
    """The readable, signed part of a package: who sent it, to whom, which one, and when."""

    sender_verify_key: bytes
    recipient_seal_key: bytes
    package_id: bytes
    created_at: dt.datetime
    expires_at: dt.datetime

    @property
    def package_hex(self) -> str:
        return self.package_id.hex()


@dataclass(frozen=True)
class ParsedPackage:
    """A package whose structure and checksum are whole; nothing about it is trusted yet."""

    header: Header
    header_bytes: bytes
    """Bytes 0–113: the associated data the payload was sealed with."""
    sealed: bytes
    signed: bytes
    """Every byte the signature covers (header and sealed payload)."""
    signature: bytes


def encode_header(header: Header, sealed_length: int) -> bytes:
    """Bytes 0–113 of a version-1 package whose sealed payload is `sealed_length` bytes."""
    total = HEADER_LENGTH + sealed_length + SIGNATURE_LENGTH + CHECKSUM_LENGTH
    if total > MAX_PACKAGE_SIZE:
        raise PackageTooLarge()
    if (
        len(header.sender_verify_key) != KEY_LENGTH
        or len(header.recipient_seal_key) != KEY_LENGTH
        or len(header.package_id) != PACKAGE_ID_LENGTH
    ):
        raise ValueError("a package header needs two 32-byte keys and a 16-byte id")
    return b"".join(
        (
            MAGIC,
            FORMAT_VERSION.to_bytes(2, "big"),
            total.to_bytes(4, "big"),
            header.sender_verify_key,
            header.recipient_seal_key,
            header.package_id,
            _seconds(header.created_at).to_bytes(8, "big", signed=True),
            _seconds(header.expires_at).to_bytes(8, "big", signed=True),
            sealed_length.to_bytes(4, "big"),
        )
    )


class PackageTooLarge(DomainError):
    """Sealing refused: the case's documents would make a package larger than a reader takes."""

    def __init__(self) -> None:
        super().__init__(
            Text(
                "Ärendet är för stort för ett överlämningspaket (högst {0} MB). Överlämna "
                "dokumenten i flera omgångar.",
                MAX_PACKAGE_SIZE // (1024 * 1024),
            )
        )


def assemble(header_bytes: bytes, sealed: bytes, signature: bytes) -> bytes:
    """The package file: header, sealed payload, signature, and the checksum over them."""
    if len(signature) != SIGNATURE_LENGTH:
        raise ValueError("an Ed25519 signature is 64 bytes")
    body = header_bytes + sealed + signature
    return body + hashlib.sha256(body).digest()


def parse(data: bytes) -> ParsedPackage:
    """The package in `data`, checked for what needs no key: it is a package, complete,
    undamaged and of a version this program reads. Raises NotAPackage, PackageTruncated,
    PackageDamaged or PackageTooNew, in that order of checks."""
    view = memoryview(data)
    size = len(view)
    if size < len(MAGIC):
        if size and MAGIC.startswith(bytes(view)):
            raise PackageTruncated()
        raise NotAPackage()
    if bytes(view[: len(MAGIC)]) != MAGIC:
        raise NotAPackage()
    if size < PREFIX_LENGTH:
        raise PackageTruncated()
    version = int.from_bytes(view[8:10], "big")
    total = int.from_bytes(view[10:14], "big")
    whole = size >= PREFIX_LENGTH + CHECKSUM_LENGTH and _checksum_matches(view)
    if total != size:
        # A file whose checksum holds with its true size in the length field is complete: its
        # length field was changed, its end not cut off.
        if size < total and not whole:
            raise PackageTruncated()
        raise PackageDamaged()
    if not whole:
        raise PackageDamaged()
    if version > FORMAT_VERSION:
        raise PackageTooNew()
    if version < 1:
        raise NotAPackage()
    return _parse_v1(view)


def _checksum_matches(view: memoryview) -> bool:
    """Whether the last 32 bytes are the SHA-256 of the rest, with the file's true size in the
    length field (which, for a whole file, is what is written there)."""
    if len(view) > MAX_PACKAGE_SIZE:
        return False
    digest = hashlib.sha256(view[:10])
    digest.update(len(view).to_bytes(4, "big"))
    digest.update(view[PREFIX_LENGTH:-CHECKSUM_LENGTH])
    return digest.digest() == bytes(view[-CHECKSUM_LENGTH:])


def _parse_v1(view: memoryview) -> ParsedPackage:
    size = len(view)
    # The checksum holds, so these bytes are as their writer made them: a wrong structure here
    # is a file that was never a valid package, made or rewritten by someone else.
    if size < HEADER_LENGTH + SIGNATURE_LENGTH + CHECKSUM_LENGTH:
        raise PackageDamaged()
    sealed_length = int.from_bytes(view[110:114], "big")
    if (
        sealed_length != size - HEADER_LENGTH - SIGNATURE_LENGTH - CHECKSUM_LENGTH
        or sealed_length < MIN_SEALED_LENGTH
    ):
        raise PackageDamaged()
    created = _moment(int.from_bytes(view[94:102], "big", signed=True))
    expires = _moment(int.from_bytes(view[102:110], "big", signed=True))
    if created is None or expires is None:
        raise PackageDamaged()
    header = Header(
        sender_verify_key=bytes(view[14:46]),
        recipient_seal_key=bytes(view[46:78]),
        package_id=bytes(view[78:94]),
        created_at=created,
        expires_at=expires,
    )
    signed_end = HEADER_LENGTH + sealed_length
    return ParsedPackage(
        header=header,
        header_bytes=bytes(view[:HEADER_LENGTH]),
        sealed=bytes(view[HEADER_LENGTH:signed_end]),
        signed=bytes(view[:signed_end]),
        signature=bytes(view[signed_end : signed_end + SIGNATURE_LENGTH]),
    )


def check_freshness(header: Header, now: dt.datetime) -> None:
    """PackageExpired once `now` is past the package's expiry (or `MAX_VALID_DAYS` after it
    was made, whatever expiry a sender wrote), PackageFromFuture when it was made later than
    `now` allows (beyond `FUTURE_SKEW`)."""
    # No addition to a time the package chose: near year 9999 it would overflow.
    if now > header.expires_at or now - header.created_at > dt.timedelta(days=MAX_VALID_DAYS):
        raise PackageExpired()
    if header.created_at > now + FUTURE_SKEW:
        raise PackageFromFuture()


def _seconds(moment: dt.datetime) -> int:
    if moment.tzinfo is None:
        raise ValueError("package times are aware datetimes in UTC")
    return int(moment.timestamp())


def _moment(seconds: int) -> dt.datetime | None:
    try:
        return dt.datetime.fromtimestamp(seconds, dt.UTC)
    except (OverflowError, OSError, ValueError):
        return None


# The payload ---------------------------------------------------------------------------------
#
# Plaintext = u32 length J ‖ J bytes of UTF-8 JSON ‖ u16 count K ‖ K × (u32 length L ‖ L bytes).
# The JSON describes the case; the K blobs are the documents' PDFs and scans, which the JSON
# names by index. Binary blobs spare the third that base64 would add to every scan.

PAYLOAD_VERSION = 1
MAX_BLOBS = 2000


@dataclass(frozen=True)
class PackagePerson:
    """A person as sent: `key` is the person's id in the sending vault; `your_key` the id in
    the receiving vault when the person came from it (a package answering one of its own)."""

    key: int
    your_key: int | None
    person: Person


@dataclass(frozen=True)
class PackageParty:
    person_key: int
    role: CaseRole
    lives_in_flat: bool = False


@dataclass(frozen=True)
class PackageDocument:
    """A registered document with its PDF and, when the signed paper was scanned, the scan
    (media type, file name, bytes). `entry.id` and `entry.case_id` mean nothing here."""

    entry: RegisteredDocument
    pdf: bytes
    scan: tuple[str, str, bytes] | None = None


@dataclass(frozen=True)
class PackageCase:
    kind: CaseKind
    reference: str
    """The case's reference in the sending vault."""
    opened_on: dt.date
    state: str
    notes: str = ""
    children_count: int = 0
    decisions: tuple[Decision, ...] = ()
    risk_assessments: tuple[RiskAssessment, ...] = ()


@dataclass(frozen=True)
class Payload:
    """What a package carries to the other vault (what it does not carry, and why, is in
    docs/handover-package-format.md)."""

    case: PackageCase
    persons: tuple[PackagePerson, ...]
    parties: tuple[PackageParty, ...]
    documents: tuple[PackageDocument, ...] = ()
    reply_to: bytes | None = None
    """The id of the package this one answers (one the receiving vault sent), if any."""


def encode_payload(payload: Payload) -> bytes:
    """The plaintext that is sealed to the recipient."""
    blobs: list[bytes] = []

    def blob(data: bytes) -> int:
        blobs.append(bytes(data))
        return len(blobs) - 1

    document: dict[str, Any] = {
        "version": PAYLOAD_VERSION,
        "reply_to": payload.reply_to.hex() if payload.reply_to is not None else None,
        "case": _case_json(payload.case),
        "persons": [_person_json(p) for p in payload.persons],
        "parties": [
            {"person": p.person_key, "role": p.role.value, "lives_in_flat": p.lives_in_flat}
            for p in payload.parties
        ],
        "documents": [_document_json(d, blob) for d in payload.documents],
    }
    if len(blobs) > MAX_BLOBS:
        raise PackageTooLarge()
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    parts = [len(text).to_bytes(4, "big"), text, len(blobs).to_bytes(2, "big")]
    for data in blobs:
        parts += [len(data).to_bytes(4, "big"), data]
    return b"".join(parts)


def decode_payload(plain: bytes | bytearray) -> Payload:
    """The payload in an opened package; PackageContentInvalid when it is not one this
    program can store (a field missing, of the wrong type, or refused by the domain's rules)."""
    try:
        return _decode(memoryview(plain))
    except PackageRefused:
        raise
    except (DomainError, ValueError, TypeError, KeyError, IndexError, RecursionError):
        raise PackageContentInvalid() from None


def _decode(view: memoryview) -> Payload:
    json_length, at = _u32(view, 0), 4
    if json_length > len(view) - at:
        raise PackageContentInvalid()
    document = json.loads(bytes(view[at : at + json_length]).decode("utf-8"))
    at += json_length
    if len(view) - at < 2:
        raise PackageContentInvalid()
    count, at = int.from_bytes(view[at : at + 2], "big"), at + 2
    if count > MAX_BLOBS:
        raise PackageContentInvalid()
    blobs: list[bytes] = []
    for _ in range(count):
        if len(view) - at < 4:
            raise PackageContentInvalid()
        length, at = _u32(view, at), at + 4
        if length > len(view) - at:
            raise PackageContentInvalid()
        blobs.append(bytes(view[at : at + length]))
        at += length
    if at != len(view):
        raise PackageContentInvalid()
    root = _dict(document)
    if _int(root["version"]) != PAYLOAD_VERSION:
        raise PackageContentInvalid()
    reply = _opt(root.get("reply_to"), _str)
    reply_to = _hex_id(reply) if reply is not None else None
    persons = tuple(_person(_dict(p)) for p in _list(root["persons"]))
    keys = {p.key for p in persons}
    if len(keys) != len(persons):
        raise PackageContentInvalid()
    parties = tuple(_party(_dict(p)) for p in _list(root["parties"]))
    if any(p.person_key not in keys for p in parties):
        raise PackageContentInvalid()
    if len({(p.person_key, p.role) for p in parties}) != len(parties):
        raise PackageContentInvalid()
    documents = tuple(_document(_dict(d), blobs) for d in _list(root["documents"]))
    return Payload(_case(_dict(root["case"])), persons, parties, documents, reply_to)


def _u32(view: memoryview, at: int) -> int:
    if len(view) - at < 4:
        raise PackageContentInvalid()
    return int.from_bytes(view[at : at + 4], "big")


_T = TypeVar("_T")


def _dict(value: object) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise TypeError("object expected")
    return value


def _list(value: object) -> list[Any]:
    if not isinstance(value, list):
        raise TypeError("list expected")
    return value


def _str(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError("string expected")
    return value


def _int(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError("integer expected")
    return value


def _bool(value: object) -> bool:
    if not isinstance(value, bool):
        raise TypeError("boolean expected")
    return value


def _opt(value: object, read: Callable[[object], _T]) -> _T | None:
    return None if value is None else read(value)


def _day(value: object) -> dt.date:
    return dt.date.fromisoformat(_str(value))


def _when(value: object) -> dt.datetime:
    return dt.datetime.fromisoformat(_str(value))


_HEX_ID = re.compile(r"^[0-9a-f]{32}$")


def _hex_id(text: str) -> bytes:
    if not _HEX_ID.match(text):
        raise ValueError("a package id is 32 hex digits")
    return bytes.fromhex(text)


def _case_json(case: PackageCase) -> dict[str, Any]:
    return {
        "kind": case.kind.value,
        "reference": case.reference,
        "opened_on": case.opened_on.isoformat(),
        "state": case.state,
        "notes": case.notes,
        "children_count": case.children_count,
        "decisions": [
            {
                "date": d.date.isoformat(),
                "kind": d.kind.value,
                "text": d.text,
                "decided_by": d.decided_by,
                "granted": d.granted,
                "valid_until": d.valid_until.isoformat() if d.valid_until else None,
            }
            for d in case.decisions
        ],
        "risk_assessments": [
            {
                "date": r.date.isoformat(),
                "assessor": r.assessor,
                "level": r.level.value,
                "seeks_out_victim": r.seeks_out_victim,
                "next_review": r.next_review.isoformat(),
            }
            for r in case.risk_assessments
        ],
    }


def _case(data: dict[str, Any]) -> PackageCase:
    reference = _str(data["reference"])
    CaseReference.parse(reference)
    return PackageCase(
        kind=CaseKind(_str(data["kind"])),
        reference=reference,
        opened_on=_day(data["opened_on"]),
        state=_str(data["state"]),
        notes=_str(data["notes"]),
        children_count=_int(data["children_count"]),
        decisions=tuple(
            Decision(
                date=_day(d["date"]),
                kind=DecisionKind(_str(d["kind"])),
                text=_str(d["text"]),
                decided_by=_str(d["decided_by"]),
                granted=_opt(d["granted"], _bool),
                valid_until=_opt(d["valid_until"], _day),
            )
            for d in map(_dict, _list(data["decisions"]))
        ),
        risk_assessments=tuple(
            RiskAssessment(
                date=_day(r["date"]),
                assessor=_str(r["assessor"]),
                level=RiskLevel(_str(r["level"])),
                seeks_out_victim=_bool(r["seeks_out_victim"]),
                next_review=_day(r["next_review"]),
            )
            for r in map(_dict, _list(data["risk_assessments"]))
        ),
    )


def _address_json(address: Address | None) -> dict[str, Any] | None:
    if address is None:
        return None
    return {
        "street": address.street,
        "postal_code": address.postal_code,
        "city": address.city,
        "care_of": address.care_of,
    }


def _address(value: object) -> Address:
    data = _dict(value)
    care_of = _opt(data["care_of"], _str)
    return Address(_str(data["street"]), _str(data["postal_code"]), _str(data["city"]), care_of)


def _person_json(sent: PackagePerson) -> dict[str, Any]:
    person = sent.person
    if person.masked:
        # A masked copy would travel without what the receiving handler needs.
        raise ValueError("a person is sealed with every field, never a masked copy")
    return {
        "key": sent.key,
        "your_key": sent.your_key,
        "first_name": person.first_name,
        "last_name": person.last_name,
        "personal_number": person.personal_number.digits if person.personal_number else None,
        "protection": person.protection.value,
        "real_address": _address_json(person.real_address),
        "delivery_address": _address_json(person.delivery_address),
        "uses_skatteverket_forwarding": person.uses_skatteverket_forwarding,
        "phone": person.phone,
        "children": [
            {"first_name": c.first_name, "birth_year": c.birth_year} for c in person.children
        ],
        "notes": person.notes,
    }


def _person(data: dict[str, Any]) -> PackagePerson:
    number = _opt(data["personal_number"], _str)
    person = Person(
        id=None,
        first_name=_str(data["first_name"]),
        last_name=_str(data["last_name"]),
        personal_number=PersonalNumber(number) if number is not None else None,
        protection=ProtectionLevel(_str(data["protection"])),
        real_address=_opt(data["real_address"], _address),
        delivery_address=_opt(data["delivery_address"], _address),
        uses_skatteverket_forwarding=_bool(data["uses_skatteverket_forwarding"]),
        phone=_opt(data["phone"], _str),
        children=[
            Child(_str(c["first_name"]), _int(c["birth_year"]))
            for c in map(_dict, _list(data["children"]))
        ],
        notes=_str(data["notes"]),
    )
    return PackagePerson(_int(data["key"]), _opt(data["your_key"], _int), person)


def _party(data: dict[str, Any]) -> PackageParty:
    return PackageParty(
        _int(data["person"]), CaseRole(_str(data["role"])), _bool(data["lives_in_flat"])
    )


def _document_json(sent: PackageDocument, blob: Callable[[bytes], int]) -> dict[str, Any]:
    entry = sent.entry

    def stamp(moment: dt.datetime | None) -> str | None:
        return moment.isoformat() if moment is not None else None

    return {
        "number": entry.number.formatted(),
        "form_id": entry.form_id,
        "variant": entry.variant,
        "title": entry.title,
        "version": entry.version,
        "document_date": entry.document_date.isoformat(),
        "content_sha256": entry.content_sha256,
        "protected": entry.protected,
        "created_at": stamp(entry.created_at),
        "created_by": entry.created_by,
        "printed_at": stamp(entry.printed_at),
        "printed_by": entry.printed_by,
        "print_count": entry.print_count,
        "signed_on": entry.signed_on.isoformat() if entry.signed_on else None,
        "signed_by": entry.signed_by,
        "signature_recorded_by": entry.signature_recorded_by,
        "archived_at": stamp(entry.archived_at),
        "archived_by": entry.archived_by,
        "pdf": blob(sent.pdf),
        "scan": None
        if sent.scan is None
        else {"media_type": sent.scan[0], "filename": sent.scan[1], "data": blob(sent.scan[2])},
    }


def _blob(blobs: list[bytes], value: object) -> bytes:
    index = _int(value)
    if not 0 <= index < len(blobs):
        raise IndexError("no such blob")
    return blobs[index]


_SHA256_HEX = re.compile(r"^[0-9a-f]{64}$")


def _document(data: dict[str, Any], blobs: list[bytes]) -> PackageDocument:
    sha = _str(data["content_sha256"])
    if not _SHA256_HEX.match(sha):
        raise ValueError("content_sha256 is 64 hex digits")
    entry = RegisteredDocument(
        id=None,
        number=DocumentNumber.parse(_str(data["number"])),
        case_id=0,
        form_id=_str(data["form_id"]),
        title=_str(data["title"]),
        version=_int(data["version"]),
        document_date=_day(data["document_date"]),
        content_sha256=sha,
        protected=_bool(data["protected"]),
        created_at=_when(data["created_at"]),
        created_by=_str(data["created_by"]),
        printed_at=_opt(data["printed_at"], _when),
        printed_by=_opt(data["printed_by"], _str),
        print_count=_int(data["print_count"]),
        signed_on=_opt(data["signed_on"], _day),
        signed_by=_opt(data["signed_by"], _str),
        signature_recorded_by=_opt(data["signature_recorded_by"], _str),
        archived_at=_opt(data["archived_at"], _when),
        archived_by=_opt(data["archived_by"], _str),
        variant=_str(data["variant"]),
    )
    pdf = _blob(blobs, data["pdf"])
    scan_data = _opt(data["scan"], _dict)
    scan = None
    if scan_data is not None:
        scan = (
            _str(scan_data["media_type"]),
            _str(scan_data["filename"]),
            _blob(blobs, scan_data["data"]),
        )
    return PackageDocument(entry, pdf, scan)
