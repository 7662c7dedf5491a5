"""The forms, in the order the desktop lists them.

Every module defines ``FORM`` (a `FormSpec`) on the shared layout; `FORMS` maps form id → spec.

Names: a form's module is named in English after the concept it prints, the same name as its
options module in `skyddsapp.domain.paperwork` (``forms/power_of_attorney.py`` lays out what
``paperwork/power_of_attorney.py`` asks and checks). The two key receipts share
``paperwork/keys.py`` and are ``keys_handout``/``keys_return``; Beslut om hyresgästgodkännande
has no options module and follows ``domain/tenant_approval.py``. The form ids stay Swedish
(``"fullmakt"``, ``"nyckelkvittens_utlamning"`` …): they are stored in every vault's document
register, name the preview files and are printed, so they are data, not code names. Each
module's docstring starts with the Swedish name of its form.

| form id | module |
|---|---|
| kundvard_begaran | customer_care_request |
| uppsagning | termination |
| uppsagning_bekraftelse | termination_confirmation |
| kontraktsunderlag | new_contract |
| overtagande | takeover |
| fullmakt | power_of_attorney |
| nyckelkvittens_utlamning | keys_handout |
| nyckelkvittens_aterlamning | keys_return |
| lasbyte | lock_change |
| andrahandsavtal | sublease |
| fortur_beslut | priority |
| hyresgastgodkannande | tenant_approval |
| samtycke | consent |
| forsattsblad | archive_cover |
| post_skatteverket | mail_recipient |
| informationsblad | information_sheet |
"""

from __future__ import annotations

import importlib

from skyddsapp.documents.forms.base import FilledForm, FormSpec, Sheet, fill_form

__all__ = ["FORMS", "FilledForm", "FormSpec", "Sheet", "fill_form", "form"]

_MODULES = (
    "customer_care_request",
    "termination",
    "termination_confirmation",
    "new_contract",
    "takeover",
    "power_of_attorney",
    "keys_handout",
    "keys_return",
    "lock_change",
    "sublease",
    "priority",
    "tenant_approval",
    "consent",
    "archive_cover",
    "mail_recipient",
    "information_sheet",
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
