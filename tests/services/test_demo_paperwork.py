"""The fictitious demo case for form previews: complete, valid, invented, and every finished
form generates from it."""

from __future__ import annotations

import io

import pypdf
import pytest

from skyddsapp.documents.forms import FORMS, FormSpec, fill_form
from skyddsapp.domain.case import DecisionKind
from skyddsapp.domain.lease import LeaseKind
from skyddsapp.domain.person import CaseRole, ProtectionLevel
from skyddsapp.services.demo import FIRST_NAMES, LAST_NAMES
from skyddsapp.services.demo_paperwork import DEMO_TODAY, demo_case_file, demo_values

# Papers that name nobody on purpose (handed out, sent to a locksmith, kept on the archive box).
NAMES_NOBODY = {"informationsblad", "lasbyte", "forsattsblad"}


def test_the_case_holds_everything_a_form_may_need() -> None:
    file = demo_case_file()
    case = file.case
    for role in (
        CaseRole.CLIENT,
        CaseRole.CO_TENANT,
        CaseRole.PERPETRATOR,
        CaseRole.AGENT,
        CaseRole.CONTACT_PERSON,
    ):
        assert file.people(role), role
    assert any(p.role is CaseRole.PERPETRATOR and p.lives_in_flat for p in case.parties)
    client = file.client()
    assert client is not None
    assert client.children
    assert case.children_count == len(client.children)
    assert len(file.case_apartments()) == 3
    kinds = {lease.kind for lease in file.case_leases()}
    assert kinds == {LeaseKind.FIRST_HAND, LeaseKind.SOCIAL_CONTRACT}
    assert file.lease_of_client() is not None
    assert any(lease.notice_date for lease in file.case_leases())
    for kind in DecisionKind:
        decision = file.decision(kind)
        assert decision is not None
        assert decision.granted
    priority = file.decision(DecisionKind.PRIORITY)
    assert priority is not None
    assert priority.valid_until is not None
    assert priority.valid_until > file.today
    assert case.latest_risk_assessment() is not None
    assert file.handler_display_name() == "Demo Handläggare"
    assert file.today == DEMO_TODAY


def test_the_case_is_valid_and_plainly_invented() -> None:
    file = demo_case_file()
    file.case.validate(file.today)
    for apartment in file.apartments.values():
        apartment.validate()
    for lease in file.leases.values():
        lease.validate()
    for person in file.persons.values():
        person.validate(file.today)
        assert person.first_name in FIRST_NAMES
        assert person.last_name in LAST_NAMES
        assert person.personal_number is not None
        serial = int(person.personal_number.formatted()[-4:-1])
        assert 980 <= serial <= 999, person.personal_number.masked()


@pytest.mark.parametrize("level", list(ProtectionLevel), ids=lambda level: level.name)
def test_the_client_has_the_protection_asked_for(level: ProtectionLevel) -> None:
    file = demo_case_file(level)
    client = file.client()
    assert client is not None
    assert client.protection is level
    assert file.hides_flat_address is level.hides_real_address


@pytest.mark.parametrize("spec", list(FORMS.values()), ids=list(FORMS))
@pytest.mark.parametrize(
    "level",
    [ProtectionLevel.NONE, ProtectionLevel.PROTECTED_REGISTRATION],
    ids=lambda level: level.name,
)
def test_every_form_generates_from_the_demo_case(spec: FormSpec, level: ProtectionLevel) -> None:
    file = demo_case_file(level)
    values = demo_values(spec, file)
    form = fill_form(spec, file, values, document_number="DEMO-000001")
    pdf = form.render()
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert spec.title in text
    assert str(file.case.reference) in text
    client = file.client()
    assert client is not None
    assert (client.full_name in text) is (spec.id not in NAMES_NOBODY)
    if level is ProtectionLevel.NONE:
        assert not form.protected
    elif "Exempelström" in text:  # the protected client appears: the sheet is marked
        assert form.protected
