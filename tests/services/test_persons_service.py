"""Use cases for persons: register, edit, look up, reveal protected fields."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st
from service_support import TODAY, Factory, audit_entries, last_audit, pnr, snapshot

from skyddsapp.domain.address import Address, AddressInput
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.person import Child, Person, ProtectionLevel, new_person
from skyddsapp.domain.personal_number import PersonalNumber
from skyddsapp.domain.users import Role
from skyddsapp.services import persons
from skyddsapp.services.context import Session
from skyddsapp.services.errors import NotAllowed, NotFound
from skyddsapp.services.persons import ProtectedField
from skyddsapp.services.search import search_cases
from skyddsapp.vault.vault import Vault

LoginFn = Callable[[Vault, str, Role], Session]


def _dashed(number: str) -> str:
    return f"{number[:8]}-{number[8:]}"


def _form(**changes: object) -> dict[str, object]:
    form: dict[str, object] = {
        "first_name": "Maria",
        "last_name": "Formulärsson",
        "personal_number": _dashed(pnr("19850412", "982")),
        "real_address": AddressInput("Formgatan 4", "753 20", "Uppsala"),
        "phone": "070-123 45 67",
        "today": TODAY,
    }
    form.update(changes)
    return form


def test_a_valid_person_is_stored_as_given_and_logged(session: Session) -> None:
    number = pnr("19850412", "982")
    person = new_person(**_form())  # type: ignore[arg-type]
    before = snapshot(session.conn)

    created = persons.create_person(session, person)

    assert created.id is not None
    stored = persons.get_person(session, created.id)
    assert stored.full_name == "Maria Formulärsson"
    assert stored.personal_number == PersonalNumber(number)
    assert stored.real_address == Address("Formgatan 4", "75320", "Uppsala")
    assert stored.phone == "070-123 45 67"
    after = snapshot(session.conn)
    assert after["persons"] == before["persons"] + 1
    entry = last_audit(session.conn)
    assert (entry.action, entry.object_type, entry.object_id) == (
        "person.create",
        "person",
        str(created.id),
    )
    assert entry.user_name == session.user_name


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        (
            {"personal_number": "19850412-9827"},
            {
                (
                    "personal_number",
                    "Kontrollsiffran i personnumret stämmer inte – kontrollera att alla "
                    "siffror är rätt.",
                )
            },
        ),
        (
            {"real_address": AddressInput("Formgatan 4", "7532", "Uppsala")},
            {
                (
                    "real_address.postal_code",
                    "Bostadsadress: Postnumret ska ha fem siffror, t.ex. 753 20.",
                )
            },
        ),
        (
            {
                "first_name": "  ",
                "personal_number": "851332-9826",
                "real_address": AddressInput("Formgatan 4", "05320", "Upp5ala"),
                "phone": "12345",
            },
            {
                ("first_name", "Förnamn saknas."),
                (
                    "personal_number",
                    "Datumet i personnumret finns inte: månaden ska vara 01–12.",
                ),
                ("real_address.postal_code", "Bostadsadress: Postnumret kan inte börja med 0."),
                ("real_address.city", "Bostadsadress: Postort får inte innehålla siffror."),
                ("phone", "Telefonnumret ska börja med 0 eller +46."),
            },
        ),
    ],
    ids=["bad-personal-number", "bad-postal-code", "several-errors"],
)
def test_invalid_form_input_is_refused_with_every_swedish_message_and_nothing_is_stored(
    session: Session, changes: dict[str, object], expected: set[tuple[str, str]]
) -> None:
    before = snapshot(session.conn)
    with pytest.raises(ValidationError) as caught:
        persons.create_person(session, new_person(**_form(**changes)))  # type: ignore[arg-type]
    assert {(e.field, e.message) for e in caught.value.errors} == expected
    assert snapshot(session.conn) == before


def test_the_service_validates_a_person_it_is_given_and_stores_nothing_when_invalid(
    session: Session,
) -> None:
    # Built directly, past the form: the use case itself must still refuse it.
    person = Person(
        id=None,
        first_name="Anna1",
        last_name="",
        personal_number=PersonalNumber(pnr("20300101")),
        phone="070-abc",
        children=[Child("Leo", TODAY.year + 1)],
        uses_skatteverket_forwarding=True,
    )
    before = snapshot(session.conn)
    with pytest.raises(ValidationError) as caught:
        persons.create_person(session, person)
    assert set(caught.value.fields) == {
        "first_name",
        "last_name",
        "personal_number",
        "phone",
        "children[0].birth_year",
        "uses_skatteverket_forwarding",
    }
    assert "Förnamn får inte innehålla siffror." in caught.value.messages_for("first_name")
    assert "Efternamn saknas." in caught.value.messages_for("last_name")
    assert "Födelsedatumet i personnumret ligger i framtiden." in caught.value.messages_for(
        "personal_number"
    )
    assert person.id is None
    assert snapshot(session.conn) == before


def test_an_invalid_update_changes_nothing(session: Session, make: Factory) -> None:
    person = make.person("Oskar", "Oförändrad")
    assert person.id is not None
    before = snapshot(session.conn)
    with pytest.raises(ValidationError):
        persons.update_person(session, replace(person, last_name="", phone="nej"))
    assert snapshot(session.conn) == before
    assert persons.get_person(session, person.id).last_name == "Oförändrad"


def test_updating_a_missing_person_is_not_found(session: Session) -> None:
    with pytest.raises(NotFound, match="Personen 987654 finns inte"):
        persons.update_person(session, Person(987654, "Ingen", "Alls"))


def test_an_update_reindexes_every_case_the_person_is_in(session: Session, make: Factory) -> None:
    person = make.person("Berit", "Gammalnamnsson")
    one = make.case(client=person)
    other_person = make.person("Doris", "Annansson")
    two = make.case(client=other_person, perpetrator=person)
    untouched = make.case(client=other_person, notes="Gammalnamnsson nämns i anteckningen.")

    def found(text: str) -> set[int]:
        return {row.id for row in search_cases(session, text).rows}

    assert found("Gammalnamnsson") == {one.id, two.id, untouched.id}
    persons.update_person(session, replace(person, last_name="Nyttnamnsdotter"))

    assert found("Nyttnamnsdotter") == {one.id, two.id}
    assert found("Gammalnamnsson") == {untouched.id}
    entry = last_audit(session.conn)
    assert (entry.action, entry.object_id) == ("person.update", str(person.id))


def test_protecting_a_person_removes_the_real_address_from_the_index(
    session: Session, make: Factory
) -> None:
    person = make.person("Greta", "Skyddasnu", street="Flyttbaravägen 8")
    case = make.case(client=person)
    assert [r.id for r in search_cases(session, "Flyttbaravägen").rows] == [case.id]

    assert person.personal_number is None
    protected = replace(
        person,
        protection=ProtectionLevel.PROTECTED_REGISTRATION,
        personal_number=PersonalNumber(pnr("19790303", "986")),
        uses_skatteverket_forwarding=True,
    )
    persons.update_person(session, protected)

    assert search_cases(session, "Flyttbaravägen").rows == []
    assert [r.id for r in search_cases(session, "Skyddasnu").rows] == [case.id]


def test_reveal_needs_a_reason_and_logs_nothing_without_one(
    session: Session, make: Factory
) -> None:
    person = make.person("Rut", "Skyddad", protection=ProtectionLevel.PROTECTED_REGISTRATION)
    assert person.id is not None
    before = snapshot(session.conn)
    for reason in ("", "   \n"):
        with pytest.raises(ValidationError) as caught:
            persons.reveal(session, person.id, ProtectedField.PERSONAL_NUMBER, reason)
        assert caught.value.fields == ("reason",)
        assert caught.value.errors[0].message == "Ange varför uppgiften behöver visas."
    assert snapshot(session.conn) == before


def test_reveal_returns_the_value_and_writes_reason_and_field_to_the_audit_log(
    session: Session, make: Factory
) -> None:
    number = pnr("19720229", "984")
    person = make.person(
        "Rut",
        "Avslöjad",
        number=number,
        protection=ProtectionLevel.ASSUMED_IDENTITY,
        street="Dolda gränd 3",
    )
    assert person.id is not None
    count = len(audit_entries(session.conn))

    value = persons.reveal(
        session, person.id, ProtectedField.PERSONAL_NUMBER, "  Fullmakt ska skrivas.  "
    )
    assert value == f"{number[:8]}-{number[8:]}"
    address = persons.reveal(session, person.id, ProtectedField.REAL_ADDRESS, "Nyckelkvittens")
    assert address == "Dolda gränd 3\n753 20 Uppsala"

    new = audit_entries(session.conn)[count:]
    assert [(e.action, e.object_type, e.object_id, e.reason, e.details) for e in new] == [
        (
            "person.reveal",
            "person",
            str(person.id),
            "Fullmakt ska skrivas.",
            "personal_number",
        ),
        ("person.reveal", "person", str(person.id), "Nyckelkvittens", "real_address"),
    ]
    assert all(e.user_name == session.user_name for e in new)
    # The value itself never lands in the log.
    assert all(number not in e.details + e.reason for e in new)


def test_reveal_of_a_missing_person_is_not_found_and_logs_nothing(session: Session) -> None:
    before = snapshot(session.conn)
    with pytest.raises(NotFound):
        persons.reveal(session, 424242, ProtectedField.PHONE, "Behöver ringa.")
    assert snapshot(session.conn) == before


def test_an_auditor_may_neither_read_nor_reveal_nor_register(
    session: Session, make: Factory, shared_vault: Vault, login: LoginFn
) -> None:
    person = make.person("Lisa", "Granskad")
    assert person.id is not None
    auditor = login(shared_vault, "granskare", Role.AUDITOR)
    with pytest.raises(NotAllowed):
        persons.get_person(auditor, person.id)
    with pytest.raises(NotAllowed):
        persons.reveal(auditor, person.id, ProtectedField.PERSONAL_NUMBER, "Nyfiken")
    with pytest.raises(NotAllowed):
        persons.create_person(auditor, Person(None, "Ny", "Person"))
    with pytest.raises(NotAllowed):
        persons.find_by_name_prefix(auditor, "Gra")


@pytest.mark.parametrize(
    ("typed", "serial"),
    [("{short}", "981"), ("{short_plain}", "982"), ("{long}", "983"), ("{long_dash}", "984")],
)
def test_find_by_personal_number_accepts_every_written_form(
    session: Session, make: Factory, typed: str, serial: str
) -> None:
    number = pnr("19640917", serial)
    person = make.person("Ulla", "Nummersson", number=number)
    forms = {
        "short": f"{number[2:8]}-{number[8:]}",
        "short_plain": number[2:],
        "long": number,
        "long_dash": f"{number[:8]}-{number[8:]}",
    }
    parsed = PersonalNumber.parse(typed.format(**forms), today=TODAY)
    found = persons.find_by_personal_number(session, parsed)
    assert [p.id for p in found] == [person.id]
    assert found[0].personal_number is not None
    assert found[0].personal_number.digits == number


def test_a_ten_digit_number_with_dash_finds_the_case_through_search(
    session: Session, make: Factory
) -> None:
    number = pnr("19591130", "983")
    person = make.person("Vera", "Sökbar", number=number)
    case = make.case(client=person)
    page = search_cases(session, f"{number[2:8]}-{number[8:]}")
    assert [r.id for r in page.rows] == [case.id]


def test_a_coordination_number_is_found_too(session: Session, make: Factory) -> None:
    number = pnr("19900171", "987")  # born 11 January 1990: day + 60
    person = make.person("Sam", "Samordnad", number=number)
    parsed = PersonalNumber.parse(f"{number[2:8]}-{number[8:]}", today=TODAY)
    assert parsed.is_coordination
    assert [p.id for p in persons.find_by_personal_number(session, parsed)] == [person.id]


@pytest.mark.parametrize("prefix", ["öv", "ÖV", "Övnings", "övningsqvist", "  öv  "])
def test_name_prefix_search_ignores_case_including_swedish_letters(
    session: Session, make: Factory, prefix: str
) -> None:
    ove = make.person("Åsa", "Övningsqvist")
    found = persons.find_by_name_prefix(session, prefix)
    assert ove.id in [p.id for p in found]
    assert all(
        p.first_name.casefold().startswith(prefix.strip().casefold())
        or p.last_name.casefold().startswith(prefix.strip().casefold())
        for p in found
    )


def test_name_prefix_search_reads_first_names_and_keeps_a_ring_and_dots(
    session: Session, make: Factory
) -> None:
    asa = make.person("Åsa-Britt", "Äppelqvist")
    olsson = make.person("Olle", "Ovanligsson")
    assert asa.id in [p.id for p in persons.find_by_name_prefix(session, "åSA")]
    assert asa.id in [p.id for p in persons.find_by_name_prefix(session, "äPPEL")]
    # Å, Ä and Ö are letters of their own in Swedish: "ov" is not "öv", "a" is not "å".
    assert asa.id not in [p.id for p in persons.find_by_name_prefix(session, "asa")]
    assert olsson.id not in [p.id for p in persons.find_by_name_prefix(session, "öva")]


@pytest.mark.parametrize("prefix", ["%", "_", "' OR 1=1 --", "", "   "])
def test_name_prefix_search_treats_wildcards_and_sql_as_plain_text(
    session: Session, make: Factory, prefix: str
) -> None:
    make.person("Wilma", "Wildcardsson")
    assert persons.find_by_name_prefix(session, prefix) == []


def test_name_prefix_search_honours_the_limit(session: Session, make: Factory) -> None:
    for first in ("Lim", "Lima", "Limpa", "Limbo"):
        make.person(first, "Gränssson")
    assert len(persons.find_by_name_prefix(session, "Lim", limit=2)) == 2
    assert len(persons.find_by_name_prefix(session, "Lim", limit=50)) >= 4


def test_get_person_of_an_unknown_id_is_not_found(session: Session) -> None:
    with pytest.raises(NotFound):
        persons.get_person(session, 10**9)


def test_a_person_registered_today_may_not_be_born_tomorrow(session: Session) -> None:
    tomorrow = TODAY + dt.timedelta(days=1)
    number = PersonalNumber(pnr(tomorrow.strftime("%Y%m%d")))
    before = snapshot(session.conn)
    with pytest.raises(ValidationError):
        persons.create_person(session, Person(None, "Framtida", "Person", number))
    assert snapshot(session.conn) == before


@given(prefix=st.text(max_size=80))
def test_any_name_prefix_gives_a_list(shared_vault: Vault, prefix: str) -> None:
    session = Session(shared_vault, lambda: TODAY)
    found = persons.find_by_name_prefix(session, prefix, limit=5)
    assert isinstance(found, list)
    assert len(found) <= 5


# ----------------------------------------------------------------- masked until revealed


def _protected(make: Factory, last: str) -> Person:
    person = make.person(
        "Sara",
        last,
        protection=ProtectionLevel.PROTECTED_REGISTRATION,
        delivery=Address("Box 12", "75105", "Uppsala"),
    )
    assert person.id is not None
    persons.update_person(make.session, replace(person, phone="070-111 22 33"))
    return replace(person, phone="070-111 22 33")


def test_a_protected_person_leaves_the_service_masked_and_unlogged(
    session: Session, make: Factory
) -> None:
    person = _protected(make, "Maskerad")
    assert person.id is not None
    count = len(audit_entries(session.conn))
    every = set(ProtectedField)

    shown = persons.get_person(session, person.id)
    found = persons.find_by_name_prefix(session, "Maskerad")
    assert person.personal_number is not None
    by_number = persons.find_by_personal_number(session, person.personal_number)

    for copy in (shown, *found, *by_number):
        assert copy.id == person.id
        assert copy.masked == every
        assert (copy.personal_number, copy.real_address, copy.delivery_address, copy.phone) == (
            None,
            None,
            None,
            None,
        )
        assert copy.full_name == "Sara Maskerad"
        assert copy.protection is ProtectionLevel.PROTECTED_REGISTRATION
        assert all(copy.holds(field) for field in every)
    assert len(audit_entries(session.conn)) == count  # looking at the mask is not a reveal


def test_an_unprotected_person_is_not_masked_and_an_empty_field_is_not_masked(
    session: Session, make: Factory
) -> None:
    plain = make.person("Per", "Öppen", number=pnr("19700101", "981"))
    quiet = make.person("Siv", "Tomfält", protection=ProtectionLevel.CONFIDENTIALITY_MARKING)
    assert plain.id is not None
    assert quiet.id is not None
    assert persons.get_person(session, plain.id) == plain
    masked = persons.get_person(session, quiet.id)
    assert masked.masked == {ProtectedField.REAL_ADDRESS}  # no number, no phone: nothing to mask
    assert not masked.holds(ProtectedField.PHONE)
    assert not masked.holds(ProtectedField.PERSONAL_NUMBER)


def test_reveal_person_unmasks_only_what_was_asked_and_logs_each_field(
    session: Session, make: Factory
) -> None:
    person = _protected(make, "Visadsson")
    assert person.id is not None
    count = len(audit_entries(session.conn))
    wanted = [ProtectedField.PHONE, ProtectedField.REAL_ADDRESS]

    shown = persons.reveal_person(session, person.id, wanted, "Ändra personuppgifter")

    assert shown.phone == "070-111 22 33"
    assert shown.real_address == person.real_address
    assert shown.personal_number is None
    assert shown.masked == {ProtectedField.PERSONAL_NUMBER, ProtectedField.DELIVERY_ADDRESS}
    new = audit_entries(session.conn)[count:]
    assert [(e.action, e.object_id, e.reason, e.details) for e in new] == [
        ("person.reveal", str(person.id), "Ändra personuppgifter", "phone"),
        ("person.reveal", str(person.id), "Ändra personuppgifter", "real_address"),
    ]


def test_an_edit_of_a_masked_copy_keeps_the_stored_values(session: Session, make: Factory) -> None:
    from skyddsapp.vault import persons_repository

    person = _protected(make, "Behållsson")
    assert person.id is not None
    masked = persons.get_person(session, person.id)

    saved = persons.update_person(session, replace(masked, first_name="Sanna"))

    assert saved.masked == set(ProtectedField)  # what comes back is masked too
    assert saved.personal_number is None
    stored = persons_repository.get(session.conn, person.id)
    assert stored is not None
    assert stored.first_name == "Sanna"
    assert stored.personal_number == person.personal_number
    assert stored.real_address == person.real_address
    assert stored.delivery_address == Address("Box 12", "75105", "Uppsala")
    assert stored.phone == "070-111 22 33"
    assert stored.uses_skatteverket_forwarding  # still has its (masked) personal number
    # A field the edit unmasked and emptied is emptied.
    edited = replace(masked, phone=None, masked=masked.masked - {ProtectedField.PHONE})
    persons.update_person(session, edited)
    again = persons_repository.get(session.conn, person.id)
    assert again is not None
    assert again.phone is None
    assert again.personal_number == person.personal_number


def test_documents_still_print_the_real_values_of_a_masked_person(
    session: Session, make: Factory
) -> None:
    import io

    import pypdf

    from skyddsapp.domain.case import CaseParty
    from skyddsapp.domain.person import CaseRole
    from skyddsapp.services import cases, documents

    client = _protected(make, "Fullmaktsdotter")
    agent = make.person("Otto", "Ombud", number=pnr("19690707", "986"))
    assert client.id is not None
    assert agent.id is not None
    assert client.personal_number is not None
    case = make.case(client=client, handlers=(session.user_name,))
    assert case.id is not None
    cases.add_party(session, case.id, CaseParty(agent.id, CaseRole.AGENT))
    assert persons.get_person(session, client.id).personal_number is None
    values = {
        "agent": str(agent.id),
        "scopes": ("sign_lease",),
        "valid_from": TODAY,
        "valid_until": TODAY + dt.timedelta(days=30),
    }

    made = documents.generate(session, case.id, "fullmakt", values)

    text = "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(made.pdf)).pages)
    assert client.personal_number.formatted() in text
