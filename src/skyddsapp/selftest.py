"""Självtest, the part without Qt: a throw-away vault, a case, every document rendered in memory.

`skyddsapp-desktop --self-test` (``skyddsapp.ui.shell.self_test``) runs these steps and adds the
desktop's own (QtPdf from memory, the main window, lock and unlock). Everything happens in a new
temporary folder that is removed at the end; nothing is read from or written to the user's vault
or settings. The data is fictitious: Skatteverket's test personal number and the demo case of
`services.demo_paperwork`. The vault uses the Argon2id floor (MINIMUM_KDF), which is allowed in
production too: this vault is thrown away.

A failure is a `SelfTestFailed` naming the step (never data), so the bundle's smoke test can say
what broke.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TypeVar

from skyddsapp.documents.audit_extract import ExtractRow, render_extract
from skyddsapp.documents.forms import FORMS, fill_form
from skyddsapp.documents.header import Issuer
from skyddsapp.domain.address import Address
from skyddsapp.domain.case import CaseParty
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.person import CaseRole, Person, ProtectionLevel
from skyddsapp.domain.personal_number import PersonalNumber
from skyddsapp.services import (
    audit,
    cases,
    documents,
    identities,
    identity_cards,
    information_campaign,
    persons,
    sessions,
)
from skyddsapp.services.accounts import MINIMUM_KDF
from skyddsapp.services.context import Session
from skyddsapp.services.demo_paperwork import demo_case_file, demo_values

USER = "sjalvtest"
DISPLAY_NAME = "Självtest"
PASSPHRASE = "självtest-valv-bara-påhittat-2026"  # a throw-away vault; printed nowhere
TEST_PERSONAL_NUMBER = "191212121212"  # Tolvan Tolvansson, Skatteverket's test number
VAULT_FORMS = ("samtycke", "forsattsblad", "post_skatteverket")
"""Forms made through `services.documents.generate` in the vault: those a case with only a
client can fill (the others need flats, leases or decisions; they are rendered from the demo
case in memory)."""

T = TypeVar("T")


class SelfTestFailed(Exception):
    """A step failed; the message names the step and the kind of error, no data."""

    def __init__(self, step: str, error: BaseException | str) -> None:
        reason = error if isinstance(error, str) else _reason(error)
        super().__init__(f"{step}: {reason}")
        self.step = step


def _reason(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    first = text[0][:160] if text else ""
    return f"{type(error).__name__}: {first}" if first else type(error).__name__


def step(name: str, action: Callable[[], T]) -> T:
    """Run one step; any exception becomes a SelfTestFailed naming ``name``."""
    try:
        return action()
    except SelfTestFailed:
        raise
    except Exception as error:
        raise SelfTestFailed(name, error) from error


@dataclass
class Workspace:
    """What the steps share: the temporary folder, the session, the case and the PDFs made."""

    root: Path
    session: Session | None = None
    case_id: int = 0
    document_ids: list[int] = field(default_factory=list)
    pdfs: dict[str, bytes] = field(default_factory=dict)

    @property
    def vault_folder(self) -> Path:
        return self.root / "valv"

    def require_session(self) -> Session:
        if self.session is None:
            raise SelfTestFailed("session", "valvet är inte upplåst")
        return self.session


@contextmanager
def temporary_workspace() -> Iterator[Workspace]:
    """A new private folder for the vault (and the settings); locked and removed on the way out,
    also after a failure. A failure to remove it is a failure of the self-test."""
    root = Path(tempfile.mkdtemp(prefix="skyddsapp-sjalvtest-"))
    work = Workspace(root)
    failed = False
    try:
        yield work
    except BaseException:
        failed = True
        raise
    finally:
        if work.session is not None and not work.session.vault.is_locked:
            work.session.vault.lock()
        shutil.rmtree(root, ignore_errors=True)
        if root.exists() and not failed:
            raise SelfTestFailed("städning", "den tillfälliga mappen kunde inte tas bort")


def create_vault(work: Workspace) -> Session:
    made = sessions.create_vault(
        work.vault_folder, USER, DISPLAY_NAME, PASSPHRASE, kdf_params=MINIMUM_KDF
    )
    work.session = made.session
    return made.session


def unlock(work: Workspace) -> Session:
    work.session = sessions.unlock(work.vault_folder, USER, PASSPHRASE)
    return work.session


def lock(work: Workspace) -> None:
    session = work.require_session()
    sessions.lock(session)
    if not session.vault.is_locked:
        raise SelfTestFailed("lås", "valvet är fortfarande upplåst")


def write_case(work: Workspace) -> int:
    """A customer-care case with one client (Skatteverket's test person), through services."""
    session = work.require_session()
    client = persons.create_person(
        session,
        Person(
            id=None,
            first_name="Tolvan",
            last_name="Tolvansson",
            personal_number=PersonalNumber(TEST_PERSONAL_NUMBER),
            protection=ProtectionLevel.NONE,
            real_address=Address("Provgatan 1", "75320", "Uppsala"),
        ),
    )
    assert client.id is not None
    case = cases.create_case(
        session, CaseKind.CUSTOMER_CARE, parties=[CaseParty(client.id, CaseRole.CLIENT)]
    )
    assert case.id is not None
    work.case_id = case.id
    if cases.get_case(session, case.id).parties[0].person_id != client.id:
        raise SelfTestFailed("ärende", "ärendet lästes inte tillbaka som det skrevs")
    return case.id


def generate_in_vault(work: Workspace) -> list[int]:
    """The forms a case with only a client can fill, made and registered through services and
    read back from the vault."""
    session = work.require_session()
    file = documents.case_file(session, work.case_id)
    for form_id in VAULT_FORMS:
        spec = FORMS[form_id]
        values = {field.name: field.default for field in spec.fields(file)}
        made = documents.generate(session, work.case_id, form_id, values)
        document_id = made.record.id
        _check_pdf(f"valvet/{form_id}", made.pdf)
        if documents.pdf(session, document_id) != made.pdf:
            raise SelfTestFailed(f"valvet/{form_id}", "PDF:en lästes inte tillbaka oförändrad")
        work.document_ids.append(document_id)
    return work.document_ids


def render_every_form(work: Workspace) -> dict[str, bytes]:
    """Every form, filled from the fictitious demo case (protected registration: the hardest
    layout), rendered to PDF bytes in memory."""
    file = demo_case_file(ProtectionLevel.PROTECTED_REGISTRATION)
    for index, spec in enumerate(FORMS.values(), start=1):
        name = f"blankett/{spec.id}"
        filled = step(
            name,
            partial(
                fill_form, spec, file, demo_values(spec, file), document_number=f"TEST-{index:06d}"
            ),
        )
        pdf = step(name, filled.render)
        _check_pdf(name, pdf)
        work.pdfs[spec.id] = pdf
    return work.pdfs


def render_other_documents(work: Workspace) -> dict[str, bytes]:
    """The documents that are not forms: the information sheet on its own, the vault's identity
    card and an extract of the audit log, each in memory."""
    session = work.require_session()
    vault = session.vault
    made = {
        "informationsblad_fristaende": lambda: information_campaign.information_sheet(session),
        "identitetskort": lambda: (
            identities.create_identity(vault, "Självtest"),
            identity_cards.card_sheet(session),
        )[1],
        "loggutdrag": lambda: render_extract(
            [
                ExtractRow(e.id, e.at, e.user_name, e.action, e.object_type, e.reason, e.details)
                for e in audit.entries(vault)
            ],
            issuer=Issuer.UPPSALAHEM,
            number="LOGG-SJALVTEST",
            selection="Självtest",
            made_by=DISPLAY_NAME,
            made_on=dt.date.today(),
        ),
    }
    for name, render in made.items():
        pdf = step(f"dokument/{name}", render)
        _check_pdf(f"dokument/{name}", pdf)
        work.pdfs[name] = pdf
    return work.pdfs


def verify_audit_log(work: Workspace) -> None:
    result = audit.verify(work.require_session().vault)
    if not result.ok:
        raise SelfTestFailed("granskningslogg", "loggens kedja är bruten")


def _check_pdf(name: str, data: bytes) -> None:
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise SelfTestFailed(name, "ingen hel PDF")
