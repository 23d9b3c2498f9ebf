"""Months and quarters as integers, from the partial dates (YYYY, YYYY-MM, YYYY-MM-DD) events carry.

A month index is ``year * 12 + month - 1``, so that month arithmetic is integer arithmetic.
An event dated to the year only has no month: it is left out of monthly and quarterly
series, and becomes *known* at the end of its year (December), so that a replay never
sees it before the year is over.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from datetime import date as calendar_date

PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def month_of(date: str | None) -> int | None:
    """The month index of a date precise to the month or the day; None otherwise."""
    if not date:
        return None
    found = PARTIAL_DATE.match(date.strip())
    if not found or not found.group(2):
        return None
    month = int(found.group(2))
    if not 1 <= month <= 12:
        return None
    return int(found.group(1)) * 12 + month - 1


def known_month(date: str | None) -> int | None:
    """The month from which an event with this date is known: its month, else December of
    its year; None for no date."""
    month = month_of(date)
    if month is not None:
        return month
    if date and PARTIAL_DATE.match(date.strip()):
        return int(date[:4]) * 12 + 11
    return None


def day_of(date: str | None) -> int | None:
    """The day number (proleptic Gregorian ordinal) of a date precise to the day; else None."""
    if not date:
        return None
    found = PARTIAL_DATE.match(date.strip())
    if not found or not found.group(3):
        return None
    year, month, day = int(found.group(1)), int(found.group(2)), int(found.group(3))
    try:
        return calendar_date(year, month, day).toordinal()
    except ValueError:
        return None


def parse_month(text: str) -> int:
    """The month index of ``YYYY-MM`` (or ``YYYY``: its January); ValueError when malformed."""
    text = text.strip()
    if re.fullmatch(r"\d{4}", text):
        return int(text) * 12
    found = MONTH.match(text)
    if not found or not 1 <= int(found.group(2)) <= 12:
        raise ValueError(f"{text!r} is not a month (YYYY-MM)")
    return int(found.group(1)) * 12 + int(found.group(2)) - 1


def month_label(month: int) -> str:
    """``YYYY-MM`` of a month index."""
    return f"{month // 12:04d}-{month % 12 + 1:02d}"


def quarter_of(month: int) -> int:
    """The quarter index (year * 4 + quarter - 1) of a month index."""
    return month // 3


def quarter_label(quarter: int) -> str:
    return f"{quarter // 4}Q{quarter % 4 + 1}"


def period_of(month: int, per: str) -> int:
    """The period index of a month for ``per`` = month, quarter or year."""
    if per == "month":
        return month
    if per == "quarter":
        return month // 3
    if per == "year":
        return month // 12
    raise ValueError(f"unknown period {per!r}: month, quarter or year")


def period_label(period: int, per: str) -> str:
    if per == "month":
        return month_label(period)
    if per == "quarter":
        return quarter_label(period)
    return str(period)


def current_month() -> int:
    now = datetime.now(UTC)
    return now.year * 12 + now.month - 1
