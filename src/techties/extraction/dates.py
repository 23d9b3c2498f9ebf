"""When an event happened: a date written in its sentence, resolved against the document's date.

Handles full and partial dates in three languages and the relative forms the press
uses ("last month", "в прошлом году", "去年"). Returns partial dates: YYYY, YYYY-MM
or YYYY-MM-DD. A range of years ("2026–2030", "на 2023–2027 годы") names the span of
a plan, not when the event happened, and dates nothing.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from techties.documents.datelines import HEAD_CHARS, find_dateline
from techties.model.partial_dates import PartialDate

MONTHS_EN = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
MONTHS_EN.update({m[:3]: i for m, i in list(MONTHS_EN.items())})
MONTHS_EN["sept"] = 9
MONTHS_RU = {stem: i for i, stem in enumerate(
    "январ феврал март апрел ма июн июл август сентябр октябр ноябр декабр".split(), 1)}

YEAR = r"(?P<year>(?:19|20)\d\d)"
EN_FULL = re.compile(
    r"\b(?:(?P<day1>\d{1,2})\s+)?(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|"
    r"july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
    r"(?:\s+(?P<day2>\d{1,2})(?:st|nd|rd|th)?)?(?:(?:,?\s+|-)" + YEAR + r")?\b", re.I)
# nominative, genitive ("14 мая") and prepositional ("в мае 2019 года") forms
RU_FULL = re.compile(
    r"(?:(?P<day>\d{1,2})\s+)?(?<![^\W\d_])(?P<month>январ[ьяе]|феврал[ьяе]|март[ае]?|апрел[ьяе]|ма[йяе]|июн[ьяе]|"
    r"июл[ьяе]|август[ае]?|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе])(?!\w)(?:\s+" + YEAR + r")?",
    re.I)
# "в сентябре": a month named alone in the prepositional case, the month of a past event
RU_IN_MONTH = re.compile(r"(?:^|(?<=\s))во?\s+$", re.I)
ZH_FULL = re.compile(
    r"(?:(?P<year>(?:19|20)\d\d)\s*年)?\s*(?P<month>1[0-2]|0?[1-9])\s*月(?:\s*(?P<day>[0-3]?\d)\s*日)?")
# "30日在莫斯科签署": a day of the month alone, the latest such day not after the report's
ZH_DAY = re.compile(r"(?<![\d月号年])(?P<day>[12]?\d|3[01])\s*日(?![元内])")
ISO = re.compile(r"\b" + YEAR + r"-(?P<month>0[1-9]|1[0-2])(?:-(?P<day>[0-3]\d))?\b")
LEAD_CHARS = 16  # a dateline opens its sentence: at most an agency's name before it
# a number followed by a Chinese counter ("1900人", "2000台") counts things, not years
# nor is the number of a model that a short code of capitals names with a hyphen ("the TVS-2006 fuel
# assembly", "MS-2000"): a designation, not a year (a forum's "MAKS-2019", "Армия-2022" is)
BARE_YEAR = re.compile(r"(?<![\d.,])(?<!\b[A-Z]{2}-)(?<!\b[A-Z]{3}-)" + YEAR
                       + r"(?![\d%])(?!\s*[人名家个個台架辆輛万萬亿億吨噸套件])")
YEAR_RANGE = re.compile(
    r"(?<!\d)(?:19|20)\d\d\s*(?:年\s*)?(?:[-–—~～至到]|\bto\b|\bthrough\b|\bпо\b)\s*(?:19|20)?\d\d(?!\d)",
    re.I)

RELATIVE: tuple[tuple[re.Pattern[str], str, int], ...] = (
    (re.compile(r"\blast month\b|в прошлом месяце|上个月|上月", re.I), "month", -1),
    (re.compile(r"\bthis month\b|в этом месяце|本月|这个月", re.I), "month", 0),
    (re.compile(r"\bnext month\b|в следующем месяце|下个月|下月", re.I), "month", 1),
    (re.compile(r"\blast year\b|в прошлом году|去年|上一年", re.I), "year", -1),
    (re.compile(r"\bthis year\b|в этом году|в текущем году|今年|本年", re.I), "year", 0),
    (re.compile(r"\bnext year\b|в следующем году|в будущем году|明年", re.I), "year", 1),
    (re.compile(r"\bthe day before yesterday\b|позавчера|(?<![目之])前天", re.I), "day", -2),
    (re.compile(r"\byesterday\b|вчера|накануне(?=\s*[,.;:)—–-]|\s+(?:в|во|на|днём|днем|вечером|утром)\b|$)|昨天|昨日",
                re.I), "day", -1),
    (re.compile(r"\blast week\b|на прошлой неделе|на минувшей неделе|上周|上星期", re.I), "day", -7),
    (re.compile(r"\b(?:today|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?!'s))\b|"
                r"сегодня|во? (?:(?:минувш|прошл)(?:ий|ую|ее)\s+)?"
                r"(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)|"
                r"今天|今日|日前|近日|(?:周|星期|礼拜)[一二三四五六日天]", re.I), "day", 0),
)
# the weekday a relative day names, Monday 0: "on Tuesday", "во вторник", "周二"
WEEKDAYS = (("monday", "понедельник", "周一", "星期一"), ("tuesday", "вторник", "周二", "星期二"),
            ("wednesday", "среду", "周三", "星期三"), ("thursday", "четверг", "周四", "星期四"),
            ("friday", "пятницу", "周五", "星期五"), ("saturday", "субботу", "周六", "星期六"),
            ("sunday", "воскресенье", "周日", "周天", "星期日", "星期天"))

# Words without which a pattern cannot match, looked for in the case-folded sentence first:
# most sentences name no month and no relative day, and a substring test costs far less than
# the patterns (the weekdays of "on Monday" all end in "day")
RU_MONTH_WORDS = ("январ", "феврал", "ма", "апрел", "июн", "июл", "август", "сентябр", "октябр", "ноябр",
                  "декабр")
EN_MONTH_WORDS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
RELATIVE_WORDS = ("month", "year", "day", "week", "месяц", "году", "вчера", "накануне", "сегодня", "неделе",
                  "понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье", "月", "年", "天",
                  "日", "周", "星期", "礼拜")


def _has_any(folded: str, words: tuple[str, ...]) -> bool:
    return any(word in folded for word in words)


def _shift_month(date: PartialDate, months: int) -> PartialDate:
    month = date.month or 1
    total = date.year * 12 + (month - 1) + months
    return PartialDate(total // 12, total % 12 + 1)


def _month_year(month: int, year: str | None, reference: PartialDate | None,
                ahead: bool = False) -> PartialDate | None:
    if year:
        return PartialDate(int(year), month)
    if reference is None:
        return None
    # a month without a year is the latest such month not after the document's date, or,
    # in a sentence of plans (`ahead`), the next such month from it
    ref_month = reference.month or 12
    return PartialDate(reference.year if month <= ref_month or ahead else reference.year - 1, month)


# A Chinese sentence that tells a plan and names no past time: a month in it without a year
# is one still to come ("计划10月份签署" in a September story is this October).
_ZH_PLAN = re.compile(r"将|計劃|计划|預計|预计|拟|擬|有望|打算|准备|準備")
_ZH_PAST = re.compile(r"去年|前年|上月|上個月|上个月|此前|曾|了|已")


_ZH_YEAR_WORDS = {"今年": 0, "本年": 0, "明年": 1, "去年": -1}


def _zh_ahead(sentence: str) -> bool:
    return bool(_ZH_PLAN.search(sentence)) and not _ZH_PAST.search(sentence)


def _days_before(reference: PartialDate, words: str, days: int) -> PartialDate:
    """The day a relative form names, counted back from a document's day: "yesterday" the day
    before, "last week" seven days before (kept to its month), "on Tuesday" the latest Tuesday
    not after the report. A document dated only to the month is the month itself."""
    if reference.day is None:
        return reference
    day = date(reference.year, reference.month or 1, reference.day)
    folded = words.casefold()
    weekday = next((i for i, names in enumerate(WEEKDAYS) if any(n in folded for n in names)), None)
    if weekday is not None:
        days = (day.weekday() - weekday) % 7
    found = day - timedelta(days=days)
    if days >= 7:
        return PartialDate(found.year, found.month)
    return PartialDate(found.year, found.month, found.day)


def _day_of_month(reference: PartialDate, day: int) -> PartialDate:
    """Day `day` of the report's month, or of the month before when it lies after the report's day."""
    month = reference if day <= (reference.day or 31) else _shift_month(reference, -1)
    return PartialDate(month.year, month.month, day)


def _valid_day(value: str | None) -> int | None:
    return int(value) if value and 1 <= int(value) <= 31 else None


def find_date(sentence: str, lang: str | None, published: str | None) -> str | None:
    """The first date the sentence gives, resolved against `published`; None if it gives none."""
    found = find_dates(sentence, lang, published)
    return found[0] if found else None


def find_dates(sentence: str, lang: str | None, published: str | None) -> list[str]:
    """Every date the sentence gives, in reading order, resolved against `published`. A
    relative date ("this year", "в прошлом месяце") counts only where no written date is
    at or before the document's: "this year they agreed on deliveries until 2016" is dated
    this year, "said on Sunday that … on 30 December" by the written date."""
    reference = PartialDate.parse(published)
    has_year = "19" in sentence or "20" in sentence  # what every written year starts with
    bare_years = list(BARE_YEAR.finditer(sentence)) if has_year else []
    years = {m["year"] for m in bare_years}
    if reference is None and len(years) == 1:
        # no document date: "6月9日 … 2025年科技活动周" — a month without a year is in the one
        # year the sentence names
        reference = PartialDate(int(next(iter(years))))
    candidates: list[tuple[int, PartialDate]] = []
    for m in ISO.finditer(sentence) if has_year else ():
        candidates.append((m.start(), PartialDate(int(m["year"]), int(m["month"]), _valid_day(m["day"]))))
    folded = sentence.casefold()
    if "月" in sentence:  # a Chinese date with a month writes 月
        ahead = _zh_ahead(sentence)
        for m in ZH_FULL.finditer(sentence):
            # "今年10月", "明年3月": the year a word before the month gives
            shift = _ZH_YEAR_WORDS.get(sentence[max(0, m.start() - 2):m.start()]) if not m["year"] else None
            at = m.start() - 2 if shift is not None else m.start()
            year = str(reference.year + shift) if shift is not None and reference is not None else m["year"]
            found = _month_year(int(m["month"]), year, reference, ahead)
            if found:
                day = _valid_day(m["day"])
                candidates.append((at, PartialDate(found.year, found.month, day)))
    if lang == "zh" and reference is not None and reference.day is not None and "日" in sentence:
        for m in ZH_DAY.finditer(sentence):
            if not any(start <= m.start() < start + 12 for start, _ in candidates):
                candidates.append((m.start(), _day_of_month(reference, int(m["day"]))))
    if lang != "zh" and _has_any(folded, RU_MONTH_WORDS):
        for m in RU_FULL.finditer(sentence):
            month = next(i for stem, i in MONTHS_RU.items() if m["month"].lower().startswith(stem))
            if m["year"] or m["day"] or (m["month"].lower().endswith("е")
                                         and RU_IN_MONTH.search(sentence[max(0, m.start() - 3):m.start()])):
                found = _month_year(month, m["year"], reference)
                if found:
                    candidates.append((m.start(), PartialDate(found.year, found.month, _valid_day(m["day"]))))
    if lang != "zh" and _has_any(folded, EN_MONTH_WORDS):
        for m in EN_FULL.finditer(sentence):
            word = m["month"].lower().rstrip(".")
            if word == "may" and not (m["year"] or m["day1"] or m["day2"]):
                continue  # the modal verb
            if not (m["year"] or m["day1"] or m["day2"]) and not m["month"][0].isupper():
                continue
            found = _month_year(MONTHS_EN[word[:4] if word.startswith("sept") else word[:3]],
                                m["year"], reference)
            if found:
                candidates.append((m.start(), PartialDate(found.year, found.month,
                                                          _valid_day(m["day1"] or m["day2"]))))
    ranges = [(m.start(), m.end()) for m in YEAR_RANGE.finditer(sentence)] if has_year else []
    for m in bare_years:
        if any(start <= m.start() < end for start, end in ranges):
            continue
        if not any(start <= m.start() < start + 20 for start, _ in candidates):
            candidates.append((m.start(), PartialDate(int(m["year"]))))
    if reference is not None and not any(not _after(str(c), str(reference)) for _, c in candidates) \
            and _has_any(folded, RELATIVE_WORDS):
        for pattern, unit, delta in RELATIVE:
            relative = pattern.search(sentence)
            if relative and (unit != "day" or not candidates):
                at = relative.start()
                if unit == "year":
                    candidates.append((at, PartialDate(reference.year + delta)))
                elif unit == "month" and reference.month:
                    candidates.append((at, _shift_month(reference, delta)))
                elif unit == "day":
                    candidates.append((at, _days_before(reference, relative[0], -delta)))
    candidates.sort(key=lambda c: (c[0], -len(str(c[1]))))
    return [str(c) for _, c in candidates]


@lru_cache(maxsize=1024)  # a sentence is dated for each of its events and for its neighbours'
def event_date(sentence: str, lang: str | None, published: str | None,
               published_basis: str | None) -> tuple[str | None, str]:
    """The event's date and its basis (records.DATE_BASES): the date its sentence states,
    else the document's date, else unknown.

    A dateline or date line the sentence opens with ("Москва, 14 мая 2024 года. …",
    "2023-10-13 The ministry said …") is the document's date, not one the sentence states:
    a date written after it still wins. A dateline keeps its day, as it is written in the
    story at its lead; a publication date from metadata is cut to the month, as a report
    often appears days after the event. A year after the document's is a plan's target
    ("to launch around 2026"): the plan is dated by when it was announced. A month or a day
    after it is when a thing is scheduled to happen ("the expo will open on 6 July", "from
    1 January"), and dates the event."""
    if published:
        line = find_dateline(sentence[:HEAD_CHARS], int(published[:4]))
        if line is not None and line.start <= LEAD_CHARS and (
                published_basis == "dateline" or line.date == published):
            sentence = sentence[:line.start] + " " * (line.end - line.start) + sentence[line.end:]
    for stated in find_dates(sentence, lang, published):
        if not (published and _after(stated, published) and len(stated) == len("YYYY")):
            return stated, "stated"
    if published and published_basis == "dateline":
        return published, "dateline"
    if published:
        return published[:7], "document"
    return None, "unknown"


def states_later_date(sentence: str, lang: str | None, published: str | None) -> bool:
    """Whether a sentence states a date wholly after its document's ("2026年发射" in a story of
    2024): what it dates there is still to come."""
    return bool(published) and any(_after(stated, published or "") for stated in find_dates(sentence, lang, published))


def _after(date: str, reference: str) -> bool:
    """Whether partial date `date` lies wholly after `reference` (compared at the coarser precision)."""
    n = min(len(date), len(reference))
    return date[:n] > reference[:n]


def recent(date: str | None, reference: str | None, months: int = 12) -> bool:
    """Whether `date` names a month at most `months` before `reference` (any month when there
    is no reference): the time of a reported happening, not a line of its history."""
    found, ref = PartialDate.parse(date), PartialDate.parse(reference)
    if found is None or found.month is None:
        return False
    if ref is None:
        return True
    gap = (ref.year - found.year) * 12 + (ref.month or 12) - found.month
    return 0 <= gap <= months


def sentence_dates(sentences: list[str], lang: str | None) -> list[tuple[int, str]]:
    """The first date each sentence states, as (sentence index, date), read without a
    document date: for a document that has none."""
    out = []
    for i, sentence in enumerate(sentences):
        found = find_dates(sentence, lang, None)
        if found:
            out.append((i, found[0]))
    return out


NEAR_SENTENCES = 2  # how far from an event's sentence a story states its day
NEAR_MONTHS = 3  # how long before the report that day may lie


def around(index: int, count: int, reach: int = NEAR_SENTENCES) -> list[int]:
    """The sentences around sentence `index` of `count`, nearest first, the earlier on a tie."""
    out = []
    for step in range(1, reach + 1):
        out += [j for j in (index - step, index + step) if 0 <= j < count]
    return out


def stated_day(sentence: str, lang: str | None, published: str, published_basis: str | None) -> str | None:
    """The day a sentence beside an event's own states, when it lies in the months just before
    the report: a story tells the event's day in the next line ("Tianjin, 14 June. The
    universities opened a joint lab. The ceremony took place on 5 June."), and that day beats
    the month of publication. A year or a month alone there is too often background."""
    date, basis = event_date(sentence, lang, published, published_basis)
    if basis == "stated" and date and len(date) == len("YYYY-MM-DD") and recent(date, published, NEAR_MONTHS):
        return date
    return None


def nearest_date(dated: list[tuple[int, str]], index: int) -> str | None:
    """The date of the sentence nearest sentence `index` that states one, the earlier on a
    tie. A document without a date of its own is best dated by what its text says around the
    event ("the experiment, held on 14 December 2023, …" two sentences after the headline)."""
    if not dated:
        return None
    return min(dated, key=lambda found: (abs(found[0] - index), found[0]))[1]
