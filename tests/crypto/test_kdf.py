"""Argon2id derivation, parameter bounds and calibration (proved with fake timers)."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from hypothesis import given
from hypothesis import strategies as st

from skyddsapp.crypto.kdf import (
    DEFAULT_MEMORY_CAP_KIB,
    MAXIMUM_KDF,
    MINIMUM_KDF,
    SALT_LENGTH,
    KdfParams,
    calibrate,
    check_params,
    derive_key,
    encode_passphrase,
)

MIB = 1024
SALT = bytes(range(SALT_LENGTH))


class FakeTimer:
    """Seconds a derivation would take on a machine where time ∝ memory^exponent × passes."""

    def __init__(self, floor_seconds: float, exponent: float = 1.0) -> None:
        self.exponent = exponent
        # Scale so that MINIMUM_KDF takes floor_seconds.
        self.rate = floor_seconds / self._units(MINIMUM_KDF)
        self.calls: list[KdfParams] = []

    def _units(self, params: KdfParams) -> float:
        return float(params.memory_kib**self.exponent) * params.iterations

    def seconds(self, params: KdfParams) -> float:
        return self.rate * self._units(params)

    def __call__(self, params: KdfParams) -> float:
        self.calls.append(params)
        return self.seconds(params)


def test_minimum_is_rfc9106_second_recommendation() -> None:
    assert KdfParams(memory_kib=65536, iterations=3, lanes=4) == MINIMUM_KDF


@pytest.mark.parametrize(
    ("memory", "iterations", "lanes"),
    [(0, 3, 4), (65536, 0, 4), (65536, 3, 0), (-1, 3, 4), (31, 1, 4)],
)
def test_params_must_be_positive_and_fit_argon2(memory: int, iterations: int, lanes: int) -> None:
    with pytest.raises(ValueError, match=r"KdfParams|Argon2"):
        KdfParams(memory, iterations, lanes)


def test_params_must_be_real_integers() -> None:
    with pytest.raises(TypeError):
        KdfParams(True, 3, 4)
    with pytest.raises(TypeError):
        KdfParams(65536.0, 3, 4)  # type: ignore[arg-type]


def test_weaker_and_exceeding_compare_each_parameter() -> None:
    assert KdfParams(32768, 3, 4).is_weaker_than(MINIMUM_KDF)
    assert KdfParams(65536, 2, 4).is_weaker_than(MINIMUM_KDF)
    assert KdfParams(65536, 3, 1).is_weaker_than(MINIMUM_KDF)
    assert not KdfParams(262144, 3, 4).is_weaker_than(MINIMUM_KDF)
    assert KdfParams(2 * 1024 * MIB, 3, 4).exceeds(MAXIMUM_KDF)
    assert not MINIMUM_KDF.exceeds(MAXIMUM_KDF)


@pytest.mark.parametrize(
    "params",
    [KdfParams(32768, 3, 4), KdfParams(65536, 1, 4), KdfParams(65536, 3, 2), KdfParams(8, 1, 1)],
)
def test_derive_key_refuses_params_below_the_floor(params: KdfParams) -> None:
    with pytest.raises(ValueError, match="below the minimum"):
        derive_key(b"losenfras", SALT, params)


def test_derive_key_refuses_absurd_params_before_allocating() -> None:
    with pytest.raises(ValueError, match="exceed the maximum"):
        derive_key(b"losenfras", SALT, KdfParams(64 * 1024 * MIB, 3, 4))
    with pytest.raises(ValueError, match="exceed the maximum"):
        check_params(KdfParams(65536, 10_000, 4))


def test_derive_key_refuses_short_salt() -> None:
    with pytest.raises(ValueError, match="salt"):
        derive_key(b"losenfras", bytes(8), MINIMUM_KDF)


def test_derive_key_is_argon2id_and_depends_on_salt() -> None:
    # Three real derivations at the floor, about 0.2 s each.
    key = derive_key(bytearray(b"korrekt h\xc3\xa4st batteri"), SALT, MINIMUM_KDF)
    reference = Argon2id(salt=SALT, length=32, iterations=3, lanes=4, memory_cost=65536).derive(
        b"korrekt h\xc3\xa4st batteri"
    )

    assert isinstance(key, bytearray)
    assert key == reference
    assert derive_key(b"korrekt h\xc3\xa4st batteri", bytes(16), MINIMUM_KDF) != key


def test_encode_passphrase_normalises_to_nfc() -> None:
    composed = "Må bra"
    decomposed = "Ma\u030a bra"

    assert encode_passphrase(composed) == encode_passphrase(decomposed)
    assert encode_passphrase(composed) == "Må bra".encode()


# --- calibration --------------------------------------------------------------------------


def test_calibrate_on_this_kind_of_machine_raises_memory_first() -> None:
    # The floor takes 0.19 s here: memory grows, passes stay at 3.
    timer = FakeTimer(floor_seconds=0.19)

    params = calibrate(timer=timer)

    assert len(timer.calls) <= 2
    assert timer.calls[0] == MINIMUM_KDF
    assert 0.5 <= timer.seconds(params) <= 1.0
    assert params.iterations == MINIMUM_KDF.iterations
    assert MINIMUM_KDF.memory_kib < params.memory_kib <= DEFAULT_MEMORY_CAP_KIB
    assert params.memory_kib % MIB == 0
    assert params.lanes == MINIMUM_KDF.lanes


def test_calibrate_on_a_fast_machine_caps_memory_then_adds_passes() -> None:
    timer = FakeTimer(floor_seconds=0.02)

    params = calibrate(timer=timer)

    assert params.memory_kib == DEFAULT_MEMORY_CAP_KIB
    assert params.iterations > MINIMUM_KDF.iterations
    assert 0.5 <= timer.seconds(params) <= 1.0
    assert len(timer.calls) <= 2


def test_calibrate_on_a_slow_machine_keeps_the_floor() -> None:
    timer = FakeTimer(floor_seconds=1.4)

    assert calibrate(timer=timer) == MINIMUM_KDF
    assert timer.calls == [MINIMUM_KDF]


def test_calibrate_just_below_target_keeps_the_floor_without_a_second_probe() -> None:
    timer = FakeTimer(floor_seconds=0.74)

    assert calibrate(timer=timer) == MINIMUM_KDF
    assert len(timer.calls) == 1


def test_calibrate_corrects_for_memory_that_costs_more_than_linear() -> None:
    # Large allocations cost extra (page faults, cache misses): time ∝ memory^1.3.
    timer = FakeTimer(floor_seconds=0.19, exponent=1.3)

    params = calibrate(timer=timer)

    assert 0.5 <= timer.seconds(params) <= 1.0
    assert len(timer.calls) == 2


def test_calibrate_respects_a_higher_floor() -> None:
    # When a user changes passphrase, the old slot's params are the floor: never weaken them.
    floor = KdfParams(memory_kib=192 * MIB, iterations=4, lanes=4)
    timer = FakeTimer(floor_seconds=0.05)

    params = calibrate(floor=floor, timer=timer)

    assert not params.is_weaker_than(floor)
    assert 0.5 <= timer.seconds(params) <= 1.0


def test_calibrate_survives_a_timer_that_reports_zero() -> None:
    params = calibrate(timer=lambda params: 0.0)

    assert not params.is_weaker_than(MINIMUM_KDF)
    assert not params.exceeds(MAXIMUM_KDF)


def test_calibrate_rejects_a_floor_below_the_minimum_and_bad_targets() -> None:
    with pytest.raises(ValueError, match="below the minimum"):
        calibrate(floor=KdfParams(8192, 1, 1), timer=FakeTimer(0.1))
    with pytest.raises(ValueError, match="positive"):
        calibrate(0, timer=FakeTimer(0.1))


@given(
    floor_seconds=st.floats(min_value=1e-4, max_value=5.0),
    exponent=st.floats(min_value=0.8, max_value=1.3),
    target=st.floats(min_value=0.3, max_value=2.0),
    cap_mib=st.sampled_from([64, 128, 256, 512, 1024]),
)
def test_calibrate_stays_within_bounds(
    floor_seconds: float, exponent: float, target: float, cap_mib: int
) -> None:
    timer = FakeTimer(floor_seconds, exponent)

    params = calibrate(target, timer=timer, memory_cap_kib=cap_mib * MIB)

    assert len(timer.calls) <= 2
    assert not params.is_weaker_than(MINIMUM_KDF)
    assert not params.exceeds(MAXIMUM_KDF)
    assert params.memory_kib <= max(cap_mib * MIB, MINIMUM_KDF.memory_kib)


@given(
    # From a machine 20 times faster than the reference one to one three times slower.
    floor_seconds=st.floats(min_value=0.01, max_value=0.6),
    exponent=st.floats(min_value=0.9, max_value=1.2),
)
def test_calibrate_hits_the_window_when_the_floor_is_fast_enough(
    floor_seconds: float, exponent: float
) -> None:
    timer = FakeTimer(floor_seconds, exponent)

    params = calibrate(0.75, timer=timer)

    assert 0.5 <= timer.seconds(params) <= 1.0


def test_calibrate_on_an_absurdly_fast_machine_stops_at_the_maximum() -> None:
    timer = FakeTimer(floor_seconds=0.0001)

    params = calibrate(timer=timer)

    assert params == KdfParams(DEFAULT_MEMORY_CAP_KIB, MAXIMUM_KDF.iterations, 4)


@pytest.mark.slow
def test_calibrate_with_the_real_clock() -> None:
    params = calibrate()

    assert not params.is_weaker_than(MINIMUM_KDF)
    assert params.memory_kib <= DEFAULT_MEMORY_CAP_KIB
