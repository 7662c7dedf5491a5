"""The forms, in the order the desktop lists them.

Every module defines ``FORM`` (a `FormSpec`) on the shared layout; `FORMS` maps form id → spec.
"""

from __future__ import annotations

import importlib

from skyddsapp.documents.forms.base import FilledForm, FormSpec, Sheet, fill_form

__all__ = ["FORMS", "FilledForm", "FormSpec", "Sheet", "fill_form", "form"]

_MODULES = (
    "kundvard_begaran",
    "uppsagning",
    "uppsagning_bekraftelse",
    "kontraktsunderlag",
    "overtagande",
    "fullmakt",
    "nyckelkvittens_utlamning",
    "nyckelkvittens_aterlamning",
    "lasbyte",
    "andrahandsavtal",
    "fortur_beslut",
    "hyresgastgodkannande",
    "samtycke",
    "forsattsblad",
    "post_skatteverket",
    "informationsblad",
)


def _load() -> dict[str, FormSpec]:
    specs: dict[str, FormSpec] = {}
    for name in _MODULES:
        spec: FormSpec = importlib.import_module(f"{__name__}.{name}").FORM
        specs[spec.id] = spec
    return specs


FORMS: dict[str, FormSpec] = _load()


def form(form_id: str) -> FormSpec:
    """The form with ``form_id``; KeyError when there is none."""
    return FORMS[form_id]
