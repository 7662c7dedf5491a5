"""Writes src/skyddsapp/ui/domain_strings.py: every text from below the UI that the UI shows.

The domain keeps its labels in Swedish as plain data, where lupdate cannot see them. This script
lists them as QT_TRANSLATE_NOOP("domain", …) calls, so they land in translations/*.ts under the
context "domain" that `skyddsapp.ui.widgets.labels.domain_text` looks them up in.

Run it (or `make lupdate`) after changing a domain label; tests/ui/test_domain_strings.py fails
while the generated file is stale.
"""

from __future__ import annotations

import ast
import datetime as dt
import sys
from collections.abc import Iterable
from enum import Enum
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "src" / "skyddsapp" / "ui" / "domain_strings.py"
# Where messages are written: the domain, and the vault's and the use cases' errors.
MESSAGE_SOURCES = (
    *sorted((ROOT / "src" / "skyddsapp" / "domain").glob("*.py")),
    # The forms' questions (OptionField labels, choices, help) and what they report missing.
    *sorted((ROOT / "src" / "skyddsapp" / "domain" / "paperwork").glob("*.py")),
    *sorted((ROOT / "src" / "skyddsapp" / "documents" / "forms").glob("*.py")),
    ROOT / "src" / "skyddsapp" / "vault" / "errors.py",
    # What an examination of the vault names (damage, rollback) and the repair reports.
    ROOT / "src" / "skyddsapp" / "vault" / "inspection.py",
    ROOT / "src" / "skyddsapp" / "vault" / "vault.py",
    # What a check of a backup names, file by file (issue 12).
    ROOT / "src" / "skyddsapp" / "vault" / "backup.py",
    *sorted((ROOT / "src" / "skyddsapp" / "services").glob("*.py")),
)

# Calls whose literal argument at this position is a message (skyddsapp.domain.errors, text).
_MESSAGE_ARGUMENT = {
    "Text": 0,
    "FieldError": 1,
    "single": 1,
    "RuleViolation": 0,
    "TransitionError": 0,
    # skyddsapp.services.errors: what a role may not do, what was not found.
    "NotAllowed": 0,
    "_require_admin": 1,
    "NotFound": 0,
    # skyddsapp.domain.paperwork.schema: a form's question, a choice, what a case lacks.
    "OptionField": 1,
    # skyddsapp.domain.history: the fields a record's history lists.
    "HistoryField": 1,
    "Choice": 1,
    "require": 1,
    "add": 0,
    "MissingData": 0,
}
# Keyword arguments whose literal value is shown to the user.
_MESSAGE_KEYWORDS = frozenset({"label", "help", "description"})


def domain_texts() -> list[str]:
    """Every label, in a stable order, without repeats."""
    from skyddsapp.crypto import recovery
    from skyddsapp.domain import passphrase_strength, users
    from skyddsapp.domain.agreement import AgreementKind
    from skyddsapp.domain.attorney import AttorneyScope
    from skyddsapp.domain.case import DecisionKind, EventKind, ShelterOutcome
    from skyddsapp.domain.case_kind import CaseKind
    from skyddsapp.domain.client_survey import MONTH_NAMES, Channel, QuestionKind
    from skyddsapp.domain.county_referral import Municipality, ReferralResult
    from skyddsapp.domain.deadlines import DeadlineKind
    from skyddsapp.domain.document_register import DocumentStatus
    from skyddsapp.domain.errors import ValidationError
    from skyddsapp.domain.history import RecordKind
    from skyddsapp.domain.housing_first import ExchangeDirection, ExchangeStatus
    from skyddsapp.domain.joint_assessment import AssessmentOutcome
    from skyddsapp.domain.key_registry import IdKind, KeyEventKind, LockChangeReason
    from skyddsapp.domain.key_rows import KeyKind
    from skyddsapp.domain.lease import LeaseKind, LeaseStatus
    from skyddsapp.domain.old_flat_outcome import OldFlatOutcomeKind
    from skyddsapp.domain.person import CaseRole, ProtectionLevel
    from skyddsapp.domain.risk import RiskLevel
    from skyddsapp.domain.tenant_approval import CreditCheck, HousingReference
    from skyddsapp.domain.transition_flat import FlatCategory
    from skyddsapp.domain.workflows import workflow_for
    from skyddsapp.vault import keyslots

    texts: list[str] = []
    enums: Iterable[type[Enum]] = (
        CaseKind,
        ProtectionLevel,
        CaseRole,
        LeaseKind,
        LeaseStatus,
        RiskLevel,
        DecisionKind,
        EventKind,
        ShelterOutcome,
        users.Role,
        DeadlineKind,
        DocumentStatus,
        RecordKind,
        KeyKind,
        AttorneyScope,
        LockChangeReason,
        KeyEventKind,
        IdKind,
        OldFlatOutcomeKind,
        AgreementKind,
        Municipality,
        ReferralResult,
        CreditCheck,
        HousingReference,
        AssessmentOutcome,
        FlatCategory,
        ExchangeDirection,
        ExchangeStatus,
        QuestionKind,
        Channel,
    )
    for enum in enums:
        texts += [member.label for member in enum]  # type: ignore[attr-defined]
    # Labels quoted inside a message, in lower case ("Avtalet är redan uppsagt …").
    for lowered in (
        LeaseStatus,
        ProtectionLevel,
        RiskLevel,
        AttorneyScope,
        KeyKind,
        ExchangeStatus,
    ):
        texts += [member.label.lower() for member in lowered]
    for kind in CaseKind:
        workflow = workflow_for(kind)
        texts += [step.label for step in workflow.steps]
        texts += [transition.label for transition in workflow.transitions]
    texts += list(MONTH_NAMES.values())  # a survey period's name, "februari 2026"
    texts += _requirement_texts()
    texts += _takeover_warnings()
    texts += passphrase_strength.texts()
    try:
        users.validate_user_name("")
    except ValidationError as error:
        texts += [e.message for e in error.errors]
    # What the first-run wizard and the change-passphrase dialog show when the vault refuses one.
    for passphrase in ("", " " + "x" * users.MIN_PASSPHRASE_LENGTH):
        try:
            users.validate_new_passphrase(passphrase)
        except ValidationError as error:
            texts += [e.message for e in error.errors]
    # The unlock dialog's answers that carry no path or number.
    texts += [keyslots.WRONG_USER_SECRET, keyslots.WRONG_RECOVERY_KEY]
    for bad in ("", "0" * (recovery.SYMBOLS - 1) + "1"):
        try:
            recovery.normalize_recovery_key(bad)
        except recovery.InvalidRecoveryKey as error:
            texts.append(str(error))
    texts += _paperwork_texts()
    texts += _yearly_texts()
    texts += source_texts()
    return list(dict.fromkeys(str(text) for text in texts))


def _yearly_texts() -> list[str]:
    """The follow-up's table titles, line labels and notes (the dashboard shows them)."""
    from skyddsapp.domain import yearly_report, yearly_tables

    period = yearly_report.year_period(2000)
    none = yearly_report.figures(yearly_report.PeriodCounts(period, period.end), 0)
    texts: list[str] = list(yearly_tables.PROVIDER_TEXTS)
    for table in yearly_tables.tables(yearly_report.Comparison(none, none)):
        texts += [table.title, *(line.label for line in table.lines)]
        texts += [table.note] if table.note else []
    return texts


def _paperwork_texts() -> list[str]:
    """The forms' titles and descriptions, and the labels of the paperwork enums."""
    import importlib
    import pkgutil

    from skyddsapp.documents.forms import FORMS
    from skyddsapp.domain import paperwork

    texts: list[str] = []
    for spec in FORMS.values():
        texts += [spec.title, spec.description]
    for info in pkgutil.iter_modules(paperwork.__path__):
        module = importlib.import_module(f"{paperwork.__name__}.{info.name}")
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, Enum)
                and value.__module__ == module.__name__
                and isinstance(getattr(value, "label", None), property)
            ):
                texts += [member.label for member in value]  # type: ignore[attr-defined]
    return [text for text in texts if text]


def source_texts() -> list[str]:
    """Messages and labels written as literals in MESSAGE_SOURCES, found with ``ast``.

    The first argument of every ``Text(…)`` (a template such as "{0} saknas."), the literal
    message of FieldError, ValidationError.single, RuleViolation and TransitionError, what
    NotAllowed and NotFound name, and every literal ``label=`` (a field's name that messages
    quote).
    """
    texts: list[str] = []
    for path in MESSAGE_SOURCES:
        for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            position = _MESSAGE_ARGUMENT.get(name or "")
            candidates = [kw.value for kw in node.keywords if kw.arg in _MESSAGE_KEYWORDS]
            if position is not None and len(node.args) > position:
                candidates.append(node.args[position])
            texts += [
                c.value
                for c in candidates
                if isinstance(c, ast.Constant) and isinstance(c.value, str)
            ]
    return texts


# A fixed day, so that the texts below never depend on when the generator runs.
_TODAY = dt.date(2026, 1, 15)


def _requirement_texts() -> list[str]:
    """What the workflow panel lists under "Saknas:" for a step that is not ready.

    Every requirement's description, and what it answers on an empty case. The two requirements
    that compute their answer (förtur still valid, moving the perpetrator) are also asked in the
    situations where the answer is one fixed sentence; answers that quote a date or join several
    reasons are built at run time and cannot be listed.
    """
    from skyddsapp.domain.case import Case, Decision, DecisionKind
    from skyddsapp.domain.case_kind import CaseKind
    from skyddsapp.domain.case_reference import CaseReference
    from skyddsapp.domain.risk import RiskAssessment, RiskLevel
    from skyddsapp.domain.rules import perpetrator_move_allowed
    from skyddsapp.domain.workflow import CaseContext, Requirement
    from skyddsapp.domain.workflows import workflow_for

    requirements: list[Requirement] = []
    for kind in CaseKind:
        for transition in workflow_for(kind).transitions:
            requirements += [r for r in transition.requires if r not in requirements]
    texts = [requirement.description for requirement in requirements]

    kind = CaseKind.CUSTOMER_CARE
    empty = Case(None, CaseReference(kind, _TODAY.year, 1), kind, "", _TODAY)
    expired = [
        Decision(
            _TODAY - dt.timedelta(days=400),
            decision_kind,
            "Beslut",
            "generator",
            granted=True,
            valid_until=_TODAY - dt.timedelta(days=35),
        )
        for decision_kind in DecisionKind
    ]
    cases = (empty, Case(None, empty.reference, kind, "", _TODAY, decisions=expired))
    for case in cases:
        context = CaseContext(case, _TODAY)
        texts += [p for r in requirements if (p := r.problem(context)) is not None]

    def assessment(date: dt.date, level: RiskLevel, seeks_out: bool) -> RiskAssessment:
        return RiskAssessment(date, "generator", level, seeks_out, date + dt.timedelta(days=90))

    future = _TODAY + dt.timedelta(days=1)
    for one_reason in (
        [assessment(future, RiskLevel.NONE, seeks_out=False)],  # dated in the future
        [assessment(_TODAY, RiskLevel.LOW, seeks_out=True)],  # the perpetrator seeks her out
    ):
        allowed, reason = perpetrator_move_allowed(one_reason, _TODAY)
        assert not allowed
        texts.append(reason)
    return texts


def _takeover_warnings() -> list[str]:
    """The fixed warnings of 12 kap. 47 § JB (skyddsapp.domain.rules.takeover_warning_12_47)."""
    from skyddsapp.domain.case import CaseParty
    from skyddsapp.domain.lease import Lease, LeaseKind
    from skyddsapp.domain.person import CaseRole
    from skyddsapp.domain.rules import takeover_warning_12_47

    client, perpetrator = 1, 2

    def parties(client_lives_in_flat: bool, perpetrator_stays: bool) -> tuple[CaseParty, ...]:
        return (
            CaseParty(client, CaseRole.CLIENT, client_lives_in_flat),
            CaseParty(perpetrator, CaseRole.PERPETRATOR, perpetrator_stays),
        )

    situations = (
        # The client is the only tenant and the perpetrator stays in the flat.
        ((client,), parties(client_lives_in_flat=False, perpetrator_stays=True)),
        # Client and perpetrator are co-tenants.
        ((client, perpetrator), parties(client_lives_in_flat=False, perpetrator_stays=False)),
        # The perpetrator is the tenant and the client lives in the flat.
        ((perpetrator,), parties(client_lives_in_flat=True, perpetrator_stays=False)),
    )
    texts = []
    for tenants, case_parties in situations:
        lease = Lease(1, "1", 1, tenants, LeaseKind.FIRST_HAND, _TODAY)
        warning = takeover_warning_12_47(lease, case_parties)
        assert warning is not None, f"no 12 kap. 47 § warning for tenants {tenants}"
        texts.append(warning)
    return texts


def render(texts: Iterable[str]) -> str:
    lines = [
        '"""Generated by translations/domain_strings.py — do not edit; run `make lupdate`."""',
        "",
        "# ruff: noqa: E501",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "# fmt: off",
        "DOMAIN_STRINGS = (",
    ]
    lines += [f'    QT_TRANSLATE_NOOP("domain", {_quote(text)}),' for text in texts]
    lines += [")", "# fmt: on", ""]
    return "\n".join(lines)


def _quote(text: str) -> str:
    # Double quotes like ruff format writes them, so the generated file is already formatted.
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main() -> int:
    TARGET.write_text(render(domain_texts()), "utf-8")
    print(f"{TARGET.relative_to(ROOT)}: {len(domain_texts())} texts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
