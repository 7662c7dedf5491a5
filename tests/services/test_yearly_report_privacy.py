"""No person of a filled demo vault appears in the yearly follow-up: every first name, last
name and personal number in the vault is looked for in the CSV and in the PDF's text, with and
without the small-count rule."""

from __future__ import annotations

import datetime as dt
import io
import random
from pathlib import Path

import pypdf

from skyddsapp.crypto.kdf import MINIMUM_KDF
from skyddsapp.services import demo, yearly_report
from skyddsapp.services.context import Session
from skyddsapp.vault.vault import Vault

OPENED = dt.date(2026, 11, 27)


def _people(session: Session) -> set[str]:
    words: set[str] = set()
    for first, last, number in session.conn.execute(
        "SELECT first_name, last_name, personal_number FROM persons"
    ):
        words |= {w for w in f"{first} {last}".split() if len(w) > 2}
        if number:
            words |= {number, number[2:], f"{number[2:8]}-{number[8:]}"}
    for (name,) in session.conn.execute("SELECT first_name FROM person_children"):
        words.add(name)
    return words


def test_no_name_or_personal_number_of_the_demo_vault_leaves(tmp_path: Path) -> None:
    vault = Vault.create(
        tmp_path / "valv", demo.DEMO_USER, "Demo", demo.DEMO_PASSPHRASE, kdf_params=MINIMUM_KDF
    ).vault
    try:
        session = Session(vault, lambda: OPENED)
        with vault.transaction():
            demo.fill(session, 60, random.Random(14))
        people = _people(session)
        assert len(people) > 100
        for year in (2025, 2026):
            for suppress in (True, False):
                text = yearly_report.csv(session, year=year, suppress=suppress).decode("utf-8-sig")
                pdf = yearly_report.pdf(session, year=year, suppress=suppress)
                pages = pypdf.PdfReader(io.BytesIO(pdf)).pages
                text += " ".join(page.extract_text() for page in pages)
                words = set(text.replace(";", " ").split())
                assert not people & words, sorted(people & words)
                assert not [p for p in people if p.isdigit() and p in text]
        assert yearly_report.figures(session, year=2026).current.shelter.placements >= 0
    finally:
        vault.lock()
