"""Shared test set-up: offscreen Qt, hypothesis profiles, a fresh vault per test."""

from __future__ import annotations

import os
import sys
from typing import ClassVar

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# pytest-qt loads PySide6 before any test: guard None against PySide6 6.12.0's leak on 3.11 in
# this process as the desktop does (skyddsapp.ui.none_guard), so a long run cannot abort.
import skyddsapp.ui  # noqa: F401
from skyddsapp.crypto import kdf

settings.register_profile(
    "ci", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", max_examples=100, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


def _refuse_network(event: str, args: tuple[object, ...]) -> None:
    # Promise 2: no socket, ever. Any socket made in the test process fails loudly.
    if event in ("socket.__new__", "socket.connect", "socket.bind", "socket.getaddrinfo"):
        raise RuntimeError(f"skyddsapp must open no socket (audit event {event} {args!r})")


sys.addaudithook(_refuse_network)


@pytest.fixture(autouse=True)
def _pytest_process_stays_unhardened(monkeypatch: pytest.MonkeyPatch) -> None:
    """A program's start hardens its own process (no core dumps, umask 077); a test that runs
    a `main` in pytest's process must not harden pytest for every test after it (a lowered hard
    core limit cannot be raised again). tests/program/test_hardening.py checks the hardening in
    processes of their own; a test may still put its own spy in place."""
    import skyddsapp.cli.main as cli_main
    import skyddsapp.ui.shell.app as app

    monkeypatch.setattr(cli_main, "harden_process", lambda: None)
    monkeypatch.setattr(app, "harden_process", lambda: None)


class RememberedArgon2id:
    """Argon2id that derives each key once per test run: the same secret, salt and parameters
    give back the key derived the first time. Argon2id is deterministic, so every key is still
    the real one (a slot made here opens in any process); only the repeat costs nothing. The
    use-case, desktop and command-line tests unlock copies of template vaults over and over,
    and open a slot right after making it: half their derivations are such repeats.

    An all-zero salt is derived afresh each time: it is calibrate()'s timing probe (a
    remembered probe would make calibrate think this machine infinitely fast) and the decoy
    that spends an unknown user's time."""

    real: ClassVar[type] = kdf.Argon2id
    keys: ClassVar[dict[tuple[object, ...], bytes]] = {}

    def __init__(self, **arguments: object) -> None:
        self._arguments = arguments
        self._real = self.real(**arguments)

    def derive_into(self, secret: bytes, out: bytearray) -> int:
        salt = self._arguments["salt"]
        assert isinstance(salt, bytes)
        if not any(salt):
            written: int = self._real.derive_into(secret, out)
            return written
        remembered = (bytes(secret), *sorted(self._arguments.items()))
        if remembered not in self.keys:
            written = self._real.derive_into(secret, out)
            self.keys[remembered] = bytes(out[:written])
        key = self.keys[remembered]
        out[: len(key)] = key
        return len(key)


@pytest.fixture
def remembered_argon2id(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2id derives each (secret, salt, parameters) once for this test (RememberedArgon2id).
    The tests of the KDF itself (tests/crypto) and of slots and crashes (tests/vault) run it
    plainly; the conftest of a directory whose tests are about something else asks for this."""
    monkeypatch.setattr(kdf, "Argon2id", RememberedArgon2id)
