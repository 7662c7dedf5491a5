"""Pictures of Uppföljning for `tools/screenshots.py`: the Årsuppföljning dashboard of the demo
vault's year (its cases are dated in the current year, so that is the year shown; the ended
year of a real vault is the default)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from skyddsapp.services.context import Session

if TYPE_CHECKING:
    from screenshots import Shooter
    from skyddsapp.ui.shell.main_window import MainWindow


def yearly_dashboard(shooter: Shooter, window: MainWindow, session: Session) -> None:
    from skyddsapp.ui.followup.yearly_dashboard import YearlyDashboard

    dashboard = YearlyDashboard(session, window)
    dashboard.year.setValue(session.today().year)
    dashboard.show_figures()
    shooter.dialog("yearly_dashboard", dashboard, behind=window, size=(1280, 740))
    dashboard.done(0)
    dashboard.deleteLater()
