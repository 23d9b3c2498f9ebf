"""Months and quarters as integers, from the partial dates (YYYY, YYYY-MM, YYYY-MM-DD) events carry.

A month index is ``year * 12 + month - 1``, so that month arithmetic is integer arithmetic.
An event dated to the year only has no month: it is left out of monthly and quarterly
series, and becomes *known* at the end of its year (December), so that a replay never
sees it before the year is over.
"""

from __future__ import annotations

from datetime import UTC, datetime

from techties.model.partial_dates import PartialDate


def month_of(date: str | None) -> int | None:
    """The month index of a date precise to the month or the day; None otherwise."""
    found = PartialDate.parse(date)
    return found.month_index if found else None


def known_month(date: str | None) -> int | None:
    """The month from which an event with this date is known: its month, else December of
    its year; None for no date."""
    found = PartialDate.parse(date)
    if found is None:
        return None
    month = found.month_index
    return month if month is not None else found.year * 12 + 11


def day_of(date: str | None) -> int | None:
    """The day number (proleptic Gregorian ordinal) of a date precise to the day; else None."""
    found = PartialDate.parse(date)
    return found.day_ordinal if found else None


def parse_month(text: str) -> int:
    """The month index of ``YYYY-MM`` (or ``YYYY``: its January); ValueError when malformed."""
    found = PartialDate.parse(text)
    if found is None or found.day is not None or (found.month is not None and found.month_index is None):
        raise ValueError(f"{text.strip()!r} is not a month (YYYY-MM)")
    return found.month_index if found.month_index is not None else found.year * 12


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
