"""Överenskommelse om övertagande av hyresrätt: who leaves, from when, no addresses at all."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from form_data import DELIVERY_STREET, REAL_STREET

from skyddsapp.documents.forms import FORMS, fill_form
from skyddsapp.domain.case import CaseParty, Decision, DecisionKind
from skyddsapp.domain.case_file import CaseFile
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.lease import LeaseStatus
from skyddsapp.domain.paperwork.schema import MissingData
from skyddsapp.domain.paperwork.takeover import first_of_next_month
from skyddsapp.domain.person import CaseRole, ProtectionLevel

SPEC = FORMS["overtagande"]
MakeFile = Callable[..., CaseFile]


def options(file: CaseFile, **changes: Any) -> dict[str, Any]:
    values = {field.name: field.default for field in SPEC.fields(file)}
    values.update(changes)
    return values


def fill(file: CaseFile, **changes: Any) -> Any:
    return fill_form(SPEC, file, options(file, **changes), document_number="UH-1")


def text_of(file: CaseFile, pdf_tools: Any, **changes: Any) -> str:
    return str(pdf_tools.text(fill(file, **changes).render()))


def with_tenants(file: CaseFile, *tenant_ids: int) -> CaseFile:
    lease = dataclasses.replace(file.leases[20], tenant_ids=tenant_ids)
    return dataclasses.replace(file, leases={**file.leases, 20: lease})


def test_defaults_the_clients_lease_the_co_tenant_and_next_month(make_file: MakeFile) -> None:
    file = make_file(ProtectionLevel.NONE)
    values = options(file)
    assert values["lease"] == "20"
    assert values["departing"] == "2"
    assert values["takeover_date"] == dt.date(2026, 12, 1)


def test_the_agreement_names_parties_lease_date_and_law(
    make_file: MakeFile, pdf_tools: Any
) -> None:
    file = make_file(ProtectionLevel.PROTECTED_REGISTRATION)
    text = text_of(file, pdf_tools)
    for expected in (
        "Medi Hyresgästsson",
        "19780202-2389",
        "Testa Skyddadsson",
        "19811218-9876",
        "HK-100200",
        "1234-5678",
        "från och med 2026-12-01",
        "Gäller från och med 2026-12-01",
        "Hyresgäst efter övertagandet Testa Skyddadsson",
        "Inga särskilda villkor.",
        "12 kap. 47 § jordabalken",
        "Beslut om övertagande av hyresrätt",
        "Beslutsfattare Exempelsson",
        "Hanna Handläggare",
    ):
        assert expected in text, expected
    content = fill(file).content_text
    assert "Underskrift: Hyresgäst som lämnar avtalet: Medi Hyresgästsson" in content
    assert "Underskrift: Hyresgäst som tar över hyresrätten: Testa Skyddadsson" in content
    assert "Underskrift: För hyresvärden Uppsalahem AB: Hanna Handläggare" in content


@pytest.mark.parametrize("delivery", [False, True])
def test_no_persons_address_is_printed_even_without_protection(
    make_file: MakeFile, pdf_tools: Any, delivery: bool
) -> None:
    for level in (ProtectionLevel.NONE, ProtectionLevel.PROTECTED_REGISTRATION):
        file = make_file(level, delivery=delivery)
        text = text_of(file, pdf_tools)
        for address in (REAL_STREET, DELIVERY_STREET, "Skatteverket", "Post skickas via"):
            assert address not in text, (level, address)


def test_a_departing_perpetrator_reads_nothing_about_violence(
    make_file: MakeFile, pdf_tools: Any
) -> None:
    file = with_tenants(make_file(ProtectionLevel.PROTECTED_REGISTRATION), 1, 3)
    assert options(file)["departing"] == "3"
    text = text_of(file, pdf_tools)
    assert "Våld Utövarsson" in text
    assert "19750303-5599" in text
    rest = text.replace("Våld Utövarsson", "").lower()
    for word in ("våld", "förövare", "misshandel", "nexus"):
        assert word not in rest, word


def test_a_tenant_who_stays_is_named_and_signs(make_file: MakeFile, pdf_tools: Any) -> None:
    file = with_tenants(make_file(ProtectionLevel.NONE), 1, 2, 3)
    form = fill(file, departing="3")
    text = str(pdf_tools.text(form.render()))
    assert "Hyresgäster som står kvar på avtalet" in text
    assert "tillsammans med övriga hyresgäster" in text
    assert "Hyresgäst efter övertagandet Testa Skyddadsson, Medi Hyresgästsson" in text
    assert "Underskrift: Hyresgäst som står kvar: Medi Hyresgästsson" in form.content_text


def test_a_client_living_in_the_flat_without_being_on_the_lease_may_take_over(
    make_file: MakeFile, pdf_tools: Any
) -> None:
    file = with_tenants(make_file(ProtectionLevel.NONE), 3)
    parties = [
        CaseParty(1, CaseRole.CLIENT, lives_in_flat=True),
        *[p for p in file.case.parties if p.role is not CaseRole.CLIENT],
    ]
    file = dataclasses.replace(file, case=dataclasses.replace(file.case, parties=parties))
    # lease_of_client() does not find a lease the client is not on: choose it.
    text = text_of(file, pdf_tools, lease="20", departing="3")
    assert "Testa Skyddadsson från och med 2026-12-01 tar över hyresrätten ensam." in text


def test_conditions_are_printed(make_file: MakeFile, pdf_tools: Any) -> None:
    file = make_file(ProtectionLevel.NONE)
    text = text_of(file, pdf_tools, conditions="Hyresskulden regleras\nsenast 2027-01-31.")
    assert "Villkor Hyresskulden regleras senast 2027-01-31." in text


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"departing": "1"}, "departing", "Klienten tar över"),
        ({"departing": "4"}, "departing", "står inte som hyresgäst"),
        ({"departing": "99"}, "departing", "finns inte"),
        ({"departing": "x"}, "departing", "finns inte"),
        ({"departing": None}, "departing", "Välj"),
        ({"lease": "21"}, "departing", "står inte som hyresgäst"),  # the client's alone
        ({"lease": "99"}, "lease", "hör inte"),
        ({"takeover_date": dt.date(2019, 3, 31)}, "takeover_date", "startdatum 2019-04-01"),
        ({"takeover_date": dt.date(2027, 3, 1)}, "takeover_date", "upphör 2027-02-28"),
        ({"takeover_date": None}, "takeover_date", "saknas"),
        ({"conditions": "x" * 1001}, "conditions", "högst 1000"),
    ],
)
def test_bad_options_are_refused_with_a_clear_message(
    make_file: MakeFile, changes: dict[str, Any], field: str, message: str
) -> None:
    file = make_file(ProtectionLevel.NONE)
    with pytest.raises(ValidationError) as caught:
        fill(file, **changes)
    assert caught.value.fields == (field,)
    assert message in caught.value.messages_for(field)[0]


def test_the_limits_themselves_are_allowed(make_file: MakeFile) -> None:
    file = make_file(ProtectionLevel.NONE)
    for day in (dt.date(2019, 4, 1), dt.date(2027, 2, 28), dt.date(2026, 11, 1)):
        assert fill(file, takeover_date=day).content_text


def test_a_takeover_more_than_a_year_ahead_is_refused(make_file: MakeFile) -> None:
    file = make_file(ProtectionLevel.NONE)
    lease = dataclasses.replace(file.leases[20], notice_date=None, status=LeaseStatus.ACTIVE)
    file = dataclasses.replace(file, leases={**file.leases, 20: lease})
    assert fill(file, takeover_date=dt.date(2027, 11, 27)).content_text
    with pytest.raises(ValidationError) as caught:
        fill(file, takeover_date=dt.date(2027, 11, 28))
    assert caught.value.messages_for("takeover_date") == [
        "Övertagandet kan ligga högst 12 månader fram i tiden (senast 2027-11-27)."
    ]


def test_every_bad_field_is_reported_at_once(make_file: MakeFile) -> None:
    file = make_file(ProtectionLevel.NONE)
    with pytest.raises(ValidationError) as caught:
        fill(file, departing="1", takeover_date=dt.date(2030, 1, 1), conditions="\x00")
    assert caught.value.fields == ("departing", "takeover_date", "conditions")


def test_missing_personal_numbers_and_client_are_listed(make_file: MakeFile) -> None:
    file = make_file(ProtectionLevel.NONE)
    co_tenant = dataclasses.replace(file.persons[2], personal_number=None)
    parties = [p for p in file.case.parties if p.role is not CaseRole.CLIENT]
    file = dataclasses.replace(
        file,
        persons={**file.persons, 2: co_tenant},
        case=dataclasses.replace(file.case, parties=parties),
    )
    with pytest.raises(MissingData) as caught:
        fill(file, lease="20", departing="2")
    assert caught.value.items == (
        "klient i ärendet",
        "personnummer för hyresgästen som lämnar",
    )


def test_the_takeover_decision_is_optional_but_not_a_refusal(
    make_file: MakeFile, pdf_tools: Any
) -> None:
    file = make_file(ProtectionLevel.NONE)
    others = [d for d in file.case.decisions if d.kind is not DecisionKind.TAKEOVER]
    without = dataclasses.replace(file, case=dataclasses.replace(file.case, decisions=others))
    assert "Beslut om övertagande" not in text_of(without, pdf_tools)
    refusal = Decision(
        date=dt.date(2026, 11, 20),
        kind=DecisionKind.TAKEOVER,
        text="Avslag.",
        decided_by="Uthyrningen",
        granted=False,
    )
    refused = dataclasses.replace(
        file, case=dataclasses.replace(file.case, decisions=[*others, refusal])
    )
    with pytest.raises(MissingData) as caught:
        fill(refused)
    assert caught.value.items == (
        "beviljat beslut om övertagande (det senaste beslutet är ett avslag)",
    )


@pytest.mark.parametrize(
    ("today", "first"),
    [
        (dt.date(2026, 11, 27), dt.date(2026, 12, 1)),
        (dt.date(2026, 12, 1), dt.date(2027, 1, 1)),
        (dt.date(2026, 12, 31), dt.date(2027, 1, 1)),
        (dt.date(2027, 1, 31), dt.date(2027, 2, 1)),
    ],
)
def test_first_of_next_month(today: dt.date, first: dt.date) -> None:
    assert first_of_next_month(today) == first
