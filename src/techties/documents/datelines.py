"""A document's date from the top of its text: a dateline or a line that is only a date.

Plain text, Markdown and many JSON Lines records carry no metadata, but news writes its
date where the story starts: "Москва, 14 мая 2024 года.", "BEIJING, May 14, 2024 --",
"新华社北京5月14日电", or a line "14.05.2024" above the story. A dateline without a year
("Москва. 28 февраля. INTERFAX.RU") takes it from a full date written in the text, else
dates nothing: a bare year may be background or a plan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from techties.documents.dates import MONTHS
from techties.model.partial_dates import partial_date

HEAD_CHARS = 400  # a dateline stands in the first lines of a story
HEAD_LINES = 6
DATE_LINE_MAX = 48  # a longer line is a sentence that happens to hold a date
MARKUP = " \t*_#>"  # Markdown emphasis and headings around a dateline

_MONTH = r"(?P<name>[^\W\d_]{3,10})\.?"
_DAY = r"(?P<d>[0-3]?\d)"
_YEAR = r"(?P<y>(?:19|20)\d\d)"
_PLACE_EN = r"[A-Z][A-Za-z.'’-]+(?:[ -][A-Z][A-Za-z.'’-]+){0,3}"
_PLACE_RU = r"[А-ЯЁ][А-ЯЁа-яё-]+(?:[ -][А-ЯЁа-яё-]+){0,2}"

_END = r"\s*(?:\([^)]{1,30}\)\s*)?(?:--|[—–:/.-]|$)"
# "BEIJING, May 14, 2024 --", "MOSCOW, May 14 (Reuters) -", "Beijing, 14 May 2024",
# "PABNA, Bangladesh, 30 November 2017 -", "TULA, June 2019 -"
DATELINE_EN = re.compile(
    rf"^{_PLACE_EN}(?:\s*,\s*{_PLACE_EN})?\s*,\s*"
    rf"(?:{_MONTH}\s+{_DAY}(?:st|nd|rd|th)?|(?P<d2>[0-3]?\d)\s+(?P<name2>[A-Za-z]{{3,10}})\.?"
    rf"|(?P<name3>[A-Za-z]{{3,10}})(?=,?\s+(?:19|20)\d\d))"
    rf"(?:\s*,?\s*{_YEAR})?{_END}")
# "Москва, 14 мая 2024 года.", "МОСКВА, 14 мая. /ТАСС/.", "Москва. 28 февраля. INTERFAX.RU -"
DATELINE_RU = re.compile(
    rf"^{_PLACE_RU}\s*[,.]\s*(?:{_DAY}\s+)?{_MONTH}(?:\s+{_YEAR}(?:\s*(?:года|г)\.?)?)?{_END}")
# "新华社北京5月14日电", "中新网沈阳10月14日电", "东北网6月20日讯"
DATELINE_ZH = re.compile(
    r"(?:(?P<y>(?:19|20)\d\d)\s*年\s*)?(?P<m>1[0-2]|0?[1-9])\s*月\s*(?P<d>[0-3]?\d)\s*日\s*[电電讯訊]")
# "2019年9月16日 莫斯科电", "2021年4月19日，莫斯科 …": the date first, then the place
DATELINE_ZH_FIRST = re.compile(
    r"^(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>1[0-2]|0?[1-9])\s*月\s*(?P<d>[0-3]?\d)\s*日\s*[，,]?\s*"
    r"[\u4e00-\u9fff]{2,8}?(?:[电電讯訊]|(?=\s))")
LABEL = re.compile(
    r"^(?:(?:published|posted|updated|date|опубликовано|обновлено|дата|发布时间|发布日期|时间|日期)\s*[:：]?\s*)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*|"
    r"(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье),?\s*)?", re.I)
# a line that opens with a full numeric date: "2023-10-13 10:15 The ministry said …"
DATE_LEAD = re.compile(
    rf"^{LABEL.pattern[1:]}(?:{_YEAR}-(?P<m>\d\d)-{_DAY}|(?P<d2>[0-3]?\d)\.(?P<m2>\d\d)\.(?P<y2>(?:19|20)\d\d))"
    r"(?:[T\s]+\d{1,2}:\d\d(?::\d\d)?)?(?=\s)", re.I)
# a line that is only a date, maybe with a label, a weekday or a time
DATE_LINE = (
    re.compile(rf"^{_YEAR}[-/.](?P<m>\d{{1,2}})[-/.]{_DAY}\b"),
    re.compile(rf"^{_DAY}\.(?P<m>\d\d)\.{_YEAR}\b"),
    re.compile(rf"^{_YEAR}\s*年\s*(?P<m>\d{{1,2}})\s*月\s*{_DAY}\s*日"),
    re.compile(rf"^{_DAY}\s+{_MONTH}(?:\s*,?\s*{_YEAR})?(?:\s*(?:года|г)\.?)?(?:\W|$)"),
    re.compile(rf"^{_MONTH}\s+{_DAY}(?:st|nd|rd|th)?(?:\s*,?\s*{_YEAR})?(?:\W|$)"),
)

# a full date anywhere in the text, for the year of a dateline that has none
FULL_YEAR_DATE = re.compile(
    r"(?<!\d)[0-3]?\d\s+(?P<a>[^\W\d_]{3,10})\.?,?\s+(?P<ya>(?:19|20)\d\d)|"
    r"\b(?P<b>[^\W\d_]{3,10})\.?\s+[0-3]?\d,\s+(?P<yb>(?:19|20)\d\d)|"
    r"(?P<yc>(?:19|20)\d\d)\s*年\s*\d{1,2}\s*月")


@dataclass(frozen=True)
class Dateline:
    """The date found and where it ends in the text (the story starts after it)."""

    date: str
    start: int
    end: int


def _month(name: str | None) -> int | None:
    return MONTHS.get(name.casefold().rstrip(".")) if name else None


def context_year(text: str) -> int | None:
    """The year a story without one in its dateline is set in: that of the first full date
    it writes ("14 May 2024", "2024年5月"); None when it writes none, since a bare year
    may be background or a plan."""
    for match in FULL_YEAR_DATE.finditer(text):
        if match["yc"]:
            return int(match["yc"])
        if _month(match["a"] or match["b"]) is not None:
            return int(match["ya"] or match["yb"])
    return None


def _build(text: str, match: re.Match[str], month: int | None, day: str | None,
           year: str | None, base: int = 0, default_year: int | None = None) -> Dateline | None:
    if month is None:
        return None
    y = int(year) if year else default_year or context_year(text)
    if y is None:
        return None
    found = partial_date(y, month, int(day) if day else None)
    return Dateline(found, base + match.start(), base + match.end()) if found else None


def _date_line(text: str, line: str, at: int, default_year: int | None) -> Dateline | None:
    label = LABEL.match(line)
    rest = line[label.end():] if label else line
    skipped = len(line) - len(rest)
    for pattern in DATE_LINE:
        match = pattern.match(rest)
        if not match:
            continue
        groups = match.groupdict()
        month = _month(groups.get("name")) if groups.get("name") else (
            int(groups["m"]) if groups.get("m") else None)
        found = _build(text, match, month, groups.get("d"), groups.get("y"), at + skipped,
                       default_year)
        if found:
            return found
    return None


def find_dateline(text: str, default_year: int | None = None) -> Dateline | None:
    """The dateline or date line at the top of `text`, or None. A dateline without a year
    takes `default_year` when given (the document's, known already), else the text's."""
    head = text[:HEAD_CHARS]
    zh = DATELINE_ZH.search(head)
    if zh:
        return _build(text, zh, int(zh["m"]), zh["d"], zh["y"], 0, default_year)
    at = 0
    for number, line in enumerate(head.split("\n")):
        if number >= HEAD_LINES:
            break
        stripped = line.strip(MARKUP)
        lead = at + len(line) - len(line.lstrip(MARKUP))
        if stripped:
            en = DATELINE_EN.match(stripped)
            if en:
                found = _build(text, en, _month(en["name"] or en["name2"] or en["name3"]),
                               en["d"] or en["d2"], en["y"], lead, default_year)
                if found:
                    return found
            zh_first = DATELINE_ZH_FIRST.match(stripped)
            if zh_first:
                found = _build(text, zh_first, int(zh_first["m"]), zh_first["d"], zh_first["y"], lead,
                               default_year)
                if found:
                    return found
            ru = DATELINE_RU.match(stripped)
            if ru and (ru["d"] or ru["y"]):
                found = _build(text, ru, _month(ru["name"]), ru["d"], ru["y"], lead, default_year)
                if found:
                    return found
            lead_date = DATE_LEAD.match(stripped)
            if lead_date:
                found = _build(text, lead_date, int(lead_date["m"] or lead_date["m2"]),
                               lead_date["d"] or lead_date["d2"], lead_date["y"] or lead_date["y2"],
                               lead, default_year)
                if found:
                    return found
            if len(stripped) <= DATE_LINE_MAX:
                found = _date_line(text, stripped, lead, default_year)
                if found:
                    return found
        at += len(line) + 1
    return None


def dateline_date(text: str) -> str | None:
    """The document date its text gives at the top, or None."""
    found = find_dateline(text)
    return found.date if found else None
