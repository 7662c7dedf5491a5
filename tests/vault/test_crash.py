"""A killed process loses nothing committed: a child writes through the services and is sent
SIGKILL mid-loop; the vault must then unlock, pass SQLite's and SQLCipher's integrity checks,
keep an unbroken audit chain and hold every object the child acknowledged."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from vault_kit import ADMIN, ADMIN_PASSPHRASE, Template, unlock

from skyddsapp.vault import audit

CHILD = Path(__file__).with_name("crash_child.py")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL"),
]


def _run_and_kill(folder: Path, acks_wanted: int, extra_delay: float, log: Path) -> list[str]:
    """Start the child, read acknowledgements, kill it; return every line it acknowledged."""
    with log.open("wb") as stderr:
        child = subprocess.Popen(
            [sys.executable, "-u", str(CHILD), str(folder), ADMIN, ADMIN_PASSPHRASE],
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
        )
        assert child.stdout is not None
        lines: list[str] = []
        try:
            deadline = time.monotonic() + 60
            while len(lines) < acks_wanted + 1:
                line = child.stdout.readline()
                assert line, f"child died early: {log.read_text(errors='replace')}"
                lines.append(line.strip())
                assert time.monotonic() < deadline, "child too slow"
            # Let it run a little further, so the kill lands anywhere in a write or commit.
            time.sleep(extra_delay)
        finally:
            child.send_signal(signal.SIGKILL)
            # Lines printed before the kill were printed after their commits: they count too.
            rest = child.stdout.read()
            child.wait()
    assert child.returncode == -signal.SIGKILL
    lines += rest.split()
    assert lines[0] == "ready"
    return [line for line in lines[1:] if line]


def _pairs(tokens: list[str]) -> list[tuple[str, int]]:
    # `rest.split()` splits "person 12" into two tokens; rejoin whole lines and tokens alike.
    words = " ".join(tokens).split()
    return [(words[i], int(words[i + 1])) for i in range(0, len(words), 2)]


def test_killed_writer_loses_nothing_committed(real_template: Template, tmp_path: Path) -> None:
    folder = real_template.copy_to(tmp_path / "valv")
    rng = random.Random(20260302)
    acknowledged: dict[str, set[int]] = {"person": set(), "case": set()}
    for round_number, acks_wanted in enumerate((0, 60, 200, 400, 700)):
        lines = _run_and_kill(
            folder, acks_wanted, rng.uniform(0, 0.05), tmp_path / f"child{round_number}.log"
        )
        for kind, object_id in _pairs(lines):
            acknowledged[kind].add(object_id)
        assert len(lines) >= acks_wanted

        vault = unlock(folder)
        try:
            conn = vault.connection
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
            result = audit.verify(conn, vault.data_key)
            assert result.ok, f"round {round_number}: {result}"
            stored_persons = {r[0] for r in conn.execute("SELECT id FROM persons")}
            stored_cases = {r[0] for r in conn.execute("SELECT id FROM cases")}
            assert acknowledged["person"] <= stored_persons
            assert acknowledged["case"] <= stored_cases
            # Every stored case and person has its audit entry, and no entry lacks its object.
            logged = {
                (e.object_type, int(e.object_id))
                for e in audit.entries(conn)
                if e.action in ("person.create", "case.create")
            }
            stored = {("person", i) for i in stored_persons} | {("case", i) for i in stored_cases}
            assert logged == stored
        finally:
            vault.lock()
