"""Dates typed by a user (options, query strings): one cleaner for the CLI, the pages and the API.

A user's date is partial: a year, a month or a day (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``).
It is checked against the calendar, so ``2024-13`` and ``2023-02-30`` are refused with the
expected form instead of silently matching nothing. What it returns is the text form of the
model's PartialDate. This only validates and normalises; how a filter compares an event's
date with it is the store's business.
"""

from __future__ import annotations

import re

from techties.model.partial_dates import INPUT_FIRST_YEAR, INPUT_LAST_YEAR, PartialDate

FORMS = {"day": "YYYY, YYYY-MM or YYYY-MM-DD", "month": "YYYY or YYYY-MM"}
_SHAPE = re.compile(r"(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?")


class DateInputError(ValueError):
    """A user's date that is not a real partial date; the message names the expected form."""


def clean_partial_date(text: str, finest: str = "day") -> str:
    """``text`` as a canonical partial date (zero-padded, dashes), or DateInputError.

    ``finest`` is "day" or "month": options that count months (alerts, brief) refuse a day.
    """
    form = FORMS[finest]
    raw = text.strip()
    found = _SHAPE.fullmatch(raw)
    if not found:
        raise DateInputError(f"{text!r} is not a date; use {form}")
    year, month, day = (int(g) if g else None for g in found.groups())
    assert year is not None
    if not INPUT_FIRST_YEAR <= year <= INPUT_LAST_YEAR:
        raise DateInputError(f"{text!r}: the year must be between {INPUT_FIRST_YEAR} and {INPUT_LAST_YEAR}")
    if month is not None and not 1 <= month <= 12:
        raise DateInputError(f"{text!r}: there is no month {month}; use {form}")
    if day is not None:
        if finest == "month":
            raise DateInputError(f"{text!r} is a day; use {form}")
        if PartialDate(year, month, day).day_ordinal is None:
            raise DateInputError(f"{text!r}: there is no such day; use {form}")
    return str(PartialDate(year, month, day))


def optional_partial_date(text: str | None, finest: str = "day") -> str | None:
    """None and blank stay None; anything else is cleaned (DateInputError when it is no date)."""
    if text is None or not text.strip():
        return None
    return clean_partial_date(text, finest)
