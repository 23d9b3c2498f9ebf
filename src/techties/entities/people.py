"""People who are parties to an event: a scientist accused of treason, an executive who hires.

SCHEMA.md's convention: people count as actors only in person, not when they speak for a
state or comment. So a name is taken only after a role word of a party (scientist,
director, founder …), never after president, minister, ambassador, spokesperson or
analyst. The side comes from the shape of the name: Russian surname endings, a Chinese
family name first, or a Chinese name in Palladius Cyrillic (spelt back in pinyin).
"""

from __future__ import annotations

import re

from techties.entities.chinese_people import chinese_people_in_person, find_chinese_text_people
from techties.entities.gazetteer import Mention, overlaps, taken_spans
from techties.entities.palladius import pinyin_of

ROLES_EN = (r"(?i:scientist|physicist|chemist|mathematician|researcher|professor|engineer|academic|"
            r"specialist|expert|inventor|entrepreneur|businessman|businesswoman|executive|founder|"
            r"co-founder|CEO|chief executive|chairman|chairwoman|general director|director general|"
            r"director|head|chief designer|designer|rector|scholar|employee|suspect|defendant)")
ORG_WORDS = r"[A-Z][\w'’–-]*(?:\s+(?:[A-Z][\w'’–-]*|of|for|and|the|in))*?"
NAME = r"([A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:\s+[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?){1,2})"
# "general director of the X Centre Vera Pronkina" and "Ravil Khakimov, general director of Irkut"
# "the scientist, 58-year-old Sergei Orlov": an age may stand between the role and the name
AGE_EN = r"(?:(?:a|an|the)\s+)?(?:\d{2}-year-old\s+)?"
EN_PERSON = re.compile(ROLES_EN + r"(?:\s+of\s+(?:the\s+)?" + ORG_WORDS + r")?,?\s+" + AGE_EN + NAME + r"\b")
EN_PERSON_APPOSITIVE = re.compile(NAME + r",\s+(?:the\s+)?" + ROLES_EN + r"\s+(?:of|at)\b")
# both English patterns hold a role word: a sentence without one is not scanned for names
EN_ROLE = re.compile(ROLES_EN)
ROLES_RU = (r"(?:уч[её]н\w*|физик\w*|хими\w*|исследовател\w*|профессор\w*|инженер\w*|академик\w*|"
            r"специалист\w*|эксперт\w*|изобретател\w*|предпринимател\w*|бизнесмен\w*|основател\w*|"
            r"гендиректор\w*|генеральн\w* директор\w*|директор\w*|руководител\w*|глав\w*|ректор\w*|"
            r"сотрудник\w*|обвиняем\w*|подозреваем\w*|конструктор\w*|гражданин\w*|гражданк\w*)")
# a patronymic between the given name and the surname (Валентин Николаевич Петров) is kept
# with them, not read as the surname
PATRONYMIC = r"(?:[А-ЯЁ][а-яё]+(?:ович|евич|ьич|овн|евн|ичн|иничн)[а-я]*\s+)?"
RU_PERSON = re.compile(ROLES_RU + r"(?:\s+[^\s,.]+){0,2}?\s+([А-ЯЁ][а-яё]+\s+" + PATRONYMIC
                       + r"[А-ЯЁ][а-яё]+(?:ом|ым|ой|а|у|ого|ым)?)\b")

RU_SURNAME = re.compile(r"(?:ov|ev|ёв|in|yn|sky|skiy|skii|ova|eva|ina|skaya|enko|ko|ich|ovich|evich|"
                        r"ов|ев|ин|ын|ский|ова|ева|ина|ская|енко|ич)(?:а|у|ым|ом|ой|ым|ого)?$")
CN_FAMILY = {
    "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu",
    "Hu", "Guo", "He", "Lin", "Luo", "Gao", "Zheng", "Liang", "Xie", "Song", "Tang", "Han", "Feng", "Deng",
    "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Pan", "Yuan", "Cai", "Jiang", "Yu", "Du", "Ye", "Cheng",
    "Wei", "Su", "Lu", "Ding", "Ren", "Shen", "Yao", "Jin", "Fu", "Wan", "Qian", "Kong", "Bai", "Mao", "Qin",
}


def _side(name: str) -> str | None:
    parts = name.split()
    if parts[0] in CN_FAMILY and len(parts) <= 3:
        return "CN"
    if RU_SURNAME.search(parts[-1].lower()) or RU_SURNAME.search(parts[0].lower()):
        return "RU"
    return None


# Heads who sign, chair or speak for their organisation are no parties (SCHEMA.md): their
# organisation is. They are still read, so their names are not taken for anything else.
OFFICE = re.compile(r"(?i:\bexecutive|founder|\bCEO\b|chief executive|chairman|chairwoman|director|\bhead\b|"
                    r"rector|\bdean\b|president|mayor|governor|президент|гендиректор|директор|руководител|\bглав|"
                    r"ректор|декан|заведующ|начальник|основател|председател|мэр|губернатор)")
OFFICE_WINDOW = 60


def _is_official(sentence: str, m: re.Match[str]) -> bool:
    """Whether the role of the name `m` found, or a title before it in the same clause
    ("директор отдела профессор Ван"), is an office."""
    before = re.split(r"[,;:]", sentence[max(0, m.start() - OFFICE_WINDOW):m.start()])[-1]
    role = before + m.group(0)[: m.start(1) - m.start()] + m.group(0)[m.end(1) - m.start():]
    return bool(OFFICE.search(role))


def find_people(sentence: str, lang: str | None, known: list[Mention], offset: int = 0) -> list[Mention]:
    """People named beside a party's role word, with the side their name belongs to; a head
    of an organisation is read as an official, not a party."""
    if lang == "zh":
        found = find_chinese_text_people(sentence, known, offset)
        return found + _latin_people_in_chinese(sentence, [*known, *found], offset)
    if lang != "ru" and not EN_ROLE.search(sentence):
        return []
    patterns = (RU_PERSON,) if lang == "ru" else (EN_PERSON, EN_PERSON_APPOSITIVE)
    taken = taken_spans(known, offset)
    out: list[Mention] = []
    for m in (match for pattern in patterns for match in pattern.finditer(sentence)):
        start, end = m.start(1), m.end(1)
        if overlaps(start, end, taken):
            continue
        name = m.group(1)
        pinyin = pinyin_of(name) if lang == "ru" else None  # Чэнь Вэйцзя, a Chinese citizen
        side = "CN" if pinyin else _side(name)
        if side is None:
            continue
        taken.append((start, end))
        kind = "official" if _is_official(sentence, m) else "person"
        out.append(Mention(start + offset, end + offset, name, (side,), None, kind, pinyin))
    return out


# A person a Chinese text names in Latin letters, as it often does for foreigners: "22岁女生
# Anna Petrova和…". Set inside Chinese, a run of two or three capitalised words is a name;
# its shape gives its side, and a name of no telling shape is dropped.
ZH_LATIN_PERSON = re.compile(r"(?<=[\u4e00-\u9fff（(])" + NAME + r"(?=[\u4e00-\u9fff）),，、。])")


def _latin_people_in_chinese(sentence: str, known: list[Mention], offset: int) -> list[Mention]:
    taken = taken_spans(known, offset, places_too=True)
    out: list[Mention] = []
    for m in ZH_LATIN_PERSON.finditer(sentence):
        start, end, name = m.start(1), m.end(1), m.group(1)
        side = _side(name)
        if side is None or overlaps(start, end, taken):
            continue
        taken.append((start, end))
        out.append(Mention(start + offset, end + offset, name, (side,), None, "person", name))
    return out


# People who are parties in person (SCHEMA.md): the scientist accused of treason, the engineer
# recruited. Their role words are narrower than ROLES_EN: a director or head speaks for an
# organisation. "Vladimir Petrov, 52, was arrested": an age after a name marks a person too,
# and so does a charge he is the subject of ("Vladimir Petrov was arrested").
IN_PERSON_EN = (r"(?i:scientist|physicist|chemist|mathematician|researcher|professor|engineer|academic|"
                r"specialist|inventor|employee|suspect|defendant|programmer|lecturer)")
EN_IN_PERSON = (
    re.compile(IN_PERSON_EN + r",?\s+" + AGE_EN + NAME + r"\b"),
    re.compile(NAME + r",\s+(?:(?:a|an|the)\s+)?(?:\d{2}-year-old\s+)?(?:[a-z-]+\s+){0,2}" + IN_PERSON_EN + r"\b"),
    re.compile(NAME + r",\s+\d{2},"),
    # "Igor Petrov has been charged with treason": the subject of a charge is its party in person
    re.compile(NAME + r"\s+(?:has\s+been|had\s+been|was|is|were)\s+(?:charged|arrested|detained|convicted|"
               r"sentenced|jailed|accused)\b"),
)
IN_PERSON_RU = (r"(?i:уч[её]н\w*|физик\w*|хими\w*|исследовател\w*|профессор\w*|инженер\w*|академик\w*|"
                r"специалист\w*|сотрудник\w*|обвиняем\w*|подозреваем\w*|программист\w*|преподавател\w*)")
RU_IN_PERSON = (
    re.compile(IN_PERSON_RU + r"(?:\s+[^\s,.]+){0,2}?\s+([А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+)\b"),
    re.compile(r"([А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+),\s+\d{2},"),
)


def people_in_person(sentence: str, lang: str | None, known: list[Mention], offset: int = 0) -> list[Mention]:
    """People a sentence names as parties in person: the knowledge base's person where it has
    one there, else a new person whose name has a side's shape."""
    if lang == "zh":
        return chinese_people_in_person(sentence, known, offset)
    if lang not in ("en", "ru"):
        return []
    people = [m for m in known if m.kind == "person" or (m.actor is not None and m.actor.kind == "person")]
    out: list[Mention] = []
    for pattern in RU_IN_PERSON if lang == "ru" else EN_IN_PERSON:
        for m in pattern.finditer(sentence):
            start, end, name = m.start(1), m.end(1), m.group(1)
            if _is_official(sentence, m):
                continue
            same = [p for p in people if overlaps(start, end, [(p.start - offset, p.end - offset)])]
            if same:
                out.extend(p for p in same if p not in out)
                continue
            pinyin = pinyin_of(name) if lang == "ru" else None
            side = "CN" if pinyin else _side(name)
            if side is None or any(overlaps(start, end, [(p.start - offset, p.end - offset)]) for p in out):
                continue
            out.append(Mention(start + offset, end + offset, name, (side,), None, "person", pinyin))
    return out
