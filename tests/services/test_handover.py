"""Sealed hand-overs between two vaults: a case sealed in one is imported in the other, answered,
and the answer updates the first vault's case; both sides log what they did."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from handover_support import NOW, Pair, lock, trusted_pair
from service_support import TODAY, audit_entries, pnr

from skyddsapp.domain.case import CaseParty, Decision, DecisionKind
from skyddsapp.domain.person import CaseRole, ProtectionLevel
from skyddsapp.services import cases, documents, handover, persons
from skyddsapp.services.handover import PackagePreview

PNG_SCAN = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    made = trusted_pair(tmp_path)
    yield made
    lock(made)


def _nexus_case(pair: Pair) -> int:
    make = pair.make_a
    client = make.person(
        "Qöxbärta", "Zyxwvutsdotter", protection=ProtectionLevel.PROTECTED_REGISTRATION
    )
    agent = make.person("Ombudina", "Fullmaktsson", number=pnr("19650707", "238"))
    assert client.id is not None
    assert agent.id is not None
    lease = make.lease((client.id,))
    assert lease.id is not None
    case = make.case(client=client, leases=[lease], notes="Behov styrkt av Nexus.")
    assert case.id is not None
    cases.add_party(pair.a, case.id, CaseParty(agent.id, CaseRole.AGENT))
    decision = Decision(TODAY, DecisionKind.NEED_CONFIRMATION, "Behovet styrks.", "Nexus", True)
    cases.add_decision(pair.a, case.id, decision)
    values = {
        "agent": str(agent.id),
        "scopes": ("sign_lease", "collect_keys"),
        "valid_from": TODAY,
        "valid_until": TODAY + dt.timedelta(days=30),
    }
    made = documents.generate(pair.a, case.id, "fullmakt", values)
    documents.attach_scan(pair.a, made.record.id, PNG_SCAN, "papper.png")
    return case.id


def test_a_case_goes_to_the_other_vault_and_its_answer_comes_back(pair: Pair) -> None:
    case_id = _nexus_case(pair)
    sent = handover.seal_case(pair.a, case_id, pair.b_in_a, now=NOW)

    preview = handover.read_package(pair.b, sent.data, now=NOW)
    imported = handover.import_package(pair.b, sent.data, now=NOW)

    original = cases.get_case(pair.a, case_id)
    assert preview == PackagePreview(
        package_id=sent.package_id,
        sender_name="Nexus, Uppsala kommun",
        sender_fingerprint=preview.sender_fingerprint,
        created_at="2026-05-04 10:00 UTC",
        expires_at="2026-05-18 10:00 UTC",
        case_kind=original.kind.label,
        sender_reference=str(original.reference),
        persons=[
            handover.PersonPreview(
                "Skyddad person (Skyddad folkbokföring)", CaseRole.CLIENT.label, True
            ),
            handover.PersonPreview("Ombudina Fullmaktsson", CaseRole.AGENT.label, False),
        ],
        documents=1,
        updates_case=None,
    )
    assert imported.created
    received = cases.get_case(pair.b, imported.case_id)
    assert received.kind is original.kind
    assert received.notes == original.notes
    assert received.decisions == original.decisions
    assert [p.role for p in received.parties] == [CaseRole.CLIENT, CaseRole.AGENT]
    client = persons.reveal_person(
        pair.b, received.parties[0].person_id, list(persons.ProtectedField), "Test"
    )
    assert (client.full_name, client.protection) == (
        "Qöxbärta Zyxwvutsdotter",
        ProtectionLevel.PROTECTED_REGISTRATION,
    )
    assert client.personal_number is not None
    [paper] = documents.register(pair.b, imported.case_id)
    [first] = documents.register(pair.a, case_id)
    assert documents.pdf(pair.b, paper.id) == documents.pdf(pair.a, first.id)
    assert documents.scan(pair.b, paper.id)[1] == PNG_SCAN

    # Uppsalahem adds a co-tenant and a note, and answers Nexus' package.
    co_tenant = pair.make_b.person("Medbo", "Hyresgästsson", number=pnr("19710203", "246"))
    assert co_tenant.id is not None
    cases.add_party(pair.b, imported.case_id, CaseParty(co_tenant.id, CaseRole.CO_TENANT))
    changed = cases.get_case(pair.b, imported.case_id)
    changed.notes = "Lägenhet erbjuden."
    cases.update_case(pair.b, changed)
    later = NOW + dt.timedelta(hours=2)
    answer = handover.seal_case(
        pair.b, imported.case_id, pair.a_in_b, reply_to=sent.package_id, now=later
    )

    assert handover.read_package(pair.a, answer.data, now=later).updates_case == str(
        original.reference
    )
    back = handover.import_package(pair.a, answer.data, now=later)

    assert (back.case_id, back.created) == (case_id, False)
    updated = cases.get_case(pair.a, case_id)
    assert updated.notes == "Lägenhet erbjuden."
    assert [(p.person_id, p.role) for p in updated.parties][:2] == [
        (p.person_id, p.role) for p in original.parties
    ]
    assert [p.role for p in updated.parties] == [
        CaseRole.CLIENT,
        CaseRole.AGENT,
        CaseRole.CO_TENANT,
    ]
    assert updated.decisions == original.decisions
    assert len(documents.register(pair.a, case_id)) == 1
    a_actions = [e.action for e in audit_entries(pair.a.conn) if e.action.startswith("handover.")]
    b_actions = [e.action for e in audit_entries(pair.b.conn) if e.action.startswith("handover.")]
    assert a_actions == ["handover.seal", "handover.import"]
    assert b_actions == ["handover.import", "handover.seal"]
