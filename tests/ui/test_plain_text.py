"""Stored and typed text is shown as typed on every screen: markup in a note stays text.

A vault is filled with markup in every stored text the domain accepts it in (names only take
letters), then every screen and dialog is opened and each label, item-view cell and tooltip is
read. A label that shows such text must not be rich text; a tooltip that is rich text must have it
escaped; and every hostile text must be seen literally somewhere, so that the test cannot pass by
showing nothing.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QTabBar,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot
from shell_support import ControllerFactory, controller_factory, ini_settings, no_sleep

from skyddsapp.domain.address import Address
from skyddsapp.domain.apartment import new_apartment
from skyddsapp.domain.case import CaseParty, Decision, DecisionKind
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.document_register import paper_code_text
from skyddsapp.domain.lease import Lease, LeaseKind
from skyddsapp.domain.person import CaseRole, Person, ProtectionLevel
from skyddsapp.domain.personal_number import PersonalNumber
from skyddsapp.domain.risk import RiskAssessment, RiskLevel
from skyddsapp.domain.users import Role
from skyddsapp.services import accounts, cases, demo, documents, housing, persons, sessions
from skyddsapp.services.context import Session
from skyddsapp.ui.cases.case_details_dialog import CaseDetailsDialog
from skyddsapp.ui.cases.case_view import CaseView
from skyddsapp.ui.cases.decision_dialog import DecisionDialog
from skyddsapp.ui.cases.party_dialog import PartyDialog
from skyddsapp.ui.cases.person_dialog import PersonDialog
from skyddsapp.ui.cases.reveal_dialog import RevealDialog
from skyddsapp.ui.cases.risk_assessment_dialog import RiskAssessmentDialog
from skyddsapp.ui.housing.apartment_dialog import ApartmentDialog
from skyddsapp.ui.housing.lease_dialog import LeaseDialog
from skyddsapp.ui.housing.notice_dialog import NoticeDialog
from skyddsapp.ui.paperwork.document_flows import document_caption
from skyddsapp.ui.paperwork.form_options_dialog import FormOptionsDialog
from skyddsapp.ui.paperwork.form_picker_dialog import FormPickerDialog
from skyddsapp.ui.paperwork.image_viewer_dialog import ImageViewerDialog
from skyddsapp.ui.paperwork.pdf_preview import PdfPreviewDialog
from skyddsapp.ui.paperwork.sign_document_dialog import SignDocumentDialog
from skyddsapp.ui.paperwork.verify_paper_dialog import VerifyPaperDialog
from skyddsapp.ui.shell.clipboard import SecretClipboard
from skyddsapp.ui.shell.first_run_wizard import FirstRunWizard
from skyddsapp.ui.shell.main_window import real_screens
from skyddsapp.ui.shell.reset_passphrase_dialog import ResetPassphraseDialog
from skyddsapp.ui.shell.settings_dialog import SettingsDialog
from skyddsapp.ui.shell.unlock_dialog import UnlockDialog
from skyddsapp.ui.wizard import new_case_wizard as wizard_module
from skyddsapp.ui.wizard.new_case_wizard import NewCaseWizard

UI_TODAY = dt.date(2026, 11, 27)
USER, PASSPHRASE = "fientlig", "fientlig-fras-2026!"
VAULT_NAME = "<b>valv<img src=x>&amp;"  # a folder's name cannot hold "/"
SOURCE = Path(__file__).resolve().parents[2] / "src" / "skyddsapp" / "ui"


def bold(tag: str) -> str:
    """Markup that Qt would render bold, with an image and an entity."""
    return f"<b>{tag}</b><img src=x>&amp;"


def link(tag: str) -> str:
    return f'<a href="x">{tag}</a>'


def entity(tag: str) -> str:
    """Escaped markup: rich text would show "<i>" instead of what was typed."""
    return f"&lt;i&gt;{tag}&lt;/i&gt;"


# What a label or tooltip may carry only when it shows hostile text (raw or escaped).
MARKERS = ("<b>", "<img", "<a ", "&amp;", "&lt;")
# Markup that a rich-text tooltip must not hold unescaped.
RAW_TAGS = re.compile(r"<(b|img|a|i)[\s>]|</(b|a|i)>")


@dataclass
class Hostile:
    session: Session
    case_id: int
    client_id: int
    contact_id: int
    apartment_id: int
    lease_id: int
    document: documents.GeneratedDocument
    shown_somewhere: list[str] = field(default_factory=list)
    """Hostile texts that some screen must show literally (a label, a cell or a tooltip)."""


@pytest.fixture
def hostile_folder(demo_template: Path, tmp_path: Path) -> Path:
    """A copy of the demo vault in a folder whose name is markup too (the title bar shows it)."""
    folder = tmp_path / VAULT_NAME
    shutil.copytree(demo_template, folder)
    return folder


@pytest.fixture
def hostile(hostile_folder: Path) -> Iterator[Hostile]:
    """A case where every free text holds markup, opened by a user whose display name does."""
    admin = sessions.unlock(hostile_folder, demo.DEMO_USER, demo.DEMO_PASSPHRASE, sleep=no_sleep)
    accounts.add_user(admin.vault, USER, bold("namn"), Role.HANDLER, PASSPHRASE)
    sessions.lock(admin)
    session = sessions.unlock(
        hostile_folder, USER, PASSPHRASE, sleep=no_sleep, today=lambda: UI_TODAY
    )
    try:
        yield _fill(session)
    finally:
        if not session.vault.is_locked:
            sessions.lock(session)


def _fill(session: Session) -> Hostile:
    number = PersonalNumber.parse("198112189876", today=UI_TODAY)
    client = persons.create_person(
        session,
        Person(
            None,
            "Anna",
            "Fientlig",
            number,
            real_address=Address(bold("gata"), "75320", link("ort"), bold("co")),
            delivery_address=Address(link("levgata"), "75321", entity("levort")),
            phone="070-123 45 67",
            notes=bold("pnot") + "\n" + link("pnot2"),
        ),
    )
    contact = persons.create_person(
        session,
        Person(
            None,
            "Kim",
            "Kontakt",
            PersonalNumber.parse("196907079864", today=UI_TODAY),
            protection=ProtectionLevel.CONFIDENTIALITY_MARKING,
            real_address=Address(bold("skyddgata"), "75322", link("skyddort")),
            notes=entity("knot"),
        ),
    )
    assert client.id is not None
    assert contact.id is not None
    apartment = housing.create_apartment(
        session,
        new_apartment(
            object_number="4711-0815-01",
            address=Address(bold("lgh"), "75320", link("lghort")),
            rooms=2,
            area_m2="52,5",
            monthly_rent_sek=7000,
            landlord=bold("vard"),
            key_system=link("las"),
            key_series=bold("serie"),
            embargo_until=UI_TODAY + dt.timedelta(days=20),
        ),
    )
    assert apartment.id is not None
    lease = housing.create_lease(
        session,
        Lease(
            None, bold("kn"), apartment.id, (client.id,), LeaseKind.FIRST_HAND, dt.date(2020, 1, 1)
        ),
    )
    assert lease.id is not None
    case = cases.create_case(
        session,
        CaseKind.CUSTOMER_CARE,
        parties=[
            CaseParty(client.id, CaseRole.CLIENT, True),
            CaseParty(contact.id, CaseRole.AGENT),
        ],
        handlers=(USER,),
        notes=bold("cnot") + "\n" + link("cnot2"),
        apartment_ids=[apartment.id],
        lease_ids=[lease.id],
    )
    assert case.id is not None
    housing.register_notice(session, lease.id, dt.date(2026, 9, 3))  # ends 2026-12-31
    cases.add_note(session, case.id, link("note") + "\n" + bold("note2"))
    cases.add_decision(
        session,
        case.id,
        Decision(UI_TODAY, DecisionKind.PRIORITY, entity("beslut"), link("chef"), True),
    )
    cases.add_risk_assessment(
        session,
        case.id,
        RiskAssessment(
            UI_TODAY - dt.timedelta(days=200),
            bold("bed"),
            RiskLevel.LOW,
            False,
            UI_TODAY - dt.timedelta(days=10),
        ),
    )
    file = documents.case_file(session, case.id)
    spec = next(s for s in documents.forms() if s.id == "fullmakt")
    values = {f.name: f.default for f in spec.fields(file)}
    values.update(witness_1=bold("vittne"), witness_2=link("vittne2"))
    generated = documents.generate(session, case.id, "fullmakt", values)
    documents.mark_printed(session, generated.record.id)
    documents.mark_signed(session, generated.record.id, UI_TODAY, bold("signerat"))
    return Hostile(
        session,
        case.id,
        client.id,
        contact.id,
        apartment.id,
        lease.id,
        generated,
        shown_somewhere=[
            bold("gata"), link("ort"), bold("co"), link("levgata"), entity("levort"),
            bold("pnot"), link("pnot2"), bold("skyddgata"), entity("knot"),
            bold("lgh"), link("lghort"), bold("vard"), link("las"), bold("serie"),
            bold("kn"), bold("cnot"), link("cnot2"), link("note"), bold("note2"),
            entity("beslut"), link("chef"), bold("bed"), bold("signerat"), bold("namn"),
        ],
    )  # fmt: skip


# ------------------------------------------------------------------ reading what is on screen


def carries(text: str) -> bool:
    return any(marker in text for marker in MARKERS)


def rendered(html_text: str) -> str:
    document = QTextDocument()
    document.setHtml(html_text)
    return document.toPlainText()


@dataclass
class Screen:
    """What the widgets walked so far show; ``problems`` are texts that Qt reads as markup."""

    shown: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def walk(self, root: QWidget) -> None:
        for widget in [root, *root.findChildren(QWidget)]:
            where = f"{type(widget).__name__} {widget.objectName() or widget.accessibleName()}"
            if isinstance(widget, QLabel):
                self.label(widget, where)
            self.tooltip(widget.toolTip(), where)
            for action in widget.actions():
                self.tooltip(action.toolTip(), f"action of {where}")
            if (
                isinstance(widget, QAbstractItemView)
                and not isinstance(widget, QHeaderView)  # its model is its table's
                and widget.model() is not None
            ):
                self.model(widget.model(), where)
            if isinstance(widget, QComboBox):
                self.model(widget.model(), where)
            if isinstance(widget, QTabBar):
                for index in range(widget.count()):
                    self.tooltip(widget.tabToolTip(index), f"tab {index} of {where}")

    def label(self, label: QLabel, where: str) -> None:
        text = label.text()
        if not carries(text):
            return
        form = label.textFormat()
        rich = form in (Qt.TextFormat.RichText, Qt.TextFormat.MarkdownText) or (
            form == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
        )
        if rich:
            self.problems.append(f"{where}: label shows {text!r} as {form.name}")
            self.shown.append(rendered(text))
        else:
            self.shown.append(text)

    def tooltip(self, text: str, where: str) -> None:
        if not text or not carries(text):
            return
        if not GuiQt.mightBeRichText(text):
            self.shown.append(text)
            return
        if RAW_TAGS.search(text):
            self.problems.append(f"{where}: tooltip {text!r} is rich text with markup unescaped")
        self.shown.append(rendered(text))

    def model(self, model: QAbstractItemModel, where: str) -> None:
        top = QModelIndex()
        for row in range(model.rowCount(top)):
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(top)
            for column in range(columns):
                index = model.index(row, column)
                display = model.data(index, Qt.ItemDataRole.DisplayRole)
                if isinstance(display, str):
                    self.shown.append(display)  # item delegates paint plain text
                tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str):
                    self.tooltip(tip, f"cell {row},{column} of {where}")

    def assert_plain(self) -> None:
        problems = sorted(set(self.problems))
        assert not problems, f"{len(problems)} texts read as markup:\n" + "\n".join(problems)

    def literally(self, text: str) -> bool:
        return any(text in shown for shown in self.shown)


@pytest.fixture
def screen() -> Screen:
    return Screen()


@pytest.fixture
def make_controller(qapp: QApplication, tmp_path: Path) -> Iterator[ControllerFactory]:
    yield from controller_factory(qapp, tmp_path)


def show(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    return widget


def reveal_all(monkeypatch: pytest.MonkeyPatch, view: CaseView) -> None:
    """Reveal every masked value, as a handler who gives a reason would."""

    def answer(dialog: RevealDialog) -> int:
        dialog.reason_choice.setCurrentIndex(1)
        dialog.try_reveal()
        return dialog.result()

    monkeypatch.setattr(RevealDialog, "exec", answer)
    for masked in [*view.persons.masked_fields, *view.housing.masked_fields]:
        masked.reveal()


def open_top_levels(screen: Screen) -> None:
    """Message boxes and dialogs opened with open() are windows of their own."""
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            screen.walk(widget)


def close_dialogs() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            QDialog.done(widget, QDialog.DialogCode.Rejected)


# ------------------------------------------------------------------ the screens


def test_the_workspace_shows_stored_markup_as_text(
    make_controller: ControllerFactory,
    hostile: Hostile,
    screen: Screen,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Main window (status bar, Ärenden, Att göra) and the case view with every tab revealed."""
    controller = make_controller(hostile.session.vault.folder, screens=real_screens())
    controller.open_session(hostile.session)
    window = controller.main_window
    assert window is not None
    window.show_todo()
    window.todo.horizon.setCurrentIndex(window.todo.horizon.findData(None))
    window.open_case(hostile.case_id)
    view = window.tabs.currentWidget()
    assert isinstance(view, CaseView)
    screen.walk(window)
    reveal_all(monkeypatch, view)
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        screen.walk(view)
    view.remove_party(hostile.contact_id, CaseRole.AGENT)  # a question in a message box
    view.documents.flows.warn(view, "skyddsapp", bold("varning"))
    open_top_levels(screen)
    close_dialogs()
    screen.assert_plain()
    for text in [*hostile.shown_somewhere, bold("varning")]:
        assert screen.literally(text), text


def test_every_case_dialog_shows_stored_markup_as_text(
    qtbot: QtBot, hostile: Hostile, screen: Screen
) -> None:
    session = hostile.session
    view = show(qtbot, CaseView(session, hostile.case_id, SecretClipboard()))
    assert isinstance(view, CaseView)
    party = PartyDialog(session, hostile.case_id)
    party.picker.query.setText("Fientlig")
    party.picker.search_now()
    dialogs: list[QWidget] = [
        PersonDialog(session, person_id=hostile.client_id),
        PersonDialog(session, case_id=hostile.case_id),
        party,
        ApartmentDialog(session, hostile.case_id, hostile.apartment_id),
        ApartmentDialog(session, hostile.case_id),
        LeaseDialog(session, hostile.case_id, hostile.lease_id),
        LeaseDialog(session, hostile.case_id),
        NoticeDialog(session, hostile.lease_id),
        CaseDetailsDialog(session, hostile.case_id),
        DecisionDialog(session, hostile.case_id),
        RiskAssessmentDialog(session, hostile.case_id),
        RevealDialog(session, hostile.contact_id, []),
    ]
    for dialog in dialogs:
        show(qtbot, dialog)
        screen.walk(dialog)
        dialog.hide()
    # The workflow panel's dialogs, and a note refused with its message shown.
    view.workflow.new_note()
    view.workflow.add_note("\x07" + bold("ogiltig"))
    view.workflow.new_decision()
    screen.walk(view)
    open_top_levels(screen)
    close_dialogs()
    screen.assert_plain()


def test_the_paperwork_shows_stored_markup_as_text(
    qtbot: QtBot, hostile: Hostile, screen: Screen
) -> None:
    """Dokument tab, Ny blankett for every form, Registrera underskrift, preview, scan, verify."""
    session = hostile.session
    record = hostile.document.record
    view = show(qtbot, CaseView(session, hostile.case_id, SecretClipboard()))
    assert isinstance(view, CaseView)
    view.tabs.setCurrentWidget(view.documents)
    file = documents.case_file(session, hostile.case_id)
    dialogs: list[QWidget] = [
        FormPickerDialog(documents.forms()),
        *(FormOptionsDialog(session, hostile.case_id, spec, file) for spec in documents.forms()),
        SignDocumentDialog(session, record),
        PdfPreviewDialog(hostile.document.pdf, document_caption(record)),
        ImageViewerDialog(b"not an image", document_caption(record)),
    ]
    for dialog in dialogs:
        show(qtbot, dialog)
        screen.walk(dialog)
        dialog.hide()
    verify = show(qtbot, VerifyPaperDialog(session))
    assert isinstance(verify, VerifyPaperDialog)
    verify.code.setText(bold("qr"))  # what a scanner typed
    verify.verify()
    screen.walk(verify)
    verify.code.setText(paper_code_text(record.number, record.content_sha256))
    verify.verify()
    screen.walk(verify)
    screen.walk(view)
    screen.assert_plain()
    assert screen.literally(bold("signerat"))  # the register's tooltip names who signed


def test_the_new_case_wizard_shows_typed_markup_as_text(
    qtbot: QtBot, hostile: Hostile, screen: Screen
) -> None:
    wizard = show(qtbot, NewCaseWizard(hostile.session))
    assert isinstance(wizard, NewCaseWizard)
    wizard.kind_page.set_kind(CaseKind.KVINNOJOUR_SUBLET)
    wizard.next()
    client = wizard.client_page
    client.existing_radio.setChecked(True)
    client.picker.query.setText("Fientlig")
    client.picker.search_now()
    client.picker.results.setCurrentRow(0)
    wizard.next()
    wizard.next()  # no other persons
    assert wizard.currentId() == wizard_module.FLAT
    form = wizard.flat_page.apartment_form
    form.object_number.setText("7777-1111-01")
    form.address.street.setText(bold("nygata"))
    form.address.postal_code.setText("75428")
    form.address.city.setText(link("nyort"))
    form.rooms.setText("2")
    form.area.setText("48")
    form.rent.setText("6900")
    form.key_series.setText(entity("nyserie"))
    wizard.flat_page.lease_check.setChecked(True)
    wizard.flat_page.lease_form.contract_number.setText(bold("nykn"))
    wizard.next()
    assert wizard.currentId() == wizard_module.DETAILS
    wizard.details_page.notes.setPlainText(link("nynot"))
    wizard.next()
    assert wizard.currentId() == wizard_module.SUMMARY
    screen.walk(wizard)
    screen.assert_plain()
    assert screen.literally(bold("nykn"))
    wizard.button(QWizard.WizardButton.CancelButton).click()


def test_the_locked_screens_show_names_as_text(
    qtbot: QtBot, hostile: Hostile, screen: Screen, tmp_path: Path, recovery_key: str
) -> None:
    """Unlock (the folder's name), first run, settings and the passphrase reset (user names)."""
    folder = hostile.session.vault.folder
    sessions.lock(hostile.session)
    unlock = show(qtbot, UnlockDialog(folder, user_name=USER))
    first_run = FirstRunWizard(tmp_path / "nytt")
    show(qtbot, first_run)
    first_run.next()
    first_run.admin_page.user_edit.setText("anna.s")
    first_run.admin_page.display_edit.setText(link("visning"))
    first_run.next()
    settings = SettingsDialog(ini_settings(tmp_path / "settings.ini"), capture_protected=False)
    recovered = sessions.unlock_with_recovery_key(folder, recovery_key, sleep=no_sleep)
    try:
        reset = ResetPassphraseDialog(recovered)
        for widget in (unlock, first_run, show(qtbot, settings), show(qtbot, reset)):
            screen.walk(widget)
    finally:
        sessions.lock(recovered)
    screen.assert_plain()
    assert screen.literally(VAULT_NAME)


def test_the_ui_makes_no_label_or_message_box_of_its_own() -> None:
    """One place decides how text is shown: ui/plain_text.py. A bare QLabel or QMessageBox
    elsewhere would guess the format from the text, and stored text could turn into markup."""
    pattern = re.compile(
        r"\bQLabel\(|\bQMessageBox\(|\bQMessageBox\.(warning|information|question|critical)\("
    )
    found = [
        f"{path.name}:{number}"
        for path in sorted(SOURCE.rglob("*.py"))
        if path.name != "plain_text.py"
        for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1)
        if pattern.search(line)
    ]
    assert found == []
