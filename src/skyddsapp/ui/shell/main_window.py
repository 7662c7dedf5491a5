"""The workspace window: menus with shortcuts, the case list, Att göra and case tabs, status bar."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QTabBar, QTabWidget, QWidget, QWizard

from skyddsapp.domain.users import Role
from skyddsapp.services.context import Session
from skyddsapp.ui.admin.keeping_window import KeepingWindow
from skyddsapp.ui.shell.auto_lock import AutoLock
from skyddsapp.ui.shell.clipboard import SecretClipboard
from skyddsapp.ui.shell.screen import CaseScreen, CasesScreen
from skyddsapp.ui.shell.settings import WINDOW_GEOMETRY, WINDOW_STATE, Settings
from skyddsapp.ui.widgets.labels import domain_text
from skyddsapp.ui.widgets.plain_text import PlainLabel

if TYPE_CHECKING:
    from skyddsapp.ui.admin.backup_status import BackupStatusLabel
    from skyddsapp.ui.paperwork.file_dialogs import FileDialogs
    from skyddsapp.ui.paperwork.information_sheet_flow import InformationSheetFlow

FIXED_TABS = 2  # Ärenden and Att göra cannot be closed


@dataclass(frozen=True)
class Screens:
    """How the window makes what it hosts: the real screens, or stand-ins in tests."""

    case_list: Callable[[Session, QWidget], CasesScreen]
    todo: Callable[[Session, QWidget], CasesScreen]
    case_view: Callable[[Session, int, SecretClipboard, QWidget], CaseScreen]
    new_case_wizard: Callable[[Session, QWidget], QWizard]


def real_screens() -> Screens:
    """The screens, imported only when a vault is unlocked (the unlock dialog starts faster)."""

    def case_list(session: Session, parent: QWidget) -> CasesScreen:
        from skyddsapp.ui.cases.case_list_page import CaseListPage

        return CaseListPage(session, parent)

    def todo(session: Session, parent: QWidget) -> CasesScreen:
        from skyddsapp.ui.shell.todo_page import TodoPage

        return TodoPage(session, parent)

    def case_view(
        session: Session, case_id: int, clipboard: SecretClipboard, parent: QWidget
    ) -> CaseScreen:
        from skyddsapp.ui.cases.case_view import CaseView

        return CaseView(session, case_id, clipboard, parent)

    def new_case_wizard(session: Session, parent: QWidget) -> QWizard:
        from skyddsapp.ui.wizard.new_case_wizard import NewCaseWizard

        return NewCaseWizard(session, parent)

    return Screens(case_list, todo, case_view, new_case_wizard)


class MainWindow(KeepingWindow):
    """Asks the controller to lock, quit or apply settings; never locks by itself. Gallring,
    identity and backups open as in the auditor window (`KeepingWindow`)."""

    lock_requested = Signal()
    quit_requested = Signal()
    settings_changed = Signal()
    retention_action: QAction
    identity_action: QAction
    backup_action: QAction
    backups_action: QAction

    def __init__(
        self,
        session: Session,
        settings: Settings,
        clipboard: SecretClipboard,
        auto_lock: AutoLock,
        screens: Screens,
        *,
        capture_protected: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._settings = settings
        self._clipboard = clipboard
        self._auto_lock = auto_lock
        self._screens = screens
        self._capture_protected = capture_protected
        self._case_tabs: dict[int, CaseScreen] = {}
        self.flats_page: CasesScreen | None = None
        """Utsluss- och jourlägenheter: a closable tab, made when first asked for."""
        self.information_sheet: InformationSheetFlow | None = None
        """Skriv ut informationsblad: made when first asked for."""
        self.handover_dialogs: FileDialogs | None = None
        """Ta emot överlämning's file questions (None: Qt's own; tests put stand-ins here)."""
        # Generic on purpose: titles reach task bars, window lists and screen-sharing pickers.
        title = self.tr("skyddsapp — skrivskyddat") if session.read_only else "skyddsapp"
        self.setWindowTitle(title)
        self.setWindowFilePath("")
        self.setObjectName("MainWindow")

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        # Fusion sizes a tab without a close button to the text alone and then clips the dots
        # of a capital Ä or Ö; a little more height (in em, so the system font still rules).
        self.tabs.setTabsClosable(True)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.case_list = screens.case_list(session, self.tabs)
        self.todo = screens.todo(session, self.tabs)
        self.tabs.addTab(self.case_list, self.tr("Ärenden"))
        self.tabs.addTab(self.todo, self.tr("Att göra"))
        for index in range(FIXED_TABS):
            for side in (QTabBar.ButtonPosition.LeftSide, QTabBar.ButtonPosition.RightSide):
                self.tabs.tabBar().setTabButton(index, side, None)
        self.setCentralWidget(self.tabs)
        self.case_list.case_activated.connect(self.open_case)
        self.todo.case_activated.connect(self.open_case)

        self._make_actions()
        self._make_status_bar()
        self._restore_layout()

    # ----------------------------------------------------------------- actions and menus

    def _action(self, text: str, shortcut: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        plain = text.replace("&", "").rstrip("…")
        action.setToolTip(plain)
        if shortcut:
            sequence = QKeySequence(shortcut)
            action.setShortcut(sequence)
            action.setShortcutVisibleInContextMenu(True)
            shown = sequence.toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(self.tr("{0} ({1})").format(plain, shown))
        action.triggered.connect(slot)
        return action

    def _make_actions(self) -> None:
        self.new_case_action = self._action(self.tr("&Nytt ärende…"), "Ctrl+N", self.new_case)
        self.close_case_action = self._action(
            self.tr("&Stäng ärende"), "Ctrl+W", self.close_current_case
        )
        self.verify_action = self._action(
            self.tr("&Verifiera papper…"), "Ctrl+Shift+V", self.verify_paper
        )
        self.information_sheet_action = self._action(
            self.tr("Skriv &ut informationsblad…"), "Ctrl+Shift+I", self.print_information_sheet
        )
        self.audit_log_action = self._action(
            self.tr("Granskningsl&ogg…"), "Ctrl+Shift+G", self.open_audit_log
        )
        self.users_action = self._action(
            self.tr("Användare och tea&m…"), "Ctrl+Shift+U", self.open_users
        )
        self.retention_action = self._action(
            self.tr("&Gallring…"), "Ctrl+Shift+E", self.open_retention
        )
        self.agreements_action = self._action(
            self.tr("Av&tal…"), "Ctrl+Shift+T", self.open_agreements
        )
        self.identity_action = self._action(
            self.tr("Valvets i&dentitet…"), "Ctrl+Shift+D", self.open_identity
        )
        self.receive_action = self._action(
            self.tr("Ta &emot överlämning…"), "Ctrl+Shift+O", self.receive_handover
        )
        self.glass_action = self._action(
            self.tr("Nöd&åtkomst till ärende…"), "Ctrl+Shift+N", self.break_glass
        )
        self.backup_action = self._action(
            self.tr("Säkerhets&kopiera…"), "Ctrl+Shift+B", self.open_backup
        )
        self.backups_action = self._action(self.tr("Säkerhetsko&pior…"), "", self.open_backups)
        self.restore_action = self._action(
            self.tr("Åte&rställ från säkerhetskopia…"),
            "",
            lambda: self.restore_requested.emit(None),
        )
        self.settings_action = self._action(
            self.tr("&Inställningar…"), "Ctrl+,", self.open_settings
        )
        self.lock_action = self._action(self.tr("&Lås"), "Ctrl+L", self.lock_requested.emit)
        self.quit_action = self._action(self.tr("&Avsluta"), "Ctrl+Q", self.quit_requested.emit)
        self.client_survey_action = self._action(
            self.tr("&Brukarundersökning…"), "Ctrl+Shift+M", self.open_client_survey
        )
        self.yearly_report_action = self._action(
            self.tr("Å&rsuppföljning…"), "Ctrl+Shift+Y", self.open_yearly_report
        )
        self.cases_action = self._action(self.tr("Ä&renden"), "Ctrl+1", self.show_case_list)
        self.todo_action = self._action(self.tr("Att &göra"), "Ctrl+2", self.show_todo)
        self.flats_action = self._action(
            self.tr("Utsluss- och &jourlägenheter"), "Ctrl+3", self.show_flats
        )
        self.search_action = self._action(self.tr("&Sök"), "Ctrl+F", self.focus_search)
        self.refresh_action = self._action(self.tr("&Uppdatera"), "F5", self.refresh)

        file_menu = self.menuBar().addMenu(self.tr("&Arkiv"))
        file_menu.addAction(self.new_case_action)
        file_menu.addAction(self.close_case_action)
        file_menu.addAction(self.glass_action)
        file_menu.addSeparator()
        file_menu.addAction(self.verify_action)
        file_menu.addAction(self.information_sheet_action)
        file_menu.addAction(self.audit_log_action)
        file_menu.addAction(self.users_action)
        file_menu.addAction(self.retention_action)
        file_menu.addAction(self.agreements_action)
        file_menu.addSeparator()
        file_menu.addAction(self.receive_action)
        file_menu.addAction(self.identity_action)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.backups_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&Visa"))
        for action in (self.cases_action, self.todo_action, self.flats_action, self.search_action):
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.refresh_action)
        follow_up_menu = self.menuBar().addMenu(self.tr("&Uppföljning"))
        follow_up_menu.addAction(self.yearly_report_action)
        follow_up_menu.addAction(self.client_survey_action)
        self.about_action = self._action(self.tr("&Om skyddsapp…"), "", self.open_about)
        help_menu = self.menuBar().addMenu(self.tr("&Hjälp"))
        help_menu.addAction(self.about_action)

        toolbar = self.addToolBar(self.tr("Verktyg"))
        toolbar.setObjectName("MainToolBar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.setMovable(False)
        for action in (self.new_case_action, self.search_action, self.refresh_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.lock_action)
        self.close_case_action.setEnabled(False)
        # Only administrators (and auditors, who get a window of their own) read the log.
        may_read_log = self._session.vault.user.role.may_read_audit_log
        self.audit_log_action.setEnabled(may_read_log)
        self.audit_log_action.setVisible(may_read_log)
        is_admin = self._session.vault.user.role is Role.ADMIN
        self.users_action.setEnabled(is_admin)
        self.users_action.setVisible(is_admin)
        self.retention_action.setEnabled(is_admin)
        self.retention_action.setVisible(is_admin)
        self.identity_action.setEnabled(is_admin)  # trust in other vaults is the admin's
        self.identity_action.setVisible(is_admin)
        self.receive_action.setEnabled(self._session.handles_cases)
        # Backups are an administrator's (the services refuse anyone else); making one also
        # records it in the vault, so not from a read-only one.
        for action in (self.backup_action, self.backups_action, self.restore_action):
            action.setEnabled(is_admin)
            action.setVisible(is_admin)
        self.backup_action.setEnabled(is_admin and not self._session.read_only)
        self.tabs.currentChanged.connect(self._tab_changed)
        if self._session.read_only:
            # Their services write (a new case; the audit entry of a verified paper) and would
            # only refuse; the case tabs' own buttons are left to the services' refusal.
            for action in (
                self.new_case_action,
                self.verify_action,
                self.glass_action,
                self.receive_action,
                # Every showing of the figures is logged, which a read-only vault cannot.
                self.yearly_report_action,
            ):
                action.setEnabled(False)

    def _make_status_bar(self) -> None:
        user = self._session.vault.user
        self.user_label = PlainLabel(
            self.tr("Inloggad: {0} ({1})").format(user.display_name, domain_text(user.role.label)),
            self,
        )
        self.vault_label = PlainLabel(self.tr("Valv: {0}").format(self._session.vault.name), self)
        self.lock_label = PlainLabel(parent=self)
        self.read_only_label: PlainLabel | None = None
        self.backup_label: BackupStatusLabel | None = None
        labels: list[QWidget] = [self.user_label, self.vault_label, self.lock_label]
        if self.backup_action.isEnabled():
            from skyddsapp.ui.admin.backup_status import BackupStatusLabel

            self.backup_label = BackupStatusLabel(
                self._session, self._settings, self.open_backup, self
            )
            labels.insert(0, self.backup_label)
        if self._session.read_only:
            self.read_only_label = self._read_only_label()
            labels.insert(0, self.read_only_label)
        for label in labels:
            label.setContentsMargins(12, 0, 12, 0)
            self.statusBar().addPermanentWidget(label)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show_time_left)
        self._tick.start()
        self._show_time_left()

    def _read_only_label(self) -> PlainLabel:
        label = PlainLabel(self.tr("Skrivskyddat"), self)
        label.setObjectName("ReadOnlyLabel")
        label.setStyleSheet("QLabel#ReadOnlyLabel { color: #8b0000; font-weight: bold; }")
        explanation = self.tr(
            "Valvet är skrivskyddat: det går att läsa men inte ändra. Skyddade uppgifter kan "
            "inte visas, eftersom visningen inte kan loggas."
        )
        label.setToolTip(explanation)
        label.setAccessibleName(label.text())
        label.setAccessibleDescription(explanation)
        return label

    def _show_time_left(self) -> None:
        minutes, seconds = divmod(self._auto_lock.remaining_seconds(), 60)
        self.lock_label.setText(self.tr("Låses om {0}:{1:02d}").format(minutes, seconds))

    # ----------------------------------------------------------------- tabs

    def show_case_list(self) -> None:
        self.tabs.setCurrentIndex(0)

    def show_todo(self) -> None:
        self.tabs.setCurrentIndex(1)

    def show_flats(self) -> None:
        """Utsluss- och jourlägenheter in a tab of its own (made once, brought forward after)."""
        from skyddsapp.ui.flats.transition_flats_page import TransitionFlatsPage

        if self._session.vault.is_locked:
            return
        if self.flats_page is None:
            page = TransitionFlatsPage(self._session, self.tabs)
            page.case_activated.connect(self.open_case)
            page.changed.connect(self._flats_changed)
            self.flats_page = page
            index = self.tabs.addTab(page, self.tr("Lägenheter"))
            self.tabs.setTabToolTip(index, self.tr("Utsluss- och jourlägenheter"))
        self.tabs.setCurrentWidget(self.flats_page)
        self.flats_page.setFocus()

    def _flats_changed(self) -> None:
        self.case_list.refresh()
        self.todo.refresh()
        for view in list(self._case_tabs.values()):  # an open case shows its transition flat
            view.refresh()

    def focus_search(self) -> None:
        self.show_case_list()
        self.case_list.focus_search()

    def refresh(self) -> None:
        self.case_list.refresh()
        self.todo.refresh()
        self.refresh_backup_status()
        if self.flats_page is not None:
            self.flats_page.refresh()
        current = self.tabs.currentWidget()
        if isinstance(current, CaseScreen) and current in self._case_tabs.values():
            current.refresh()

    def open_case(self, case_id: int) -> None:
        """Open the case in a tab, or bring its tab forward if it is open already."""
        view = self._case_tabs.get(case_id)
        if view is None:
            view = self._screens.case_view(self._session, case_id, self._clipboard, self.tabs)
            self._case_tabs[case_id] = view
            index = self.tabs.addTab(view, str(getattr(view, "reference", "")) or str(case_id))
            self.tabs.setTabToolTip(index, self.tr("Ärende {0}").format(self.tabs.tabText(index)))
            view.changed.connect(self._case_changed)
            if hasattr(view, "access_lost"):
                view.access_lost.connect(self._case_access_lost)
            if hasattr(view, "document_requested"):
                view.document_requested.connect(self.open_document)
        self.tabs.setCurrentWidget(view)
        view.setFocus()

    def open_document(self, case_id: int, document_id: int) -> None:
        """Open the case and show the document in its Dokument tab."""
        self.open_case(case_id)
        view = self._case_tabs.get(case_id)
        if view is not None and hasattr(view, "show_document"):
            view.show_document(document_id)

    def open_case_ids(self) -> list[int]:
        return list(self._case_tabs)

    def close_tab(self, index: int) -> None:
        if index < FIXED_TABS:
            return
        view = self.tabs.widget(index)
        self.tabs.removeTab(index)
        self._case_tabs = {k: v for k, v in self._case_tabs.items() if v is not view}
        if view is self.flats_page:
            self.flats_page = None
        if view is not None:
            view.deleteLater()  # its models and any revealed value go with it

    def close_current_case(self) -> None:
        self.close_tab(self.tabs.currentIndex())

    def _tab_changed(self, index: int) -> None:
        self.close_case_action.setEnabled(index >= FIXED_TABS)

    def _case_access_lost(self, case_id: int) -> None:
        """The case was handed over and is no longer the user's to see: close its tab."""
        view = self._case_tabs.get(case_id)
        if view is not None:
            self.close_tab(self.tabs.indexOf(view))
        self.case_list.refresh()
        self.todo.refresh()
        self.statusBar().showMessage(self.tr("Ärendet är överlämnat och har stängts."), 8000)

    def _case_changed(self, case_id: int) -> None:
        self.case_list.refresh()
        self.todo.refresh()
        if self.flats_page is not None:
            self.flats_page.refresh()
        view = self._case_tabs.get(case_id)
        reference = str(getattr(view, "reference", "")) if view is not None else ""
        if view is not None and reference:
            self.tabs.setTabText(self.tabs.indexOf(view), reference)

    # ----------------------------------------------------------------- dialogs

    def new_case(self) -> None:
        wizard = self._screens.new_case_wizard(self._session, self)
        accepted = wizard.exec() == QDialog.DialogCode.Accepted
        if self._session.vault.is_locked:
            return  # locked while the wizard was open: this window is being taken down
        case_id = getattr(wizard, "created_case_id", None)
        wizard.deleteLater()
        if accepted and case_id is not None:
            self.case_list.refresh()
            self.todo.refresh()
            self.open_case(case_id)

    def verify_paper(self) -> None:
        """Verifiera papper: open (not exec) so that the window stays usable behind it."""
        from skyddsapp.ui.paperwork.verify_paper_dialog import VerifyPaperDialog

        if self._session.vault.is_locked:
            return
        dialog = VerifyPaperDialog(self._session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_case_requested.connect(self.open_document)
        self.verify_dialog = dialog
        dialog.open()

    def print_information_sheet(self) -> None:
        """Informationsblad for a campaign: no case, no personal data; preview, print, save."""
        from skyddsapp.ui.paperwork.information_sheet_flow import InformationSheetFlow

        if self._session.vault.is_locked:
            return
        if self.information_sheet is None:
            self.information_sheet = InformationSheetFlow(self._session, parent=self)
        self.information_sheet.open(self)

    def break_glass(self) -> None:
        """Nödåtkomst: ask for the case and the reason (logged, flagged), then open the case."""
        from skyddsapp.ui.widgets.glass_dialog import GlassDialog

        if self._session.vault.is_locked or self._session.read_only:
            return
        dialog = GlassDialog(self._session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._glass_opened(dialog.case_id))
        self.glass_dialog = dialog
        dialog.open()

    def _glass_opened(self, case_id: int | None) -> None:
        if case_id is not None and not self._session.vault.is_locked:
            self.open_case(case_id)

    def open_users(self) -> None:
        """Användare och team (administrators): open (not exec), closed by a lock."""
        from skyddsapp.ui.admin.users_dialog import UsersDialog

        if self._session.vault.is_locked or not self.users_action.isEnabled():
            return
        dialog = UsersDialog(self._session, self)
        self.users_dialog = dialog
        dialog.open()

    def _after_purge(self) -> None:
        """Gallring purged cases: the lists and open tabs show what is left."""
        self.refresh()

    def receive_handover(self) -> None:
        """Ta emot överlämning: pick a package, see its preview, import it; the case opens."""
        from skyddsapp.ui.cases.handover_receive_dialog import HandoverReceiveDialog

        if self._session.vault.is_locked or not self.receive_action.isEnabled():
            return
        dialog = HandoverReceiveDialog(self._session, self, dialogs=self.handover_dialogs)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.case_imported.connect(self._handover_imported)
        self.receive_dialog = dialog
        dialog.open()
        dialog.choose_file()

    def _handover_imported(self, case_id: int) -> None:
        if self._session.vault.is_locked:
            return
        self.case_list.refresh()
        self.todo.refresh()
        view = self._case_tabs.get(case_id)
        if view is not None:
            view.refresh()  # an answer updated a case that is open
        self.open_case(case_id)

    def open_agreements(self) -> None:
        """Avtal: the standing agreements; open (not exec), closed by a lock."""
        from skyddsapp.ui.housing.agreements_dialog import AgreementsDialog

        if self._session.vault.is_locked:
            return
        dialog = AgreementsDialog(self._session, self)
        self.agreements_dialog = dialog
        dialog.open()

    def open_client_survey(self) -> None:
        """Brukarundersökning: open (not exec), closed by a lock."""
        from skyddsapp.ui.followup.client_survey_dialog import ClientSurveyDialog

        if self._session.vault.is_locked:
            return
        dialog = ClientSurveyDialog(self._session, self)
        self.client_survey_dialog = dialog
        dialog.open()

    def open_audit_log(self) -> None:
        """Granskningslogg: open (not exec), closed and emptied by a lock like every dialog."""
        from skyddsapp.ui.admin.audit_log_dialog import AuditLogDialog

        if self._session.vault.is_locked or not self.audit_log_action.isEnabled():
            return
        dialog = AuditLogDialog(self._session, self)
        self.audit_log_dialog = dialog
        dialog.open()

    def open_settings(self) -> None:
        from skyddsapp.ui.shell.settings_dialog import SettingsDialog

        dialog = SettingsDialog(
            self._settings, capture_protected=self._capture_protected, parent=self
        )
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if self._session.vault.is_locked:
            return
        if accepted:
            dialog.save(self._settings)
        dialog.deleteLater()
        if accepted:
            self.refresh_backup_status()  # the warning age may have changed
            self.settings_changed.emit()

    def open_about(self) -> None:
        """Hjälp → Om skyddsapp (opened, not exec'd: a lock closes it like any dialog)."""
        from skyddsapp.ui.shell.about_dialog import AboutDialog

        dialog = AboutDialog(self._session.vault.folder, self._settings.file_name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # ----------------------------------------------------------------- layout

    def _restore_layout(self) -> None:
        geometry = self._settings.get(WINDOW_GEOMETRY)
        if not geometry or not self.restoreGeometry(QByteArray(geometry)):
            screen = self.screen().availableGeometry()
            self.resize(min(1280, screen.width()), min(800, screen.height()))
        state = self._settings.get(WINDOW_STATE)
        if state:
            self.restoreState(QByteArray(state))

    def save_layout(self) -> None:
        self._settings.set(WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        self._settings.set(WINDOW_STATE, bytes(self.saveState().data()))

    def retire(self) -> None:
        """Stop ticking, hide, and let go of every case and person the screens hold.

        The controller deletes the window once the event loop allows; until then the Python
        side of the widgets still exists, so their data is dropped here, at the lock.
        """
        self._tick.stop()
        self.save_layout()
        self.hide()
        for view in self._case_tabs.values():
            if hasattr(view, "release"):
                view.release()
        self._case_tabs.clear()
        for page in (self.case_list, self.todo, self.flats_page):
            if page is not None and hasattr(page, "clear"):
                page.clear()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing the window means quitting, and quitting locks first: the controller decides.
        event.ignore()
        self.quit_requested.emit()
