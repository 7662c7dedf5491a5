"""When a tenant's notice ends an open-ended lease of a flat (12 kap. 4 § jordabalken)."""

from __future__ import annotations

import calendar
import datetime as dt

NOTICE_MONTHS = 3


def notice_end_date(notice: dt.date) -> dt.date:
    """The last day of the lease after the tenant's notice given (received or posted) on ``notice``.

    12 kap. 4 § första stycket 1 jordabalken: an open-ended lease of a flat ends "vid det
    månadsskifte som inträffar närmast efter tre månader från uppsägningen".

    Three months from the notice run, per lagen (1930:173) om beräkning av lagstadgad tid, to
    the same day number three months later, or that month's last day when it has no such day
    (31 Aug → 30 Nov). That day always lies in the third month after the notice month, so the
    turn of month that follows is the one at the end of that month: the lease ends on the
    last day of the third month after the month of notice. A notice on the last day of a month
    therefore gives exactly three months (31 Jan → 30 Apr). This matches how landlords and the
    tenants' union state it ("säg upp senast 31 januari för att flytta 1 maj"; Uppsalahem: "ett
    kontrakt som sägs upp under februari upphör 31 maj").

    Examples: 1 Sep → 31 Dec, 15 Sep → 31 Dec, 30 Sep → 31 Dec, 31 Aug → 30 Nov,
    30 Nov → 28 Feb (29 in a leap year).

    A longer notice period agreed in the lease is not handled here.
    """
    month_index = notice.year * 12 + (notice.month - 1) + NOTICE_MONTHS
    year, month = divmod(month_index, 12)
    return dt.date(year, month + 1, calendar.monthrange(year, month + 1)[1])


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus whole months, clamped to the month's last day (31 Aug + 3 → 30 Nov)."""
    year, month = divmod(day.year * 12 + (day.month - 1) + months, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))
