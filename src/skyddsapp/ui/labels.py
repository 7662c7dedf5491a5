"""Labels that come from the domain (Swedish) shown through Qt's translator, context "domain"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def domain_text(text: str) -> str:
    """The domain's Swedish label in the chosen language (translations/skyddsapp_en.ts)."""
    return QCoreApplication.translate("domain", text)
