"""`python tools/screenshots.py OUT`: the main screens with demo data, at 1366×768.

Run offscreen (`make screenshots`). The demo vault goes to build/screenshot-vault (made anew) or
--vault; every name, address and personal number in it is invented.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QSettings
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

import screenshots_agreements
import screenshots_backup
import screenshots_chain
import screenshots_flats
import screenshots_followup
import screenshots_handover
import screenshots_retention
from skyddsapp.domain.document_register import paper_code_text
from skyddsapp.services import demo, sessions
from skyddsapp.services.accounts import MINIMUM_KDF
from skyddsapp.services.context import Session
from skyddsapp.services.search import search_cases
from skyddsapp.ui.i18n import Translations
from skyddsapp.ui.shell.clipboard import SecretClipboard
from skyddsapp.ui.shell.settings import Settings
from skyddsapp.ui.shell.style import apply_app_style

if TYPE_CHECKING:  # the screens are imported when a picture needs them
    from skyddsapp.ui.shell.main_window import MainWindow

WIDTH, HEIGHT = 1366, 768
BACKDROP = QColor("#4a5563")
EXAMPLE_PASSPHRASE = "kanelbulle fyrisån tranbär 7"


class Shooter:
    def __init__(self, app: QApplication, out: Path) -> None:
        self.app = app
        self.out = out
        self.saved: list[str] = []

    def settle(self, seconds: float = 0.4) -> None:
        """Let timers (debounced search, lazy loading) run, as they would on screen."""
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.app.processEvents()
            time.sleep(0.01)

    def window(self, name: str, window: QWidget) -> None:
        window.resize(WIDTH, HEIGHT)
        window.show()
        self.settle()
        self._save(name, window.grab())

    def dialog(
        self,
        name: str,
        dialog: QWidget,
        behind: QWidget | None = None,
        size: tuple[int, int] | None = None,
    ) -> None:
        """The dialog centred on the window behind it (or on a plain desk)."""
        canvas = QPixmap(WIDTH, HEIGHT)
        canvas.fill(BACKDROP)
        dialog.show()
        if size is None:
            dialog.adjustSize()
        else:
            dialog.resize(*size)
        self.settle()
        painter = QPainter(canvas)
        if behind is not None:
            behind.resize(WIDTH, HEIGHT)
            painter.drawPixmap(0, 0, behind.grab())
            painter.fillRect(canvas.rect(), QColor(0, 0, 0, 70))
        image = dialog.grab()
        painter.drawPixmap(
            QPoint((WIDTH - image.width()) // 2, (HEIGHT - image.height()) // 2), image
        )
        painter.end()
        self._save(name, canvas)
        dialog.hide()

    def _save(self, name: str, pixmap: QPixmap) -> None:
        path = self.out / f"{name}.png"
        pixmap.save(str(path))
        self.saved.append(name)
        say(f"  {path}")


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def skip(name: str, error: Exception) -> None:
    say(f"  {name}.png hoppas över: {type(error).__name__}: {error}")


def first_run(shooter: Shooter, scratch: Path) -> None:
    from skyddsapp.ui.shell.first_run_wizard import FirstRunWizard

    wizard = FirstRunWizard(scratch / "nytt-valv")
    wizard.show()  # a wizard starts at its first page when shown; only then can it move on
    wizard.next()
    wizard.admin_page.user_edit.setText("anna.s")
    wizard.admin_page.display_edit.setText("Anna Svensson")
    wizard.next()
    wizard.passphrase_page.passphrase.passphrase_edit.setText(EXAMPLE_PASSPHRASE)
    wizard.passphrase_page.passphrase.confirm_edit.setText(EXAMPLE_PASSPHRASE)
    shooter.dialog("first_run", wizard, size=(760, 560))
    wizard.deleteLater()


def unlock(shooter: Shooter, folder: Path) -> None:
    from skyddsapp.ui.shell.unlock_dialog import UnlockDialog

    dialog = UnlockDialog(folder, user_name=demo.DEMO_USER)
    dialog.passphrase_edit.setText("x" * 16)
    shooter.dialog("unlock", dialog)
    dialog.deleteLater()


def workspace(shooter: Shooter, session: Session, settings: Settings) -> None:
    from skyddsapp.ui.shell.auto_lock import AutoLock
    from skyddsapp.ui.shell.main_window import MainWindow, real_screens

    auto_lock = AutoLock(shooter.app, 5 * 60_000)
    auto_lock.start()
    clipboard = SecretClipboard()
    window = MainWindow(session, settings, clipboard, auto_lock, real_screens())
    shooter.window("case_list", window)
    window.show_todo()
    shooter.window("todo", window)
    shots: list[tuple[str, Callable[[], None]]] = [
        ("case_view", lambda: _case_view(shooter, window, session)),
        ("new_case_wizard", lambda: _new_case(shooter, window, session)),
        ("case_documents …", lambda: _documents(shooter, window, session)),
        ("case_keys …", lambda: _keys(shooter, window, session)),
        ("form_options_uppsagning", lambda: _termination_warning(shooter, window, session)),
        ("audit_log", lambda: _audit_log(shooter, window, session)),
        ("case_history …", lambda: _history(shooter, window, session)),
        ("case_handlers", lambda: _handlers(shooter, window, session)),
        ("break_glass …", lambda: _break_glass(shooter, window, session)),
        ("case_old_flat …", lambda: _old_flat(shooter, window, session)),
        ("agreements …", lambda: screenshots_agreements.agreements(shooter, window, session)),
        ("case_placement …", lambda: screenshots_agreements.placement(shooter, window, session)),
        (
            "case_lanskompotten",
            lambda: screenshots_agreements.county_referral(shooter, window, session),
        ),
        ("case_trial_period …", lambda: screenshots_chain.trial_period(shooter, window, session)),
        ("tenant_approval", lambda: screenshots_chain.tenant_approval(shooter, window, session)),
        ("transition_flats", lambda: _transition_flats(shooter, window)),
        ("case_housing_first", lambda: _housing_first(shooter, window, session)),
        ("transition_flat_edit …", lambda: screenshots_flats.flats(shooter, window, session)),
        ("retention …", lambda: screenshots_retention.retention(shooter, window, session)),
        ("identity …", lambda: screenshots_handover.identity(shooter, window, session)),
        ("handover …", lambda: screenshots_handover.handover(shooter, window, session)),
        ("backup …", lambda: screenshots_backup.backup(shooter, window, session, settings)),
        ("yearly …", lambda: screenshots_followup.yearly_dashboard(shooter, window, session)),
    ]
    for name, shoot in shots:
        try:
            shoot()
        except Exception as error:  # a screen still being built must not stop the others
            skip(name, error)
    window.hide()
    auto_lock.detach()


def read_only(shooter: Shooter, folder: Path, settings: Settings) -> None:
    """The workspace of a vault that opened read-only, as from a write-protected medium."""
    from unittest import mock

    from skyddsapp.ui.shell.auto_lock import AutoLock
    from skyddsapp.ui.shell.main_window import MainWindow, real_screens

    # The medium's write protection is played: a chmod stops no root, and pictures are often
    # taken as root in a container. Everything after the unlock is the real read-only session.
    # (Patched by name: the desktop imports nothing of the vault, and this is only a picture.)
    with mock.patch("skyddsapp.vault.vault._writable", return_value=False):
        session = sessions.unlock(folder, demo.DEMO_USER, demo.DEMO_PASSPHRASE)
    auto_lock = AutoLock(shooter.app, 5 * 60_000)
    auto_lock.start()
    try:
        window = MainWindow(session, settings, SecretClipboard(), auto_lock, real_screens())
        shooter.window("read_only", window)
        window.hide()
        window.deleteLater()
    finally:
        auto_lock.detach()
        sessions.lock(session)


def _case_view(shooter: Shooter, window: MainWindow, session: Session) -> None:
    rows = search_cases(session, limit=50).rows
    protected = [r for r in rows if r.client_protection and r.client_protection.is_protected]
    window.open_case((protected or rows)[0].id)
    shooter.window("case_view", window)


def _transition_flats(shooter: Shooter, window: MainWindow) -> None:
    window.show_flats()
    shooter.window("transition_flats", window)


def _housing_first(shooter: Shooter, window: MainWindow, session: Session) -> None:
    """The Bostad först case that has waited the longest, on its own tab."""
    from skyddsapp.services import housing_first
    from skyddsapp.ui.cases.case_view import CaseView

    window.open_case(housing_first.longest_waits(session, limit=1)[0].case_id)
    view = window.tabs.currentWidget()
    assert isinstance(view, CaseView)
    view.tabs.setCurrentWidget(view.housing_first)
    shooter.window("case_housing_first", window)


def _new_case(shooter: Shooter, window: MainWindow, session: Session) -> None:
    from skyddsapp.ui.wizard.new_case_wizard import NewCaseWizard

    wizard = NewCaseWizard(session, window)
    shooter.dialog("new_case_wizard", wizard, behind=window, size=(860, 640))
    wizard.deleteLater()


def _documents(shooter: Shooter, window: MainWindow, session: Session) -> None:
    """The Dokument tab with a few papers, the fullmakt's options, its preview, a verified QR."""
    from skyddsapp.services import documents
    from skyddsapp.ui.cases.case_view import CaseView
    from skyddsapp.ui.paperwork.document_flows import document_caption
    from skyddsapp.ui.paperwork.form_options_dialog import FormOptionsDialog
    from skyddsapp.ui.paperwork.form_picker_dialog import FormPickerDialog
    from skyddsapp.ui.paperwork.pdf_preview import PdfPreviewDialog
    from skyddsapp.ui.paperwork.verify_paper_dialog import VerifyPaperDialog

    view = window.tabs.currentWidget()
    assert isinstance(view, CaseView)
    case_id = view.case_id
    _add_demo_agent(session, case_id)
    file = documents.case_file(session, case_id)
    spec = next(spec for spec in documents.forms() if spec.id == "fullmakt")
    values = {field.name: field.default for field in spec.fields(file)}
    signed = documents.generate(session, case_id, "fullmakt", values)
    documents.mark_printed(session, signed.record.id)
    documents.mark_signed(session, signed.record.id, session.today(), "Klienten och ombudet")
    for form_id in ("informationsblad", "post_skatteverket"):
        form = next(spec for spec in documents.forms() if spec.id == form_id)
        defaults = {field.name: field.default for field in form.fields(file)}
        try:
            documents.generate(session, case_id, form_id, defaults)
        except Exception as error:  # a form still being written must not stop the pictures
            skip(form_id, error)
    latest = documents.generate(session, case_id, "fullmakt", values)
    documents.mark_printed(session, latest.record.id)
    view.reload()
    view.tabs.setCurrentWidget(view.documents)
    view.documents.select_document(signed.record.id)
    shooter.window("case_documents", window)

    picker = FormPickerDialog(documents.forms(), window)
    picker.select("fullmakt")
    shooter.dialog("form_picker", picker, behind=window, size=(960, 640))
    picker.deleteLater()

    options = FormOptionsDialog(session, case_id, spec, file, window)
    shooter.dialog("form_options", options, behind=window)
    options.deleteLater()

    preview = PdfPreviewDialog(latest.pdf, document_caption(latest.record), window)
    shooter.dialog("pdf_preview", preview, behind=window, size=(900, 740))
    preview.deleteLater()

    # The first fullmakt, of which a newer version exists: the dialog says so.
    verify = VerifyPaperDialog(session, window)
    verify.code.setText(paper_code_text(signed.record.number, signed.record.content_sha256))
    verify.verify()
    shooter.dialog("verify_paper", verify, behind=window, size=(720, 460))
    verify.deleteLater()

    # Arkiv → Skriv ut informationsblad: the campaign sheet, with no case and no number.
    from skyddsapp.services import information_campaign

    sheet = PdfPreviewDialog(
        information_campaign.information_sheet(session), window.tr("Informationsblad"), window
    )
    shooter.dialog("information_sheet", sheet, behind=window, size=(900, 740))
    sheet.deleteLater()


def _termination_warning(shooter: Shooter, window: MainWindow, session: Session) -> None:
    """Uppsägning for a client who is the only tenant while the perpetrator stays: 12:47 JB."""
    from skyddsapp.services import documents
    from skyddsapp.ui.paperwork.form_options_dialog import FormOptionsDialog

    spec = next(spec for spec in documents.forms() if spec.id == "uppsagning")
    for row in search_cases(session, limit=demo.DEFAULT_CASES).rows:
        file = documents.case_file(session, row.id)
        if any("47 §" in warning for warning in spec.warnings(file)):
            break
    else:
        raise LookupError("no demo case where the sole tenant is the client and the abuser stays")
    window.open_case(row.id)
    dialog = FormOptionsDialog(session, row.id, spec, file, window)
    shooter.dialog("form_options_uppsagning", dialog, behind=window, size=(760, 560))
    dialog.deleteLater()


def _audit_log(shooter: Shooter, window: MainWindow, session: Session) -> None:
    """Granskningslogg: a search for case events, the chain verified, one review signed off."""
    from skyddsapp.services import audit
    from skyddsapp.ui.admin.audit_log_dialog import AuditLogDialog

    today = session.today()
    audit.sign_off_review(
        session.vault,
        today.replace(day=1),
        today,
        "Stickprov på öppnade ärenden och brutna förseglingar: inga avvikelser.",
    )
    dialog = AuditLogDialog(session, window)
    page = dialog.page
    page.reviews.refresh()
    page.action.setText("case.")
    page.search()
    page.verify()
    shooter.dialog("audit_log", dialog, behind=window, size=(1280, 720))
    dialog.deleteLater()


def _keys(shooter: Shooter, window: MainWindow, session: Session) -> None:
    """Nycklar: the case of the documents' pictures (its fullmakt signed), the key set dialog
    and a receipt's options filled from the registry."""
    from skyddsapp.services import cases, documents
    from skyddsapp.ui.cases.case_view import CaseView
    from skyddsapp.ui.keys.key_set_dialog import KeySetDialog
    from skyddsapp.ui.paperwork.form_options_dialog import FormOptionsDialog

    view = window.tabs.currentWidget()
    assert isinstance(view, CaseView)
    if not cases.get_case(session, view.case_id).apartment_ids:  # a newer case without a flat
        with_flat = next(
            row.id
            for row in search_cases(session, limit=100).rows
            if cases.get_case(session, row.id).apartment_ids
        )
        window.open_case(with_flat)
        view = window.tabs.currentWidget()
        assert isinstance(view, CaseView)
    view.reload()
    view.tabs.setCurrentWidget(view.keys)
    shooter.window("case_keys", window)
    data = view.data
    assert data is not None
    dialog = KeySetDialog(session, data, data.case.apartment_ids[0], window)
    shooter.dialog("key_set", dialog, behind=window)
    dialog.deleteLater()
    spec = next(spec for spec in documents.forms() if spec.id == "nyckelkvittens_utlamning")
    file = documents.case_file(session, view.case_id)
    options = FormOptionsDialog(session, view.case_id, spec, file, window)
    shooter.dialog("form_options_nyckelkvittens", options, behind=window)
    options.deleteLater()


def _history(shooter: Shooter, window: MainWindow, session: Session) -> None:
    """Historik: the case's notes changed twice, the newest compared with the one before."""
    import dataclasses

    from skyddsapp.services import cases
    from skyddsapp.ui.cases.case_view import CaseView

    case_id = search_cases(session, limit=1).rows[0].id
    for notes in ("Klienten vill helst bo norr om ån.", "Klienten har tackat ja till visning."):
        stored = cases.get_case(session, case_id)
        cases.update_case(session, dataclasses.replace(stored, notes=notes))
    window.open_case(case_id)
    view = window.tabs.currentWidget()
    assert isinstance(view, CaseView)
    view.reload()  # the tab may have been open already, from the documents' pictures
    view.tabs.setCurrentWidget(view.history)
    shooter.window("case_history", window)


def _handlers(shooter: Shooter, window: MainWindow, session: Session) -> None:
    from skyddsapp.ui.cases.handlers_dialog import HandlersDialog

    dialog = HandlersDialog(session, search_cases(session, limit=1).rows[0].id, window)
    shooter.dialog("case_handlers", dialog, behind=window)
    dialog.deleteLater()


def _break_glass(shooter: Shooter, window: MainWindow, session: Session) -> None:
    """Nödåtkomst: the dialog with a reason, then the case with its banner."""
    from skyddsapp.ui.widgets.glass_dialog import GlassDialog

    # A picture tool may read the references straight from the open vault: which case the demo
    # user does not see is exactly what the services keep from them.
    references = session.conn.execute("SELECT id, reference FROM cases ORDER BY id").fetchall()
    other = next((ref for case_id, ref in references if not session.may_see_case(case_id)), None)
    if other is None:
        raise LookupError("every demo case is visible to the demo user")
    dialog = GlassDialog(session, window)
    dialog.reference.setText(other)
    dialog.reason.setText("Klienten står i receptionen och handläggaren är sjuk.")
    shooter.dialog("break_glass", dialog, behind=window)
    dialog.try_save()  # the reason is logged, as from the Öppna button
    assert dialog.case_id is not None
    dialog.deleteLater()
    window.open_case(dialog.case_id)
    shooter.window("break_glass_case", window)


def _old_flat(shooter: Shooter, window: MainWindow, session: Session) -> None:
    """Lägenhet och avtal of the demo case whose old lease is under notice, and its outcome."""
    from skyddsapp.services import old_flat
    from skyddsapp.ui.cases.case_view import CaseView
    from skyddsapp.ui.housing.old_flat_outcome_dialog import OldFlatOutcomeDialog

    case_id = search_cases(session, "Uppsägningsson", limit=1).rows[0].id
    window.open_case(case_id)
    view = window.tabs.currentWidget()
    assert isinstance(view, CaseView)
    view.tabs.setCurrentWidget(view.housing)
    shooter.window("case_old_flat", window)
    [flat] = old_flat.case_old_flats(session, case_id).flats
    assert flat.apartment.id is not None
    dialog = OldFlatOutcomeDialog(session, case_id, flat.apartment.id, view)
    shooter.dialog("old_flat_outcome", dialog, behind=window)
    dialog.deleteLater()


def _add_demo_agent(session: Session, case_id: int) -> None:
    """The fullmakt needs an agent; the demo cases have none (the name is invented)."""
    from skyddsapp.domain.case import CaseParty
    from skyddsapp.domain.person import CaseRole, Person
    from skyddsapp.domain.personal_number import PersonalNumber
    from skyddsapp.services import cases, persons

    if cases.get_case(session, case_id).person_ids(CaseRole.AGENT):
        return
    number = PersonalNumber.parse("196907079864", today=session.today())
    agent = persons.create_person(session, Person(None, "Olle", "Ombudsson", number))
    assert agent.id is not None
    cases.add_party(session, case_id, CaseParty(agent.id, CaseRole.AGENT))


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python tools/screenshots.py")
    parser.add_argument("out", type=Path, help="mapp för bilderna, t.ex. docs/screenshots")
    parser.add_argument(
        "--vault", type=Path, help="en ny mapp för demovalvet (en befintlig mapp rörs inte)"
    )
    parser.add_argument("--cases", type=int, default=demo.DEFAULT_CASES)
    parser.add_argument("--language", choices=("sv", "en"), default="sv")
    return parser.parse_args(argv)


def prepare(args: argparse.Namespace) -> tuple[QApplication, Shooter, Settings, Path]:
    """The application, the shooter, scratch settings and the demo vault (made anew), for
    these pictures or some of them (tools/screenshots_backup.py runs on its own too)."""
    build = Path.cwd() / "build"
    folder: Path = args.vault or build / "screenshot-vault"
    scratch = build / "screenshot-scratch"
    if args.vault and args.vault.exists():
        # Never delete a folder we did not make: it could be a real vault.
        sys.stderr.write(f"skyddsapp: {args.vault} finns redan; ange en ny mapp.\n")
        raise SystemExit(2)
    for path in (folder, scratch):
        shutil.rmtree(path, ignore_errors=True)
    scratch.mkdir(parents=True)
    args.out.mkdir(parents=True, exist_ok=True)

    running = QApplication.instance()
    app = running if isinstance(running, QApplication) else QApplication([sys.argv[0]])
    app.setApplicationName("skyddsapp")
    apply_app_style(app)
    translations = Translations(app)
    translations.install(args.language)
    # Settings go to a scratch INI: taking pictures must not touch the user's preferences.
    settings = Settings(QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat))

    say(f"Demovalv i {folder} ({args.cases} påhittade ärenden) …")
    demo.ensure_demo_vault(folder, cases=args.cases, kdf_params=MINIMUM_KDF)
    return app, Shooter(app, args.out), settings, folder


def main(argv: Sequence[str] | None = None) -> int:
    _, shooter, settings, folder = prepare(parse_args(argv))
    first_run(shooter, Path(settings.file_name).parent)
    unlock(shooter, folder)
    session = sessions.unlock(folder, demo.DEMO_USER, demo.DEMO_PASSPHRASE, today=dt.date.today)
    try:
        workspace(shooter, session, settings)
    except Exception as error:
        skip("case_list, todo, case_view, new_case_wizard", error)
    finally:
        sessions.lock(session)
    try:
        read_only(shooter, folder, settings)
    except Exception as error:
        skip("read_only", error)
    try:
        screenshots_backup.restore(shooter, folder, settings)
    except Exception as error:
        skip("restore …", error)
    say(f"{len(shooter.saved)} bilder i {shooter.out}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
