"""Access keys (Alt+letter, the `&` in a label) are unique within each menu of every window, in
Swedish and in English: a shared letter would make Alt+letter cycle between entries rather than
choose one. Built with real windows on a real vault, in both languages."""

from __future__ import annotations

import shutil
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu
from shell_support import ControllerFactory, controller_factory, no_sleep

from skyddsapp.crypto.kdf import MINIMUM_KDF
from skyddsapp.domain.users import Role
from skyddsapp.services.context import Session
from skyddsapp.ui.i18n import Translations
from skyddsapp.ui.shell.controller import AppController
from skyddsapp.vault.vault import Vault

ADMIN_PHRASE = "korrekt-häst-batteri"
AUDITOR_PHRASE = "granska-loggen-noga!"


def access_key(text: str) -> str | None:
    """The letter after a single `&` (`&&` is a literal ampersand), lower-cased; None if none."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].casefold()
            i += 1
        i += 1
    return None


def clashes(texts: list[str]) -> dict[str, list[str]]:
    """Access keys used by more than one of `texts`, with the texts that share each."""
    keys = [access_key(text) for text in texts]
    counted = Counter(key for key in keys if key is not None)
    return {
        key: [text for text, k in zip(texts, keys, strict=True) if k == key]
        for key, n in counted.items()
        if n > 1
    }


def test_access_key_reads_the_letter_after_a_single_ampersand() -> None:
    assert access_key("Åte&rställ från säkerhetskopia…") == "r"
    assert access_key("&Arkiv") == "a"
    assert access_key("Tom && Jerry") is None
    assert access_key("Tom && &Jerry") == "j"
    assert access_key("Slut&") is None
    assert clashes(["&Retention…", "&Receive…", "Back&up"]) == {"r": ["&Retention…", "&Receive…"]}


def _menus(window: QMainWindow) -> dict[str, list[str]]:
    """Each menu of the menu bar (its title with its key: the bar is one menu too) and the
    texts of its entries."""
    bar = [action.text() for action in window.menuBar().actions()]
    found = {"(menyraden)": bar}
    for top in window.menuBar().actions():
        menu = top.menu()
        assert isinstance(menu, QMenu)
        found[top.text()] = [a.text() for a in menu.actions() if not a.isSeparator()]
    return found


def _problems(window: QMainWindow) -> dict[str, object]:
    problems: dict[str, object] = {}
    for title, texts in _menus(window).items():
        shared = clashes(texts)
        if shared:
            problems[title] = shared
        missing = [text for text in texts if access_key(text) is None]
        if missing:
            problems[title + " utan snabbtangent"] = missing
    return problems


@pytest.fixture(params=["sv", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication, qm_dir: Path) -> Iterator[str]:
    translations = Translations(qapp, qm_dir)
    assert translations.install(request.param)
    yield str(request.param)
    translations.uninstall()


@pytest.fixture
def make_controller(qapp: QApplication, tmp_path: Path) -> Iterator[ControllerFactory]:
    yield from controller_factory(qapp, tmp_path)


@pytest.fixture(scope="module")
def keeping_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An administrator outside every team (the AuditorWindow with the vault's keeping) and a
    granskare (the AuditorWindow alone)."""
    folder = tmp_path_factory.mktemp("access-keys") / "valv"
    vault = Vault.create(
        folder, "admin", "Administratör", ADMIN_PHRASE, kdf_params=MINIMUM_KDF, team=None
    ).vault
    vault.add_user("gun", "Gun Granskare", Role.AUDITOR, AUDITOR_PHRASE)
    vault.lock()
    return folder


def test_the_main_windows_menus_share_no_access_key(
    language: str, make_controller: ControllerFactory, session: Session
) -> None:
    controller: AppController = make_controller(session.vault.folder)
    controller.open_session(session)
    window = controller.main_window
    assert window is not None
    assert session.vault.user.role is Role.ADMIN  # every entry there is, the keeping's too
    assert window.menuBar().actions()[0].text() == {"sv": "&Arkiv", "en": "&File"}[language]
    assert _problems(window) == {}, language


@pytest.mark.parametrize(("user", "passphrase"), [("admin", ADMIN_PHRASE), ("gun", AUDITOR_PHRASE)])
def test_the_auditor_windows_menus_share_no_access_key(
    language: str,
    make_controller: ControllerFactory,
    keeping_template: Path,
    tmp_path: Path,
    user: str,
    passphrase: str,
) -> None:
    folder = tmp_path / "valv"
    shutil.copytree(keeping_template, folder)
    controller: AppController = make_controller(folder)
    vault = Vault.unlock(folder, user, passphrase, sleep=no_sleep)
    controller.open_session(Session(vault, lambda: controller._today()))
    window = controller.auditor_window
    assert window is not None
    assert window.menuBar().actions()[0].text() == {"sv": "&Arkiv", "en": "&File"}[language]
    assert _problems(window) == {}, language
