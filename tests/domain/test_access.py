"""Who sees which case: the rules, without a vault."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skyddsapp.domain.access import (
    Actor,
    Assignee,
    CaseAccess,
    Organisation,
    Team,
    check_assignment,
    check_membership,
    check_new_case_handlers,
    check_share,
    check_unassignment,
    check_unshare,
    glass_reason,
    may_see,
    validate_team_name,
)
from skyddsapp.domain.errors import ValidationError
from skyddsapp.domain.users import Role

UH = Team("Uppsalahem", Organisation.UPPSALAHEM)
SODER = Team("Söder", Organisation.UPPSALAHEM)
NEXUS = Team("Nexus", Organisation.NEXUS)

anna = Actor("anna", Role.HANDLER, UH)
berit = Actor("berit", Role.HANDLER, UH)  # anna's team
sven = Actor("sven", Role.HANDLER, SODER)  # another team of the same organisation
nora = Actor("nora", Role.SOCIAL_WORKER, NEXUS)
boss = Actor("boss", Role.ADMIN, UH)  # an administrator who also handles cases
adam = Actor("adam", Role.ADMIN)  # an administrator who does not
gun = Actor("gun", Role.AUDITOR)


def case(*handlers: Actor, shared: bool = False) -> CaseAccess:
    return CaseAccess(
        1,
        "KV-2026-0001",
        Organisation.UPPSALAHEM,
        Organisation.NEXUS if shared else None,
        tuple(Assignee(h.name, h.team) for h in handlers),
    )


@pytest.mark.parametrize(
    ("actor", "access", "sees"),
    [
        (anna, case(anna), True),
        (berit, case(anna), True),  # the team sees its members' cases
        (boss, case(anna), True),
        (sven, case(anna), False),  # another team does not
        (nora, case(anna), False),  # nor the other organisation
        (nora, case(anna, shared=True), False),  # shared, but no Nexus handler on it
        (nora, case(anna, nora, shared=True), True),
        (anna, case(nora), False),  # a Nexus handler on an unshared case counts for nothing
        (adam, case(adam), False),  # no team: no cases, assigned or not
        (gun, case(anna), False),
        (sven, case(anna, sven), True),
    ],
)
def test_who_sees_a_case(actor: Actor, access: CaseAccess, sees: bool) -> None:
    assert may_see(actor, access) is sees


def test_only_handlers_and_social_workers_in_a_team_and_admins_with_one_handle_cases() -> None:
    assert [a.handles_cases for a in (anna, nora, boss, adam, gun)] == [
        True,
        True,
        True,
        False,
        False,
    ]
    assert Actor("x", Role.HANDLER).handles_cases is False
    assert adam.scope() is None
    scope = anna.scope([7])
    assert scope is not None
    assert (scope.user, scope.team, scope.organisation, scope.also) == (
        "anna",
        "Uppsalahem",
        Organisation.UPPSALAHEM,
        frozenset({7}),
    )


@pytest.mark.parametrize(
    ("role", "team", "message"),
    [
        (Role.HANDLER, None, "måste höra till ett team hos Uppsalahem"),
        (Role.HANDLER, NEXUS, "Teamet Nexus hör till Nexus"),
        (Role.SOCIAL_WORKER, UH, "Teamet Uppsalahem hör till Uppsalahem"),
        (Role.AUDITOR, UH, "En granskare hör inte till något team"),
    ],
)
def test_a_team_must_fit_the_role(role: Role, team: Team | None, message: str) -> None:
    with pytest.raises(ValidationError, match=message) as raised:
        check_membership(role, team)
    assert raised.value.fields == ("team",)


@pytest.mark.parametrize(
    ("role", "team"),
    [(Role.HANDLER, SODER), (Role.SOCIAL_WORKER, NEXUS), (Role.ADMIN, None), (Role.ADMIN, NEXUS)],
)
def test_a_fitting_team_passes(role: Role, team: Team | None) -> None:
    check_membership(role, team)


def test_assigning_checks_the_organisation_and_the_role() -> None:
    with pytest.raises(ValidationError, match="Dela ärendet med Nexus innan"):
        check_assignment(case(anna), nora)
    check_assignment(case(anna, shared=True), nora)
    with pytest.raises(ValidationError, match="redan handläggare"):
        check_assignment(case(anna), anna)
    for nobody in (adam, gun):
        with pytest.raises(ValidationError, match="handlägger inga ärenden"):
            check_assignment(case(anna), nobody)


def test_a_case_keeps_one_handler_and_unsharing_waits_for_the_other_side() -> None:
    with pytest.raises(ValidationError, match="minst en handläggare"):
        check_unassignment(case(anna), "anna")
    with pytest.raises(ValidationError, match="inte handläggare"):
        check_unassignment(case(anna), "berit")
    check_unassignment(case(anna, berit), "anna")
    with pytest.raises(ValidationError, match="inte delat"):
        check_unshare(case(anna))
    with pytest.raises(ValidationError, match="handläggarna från Nexus ur ärendet: nora"):
        check_unshare(case(anna, nora, shared=True))
    check_unshare(case(anna, shared=True))
    with pytest.raises(ValidationError, match="redan delat"):
        check_share(case(anna, shared=True), Organisation.NEXUS)
    with pytest.raises(ValidationError, match="hör redan till Uppsalahem"):
        check_share(case(anna), Organisation.UPPSALAHEM)


def test_a_new_case_needs_handlers_who_may_handle_it_and_a_creator_who_sees_it() -> None:
    check_new_case_handlers(anna, [anna], None)
    check_new_case_handlers(anna, [berit], None)  # a teammate's case: anna still sees it
    with pytest.raises(ValidationError, match="själv vara handläggare"):
        check_new_case_handlers(anna, [sven], None)
    with pytest.raises(ValidationError, match="Dela ärendet med Nexus"):
        check_new_case_handlers(anna, [anna, nora], None)
    check_new_case_handlers(anna, [anna, nora], Organisation.NEXUS)
    with pytest.raises(ValidationError, match="handlägger inga ärenden"):
        check_new_case_handlers(adam, [adam], None)


def test_a_glass_reason_is_a_real_sentence() -> None:
    assert glass_reason("  Klienten  på plats,\thandläggaren sjuk ") == (
        "Klienten på plats, handläggaren sjuk"
    )
    for bad, message in (
        ("", "Ange varför"),
        ("kolla", "minst 10 tecken"),
        ("a\x00" * 6, "otillåtna"),
    ):
        with pytest.raises(ValidationError, match=message):
            glass_reason(bad)


def test_team_names() -> None:
    assert validate_team_name("  Uppsalahem  Söder ") == "Uppsalahem Söder"
    for bad in ("", "<b>team</b>", "-team", "x" * 41):
        with pytest.raises(ValidationError):
            validate_team_name(bad)


actors = st.sampled_from([anna, berit, sven, nora, boss, adam, gun])


@given(
    handlers=st.lists(st.sampled_from([anna, berit, sven, nora, boss]), max_size=4, unique=True),
    shared=st.booleans(),
    viewer=actors,
)
def test_may_see_is_the_stated_rule(handlers: list[Actor], shared: bool, viewer: Actor) -> None:
    access = case(*handlers, shared=shared)
    orgs = {Organisation.UPPSALAHEM} | ({Organisation.NEXUS} if shared else set())
    expected = (
        viewer.team is not None
        and viewer.role is not Role.AUDITOR
        and viewer.team.organisation in orgs
        and any(h.team is not None and h.team.name == viewer.team.name for h in handlers)
    )
    assert may_see(viewer, access) is expected
