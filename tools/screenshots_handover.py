"""Pictures of the vault's identity and the sealed hand-over, for `tools/screenshots.py`: the
identity made, its card (on screen and on paper), a peer added with a mistyped fingerprint, a
case sealed to the peer, and the peer's preview of it (and a refused package).

A second, fictitious vault ("Uppsalahem AB") is made in a temporary folder to receive the case,
and removed afterwards; the two trust each other's cards as two administrators would.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtPdf import QPdfDocument

from skyddsapp.domain.identity_card import parse_card
from skyddsapp.services import identities, identity_cards, sessions
from skyddsapp.services.accounts import MINIMUM_KDF
from skyddsapp.services.context import Session
from skyddsapp.services.search import search_cases
from skyddsapp.ui.paperwork.file_dialogs import FileDialogs

if TYPE_CHECKING:
    from screenshots import Shooter
    from skyddsapp.ui.shell.main_window import MainWindow

OWN_NAME = "Nexus, Uppsala kommun"
PEER_NAME = "Uppsalahem AB"
PEER_ADMIN, PEER_PASSPHRASE = "admin.uh", "uppsalahem-tar-emot-paket"


def _answers(path: Path) -> FileDialogs:
    """Stands in for the modal file dialogs: every question is answered with `path`."""
    return FileDialogs(save_path=lambda *_: path, open_path=lambda *_: path)


def identity(shooter: Shooter, window: MainWindow, session: Session) -> None:
    """Valvets identitet before and after it is made, the card on paper, Lägg till valv."""
    from skyddsapp.ui.admin.identity_dialog import IdentityDialog
    from skyddsapp.ui.admin.identity_peer_dialog import AddPeerDialog

    if identities.own_card(session.vault) is None:
        dialog = IdentityDialog(session, window)
        dialog.name_edit.setText(OWN_NAME)
        shooter.dialog("identity_create", dialog, behind=window, size=(820, 420))
        dialog.create_identity()
        shooter.dialog("identity_card", dialog, behind=window, size=(820, 640))
        dialog.done(0)
    _card_sheet(shooter, session)

    with tempfile.TemporaryDirectory() as scratch:
        other = _peer_vault(Path(scratch))
        try:
            text = identities.own_card_text(other.vault)
        finally:
            sessions.lock(other)
    adding = AddPeerDialog(session, window)
    adding.card_edit.setPlainText(text)
    fingerprint = parse_card(text).fingerprint
    adding.fingerprint_edit.setText(fingerprint[:-1] + ("1" if fingerprint[-1] != "1" else "2"))
    adding.try_save()
    shooter.dialog("identity_add_peer", adding, behind=window, size=(720, 440))
    adding.done(0)


def _card_sheet(shooter: Shooter, session: Session) -> None:
    """The printed card as the preview shows it (rendered from memory, nothing written)."""
    document = QPdfDocument()
    data = QByteArray(identity_cards.card_sheet(session))
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    size = document.pagePointSize(0)
    image = document.render(0, QSize(int(size.width() * 1.25), int(size.height() * 1.25)))
    path = shooter.out / "identity_card_sheet.png"
    image.save(str(path))
    shooter.saved.append("identity_card_sheet")
    document.close()


def _peer_vault(folder: Path) -> Session:
    """The receiving vault, made and unlocked, with its own identity."""
    other = sessions.create_vault(
        folder / "valv", PEER_ADMIN, "Admin Uppsalahem", PEER_PASSPHRASE, kdf_params=MINIMUM_KDF
    ).session
    identities.create_identity(other.vault, PEER_NAME)
    return other


def handover(shooter: Shooter, window: MainWindow, session: Session) -> None:
    """A case sealed to the peer (the dialog, and what it says after); the peer's preview of
    the package, and the refusal the sending vault gives the same file."""
    from skyddsapp.ui.cases.handover_receive_dialog import HandoverReceiveDialog
    from skyddsapp.ui.cases.handover_seal_dialog import HandoverSealDialog

    scratch = Path(tempfile.mkdtemp(prefix="skyddsapp-handover-"))
    try:
        other = _peer_vault(scratch)
        try:
            if identities.own_card(session.vault) is None:
                identities.create_identity(session.vault, OWN_NAME)
            mine, theirs = (identities.own_card_text(s.vault) for s in (session, other))
            if not any(p.card.name == PEER_NAME for p in identities.peers(session.vault)):
                identities.import_peer(session.vault, theirs, parse_card(theirs).fingerprint)
            identities.import_peer(other.vault, mine, parse_card(mine).fingerprint)

            row = search_cases(session, limit=1).rows[0]
            case_id = row.id
            window.open_case(case_id)
            media = scratch / "usb"
            media.mkdir()
            sealing = HandoverSealDialog(
                session, case_id, window, reference=row.reference, dialogs=_answers(media)
            )
            shooter.dialog("handover_seal", sealing, behind=window, size=(560, 190))
            sealing.seal()
            sealing.workers.wait(10_000)
            shooter.settle()
            shooter.dialog("handover_sealed", sealing, behind=window, size=(560, sealing.height()))
            written = sealing.written
            sealing.done(0)
            assert written is not None

            receiving = HandoverReceiveDialog(other, window, dialogs=_answers(written))
            receiving.choose_file()
            receiving.workers.wait(10_000)
            shooter.settle()
            shooter.dialog("handover_receive", receiving, behind=window, size=(760, 620))
            receiving.import_package()
            imported = receiving.imported
            assert imported is not None

            answering = HandoverSealDialog(
                other, imported.case_id, window, reference=imported.reference
            )
            shooter.dialog("handover_answer", answering, behind=window, size=(600, 210))
            answering.done(0)

            refused = HandoverReceiveDialog(session, window, dialogs=_answers(written))
            refused.choose_file()
            refused.workers.wait(10_000)
            shooter.settle()
            shooter.dialog("handover_refused", refused, behind=window, size=(760, 200))
            refused.done(0)
        finally:
            sessions.lock(other)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
