"""Hypothesis over a real package (sealed, signed) read by the vault it is addressed to: any
change to its bytes is a package refusal, never another error, and stores nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from handover_support import NOW, Pair, lock, stored_counts, trusted_pair
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from skyddsapp.services import handover


@pytest.fixture(scope="module")
def sent(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Pair, bytes]]:
    pair = trusted_pair(tmp_path_factory.mktemp("fuzz"))
    client = pair.make_a.person("Qöxbärta", "Zyxwvutsdotter")
    case = pair.make_a.case(client=client, notes="Anteckning.")
    assert case.id is not None
    yield pair, handover.seal_case(pair.a, case.id, pair.b_in_a, now=NOW).data
    lock(pair)


@settings(
    max_examples=60,
    deadline=dt.timedelta(seconds=2),
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_any_changed_package_is_refused_by_the_vault_it_was_sealed_to(
    sent: tuple[Pair, bytes], data: st.DataObject
) -> None:
    pair, original = sent
    changed = bytearray(original)
    for _ in range(data.draw(st.integers(1, 3))):
        at = data.draw(st.integers(0, len(changed) - 1))
        if data.draw(st.booleans()):
            changed[at] ^= data.draw(st.integers(1, 255))
        else:
            del changed[at:]
            if not changed:
                break
    # Two flips of one byte by the same value cancel out: that is the genuine package.
    assume(bytes(changed) != original)
    before = stored_counts(pair.b.conn)

    with pytest.raises(handover.PackageRefused):
        handover.import_package(pair.b, bytes(changed), now=NOW)
    assert stored_counts(pair.b.conn) == before
