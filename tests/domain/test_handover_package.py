"""The hand-over package format: what the parser reads back from what was built, and the refusal
of each kind of broken file (not a package, cut short, damaged, too new), checked byte by byte.
The cryptography is the services' (tests/services/test_handover*.py); here the sealed payload
and the signature are stand-in bytes of the right length."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import tracemalloc

import pytest

from skyddsapp.domain import handover_package as fmt
from skyddsapp.domain.address import Address
from skyddsapp.domain.case import Decision, DecisionKind
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.document_register import DocumentNumber, RegisteredDocument
from skyddsapp.domain.person import CaseRole, Child, Person, ProtectionLevel, masked_person
from skyddsapp.domain.personal_number import PersonalNumber
from skyddsapp.domain.risk import RiskAssessment, RiskLevel

CREATED = dt.datetime(2026, 5, 4, 10, 0, tzinfo=dt.UTC)
HEADER = fmt.Header(
    sender_verify_key=bytes(range(32)),
    recipient_seal_key=bytes(range(32, 64)),
    package_id=bytes(range(100, 116)),
    created_at=CREATED,
    expires_at=CREATED + dt.timedelta(days=14),
)
SEALED = bytes(range(7, 7 + 90))
SIGNATURE = bytes(range(150, 214))


def package(header: fmt.Header = HEADER, sealed: bytes = SEALED) -> bytes:
    return fmt.assemble(fmt.encode_header(header, len(sealed)), sealed, SIGNATURE)


def test_a_built_package_parses_back_to_its_parts() -> None:
    data = package()
    parsed = fmt.parse(data)

    assert parsed.header == HEADER
    assert parsed.sealed == SEALED
    assert parsed.signature == SIGNATURE
    assert parsed.header_bytes == data[: fmt.HEADER_LENGTH]
    assert parsed.signed == data[: fmt.HEADER_LENGTH + len(SEALED)]
    assert len(data) == fmt.HEADER_LENGTH + len(SEALED) + 64 + 32
    assert data[:8] == b"SKYDDOVL"
    assert int.from_bytes(data[8:10], "big") == 1
    assert int.from_bytes(data[10:14], "big") == len(data)
    assert data[-32:] == hashlib.sha256(data[:-32]).digest()


def test_every_single_flipped_bit_is_refused_as_damage_or_as_not_a_package() -> None:
    data = package()
    for offset in range(len(data)):
        for bit in (0x01, 0x80):
            changed = bytearray(data)
            changed[offset] ^= bit
            expected = fmt.NotAPackage if offset < 8 else fmt.PackageDamaged
            with pytest.raises(fmt.PackageRefused) as raised:
                fmt.parse(bytes(changed))
            assert type(raised.value) is expected, offset


def test_a_package_cut_at_any_length_is_refused_as_truncated() -> None:
    data = package()
    for length in range(1, len(data)):
        with pytest.raises(fmt.PackageTruncated):
            fmt.parse(data[:length])
    with pytest.raises(fmt.NotAPackage):
        fmt.parse(b"")


def test_bytes_after_the_end_are_damage() -> None:
    with pytest.raises(fmt.PackageDamaged) as raised:
        fmt.parse(package() + b"\x00")
    assert type(raised.value) is fmt.PackageDamaged


def _rewritten(data: bytes, offset: int, value: bytes) -> bytes:
    body = bytearray(data[:-32])
    body[offset : offset + len(value)] = value
    return bytes(body) + hashlib.sha256(bytes(body)).digest()


def test_a_newer_version_is_named_and_version_zero_is_no_package() -> None:
    with pytest.raises(fmt.PackageTooNew):
        fmt.parse(_rewritten(package(), 8, (2).to_bytes(2, "big")))
    with pytest.raises(fmt.NotAPackage):
        fmt.parse(_rewritten(package(), 8, (0).to_bytes(2, "big")))


def test_a_newer_version_is_named_whatever_its_layout() -> None:
    # A later version may lay out everything after the prefix differently.
    body = b"SKYDDOVL" + (7).to_bytes(2, "big") + (14 + 5 + 32).to_bytes(4, "big") + b"xxxxx"
    with pytest.raises(fmt.PackageTooNew):
        fmt.parse(body + hashlib.sha256(body).digest())


def test_a_wrong_inner_length_with_a_whole_checksum_is_damage() -> None:
    data = package()
    for sealed_length in (0, len(SEALED) - 1, len(SEALED) + 1, 2**32 - 1):
        with pytest.raises(fmt.PackageDamaged):
            fmt.parse(_rewritten(data, 110, sealed_length.to_bytes(4, "big")))
    too_small = package(sealed=bytes(fmt.MIN_SEALED_LENGTH - 1))
    with pytest.raises(fmt.PackageDamaged):
        fmt.parse(too_small)


def test_a_time_no_calendar_holds_is_damage() -> None:
    with pytest.raises(fmt.PackageDamaged):
        fmt.parse(_rewritten(package(), 94, (2**62).to_bytes(8, "big", signed=True)))


def test_freshness_allows_a_small_clock_skew_and_no_time_past_expiry() -> None:
    fmt.check_freshness(HEADER, HEADER.expires_at)
    fmt.check_freshness(HEADER, CREATED - fmt.FUTURE_SKEW)
    with pytest.raises(fmt.PackageExpired):
        fmt.check_freshness(HEADER, HEADER.expires_at + dt.timedelta(seconds=1))
    with pytest.raises(fmt.PackageFromFuture):
        fmt.check_freshness(HEADER, CREATED - fmt.FUTURE_SKEW - dt.timedelta(seconds=1))


def test_no_package_lives_longer_than_the_longest_validity_whatever_it_says() -> None:
    forever = dataclasses.replace(HEADER, expires_at=CREATED + dt.timedelta(days=3650))
    last = CREATED + dt.timedelta(days=fmt.MAX_VALID_DAYS)
    fmt.check_freshness(forever, last)
    with pytest.raises(fmt.PackageExpired):
        fmt.check_freshness(forever, last + dt.timedelta(seconds=1))


def test_a_header_refuses_a_package_larger_than_a_reader_takes() -> None:
    with pytest.raises(fmt.PackageTooLarge):
        fmt.encode_header(HEADER, fmt.MAX_PACKAGE_SIZE)


def payload() -> fmt.Payload:
    client = Person(
        id=None,
        first_name="Qöxbärta",
        last_name="Zyxwvutsdotter",
        personal_number=PersonalNumber("197903144595"),
        protection=ProtectionLevel.PROTECTED_REGISTRATION,
        real_address=Address("Hemliga gatan 3", "75320", "Uppsala"),
        delivery_address=Address("Box 1", "75321", "Uppsala", "Skatteverket"),
        uses_skatteverket_forwarding=True,
        phone="070-123 45 67",
        children=[Child("Lillan", 2019)],
        notes="Föredrar kontakt på förmiddagen.",
    )
    entry = RegisteredDocument(
        id=9,
        number=DocumentNumber.parse("NX-2026-000042"),
        case_id=3,
        form_id="fullmakt",
        title="Fullmakt",
        version=2,
        document_date=dt.date(2026, 5, 4),
        content_sha256="ab" * 32,
        protected=True,
        created_at=dt.datetime(2026, 5, 4, 9, 30, tzinfo=dt.UTC),
        created_by="handlaggare",
        signed_on=dt.date(2026, 5, 4),
        signed_by="Qöxbärta Zyxwvutsdotter",
        variant="agent=4",
    )
    return fmt.Payload(
        case=fmt.PackageCase(
            kind=CaseKind.CUSTOMER_CARE,
            reference="KV-2026-0007",
            opened_on=dt.date(2026, 4, 1),
            state="need_confirmed",
            notes="Två rader\nanteckningar.",
            children_count=1,
            decisions=(
                Decision(dt.date(2026, 4, 2), DecisionKind.NEED_CONFIRMATION, "Ja.", "Nexus", True),
            ),
            risk_assessments=(
                RiskAssessment(
                    dt.date(2026, 4, 3), "Nexus", RiskLevel.HIGH, True, dt.date(2026, 6, 1)
                ),
            ),
        ),
        persons=(fmt.PackagePerson(12, None, client),),
        parties=(fmt.PackageParty(12, CaseRole.CLIENT, True),),
        documents=(
            fmt.PackageDocument(entry, b"%PDF-1.7 \x00\xff", ("image/png", "p.png", b"\x89PNG")),
        ),
        reply_to=bytes(range(16)),
    )


def test_a_payload_reads_back_as_it_was_written() -> None:
    sent = payload()
    back = fmt.decode_payload(fmt.encode_payload(sent))

    assert back.case == sent.case
    assert back.parties == sent.parties
    assert back.reply_to == sent.reply_to
    [person] = back.persons
    assert (person.key, person.your_key) == (12, None)
    assert vars(person.person) == vars(sent.persons[0].person)
    [document] = back.documents
    assert (document.pdf, document.scan) == (sent.documents[0].pdf, sent.documents[0].scan)
    assert document.entry == dataclasses.replace(sent.documents[0].entry, id=None, case_id=0)


def test_a_payload_naming_a_person_it_does_not_carry_is_refused() -> None:
    sent = payload()
    broken = fmt.Payload(sent.case, sent.persons, (fmt.PackageParty(13, CaseRole.AGENT),))
    with pytest.raises(fmt.PackageContentInvalid):
        fmt.decode_payload(fmt.encode_payload(broken))


def test_a_payload_naming_a_person_twice_in_one_role_is_refused() -> None:
    sent = payload()
    twice = dataclasses.replace(sent, parties=(*sent.parties, *sent.parties))
    with pytest.raises(fmt.PackageContentInvalid):
        fmt.decode_payload(fmt.encode_payload(twice))


def test_a_masked_person_is_never_sealed() -> None:
    sent = payload()
    masked = fmt.PackagePerson(12, None, masked_person(sent.persons[0].person))
    with pytest.raises(ValueError, match="masked"):
        fmt.encode_payload(dataclasses.replace(sent, persons=(masked,)))


def test_a_lying_length_makes_the_parser_allocate_nothing_of_its_size() -> None:
    huge = (2**32 - 1).to_bytes(4, "big")
    package_lie = fmt.MAGIC + (1).to_bytes(2, "big") + huge + bytes(200)
    payload_lie = huge + b"{}" + (0xFFFF).to_bytes(2, "big") + huge
    tracemalloc.start()
    try:
        with pytest.raises(fmt.PackageTruncated):
            fmt.parse(package_lie)
        with pytest.raises(fmt.PackageContentInvalid):
            fmt.decode_payload(payload_lie)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 64 * 1024


def test_times_at_the_end_of_the_calendar_are_refused_not_crashed_on() -> None:
    """A signed package may carry any time the parser accepts, up to 9999-12-31: freshness
    must refuse it as from the future or expired, never overflow."""
    last = dt.datetime(9999, 12, 31, 23, 59, 59, tzinfo=dt.UTC)
    far = dataclasses.replace(HEADER, created_at=last, expires_at=last)
    with pytest.raises(fmt.PackageFromFuture):
        fmt.check_freshness(far, CREATED)
    with pytest.raises(fmt.PackageExpired):
        fmt.check_freshness(dataclasses.replace(HEADER, expires_at=last), last)
