"""Shared test set-up: offscreen Qt, hypothesis profiles, a fresh vault per test."""

from __future__ import annotations

import os
import sys

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# pytest-qt loads PySide6 before any test: guard None against PySide6 6.12.0's leak on 3.11 in
# this process as the desktop does (skyddsapp.ui.none_guard), so a long run cannot abort.
import skyddsapp.ui  # noqa: F401

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
