"""Where someone in the case lives at a protected address, the provider of its placement and
the municipality of its Länskompotten referrals leave `services` masked: shown only by a
reveal with a reason that is logged, kept when a masked copy is saved, and never in Att göra,
the audit log or a printed form. The yearly count stays numbers only."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from collections import Counter
from dataclasses import replace

import pypdf
import pytest
from placement_support import counts, framework
from service_support import TODAY, Factory, audit_entries, last_audit

from skyddsapp.domain.agreement import Agreement
from skyddsapp.domain.case import Case, CaseParty, ShelterOutcome
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.county_referral import CountyReferral, Municipality, ReferralResult
from skyddsapp.domain.errors import DomainError, ValidationError
from skyddsapp.domain.person import CaseRole, ProtectionLevel
from skyddsapp.domain.placement import Placement
from skyddsapp.domain.users import Role
from skyddsapp.services import (
    audit,
    case_data,
    cases,
    county_referrals,
    documents,
    placements,
    todo,
)
from skyddsapp.services.context import Session
from skyddsapp.services.demo_paperwork import demo_values
from skyddsapp.services.errors import NoAccess, NotFound
from skyddsapp.vault import county_referrals_repository, placements_repository
from skyddsapp.vault.vault import Vault

DAY = dt.timedelta(days=1)
PROVIDER = "Skyddsboendet Hemlig Ort AB"
REASON = "Planering av flytten med klienten."


@pytest.fixture(scope="module")
def agreement(shared_vault: Vault) -> Agreement:
    return framework(Session(shared_vault, lambda: TODAY))


def protected_case(
    make: Factory, kind: CaseKind, protection: ProtectionLevel = ProtectionLevel.NONE
) -> Case:
    """A case whose client has ``protection``; the contact person is protected when the client
    is not (anyone in the case counts)."""
    client = make.person("Klara", "Skyddsson", protection=protection)
    case = make.case(kind, client=client)
    assert case.id is not None
    if protection is ProtectionLevel.NONE:
        contact = make.person("Kim", "Kontaktsson", protection=ProtectionLevel.ASSUMED_IDENTITY)
        assert contact.id is not None
        cases.add_party(make.session, case.id, CaseParty(contact.id, CaseRole.CONTACT_PERSON))
    return cases.get_case(make.session, case.id)


def placed(session: Session, case: Case, agreement: Agreement, **changes: object) -> Placement:
    assert case.id is not None
    assert agreement.id is not None
    placement = Placement(
        None, case.id, agreement.id, PROVIDER, True, TODAY - 60 * DAY, TODAY + 10 * DAY
    )
    return placements.record_placement(
        session,
        replace(placement, **changes),  # type: ignore[arg-type]
        outcome=None,
        children_count=1,
    )


def stored_placement(session: Session, case_id: int) -> Placement:
    found = placements_repository.of_case(session.conn, case_id)
    assert found is not None
    return found


# --------------------------------------------------------------------------------- placements


def test_the_provider_is_withheld_where_the_case_hides_an_address(
    session: Session, make: Factory, agreement: Agreement
) -> None:
    open_case = make.case(CaseKind.SHELTER_EXIT, client=make.person("Olle", "Öppensson"))
    shown = placed(session, open_case, agreement)
    assert (shown.provider, shown.provider_masked) == (PROVIDER, False)

    for protection in (ProtectionLevel.PROTECTED_REGISTRATION, ProtectionLevel.NONE):
        case = protected_case(make, CaseKind.SHELTER_EXIT, protection)
        assert case.id is not None
        saved = placed(session, case, agreement)
        assert (saved.provider, saved.provider_masked) == ("", True)
        masked = placements.placement_of_case(session, case.id)
        assert masked is not None
        assert masked.provider_masked
        assert PROVIDER not in repr(masked)
        data = case_data.load_case_data(session, case.id)
        assert data.placement == masked
        assert stored_placement(session, case.id).provider == PROVIDER

    # A confidentiality flag alone does not hide an address: the provider shows.
    marked = protected_case(make, CaseKind.SHELTER_EXIT, ProtectionLevel.CONFIDENTIALITY_MARKING)
    assert marked.id is not None
    assert placed(session, marked, agreement).provider == PROVIDER


def test_the_provider_is_revealed_with_a_reason_and_logged(
    session: Session, make: Factory, agreement: Agreement
) -> None:
    case = protected_case(make, CaseKind.SHELTER_EXIT, ProtectionLevel.PROTECTED_REGISTRATION)
    assert case.id is not None
    placed(session, case, agreement)
    before, audit_before = counts(session.conn), len(audit_entries(session.conn))
    with pytest.raises(ValidationError) as caught:
        placements.reveal_placement(session, case.id, "   ")
    assert caught.value.messages_for("reason") == ["Ange varför uppgiften behöver visas."]
    assert counts(session.conn) == before
    assert len(audit_entries(session.conn)) == audit_before

    revealed = placements.reveal_placement(session, case.id, REASON)
    assert (revealed.provider, revealed.provider_masked) == (PROVIDER, False)
    entry = last_audit(session.conn)
    assert (entry.action, entry.object_type, entry.object_id, entry.reason) == (
        "placement.reveal",
        "case",
        str(case.id),
        REASON,
    )
    assert entry.details == f"placement {revealed.id}; provider"
    assert len(audit_entries(session.conn)) == audit_before + 1

    # A case without a placement has nothing to reveal, and nothing is logged.
    empty = protected_case(make, CaseKind.SHELTER_EXIT, ProtectionLevel.PROTECTED_REGISTRATION)
    assert empty.id is not None
    audit_before = len(audit_entries(session.conn))
    with pytest.raises(NotFound):
        placements.reveal_placement(session, empty.id, REASON)
    assert len(audit_entries(session.conn)) == audit_before


def test_saving_a_masked_copy_keeps_the_stored_provider(
    session: Session, make: Factory, agreement: Agreement
) -> None:
    case = protected_case(make, CaseKind.SHELTER_EXIT, ProtectionLevel.ASSUMED_IDENTITY)
    assert case.id is not None
    masked = placed(session, case, agreement)
    ended = placements.record_placement(
        session,
        replace(masked, actual_end=TODAY, flat_offered_before_end=False),
        outcome=ShelterOutcome.OWN_SOLUTION,
        children_count=1,
    )
    assert ended.provider_masked  # what goes back to the screen is masked too
    stored = stored_placement(session, case.id)
    assert (stored.provider, stored.actual_end) == (PROVIDER, TODAY)
    entries = audit_entries(session.conn)[-2:]
    assert all(PROVIDER not in e.details for e in entries)
    assert entries[-1].action == "placement.update"

    # A new provider typed over the mask is saved as typed.
    placements.record_placement(
        session,
        replace(ended, provider="Fristad Ny AB", provider_masked=False),
        outcome=ShelterOutcome.OWN_SOLUTION,
        children_count=1,
    )
    assert stored_placement(session, case.id).provider == "Fristad Ny AB"

    # A new placement cannot be masked: it has no provider to keep.
    other = protected_case(make, CaseKind.SHELTER_EXIT, ProtectionLevel.ASSUMED_IDENTITY)
    assert other.id is not None
    before = counts(session.conn)
    with pytest.raises(ValidationError) as caught:
        placed(session, other, agreement, provider="", provider_masked=True)
    assert caught.value.messages_for("provider") == ["Leverantör saknas."]
    assert counts(session.conn) == before


def test_att_gora_and_the_log_never_carry_the_provider(
    session: Session, make: Factory, agreement: Agreement
) -> None:
    case = protected_case(make, CaseKind.SHELTER_EXIT, ProtectionLevel.PROTECTED_REGISTRATION)
    assert case.id is not None
    placed(session, case, agreement)
    placements.reveal_placement(session, case.id, REASON)
    ending = [d for d in todo.deadlines(session, until=TODAY + 30 * DAY) if d.case_id == case.id]
    assert ending
    assert all(PROVIDER not in repr(d) for d in ending)
    assert all(PROVIDER not in repr(d) for d in todo.case_deadlines(session, case.id))
    assert all(
        PROVIDER not in f"{e.details} {e.reason} {e.object_id}" for e in audit_entries(session.conn)
    )


def test_who_has_seen_the_client_lists_the_reveals(fresh_session: Session) -> None:
    session = fresh_session
    make = Factory(session)
    case = protected_case(make, CaseKind.SHELTER_EXIT, ProtectionLevel.PROTECTED_REGISTRATION)
    assert case.id is not None
    placed(session, case, framework(session))
    placements.reveal_placement(session, case.id, REASON)
    client = case.person_ids(CaseRole.CLIENT)[0]
    seen = audit.who_has_seen(session.vault, client)
    assert [(e.action, e.reason) for e in seen if e.action == "placement.reveal"] == [
        ("placement.reveal", REASON)
    ]


def test_a_user_who_does_not_see_the_case_reveals_nothing(
    fresh_session: Session, login: object
) -> None:
    session = fresh_session
    make = Factory(session)
    case = protected_case(make, CaseKind.SHELTER_EXIT, ProtectionLevel.PROTECTED_REGISTRATION)
    assert case.id is not None
    placed(session, case, framework(session))
    referral_case = protected_case(
        make, CaseKind.COUNTY_REFERRAL, ProtectionLevel.PROTECTED_REGISTRATION
    )
    assert referral_case.id is not None
    referral = county_referrals.record_referral(
        session, CountyReferral(None, referral_case.id, TODAY, Municipality.KNIVSTA)
    )
    assert referral.id is not None
    nora = login(session.vault, "nora", Role.SOCIAL_WORKER)  # type: ignore[operator]
    before = len(audit_entries(session.conn))
    with pytest.raises(NoAccess):
        placements.reveal_placement(nora, case.id, REASON)
    with pytest.raises(NoAccess):
        county_referrals.reveal_referral(nora, referral_case.id, referral.id, REASON)
    assert len(audit_entries(session.conn)) == before


# ------------------------------------------------------------------------------ Länskompotten


def test_the_municipality_is_withheld_revealed_with_a_reason_and_kept(
    session: Session, make: Factory
) -> None:
    case = protected_case(make, CaseKind.COUNTY_REFERRAL, ProtectionLevel.PROTECTED_REGISTRATION)
    assert case.id is not None
    sent = county_referrals.record_referral(
        session, CountyReferral(None, case.id, TODAY - 9 * DAY, Municipality.KNIVSTA)
    )
    assert (sent.municipality, sent.municipality_masked) == (None, True)
    entry = last_audit(session.conn)
    assert entry.action == "county_referral.create"
    assert "knivsta" not in entry.details.lower()
    [listed] = county_referrals.referrals_of_case(session, case.id)
    assert listed.municipality is None
    assert "KNIVSTA" not in repr(listed)
    assert case_data.load_case_data(session, case.id).county_referrals == [listed]
    assert sent.id is not None

    before, audit_before = counts(session.conn), len(audit_entries(session.conn))
    with pytest.raises(ValidationError):
        county_referrals.reveal_referral(session, case.id, sent.id, "")
    with pytest.raises(NotFound):
        county_referrals.reveal_referral(session, case.id, 99999, REASON)
    assert counts(session.conn) == before
    assert len(audit_entries(session.conn)) == audit_before
    revealed = county_referrals.reveal_referral(session, case.id, sent.id, REASON)
    assert revealed.municipality is Municipality.KNIVSTA
    entry = last_audit(session.conn)
    assert (entry.action, entry.object_id, entry.reason, entry.details) == (
        "county_referral.reveal",
        str(case.id),
        REASON,
        f"referral {sent.id}; municipality",
    )

    # The answer is recorded on the masked copy: the stored municipality stays.
    answered = county_referrals.record_referral(
        session, replace(listed, result=ReferralResult.FLAT_OFFERED, result_on=TODAY)
    )
    assert answered.municipality_masked
    stored = county_referrals_repository.get(session.conn, sent.id)
    assert stored is not None
    assert (stored.municipality, stored.result) == (
        Municipality.KNIVSTA,
        ReferralResult.FLAT_OFFERED,
    )


def test_a_referral_without_its_municipality_is_refused(session: Session, make: Factory) -> None:
    case = protected_case(make, CaseKind.COUNTY_REFERRAL, ProtectionLevel.ASSUMED_IDENTITY)
    assert case.id is not None
    before, audit_before = counts(session.conn), len(audit_entries(session.conn))
    for referral in (
        CountyReferral(None, case.id, TODAY, None),
        CountyReferral(None, case.id, TODAY, None, municipality_masked=True),
    ):
        with pytest.raises(ValidationError) as caught:
            county_referrals.record_referral(session, referral)
        assert caught.value.messages_for("municipality") == [
            "Välj kommunen som förfrågan skickades till."
        ]
    assert counts(session.conn) == before
    assert len(audit_entries(session.conn)) == audit_before


def test_the_yearly_count_counts_protected_referrals_in_numbers_only(
    fresh_session: Session,
) -> None:
    session = fresh_session
    make = Factory(session)
    hidden = protected_case(make, CaseKind.COUNTY_REFERRAL, ProtectionLevel.PROTECTED_REGISTRATION)
    shown = make.case(CaseKind.COUNTY_REFERRAL, client=make.person("Olle", "Öppensson"))
    assert hidden.id is not None
    assert shown.id is not None
    for case_id, where in ((hidden.id, Municipality.TIERP), (shown.id, Municipality.HEBY)):
        county_referrals.record_referral(session, CountyReferral(None, case_id, TODAY, where))
    before = counts(session.conn)
    year = county_referrals.yearly_count(session, TODAY.year)
    assert (year.referrals, year.cases) == (2, 2)
    assert year.by_municipality == {Municipality.TIERP: 1, Municipality.HEBY: 1}
    for field in dataclasses.fields(year):  # numbers, and counts by kind: no case, no person
        value = getattr(year, field.name)
        assert isinstance(value, int | Counter), field.name
    assert counts(session.conn) == before  # a count is no look at a case


# ---------------------------------------------------------------------------------- the forms


def _printed(session: Session, case_id: int) -> tuple[list[str], str]:
    """Every form that can be made for the case with its default options, and their text."""
    made, texts = [], []
    file = documents.case_file(session, case_id)
    for spec in documents.forms():
        try:
            generated = documents.generate(session, case_id, spec.id, demo_values(spec, file))
        except DomainError:  # the case lacks what the form needs (a flat, a lease, an agent)
            continue
        made.append(spec.id)
        pages = pypdf.PdfReader(io.BytesIO(generated.pdf)).pages
        texts.append(" ".join(page.extract_text() for page in pages))
    return made, " ".join(" ".join(texts).split())


def test_no_form_prints_the_provider_or_the_municipality(
    session: Session, make: Factory, agreement: Agreement
) -> None:
    shelter = protected_case(make, CaseKind.SHELTER_EXIT, ProtectionLevel.PROTECTED_REGISTRATION)
    county = protected_case(make, CaseKind.COUNTY_REFERRAL, ProtectionLevel.PROTECTED_REGISTRATION)
    assert shelter.id is not None
    assert county.id is not None
    placed(session, shelter, agreement)
    county_referrals.record_referral(
        session, CountyReferral(None, county.id, TODAY, Municipality.KNIVSTA)
    )
    made, text = _printed(session, shelter.id)
    assert "samtycke" in made
    assert "Samtycke till informationsutbyte" in text
    assert "Hemlig Ort" not in text
    made, text = _printed(session, county.id)
    assert "samtycke" in made
    assert "Länskompotten" in text  # the consent's purpose names the collaboration, not where
    assert "Knivsta" not in text


# --------------------------------------------------------------------------- the case outcome


def test_the_outcome_cannot_be_cleared_once_the_placement_has_ended(
    session: Session, make: Factory, agreement: Agreement
) -> None:
    case = make.case(CaseKind.SHELTER_EXIT, client=make.person("Olle", "Utfallsson"))
    assert case.id is not None
    running = placed(session, case, agreement)
    # While the placement runs, the outcome may be set and cleared.
    with_outcome = cases.update_case(
        session, replace(cases.get_case(session, case.id), outcome=ShelterOutcome.OWN_SOLUTION)
    )
    cases.update_case(session, replace(with_outcome, outcome=None))
    placements.record_placement(
        session,
        replace(running, actual_end=TODAY - DAY, flat_offered_before_end=True),
        outcome=ShelterOutcome.NEXUS_TRANSITION_FLAT,
        children_count=1,
    )
    stored = cases.get_case(session, case.id)
    before, audit_before = counts(session.conn), len(audit_entries(session.conn))
    with pytest.raises(ValidationError) as caught:
        cases.update_case(session, replace(stored, outcome=None, notes="Rensat utfall."))
    assert caught.value.messages_for("outcome") == [
        f"Placeringen upphörde {(TODAY - DAY).isoformat()}; utfallet kan inte tas bort. Välj "
        "vart klienten flyttade när placeringen upphörde."
    ]
    assert counts(session.conn) == before
    assert len(audit_entries(session.conn)) == audit_before
    assert cases.get_case(session, case.id) == stored

    # Another outcome is a correction, and is saved.
    changed = cases.update_case(
        session, replace(stored, outcome=ShelterOutcome.FIRST_HAND_FROM_PROVIDER)
    )
    assert cases.get_case(session, case.id).outcome is ShelterOutcome.FIRST_HAND_FROM_PROVIDER
    # Other details still change while the outcome stays.
    cases.update_case(session, replace(changed, notes="Ny anteckning."))
    assert cases.get_case(session, case.id).notes == "Ny anteckning."
