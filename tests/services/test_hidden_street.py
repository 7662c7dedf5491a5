"""A flat in a case with someone at a protected address leaves `services` without its street;
editing the masked copy keeps the stored street; the street is shown only by a logged reveal."""

from __future__ import annotations

import dataclasses

import pytest
from service_support import Factory, last_audit, snapshot

from skyddsapp.domain.apartment import MASKED_STREET
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.person import ProtectionLevel
from skyddsapp.services import housing
from skyddsapp.services.context import Session
from skyddsapp.vault import apartments_repository


def test_the_street_is_withheld_where_a_case_hides_it(session: Session) -> None:
    make = Factory(session)
    open_flat = make.apartment("Öppengatan 4")
    hidden_flat = make.apartment("Gömdavägen 7")
    client = make.person("Skydda", "Gatusson", protection=ProtectionLevel.PROTECTED_REGISTRATION)
    make.case(client=make.person("Vanlig", "Gatusson"), apartments=[open_flat])
    make.case(client=client, apartments=[hidden_flat])
    assert open_flat.id is not None
    assert hidden_flat.id is not None

    shown = housing.get_apartment(session, open_flat.id)
    assert (shown.address.street, shown.street_masked) == ("Öppengatan 4", False)
    masked = housing.get_apartment(session, hidden_flat.id)
    assert masked.street_masked
    assert masked.address.street == MASKED_STREET
    assert "Gömdavägen" not in repr(masked)
    assert masked.address.postal_code == hidden_flat.address.postal_code


def test_saving_a_masked_copy_keeps_the_stored_street(session: Session) -> None:
    make = Factory(session)
    flat = make.apartment("Gömdavägen 9")
    client = make.person("Skydda", "Sparsson", protection=ProtectionLevel.ASSUMED_IDENTITY)
    make.case(client=client, apartments=[flat])
    assert flat.id is not None
    masked = housing.get_apartment(session, flat.id)
    saved = housing.update_apartment(session, dataclasses.replace(masked, rooms=4))
    assert saved.street_masked  # what goes back to the screen is masked too
    stored = apartments_repository.get(session.conn, flat.id)
    assert stored is not None
    assert (stored.address.street, stored.rooms) == ("Gömdavägen 9", 4)
    # A new street typed over the mask is saved as typed.
    moved = dataclasses.replace(
        masked, address=dataclasses.replace(masked.address, street="Nyvägen 1"), street_masked=False
    )
    housing.update_apartment(session, moved)
    stored = apartments_repository.get(session.conn, flat.id)
    assert stored is not None
    assert stored.address.street == "Nyvägen 1"


def test_the_street_is_revealed_with_a_reason_and_logged(session: Session) -> None:
    make = Factory(session)
    flat = make.apartment("Gömdavägen 11")
    client = make.person("Skydda", "Visasson", protection=ProtectionLevel.PROTECTED_REGISTRATION)
    make.case(client=client, apartments=[flat])
    assert flat.id is not None
    before = snapshot(session.conn)
    with pytest.raises(ValidationError):
        housing.reveal_apartment_address(session, flat.id, "  ")
    assert snapshot(session.conn) == before
    text = housing.reveal_apartment_address(session, flat.id, "Nyckelöverlämning i dag.")
    assert text.splitlines()[0] == "Gömdavägen 11"
    entry = last_audit(session.conn)
    assert (entry.action, entry.object_id, entry.reason) == (
        "apartment.reveal",
        str(flat.id),
        "Nyckelöverlämning i dag.",
    )
