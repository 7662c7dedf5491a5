"""Användarkonton as a table model: one row per user, with their team and its organisation."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QPalette

from skyddsapp.domain.access import Team
from skyddsapp.domain.users import User
from skyddsapp.ui.shell.settings import QT_TRANSLATE_NOOP
from skyddsapp.ui.widgets.labels import domain_text
from skyddsapp.ui.widgets.table_model import Column, RowTableModel


class UsersTableModel(RowTableModel[User]):
    """Users in the order the service gives them (by user name); inactive ones greyed."""

    NAME, DISPLAY_NAME, ROLE, TEAM, ACTIVE = range(5)
    COLUMN_COUNT = 5
    UserNameRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        def display_name(user: User) -> str:
            return user.display_name

        def team(user: User) -> str:
            return self.team_text(user.team)

        super().__init__(
            [
                Column(QT_TRANSLATE_NOOP("UsersTableModel", "Användarnamn"), lambda u: u.name),
                Column(
                    QT_TRANSLATE_NOOP("UsersTableModel", "Namn"), display_name, tooltip=display_name
                ),
                Column(
                    QT_TRANSLATE_NOOP("UsersTableModel", "Roll"),
                    lambda u: domain_text(u.role.label),
                ),
                Column(
                    QT_TRANSLATE_NOOP("UsersTableModel", "Team (organisation)"), team, tooltip=team
                ),
                Column(QT_TRANSLATE_NOOP("UsersTableModel", "Aktiv"), self._active),
            ],
            roles={
                self.UserNameRole: lambda u: u.name,
                Qt.ItemDataRole.ForegroundRole: _greyed_if_inactive,
            },
            parent=parent,
        )
        self._teams: dict[str, Team] = {}

    def set_rows(self, users: Iterable[User], teams: Iterable[Team] = ()) -> None:
        with self._resetting(users):
            self._teams = {team.name: team for team in teams}

    def user(self, row: int) -> User | None:
        return self.row_at(row)

    def row_of(self, name: str) -> int | None:
        return self.find_row(lambda user: user.name == name)

    def team_text(self, team_name: str | None) -> str:
        """``Norr (Uppsalahem)``, or a dash for no team."""
        if team_name is None:
            return self.tr("– inget team –")
        team = self._teams.get(team_name)
        if team is None:
            return team_name
        return self.tr("{0} ({1})").format(team.name, domain_text(team.organisation.label))

    def _active(self, user: User) -> str:
        return self.tr("Ja") if user.active else self.tr("Nej, inaktiverad")


def _greyed_if_inactive(user: User) -> QColor | None:
    if user.active:
        return None
    return QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
