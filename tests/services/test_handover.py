"""Sealed hand-overs between two vaults: a case sealed in one is imported in the other, answered,
and the answer updates the first vault's case; both sides log what they did."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from handover_support import (
    NOW,
    Pair,
    lock,
    opened,
    resealed,
    stored_counts,
    trust,
    trusted_pair,
)
from service_support import TODAY, Factory, audit_entries, new_vault, pnr

from skyddsapp.domain.access import Organisation
from skyddsapp.domain.case import CaseParty, Decision, DecisionKind
from skyddsapp.domain.errors import RuleViolation, ValidationError
from skyddsapp.domain.person import CaseRole, Child, ProtectionLevel
from skyddsapp.domain.users import Role
from skyddsapp.services import cases, documents, handover, identities, persons
from skyddsapp.services.context import Session
from skyddsapp.services.errors import NoAccess, NotAllowed, NotFound
from skyddsapp.services.handover import PackagePreview
from skyddsapp.vault import documents_repository, persons_repository
from skyddsapp.vault.vault import Vault

PNG_SCAN = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pair]:
    """One pair of vaults for the module: every test makes its own case in it."""
    made = trusted_pair(tmp_path_factory.mktemp("pair"))
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


def test_a_case_goes_to_the_other_vault_and_its_answer_comes_back(
    pair: Pair, tmp_path: Path
) -> None:
    case_id = _nexus_case(pair)
    sent = handover.seal_case(pair.a, case_id, pair.b_in_a, now=NOW)
    handover.write_package(pair.a, sent, tmp_path)  # recorded as sent once it is written

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
    agent_there = persons.get_person(pair.b, changed.parties[1].person_id)
    persons.update_person(pair.b, dataclasses.replace(agent_there, phone="070-123 45 67"))
    later = NOW + dt.timedelta(hours=2)
    target = handover.reply_target(pair.b, imported.case_id)
    assert target == handover.ReplyTarget(sent.package_id, pair.a_in_b, "Nexus, Uppsala kommun")
    assert handover.reply_target(pair.a, case_id) is None
    answer = handover.seal_case(
        pair.b, imported.case_id, target.peer_id, reply_to=target.package_id, now=later
    )
    handover.write_package(pair.b, answer, tmp_path)

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
    agent_here = persons.get_person(pair.a, original.parties[1].person_id)
    assert agent_here.phone == "070-123 45 67"
    [co_tenant_here] = [p for p in updated.parties if p.role is CaseRole.CO_TENANT]
    assert persons.get_person(pair.a, co_tenant_here.person_id).full_name == "Medbo Hyresgästsson"
    # The protected client came back as the same person, unchanged.
    assert persons_repository.get(pair.a.conn, original.parties[0].person_id) is not None
    assert _handover_log(pair.a, case_id) == ["handover.seal", "handover.import"]
    assert _handover_log(pair.b, imported.case_id) == ["handover.import", "handover.seal"]


def _handover_log(session: Session, case_id: int) -> list[str]:
    return [
        e.action
        for e in audit_entries(session.conn)
        if e.action.startswith("handover.") and e.object_id == str(case_id)
    ]


def _names_and_numbers(pair: Pair, case_id: int) -> list[bytes]:
    """Every personal value of the case's persons, as the bytes that must not be seen."""
    case = cases.get_case(pair.a, case_id)
    found = []
    for party in case.parties:
        person = persons_repository.get(pair.a.conn, party.person_id)
        assert person is not None
        found += [person.first_name, person.last_name]
        if person.personal_number is not None:
            found.append(person.personal_number.digits)
        if person.real_address is not None:
            found.append(person.real_address.street)
    found.append(case.notes)
    return [value.encode() for value in found if value]


def test_a_sealed_package_holds_nothing_readable_and_is_logged_without_names(
    pair: Pair, tmp_path: Path
) -> None:
    case_id = _nexus_case(pair)
    sent = handover.seal_case(pair.a, case_id, pair.b_in_a, now=NOW)

    for value in _names_and_numbers(pair, case_id):
        assert value not in sent.data
    assert re.fullmatch(r"overlamning-2026-05-04-[0-9a-f]{8}\.skydd", sent.file_name)
    assert sent.file_name[23:31] == sent.package_id[:8]
    media = tmp_path / "usb"
    media.mkdir()
    written = handover.write_package(pair.a, sent, media)
    assert written == media / sent.file_name
    assert list(media.iterdir()) == [written]
    assert written.read_bytes() == sent.data
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    entries = audit_entries(pair.a.conn)
    [seal] = [
        e
        for e in entries
        if e.action == "handover.seal" and e.details.startswith(f"paket {sent.package_id}")
    ]
    assert (seal.object_type, seal.object_id) == ("case", str(case_id))
    assert seal.details == f"paket {sent.package_id}; valv {pair.b_in_a}"
    # The protected client's fields left the vault: a look, as a reveal is, with its reason.
    client_id = cases.get_case(pair.a, case_id).parties[0].person_id
    [look] = [e for e in entries if e.action == "person.reveal" and e.object_id == str(client_id)]
    assert "Uppsalahem AB" in look.reason
    for entry in entries:
        for value in _names_and_numbers(pair, case_id):
            assert value.decode() not in f"{entry.details} {entry.reason}"


def test_a_package_is_never_written_over_a_file(pair: Pair, tmp_path: Path) -> None:
    case_id = _nexus_case(pair)
    sent = handover.seal_case(pair.a, case_id, pair.b_in_a, now=NOW)
    media = tmp_path / "usb"
    media.mkdir()
    target = media / "paket.skydd"
    target.write_bytes(b"annat")

    before = stored_counts(pair.a.conn), len(audit_entries(pair.a.conn))

    with pytest.raises(ValidationError, match="finns redan"):
        handover.write_package(pair.a, sent, target)
    assert target.read_bytes() == b"annat"
    assert [p.name for p in media.iterdir()] == ["paket.skydd"]
    assert (stored_counts(pair.a.conn), len(audit_entries(pair.a.conn))) == before


def test_sealing_needs_an_identity_a_trusted_peer_and_a_case_worker(
    pair: Pair, tmp_path: Path, login: Callable[[Vault, str, Role], Session]
) -> None:
    case_id = _nexus_case(pair)
    auditor = login(pair.a.vault, "granskare", Role.AUDITOR)
    before = stored_counts(pair.a.conn)

    with pytest.raises(NotFound):
        handover.seal_case(pair.a, case_id, 99, now=NOW)
    with pytest.raises(ValidationError, match="1 till 90 dagar"):
        handover.seal_case(pair.a, case_id, pair.b_in_a, valid_days=0, now=NOW)
    with pytest.raises(RuleViolation, match="valv som ärendet kom från"):
        handover.seal_case(pair.a, case_id, pair.b_in_a, reply_to="00" * 16, now=NOW)
    with pytest.raises(NotAllowed):
        handover.seal_case(auditor, case_id, pair.b_in_a, now=NOW)
    with pytest.raises(NotAllowed):
        handover.import_package(auditor, b"", now=NOW)
    assert stored_counts(pair.a.conn) == before

    lonely = Session(new_vault(tmp_path / "ensam"), lambda: TODAY)
    try:
        made = Factory(lonely).case(client=Factory(lonely).person())
        assert made.id is not None
        with pytest.raises(RuleViolation, match="ingen egen identitet"):
            handover.seal_case(lonely, made.id, 1, now=NOW)
    finally:
        lonely.vault.lock()


def test_the_peers_to_seal_to_are_listed_for_case_workers(pair: Pair) -> None:
    assert handover.peers_for_sealing(pair.a) == [(pair.b_in_a, "Uppsalahem AB")]
    assert handover.peers_for_sealing(pair.b) == [(pair.a_in_b, "Nexus, Uppsala kommun")]


def test_an_import_that_fails_half_way_stores_nothing_and_can_be_tried_again(
    pair: Pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = _nexus_case(pair)
    sent = handover.seal_case(pair.a, case_id, pair.b_in_a, now=NOW)
    before, logged = stored_counts(pair.b.conn), len(audit_entries(pair.b.conn))

    def broken(*args: object, **kwargs: object) -> int:
        raise RuntimeError("avbrott mitt i")

    with monkeypatch.context() as patch:
        # The documents come last, after the persons and the case were written.
        patch.setattr(documents_repository, "insert", broken)
        with pytest.raises(RuntimeError, match="avbrott"):
            handover.import_package(pair.b, sent.data, now=NOW)
    assert stored_counts(pair.b.conn) == before
    assert len(audit_entries(pair.b.conn)) == logged

    assert handover.import_package(pair.b, sent.data, now=NOW).created


def test_a_genuine_package_whose_content_this_vault_refuses_stores_nothing(pair: Pair) -> None:
    case_id = _nexus_case(pair)
    sent = handover.seal_case(pair.a, case_id, pair.b_in_a, now=NOW)
    payload = opened(pair.b, sent.data)
    child = Child("Framtida", TODAY.year + 1)
    person = dataclasses.replace(payload.persons[1].person, children=[child])
    broken = dataclasses.replace(
        payload,
        persons=(payload.persons[0], dataclasses.replace(payload.persons[1], person=person)),
    )
    before = stored_counts(pair.b.conn)

    with pytest.raises(handover.PackageContentInvalid):
        handover.import_package(pair.b, resealed(pair.a, sent.data, broken, bytes(16)), now=NOW)
    assert stored_counts(pair.b.conn) == before


def test_a_peer_reaches_no_case_or_person_beyond_the_one_it_answers(
    pair: Pair, tmp_path: Path
) -> None:
    # Nexus sends one case to a third vault and another to Uppsalahem.
    third_vault = new_vault(tmp_path / "tredje")
    try:
        identities.create_identity(third_vault, "Tredje valvet")
        third_in_a = trust(pair.a.vault, third_vault)
        trust(third_vault, pair.a.vault)
        elsewhere = _nexus_case(pair)
        to_third = handover.seal_case(pair.a, elsewhere, third_in_a, now=NOW)
        handover.write_package(pair.a, to_third, tmp_path)
    finally:
        third_vault.lock()
    case_id = _nexus_case(pair)
    sent = handover.seal_case(pair.a, case_id, pair.b_in_a, now=NOW)
    handover.write_package(pair.a, sent, tmp_path)
    imported = handover.import_package(pair.b, sent.data, now=NOW)
    answer = handover.seal_case(
        pair.b, imported.case_id, pair.a_in_b, reply_to=sent.package_id, now=NOW
    )
    payload = opened(pair.a, answer.data)
    other_client = cases.get_case(pair.a, elsewhere).parties[0].person_id
    before = persons_repository.get(pair.a.conn, other_client)
    assert before is not None
    renamed = dataclasses.replace(payload.persons[0].person, first_name="Kapad")
    # Uppsalahem's program claims the package the third vault got, and a person of that case.
    forged = dataclasses.replace(
        payload,
        reply_to=bytes.fromhex(to_third.package_id),
        persons=(
            dataclasses.replace(payload.persons[0], your_key=other_client, person=renamed),
            *payload.persons[1:],
        ),
    )

    result = handover.import_package(
        pair.a, resealed(pair.b, answer.data, forged, bytes(range(16))), now=NOW
    )

    assert result.created
    assert result.case_id not in (case_id, elsewhere)
    assert persons_repository.get(pair.a.conn, other_client) == before
    # The same claim of a person, in an answer to the package Uppsalahem did get.
    parties_before = cases.get_case(pair.a, case_id).parties
    answering = dataclasses.replace(forged, reply_to=bytes.fromhex(sent.package_id))
    result = handover.import_package(
        pair.a, resealed(pair.b, answer.data, answering, bytes(range(1, 17))), now=NOW
    )

    assert (result.case_id, result.created) == (case_id, False)
    assert persons_repository.get(pair.a.conn, other_client) == before
    added = cases.get_case(pair.a, case_id).parties[len(parties_before) :]
    assert [p.role for p in added] == [CaseRole.CLIENT]
    new_client = persons_repository.get(pair.a.conn, added[0].person_id)
    assert new_client is not None
    assert new_client.first_name == "Kapad"


def test_an_imported_case_belongs_to_the_importing_users_team(
    pair: Pair, login: Callable[[Vault, str, Role], Session]
) -> None:
    social_worker = login(pair.b.vault, "socsek", Role.SOCIAL_WORKER)
    sent = handover.seal_case(pair.a, _nexus_case(pair), pair.b_in_a, now=NOW)

    imported = handover.import_package(social_worker, sent.data, now=NOW)

    case = cases.get_case(social_worker, imported.case_id)
    assert case.organisation is Organisation.NEXUS
    assert case.handlers == ("socsek",)
    with pytest.raises(NoAccess):
        # The administrator is in Uppsalahem's team: the case is not theirs.
        cases.get_case(pair.b, imported.case_id)


def test_a_decision_recorded_with_its_answers_is_not_imported_without_them(pair: Pair) -> None:
    case_id = _nexus_case(pair)
    sent = handover.seal_case(pair.a, case_id, pair.b_in_a, now=NOW)
    payload = opened(pair.b, sent.data)
    approval = Decision(TODAY, DecisionKind.TENANT_APPROVAL, "Godkänd.", "Uthyrningen", True)
    with_approval = dataclasses.replace(
        payload,
        case=dataclasses.replace(payload.case, decisions=(*payload.case.decisions, approval)),
    )

    imported = handover.import_package(
        pair.b, resealed(pair.a, sent.data, with_approval, bytes(range(2, 18))), now=NOW
    )

    kinds = [d.kind for d in cases.get_case(pair.b, imported.case_id).decisions]
    assert kinds == [DecisionKind.NEED_CONFIRMATION]


def test_on_a_stick_without_hard_links_a_file_made_meanwhile_is_not_written_over(
    pair: Pair, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """FAT and exFAT have no hard links: the package is then created exclusively, so a file
    that appears between the check and the write is kept and named."""
    case_id = _nexus_case(pair)
    sent = handover.seal_case(pair.a, case_id, pair.b_in_a, now=NOW)
    media = tmp_path / "fat"
    media.mkdir()
    target = media / "paket.skydd"

    def no_links_and_a_racer(source: object, dest: object) -> None:
        target.write_bytes(b"annat")  # another program, just in time
        raise OSError(1, "Operation not permitted")

    monkeypatch.setattr(handover.os, "link", no_links_and_a_racer)
    with pytest.raises(ValidationError, match="finns redan"):
        handover.write_package(pair.a, sent, target)
    assert target.read_bytes() == b"annat"
    assert [p.name for p in media.iterdir()] == ["paket.skydd"]

    monkeypatch.setattr(handover.os, "link", lambda s, d: (_ for _ in ()).throw(OSError(1, "x")))
    written = handover.write_package(pair.a, sent, media / "ny.skydd")
    assert written.read_bytes() == sent.data
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert sorted(p.name for p in media.iterdir()) == ["ny.skydd", "paket.skydd"]
