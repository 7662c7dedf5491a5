"""Informationsblad without a case: nothing from a case or a person, nothing registered, logged
or numbered; the issuer follows the user's organisation."""

from __future__ import annotations

import io
import os
import stat
from collections.abc import Callable
from pathlib import Path

import pypdf
import pytest
from service_support import TODAY, Factory, snapshot

from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.person import ProtectionLevel
from skyddsapp.domain.users import Role
from skyddsapp.services import documents
from skyddsapp.services.context import Session
from skyddsapp.services.information_campaign import (
    FILE_NAME,
    information_sheet,
    save_information_sheet,
)
from skyddsapp.vault.vault import Vault

TITLE = "Informationsblad: stöd vid våld i nära relation"


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def test_the_sheet_holds_no_case_person_or_number_and_nothing_is_stored(
    session: Session, make: Factory
) -> None:
    client = make.person("Zelda", "Kampanjsson", protection=ProtectionLevel.PROTECTED_REGISTRATION)
    case = make.case(client=client)
    before = snapshot(session.conn)

    text = _text(information_sheet(session))

    assert TITLE in text
    assert "Ring 112" in text
    assert TODAY.isoformat() in text  # the session's clock
    for absent in (
        str(case.reference),
        "Ärende",
        "Dokumentnr",
        "Version",
        "Zelda",
        "Kampanjsson",
        "SEKRETESS",
        "UH-",
        "NX-",
    ):
        assert absent not in text, absent
    # Not in the register, no case event, no audit entry: every counted table is unchanged.
    assert snapshot(session.conn) == before
    assert case.id is not None
    assert documents.register(session, case.id) == []


def test_the_case_bound_sheet_is_still_numbered_and_logged(session: Session, make: Factory) -> None:
    case = make.case(client=make.person("Ylva", "Ärendesson"))
    assert case.id is not None
    before = snapshot(session.conn)["audit_log"]
    made = documents.generate(session, case.id, "informationsblad", {})
    text = _text(made.pdf)
    assert made.record.number in text
    assert str(case.reference) in text
    assert snapshot(session.conn)["audit_log"] == before + 1


UPPSALAHEM, NEXUS = "Uppsalahem AB", "Socialförvaltningen — Nexus"


@pytest.mark.parametrize(
    ("role", "issuer", "other"),
    [(Role.HANDLER, UPPSALAHEM, NEXUS), (Role.SOCIAL_WORKER, NEXUS, UPPSALAHEM)],
)
def test_the_issuer_is_the_users_organisation(
    shared_vault: Vault,
    login: Callable[[Vault, str, Role], Session],
    role: Role,
    issuer: str,
    other: str,
) -> None:
    text = _text(information_sheet(login(shared_vault, f"kampanj.{role.value}", role)))
    assert issuer in text
    assert other not in text


def test_saved_where_asked_readable_by_others_but_never_in_the_vault(
    session: Session, shared_vault: Vault, tmp_path: Path
) -> None:
    target = save_information_sheet(session, tmp_path / FILE_NAME)
    assert TITLE in _text(target.read_bytes())
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) & 0o044  # nothing personal in it
    with pytest.raises(ValidationError) as caught:
        save_information_sheet(session, shared_vault.folder / FILE_NAME)
    assert caught.value.fields == ("path",)
