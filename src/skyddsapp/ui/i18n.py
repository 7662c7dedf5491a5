"""Installing the translators for the chosen language: ours (English) and Qt's own (Swedish)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

# `make translations` compiles translations/skyddsapp_<lang>.ts into this folder.
QM_DIR = Path(__file__).resolve().parent / "i18n"
SOURCE_LANGUAGE = "sv"

_LOCALES = {
    "sv": QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


class Translations:
    """The translators installed on one application; switching removes the previous ones."""

    def __init__(self, app: QCoreApplication, qm_dir: Path = QM_DIR) -> None:
        self._app = app
        self._qm_dir = qm_dir
        self._installed: list[QTranslator] = []
        self.language = SOURCE_LANGUAGE

    def install(self, language: str) -> bool:
        """Switch to language; False if one of its files was missing (texts stay Swedish)."""
        self.uninstall()
        complete = True
        if language != SOURCE_LANGUAGE:
            complete &= self._load(f"skyddsapp_{language}", self._qm_dir)
        qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        # Qt's own texts (Cancel, Yes, the file dialog …) are English in the source.
        if language != "en":
            complete &= self._load(f"qtbase_{language}", qt_dir)
        QLocale.setDefault(_LOCALES.get(language, _LOCALES[SOURCE_LANGUAGE]))
        self.language = language
        return complete

    def uninstall(self) -> None:
        """Remove our translators: every text shows in its source language again."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
            translator.deleteLater()
        self._installed = []
        self.language = SOURCE_LANGUAGE

    def _load(self, name: str, folder: Path) -> bool:
        translator = QTranslator(self._app)
        if not translator.load(name, str(folder)):
            return False
        self._app.installTranslator(translator)
        self._installed.append(translator)
        return True
