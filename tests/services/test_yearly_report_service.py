"""The yearly follow-up through the use cases: the source report's 2025 placements entered as
57 cases give exactly its table; rights, the audit entry, the small-count rule in the CSV and
the PDF, and no name or personal number of anyone in the vault in either."""

from __future__ import annotations

import csv as csv_module
import datetime as dt
import io
from pathlib import Path

import pypdf
import pytest
from placement_support import framework
from service_support import TODAY, Factory, last_audit, letters, pnr, snapshot

from skyddsapp.domain.access import Organisation
from skyddsapp.domain.case import ShelterOutcome
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.person import ProtectionLevel
from skyddsapp.domain.placement import Placement
from skyddsapp.domain.users import Role
from skyddsapp.services import accounts, placements, yearly_report
from skyddsapp.services.context import Session
from skyddsapp.services.errors import NotAllowed
from skyddsapp.vault.vault import Vault

DAY = dt.timedelta(days=1)
PROVIDER = "Tryggt Boende AB"
OTHER_PROVIDER = "Skyddsnätet Ideell Förening"

# Bilaga 1, "Ramavtal om skyddat boende": 57 placements ended in 2025. Children are counted for
# the first-hand leases only (15); the report gives no other child figure.
SEED_2025: dict[ShelterOutcome, int] = {
    ShelterOutcome.FIRST_HAND_FROM_PROVIDER: 20,
    ShelterOutcome.NEXUS_TRANSITION_FLAT: 5,
    ShelterOutcome.OTHER_SOCIAL_SERVICES: 10,
    ShelterOutcome.LANSKOMPOTTEN_OR_CUSTOMER_CARE: 2,
    ShelterOutcome.BACK_TO_PERPETRATOR: 4,
    ShelterOutcome.OWN_SOLUTION: 16,
}
FIRST_HAND_CHILDREN = [1, 2, 1, 0, 1, 1, 0, 2, 1, 1, 0, 1, 1, 0, 1, 1, 0, 1, 0, 0]  # 15 children


@pytest.fixture
def seeded(fresh_session: Session) -> tuple[Session, list[tuple[str, str]]]:
    """The 57 placements of 2025 and two of 2024 (for the comparison), through the services.
    Returns the session and every client's name and personal number."""
    session = fresh_session
    make = Factory(session)
    agreement = framework(session, dt.date(2021, 6, 1), dt.date(2029, 5, 31), "Ramavtal 2021")
    assert agreement.id is not None
    people: list[tuple[str, str]] = []
    serial = 0

    def ended(outcome: ShelterOutcome, children: int, end: dt.date, provider: str) -> None:
        nonlocal serial
        serial += 1
        tag = letters(serial)
        first, last = f"Seedklient{tag}", f"Årsuppföljningsdotter{tag}"
        number = pnr(f"1985{serial % 12 + 1:02d}{serial % 27 + 1:02d}", f"{200 + serial:03d}")
        protection = ProtectionLevel.PROTECTED_REGISTRATION if serial % 9 == 0 else None
        client = make.person(
            first, last, number=number, protection=protection or ProtectionLevel.NONE
        )
        people.append((f"{first} {last}", number))
        case = make.case(CaseKind.SHELTER_EXIT, client=client)
        assert case.id is not None
        placement = Placement(
            None,
            case.id,
            agreement.id,  # type: ignore[arg-type]
            provider,
            serial % 3 != 0,
            end - 3 * DAY,
            end,
            actual_end=end,
            flat_offered_before_end=True,
        )
        placements.record_placement(session, placement, outcome=outcome, children_count=children)

    day = dt.date(2025, 1, 6)
    for outcome, n in SEED_2025.items():
        for i in range(n):
            first_hand = outcome is ShelterOutcome.FIRST_HAND_FROM_PROVIDER
            children = FIRST_HAND_CHILDREN[i] if first_hand else 0
            ended(outcome, children, day, PROVIDER if i % 2 else OTHER_PROVIDER)
            day += 6 * DAY
    ended(ShelterOutcome.OWN_SOLUTION, 3, dt.date(2024, 11, 2), PROVIDER)
    ended(ShelterOutcome.BACK_TO_PERPETRATOR, 0, dt.date(2024, 12, 30), PROVIDER)
    return session, people


def test_the_seed_2025_placements_give_exactly_the_reports_table(
    seeded: tuple[Session, list[tuple[str, str]]],
) -> None:
    session, _ = seeded
    comparison = yearly_report.figures(session, year=2025)
    shelter = comparison.current.shelter
    assert {row.outcome: row.placements for row in shelter.rows} == SEED_2025
    assert shelter.placements == 57
    assert shelter.of(ShelterOutcome.FIRST_HAND_FROM_PROVIDER).children == 15
    assert shelter.children == 15
    before = comparison.previous.shelter
    assert before.placements == 2
    assert before.of(ShelterOutcome.OWN_SOLUTION).children == 3
    assert comparison.previous.period.label == "2024"
    entry = last_audit(session.conn)
    assert (entry.action, entry.object_type) == ("report.figures", "report")
    assert entry.object_id == "2025"
    assert entry.details == "2025-01-01..2025-12-31; figures"


def test_the_csv_shows_the_table_with_small_counts_suppressed(
    seeded: tuple[Session, list[tuple[str, str]]],
) -> None:
    session, people = seeded
    data = yearly_report.csv(session, year=2025)
    assert data.startswith("\ufeff".encode())
    text = data.decode("utf-8-sig")
    rows = list(csv_module.reader(io.StringIO(text), delimiter=";"))
    first_table = rows[rows.index([]) + 1 : rows.index([], rows.index([]) + 1)]
    by_label = {row[0]: row[1:] for row in first_table}
    assert rows[0] == ["Årsuppföljning", "2025"]
    assert first_table[0] == [
        "Avslutade placeringar i skyddat boende efter utfall",
        "Klienter 2025", "Antal barn 2025", "Klienter 2024", "Antal barn 2024",
    ]  # fmt: skip
    assert by_label["Förstahandskontrakt via leverantören"] == ["20", "15", "0", "0"]
    assert by_label["Utslussningslägenhet"] == ["5", "0", "0", "0"]
    assert by_label["Annan insats från socialförvaltningen"] == ["10", "0", "0", "0"]
    # Two clients are a small count; the smallest other count (4) is withheld with them, so
    # that the sum (57) gives neither back.
    assert by_label["Ny lägenhet via Länskompotten eller Uppsalahems kundvård"] == [
        "<3", "0", "0", "0",
    ]  # fmt: skip
    assert by_label["Tillbaka till förövaren"] == ["..", "0", "<3", "0"]
    assert by_label["Egen lösning"] == ["16", "0", "<3", "3"]
    assert by_label["Summa"][2:] == ["..", "3"]  # 1 + 1 clients in 2024: the sum would tell
    assert by_label["Summa"][:2] == ["57", "15"]
    assert _no_one_in(text, people)

    plain = yearly_report.csv(session, year=2025, suppress=False).decode("utf-8-sig")
    assert "Ny lägenhet via Länskompotten eller Uppsalahems kundvård;2;0;0;0" in plain
    assert "Tillbaka till förövaren;4;0;1;0" in plain
    assert _no_one_in(plain, people)
    assert last_audit(session.conn).details == "2025-01-01..2025-12-31; csv; utan maskning"


def test_the_pdf_holds_the_tables_and_no_one_in_the_vault(
    seeded: tuple[Session, list[tuple[str, str]]], tmp_path: Path
) -> None:
    session, people = seeded
    pdf = yearly_report.pdf(session, year=2025)
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "Årsuppföljning 2025" in text
    assert "Avslutade placeringar i skyddat boende efter utfall" in text
    assert "Förstahandskontrakt via leverantören 20 15 0 0" in text
    assert "<3" in text
    assert _no_one_in(text, people)
    metadata = " ".join(str(v) for v in (reader.metadata or {}).values())
    assert _no_one_in(metadata, people)
    if __debug__:
        (tmp_path / "arsuppfoljning.pdf").write_bytes(pdf)


def test_export_writes_the_file_0600_and_logs_without_its_name(
    seeded: tuple[Session, list[tuple[str, str]]], tmp_path: Path
) -> None:
    session, people = seeded
    target = yearly_report.export(session, tmp_path / "år.csv", kind="csv", year=2025)
    assert target.stat().st_mode & 0o777 == 0o600
    assert _no_one_in(target.read_bytes().decode("utf-8-sig"), people)
    entry = last_audit(session.conn)
    assert entry.action == "report.figures"
    assert "år.csv" not in entry.details
    assert entry.details == "2025-01-01..2025-12-31; csv; maskning"

    before = snapshot(session.conn)
    with pytest.raises(ValidationError) as caught:
        yearly_report.export(session, tmp_path / "saknas" / "x.pdf", kind="pdf", year=2025)
    assert caught.value.fields == ("path",)
    assert snapshot(session.conn) == before  # no audit entry from a refused export


def test_the_provider_of_a_protected_client_is_withheld(
    seeded: tuple[Session, list[tuple[str, str]]],
) -> None:
    session, _ = seeded
    rows = yearly_report.figures(session, year=2025).current.placements.rows
    withheld = [r for r in rows if r.provider is None]
    assert sum(r.placements for r in withheld) == 6  # every ninth client of 2025's 57 + 2
    assert sum(r.placements for r in rows) == 57
    assert {r.provider for r in rows} == {PROVIDER, OTHER_PROVIDER, None}


def _no_one_in(text: str, people: list[tuple[str, str]]) -> bool:
    found = [
        x
        for name, number in people
        for x in (*name.split(), number, number[2:], f"{number[2:8]}-{number[8:]}")
        if x in text
    ]
    return not found


def test_who_may_see_the_figures(fresh_vault: Vault, login: object) -> None:
    open_as = login  # type: ignore[assignment]
    admin = Session(fresh_vault, lambda: TODAY)
    yearly_report.figures(admin, year=2025)
    auditor = open_as(fresh_vault, "granskare", Role.AUDITOR)  # type: ignore[operator]
    before = snapshot(admin.conn)
    with pytest.raises(NotAllowed):
        yearly_report.figures(auditor, year=2025)
    assert snapshot(admin.conn) == before
    handler = open_as(fresh_vault, "handlaggare", Role.HANDLER)  # type: ignore[operator]
    assert handler.actor.organisation is Organisation.UPPSALAHEM
    assert yearly_report.figures(handler, year=2025).current.shelter.placements == 0
    # An administrator in no team sees no case, but may see the aggregates.
    adam = open_as(fresh_vault, "adam", Role.ADMIN)  # type: ignore[operator]
    accounts.set_team(fresh_vault, "adam", None)
    assert not adam.handles_cases
    assert yearly_report.csv(adam, year=2025).startswith("\ufeff".encode())


@pytest.mark.parametrize(
    ("kwargs", "fields"),
    [
        ({"year": 1999}, ("year",)),
        ({}, ("year",)),
        ({"year": 2025, "start": dt.date(2025, 1, 1)}, ("year",)),
        ({"start": dt.date(2025, 6, 1), "end": dt.date(2025, 5, 1)}, ("end",)),
        ({"start": TODAY + DAY, "end": TODAY + 9 * DAY}, ("start",)),
    ],
)
def test_a_bad_period_is_refused_and_nothing_is_logged(
    fresh_session: Session, kwargs: dict[str, object], fields: tuple[str, ...]
) -> None:
    before = snapshot(fresh_session.conn)
    with pytest.raises(ValidationError) as caught:
        yearly_report.figures(fresh_session, **kwargs)  # type: ignore[arg-type]
    assert caught.value.fields == fields
    assert snapshot(fresh_session.conn) == before
