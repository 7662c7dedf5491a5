"""What every one of the forms must do: generate from the case, keep protected
addresses off paper, mark protected persons, survive hostile text, list what is missing."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pikepdf
import pytest
from form_data import (
    DELIVERY_STREET,
    FLAT_STREET,
    HOSTILE_TEXT,
    NEW_FLAT_STREET,
    PNR,
    REAL_POSTAL,
    REAL_STREET,
    SOCIAL_FLAT_STREET,
    with_required_choices,
)

from skyddsapp.documents.forms import FORMS, FormSpec, fill_form
from skyddsapp.documents.forms.base import FilledForm
from skyddsapp.documents.layout import MARKING, PAGE_HEIGHT, PAGE_WIDTH, Issuer
from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.paperwork.schema import FieldKind, MissingData
from skyddsapp.domain.person import ProtectionLevel

SPECS = list(FORMS.values())
IDS = [spec.id for spec in SPECS]


def defaults(spec: FormSpec, file: CaseFile) -> dict[str, Any]:
    return with_required_choices({field.name: field.default for field in spec.fields(file)})


def filled(spec: FormSpec, file: CaseFile) -> FilledForm:
    return fill_form(spec, file, defaults(spec, file), document_number="UH-2026-000001")


def test_there_are_sixteen_forms_with_unique_titles() -> None:
    assert len(FORMS) == 16
    assert len({spec.title for spec in SPECS}) == 16


@pytest.mark.parametrize("spec", SPECS, ids=IDS)
@pytest.mark.parametrize("level", list(ProtectionLevel), ids=lambda level: level.name)
def test_generates_from_the_case_with_default_options(
    spec: FormSpec, level: ProtectionLevel, make_file: Callable[..., CaseFile], pdf_tools: Any
) -> None:
    form = filled(spec, make_file(level))
    pdf = form.render()
    text = pdf_tools.text(pdf)
    assert spec.title in text
    assert "UH-2026-000001" in text
    assert "Sida 1 av" in text
    assert form.content_text.strip()
    # The same case and options give the same content hash (what the QR code carries).
    assert filled(spec, make_file(level)).content_sha256 == form.content_sha256


@pytest.mark.parametrize("spec", SPECS, ids=IDS)
@pytest.mark.parametrize(
    "level", [ProtectionLevel.PROTECTED_REGISTRATION, ProtectionLevel.ASSUMED_IDENTITY]
)
@pytest.mark.parametrize("delivery", [False, True], ids=["forwarding", "delivery"])
def test_the_real_address_of_a_hidden_person_is_never_printed(
    spec: FormSpec,
    level: ProtectionLevel,
    delivery: bool,
    make_file: Callable[..., CaseFile],
    pdf_tools: Any,
) -> None:
    form = filled(spec, make_file(level, delivery=delivery))
    pdf = form.render()
    text = pdf_tools.text(pdf)
    for secret in (
        REAL_STREET,
        "Hemligstigen",
        REAL_POSTAL,
        FLAT_STREET,
        NEW_FLAT_STREET,
        SOCIAL_FLAT_STREET,
    ):
        assert secret not in text, secret
        assert secret not in form.content_text, secret
    if not delivery:
        assert DELIVERY_STREET not in text
    # The client appears: the sheet is marked on every page.
    if "Skyddadsson" in text:
        assert form.protected
        for page in pdf_tools.pages(pdf):
            assert MARKING in " ".join(page.split())


@pytest.mark.parametrize("spec", SPECS, ids=IDS)
def test_a_case_without_protected_persons_is_not_marked(
    spec: FormSpec, make_file: Callable[..., CaseFile], pdf_tools: Any
) -> None:
    form = filled(spec, make_file(ProtectionLevel.NONE))
    assert not form.protected
    assert MARKING not in pdf_tools.text(form.render())


@pytest.mark.parametrize("spec", SPECS, ids=IDS)
def test_metadata_holds_no_personal_data(
    spec: FormSpec, make_file: Callable[..., CaseFile]
) -> None:
    file = make_file(ProtectionLevel.PROTECTED_REGISTRATION)
    pdf = filled(spec, file).render()
    with pikepdf.open(io.BytesIO(pdf)) as document:
        meta = str(document.open_metadata()) + repr(dict(document.docinfo.items()))
        assert document.docinfo.get("/Title") == spec.title
    markers = [p.first_name for p in file.persons.values()]
    markers += [p.last_name for p in file.persons.values()]
    markers += list(PNR.values()) + [n[:8] + "-" + n[8:] for n in PNR.values()]
    markers += [str(file.case.reference), "Hanna Handläggare", "1234-5678", "HK-100200"]
    for marker in markers:
        assert marker not in meta, marker


@pytest.mark.parametrize("spec", SPECS, ids=IDS)
def test_hostile_text_never_breaks_generation_nor_leaves_the_page(
    spec: FormSpec, make_file: Callable[..., CaseFile], pdf_tools: Any
) -> None:
    form = filled(spec, make_file(ProtectionLevel.CONFIDENTIALITY_MARKING, hostile=True))
    pdf = form.render()
    assert len(pdf_tools.reader(pdf).pages) <= 12
    positions = pdf_tools.positions(pdf)
    assert positions
    for page, text, x, y, width in positions:
        assert x >= -0.5, (page, text[:40], x)
        assert x + width <= PAGE_WIDTH + 0.5, (page, text[:40], x, width)
        assert 0 <= y <= PAGE_HEIGHT, (page, text[:40], y)


@pytest.mark.parametrize("spec", SPECS, ids=IDS)
def test_an_empty_case_gives_a_list_of_what_is_missing_or_a_complete_form(
    spec: FormSpec, make_file: Callable[..., CaseFile], pdf_tools: Any
) -> None:
    full = make_file(ProtectionLevel.NONE)
    empty = replace(
        full,
        case=replace(full.case, parties=[], lease_ids=[], apartment_ids=[], decisions=[]),
        persons={},
        apartments={},
        leases={},
    )
    problem: MissingData | ValidationError | None = None
    try:
        form = fill_form(spec, empty, defaults(spec, empty), document_number="UH-1")
    except (MissingData, ValidationError) as error:
        problem = error
    if isinstance(problem, MissingData):
        assert problem.items
        assert all(item.strip() for item in problem.items)
        assert "saknas" in str(problem)
    elif isinstance(problem, ValidationError):
        assert problem.errors
    else:
        # A form that needs nothing from the case (information sheets) still renders whole.
        assert spec.title in pdf_tools.text(form.render())


@pytest.mark.parametrize("spec", SPECS, ids=IDS)
def test_only_the_forms_issuers_may_issue_it(
    spec: FormSpec, make_file: Callable[..., CaseFile]
) -> None:
    file = make_file(ProtectionLevel.NONE)
    for issuer in Issuer:
        if issuer in spec.issuers:
            form = fill_form(spec, file, defaults(spec, file), document_number="X", issuer=issuer)
            assert form.header.issuer is issuer
        else:
            with pytest.raises(ValidationError) as refused:
                fill_form(spec, file, defaults(spec, file), document_number="X", issuer=issuer)
            assert refused.value.fields == ("issuer",)


@pytest.mark.parametrize("spec", SPECS, ids=IDS)
@pytest.mark.parametrize("delivery", [False, True], ids=["forwarding", "delivery"])
def test_a_paper_that_names_the_perpetrator_never_shows_how_to_reach_the_client(
    spec: FormSpec, delivery: bool, make_file: Callable[..., CaseFile], pdf_tools: Any
) -> None:
    file = make_file(ProtectionLevel.PROTECTED_REGISTRATION, delivery=delivery)
    # The worst case: the perpetrator is the client's co-tenant on the old lease.
    lease = replace(file.leases[20], tenant_ids=(1, 3))
    file = replace(file, leases={**file.leases, 20: lease})
    values = defaults(spec, file)
    for field in spec.fields(file):
        if field.kind is FieldKind.PERSON and any(c.value == "3" for c in field.choices):
            values[field.name] = "3"  # make the paper for the perpetrator where one can
    try:
        form = fill_form(spec, file, values, document_number="UH-1")
    except (MissingData, ValidationError):
        return  # a form that cannot be made for them prints nothing
    text = pdf_tools.text(form.render())
    if "Utövarsson" in text:
        assert DELIVERY_STREET not in text
        assert "innerkuvertet" not in text.lower()


SHORT_HOSTILE = "<b>x</b> & </para><para> שלום مرحبا 😀"


@pytest.mark.parametrize("spec", SPECS, ids=IDS)
def test_hostile_text_in_every_free_text_option_stays_on_the_page(
    spec: FormSpec, make_file: Callable[..., CaseFile], pdf_tools: Any
) -> None:
    file = make_file(ProtectionLevel.PROTECTED_REGISTRATION)
    values = defaults(spec, file)
    hostile = {
        field.name: HOSTILE_TEXT if field.kind is FieldKind.LONG_TEXT else SHORT_HOSTILE
        for field in spec.fields(file)
        if field.kind in (FieldKind.TEXT, FieldKind.LONG_TEXT)
    }
    refused: ValidationError | None = None
    try:
        form = fill_form(spec, file, {**values, **hostile}, document_number="UH-1")
    except ValidationError as error:
        refused = error
    if refused is not None:
        # A field may refuse such text (a phone number, a name check): then with a clear
        # message on that field, and the other fields still take theirs.
        assert set(refused.fields) <= set(hostile)
        assert all(error.message.strip() for error in refused.errors)
        kept = {name: text for name, text in hostile.items() if name not in refused.fields}
        form = fill_form(spec, file, {**values, **kept}, document_number="UH-1")
    pdf = form.render()
    for page, text, x, y, width in pdf_tools.positions(pdf):
        assert x >= -0.5, (page, text[:40], x)
        assert x + width <= PAGE_WIDTH + 0.5, (page, text[:40], x, width)
        assert 0 <= y <= PAGE_HEIGHT, (page, text[:40], y)


def test_the_perpetrator_check_above_has_papers_to_check(
    make_file: Callable[..., CaseFile], pdf_tools: Any
) -> None:
    """Not vacuous: in that setup some papers name the perpetrator, others reach the client."""
    file = make_file(ProtectionLevel.PROTECTED_REGISTRATION, delivery=True)
    file = replace(file, leases={**file.leases, 20: replace(file.leases[20], tenant_ids=(1, 3))})
    naming, reaching = set(), set()
    for spec in SPECS:
        values = defaults(spec, file)
        for field in spec.fields(file):
            if field.kind is FieldKind.PERSON and any(c.value == "3" for c in field.choices):
                values[field.name] = "3"
        text = pdf_tools.text(fill_form(spec, file, values, document_number="UH-1").render())
        if "Utövarsson" in text:
            naming.add(spec.id)
        if DELIVERY_STREET in text:
            reaching.add(spec.id)
    assert {"uppsagning", "overtagande", "uppsagning_bekraftelse"} <= naming
    assert len(reaching) >= 4
    assert not naming & reaching
