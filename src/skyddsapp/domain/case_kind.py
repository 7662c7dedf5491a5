"""The kinds of case the app handles, with their Swedish names and reference prefixes."""

from __future__ import annotations

from enum import Enum


class CaseKind(Enum):
    """Ärendetyp."""

    CUSTOMER_CARE = "customer_care"
    KVINNOJOUR_SUBLET = "kvinnojour_sublet"
    HOUSING_CHAIN = "housing_chain"
    SHELTER_EXIT = "shelter_exit"
    LEASE_TAKEOVER = "lease_takeover"
    PRIORITY = "priority"
    PERPETRATOR_MOVE = "perpetrator_move"
    COUNTY_REFERRAL = "county_referral"
    HOUSING_FIRST = "housing_first"

    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def prefix(self) -> str:
        """Two capital letters that start the case reference (KV-2026-0001)."""
        return _PREFIXES[self]

    @classmethod
    def from_prefix(cls, prefix: str) -> CaseKind | None:
        return _BY_PREFIX.get(prefix.upper())


_LABELS = {
    CaseKind.CUSTOMER_CARE: "Kundvård vid våld i nära relation",
    CaseKind.KVINNOJOUR_SUBLET: "Andrahandsuthyrning till Uppsala Kvinnojour",
    CaseKind.HOUSING_CHAIN: "Boendekedjan",
    CaseKind.SHELTER_EXIT: "Skyddat boende – utslussning",
    CaseKind.LEASE_TAKEOVER: "Övertagande av hyresrätt",
    CaseKind.PRIORITY: "Förtur",
    CaseKind.PERPETRATOR_MOVE: "Flytt av våldsutövare",
    CaseKind.COUNTY_REFERRAL: "Länskompotten – lägenhet i annan kommun i länet",
    CaseKind.HOUSING_FIRST: "Bostad först",
}

_PREFIXES = {
    CaseKind.CUSTOMER_CARE: "KV",
    CaseKind.KVINNOJOUR_SUBLET: "KJ",
    CaseKind.HOUSING_CHAIN: "BK",
    CaseKind.SHELTER_EXIT: "SB",
    CaseKind.LEASE_TAKEOVER: "OH",
    CaseKind.PRIORITY: "FT",
    CaseKind.PERPETRATOR_MOVE: "FV",
    CaseKind.COUNTY_REFERRAL: "LK",
    CaseKind.HOUSING_FIRST: "BF",
}

_BY_PREFIX = {prefix: kind for kind, prefix in _PREFIXES.items()}
