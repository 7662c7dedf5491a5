"""The identity card leaving the vault: its page and its text, written as every export is
(outside the vault's folder, 0600), refused before the identity exists, administrators only."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from service_support import TODAY, snapshot

from skyddsapp.domain.errors import RuleViolation, ValidationError
from skyddsapp.domain.identity_card import parse_card
from skyddsapp.domain.users import Role
from skyddsapp.services import identities, identity_cards
from skyddsapp.services.context import Session
from skyddsapp.services.errors import NotAllowed
from skyddsapp.vault.vault import Vault


def test_before_the_identity_exists_nothing_is_made(fresh_session: Session) -> None:
    with pytest.raises(RuleViolation, match="ingen identitet"):
        identity_cards.card_sheet(fresh_session)


@pytest.fixture(scope="module")
def carded(shared_vault: Vault) -> Vault:
    """The module's vault, with its identity made once."""
    identities.create_identity(shared_vault, "Nexus, Uppsala kommun")
    return shared_vault


def test_the_text_and_the_page_are_written_private_and_read_back(
    carded: Vault, tmp_path: Path
) -> None:
    session = Session(carded, lambda: TODAY)
    before = snapshot(session.conn)

    text = identity_cards.save_card_text(session, tmp_path / "kort.txt")
    page = identity_cards.save_card_sheet(session, tmp_path / "kort.pdf")

    assert parse_card(text.read_text("utf-8")) == identities.own_card(carded)
    assert page.read_bytes().startswith(b"%PDF-")
    for path in (text, page):
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert snapshot(session.conn) == before  # public keys only: nothing logged


def test_nothing_is_written_in_the_vaults_folder(carded: Vault) -> None:
    target = carded.folder / "kort.txt"

    with pytest.raises(ValidationError, match="valvets mapp"):
        identity_cards.save_card_text(Session(carded, lambda: TODAY), target)
    assert not target.exists()


def test_only_an_administrator_gets_the_card(
    carded: Vault, login: Callable[[Vault, str, Role], Session], tmp_path: Path
) -> None:
    handler = login(carded, "hanna", Role.HANDLER)

    with pytest.raises(NotAllowed):
        identity_cards.card_sheet(handler)
    with pytest.raises(NotAllowed):
        identity_cards.save_card_text(handler, tmp_path / "kort.txt")
    assert not (tmp_path / "kort.txt").exists()
