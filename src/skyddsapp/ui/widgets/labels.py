"""Labels that come from the domain (Swedish) shown through Qt's translator, context "domain"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from skyddsapp.domain.errors import TransitionError, ValidationError
from skyddsapp.domain.text import Text


def domain_text(text: str) -> str:
    """The domain's Swedish text in the chosen language (translations/skyddsapp_en.ts).

    A fixed label is looked up as it is. A ``Text`` built at run time is looked up by its
    template and formatted again with its arguments, each translated when it is a text too
    (a field's label, a step's name); dates, numbers and contract numbers stay as they are.
    """
    if isinstance(text, Text):
        args = [domain_text(arg) if isinstance(arg, str) else arg for arg in text.args]
        return QCoreApplication.translate("domain", text.template).format(*args)
    return QCoreApplication.translate("domain", text)


def error_text(error: BaseException) -> str:
    """What to show for ``error``: the domain's messages translated, anything else as it is."""
    if isinstance(error, ValidationError):
        return " ".join(domain_text(e.message) for e in error.errors)
    if isinstance(error, TransitionError):
        if not error.missing:
            return domain_text(error.message)
        missing = " ".join(domain_text(m) for m in error.missing)
        template = QCoreApplication.translate("domain", "{0} Saknas: {1}")
        return template.format(domain_text(error.message), missing)
    if error.args and isinstance(error.args[0], str):
        return domain_text(error.args[0])
    return str(error)
