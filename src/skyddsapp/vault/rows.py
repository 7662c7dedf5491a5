"""Conversions between stored text and domain values, shared by the repositories."""

from __future__ import annotations

import datetime as dt

from skyddsapp.domain.address import Address


def iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


def day(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def required_day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def address_columns(address: Address | None) -> tuple[str | None, ...]:
    if address is None:
        return (None, None, None, None)
    return (address.street, address.postal_code, address.city, address.care_of)


def address_from(
    street: str | None, postal_code: str | None, city: str | None, care_of: str | None
) -> Address | None:
    if street is None or postal_code is None or city is None:
        return None
    return Address(street, postal_code, city, care_of)


def name_key(text: str) -> str:
    """The form names are searched in: casefolded, single-spaced (Å, Ä, Ö kept as letters)."""
    return " ".join(text.casefold().split())


def prefix_upper_bound(prefix: str) -> str:
    """The smallest string greater than every string starting with `prefix` (for range scans)."""
    return prefix + "\U0010ffff"
