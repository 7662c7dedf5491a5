"""Composition root of the desktop client: options, application, settings, translators."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from skyddsapp import __version__
from skyddsapp.program.arguments import SwedishParser
from skyddsapp.program.hardening import harden_process
from skyddsapp.program.resources import APP_ID
from skyddsapp.ui.i18n import Translations
from skyddsapp.ui.shell import error_guard
from skyddsapp.ui.shell.app_icon import app_icon
from skyddsapp.ui.shell.controller import AppController
from skyddsapp.ui.shell.private_temp import use_private_temp_dir
from skyddsapp.ui.shell.screen_capture import CaptureExclusion
from skyddsapp.ui.shell.settings import LANGUAGE, LANGUAGES, Settings
from skyddsapp.ui.shell.style import apply_app_style

APP_NAME = "skyddsapp"


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = SwedishParser(prog="skyddsapp-desktop", description="skyddsapp, skrivbordet")
    parser.add_version("skyddsapp")
    parser.add_argument(
        "--vault",
        type=Path,
        metavar="MAPP",
        help="valvets mapp (standard: den senast valda eller programmets)",
    )
    parser.add_argument(
        "--language",
        choices=LANGUAGES,
        metavar="SPRÅK",
        help="språk, sv eller en (sparas som inställning)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="prova programmet på ett tillfälligt valv och avsluta (status 0: allt fungerar)",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    harden_process()  # no core dumps, umask 077: before any secret is in memory
    args = parse_args(sys.argv[1:] if argv is None else argv)  # --version exits here, no Qt
    if args.self_test:  # its own settings and vault in a temporary folder, never the user's
        from skyddsapp.ui.shell.self_test import run

        return run()
    # Before Qt starts: print jobs are spooled to $TMPDIR, which must not be a disk's /tmp.
    use_private_temp_dir()
    running = QApplication.instance()
    app = (
        running
        if isinstance(running, QApplication)
        else QApplication([sys.argv[0] if sys.argv else APP_NAME])
    )
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    app.setQuitOnLastWindowClosed(False)  # the controller decides when to quit

    apply_app_style(app)
    settings = Settings(QSettings())
    translations = Translations(app)
    if args.language:
        settings.set(LANGUAGE, args.language)
    language = settings.get(LANGUAGE)
    if not translations.install(language) and language != "sv":
        sys.stderr.write(
            f"skyddsapp: översättningen för {language!r} saknas; kör `make translations`.\n"
        )
    folder = args.vault.expanduser().resolve() if args.vault else settings.vault_folder()
    CaptureExclusion(app)
    controller = AppController(app, settings, translations, folder)
    error_guard.install(lambda: controller.main_window)
    controller.start()
    try:
        code = app.exec()
        return code or (1 if controller.refused else 0)
    finally:
        controller.shutdown()
