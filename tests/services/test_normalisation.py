"""One normalisation at the service boundary: what the vault stores is what the domain validated.

For every use case that stores typed text, random text full of look-alike spaces, line breaks,
combining characters and control characters either is refused with a ValidationError that
leaves the vault (row counts, the audit log, the object itself) unchanged, or is stored exactly
as `skyddsapp.domain.fields` normalises it — and validating what is read back changes nothing.
"""

from __future__ import annotations

import datetime as dt
import itertools
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from typing import TypeVar

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from service_support import TODAY, Factory, audit_entries, last_audit, pnr, snapshot

from skyddsapp.domain.address import Address
from skyddsapp.domain.apartment import Apartment
from skyddsapp.domain.case import CaseParty, Decision, DecisionKind, EventKind
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.errors import RuleViolation, TransitionError, ValidationError
from skyddsapp.domain.fields import normalise_line, normalise_text
from skyddsapp.domain.lease import Lease, LeaseKind
from skyddsapp.domain.paperwork.keys import KeyKind, KeyRow
from skyddsapp.domain.person import CaseRole, Child, Person
from skyddsapp.domain.risk import RiskAssessment, RiskLevel
from skyddsapp.domain.workflows import CANCEL_ACTION
from skyddsapp.services import cases, documents, housing, keys, persons
from skyddsapp.services.context import Session
from skyddsapp.services.persons import ProtectedField

T = TypeVar("T")

# Look-alike spaces, line breaks of every kind, "Å" composed and decomposed, and control and
# format characters that must never reach the vault.
TRICKY = (
    "\u3000",
    "\u00a0",
    "\u2007",
    "\r\n",
    "\r",
    "\n",
    "\t",
    " ",
    "  ",
    "A\u030a",
    "Å",
    "e\u0301",
    "\u0301",
    "\u200b",
    "\u00ad",
    "\ufeff",
    "\x00",
    "\x07",
    "\x0b",
    "\x1c",
    "\x7f",
    "\x85",
    "\u2028",
    "\u2029",
    "\U000f0000",
)
WORDS = ("Anna", "Lind", "Åsa", "Öberg", "-", "'", ".", "Ringde", "klienten", "7", "AB", "12")
PHONE_PARTS = ("070", "-", "123", "45", "67", "+46", "018", " ")
NUMBER_PARTS = ("12", "-", "/", ".", "A", "1001")

SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
_serials = itertools.count(1)


def texts(words: tuple[str, ...] = WORDS) -> st.SearchStrategy[str]:
    piece = st.one_of(st.sampled_from(TRICKY), st.sampled_from(words), st.text(max_size=2))
    return st.lists(piece, max_size=8).map("".join)


# --- what a stored text must look like ------------------------------------------------------------


def _has_control(text: str, allowed: str = "") -> bool:
    return any(unicodedata.category(c).startswith("C") and c not in allowed for c in text)


def assert_one_line(text: str) -> None:
    assert unicodedata.is_normalized("NFC", text)
    assert text == text.strip()
    assert "  " not in text
    assert all(c == " " or not c.isspace() for c in text)
    assert not _has_control(text)


def assert_multi_line(text: str) -> None:
    assert unicodedata.is_normalized("NFC", text)
    assert text == text.strip()
    assert all(line == line.rstrip() for line in text.split("\n"))
    assert all(c in " \n" or not c.isspace() for c in text)
    assert not _has_control(text, "\n")


def refused_or_done(
    session: Session,
    write: Callable[[], T],
    state: Callable[[], object] = lambda: None,
    refusals: tuple[type[Exception], ...] = (ValidationError,),
) -> T | None:
    """``write()``, or None when it is refused — and then nothing in the vault has changed."""
    before = (snapshot(session.conn), len(audit_entries(session.conn)), state())
    try:
        done = write()
    except refusals:
        event("refused")
        after = (snapshot(session.conn), len(audit_entries(session.conn)), state())
        assert after == before
        return None
    event("stored")
    return done


# --- persons --------------------------------------------------------------------------------------

PERSON_FIELDS = ("first_name", "last_name", "phone", "notes", "child", "street", "care_of")


def _person_with(field: str, raw: str) -> Person:
    """A valid person but for ``raw`` in ``field`` (an address is checked as it is built)."""
    address = Address("Provgatan 1", "75320", "Uppsala")
    if field == "street":
        address = Address(raw, "75320", "Uppsala")
    elif field == "care_of":
        address = Address("Provgatan 1", "75320", "Uppsala", raw)
    person = Person(None, "Anna", "Lind", real_address=address)
    if field == "child":
        return replace(person, children=[Child(raw, 2015)])
    if field in ("first_name", "last_name", "phone", "notes"):
        return replace(person, **{field: raw})
    return person


def _check_person(stored: Person, field: str, raw: str, given_person: Person) -> None:
    assert stored.validated(TODAY) == stored
    if field == "notes":
        assert stored.notes == normalise_text(raw)
        assert_multi_line(stored.notes)
    elif field == "phone":
        assert stored.phone == (normalise_line(raw) or None)
        assert_one_line(stored.phone or "")
    elif field in ("street", "care_of"):
        # Address normalises itself as it is built: what was validated is what is stored.
        assert stored.real_address == given_person.real_address
        assert stored.real_address is not None
        assert_one_line(stored.real_address.street)
        assert_one_line(stored.real_address.care_of or "")
    else:
        value = stored.children[0].first_name if field == "child" else getattr(stored, field)
        assert value == normalise_line(raw)
        assert_one_line(value)


def _raw_for(field: str) -> st.SearchStrategy[str]:
    return texts(PHONE_PARTS) if field == "phone" else texts()


@pytest.mark.parametrize("field", PERSON_FIELDS)
def test_a_new_person_is_stored_normalised_or_refused(session: Session, field: str) -> None:
    @SETTINGS
    @given(raw=_raw_for(field))
    def check(raw: str) -> None:
        try:
            person = _person_with(field, raw)
        except ValidationError:
            return  # an Address refuses bad text as it is built, before any service runs
        created = refused_or_done(session, lambda: persons.create_person(session, person))
        if created is not None:
            assert created.id is not None
            stored = persons.get_person(session, created.id)
            assert stored == created
            _check_person(stored, field, raw, person)

    check()


@pytest.mark.parametrize("field", PERSON_FIELDS)
def test_an_edited_person_is_stored_normalised_or_refused(
    session: Session, make: Factory, field: str
) -> None:
    original = make.person("Erik", "Redigerad")
    assert original.id is not None
    person_id = original.id

    @SETTINGS
    @given(raw=_raw_for(field))
    def check(raw: str) -> None:
        try:
            edited = replace(_person_with(field, raw), id=person_id)
        except ValidationError:
            return
        updated = refused_or_done(
            session,
            lambda: persons.update_person(session, edited),
            lambda: persons.get_person(session, person_id),
        )
        if updated is not None:
            stored = persons.get_person(session, person_id)
            assert stored == updated
            _check_person(stored, field, raw, edited)

    check()


def test_a_reason_to_reveal_is_logged_normalised_or_refused(
    session: Session, make: Factory
) -> None:
    person = make.person("Vera", "Visad")
    flat = make.apartment()
    assert person.id is not None
    assert flat.id is not None
    person_id, flat_id = person.id, flat.id

    @SETTINGS
    @given(raw=texts(), of_flat=st.booleans())
    def check(raw: str, of_flat: bool) -> None:
        def reveal() -> str:
            if of_flat:
                return housing.reveal_apartment_address(session, flat_id, raw)
            return persons.reveal(session, person_id, ProtectedField.PHONE, raw)

        if refused_or_done(session, reveal) is not None:
            reason = last_audit(session.conn).reason
            assert reason == normalise_line(raw)
            assert reason
            assert_one_line(reason)

    check()


# --- flats and leases -----------------------------------------------------------------------------

APARTMENT_FIELDS = ("object_number", "landlord", "key_system", "key_series")


def _apartment_with(field: str, raw: str) -> Apartment:
    serial = next(_serials)
    apartment = Apartment(
        None, f"{serial}-77", Address("Normgatan 3", "75428", "Uppsala"), 2, Decimal(51), 7100
    )
    if field == "object_number":
        # A serial first, so that most numbers are new to the vault.
        return replace(apartment, object_number=f"9{serial}{raw}")
    return replace(apartment, **{field: raw})


@pytest.mark.parametrize("field", APARTMENT_FIELDS)
@pytest.mark.parametrize("editing", [False, True])
def test_a_flat_is_stored_normalised_or_refused(
    session: Session, make: Factory, field: str, editing: bool
) -> None:
    existing = make.apartment()
    assert existing.id is not None
    existing_id = existing.id

    @SETTINGS
    @given(raw=texts(NUMBER_PARTS if field == "object_number" else WORDS))
    def check(raw: str) -> None:
        apartment = _apartment_with(field, raw)
        if editing:
            apartment = replace(apartment, id=existing_id)
            saved = refused_or_done(
                session,
                lambda: housing.update_apartment(session, apartment),
                lambda: housing.get_apartment(session, existing_id),
            )
        else:
            saved = refused_or_done(session, lambda: housing.create_apartment(session, apartment))
        if saved is None:
            return
        assert saved.id is not None
        stored = housing.get_apartment(session, saved.id)
        assert stored == saved
        assert stored.validated() == stored
        expected = normalise_line(apartment.object_number if field == "object_number" else raw)
        assert getattr(stored, field) == expected
        assert_one_line(getattr(stored, field))

    check()


@pytest.mark.parametrize("editing", [False, True])
def test_a_contract_number_is_stored_normalised_or_refused(
    session: Session, make: Factory, editing: bool
) -> None:
    tenant = make.person("Hyra", "Gästsson")
    assert tenant.id is not None
    tenant_id = tenant.id
    existing = make.lease((tenant_id,))
    assert existing.id is not None
    existing_id = existing.id

    @SETTINGS
    @given(raw=texts(NUMBER_PARTS))
    def check(raw: str) -> None:
        flat = make.apartment()
        assert flat.id is not None
        number = f"N{next(_serials)}{raw}"
        lease = Lease(None, number, flat.id, (tenant_id,), LeaseKind.FIRST_HAND, TODAY)
        if editing:
            lease = replace(lease, id=existing_id)
            saved = refused_or_done(
                session,
                lambda: housing.update_lease(session, lease),
                lambda: housing.get_lease(session, existing_id),
            )
        else:
            saved = refused_or_done(session, lambda: housing.create_lease(session, lease))
        if saved is None:
            return
        assert saved.id is not None
        stored = housing.get_lease(session, saved.id)
        assert stored == saved
        assert stored.validated() == stored
        assert stored.contract_number == normalise_line(number)
        assert_one_line(stored.contract_number)

    check()


def test_a_quota_override_reason_is_logged_normalised_or_refused(fresh_session: Session) -> None:
    session = fresh_session
    make = Factory(session)
    tenant = make.person("Kvot", "Jourdotter")
    assert tenant.id is not None
    tenant_id = tenant.id
    for day in (1, 2):  # the year's quota of Kvinnojour flats, used up
        make.lease(
            (tenant_id,), kind=LeaseKind.SECOND_HAND_KVINNOJOUR, start=dt.date(TODAY.year, 1, day)
        )

    @SETTINGS
    @given(raw=texts())
    def check(raw: str) -> None:
        flat = make.apartment()
        assert flat.id is not None
        lease = Lease(
            None,
            f"KJ-{next(_serials)}",
            flat.id,
            (tenant_id,),
            LeaseKind.SECOND_HAND_KVINNOJOUR,
            TODAY,
        )
        created = refused_or_done(
            session,
            lambda: housing.create_lease(session, lease, override_reason=raw),
            refusals=(ValidationError, RuleViolation),
        )
        if created is not None:
            entry = last_audit(session.conn)
            assert entry.action == "lease.create"
            assert entry.reason == normalise_line(raw)
            assert entry.reason
            assert_one_line(entry.reason)

    check()


# --- cases ----------------------------------------------------------------------------------------


def test_case_notes_are_stored_normalised_or_refused(session: Session, make: Factory) -> None:
    existing = make.case()
    assert existing.id is not None
    case_id = existing.id

    @SETTINGS
    @given(raw=texts(), new=st.booleans())
    def check(raw: str, new: bool) -> None:
        if new:
            saved = refused_or_done(
                session, lambda: cases.create_case(session, CaseKind.CUSTOMER_CARE, notes=raw)
            )
        else:
            edited = replace(cases.get_case(session, case_id), notes=raw)
            saved = refused_or_done(
                session,
                lambda: cases.update_case(session, edited),
                lambda: cases.get_case(session, case_id),
            )
        if saved is None:
            return
        assert saved.id is not None
        stored = cases.get_case(session, saved.id)
        assert stored.notes == saved.notes == normalise_text(raw)
        assert stored.validated(TODAY) == stored
        assert_multi_line(stored.notes)

    check()


def test_a_note_is_stored_normalised_or_refused(session: Session, make: Factory) -> None:
    case = make.case()
    assert case.id is not None
    case_id = case.id

    @SETTINGS
    @given(raw=texts())
    def check(raw: str) -> None:
        saved = refused_or_done(session, lambda: cases.add_note(session, case_id, raw))
        if saved is not None:
            note = cases.get_case(session, case_id).events[-1]
            assert note.kind is EventKind.NOTE
            assert note.text == normalise_text(raw)
            assert_multi_line(note.text)

    check()


def test_a_decision_is_stored_normalised_or_refused(session: Session, make: Factory) -> None:
    case = make.case()
    assert case.id is not None
    case_id = case.id

    @SETTINGS
    @given(text=texts(), by=texts())
    def check(text: str, by: str) -> None:
        try:
            decision = Decision(TODAY, DecisionKind.OTHER, text, by, None)
        except ValidationError:
            return  # blank: refused as it is built
        saved = refused_or_done(session, lambda: cases.add_decision(session, case_id, decision))
        if saved is not None:
            stored = cases.get_case(session, case_id).decisions[-1]
            assert stored.text == normalise_text(text)
            assert stored.decided_by == normalise_line(by)
            assert stored.validated() == stored
            assert_multi_line(stored.text)
            assert_one_line(stored.decided_by)

    check()


def test_a_risk_assessor_is_stored_normalised_or_refused(session: Session, make: Factory) -> None:
    case = make.case()
    assert case.id is not None
    case_id = case.id

    @SETTINGS
    @given(raw=texts())
    def check(raw: str) -> None:
        try:
            assessment = RiskAssessment(TODAY, raw, RiskLevel.LOW, False, TODAY)
        except ValidationError:
            return
        saved = refused_or_done(
            session, lambda: cases.add_risk_assessment(session, case_id, assessment)
        )
        if saved is not None:
            stored = cases.get_case(session, case_id).risk_assessments[-1]
            assert stored.assessor == normalise_line(raw)
            assert stored.validated() == stored
            assert_one_line(stored.assessor)

    check()


def test_a_step_reason_is_stored_normalised_or_refused(session: Session) -> None:
    @SETTINGS
    @given(raw=texts())
    def check(raw: str) -> None:
        case = cases.create_case(session, CaseKind.CUSTOMER_CARE)
        assert case.id is not None
        case_id = case.id
        moved = refused_or_done(
            session,
            lambda: cases.take_step(session, case_id, CANCEL_ACTION, reason=raw),
            lambda: cases.get_case(session, case_id),
            refusals=(ValidationError, TransitionError),
        )
        if moved is not None:
            reason = normalise_line(raw)
            assert reason
            assert cases.get_case(session, case_id).events[-1].text == f"Avbryt ärendet: {reason}"
            assert last_audit(session.conn).reason == reason
            assert_one_line(reason)

    check()


# --- paperwork ------------------------------------------------------------------------------------


def _key_case(make: Factory, key_series: str) -> tuple[int, int, int]:
    """A case with a client and a flat whose key series is ``key_series``, as typed."""
    client = make.person(
        "Nyckel", "Mottagarsson", number=pnr("19800101", f"{next(_serials) % 900 + 100}")
    )
    flat = housing.create_apartment(
        make.session,
        Apartment(
            None,
            f"{next(_serials)}-55",
            Address("Nyckelgatan 5", "75428", "Uppsala"),
            2,
            Decimal(48),
            6900,
            key_system="ASSA\u3000d12",
            key_series=key_series,
        ),
    )
    assert client.id is not None
    assert flat.id is not None
    case = make.case(client=client, apartments=[flat])
    assert case.id is not None
    return case.id, client.id, flat.id


def _receipt(session: Session, case_id: int, client_id: int, flat_id: int) -> int:
    flat = housing.get_apartment(session, flat_id)
    rows = (KeyRow(KeyKind.NYCKEL, "Ytterdörr", flat.key_system, flat.key_series, 3),)
    keys.register_key_set(session, case_id, flat_id, rows)
    values = {
        "flat": str(flat_id),
        "person": str(client_id),
        "date": TODAY,
        "keys": rows,
        "id_kind": "passport",
    }
    made = documents.generate(session, case_id, "nyckelkvittens_utlamning", values)
    return made.record.id


def test_who_signed_is_stored_normalised_or_refused(session: Session, make: Factory) -> None:
    document_id = _receipt(session, *_key_case(make, "K-100"))

    @SETTINGS
    @given(raw=texts())
    def check(raw: str) -> None:
        record = refused_or_done(
            session,
            lambda: documents.mark_signed(session, document_id, TODAY, raw),
            lambda: documents.get(session, document_id),
        )
        if record is not None:
            assert record.signed_by == normalise_line(raw)
            assert documents.get(session, document_id).signed_by == record.signed_by
            assert_one_line(record.signed_by or "")

    check()


def test_a_scan_keeps_a_clean_file_name(session: Session, make: Factory) -> None:
    document_id = _receipt(session, *_key_case(make, "K-101"))

    @SETTINGS
    @given(raw=texts())
    def check(raw: str) -> None:
        record = documents.attach_scan(session, document_id, b"%PDF-1.4\n%\n", raw)
        name = record.scan_filename or ""
        assert name
        assert_one_line(name)

    check()


# --- examples -------------------------------------------------------------------------------------


def test_a_first_name_with_an_ideographic_space_and_a_line_break_is_stored_collapsed(
    session: Session,
) -> None:
    person = Person(None, "Anna\u3000\nKarin", " Lind\u00a0", phone="070\u3000123 45 67")

    created = persons.create_person(session, person)

    assert created.id is not None
    stored = persons.get_person(session, created.id)
    assert (stored.first_name, stored.last_name) == ("Anna Karin", "Lind")
    assert stored.phone == "070 123 45 67"
    assert person.first_name == "Anna\u3000\nKarin"  # the caller's object is left as it was


def test_a_decomposed_name_is_stored_composed(session: Session) -> None:
    created = persons.create_person(session, Person(None, "A\u030asa", "O\u0308berg"))
    assert created.id is not None
    stored = persons.get_person(session, created.id)
    assert (stored.first_name, stored.last_name) == ("Åsa", "Öberg")


def test_a_key_series_with_an_ideographic_space_still_gives_a_key_receipt(
    session: Session, make: Factory
) -> None:
    case_id, client_id, flat_id = _key_case(make, "AB\u3000 12")

    assert housing.get_apartment(session, flat_id).key_series == "AB 12"
    assert housing.get_apartment(session, flat_id).key_system == "ASSA d12"
    document_id = _receipt(session, case_id, client_id, flat_id)
    assert documents.get(session, document_id).form_id == "nyckelkvittens_utlamning"


def test_a_note_keeps_its_lines_with_plain_newlines(session: Session, make: Factory) -> None:
    case = make.case()
    assert case.id is not None

    cases.add_note(session, case.id, "  Ringde klienten.  \r\nHon\u3000återkommer.\r\n\r\n")

    assert cases.get_case(session, case.id).events[-1].text == "Ringde klienten.\nHon återkommer."


def test_a_note_with_a_bell_character_is_refused_by_name(session: Session, make: Factory) -> None:
    case = make.case()
    assert case.id is not None
    before = snapshot(session.conn)

    with pytest.raises(ValidationError) as caught:
        cases.add_note(session, case.id, "Ringde\x07 klienten.")

    assert caught.value.messages_for("text") == ["Anteckningen innehåller otillåtna tecken."]
    assert snapshot(session.conn) == before


def test_person_notes_with_a_zero_width_space_are_refused_by_name(session: Session) -> None:
    before = snapshot(session.conn)
    with pytest.raises(ValidationError) as caught:
        persons.create_person(session, Person(None, "Anna", "Lind", notes="Ring\u200b inte"))
    assert caught.value.messages_for("notes") == ["Anteckningar innehåller otillåtna tecken."]
    assert snapshot(session.conn) == before


def test_a_control_character_folded_by_split_is_still_refused(session: Session) -> None:
    # str.split() treats \x1c as whitespace; the raw text is what is checked.
    with pytest.raises(ValidationError) as caught:
        persons.create_person(session, Person(None, "Anna\x1cKarin", "Lind"))
    assert caught.value.messages_for("first_name") == ["Förnamn innehåller otillåtna tecken."]


def test_a_step_reason_is_logged_as_one_line(session: Session) -> None:
    case = cases.create_case(session, CaseKind.CUSTOMER_CARE)
    assert case.id is not None

    cases.take_step(session, case.id, CANCEL_ACTION, reason=" Klienten\r\nflyttade\u3000själv ")

    assert last_audit(session.conn).reason == "Klienten flyttade själv"
    assert cases.get_case(session, case.id).events[-1].text.endswith(": Klienten flyttade själv")


def test_an_agent_added_to_a_case_keeps_the_case_notes_normalised(
    session: Session, make: Factory
) -> None:
    agent = make.person("Ombud", "Ombudsson")
    case = make.case(notes="Första\u3000raden\r\nAndra")
    assert case.id is not None
    assert agent.id is not None

    changed = cases.add_party(session, case.id, CaseParty(agent.id, CaseRole.AGENT))

    assert changed.notes == cases.get_case(session, case.id).notes == "Första raden\nAndra"
