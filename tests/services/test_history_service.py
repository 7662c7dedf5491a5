"""Record history: each change a version, compare two, restore an earlier value (logged), and
protected values shown only after a reveal."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from service_support import ADMIN, Factory, last_audit, snapshot

from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.history import FIRST_ACTION, RecordKind, compare
from skyddsapp.domain.person import ProtectionLevel
from skyddsapp.domain.users import Role
from skyddsapp.services import access, cases, history, history_restore, housing, persons
from skyddsapp.services.context import Session
from skyddsapp.services.errors import NoAccess, NotAllowed, NotFound
from skyddsapp.vault import persons_repository
from skyddsapp.vault.vault import Vault

Login = Callable[[Vault, str, Role], Session]


def test_each_change_is_a_version_and_compare_names_what_changed(session: Session) -> None:
    make = Factory(session)
    person = make.person("Vera", "Versionsdotter")
    assert person.id is not None
    stored = persons.get_person(session, person.id)
    persons.update_person(session, dataclasses.replace(stored, notes="Ringer på torsdagar."))
    persons.update_person(
        session, dataclasses.replace(stored, notes="Ringer på fredagar.", last_name="Versionsson")
    )
    versions = history.record_history(session, RecordKind.PERSON, person.id)
    assert [(v.number, v.action, v.user_name) for v in versions] == [
        (1, "person.create", ADMIN),
        (2, "person.update", ADMIN),
        (3, "person.update", ADMIN),
    ]
    changes = compare(versions[1], versions[2], RecordKind.PERSON)
    assert [(c.key, c.before, c.after) for c in changes] == [
        ("last_name", "Versionsdotter", "Versionsson"),
        ("notes", "Ringer på torsdagar.", "Ringer på fredagar."),
    ]
    assert all(c.restorable and not c.hidden for c in changes)
    # Any two versions compare, not only neighbours.
    assert [c.key for c in compare(versions[0], versions[2], RecordKind.PERSON)] == [
        "last_name",
        "notes",
    ]


def test_a_record_from_before_history_gets_its_stored_state_first(session: Session) -> None:
    person = Factory(session).person("Gammal", "Postsson")
    assert person.id is not None
    # As if made before migration 007: no versions.
    session.conn.execute("DROP TRIGGER record_versions_no_delete")
    try:
        session.conn.execute(
            "DELETE FROM record_versions WHERE object_type = 'person' AND object_id = ?",
            (person.id,),
        )
    finally:
        session.conn.execute(
            "CREATE TRIGGER record_versions_no_delete BEFORE DELETE ON record_versions "
            "BEGIN SELECT RAISE(ABORT, 'record history is append-only'); END"
        )
    stored = persons.get_person(session, person.id)
    persons.update_person(session, dataclasses.replace(stored, notes="Första ändringen."))
    versions = history.record_history(session, RecordKind.PERSON, person.id)
    assert [v.action for v in versions] == [FIRST_ACTION, "person.update"]
    assert [c.key for c in compare(versions[0], versions[1], RecordKind.PERSON)] == ["notes"]


def test_history_is_append_only(session: Session) -> None:
    Factory(session).person()
    with pytest.raises(Exception, match="append-only"):
        session.conn.execute("UPDATE record_versions SET fields = '{}'")
    with pytest.raises(Exception, match="append-only"):
        session.conn.execute("DELETE FROM record_versions")


def test_protected_values_show_only_after_a_logged_reveal(session: Session) -> None:
    make = Factory(session)
    person = make.person(
        "Skydda", "Historiksson", protection=ProtectionLevel.PROTECTED_REGISTRATION
    )
    assert person.id is not None
    stored = persons_repository.get(session.conn, person.id)
    assert stored is not None
    persons.update_person(session, dataclasses.replace(stored, phone="070-111 22 33"))
    persons.update_person(session, dataclasses.replace(stored, phone="070-444 55 66"))
    before = snapshot(session.conn)
    versions = history.record_history(session, RecordKind.PERSON, person.id)
    assert snapshot(session.conn) == before  # reading masked history writes nothing
    text = repr([v.values for v in versions])
    assert "070-111" not in text
    assert "070-444" not in text
    assert stored.personal_number is not None
    assert stored.personal_number.digits not in text
    assert "Provgatan" not in text
    assert versions[2].hidden >= {"phone", "personal_number", "real_address"}
    [phone] = compare(versions[1], versions[2], RecordKind.PERSON)
    assert (phone.key, phone.hidden, phone.before, phone.after) == ("phone", True, None, None)
    with pytest.raises(ValidationError, match="Ange varför"):
        history.reveal_history(session, RecordKind.PERSON, person.id, " ")
    assert snapshot(session.conn) == before
    shown = history.reveal_history(session, RecordKind.PERSON, person.id, "Kontroll av ändring.")
    entry = last_audit(session.conn)
    assert (entry.action, entry.object_id, entry.reason) == (
        "person.history_reveal",
        str(person.id),
        "Kontroll av ändring.",
    )
    assert snapshot(session.conn)["audit_log"] == before["audit_log"] + 1
    [phone] = compare(shown[1], shown[2], RecordKind.PERSON)
    assert (phone.before, phone.after, phone.hidden) == ("070-111 22 33", "070-444 55 66", False)


def test_an_unprotected_record_needs_no_reveal_and_logs_none(session: Session) -> None:
    person = Factory(session).person("Öppen", "Historiksson")
    assert person.id is not None
    before = snapshot(session.conn)
    shown = history.reveal_history(session, RecordKind.PERSON, person.id, "Ingen anledning.")
    assert shown[0].values["first_name"] == "Öppen"
    assert snapshot(session.conn) == before


def test_restoring_a_value_is_a_logged_change_and_round_trips(session: Session) -> None:
    person = Factory(session).person("Återa", "Ställsson")
    assert person.id is not None
    stored = persons.get_person(session, person.id)
    for note in ("Ett.", "Två.", "Tre."):
        stored = persons.update_person(session, dataclasses.replace(stored, notes=note))
    count = snapshot(session.conn)["audit_log"]
    persons_after = history_restore.restore(session, RecordKind.PERSON, person.id, 2, "notes")
    assert persons.get_person(session, person.id).notes == "Ett."
    assert persons_after.notes == "Ett."  # type: ignore[union-attr]
    entry = last_audit(session.conn)
    assert (entry.action, entry.details) == ("person.restore", "notes från version 2")
    assert snapshot(session.conn)["audit_log"] == count + 1
    versions = history.record_history(session, RecordKind.PERSON, person.id)
    assert (versions[-1].action, versions[-1].values["notes"]) == ("person.restore", "Ett.")
    # Restoring the value it already has changes nothing.
    before = snapshot(session.conn)
    with pytest.raises(ValidationError, match="har redan värdet från version 2"):
        history_restore.restore(session, RecordKind.PERSON, person.id, 2, "notes")
    with pytest.raises(NotFound):
        history_restore.restore(session, RecordKind.PERSON, person.id, 99, "notes")
    with pytest.raises(ValidationError, match="har ingen historik"):
        history_restore.restore(session, RecordKind.PERSON, person.id, 1, "masked")
    assert snapshot(session.conn) == before


def test_a_restore_is_validated_like_an_edit(session: Session) -> None:
    """A restored value meets today's rules: a contract number taken since is refused."""
    make = Factory(session)
    client = make.person()
    lease = make.lease((client.id,))  # type: ignore[arg-type]
    assert lease.id is not None
    old_number = lease.contract_number
    housing.update_lease(session, dataclasses.replace(lease, contract_number="K-ÅTER-1"))
    other = make.lease((client.id,))  # type: ignore[arg-type]
    housing.update_lease(session, dataclasses.replace(other, contract_number=old_number))
    before = snapshot(session.conn)
    with pytest.raises(ValidationError, match="finns redan"):
        history_restore.restore(session, RecordKind.LEASE, lease.id, 1, "contract_number")
    assert snapshot(session.conn) == before


def test_case_flat_and_lease_keep_history_too(session: Session, login: Login) -> None:
    make = Factory(session)
    client = make.person()
    lease = make.lease((client.id,))  # type: ignore[arg-type]
    case = make.case(client=client, leases=[lease])
    assert case.id is not None
    assert lease.id is not None
    login(session.vault, "hanna", Role.HANDLER)
    access.assign_handler(session, case.id, "hanna")
    stored = cases.get_case(session, case.id)
    cases.update_case(session, dataclasses.replace(stored, notes="Ny notering.", children_count=2))
    housing.register_notice(session, lease.id, dt.date(2026, 4, 1))
    flat = housing.get_apartment(session, lease.apartment_id)
    housing.update_apartment(session, dataclasses.replace(flat, monthly_rent_sek=9100))
    case_versions = history.record_history(session, RecordKind.CASE, case.id)
    assert [v.action for v in case_versions] == ["case.create", "case.assign", "case.update"]
    assert case_versions[1].values["handlers"] == [ADMIN, "hanna"]
    lease_versions = history.record_history(session, RecordKind.LEASE, lease.id)
    assert [v.action for v in lease_versions] == ["lease.create", "lease.notice"]
    assert lease_versions[1].values["notice_date"] == "2026-04-01"
    flat_versions = history.record_history(session, RecordKind.APARTMENT, lease.apartment_id)
    # The notice on the client's old lease set the flat's showing embargo (issue 10) first.
    assert [(v.action, v.values["monthly_rent_sek"]) for v in flat_versions] == [
        ("apartment.create", 7200),
        ("apartment.embargo", 7200),
        ("apartment.update", 9100),
    ]
    history_restore.restore(session, RecordKind.CASE, case.id, 1, "children_count")
    assert cases.get_case(session, case.id).children_count == 0
    with pytest.raises(ValidationError, match="återställs inte från historiken"):
        history_restore.restore(session, RecordKind.CASE, case.id, 1, "handlers")
    history_restore.restore(
        session, RecordKind.APARTMENT, lease.apartment_id, 1, "monthly_rent_sek"
    )
    assert housing.get_apartment(session, lease.apartment_id).monthly_rent_sek == 7200


def test_history_is_seen_as_its_record_is(session: Session, login: Login) -> None:
    make = Factory(session)
    person = make.person()
    case = make.case(client=person)
    assert case.id is not None
    assert person.id is not None
    vault = session.vault
    from skyddsapp.domain.access import Organisation
    from skyddsapp.services import accounts

    if "Söder" not in {t.name for t in accounts.teams(vault)}:
        accounts.add_team(vault, "Söder", Organisation.UPPSALAHEM)
    if "sven" not in {u.name for u in vault.users()}:
        accounts.add_user(
            vault, "sven", "Sven", Role.HANDLER, "svens-långa-lösenfras", team="Söder"
        )
    sven = Session(Vault.unlock(vault.folder, "sven", "svens-långa-lösenfras"))
    auditor = login(vault, "gun", Role.AUDITOR)
    try:
        before = snapshot(session.conn)
        for kind, object_id in ((RecordKind.CASE, case.id), (RecordKind.PERSON, person.id)):
            with pytest.raises(NoAccess):
                history.record_history(sven, kind, object_id)
            with pytest.raises(NoAccess):
                history_restore.restore(sven, kind, object_id, 1, "notes")
            with pytest.raises(NotAllowed):
                history.record_history(auditor, kind, object_id)
        assert snapshot(session.conn) == before
    finally:
        sven.vault.lock()


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    notes=st.lists(
        st.text(alphabet="abcåäö ÅÄÖ.,0123456789", min_size=1, max_size=30)
        .map(str.strip)
        .filter(bool),
        min_size=2,
        max_size=6,
        unique=True,
    ),
    data=st.data(),
)
def test_restore_round_trips_over_any_edits(
    session: Session, notes: list[str], data: st.DataObject
) -> None:
    case = Factory(session).case()
    assert case.id is not None
    for note in notes:
        stored = cases.get_case(session, case.id)
        cases.update_case(session, dataclasses.replace(stored, notes=note))
    versions = history.record_history(session, RecordKind.CASE, case.id)
    chosen = data.draw(st.sampled_from(versions[:-1]))
    current = cases.get_case(session, case.id).notes
    if chosen.values["notes"] == current:
        return
    history_restore.restore(session, RecordKind.CASE, case.id, chosen.number, "notes")
    assert cases.get_case(session, case.id).notes == chosen.values["notes"]
    latest = history.record_history(session, RecordKind.CASE, case.id)[-1]
    assert latest.values == {**versions[-1].values, "notes": chosen.values["notes"]}
