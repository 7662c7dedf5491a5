"""The desktop client is grouped by screen: a module belongs to a subpackage (shell, cases,
housing, flats, keys, wizard, paperwork, admin, followup, widgets), not to a flat ui folder."""

from __future__ import annotations

from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "src" / "skyddsapp" / "ui"
# Package plumbing: the entry, translations (the .qm folder sits beside i18n.py) and the guard
# that must run before any Qt call.
TOP_LEVEL = {"__init__.py", "__main__.py", "i18n.py", "domain_strings.py", "none_guard.py"}
SCREENS = {
    "shell",
    "cases",
    "housing",
    "flats",
    "keys",
    "wizard",
    "paperwork",
    "admin",
    "followup",
    "widgets",
}


def test_only_package_plumbing_lies_at_the_top_of_ui() -> None:
    assert {p.name for p in UI.glob("*.py")} == TOP_LEVEL


def test_each_screen_package_says_what_it_holds() -> None:
    packages = {p.parent.name for p in UI.glob("*/__init__.py")}
    assert packages == SCREENS
    for name in SCREENS:
        doc = (UI / name / "__init__.py").read_text("utf-8").strip()
        assert doc.startswith('"""'), name
        assert len(doc) > 30, name
        assert len(list((UI / name).glob("*.py"))) > 1, name
