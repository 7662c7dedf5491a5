"""Användare och team: an administrator adds, moves and deactivates accounts and adds teams.

Every change goes through `services.accounts`, which refuses anyone but an administrator (or
the recovery key) and logs it; the page only shows and asks.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from skyddsapp.domain.access import Organisation, Team
from skyddsapp.domain.errors import DomainError
from skyddsapp.domain.users import Role, User
from skyddsapp.services import accounts
from skyddsapp.services.context import Session
from skyddsapp.services.errors import ServiceError, VaultError
from skyddsapp.ui.admin.user_dialogs import (
    ChangeTeamDialog,
    NewTeamDialog,
    NewUserDialog,
    SetPassphraseDialog,
)
from skyddsapp.ui.admin.users_table_model import UsersTableModel
from skyddsapp.ui.widgets.field_errors import ERROR_STYLE
from skyddsapp.ui.widgets.labels import domain_text, error_text
from skyddsapp.ui.widgets.list_table import page_action, set_up_list
from skyddsapp.ui.widgets.plain_text import PlainLabel, message_box, show_warning

USER_ERRORS = (DomainError, ServiceError, VaultError)


class UsersPage(QWidget):
    """Användare och team. ``active_dialog`` is the dialog or question open now and ``message``
    the last warning shown (for tests)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.active_dialog: QDialog | None = None
        self.message: QMessageBox | None = None
        self._model = UsersTableModel(self)
        self._teams: list[Team] = []
        self._build()
        self.reload()

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        self.new_user_action, self.new_user_button = page_action(
            self, self.tr("&Ny användare…"), "Ctrl+N", self.new_user
        )
        self.change_team_action, self.change_team_button = page_action(
            self, self.tr("Byt &team…"), "Ctrl+T", self.change_team
        )
        self.reset_passphrase_action, self.reset_passphrase_button = page_action(
            self, self.tr("Återställ &lösenfras…"), "Ctrl+R", self.reset_passphrase
        )
        self.deactivate_action, self.deactivate_button = page_action(
            self,
            self.tr("&Inaktivera…"),
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.deactivate,
        )
        self.new_team_action, self.new_team_button = page_action(
            self, self.tr("Nytt t&eam…"), "Ctrl+Shift+N", self.new_team
        )
        buttons = QHBoxLayout()
        for button in (
            self.new_user_button,
            self.change_team_button,
            self.reset_passphrase_button,
            self.deactivate_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.new_team_button)

        self.table = QTableView(self)
        self.table.setModel(self._model)
        set_up_list(self.table, self.tr("Användare"))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (
            self.change_team_action,
            self.reset_passphrase_action,
            self.deactivate_action,
        ):
            self.table.addAction(action)
        self.table.doubleClicked.connect(lambda _index: self.change_team_action.trigger())
        self._size_columns()
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.teams_box = QGroupBox(self.tr("Team"), self)
        teams_form = QFormLayout(self.teams_box)
        teams_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.team_lists: dict[Organisation, PlainLabel] = {}
        for organisation in Organisation:
            listing = PlainLabel(parent=self.teams_box)
            listing.setAccessibleName(
                self.tr("Team hos {0}").format(domain_text(organisation.label))
            )
            self.team_lists[organisation] = listing
            teams_form.addRow(
                PlainLabel(self.tr("{0}:").format(domain_text(organisation.label))), listing
            )
        note = PlainLabel(
            self.tr(
                "Medlemmarna i ett team ser varandras ärenden. Handläggare hör till team hos "
                "Uppsalahem, socialsekreterare till team hos Nexus."
            ),
            self.teams_box,
        )
        note.setWordWrap(True)
        teams_form.addRow(note)

        self.status = PlainLabel(parent=self)
        self.status.setAccessibleName(self.tr("Antal användare"))
        self.outcome = PlainLabel(parent=self)
        self.outcome.setWordWrap(True)
        self.outcome.setAccessibleName(self.tr("Senaste ändringen"))
        self.read_only_note = PlainLabel(
            self.tr("Valvet är skrivskyddat: konton och team kan inte ändras nu."), self
        )
        self.read_only_note.setStyleSheet(ERROR_STYLE)
        self.read_only_note.setVisible(self._session.read_only)

        left = QWidget(self)
        main = QVBoxLayout(left)
        main.setContentsMargins(0, 0, 0, 0)
        main.addLayout(buttons)
        main.addWidget(self.read_only_note)
        main.addWidget(self.table, 1)
        main.addWidget(self.status)
        main.addWidget(self.outcome)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.teams_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        em = self.fontMetrics().averageCharWidth()
        splitter.setSizes([100 * em, 50 * em])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Wide enough for a typical value and for what is shown, up to a limit (a long name
        is cut, and shown whole in its tooltip)."""
        metrics = self.table.fontMetrics()
        em = metrics.averageCharWidth()
        longest_role = max((domain_text(role.label) for role in Role), key=len)
        samples = {
            UsersTableModel.NAME: "anna.svensson",
            UsersTableModel.DISPLAY_NAME: "Anna Svensson Berglund",
            UsersTableModel.ROLE: longest_role,
            UsersTableModel.TEAM: "Team Norr (Uppsalahem)",
        }
        header = self.table.horizontalHeader()
        for column, sample in samples.items():
            wanted = max(
                metrics.horizontalAdvance(sample) + 4 * em,
                self.table.sizeHintForColumn(column),
                header.sectionSizeHint(column),
            )
            header.resizeSection(column, min(wanted, 45 * em))

    # ------------------------------------------------------------------ public

    @property
    def model(self) -> UsersTableModel:
        return self._model

    def focus_table(self) -> None:
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def selected_user(self) -> User | None:
        rows = self.table.selectionModel().selectedRows()
        return self._model.user(rows[0].row()) if rows else None

    def select_user(self, name: str) -> None:
        row = self._model.row_of(name)
        if row is not None:
            self.table.selectRow(row)

    def reload(self, select: str | None = None) -> None:
        """Read users and teams again; keep (or move) the selection by user name."""
        if self._session.vault.is_locked:
            return
        current = self.selected_user()
        keep = select or (current.name if current is not None else None)
        try:
            users = accounts.list_users(self._session.vault)
            self._teams = accounts.teams(self._session.vault)
        except USER_ERRORS as error:
            self._model.clear()
            self.status.setText(error_text(error))
            self._update_actions()
            return
        self._model.set_rows(users, self._teams)
        self._fit_columns()
        self._show_teams(users)
        inactive = sum(1 for user in users if not user.active)
        if inactive == 1:
            self.status.setText(self.tr("{0} användare, varav 1 inaktiverad").format(len(users)))
        elif inactive:
            self.status.setText(
                self.tr("{0} användare, varav {1} inaktiverade").format(len(users), inactive)
            )
        else:
            self.status.setText(self.tr("{0} användare").format(len(users)))
        if keep is not None:
            self.select_user(keep)
        self._update_actions()

    def clear(self) -> None:
        """Forget every row and team shown (on lock)."""
        self._model.clear()
        self._teams = []
        for listing in self.team_lists.values():
            listing.clear()
        self.status.clear()
        self.outcome.clear()
        self._update_actions()

    # ------------------------------------------------------------------ actions

    def new_user(self) -> None:
        if not self._may_change():
            return
        dialog = NewUserDialog(self._session, self)

        def added() -> None:
            if dialog.user is not None:
                self._changed(
                    dialog.user.name,
                    self.tr("Användaren {0} lades till.").format(dialog.user.name),
                )

        self._open(dialog, added)

    def change_team(self) -> None:
        user = self._selected_active()
        if user is None or not self._may_change():
            return
        dialog = ChangeTeamDialog(self._session, user, self)

        def moved() -> None:
            team = self._model.team_text(dialog.user.team)
            self._changed(user.name, self.tr("{0} hör nu till {1}.").format(user.name, team))

        self._open(dialog, moved)

    def reset_passphrase(self) -> None:
        user = self._selected_active()
        if user is None or not self._may_change():
            return
        dialog = SetPassphraseDialog(self._session, user, self)
        self._open(
            dialog,
            lambda: self._changed(
                user.name, self.tr("{0} har fått en ny lösenfras.").format(user.name)
            ),
        )

    def new_team(self) -> None:
        if not self._may_change():
            return
        dialog = NewTeamDialog(self._session, self)

        def added() -> None:
            if dialog.team is not None:
                self._changed(None, self.tr("Teamet {0} lades till.").format(dialog.team.name))

        self._open(dialog, added)

    def deactivate(self) -> None:
        """Ask first: the vault gets a new key, and the account can never be opened again."""
        user = self._selected_active()
        if user is None or not self._may_change() or user.name == self._session.user_name:
            return
        title = self.tr("Inaktivera användare")
        box = message_box(
            QMessageBox.Icon.Warning,
            title,
            self.tr(
                "Inaktivera {0} ({1})?\n\n"
                "Kontot kan inte öppnas igen, och det går inte att ångra. Användarens namn och "
                "historik finns kvar i loggen.\n\n"
                "Valvet får en ny nyckel, så att en gammal kopia av kontots nyckel inte längre "
                "öppnar det. Det tar en stund, och ingen annan får ha valvet öppet under tiden."
            ).format(user.display_name, user.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Inaktivera"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        yes = box.button(QMessageBox.StandardButton.Yes)

        def answered(_result: int) -> None:
            if box.clickedButton() is yes and not self._session.vault.is_locked:
                self._deactivate_now(user)

        box.finished.connect(answered)
        self.active_dialog = box
        box.open()

    # ------------------------------------------------------------------ behaviour

    def _deactivate_now(self, user: User) -> None:
        self.outcome.setText(self.tr("Valvet får en ny nyckel …"))
        self.outcome.repaint()
        # On the GUI thread on purpose: nothing else (an idle lock, a second click) may touch
        # the vault while its database is swapped for the rekeyed one.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            accounts.deactivate_user(self._session.vault, user.name)
        except USER_ERRORS as error:
            self.outcome.clear()
            self.message = show_warning(self, self.tr("Inaktivera användare"), error_text(error))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self._changed(
            user.name,
            self.tr("{0} är inaktiverad och valvet har fått en ny nyckel.").format(user.name),
        )

    def _open(self, dialog: QDialog, accepted: Callable[[], None]) -> None:
        # open(), not exec(): a lock rejects every open dialog at any moment.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(accepted)
        self.active_dialog = dialog
        dialog.open()

    def _changed(self, select: str | None, outcome: str) -> None:
        self.reload(select)
        self.outcome.setText(outcome)

    def _may_change(self) -> bool:
        return not (self._session.vault.is_locked or self._session.read_only)

    def _selected_active(self) -> User | None:
        user = self.selected_user()
        return user if user is not None and user.active else None

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_actions()

    def _update_actions(self) -> None:
        writable = not self._session.read_only
        user = self._selected_active()
        self.new_user_action.setEnabled(writable)
        self.new_team_action.setEnabled(writable)
        self.change_team_action.setEnabled(writable and user is not None)
        self.reset_passphrase_action.setEnabled(writable and user is not None)
        self.deactivate_action.setEnabled(
            writable and user is not None and user.name != self._session.user_name
        )

    def _show_teams(self, users: list[User]) -> None:
        members: dict[str, int] = {}
        for user in users:
            if user.active and user.team is not None:
                members[user.team] = members.get(user.team, 0) + 1
        for organisation, listing in self.team_lists.items():
            lines = [
                self._members_text(team.name, members.get(team.name, 0))
                for team in self._teams
                if team.organisation is organisation
            ]
            listing.setText("\n".join(lines) or self.tr("Inga team"))

    def _members_text(self, team: str, count: int) -> str:
        if count == 0:
            return self.tr("{0} – inga medlemmar").format(team)
        if count == 1:
            return self.tr("{0} – 1 medlem").format(team)
        return self.tr("{0} – {1} medlemmar").format(team, count)
