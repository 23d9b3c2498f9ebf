"""Partial dates (YYYY, YYYY-MM, YYYY-MM-DD) from whatever a source calls a date.

Fast regular expressions read the common forms; dateparser, told the language,
reads the rest. Years outside 1990–2100 are junk for news about this topic.
"""

from __future__ import annotations

import re
import time
from datetime import date, datetime
from email.utils import parsedate_tz
from functools import lru_cache
from typing import TYPE_CHECKING

from techties.documents.language import CYRILLIC, HAN
from techties.model.partial_dates import partial_date

if TYPE_CHECKING:
    from dateparser.date import DateDataParser

MAX_LENGTH = 80  # longer values are sentences, not dates

MONTHS: dict[str, int] = {}
for _number, _names in enumerate((
    "january jan|январь января январе янв|一月",
    "february feb|февраль февраля феврале фев|二月",
    "march mar|март марта марте мар|三月",
    "april apr|апрель апреля апреле апр|四月",
    "may|май мая мае|五月",
    "june jun|июнь июня июне июн|六月",
    "july jul|июль июля июле июл|七月",
    "august aug|август августа августе авг|八月",
    "september sep sept|сентябрь сентября сентябре сен сент|九月",
    "october oct|октябрь октября октябре окт|十月",
    "november nov|ноябрь ноября ноябре ноя нояб|十一月",
    "december dec|декабрь декабря декабре дек|十二月",
), 1):
    for _name in _names.replace("|", " ").split():
        MONTHS[_name] = _number

Y = r"(?P<y>\d{4})"
M = r"(?P<m>\d{1,2})"
D = r"(?P<d>\d{1,2})"
NAME = r"(?P<name>[^\W\d_]{3,10})\.?"
PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(rf"^{Y}(?:[-/.]{M}(?:[-/.]{D})?)?(?:[T\s].*)?$"),  # ISO and its cousins
    re.compile(rf"^{Y}(?P<m>\d\d)(?P<d>\d\d)$"),  # 20190814
    re.compile(rf"{Y}\s*年\s*(?:{M}\s*月\s*(?:{D}\s*[日号])?)?"),  # 2019年8月14日
    re.compile(rf"(?<!\d){Y}-(?P<m>\d\d)-(?P<d>\d\d)(?!\d)"),  # 发布时间：2019-08-14 10:23
    re.compile(rf"^{D}\.{M}\.{Y}\b"),  # 14.08.2019
    re.compile(rf"(?:^|\s){D}\s+{NAME}\s*,?\s*{Y}"),  # 14 August 2019, 14 августа 2019 г.
    re.compile(rf"(?:^|\s){NAME}\s+{D}(?:st|nd|rd|th)?\s*,?\s*{Y}"),  # August 14, 2019
    re.compile(rf"(?:^|\s){NAME}\s*,?\s*{Y}"),  # August 2019, август 2019
)


def _from_match(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    month: int | None
    if groups.get("name"):
        month = MONTHS.get(groups["name"].casefold())
        if month is None:
            return None
    else:
        month = int(groups["m"]) if groups.get("m") else None
    day = int(groups["d"]) if groups.get("d") else None
    return partial_date(int(groups["y"]), month, day)


def _pattern_match(value: str) -> re.Match[str] | None:
    """The first known form found; a word that is no month name is left to dateparser."""
    for pattern in PATTERNS:
        match = pattern.search(value)
        if match and (not match.groupdict().get("name") or match["name"].casefold() in MONTHS):
            return match
    return None


def _rfc822(value: str) -> str | None:
    """Feed dates like "Wed, 14 Aug 2019 10:00:00 +0300", kept in their own time zone."""
    parsed = parsedate_tz(value)
    if not parsed or not any(ch.isalpha() for ch in value):
        return None
    return partial_date(parsed[0], parsed[1], parsed[2])


@lru_cache(maxsize=8)
def _parser(lang: str | None) -> DateDataParser:
    from dateparser.date import DateDataParser  # slow to import; most values never need it

    settings = {"REQUIRE_PARTS": ["year"], "PREFER_DAY_OF_MONTH": "first"}
    return DateDataParser(languages=[lang] if lang else None, settings=settings)


def _dateparser(value: str, lang: str | None) -> str | None:
    # left to guess, dateparser reads "8月14日" as August 2014; the script names the language
    lang = lang or ("zh" if HAN.search(value) else "ru" if CYRILLIC.search(value) else None)
    try:
        data = _parser(lang).get_date_data(value)
    except (ValueError, LookupError, OverflowError):  # an unknown language code, a junk value
        return None
    if data.date_obj is None:
        return None
    found: datetime = data.date_obj
    period = data.period or "day"
    return partial_date(found.year, found.month if period != "year" else None,
                        found.day if period == "day" else None)


def clean_date(value: object, lang: str | None = None) -> str | None:
    """A partial date from a string, date, datetime or time struct; None for junk."""
    if isinstance(value, datetime | date):
        return partial_date(value.year, value.month, value.day)
    if isinstance(value, time.struct_time):
        return partial_date(value.tm_year, value.tm_mon, value.tm_mday)
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    if not text or len(text) > MAX_LENGTH or not any(ch.isdigit() for ch in text):
        return None
    found = _rfc822(text)
    if found:
        return found
    match = _pattern_match(text)
    if match:  # a known form with an impossible value is junk, not a puzzle for dateparser
        return _from_match(match)
    return _dateparser(text, lang)


FULL_DATES: tuple[re.Pattern[str], ...] = (
    re.compile(rf"\b{Y}-(?P<m>\d\d)-(?P<d>\d\d)\b"),
    re.compile(rf"{Y}\s*年\s*{M}\s*月\s*{D}\s*日"),
    re.compile(rf"\b{D}\.(?P<m>\d\d)\.{Y}\b"),
    re.compile(rf"\b{D}\s+{NAME}\s*,?\s*{Y}\b"),
    re.compile(rf"\b{NAME}\s+{D}(?:st|nd|rd|th)?,?\s+{Y}\b"),
)


def find_full_date(text: str) -> str | None:
    """The first day-precise date written in `text` (a byline, a dateline), or None."""
    best: tuple[int, str] | None = None
    for pattern in FULL_DATES:
        for match in pattern.finditer(text):
            found = _from_match(match)
            if found and len(found) == 10:
                if best is None or match.start() < best[0]:
                    best = (match.start(), found)
                break
    return best[1] if best else None
