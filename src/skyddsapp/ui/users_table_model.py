"""Användarkonton as a table model: one row per user, with their team and its organisation."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette

from skyddsapp.domain.access import Team
from skyddsapp.domain.users import User
from skyddsapp.ui.labels import domain_text
from skyddsapp.ui.plain_text import plain_tooltip

Index = QModelIndex | QPersistentModelIndex


class UsersTableModel(QAbstractTableModel):
    """Users in the order the service gives them (by user name); inactive ones greyed."""

    NAME, DISPLAY_NAME, ROLE, TEAM, ACTIVE = range(5)
    COLUMN_COUNT = 5
    UserNameRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[User] = []
        self._teams: dict[str, Team] = {}

    def set_rows(self, users: Sequence[User], teams: Iterable[Team] = ()) -> None:
        self.beginResetModel()
        self._rows = list(users)
        self._teams = {team.name: team for team in teams}
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def user(self, row: int) -> User | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, name: str) -> int | None:
        return next((i for i, user in enumerate(self._rows) if user.name == name), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt default
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation is Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < self.COLUMN_COUNT
        ):
            return [
                self.tr("Användarnamn"),
                self.tr("Namn"),
                self.tr("Roll"),
                self.tr("Team (organisation)"),
                self.tr("Aktiv"),
            ][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        user = self._rows[index.row()]
        if role == self.UserNameRole:
            return user.name
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(user, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (self.DISPLAY_NAME, self.TEAM):
            return plain_tooltip(self._display(user, index.column()))
        if role == Qt.ItemDataRole.ForegroundRole and not user.active:
            return QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None

    def team_text(self, team_name: str | None) -> str:
        """``Norr (Uppsalahem)``, or a dash for no team."""
        if team_name is None:
            return self.tr("– inget team –")
        team = self._teams.get(team_name)
        if team is None:
            return team_name
        return self.tr("{0} ({1})").format(team.name, domain_text(team.organisation.label))

    def _display(self, user: User, column: int) -> str:
        if column == self.NAME:
            return user.name
        if column == self.DISPLAY_NAME:
            return user.display_name
        if column == self.ROLE:
            return domain_text(user.role.label)
        if column == self.TEAM:
            return self.team_text(user.team)
        if column == self.ACTIVE:
            return self.tr("Ja") if user.active else self.tr("Nej, inaktiverad")
        return ""
