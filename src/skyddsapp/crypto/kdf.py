"""Argon2id key derivation from passphrases, with a floor and per-machine calibration."""

from __future__ import annotations

import math
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from skyddsapp.crypto.aead import KEY_LENGTH, wipe

SALT_LENGTH = 16
_KIB_PER_MIB = 1024


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters: memory in KiB, passes over memory, parallel lanes."""

    memory_kib: int
    iterations: int
    lanes: int

    def __post_init__(self) -> None:
        for name in ("memory_kib", "iterations", "lanes"):
            value = getattr(self, name)
            # bool is an int subclass; a JSON `true` must not pass as a cost parameter.
            if type(value) is not int:
                raise TypeError(f"KdfParams.{name} must be int, got {type(value).__name__}")
            if value < 1:
                raise ValueError(f"KdfParams.{name} must be positive, got {value}")
        if self.memory_kib < 8 * self.lanes:
            raise ValueError("Argon2 needs at least 8 KiB of memory per lane")

    def is_weaker_than(self, floor: KdfParams) -> bool:
        """True if any cost parameter is below the floor's."""
        return (
            self.memory_kib < floor.memory_kib
            or self.iterations < floor.iterations
            or self.lanes < floor.lanes
        )

    def exceeds(self, ceiling: KdfParams) -> bool:
        """True if any cost parameter is above the ceiling's."""
        return (
            self.memory_kib > ceiling.memory_kib
            or self.iterations > ceiling.iterations
            or self.lanes > ceiling.lanes
        )


# RFC 9106 §4, second recommended option (64 MiB, 3 passes, 4 lanes). Nothing in skyddsapp
# derives a key with less; a stored slot asking for less is treated as tampered with.
MINIMUM_KDF = KdfParams(memory_kib=64 * _KIB_PER_MIB, iterations=3, lanes=4)

# Plausibility bounds, not a security floor: a slot asking for more is corrupt or hostile, and
# honouring it would exhaust memory or hang the unlock dialog for minutes.
MAXIMUM_KDF = KdfParams(memory_kib=1024 * _KIB_PER_MIB, iterations=100, lanes=64)

# Calibration raises memory only up to this much. Old office machines with 4 GiB of RAM shared
# with a browser and Office must open the vault without swapping, and a slot made here may have
# to be opened on a weaker laptop restored from backup, where memory cannot be traded for time.
DEFAULT_MEMORY_CAP_KIB = 256 * _KIB_PER_MIB


def check_params(params: KdfParams) -> None:
    """Raise ValueError unless params lie between MINIMUM_KDF and MAXIMUM_KDF."""
    if params.is_weaker_than(MINIMUM_KDF):
        raise ValueError(f"Argon2id parameters {params} are below the minimum {MINIMUM_KDF}")
    if params.exceeds(MAXIMUM_KDF):
        raise ValueError(f"Argon2id parameters {params} exceed the maximum {MAXIMUM_KDF}")


def encode_passphrase(passphrase: str) -> bytes:
    """The bytes a typed passphrase stands for: NFC-normalised UTF-8.

    Without normalisation "å" typed on one keyboard layout (one code point) and pasted from
    another program (a + combining ring) would be two different passphrases.
    """
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_key(secret: bytes | bytearray, salt: bytes, params: KdfParams) -> bytearray:
    """Derive a 32-byte key with Argon2id; the caller wipes it when done."""
    check_params(params)
    if len(salt) < SALT_LENGTH:
        raise ValueError(f"salt must be at least {SALT_LENGTH} bytes")
    out = bytearray(KEY_LENGTH)
    # derive_into writes straight into our buffer, so no immutable copy of the key is left.
    Argon2id(
        salt=salt,
        length=KEY_LENGTH,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    ).derive_into(cast(bytes, secret), out)  # typed as bytes; the binding takes any buffer
    return out


def time_derivation(params: KdfParams) -> float:
    """Seconds one real derivation with params takes on this machine."""
    start = time.perf_counter()
    key = derive_key(b"skyddsapp calibration probe", bytes(SALT_LENGTH), params)
    elapsed = time.perf_counter() - start
    wipe(key)
    return elapsed


def calibrate(
    target_seconds: float = 0.75,
    *,
    floor: KdfParams = MINIMUM_KDF,
    timer: Callable[[KdfParams], float] = time_derivation,
    memory_cap_kib: int = DEFAULT_MEMORY_CAP_KIB,
) -> KdfParams:
    """Pick Argon2id params so one derivation takes about target_seconds here, never below floor.

    Like KeePassXC, but memory is raised first: an attacker's cost per guess grows with
    memory × passes, and memory is what makes GPUs and ASICs expensive (RFC 9106 §4 says to
    choose the largest memory affordable, then passes). Memory stops at memory_cap_kib; beyond
    it only the passes grow. timer(params) returns the seconds one derivation takes; it is
    called at most twice.
    """
    if not target_seconds > 0:
        raise ValueError("target_seconds must be positive")
    check_params(floor)
    cap = max(floor.memory_kib, min(memory_cap_kib, MAXIMUM_KDF.memory_kib))

    elapsed = timer(floor)
    if elapsed >= target_seconds:
        return floor

    # Argon2's running time is close to linear in memory × passes, so one probe gives the
    # budget. A second probe corrects for what the model misses (caches, page faults on a
    # large allocation); its correction is applied without a third probe to keep this fast.
    candidate = _allocate(_budget(floor, elapsed, target_seconds), floor, cap)
    if candidate == floor:
        return floor
    elapsed = timer(candidate)
    if abs(elapsed - target_seconds) <= 0.2 * target_seconds:
        return candidate
    return _allocate(_budget(candidate, elapsed, target_seconds), floor, cap)


def _budget(probe: KdfParams, elapsed: float, target_seconds: float) -> float:
    """KiB × passes that fit in target_seconds, given that probe took elapsed seconds."""
    # A timer reporting 0 (coarse clock, fake timer) must not divide by zero.
    elapsed = max(elapsed, 1e-6)
    return probe.memory_kib * probe.iterations * target_seconds / elapsed


def _allocate(budget: float, floor: KdfParams, cap: int) -> KdfParams:
    """Spend a KiB × passes budget: memory up to cap at floor passes first, then more passes."""
    memory = budget / floor.iterations
    # Whole MiB keep the stored numbers readable; rounding down keeps us under the target.
    memory_kib = int(memory) // _KIB_PER_MIB * _KIB_PER_MIB
    memory_kib = min(max(memory_kib, floor.memory_kib), cap)
    iterations = max(floor.iterations, math.floor(budget / memory_kib + 0.5))
    iterations = min(iterations, max(MAXIMUM_KDF.iterations, floor.iterations))
    return KdfParams(memory_kib=memory_kib, iterations=iterations, lanes=floor.lanes)
