"""Stand-ins for the hosted screens and a controller factory, for the shell's tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget, QWizard

from skyddsapp.services.context import Session
from skyddsapp.services.search import search_cases
from skyddsapp.ui.i18n import Translations
from skyddsapp.ui.shell.clipboard import SecretClipboard
from skyddsapp.ui.shell.controller import AppController
from skyddsapp.ui.shell.main_window import Screens
from skyddsapp.ui.shell.screen import CaseScreen, CasesScreen
from skyddsapp.ui.shell.settings import Settings

# The same fixed day as the `session` fixture in conftest.py.
UI_TODAY = dt.date(2026, 11, 27)


def no_sleep(seconds: float) -> None:
    """Stands in for time.sleep: the growing delay after failed unlocks costs nothing here."""


class StandInPage(CasesScreen):
    """Looks like CaseListPage / TodoPage to the main window; lists references like the real one."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setAccessibleName("Sök")
        rows = search_cases(session, limit=5).rows
        self.case_ids = [row.id for row in rows]
        self.rows = QLabel("\n".join(row.reference for row in rows), self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.rows)
        self.refreshed = 0

    def focus_search(self) -> None:
        self.search.setFocus()

    def refresh(self) -> None:
        self.refreshed += 1


class StandInCaseView(CaseScreen):
    def __init__(
        self,
        session: Session,
        case_id: int,
        clipboard: SecretClipboard,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.case_id = case_id
        self.reference = f"KV-2026-{case_id:04d}"
        QLabel(self.reference, self)
        self.refreshed = 0

    def refresh(self) -> None:
        self.refreshed += 1


class StandInWizard(QWizard):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.created_case_id: int | None = None


def stand_in_screens() -> Screens:
    return Screens(StandInPage, StandInPage, StandInCaseView, StandInWizard)


def ini_settings(path: Path) -> Settings:
    return Settings(QSettings(str(path), QSettings.Format.IniFormat))


ControllerFactory = Callable[..., AppController]


def controller_factory(qapp: QApplication, tmp_path: Path) -> Iterator[ControllerFactory]:
    """Controllers on stand-in screens, an INI file in tmp_path, and no delay after failures.

    Each test module turns this into its `make_controller` fixture.
    """
    made: list[AppController] = []
    quits: list[int] = []

    def make(folder: Path, **kwargs: object) -> AppController:
        settings = kwargs.pop("settings", None) or ini_settings(tmp_path / "settings.ini")
        translations = kwargs.pop("translations", None) or Translations(qapp)
        options: dict[str, object] = {
            "screens": stand_in_screens(),
            "sleep": no_sleep,
            "today": lambda: UI_TODAY,
            "on_quit": lambda: quits.append(1),
        }
        options.update(kwargs)
        controller = AppController(qapp, settings, translations, folder, **options)
        controller.quits = quits
        made.append(controller)
        return controller

    yield make
    for controller in made:
        controller.shutdown()
