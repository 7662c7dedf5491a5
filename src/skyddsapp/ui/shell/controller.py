"""Locked or unlocked: first run or unlock dialog, then the main window, and back on lock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from shiboken6 import Shiboken

from skyddsapp.services.vault_folder import VaultNotPrivate, check_private, vault_exists
from skyddsapp.ui.i18n import Translations
from skyddsapp.ui.shell.auto_lock import AutoLock
from skyddsapp.ui.shell.clipboard import SecretClipboard
from skyddsapp.ui.shell.screen_capture import exclude_from_capture
from skyddsapp.ui.shell.settings import AUTO_LOCK_MINUTES, LANGUAGE, VAULT_FOLDER, Settings
from skyddsapp.ui.widgets.labels import domain_text, error_text
from skyddsapp.ui.widgets.plain_text import message_box, show_warning

if TYPE_CHECKING:  # imported when first needed: the unlock dialog should appear fast
    from skyddsapp.services.context import Session
    from skyddsapp.ui.admin.auditor_window import AuditorWindow
    from skyddsapp.ui.admin.restore_dialog import RestoreDialog
    from skyddsapp.ui.shell.first_run_wizard import FirstRunWizard
    from skyddsapp.ui.shell.main_window import MainWindow, Screens
    from skyddsapp.ui.shell.unlock_dialog import UnlockDialog


class AppController(QObject):
    """Owns the session. Only this object unlocks, locks and makes or destroys the main window."""

    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        app: QApplication,
        settings: Settings,
        translations: Translations,
        folder: Path,
        *,
        screens: Screens | None = None,
        clipboard: SecretClipboard | None = None,
        auto_lock_ms: int | None = None,
        auto_lock: AutoLock | None = None,
        sleep: Callable[[float], None] | None = None,
        today: Callable[[], dt.date] = dt.date.today,
        on_quit: Callable[[], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._app = app
        self._on_quit = on_quit or app.quit
        self._settings = settings
        self._translations = translations
        self.folder = folder
        self._screens = screens
        self._sleep = sleep
        self._today = today
        self._fixed_interval = auto_lock_ms
        self.clipboard = clipboard or SecretClipboard(parent=self)
        self.auto_lock = (
            auto_lock if auto_lock is not None else AutoLock(app, self._interval_ms(), self)
        )
        self.auto_lock.timed_out.connect(self.lock)
        self.session: Session | None = None
        self.main_window: MainWindow | None = None
        self.auditor_window: AuditorWindow | None = None
        self.unlock_dialog: UnlockDialog | None = None
        self.first_run_wizard: FirstRunWizard | None = None
        self.warnings_box: QMessageBox | None = None
        self.restore_dialog: RestoreDialog | None = None
        self.refusal_box: QMessageBox | None = None
        self.refused = False
        """The vault folder was open to other users: not unlocked, and the program quits."""
        self.capture_protected = False
        # The last user name is offered again after a lock, from memory only: written to disk,
        # outside the encryption, it would tell who works with protected people.
        self._last_user = ""
        self._retired: list[MainWindow | AuditorWindow] = []

    # ----------------------------------------------------------------- start

    def start(self) -> None:
        if vault_exists(self.folder):
            self.show_unlock()
        else:
            self.show_first_run()

    def show_first_run(self) -> None:
        from skyddsapp.ui.shell.first_run_wizard import FirstRunWizard

        wizard = FirstRunWizard(self.folder, today=self._today)
        wizard.finished.connect(self._first_run_finished)
        # A machine replacing a lost one: the backup restored into the folder chosen there.
        wizard.restore_requested.connect(
            lambda folder: self.show_restore(parent=wizard, into=folder)
        )
        self.first_run_wizard = wizard
        wizard.show()

    def _first_run_finished(self, _result: int) -> None:
        wizard, self.first_run_wizard = self.first_run_wizard, None
        if wizard is None:
            return
        session = wizard.session
        wizard.deleteLater()
        if session is None:
            self._on_quit()
            return
        self.folder = wizard.folder
        self._settings.set(VAULT_FOLDER, str(self.folder))
        self.open_session(session)

    def show_unlock(self) -> None:
        if self._refuse_open_folder():
            return
        from skyddsapp.ui.shell.unlock_dialog import UnlockDialog

        dialog = UnlockDialog(
            self.folder,
            user_name=self._last_user,
            sleep=self._sleep,
            today=self._today,
            witness_dir=self._settings.witness_folder(),
            backup_dir=self._settings.backup_folder(),
        )
        dialog.unlocked.connect(self._unlocked)
        dialog.rejected.connect(self._on_quit)
        dialog.restore_requested.connect(lambda backup: self.show_restore(backup, dialog))
        self.unlock_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _refuse_open_folder(self) -> bool:
        """A vault folder other users can read or write is not unlocked: say so and how to
        fix it, then quit (exit code 1)."""
        try:
            check_private(self.folder)
        except VaultNotPrivate as exc:
            message = error_text(exc)
        else:
            return False
        self.refused = True
        box = message_box(QMessageBox.Icon.Critical, "skyddsapp", message)
        box.finished.connect(lambda _result: self._on_quit())
        self.refusal_box = box
        box.open()
        return True

    def _unlocked(self, session: Session, with_recovery_key: bool) -> None:
        dialog, self.unlock_dialog = self.unlock_dialog, None
        if dialog is not None:
            dialog.unlocked.disconnect(self._unlocked)
            dialog.rejected.disconnect(self._on_quit)
            dialog.hide()
            dialog.deleteLater()
        if with_recovery_key:
            from skyddsapp.ui.shell.reset_passphrase_dialog import ResetPassphraseDialog

            # The session is open while the dialog waits, so the idle lock watches it too.
            self.session = session
            self._start_auto_lock()
            reset = ResetPassphraseDialog(session)
            reset.exec()
            reset.deleteLater()
            if session.vault.is_locked:
                return  # locked while the dialog was open; the unlock dialog is back
        self.open_session(session)

    # ----------------------------------------------------------------- restore

    def show_restore(
        self, backup: Path | None = None, parent: QWidget | None = None, into: Path | None = None
    ) -> None:
        """Återställ från säkerhetskopia, over the unlock dialog, the main window or the first-run
        wizard; it needs no session and writes only a new folder: beside the current vault, or
        `into` (from the first-run wizard, where there is no vault yet)."""
        from skyddsapp.ui.admin.restore_dialog import RestoreDialog

        shown = self.restore_dialog
        if shown is not None and Shiboken.isValid(shown) and shown.isVisible():
            shown.raise_()
            return
        dialog = RestoreDialog(
            self.folder,
            backup=backup,
            search_folder=self._settings.backup_folder(),
            witness_dir=self._settings.witness_folder(),
            user_name=self._last_user,
            into=into,
            parent=parent,
        )
        dialog.open_requested.connect(self.switch_vault)
        self.restore_dialog = dialog
        dialog.open()

    def switch_vault(self, folder: Path) -> None:
        """Open another vault folder (the one just restored): lock the session, if any, and
        unlock there. The choice is remembered as the vault folder, a path only."""
        dialog, self.restore_dialog = self.restore_dialog, None
        if dialog is not None and Shiboken.isValid(dialog):
            dialog.done(QDialog.DialogCode.Accepted)
        # Restored from the first-run wizard: it goes without finishing (which would quit).
        wizard, self.first_run_wizard = self.first_run_wizard, None
        if wizard is not None and Shiboken.isValid(wizard):
            wizard.blockSignals(True)
            wizard.hide()
            wizard.deleteLater()
        self._lock(show_unlock=False)
        unlock = self.unlock_dialog
        if unlock is not None and Shiboken.isValid(unlock):
            unlock.blockSignals(True)
            unlock.hide()
            unlock.deleteLater()
        self.unlock_dialog = None
        self.folder = folder
        self._settings.set(VAULT_FOLDER, str(folder))
        self.show_unlock()

    # ----------------------------------------------------------------- unlocked

    def open_session(self, session: Session) -> None:
        """Show the workspace for an unlocked session (after unlock or first run)."""
        self.session = session
        if not session.with_recovery_key:
            self._last_user = session.vault.user.name
        self._clear_retired()
        role = session.vault.user.role
        handles_cases = session.handles_cases
        if not handles_cases and role.may_read_audit_log:
            # A granskare, or an administrator who handles no cases: the log (and the accounts).
            self._start_auto_lock()
            self._build_auditor_window()
            self.unlocked.emit()
            return
        if not handles_cases:
            self._refuse_workspace()
            return
        self._start_auto_lock()
        self._build_main_window()
        self._show_warnings(session)
        self.unlocked.emit()

    def _show_warnings(self, session: Session) -> None:
        """Tell once what unlock found (read-only, a damaged slot): opened, not exec'd, so the
        idle lock still runs, and closed by the lock like every dialog."""
        if not session.warnings or self.main_window is None:
            return
        items = "\n".join("• " + domain_text(warning) for warning in session.warnings)
        text = self.tr("Valvet är upplåst. Observera följande:") + "\n\n" + items
        self.warnings_box = show_warning(self.main_window, "skyddsapp", text)

    def _refuse_workspace(self) -> None:
        # The workspace is made of cases, and this account handles none (it is in no team).
        box = message_box(
            QMessageBox.Icon.Information,
            "skyddsapp",
            self.tr(
                "Ditt konto hör inte till något team och handlägger därför inga ärenden. "
                "Be en administratör att lägga dig i ett team."
            ),
        )
        box.exec()
        box.deleteLater()
        self.lock()

    def _build_auditor_window(self) -> None:
        # An auditor may read the log but no case: the Logg alone, in a window of its own. An
        # administrator outside every team also keeps the vault from it (backups, gallring).
        from skyddsapp.ui.admin.auditor_window import AuditorWindow

        assert self.session is not None
        window = AuditorWindow(self.session, self._settings, self.auto_lock)
        window.lock_requested.connect(self.lock)
        window.quit_requested.connect(self.quit)
        window.restore_requested.connect(lambda backup: self.show_restore(backup, window))
        self.auditor_window = window
        window.show()
        self.capture_protected = exclude_from_capture(window)

    def _build_main_window(self, case_ids: tuple[int, ...] = (), current: int = 0) -> None:
        from skyddsapp.ui.shell.main_window import MainWindow, real_screens

        assert self.session is not None
        window = MainWindow(
            self.session,
            self._settings,
            self.clipboard,
            self.auto_lock,
            self._screens or real_screens(),
            capture_protected=self.capture_protected,
        )
        window.lock_requested.connect(self.lock)
        window.quit_requested.connect(self.quit)
        window.settings_changed.connect(self.apply_settings)
        window.restore_requested.connect(lambda backup: self.show_restore(backup, window))
        for case_id in case_ids:
            window.open_case(case_id)
        window.tabs.setCurrentIndex(min(current, window.tabs.count() - 1))
        self.main_window = window
        window.show()
        self.capture_protected = exclude_from_capture(window)

    def apply_settings(self) -> None:
        """Called after the settings dialog: a new interval now, a new language by rebuilding."""
        self.auto_lock.set_interval_ms(self._interval_ms())
        language = self._settings.get(LANGUAGE)
        if language == self._translations.language:
            return
        self._translations.install(language)
        window = self.main_window
        if window is not None and self.session is not None:
            case_ids, current = tuple(window.open_case_ids()), window.tabs.currentIndex()
            self._retire(window)
            self._build_main_window(case_ids, current)

    # ----------------------------------------------------------------- lock

    def lock(self) -> None:
        """Close every dialog, clear the clipboard, drop the window and session, lock the vault."""
        self._lock(show_unlock=True)

    def _lock(self, *, show_unlock: bool) -> None:
        self.auto_lock.stop()
        self._close_dialogs()
        self.warnings_box = None  # closed above; deleted on close (and with its window)
        self.clipboard.clear()
        if self.main_window is not None:
            self._retire(self.main_window)
            self.main_window = None
        if self.auditor_window is not None:
            self._retire(self.auditor_window)
            self.auditor_window = None
        session, self.session = self.session, None
        if session is not None:
            from skyddsapp.services import sessions  # loaded: there was a session

            sessions.lock(session)
        self.locked.emit()
        if session is not None and show_unlock:
            self.show_unlock()

    def quit(self) -> None:
        self.shutdown()
        self._on_quit()

    def shutdown(self) -> None:
        """Lock if unlocked, close our windows and stop watching input (before quitting)."""
        self._lock(show_unlock=False)
        for window in (self.unlock_dialog, self.first_run_wizard):
            if window is not None and Shiboken.isValid(window):
                window.blockSignals(True)
                window.hide()
                window.deleteLater()
        self.unlock_dialog = self.first_run_wizard = None
        self.auto_lock.detach()
        self._settings.sync()

    def _close_dialogs(self) -> None:
        popup = QApplication.activePopupWidget()
        while popup is not None:
            popup.close()
            next_popup = QApplication.activePopupWidget()
            popup = None if next_popup is popup else next_popup
        for widget in QApplication.topLevelWidgets():
            if (
                isinstance(widget, QDialog)
                and widget.isVisible()
                and widget is not self.unlock_dialog
            ):
                # The base class's done(): a dialog that asks "discard changes?" must not ask now.
                QDialog.done(widget, QDialog.DialogCode.Rejected)

    def _retire(self, window: MainWindow | AuditorWindow) -> None:
        # Hidden at once; deleted once control is back in an event loop, since a dialog's exec()
        # further up the stack may still be unwinding through this window's code.
        window.retire()
        # Kept referenced until Qt has deleted it (a parentless window dies with its wrapper),
        # then forgotten at once rather than at the next unlock.
        self._retired.append(window)
        window.destroyed.connect(lambda _obj=None, gone=window: self._forget(gone))
        window.deleteLater()

    def _forget(self, window: MainWindow | AuditorWindow) -> None:
        self._retired = [w for w in self._retired if w is not window]

    def _clear_retired(self) -> None:
        self._retired = [w for w in self._retired if Shiboken.isValid(w)]

    def _start_auto_lock(self) -> None:
        self.auto_lock.set_interval_ms(self._interval_ms())
        self.auto_lock.start()

    @property
    def settings(self) -> Settings:
        return self._settings

    def _interval_ms(self) -> int:
        if self._fixed_interval is not None:
            return self._fixed_interval
        return self._settings.get(AUTO_LOCK_MINUTES) * 60_000
