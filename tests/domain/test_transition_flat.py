"""The register of transition and emergency flats without Qt: categories, stays in order,
how long a flat has stood free, the overview's order and the planned move-out deadline."""

from __future__ import annotations

import datetime as dt

import pytest

from skyddsapp.domain.deadlines import DeadlineKind
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.transition_flat import (
    FlatCategory,
    FlatOverviewRow,
    FlatStay,
    TransitionFlat,
    check_category,
    ended_stay,
    free_since,
    move_out_deadline,
    new_stay,
    replanned,
    sort_overview,
)

TODAY = dt.date(2026, 5, 4)
DAY = dt.timedelta(days=1)
FLAT = TransitionFlat(10, FlatCategory.TRANSITION, "Nexus", dt.date(2026, 1, 1))


def stay_in(
    flat: TransitionFlat = FLAT,
    stays: tuple[FlatStay, ...] = (),
    *,
    moved_in: dt.date = dt.date(2026, 2, 1),
    planned: dt.date = dt.date(2026, 8, 1),
    next_step: str = "",
) -> FlatStay:
    return new_stay(
        flat,
        stays,
        case_id=5,
        moved_in=moved_in,
        planned_move_out=planned,
        next_step=next_step,
        today=TODAY,
    )


def refusal(call) -> tuple[tuple[str, ...], str]:
    with pytest.raises(ValidationError) as caught:
        call()
    return caught.value.fields, str(caught.value)


class TestCategories:
    def test_swedish_labels_and_holders(self) -> None:
        assert [(c.label, c.default_holder) for c in FlatCategory] == [
            ("Utslussningslägenhet", "Nexus"),
            ("Jourlägenhet", "Nexus"),
            ("Kvinnobyråns lägenhet", "Uppsala Stadsmission"),
            ("Kvinnojourens lägenhet", "Uppsala Kvinnojour"),
        ]

    def test_kvinnojouren_flats_are_those_let_to_the_kvinnojour(self) -> None:
        check_category(FlatCategory.KVINNOJOUR, let_to_kvinnojour=True)
        check_category(FlatCategory.EMERGENCY, let_to_kvinnojour=False)
        fields, message = refusal(
            lambda: check_category(FlatCategory.KVINNOJOUR, let_to_kvinnojour=False)
        )
        assert fields == ("category",)
        assert message.startswith("Kvinnojourens lägenheter är de som hyrs ut i andra hand")

    def test_a_flat_is_stored_normalised(self) -> None:
        flat = TransitionFlat(1, FlatCategory.KVINNOBYRAN, " Uppsala\tStadsmission ", TODAY, " A ")
        assert flat.validated(TODAY) == TransitionFlat(
            1, FlatCategory.KVINNOBYRAN, "Uppsala Stadsmission", TODAY, "A"
        )

    @pytest.mark.parametrize(
        ("flat", "field", "message"),
        [
            (
                TransitionFlat(1, FlatCategory.EMERGENCY, "  ", TODAY),
                "holder",
                "Organisationen saknas.",
            ),
            (
                TransitionFlat(1, FlatCategory.EMERGENCY, "Nexus", TODAY + DAY),
                "available_from",
                "Lägenheten kan inte vara tillgänglig från ett datum i framtiden.",
            ),
            (
                TransitionFlat(1, FlatCategory.EMERGENCY, "Nexus", TODAY, "x" * 1001),
                "notes",
                "Anteckningar får vara högst 1000 tecken.",
            ),
        ],
    )
    def test_bad_flat_input(self, flat: TransitionFlat, field: str, message: str) -> None:
        assert refusal(lambda: flat.validated(TODAY)) == ((field,), message)


class TestStays:
    def test_a_move_in_with_its_plan(self) -> None:
        stay = stay_in(next_step="  Ansöka om\tbostadssocialt kontrakt ")
        assert stay == FlatStay(
            None,
            10,
            5,
            dt.date(2026, 2, 1),
            dt.date(2026, 8, 1),
            "Ansöka om bostadssocialt kontrakt",
        )
        assert stay.current
        assert free_since(FLAT, [stay]) is None

    def test_an_occupied_flat_takes_no_one_else(self) -> None:
        living = FlatStay(1, 10, 4, dt.date(2026, 1, 5), dt.date(2026, 6, 1))
        assert refusal(lambda: stay_in(stays=(living,))) == (
            ("apartment_id",),
            "Lägenheten är redan belagd sedan 2026-01-05; registrera utflytten först.",
        )

    @pytest.mark.parametrize(
        ("moved_in", "planned", "field", "message"),
        [
            (
                TODAY + DAY,
                TODAY + 9 * DAY,
                "moved_in",
                "Inflyttningen kan inte registreras i förväg.",
            ),
            (
                dt.date(2026, 3, 1),
                dt.date(2026, 2, 1),
                "planned_move_out",
                "Den planerade utflytten kan inte vara före inflyttningen.",
            ),
            (
                dt.date(2025, 12, 31),
                dt.date(2026, 2, 1),
                "moved_in",
                "Lägenheten finns i förteckningen från 2026-01-01; inflyttningen kan inte vara "
                "före det.",
            ),
        ],
    )
    def test_dates_in_order(
        self, moved_in: dt.date, planned: dt.date, field: str, message: str
    ) -> None:
        assert refusal(lambda: stay_in(moved_in=moved_in, planned=planned)) == ((field,), message)

    def test_not_before_the_last_one_moved_out(self) -> None:
        before = FlatStay(
            1, 10, 4, dt.date(2026, 1, 5), dt.date(2026, 3, 1), "", dt.date(2026, 3, 10)
        )
        assert refusal(lambda: stay_in(stays=(before,), moved_in=dt.date(2026, 3, 9))) == (
            ("moved_in",),
            "Lägenheten var belagd till 2026-03-10; inflyttningen kan inte vara före det.",
        )
        # The day the last one moved out, the next may move in.
        assert stay_in(stays=(before,), moved_in=dt.date(2026, 3, 10)).current

    def test_move_out_and_then_free_since(self) -> None:
        stay = FlatStay(1, 10, 5, dt.date(2026, 2, 1), dt.date(2026, 8, 1))
        out = ended_stay(stay, dt.date(2026, 4, 20), TODAY)
        assert out.moved_out == dt.date(2026, 4, 20)
        assert not out.current
        assert free_since(FLAT, [out]) == dt.date(2026, 4, 20)
        assert free_since(FLAT, []) == FLAT.available_from
        assert refusal(lambda: ended_stay(out, TODAY, TODAY)) == (
            ("moved_out",),
            "Utflyttningen är redan registrerad (2026-04-20).",
        )
        assert refusal(lambda: ended_stay(stay, TODAY + DAY, TODAY)) == (
            ("moved_out",),
            "Utflyttningen kan inte registreras i förväg.",
        )
        assert refusal(lambda: ended_stay(stay, dt.date(2026, 1, 31), TODAY)) == (
            ("moved_out",),
            "Utflyttningen kan inte vara före inflyttningen (2026-02-01).",
        )

    def test_a_new_plan_while_living_there(self) -> None:
        stay = FlatStay(1, 10, 5, dt.date(2026, 2, 1), dt.date(2026, 8, 1))
        moved = replanned(stay, planned_move_out=dt.date(2026, 9, 1), next_step="Visning 12/6")
        assert (moved.planned_move_out, moved.next_step) == (dt.date(2026, 9, 1), "Visning 12/6")
        assert refusal(
            lambda: replanned(stay, planned_move_out=dt.date(2026, 1, 1), next_step="")
        ) == (("planned_move_out",), "Den planerade utflytten kan inte vara före inflyttningen.")
        out = ended_stay(stay, TODAY, TODAY)
        assert refusal(lambda: replanned(out, planned_move_out=TODAY, next_step="")) == (
            ("moved_out",),
            "Utflyttningen är redan registrerad (2026-05-04).",
        )


def row(number: str, *, planned: dt.date | None = None, free: dt.date | None = None):
    stay = FlatStay(1, 1, 1, dt.date(2026, 1, 1), planned) if planned else None
    return FlatOverviewRow(FLAT, number, None, stay, free_since=free)


class TestOverview:
    def test_occupied_by_soonest_move_out_then_free_by_longest_free(self) -> None:
        rows = [
            row("F-free-short", free=dt.date(2026, 4, 30)),
            row("O-late", planned=dt.date(2026, 12, 1)),
            row("F-free-long", free=dt.date(2026, 1, 2)),
            row("O-soon", planned=dt.date(2026, 5, 10)),
        ]
        ordered = [r.object_number for r in sort_overview(rows)]
        assert ordered == ["O-soon", "O-late", "F-free-long", "F-free-short"]

    def test_free_for_n_days(self) -> None:
        assert row("x", free=dt.date(2026, 4, 30)).free_days(TODAY) == 4
        assert row("x", planned=TODAY).free_days(TODAY) is None


def test_the_planned_move_out_is_a_deadline_of_its_own_kind() -> None:
    deadline = move_out_deadline(
        5, "SB-2026-0001", object_number="1234-1", planned_move_out=dt.date(2026, 6, 1)
    )
    assert deadline.kind is DeadlineKind.PLANNED_MOVE_OUT
    assert deadline.kind.label == "Planerad utflytt ur utslussnings-/jourlägenhet"
    assert list(DeadlineKind)[-1] is DeadlineKind.PLANNED_MOVE_OUT
    assert (deadline.case_id, deadline.detail, deadline.is_overdue(dt.date(2026, 6, 2))) == (
        5,
        "1234-1",
        True,
    )
