"""Partial dates: a year, a month or a day (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``).

Events, documents, the curated record and analysts' edits are all dated to whatever
precision their source gives, so the partial date is a value of the model with one home:
its text form, its parts, its checks and its month and day arithmetic live here, and the
documents, extraction, analysis, store and interfaces read them from here.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date as calendar_date

# The years a document's or an event's date may fall in; outside them a date is a misreading.
MIN_YEAR, MAX_YEAR = 1990, 2100
# The years a user may type in a filter or an edit (interfaces/user_dates.py): those the
# (19|20)YY of WELL_FORMED_PATTERN accepts. Wider than MIN_YEAR..MAX_YEAR, which bound what
# a text's date may be read as, so that an analyst can ask for the decades before either.
INPUT_FIRST_YEAR, INPUT_LAST_YEAR = 1900, 2099
# A partial date written correctly (a month 01-12, a day 01-31), as a pattern for validators
# and the API's schema; the calendar check (no 30 February) is `checked`'s.
WELL_FORMED_PATTERN = r"(19|20)[0-9]{2}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?"
WELL_FORMED = re.compile(rf"^{WELL_FORMED_PATTERN}$")
_PARTS = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
PRECISIONS = {4: "year", 7: "month", 10: "day"}  # by the length of the text form


@dataclass(frozen=True)
class PartialDate:
    year: int
    month: int | None = None
    day: int | None = None

    def __str__(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @classmethod
    def parse(cls, text: str | None) -> PartialDate | None:
        """The parts of a date in the partial-date shape, unchecked against the calendar;
        None for anything else."""
        found = _PARTS.match(text.strip()) if text else None
        if not found:
            return None
        year, month, day = found.groups()
        return cls(int(year), int(month) if month else None, int(day) if day else None)

    @classmethod
    def checked(cls, year: int, month: int | None = None, day: int | None = None) -> PartialDate | None:
        """The date when it exists in the calendar and falls within MIN_YEAR..MAX_YEAR."""
        if not MIN_YEAR <= year <= MAX_YEAR:
            return None
        if month is None:
            return cls(year)
        if not 1 <= month <= 12:
            return None
        if day is not None and not 1 <= day <= calendar.monthrange(year, month)[1]:
            return None
        return cls(year, month, day)

    @property
    def month_index(self) -> int | None:
        """``year * 12 + month - 1`` when the month is known (and valid), so that month
        arithmetic is integer arithmetic; None for a year alone."""
        if self.month is None or not 1 <= self.month <= 12:
            return None
        return self.year * 12 + self.month - 1

    @property
    def day_ordinal(self) -> int | None:
        """The proleptic Gregorian ordinal of a date known to the day; None otherwise."""
        if self.month is None or self.day is None:
            return None
        try:
            return calendar_date(self.year, self.month, self.day).toordinal()
        except ValueError:
            return None


def partial_date(year: int, month: int | None = None, day: int | None = None) -> str | None:
    """The partial date as text, or None when it does not exist or is out of range."""
    found = PartialDate.checked(year, month, day)
    return str(found) if found else None


def precision_of(date: str | None) -> str | None:
    """year, month or day for a partial date YYYY, YYYY-MM or YYYY-MM-DD; None without one."""
    return PRECISIONS.get(len(date)) if date else None


def is_well_formed(text: str) -> bool:
    return bool(WELL_FORMED.match(text))
