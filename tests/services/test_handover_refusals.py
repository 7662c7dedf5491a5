"""Every bad package is refused with its own message before anything is stored or logged:
damaged (each region), truncated, too new, from an unknown sender, addressed to another vault,
forged, expired, from the future, replayed."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Callable, Iterator

import pytest
from handover_support import NOW, Pair, lock, stored_counts, trusted_pair
from service_support import Factory, audit_entries, new_vault

from skyddsapp.crypto.signing import new_signing_key, sign
from skyddsapp.domain import handover_package as fmt
from skyddsapp.domain.identity_card import parse_card
from skyddsapp.services import handover, identities
from skyddsapp.services.context import Session
from skyddsapp.services.handover import PackageRefused


@dataclasses.dataclass
class World:
    pair: Pair
    third: Session
    """A third vault that trusts both Nexus and Uppsalahem, but neither of them trusts it."""
    third_to_b: int


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    folder = tmp_path_factory.mktemp("handover")
    pair = trusted_pair(folder)
    third = new_vault(folder / "tredje")
    identities.create_identity(third, "Tredje valvet")
    ids = {}
    for name, other in (("a", pair.a.vault), ("b", pair.b.vault)):
        text = identities.own_card_text(other)
        ids[name] = identities.import_peer(third, text, parse_card(text).fingerprint).id
    yield World(pair, Session(third, pair.a.today), ids["b"])
    third.lock()
    lock(pair)


def _sealed(world: World) -> handover.SealedPackage:
    pair = world.pair
    client = pair.make_a.person("Qöxbärta", "Zyxwvutsdotter")
    case = pair.make_a.case(client=client, notes="Anteckning om ärendet.")
    assert case.id is not None
    return handover.seal_case(pair.a, case.id, pair.b_in_a, now=NOW)


def _refused(
    session: Session, data: bytes, error: type[PackageRefused], *, now: dt.datetime = NOW
) -> None:
    """Both reading and importing `data` raise exactly `error`, and nothing is stored."""
    before, logged = stored_counts(session.conn), len(audit_entries(session.conn))
    for use in (handover.read_package, handover.import_package):
        with pytest.raises(PackageRefused) as raised:
            use(session, data, now=now)
        assert type(raised.value) is error
        assert str(raised.value) == error.message
    assert stored_counts(session.conn) == before
    assert len(audit_entries(session.conn)) == logged


def _with_checksum(body: bytes) -> bytes:
    return body + hashlib.sha256(body).digest()


def test_every_refusal_has_its_own_message() -> None:
    kinds = [
        handover.NotAPackage,
        handover.PackageTruncated,
        handover.PackageDamaged,
        handover.PackageTooNew,
        handover.UnknownSender,
        handover.WrongRecipient,
        handover.BadSignature,
        handover.PackageExpired,
        handover.PackageFromFuture,
        handover.PackageReplayed,
        handover.PackageContentInvalid,
    ]
    assert len({kind.message for kind in kinds}) == len(kinds)
    assert all(issubclass(kind, PackageRefused) for kind in kinds)


@pytest.mark.parametrize(
    ("region", "offset"),
    [
        ("magic", lambda n: 3),
        ("version", lambda n: 9),
        ("length", lambda n: 12),
        ("sender", lambda n: 20),
        ("recipient", lambda n: 50),
        ("package id", lambda n: 80),
        ("created at", lambda n: 100),
        ("expires at", lambda n: 108),
        ("sealed length", lambda n: 112),
        ("ciphertext", lambda n: 200),
        ("signature", lambda n: n - 32 - 10),
        ("checksum", lambda n: n - 1),
    ],
)
def test_a_flipped_byte_anywhere_is_refused_as_damaged(
    world: World, region: str, offset: Callable[[int], int]
) -> None:
    data = bytearray(_sealed(world).data)
    data[offset(len(data))] ^= 0x01

    expected = handover.NotAPackage if region == "magic" else handover.PackageDamaged
    _refused(world.pair.b, bytes(data), expected)


def test_a_package_cut_short_at_any_length_is_refused_as_truncated(world: World) -> None:
    data = _sealed(world).data
    session = world.pair.b
    before = stored_counts(session.conn)
    for length in range(1, len(data)):
        with pytest.raises(handover.PackageTruncated):
            handover.read_package(session, data[:length], now=NOW)
    _refused(session, data[: len(data) // 2], handover.PackageTruncated)
    assert stored_counts(session.conn) == before


def test_other_files_are_not_packages(world: World) -> None:
    for data in (b"", b"%PDF-1.4\n" + bytes(300), b"SKYDDAPP" + bytes(300)):
        _refused(world.pair.b, data, handover.NotAPackage)


def test_a_newer_format_version_is_named(world: World) -> None:
    data = bytearray(_sealed(world).data[:-32])
    data[8:10] = (fmt.FORMAT_VERSION + 1).to_bytes(2, "big")

    _refused(world.pair.b, _with_checksum(bytes(data)), handover.PackageTooNew)


def test_a_package_from_a_vault_not_trusted_is_refused(world: World) -> None:
    make = Factory(world.third)
    case = make.case(client=make.person("Tredje", "Valvsson"))
    assert case.id is not None
    sent = handover.seal_case(world.third, case.id, world.third_to_b, now=NOW)

    # Uppsalahem has not imported the third vault's card.
    _refused(world.pair.b, sent.data, handover.UnknownSender)


def test_a_package_for_another_vault_is_refused(world: World) -> None:
    # The third vault trusts Nexus, but Nexus sealed the package to Uppsalahem.
    _refused(world.third, _sealed(world).data, handover.WrongRecipient)


def test_a_forged_package_with_a_mended_checksum_fails_its_signature(world: World) -> None:
    data = bytearray(_sealed(world).data[:-32])
    data[200] ^= 0x01  # a byte of the sealed payload, the checksum made again

    _refused(world.pair.b, _with_checksum(bytes(data)), handover.BadSignature)


def test_a_package_signed_by_another_key_fails_its_signature(world: World) -> None:
    parsed = fmt.parse(_sealed(world).data)
    forged = fmt.assemble(
        parsed.header_bytes, parsed.sealed, sign(new_signing_key(), parsed.signed)
    )

    _refused(world.pair.b, forged, handover.BadSignature)


def test_an_expired_package_is_refused(world: World) -> None:
    data = _sealed(world).data
    _refused(
        world.pair.b, data, handover.PackageExpired, now=NOW + dt.timedelta(days=14, seconds=1)
    )
    handover.read_package(world.pair.b, data, now=NOW + dt.timedelta(days=14))


def test_a_package_from_the_future_is_refused(world: World) -> None:
    data = _sealed(world).data
    _refused(world.pair.b, data, handover.PackageFromFuture, now=NOW - dt.timedelta(minutes=16))
    handover.read_package(world.pair.b, data, now=NOW - dt.timedelta(minutes=15))


def test_a_package_imported_once_is_refused_the_second_time(world: World) -> None:
    data = _sealed(world).data
    handover.import_package(world.pair.b, data, now=NOW)

    _refused(world.pair.b, data, handover.PackageReplayed)
