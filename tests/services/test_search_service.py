"""The case list and search box over a vault of about 300 cases."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st
from service_support import PASSPHRASE, TODAY, Factory, new_vault, pnr, snapshot

from skyddsapp.domain.address import Address
from skyddsapp.domain.case_kind import CaseKind
from skyddsapp.domain.person import ProtectionLevel
from skyddsapp.domain.users import Role
from skyddsapp.services import demo
from skyddsapp.services.context import Session
from skyddsapp.services.search import my_cases_filter, search_cases
from skyddsapp.vault.search_repository import CaseFilter, CasePage, CaseSort, CaseSummary

DEMO_CASES = 300


@dataclass(frozen=True)
class Crafted:
    """Cases made for the search tests, on top of the demo cases."""

    zelmira_number: str
    zelmira_with_bike: int
    zelmira_other: int
    olga_with_bike: int
    protected_registration: int
    assumed_identity: int
    last_year: list[int]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Session, Crafted]]:
    vault = new_vault(tmp_path_factory.mktemp("search") / "valv")
    vault.add_user(demo.DEMO_COLLEAGUE, "Nexus Demo", Role.SOCIAL_WORKER, PASSPHRASE + "!")
    session = Session(vault, lambda: TODAY)
    with vault.transaction():
        demo.fill(session, DEMO_CASES, random.Random(7))
    # A few cases opened a year ago, so that "opened" has more than one value to sort by.
    last_year = Factory(Session(vault, lambda: dt.date(2025, 3, 14)))
    older = [last_year.case(CaseKind.PRIORITY, notes="Fjolårets ärende.").id for _ in range(4)]
    make = Factory(session)
    number = pnr("19770707", "989")
    zelmira = make.person("Zelmira", "Unikasson", number=number, street="Kryptovägen 12")
    olga = make.person("Olga", "Öppensson", street="Öppetvägen 5")
    hedvig = make.person(
        "Hedvig",
        "Hemligsson",
        protection=ProtectionLevel.PROTECTED_REGISTRATION,
        street="Hemlighetsgatan 3",
        postal_code="74693",
        delivery=Address("Boxvägen 1", "75320", "Uppsala"),
    )
    fingal = make.person(
        "Fingal",
        "Fingerad",
        protection=ProtectionLevel.ASSUMED_IDENTITY,
        street="Lönnstigen 9",
        postal_code="74694",
    )
    crafted = Crafted(
        zelmira_number=number,
        zelmira_with_bike=_id(make.case(client=zelmira, notes="Cykelförråd önskas.")),
        zelmira_other=_id(make.case(CaseKind.SHELTER_EXIT, client=zelmira)),
        olga_with_bike=_id(make.case(client=olga, notes="Behöver cykelförråd och hiss.")),
        protected_registration=_id(make.case(client=hedvig)),
        assumed_identity=_id(make.case(CaseKind.PRIORITY, client=fingal)),
        last_year=[i for i in older if i is not None],
    )
    yield session, crafted
    vault.lock()


def _id(case: object) -> int:
    value = getattr(case, "id", None)
    assert isinstance(value, int)
    return value


@pytest.fixture(scope="module")
def session(world: tuple[Session, Crafted]) -> Session:
    return world[0]


@pytest.fixture(scope="module")
def crafted(world: tuple[Session, Crafted]) -> Crafted:
    return world[1]


def ids(page: CasePage) -> list[int]:
    return [row.id for row in page.rows]


def found(session: Session, text: str, **kwargs: object) -> set[int]:
    page = search_cases(session, text, limit=10_000, **kwargs)  # type: ignore[arg-type]
    assert not page.has_more
    return set(ids(page))


def sql_ids(session: Session, sql: str, *params: object) -> set[int]:
    return {row[0] for row in session.conn.execute(sql, params)}


def all_ids(session: Session) -> set[int]:
    return sql_ids(session, "SELECT id FROM cases")


# ----------------------------------------------------------------- listing, paging, sorting


def test_the_vault_holds_the_demo_cases_and_the_crafted_ones(session: Session) -> None:
    assert len(all_ids(session)) == DEMO_CASES + 4 + 5


@pytest.mark.parametrize("limit", [1, 37, 100])
def test_an_empty_query_pages_through_every_case_once(session: Session, limit: int) -> None:
    seen: list[int] = []
    offset = 0
    while True:
        page = search_cases(session, "", limit=limit, offset=offset)
        assert len(page.rows) <= limit
        seen += ids(page)
        if not page.has_more:
            break
        assert len(page.rows) == limit
        offset += limit
    assert len(seen) == len(set(seen))
    assert set(seen) == all_ids(session)
    assert seen == sorted(seen, reverse=True)  # newest first by default


def test_has_more_is_exact_at_the_end(session: Session) -> None:
    total = len(all_ids(session))
    assert search_cases(session, limit=total).has_more is False
    assert search_cases(session, limit=total - 1).has_more is True
    assert len(search_cases(session, limit=total - 1).rows) == total - 1
    assert search_cases(session, limit=10, offset=total - 10).has_more is False
    assert search_cases(session, limit=10, offset=total).rows == []


def test_paging_a_text_search_gives_the_same_cases_as_one_long_page(session: Session) -> None:
    everything = ids(search_cases(session, "demogatan", limit=10_000))
    assert len(everything) > 30
    paged: list[int] = []
    for offset in range(0, len(everything) + 10, 10):
        paged += ids(search_cases(session, "demogatan", limit=10, offset=offset))
    assert paged == everything


_SORT_KEYS: dict[CaseSort, Callable[[CaseSummary], object]] = {
    CaseSort.NEWEST: lambda r: -r.id,
    CaseSort.OLDEST: lambda r: r.id,
    CaseSort.REFERENCE: lambda r: r.reference,
    CaseSort.OPENED: lambda r: (-r.opened_on.toordinal(), -r.id),
    CaseSort.UPDATED: lambda r: (tuple(-ord(c) for c in r.updated_at), -r.id),
    CaseSort.KIND: lambda r: (r.kind.value, -r.id),
    CaseSort.STATE: lambda r: (r.state, -r.id),
}


@pytest.mark.parametrize("sort", list(CaseSort), ids=lambda s: s.name)
@pytest.mark.parametrize("text", ["", "demogatan", "KV-2026", "{number}"], ids=repr)
def test_every_sort_order_is_really_sorted(
    session: Session, crafted: Crafted, sort: CaseSort, text: str
) -> None:
    query = text.format(number=crafted.zelmira_number)
    rows = search_cases(session, query, sort=sort, limit=10_000).rows
    assert len(rows) >= 2
    assert rows == sorted(rows, key=_SORT_KEYS[sort])
    # Sorting reorders, it never changes which cases match.
    assert {r.id for r in rows} == found(session, query)


@pytest.mark.parametrize("sort", list(CaseSort), ids=lambda s: s.name)
@pytest.mark.parametrize("text", ["", "demogatan", "KV-2026", "{number}"], ids=repr)
def test_reverse_gives_exactly_the_opposite_order(
    session: Session, crafted: Crafted, sort: CaseSort, text: str
) -> None:
    query = text.format(number=crafted.zelmira_number)
    forward = ids(search_cases(session, query, sort=sort, limit=10_000))
    backward = ids(search_cases(session, query, sort=sort, limit=10_000, reverse=True))
    assert backward == forward[::-1]
    # Paging the reversed order gives the same sequence.
    first = search_cases(session, query, sort=sort, limit=2, reverse=True)
    assert ids(first) == backward[:2]
    assert first.has_more == (len(backward) > 2)


def _keyset_pages(session: Session, text: str, limit: int, **kwargs: object) -> list[int]:
    """Every case of the query, a page at a time, each page after the last row of the one before."""
    seen: list[int] = []
    after = None
    while True:
        page = search_cases(session, text, limit=limit, after=after, **kwargs)  # type: ignore[arg-type]
        assert len(page.rows) <= limit
        seen += ids(page)
        if not page.has_more:
            return seen
        assert len(page.rows) == limit
        after = page.rows[-1]


@given(
    sort=st.sampled_from(list(CaseSort)),
    reverse=st.booleans(),
    limit=st.integers(4, 80),
    text=st.sampled_from(["", "demogatan", "KV-2026", "{number}", "anna"]),
    kinds=st.sets(st.sampled_from(list(CaseKind)), max_size=2),
)
def test_keyset_pages_concatenated_are_the_whole_sorted_list(
    session: Session,
    crafted: Crafted,
    sort: CaseSort,
    reverse: bool,
    limit: int,
    text: str,
    kinds: set[CaseKind],
) -> None:
    """Ties included: many cases share a kind, a state or an opening day."""
    query = text.format(number=crafted.zelmira_number)
    flt = CaseFilter(kinds=tuple(sorted(kinds, key=lambda k: k.value)))
    whole = ids(search_cases(session, query, flt=flt, sort=sort, reverse=reverse, limit=10_000))
    paged = _keyset_pages(session, query, limit, flt=flt, sort=sort, reverse=reverse)
    assert paged == whole


@pytest.mark.parametrize("sort", [CaseSort.KIND, CaseSort.STATE, CaseSort.OPENED])
def test_the_orders_with_ties_have_ties_to_break(session: Session, sort: CaseSort) -> None:
    rows = search_cases(session, sort=sort, limit=10_000).rows
    key = {CaseSort.KIND: "kind", CaseSort.STATE: "state", CaseSort.OPENED: "opened_on"}[sort]
    assert len({getattr(r, key) for r in rows}) < len(rows) // 5


def test_the_opened_and_updated_orders_are_not_trivial(session: Session, crafted: Crafted) -> None:
    opened = search_cases(session, sort=CaseSort.OPENED, limit=10_000).rows
    assert {r.id for r in opened[-4:]} == set(crafted.last_year)
    updated = search_cases(session, sort=CaseSort.UPDATED, limit=10_000).rows
    assert len({r.updated_at for r in updated}) > 100


# ----------------------------------------------------------------- what a query reads as


def test_a_personal_number_in_either_form_finds_every_case_of_the_person(
    session: Session, crafted: Crafted
) -> None:
    number = crafted.zelmira_number
    expected = {crafted.zelmira_with_bike, crafted.zelmira_other}
    for typed in (number, f"{number[:8]}-{number[8:]}", f"{number[2:8]}-{number[8:]}"):
        assert found(session, typed) == expected
    # The same digits, not a personal number any more: nothing.
    wrong_check = number[:-1] + str((int(number[-1]) + 1) % 10)
    assert found(session, wrong_check) == set()


def test_a_full_reference_finds_exactly_that_case(session: Session) -> None:
    reference, case_id = session.conn.execute(
        "SELECT reference, id FROM cases WHERE reference LIKE 'KV-2026-%' ORDER BY id LIMIT 1 "
        "OFFSET 6"
    ).fetchone()
    page = search_cases(session, reference.lower())
    assert [(r.id, r.reference) for r in page.rows] == [(case_id, reference)]
    assert search_cases(session, "KV-2026-9999").rows == []
    assert search_cases(session, "KV-1999-0001").rows == []


@pytest.mark.parametrize("prefix", ["KV-2026-00", "kv-2026-001", "KJ-", "SB-2026", "FT-2025"])
def test_a_reference_prefix_finds_every_case_starting_so(session: Session, prefix: str) -> None:
    expected = sql_ids(session, "SELECT id FROM cases WHERE reference LIKE ?", prefix.upper() + "%")
    assert expected
    assert found(session, prefix) == expected


def test_words_match_names_addresses_and_notes_as_prefixes(
    session: Session, crafted: Crafted
) -> None:
    zelmira = {crafted.zelmira_with_bike, crafted.zelmira_other}
    assert found(session, "Zelmira") == zelmira
    assert found(session, "unikas") == zelmira
    assert found(session, "UNIKASSON") == zelmira
    assert found(session, "kryptovägen") == zelmira
    assert found(session, "Kryptovägen 12") == zelmira
    bikes = {crafted.zelmira_with_bike, crafted.olga_with_bike}
    assert found(session, "cykelförråd") == bikes
    assert found(session, "CYKEL") == bikes
    assert found(session, "öppetväg") == {crafted.olga_with_bike}
    assert found(session, "Fjolårets") == set(crafted.last_year)


def test_several_words_must_all_match(session: Session, crafted: Crafted) -> None:
    assert found(session, "Zelmira cykelförråd") == {crafted.zelmira_with_bike}
    assert found(session, "cykel Öppensson") == {crafted.olga_with_bike}
    assert found(session, "hiss  Zelmira") == set()
    assert found(session, "Zelmira Unikasson Kryptovägen") == {
        crafted.zelmira_with_bike,
        crafted.zelmira_other,
    }


def test_demo_names_are_found_without_regard_to_case(session: Session) -> None:
    expected = sql_ids(
        session,
        "SELECT DISTINCT cp.case_id FROM case_parties cp JOIN persons p ON p.id = cp.person_id "
        "WHERE p.last_name = 'Övningsqvist'",
    )
    assert expected
    assert found(session, "övningsqvist") == expected
    assert expected <= found(session, "öv")


# ----------------------------------------------------------------- filters


@pytest.mark.parametrize("text", ["", "demogatan", "KV-2026", "Zelmira"])
def test_a_kind_filter_keeps_only_those_kinds(session: Session, text: str) -> None:
    kinds = (CaseKind.CUSTOMER_CARE, CaseKind.SHELTER_EXIT)
    flt = CaseFilter(kinds=kinds)
    page = search_cases(session, text, flt=flt, limit=10_000)
    assert {r.kind for r in page.rows} <= set(kinds)
    everything = search_cases(session, text, limit=10_000).rows
    assert {r.id for r in page.rows} == {r.id for r in everything if r.kind in kinds}


def test_a_state_filter_keeps_only_those_states(session: Session) -> None:
    states = ("received", "requested", "need_confirmed")
    page = search_cases(session, flt=CaseFilter(states=states), limit=10_000)
    expected = sql_ids(session, "SELECT id FROM cases WHERE state IN (?, ?, ?)", *states)
    assert expected
    assert set(ids(page)) == expected
    assert {r.state for r in page.rows} <= set(states)


def test_my_cases_are_the_cases_i_handle(session: Session) -> None:
    mine = my_cases_filter(session)
    assert mine.handler == session.user_name
    expected = sql_ids(
        session, "SELECT case_id FROM case_handlers WHERE user_name = ?", session.user_name
    )
    others = sql_ids(
        session, "SELECT case_id FROM case_handlers WHERE user_name = ?", demo.DEMO_COLLEAGUE
    )
    assert expected
    assert others
    assert found(session, "", flt=mine) == expected
    assert found(session, "demogatan", flt=mine) == found(session, "demogatan") & expected
    assert found(session, "", flt=CaseFilter(handler="ingen.alls")) == set()


def test_filters_combine(session: Session) -> None:
    flt = CaseFilter(kinds=(CaseKind.PRIORITY,), states=("applied",), handler="admin")
    expected = sql_ids(
        session,
        "SELECT c.id FROM cases c JOIN case_handlers h ON h.case_id = c.id "
        "WHERE c.kind = 'priority' AND c.state = 'applied' AND h.user_name = 'admin'",
    )
    assert found(session, "", flt=flt) == expected
    assert found(session, "FT-", flt=flt) == expected


# ----------------------------------------------------------------- protected addresses


def test_the_real_address_of_a_person_with_protected_registration_is_never_found(
    session: Session, crafted: Crafted
) -> None:
    for text in ("Hemlighetsgatan", "hemlighetsgatan 3", "Hemlighets", "746 93", "74693"):
        assert found(session, text) == set(), text
    for text in ("Lönnstigen", "Lönnstigen 9", "746 94"):
        assert found(session, text) == set(), text
    # The index holds not a trace of them, whatever the query syntax.
    for secret in ("Hemlighetsgatan", "Lönnstigen", "746 93", "746 94"):
        count = session.conn.execute(
            "SELECT count(*) FROM case_search WHERE body LIKE ?", (f"%{secret}%",)
        ).fetchone()[0]
        assert count == 0, secret


def test_protected_persons_are_still_found_by_name_and_safe_delivery_address(
    session: Session, crafted: Crafted
) -> None:
    assert found(session, "Hedvig Hemligsson") == {crafted.protected_registration}
    assert found(session, "Boxvägen") == {crafted.protected_registration}
    assert found(session, "Fingerad") == {crafted.assumed_identity}


def test_the_address_of_a_person_without_protection_is_found(
    session: Session, crafted: Crafted
) -> None:
    assert found(session, "Öppetvägen 5") == {crafted.olga_with_bike}
    assert found(session, "Kryptovägen") == {crafted.zelmira_with_bike, crafted.zelmira_other}


# ----------------------------------------------------------------- hostile input

HOSTILE = [
    '"',
    '""',
    "'",
    "*",
    "**",
    "-",
    "--",
    "AND",
    "OR",
    "NOT",
    "a AND",
    "NEAR(",
    "NEAR(a b, 3)",
    "body:demo",
    "{body}: demo",
    "^demo",
    "demo*",
    '"demo',
    "(demo",
    "demo)",
    "'; DROP TABLE cases; --",
    "1; DELETE FROM persons",
    "' OR '1'='1",
    "\x00",
    "a\x00b",
    "🙂",
    "👩‍👧‍👦 Zelmira",
    "\u202e",
    "ꟊ",
    "x" * 10_000,
    " ".join(["ord"] * 5_000),
    "KV-",
    "KV-2026-",
    "KV--",
    "12345-67890",
    "19770707-989",
    "+46 70 123 45 67",
    "١٢٣٤٥٦٧٨٩٠",
    "KV-٢٠٢٦-٠٠٠١",
    "%",
    "_",
    "\\",
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_input_never_raises_nor_changes_anything(session: Session, text: str) -> None:
    before = snapshot(session.conn)
    page = search_cases(session, text, limit=20)
    assert isinstance(page, CasePage)
    assert len(page.rows) <= 20
    assert snapshot(session.conn) == before


def test_sql_in_the_search_box_is_only_words(session: Session) -> None:
    assert found(session, "'; DROP TABLE cases; --") == set()
    assert len(all_ids(session)) == DEMO_CASES + 9


@given(text=st.text(max_size=200))
def test_any_text_gives_a_page(session: Session, text: str) -> None:
    page = search_cases(session, text, limit=5)
    assert isinstance(page, CasePage)
    assert len(page.rows) <= 5


@given(
    text=st.text(alphabet=st.sampled_from("\"*-:^()+ AaNDORTKV0123456789'%_é"), max_size=40),
    sort=st.sampled_from(list(CaseSort)),
    offset=st.integers(0, 400),
)
def test_any_query_syntax_and_sort_gives_a_page(
    session: Session, text: str, sort: CaseSort, offset: int
) -> None:
    page = search_cases(session, text, sort=sort, limit=7, offset=offset)
    assert isinstance(page, CasePage)
    assert len(page.rows) <= 7


def test_the_search_never_writes_a_file_beside_the_vault(session: Session) -> None:
    folder = session.vault.folder
    before = sorted(p.name for p in folder.iterdir())
    for text in HOSTILE[:10]:
        search_cases(session, text)
    assert sorted(p.name for p in folder.iterdir()) == before
