"""Pictures of the agreements window and the placement and Länskompotten tabs, for
`tools/screenshots.py` (kept apart so that module stays one screen per function)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.services.context import Session
from skyddsapp.services.search import search_cases

if TYPE_CHECKING:
    from screenshots import Shooter
    from skyddsapp.ui.shell.main_window import MainWindow


def agreements(shooter: Shooter, window: MainWindow, session: Session) -> None:
    """Avtal, with the newest agreement chosen, and its edit dialog."""
    from skyddsapp.ui.housing.agreement_dialog import AgreementDialog
    from skyddsapp.ui.housing.agreements_dialog import AgreementsDialog

    dialog = AgreementsDialog(session, window)
    dialog.page.table.selectRow(0)
    shooter.dialog("agreements", dialog, behind=window, size=(1180, 460))
    chosen = dialog.page.selected_agreement()
    if chosen is not None and chosen.id is not None:
        edit = AgreementDialog(session, chosen.id, window)
        shooter.dialog("agreement_dialog", edit, behind=window)
        edit.deleteLater()
    dialog.deleteLater()


def _open_tab(window: MainWindow, session: Session, kind: CaseKind, state: str) -> object:
    from skyddsapp.ui.cases.case_view import CaseView

    rows = [r for r in search_cases(session, limit=500).rows if r.kind is kind]
    chosen = next((r for r in rows if r.state == state), rows[0] if rows else None)
    if chosen is None:
        raise LookupError(f"no demo case of the kind {kind.value}")
    window.open_case(chosen.id)
    view = window.tabs.currentWidget()
    assert isinstance(view, CaseView)
    return view


def placement(shooter: Shooter, window: MainWindow, session: Session) -> None:
    """A placement that ends soon, in its tab, and its dialog."""
    from skyddsapp.ui.cases.case_view import CaseView
    from skyddsapp.ui.housing.placement_dialog import PlacementDialog

    view = _open_tab(window, session, CaseKind.SHELTER_EXIT, "exit_planning")
    assert isinstance(view, CaseView)
    view.tabs.setCurrentWidget(view.placement)
    shooter.window("case_placement", window)
    dialog = PlacementDialog(session, view.case_id, window)
    shooter.dialog("placement_dialog", dialog, behind=window)
    dialog.deleteLater()


def county_referral(shooter: Shooter, window: MainWindow, session: Session) -> None:
    """A Länskompotten case whose second referral got a flat offered."""
    from skyddsapp.ui.cases.case_view import CaseView

    view = _open_tab(window, session, CaseKind.COUNTY_REFERRAL, "flat_offered")
    assert isinstance(view, CaseView)
    view.tabs.setCurrentWidget(view.county)
    shooter.window("case_lanskompotten", window)
